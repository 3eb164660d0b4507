package org.commonweal.governance.election;

import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.TieBreaker;

/**
 * A way of counting an election: instant-runoff, Scottish STV, Schulze and the rest. Each
 * implementation's documentation cites the rule or paper it follows and gives its cost.
 *
 * <p>A method is immutable and thread-safe, and deterministic: the same election and the same {@link
 * TieBreaker} give the same result. Where the rule falls back to the lot, the tie-breaker draws it, and
 * the report records the draw.
 *
 * <p>Bounded: every method of the library states its cost and {@linkplain #maxCandidates() the most
 * candidates it counts}, and refuses a larger election before any work with a {@link
 * LimitExceededException}, so that no input makes a count run out of memory or time. The limits are far
 * above any real election's (no Scottish council ward of 2007 to 2022 lists more than 14 candidates).
 *
 * <pre>{@code
 * ElectionResult r = method.count(election, TieBreaker.seeded(2026));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ElectionMethod {

  /**
   * Returns the method's name, as reports and the command line show it, for example {@code "irv"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the most candidates an election may list, withdrawn ones included, for this method to count
   * it. Methods whose work or report grows faster than the candidates state a lower limit than those
   * whose report grows with them; see each method's documentation for its cost.
   *
   * @return the limit; {@link Integer#MAX_VALUE} for a method that states none
   */
  default int maxCandidates() {
    return Integer.MAX_VALUE;
  }

  /**
   * Counts an election.
   *
   * @param election the election
   * @param tieBreaker the lot, for ties the rule cannot break otherwise; refused at once if null, not
   *     when a tie first needs it
   * @return the result, with its report
   * @throws org.commonweal.governance.base.InvalidValueException if the method cannot count this
   *     election (for example a single-winner method asked for two seats, or ballots of a kind it does
   *     not count); the message says why
   * @throws LimitExceededException if the election lists more than {@link #maxCandidates()} candidates,
   *     or is beyond another bound the method states; checked before any work
   * @throws NullPointerException if {@code election} or {@code tieBreaker} is null
   */
  ElectionResult count(Election election, TieBreaker tieBreaker);

  /**
   * Counts an election, breaking any tie that needs the lot in ballot-paper order.
   *
   * @param election the election
   * @return the result, with its report
   */
  default ElectionResult count(Election election) {
    return count(election, TieBreaker.givenOrder());
  }
}
