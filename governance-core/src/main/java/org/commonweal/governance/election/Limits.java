package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.TieBreaker;

/**
 * The checks every counting method makes before it counts: an election and a tie-breaker are given,
 * and the election lists no more candidates than the method's stated limit ({@link
 * ElectionMethod#maxCandidates()}), so that a count whose work or report grows faster than its input
 * is refused at once, with the limit and the reason, rather than left to run out of memory or time.
 *
 * <p>The limit counts every candidate the election lists, withdrawn ones included: the counts keep an
 * entry per listed candidate in their arrays and look-back records.
 *
 * <p>Package-private and stateless.
 */
final class Limits {
  private Limits() {}

  /**
   * Refuses a missing election or tie-breaker, and an election listing more candidates than the
   * method counts.
   *
   * @param method the method about to count
   * @param title the method's name in sentences, for the message ("instant-runoff")
   * @param why why the limit exists, and what to do instead
   * @throws NullPointerException if {@code election} or {@code tieBreaker} is null
   * @throws LimitExceededException if the election lists more than {@code method.maxCandidates()}
   */
  static void check(ElectionMethod method, String title, Election election, TieBreaker tieBreaker, String why) {
    checkNotNull(election, "election");
    checkNotNull(tieBreaker, "tieBreaker");
    int listed = election.candidates().size();
    if (listed > method.maxCandidates()) {
      throw new LimitExceededException("candidates for " + title, method.maxCandidates(), listed, why);
    }
  }

  /** Why a count with a stage per exclusion is bounded. */
  static final String STAGES =
      "its report lists every candidate's total at each of up to one stage per candidate, and each tie looks"
          + " back through every earlier stage";

  /** Why a single-winner count with a stage per exclusion is bounded, and what counts more. */
  static final String RUNOFF_STAGES =
      STAGES + "; plurality and approval count up to " + Counting.number(ElectionMethods.MAX_CANDIDATES_SINGLE_STAGE);

  /** Why a count of one or two stages is bounded. */
  static final String SINGLE_STAGE = "each stage of its report lists every candidate's total";

  /** Why a pairwise count is bounded. */
  static final String PAIRS =
      "it compares every pair of candidates, a table growing as the square of the candidates; plurality and"
          + " approval count up to "
          + Counting.number(ElectionMethods.MAX_CANDIDATES_SINGLE_STAGE);
}
