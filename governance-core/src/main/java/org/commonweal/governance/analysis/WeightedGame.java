package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Longs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.internal.Checks;

/**
 * A weighted voting game {@code [q; w1, ..., wn]}: players hold weights (votes, shares, seats) and a
 * coalition wins when its total weight reaches the quota. The classic form of a council, a board of
 * delegates or a meeting voting by shares, and the input of the {@code power} command.
 *
 * <pre>{@code
 * WeightedGame eec = WeightedGame.of(12, 4, 4, 4, 2, 2, 1);   // EEC Council of Ministers, 1958
 * ImmutableList<ClassPower> each = eec.power();              // Luxembourg: no power at all
 * }</pre>
 *
 * <p>Players of equal weight are interchangeable; {@link #classGame()} groups them into one class each,
 * so that a game of many equal weights costs little. Immutable and thread-safe.
 *
 * @param quota the least total weight that wins, at least 1 and at most the total weight
 * @param weights the players' weights, in order, at least one, none negative
 * @since 0.1.0
 */
public record WeightedGame(long quota, ImmutableList<Long> weights) {
  /**
   * Checks the game.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if there is no player, a weight is
   *     negative, the total overflows, or the quota is below 1 or above the total weight
   */
  public WeightedGame {
    weights = ImmutableList.copyOf(weights);
    Checks.check(!weights.isEmpty(), "weights", weights, "a weighted game needs at least one player");
    long total = 0;
    for (long w : weights) {
      Checks.notNegative("weight", w);
      Checks.check(total <= Long.MAX_VALUE - w, "weights", weights, "the total weight overflows a long");
      total += w;
    }
    Checks.atLeast("quota", quota, 1);
    Checks.check(quota <= total, "quota", quota, "quota (%s) must be at most the total weight (%s)", quota, total);
  }

  /**
   * Returns the game {@code [quota; weights]}.
   *
   * @param quota the least total weight that wins
   * @param weights the players' weights, in order
   * @return the game
   */
  public static WeightedGame of(long quota, long... weights) {
    return new WeightedGame(quota, ImmutableList.copyOf(Longs.asList(weights)));
  }

  /**
   * Returns the game {@code [quota; weights]}.
   *
   * @param quota the least total weight that wins
   * @param weights the players' weights, in order
   * @return the game
   */
  public static WeightedGame of(long quota, List<Long> weights) {
    return new WeightedGame(quota, ImmutableList.copyOf(weights));
  }

  /**
   * Returns the number of players.
   *
   * @return the number of players
   */
  public int players() {
    return weights.size();
  }

  /**
   * Returns the sum of the weights.
   *
   * @return the total weight
   */
  public long totalWeight() {
    long total = 0;
    for (long w : weights) {
      total += w;
    }
    return total;
  }

  /**
   * Returns the same game over classes: one class for each distinct weight, named {@code "weight w"},
   * in the order the weights first appear, its size the number of players of that weight.
   *
   * @return the game with equal players counted together
   */
  public ClassGame classGame() {
    Map<Long, Integer> counts = new LinkedHashMap<>();
    for (long w : weights) {
      counts.merge(w, 1, Integer::sum);
    }
    List<MemberClass> classes = new ArrayList<>();
    long[] classWeights = new long[counts.size()];
    int j = 0;
    for (Map.Entry<Long, Integer> e : counts.entrySet()) {
      classes.add(MemberClass.of("weight " + e.getKey(), e.getValue()));
      classWeights[j++] = e.getKey();
    }
    return ClassGame.of(classes, GameRule.weighted(quota, classWeights));
  }

  /**
   * Returns the index in {@link #classGame()} of the class of a player.
   *
   * @param player the player's index, from 0
   * @return the index of the class of the player's weight
   */
  public int classOf(int player) {
    Checks.between("player", player, 0, weights.size() - 1);
    return classIndices()[player];
  }

  /** The class of each player, numbering the distinct weights in the order they first appear. */
  private int[] classIndices() {
    Map<Long, Integer> index = new LinkedHashMap<>();
    int[] of = new int[weights.size()];
    for (int i = 0; i < of.length; i++) {
      of[i] = index.computeIfAbsent(weights.get(i), w -> index.size());
    }
    return of;
  }

  /**
   * Returns each player's power, in the order of the players, computed exactly by {@link
   * PowerAlgorithm#automatic()} on {@link #classGame()}.
   *
   * @return one entry for each player (players of equal weight share the class "weight w")
   * @throws org.commonweal.governance.base.LimitExceededException if the game is beyond every exact method's
   *     limits
   */
  public ImmutableList<ClassPower> power() {
    PowerIndices indices = PowerAlgorithm.automatic().compute(classGame());
    ImmutableList.Builder<ClassPower> each = ImmutableList.builder();
    for (int player : classIndices()) {
      each.add(indices.classes().get(player));
    }
    return each.build();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[").append(quota).append(';');
    for (long w : weights) {
      s.append(' ').append(w).append(',');
    }
    s.setLength(s.length() - 1);
    return s.append(']').toString();
  }
}
