package org.commonweal.governance.board;

import java.time.LocalDate;
import org.commonweal.governance.internal.Checks;

/**
 * A limit on consecutive terms: a director who has served {@code maxConsecutive} terms in a row may not
 * stand again until {@code gap} annual meetings have passed since leaving office. Charity and
 * co-operative rules commonly say "at most three consecutive terms of three years, then a break of at
 * least one year".
 *
 * <pre>{@code
 * TermLimit limit = TermLimit.of(3, 1);
 * boolean may = limit.mayStandAgain(term);   // at the end of the term
 * }</pre>
 *
 * <p>Annual meetings are counted as calendar years, as in {@link Term#annualMeetingsSince}. Immutable
 * and thread-safe.
 *
 * @param maxConsecutive the most terms in a row, at least 1
 * @param gap the annual meetings to wait after that many, at least 1
 * @since 0.1.0
 */
public record TermLimit(int maxConsecutive, int gap) {

  /**
   * Checks the limit.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if {@code maxConsecutive} or {@code
   *     gap} is below 1
   */
  public TermLimit {
    Checks.atLeast("maxConsecutive", maxConsecutive, 1);
    Checks.atLeast("gap", gap, 1);
  }

  /**
   * Returns the limit.
   *
   * @param maxConsecutive the most terms in a row, at least 1
   * @param gap the annual meetings to wait after that many, at least 1
   * @return the limit
   */
  public static TermLimit of(int maxConsecutive, int gap) {
    return new TermLimit(maxConsecutive, gap);
  }

  /**
   * Says whether a director at the end of {@code term} may stand again at once.
   *
   * @param term the term now ending
   * @return true if it is not the last the limit allows in a row
   */
  public boolean mayStandAgain(Term term) {
    return term.consecutiveTerms() < maxConsecutive;
  }

  /**
   * Says whether a former director may stand again at a meeting.
   *
   * @param consecutiveTerms the terms they served in a row before leaving
   * @param left the date they left office
   * @param meeting the date of the meeting
   * @return true if they served fewer than the limit, or {@link #gap()} annual meetings have passed
   */
  public boolean mayStandAgain(int consecutiveTerms, LocalDate left, LocalDate meeting) {
    return consecutiveTerms < maxConsecutive || meeting.getYear() - left.getYear() >= gap;
  }

  /** Returns for example {@code "at most 3 consecutive terms, then a gap of 1 annual meeting"}. */
  @Override
  public String toString() {
    return "at most " + maxConsecutive + " consecutive terms, then a gap of " + gap + " annual meeting"
        + (gap == 1 ? "" : "s");
  }
}
