package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Longs;
import java.util.List;
import org.commonweal.governance.internal.Checks;

/**
 * When a coalition of a {@link ClassGame}'s members wins: a weighted condition over the classes, or all
 * of, or any of, several rules. Every rule a constitution states for a matter reduces to these: an
 * overall threshold on weighted votes (class shares of the vote become weights), the consent of each
 * class (a threshold on that class's own members), and "A or B" alternatives.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>the constitution says</th><th>use</th></tr>
 *   <tr><td>at least {@code q} votes, a member of class {@code j} holding {@code w[j]}</td>
 *       <td>{@link #weighted(long, long...)}</td></tr>
 *   <tr><td>more than half of class {@code j}'s members</td><td>a weighted rule with weight 1 on {@code j}
 *       and 0 elsewhere</td></tr>
 *   <tr><td>both (a special majority with class consent)</td><td>{@link #allOf(GameRule...)}</td></tr>
 *   <tr><td>either (a majority at two meetings, or unanimity at one)</td><td>{@link #anyOf(GameRule...)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * GameRule special = GameRule.allOf(
 *     GameRule.weighted(225_000, 100, 1_500, 7_500),   // 75% of class-weighted votes
 *     GameRule.weighted(31, 0, 1, 0));                  // and a majority of the 60 workers
 * }</pre>
 *
 * <p>Weights are never negative, so every rule is monotone: a member who joins a winning coalition
 * never makes it lose. (A turnout minimum can break that, which is why it is not a rule here.)
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface GameRule permits GameRule.Weighted, GameRule.AllOf, GameRule.AnyOf {

  /**
   * Returns the rule that a coalition wins when the weights of its members reach the quota.
   *
   * @param quota the least total weight that wins, at least 1
   * @param weights the weight of one member of each class, in the game's order of classes, none negative
   * @return the rule
   */
  static GameRule weighted(long quota, long... weights) {
    return new Weighted(quota, ImmutableList.copyOf(Longs.asList(weights)));
  }

  /**
   * Returns the rule that a coalition wins when it meets every one of {@code rules}.
   *
   * @param rules at least one rule
   * @return the rule
   */
  static GameRule allOf(GameRule... rules) {
    return new AllOf(ImmutableList.copyOf(rules));
  }

  /**
   * Returns the rule that a coalition wins when it meets any one of {@code rules}.
   *
   * @param rules at least one rule
   * @return the rule
   */
  static GameRule anyOf(GameRule... rules) {
    return new AnyOf(ImmutableList.copyOf(rules));
  }

  /**
   * Returns the number of classes the rule's weights are given for, the same in every part.
   *
   * @return the number of classes
   * @throws org.commonweal.governance.base.InvalidValueException if the parts disagree
   */
  int classes();

  /**
   * Returns whether a coalition with {@code counts[j]} members of each class {@code j} meets the rule.
   *
   * @param counts the number of members of each class in the coalition, as many as {@link #classes()}
   * @return whether the coalition wins
   */
  boolean wins(int[] counts);

  /**
   * A weighted condition: the coalition's total weight reaches the quota.
   *
   * @param quota the least total weight that wins, at least 1
   * @param weights the weight of one member of each class, none negative
   */
  record Weighted(long quota, ImmutableList<Long> weights) implements GameRule {
    /**
     * Checks the rule.
     *
     * @throws org.commonweal.governance.base.InvalidValueException if the quota is below 1, there are no
     *     weights or a weight is negative
     */
    public Weighted {
      Checks.atLeast("quota", quota, 1);
      weights = ImmutableList.copyOf(weights);
      Checks.check(!weights.isEmpty(), "weights", weights, "a weighted rule needs a weight for each class");
      for (long w : weights) {
        Checks.notNegative("weight", w);
      }
    }

    @Override
    public int classes() {
      return weights.size();
    }

    @Override
    public boolean wins(int[] counts) {
      Checks.check(
          counts.length == weights.size(), "counts", counts.length, "a coalition gives a count for each of the %s classes",
          weights.size());
      long total = 0;
      for (int j = 0; j < counts.length; j++) {
        total += weights.get(j) * counts[j];
      }
      return total >= quota;
    }
  }

  /**
   * A coalition wins when it meets every one of the rules.
   *
   * @param rules the rules, at least one, all over the same number of classes
   */
  record AllOf(ImmutableList<GameRule> rules) implements GameRule {
    /**
     * Checks the rule.
     *
     * @throws org.commonweal.governance.base.InvalidValueException if there is no rule or the rules are over
     *     different numbers of classes
     */
    public AllOf {
      rules = ImmutableList.copyOf(rules);
      sameClasses(rules);
    }

    @Override
    public int classes() {
      return rules.get(0).classes();
    }

    @Override
    public boolean wins(int[] counts) {
      for (GameRule r : rules) {
        if (!r.wins(counts)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A coalition wins when it meets any one of the rules.
   *
   * @param rules the rules, at least one, all over the same number of classes
   */
  record AnyOf(ImmutableList<GameRule> rules) implements GameRule {
    /**
     * Checks the rule.
     *
     * @throws org.commonweal.governance.base.InvalidValueException if there is no rule or the rules are over
     *     different numbers of classes
     */
    public AnyOf {
      rules = ImmutableList.copyOf(rules);
      sameClasses(rules);
    }

    @Override
    public int classes() {
      return rules.get(0).classes();
    }

    @Override
    public boolean wins(int[] counts) {
      for (GameRule r : rules) {
        if (r.wins(counts)) {
          return true;
        }
      }
      return false;
    }
  }

  private static void sameClasses(List<GameRule> rules) {
    Checks.check(!rules.isEmpty(), "rules", rules, "a compound rule needs at least one rule");
    int n = rules.get(0).classes();
    for (GameRule r : rules) {
      Checks.check(
          r.classes() == n, "rules", rules, "every part of a rule must give weights for %s classes, not %s", n,
          r.classes());
    }
  }
}
