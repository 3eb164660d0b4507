package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.LimitExceededException;

/**
 * What a voting game's rule really gives each class, beyond its nominal weight: who can block, who can
 * pass a matter alone, who never matters, and which groups of whole classes can carry it.
 *
 * <ul>
 *   <li>a <em>veto</em> class: every member of it can block alone (the rest of the membership loses
 *       without that member);
 *   <li>a <em>passer</em> class: any one member of it wins alone;
 *   <li>a <em>dictator</em>: a member who is both, so that the game's outcome is its vote;
 *   <li>a <em>dummy</em> class: its members never swing (zero Banzhaf and Shapley-Shubik power);
 *   <li>the <em>minimal winning coalitions of classes</em>: sets of whole classes that win when all their
 *       members vote together, and lose if any of the classes stays out;
 *   <li><em>proper</em>: no two disjoint coalitions both win (the game cannot pass a matter and its
 *       opposite); <em>strong</em>: of a coalition and its complement one always wins (no deadlock);
 *       <em>decisive</em>: both. (von Neumann and Morgenstern 1944; Taylor and Zwicker, Simple Games, 1999.)
 * </ul>
 *
 * <pre>{@code
 * GameProperties p = GameProperties.of(WeightedGame.of(58, 31, 31, 28, 21, 2, 2).classGame());
 * p.dummyClasses();   // weight 21 and weight 2: Nassau County's board in 1964
 * }</pre>
 *
 * <p>Cost: {@code O(V)} rule tests for proper and strong ({@code V} the class-count vectors), {@code
 * O(2^t t)} for the coalitions of {@code t} classes, and the dummies from {@link PowerAlgorithm#automatic()}.
 * Limits: at most {@value PowerAlgorithm#MAX_VECTORS} vectors and {@value #MAX_CLASSES} classes. Immutable
 * and thread-safe.
 *
 * @param game the game
 * @param vetoClasses the classes each member of which holds a veto
 * @param passerClasses the classes any member of which wins alone
 * @param dictatorClasses the classes (of one member) whose member is a dictator: at most one
 * @param dummyClasses the classes whose members have no power
 * @param minimalWinningCoalitions the minimal winning coalitions of whole classes, each in the game's order
 *     of classes, listed by the classes' positions in binary order
 * @param proper whether no two disjoint coalitions both win
 * @param strong whether of every coalition and its complement, one wins
 * @since 0.1.0
 */
public record GameProperties(
    ClassGame game,
    ImmutableList<MemberClass> vetoClasses,
    ImmutableList<MemberClass> passerClasses,
    ImmutableList<MemberClass> dictatorClasses,
    ImmutableList<MemberClass> dummyClasses,
    ImmutableList<ImmutableList<MemberClass>> minimalWinningCoalitions,
    boolean proper,
    boolean strong) {

  /** The most classes whose coalitions of whole classes are listed. */
  public static final int MAX_CLASSES = 20;

  /** Copies the lists. */
  public GameProperties {
    vetoClasses = ImmutableList.copyOf(vetoClasses);
    passerClasses = ImmutableList.copyOf(passerClasses);
    dictatorClasses = ImmutableList.copyOf(dictatorClasses);
    dummyClasses = ImmutableList.copyOf(dummyClasses);
    minimalWinningCoalitions = ImmutableList.copyOf(minimalWinningCoalitions);
  }

  /**
   * Computes the properties of a game.
   *
   * @param game the game
   * @return its properties
   * @throws LimitExceededException if the game has more than {@value #MAX_CLASSES} classes or {@value
   *     PowerAlgorithm#MAX_VECTORS} class-count vectors, or no exact power method takes it
   */
  public static GameProperties of(ClassGame game) {
    int t = game.classes().size();
    if (t > MAX_CLASSES) {
      throw new LimitExceededException("classes of a game for its properties", MAX_CLASSES, t, "");
    }
    if (game.vectors() > PowerAlgorithm.MAX_VECTORS) {
      throw new LimitExceededException(
          "class-count vectors of a game for its properties", PowerAlgorithm.MAX_VECTORS, game.vectors(), "");
    }
    CompiledRule rule = CompiledRule.of(game.rule());
    int[] c = game.sizes();
    List<MemberClass> veto = new ArrayList<>();
    List<MemberClass> passer = new ArrayList<>();
    List<MemberClass> dictator = new ArrayList<>();
    for (int i = 0; i < t; i++) {
      int[] allBut = c.clone();
      allBut[i]--;
      int[] alone = new int[t];
      alone[i] = 1;
      boolean isVeto = !rule.wins(allBut);
      boolean isPasser = rule.wins(alone);
      if (isVeto) {
        veto.add(game.classes().get(i));
      }
      if (isPasser) {
        passer.add(game.classes().get(i));
      }
      if (isVeto && isPasser) {
        dictator.add(game.classes().get(i));
      }
    }
    List<MemberClass> dummy = new ArrayList<>();
    for (ClassPower p : PowerAlgorithm.automatic().compute(game).classes()) {
      if (p.isDummy()) {
        dummy.add(p.memberClass());
      }
    }
    boolean[] properAndStrong = {true, true};
    complements(rule, c, new int[t], new int[t], 0, properAndStrong);
    return new GameProperties(
        game,
        ImmutableList.copyOf(veto),
        ImmutableList.copyOf(passer),
        ImmutableList.copyOf(dictator),
        ImmutableList.copyOf(dummy),
        minimalWinning(game),
        properAndStrong[0],
        properAndStrong[1]);
  }

  /**
   * Returns whether the game is decisive: proper and strong, so that of a coalition and its complement
   * exactly one wins (a constant-sum game).
   *
   * @return whether proper and strong
   */
  public boolean decisive() {
    return proper && strong;
  }

  /** Every coalition profile against its complement: clears found[0] (proper) or found[1] (strong). */
  private static void complements(CompiledRule rule, int[] c, int[] k, int[] rest, int depth, boolean[] found) {
    if (!found[0] && !found[1]) {
      return;
    }
    if (depth == c.length) {
      boolean a = rule.wins(k);
      boolean b = rule.wins(rest);
      if (a && b) {
        found[0] = false;
      }
      if (!a && !b) {
        found[1] = false;
      }
      return;
    }
    for (int x = 0; x <= c[depth]; x++) {
      k[depth] = x;
      rest[depth] = c[depth] - x;
      complements(rule, c, k, rest, depth + 1, found);
    }
  }

  private static ImmutableList<ImmutableList<MemberClass>> minimalWinning(ClassGame game) {
    int t = game.classes().size();
    int[] c = game.sizes();
    CompiledRule rule = CompiledRule.of(game.rule());
    boolean[] wins = new boolean[1 << t];
    int[] k = new int[t];
    for (int mask = 0; mask < wins.length; mask++) {
      for (int j = 0; j < t; j++) {
        k[j] = (mask & (1 << j)) != 0 ? c[j] : 0;
      }
      wins[mask] = rule.wins(k);
    }
    ImmutableList.Builder<ImmutableList<MemberClass>> all = ImmutableList.builder();
    for (int mask = 1; mask < wins.length; mask++) {
      if (!wins[mask]) {
        continue;
      }
      boolean minimal = true;
      for (int j = 0; j < t && minimal; j++) {
        int bit = 1 << j;
        minimal = (mask & bit) == 0 || !wins[mask ^ bit];
      }
      if (minimal) {
        ImmutableList.Builder<MemberClass> coalition = ImmutableList.builder();
        for (int j = 0; j < t; j++) {
          if ((mask & (1 << j)) != 0) {
            coalition.add(game.classes().get(j));
          }
        }
        all.add(coalition.build());
      }
    }
    return all.build();
  }
}
