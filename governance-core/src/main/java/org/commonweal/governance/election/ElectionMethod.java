package org.commonweal.governance.election;

import org.commonweal.governance.base.TieBreaker;

/**
 * A way of counting an election: instant-runoff, Scottish STV, Schulze and the rest. Each
 * implementation's documentation cites the rule or paper it follows and gives its cost.
 *
 * <p>A method is immutable and thread-safe, and deterministic: the same election and the same {@link
 * TieBreaker} give the same result. Where the rule falls back to the lot, the tie-breaker draws it, and
 * the report records the draw.
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
   * Counts an election.
   *
   * @param election the election
   * @param tieBreaker the lot, for ties the rule cannot break otherwise
   * @return the result, with its report
   * @throws org.commonweal.governance.base.InvalidValueException if the method cannot count this
   *     election (for example a single-winner method asked for two seats, or ballots of a kind it does
   *     not count); the message says why
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
