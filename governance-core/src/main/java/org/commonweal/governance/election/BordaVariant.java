package org.commonweal.governance.election;

/**
 * How a Borda count scores a ranked paper, above all one that ranks only some of the n candidates
 * standing. Each variant gives the candidate at position p (1 for the first preference) of a paper
 * ranking k candidates the points below; a group of candidates ranked equally shares the points of the
 * positions it covers, each getting their average.
 *
 * <table>
 *   <caption>Variants</caption>
 *   <tr><th>variant</th><th>ranked at position p</th><th>unranked</th><th>source</th></tr>
 *   <tr><td>{@link #TRUNCATED}</td><td>n - p</td><td>0</td><td>Borda (1781) with unranked candidates
 *       scoring nothing: the "optional preferential" reading, which rewards ranking few candidates</td></tr>
 *   <tr><td>{@link #AVERAGED}</td><td>n - p</td><td>the average of the points left, (n - k - 1) / 2</td>
 *       <td>the usual completion of a partial ranking, treating unranked candidates as equal last</td></tr>
 *   <tr><td>{@link #MODIFIED}</td><td>k - p + 1</td><td>0</td><td>Emerson's modified Borda count (de
 *       Borda Institute): a paper ranking one candidate gives it one point</td></tr>
 *   <tr><td>{@link #DOWDALL}</td><td>1 / p</td><td>0</td><td>the Dowdall system of Nauru's Electoral Act
 *       1965 (Fraser and Reilly, 2007)</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public enum BordaVariant {
  /** n - p points for position p of n candidates; unranked candidates score 0. */
  TRUNCATED,
  /** n - p points for position p; unranked candidates share the points left equally. */
  AVERAGED,
  /** k - p + 1 points for position p of a paper ranking k candidates; unranked 0 (Emerson). */
  MODIFIED,
  /** 1 / p points for position p; unranked 0 (Nauru's Dowdall count). */
  DOWDALL
}
