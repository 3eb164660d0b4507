package org.commonweal.governance.board;

import java.time.LocalDate;
import java.util.Objects;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.MemberId;

/**
 * A director's present term of office, as retirement by rotation and term limits see it: who holds it,
 * how they came to hold it, since when (the date they were last elected, re-elected or appointed), and
 * how many consecutive terms, this one included, they have served without a break.
 *
 * <pre>{@code
 * Term t = Term.elected(MemberId.of("D-04"), LocalDate.of(2025, 6, 14));
 * Term again = t.renewed(LocalDate.of(2028, 6, 10));   // re-elected: 2 consecutive terms
 * }</pre>
 *
 * <p>Directors are known by a {@link MemberId}, whether or not they are members of the register: the
 * board is the electorate of its own meetings. Immutable and thread-safe.
 *
 * @param director who holds the office
 * @param kind how they came to hold it
 * @param since the date they were last elected, re-elected or appointed
 * @param consecutiveTerms the terms served without a break, this one included, at least 1
 * @since 0.1.0
 */
public record Term(MemberId director, TermKind kind, LocalDate since, int consecutiveTerms) {

  /**
   * Checks the term.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if {@code consecutiveTerms} is below 1
   */
  public Term {
    Objects.requireNonNull(director, "director");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(since, "since");
    Checks.atLeast("consecutiveTerms", consecutiveTerms, 1);
  }

  /**
   * Returns the first term of an elected director.
   *
   * @param director the director
   * @param since the date of the election
   * @return the term
   */
  public static Term elected(MemberId director, LocalDate since) {
    return new Term(director, TermKind.ELECTED, since, 1);
  }

  /**
   * Returns the first term of a director who is not elected.
   *
   * @param director the director
   * @param kind appointed, ex officio or co-opted (or elected)
   * @param since the date of the appointment
   * @return the term
   */
  public static Term of(MemberId director, TermKind kind, LocalDate since) {
    return new Term(director, kind, since, 1);
  }

  /**
   * Returns the next consecutive term: the director re-elected or re-appointed on {@code on}.
   *
   * @param on the date of the re-election, not before {@link #since()}
   * @return the renewed term
   * @throws org.commonweal.governance.base.InvalidValueException if {@code on} is before {@link #since()}
   */
  public Term renewed(LocalDate on) {
    Checks.check(!on.isBefore(since), "on", on, "re-election on %s is before the term began on %s", on, since);
    return new Term(director, kind, on, consecutiveTerms + 1);
  }

  /**
   * Returns the annual meetings held since the term began, counted as the calendar years between them:
   * an annual general meeting is held once in each calendar year (Companies Act 1985 s.366(1); the rules
   * of most societies), so a term that began at the 2025 meeting has lasted two annual meetings at the
   * 2027 one.
   *
   * @param meeting the date of the annual meeting
   * @return the annual meetings since the term began, 0 at the meeting that began it
   */
  public int annualMeetingsSince(LocalDate meeting) {
    return meeting.getYear() - since.getYear();
  }
}
