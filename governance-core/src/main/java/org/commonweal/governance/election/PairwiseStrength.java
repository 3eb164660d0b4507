package org.commonweal.governance.election;

/**
 * How strong a pairwise defeat is, for the Condorcet methods that weigh defeats (Schulze, Minimax).
 * Where a candidate A is preferred to B by d(A, B) papers and B to A by d(B, A), with d(A, B) &gt;
 * d(B, A):
 *
 * <table>
 *   <caption>Measures</caption>
 *   <tr><th>measure</th><th>strength of A's defeat of B</th></tr>
 *   <tr><td>{@link #WINNING_VOTES}</td><td>d(A, B), the papers on the winning side; between equal
 *       winning sides, the one with fewer papers against is stronger (Schulze, 2011, section 2.1)</td></tr>
 *   <tr><td>{@link #MARGINS}</td><td>d(A, B) - d(B, A)</td></tr>
 * </table>
 *
 * <p>The two agree when every paper ranks every candidate; they differ when papers leave candidates
 * unranked, which is why rules name one (Debian uses winning votes).
 *
 * @since 0.1.0
 */
public enum PairwiseStrength {
  /** The papers on the winning side of the pair. */
  WINNING_VOTES,
  /** The winning side's papers less the losing side's. */
  MARGINS
}
