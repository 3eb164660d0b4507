package org.commonweal.governance.analysis;

import org.commonweal.governance.base.LimitExceededException;

/**
 * An exact method of computing the power indices of a {@link ClassGame}: Banzhaf swings, normalised and
 * absolute (Penrose) Banzhaf, and Shapley-Shubik, all as exact integers and fractions. Computing either
 * index is #P-hard in general (Prasad and Kelly 1990; Deng and Papadimitriou 1994), so each method states
 * the games it takes and refuses the others, before computing, with a {@link LimitExceededException}; no
 * method ever returns an approximation.
 *
 * <table>
 *   <caption>Methods</caption>
 *   <tr><th>method</th><th>for</th><th>limits</th><th>cost</th></tr>
 *   <tr><td>{@link #classCount()}</td><td>any rule; few classes of many identical members</td>
 *       <td>at most {@value #MAX_VECTORS} class-count vectors and {@value #MAX_CLASS_COUNT_MEMBERS}
 *       members</td><td>{@code O(V log c)} rule tests, {@code V} the vectors</td></tr>
 *   <tr><td>{@link #dynamicProgramming()}</td><td>one weighted rule, many distinct weights</td>
 *       <td>at most {@value #MAX_DP_MEMBERS} members, a quota of at most {@value #MAX_DP_QUOTA} and
 *       members squared times the quota at most {@value #MAX_DP_WORK}</td>
 *       <td>{@code O(n^2 q)} additions</td></tr>
 *   <tr><td>{@link #bruteForce()}</td><td>any rule; the slow oracle</td>
 *       <td>at most {@value #MAX_BRUTE_FORCE_MEMBERS} members</td><td>{@code O(2^n n)}</td></tr>
 *   <tr><td>{@link #automatic()}</td><td>whichever of the first two applies and costs less</td>
 *       <td>theirs</td><td>theirs</td></tr>
 * </table>
 *
 * <pre>{@code
 * PowerIndices power = PowerAlgorithm.automatic().compute(game);
 * }</pre>
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @since 0.1.0
 */
public interface PowerAlgorithm {
  /** The most class-count vectors (product of class size plus one) the class-count method takes. */
  long MAX_VECTORS = 10_000_000L;

  /** The most members the class-count method takes (the Shapley-Shubik denominator is {@code n!}). */
  int MAX_CLASS_COUNT_MEMBERS = 50_000;

  /**
   * The most members the dynamic programme takes (up to 62, its counts fit in a long; beyond, it counts in
   * big integers).
   */
  int MAX_DP_MEMBERS = 200;

  /** The largest quota the dynamic programme takes: its table has one row of this length per size. */
  int MAX_DP_QUOTA = 20_000;

  /**
   * The most work the dynamic programme takes: the number of members squared times the quota, which
   * bounds its additions.
   */
  long MAX_DP_WORK = 100_000_000L;

  /** The most members brute force takes. */
  int MAX_BRUTE_FORCE_MEMBERS = 20;

  /**
   * Returns the method's name, as {@link PowerIndices#method()} records it.
   *
   * @return the name
   */
  String name();

  /**
   * Checks that the method can compute the game's indices exactly within its stated limits.
   *
   * @param game the game
   * @throws LimitExceededException naming the limit if the game is beyond it
   * @throws org.commonweal.governance.base.InvalidValueException if the method does not apply to the kind
   *     of rule
   */
  void checkLimits(ClassGame game);

  /**
   * Computes the exact power indices of every class of the game.
   *
   * @param game the game
   * @return the indices
   * @throws LimitExceededException if the game is beyond the method's limits (checked before computing)
   * @throws org.commonweal.governance.base.InvalidValueException if the method does not apply to the rule
   */
  PowerIndices compute(ClassGame game);

  /**
   * Returns the class-count method: for each class and each profile of the other classes, the number of
   * its members that makes the coalition win (found by bisection, the rule being monotone), weighted by
   * binomial coefficients; Shapley-Shubik by coalition size, summed by binary splitting. Cost: {@code
   * O(sum over classes i of V/(c_i+1) log c_i)} rule tests plus big-integer work, {@code V} the number of
   * class-count vectors; exact for any monotone rule.
   *
   * @return the method
   */
  static PowerAlgorithm classCount() {
    return ClassCountPower.INSTANCE;
  }

  /**
   * Returns the pseudo-polynomial dynamic programme for one weighted rule: the generating function
   * {@code prod (1 + y x^w)} of coalitions by size and weight, truncated below the quota, built once and
   * divided exactly by each class's factor (Kurz, "On the inverse power index problem", 2016, and the
   * literature it cites: Banzhaf in {@code O(n q)}, Shapley-Shubik in {@code O(n^2 q)}). Exact integer
   * arithmetic throughout, so the division is exact (the floating-point form is unstable).
   *
   * @return the method
   */
  static PowerAlgorithm dynamicProgramming() {
    return DynamicProgrammingPower.INSTANCE;
  }

  /**
   * Returns brute force over every coalition of members, the slow oracle the other methods are tested
   * against. Cost {@code O(2^n n)}.
   *
   * @return the method
   */
  static PowerAlgorithm bruteForce() {
    return BruteForcePower.INSTANCE;
  }

  /**
   * Returns the method that picks, for each game, the cheaper of the class-count method and the dynamic
   * programme among those whose limits the game is within, and otherwise refuses the game naming both
   * methods' limits.
   *
   * @return the method
   */
  static PowerAlgorithm automatic() {
    return AutomaticPower.INSTANCE;
  }
}
