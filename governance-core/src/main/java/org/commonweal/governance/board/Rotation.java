package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.MemberId;

/**
 * Who retires at one annual meeting under a {@link RotationRule}, and why: every director subject to
 * rotation at the first annual meeting; after that those whose term has run out, then the longest in
 * office since last elected, up to the number due; ties between directors elected on the same day
 * broken by a recorded lot; and, at every annual meeting, the co-opted directors, whose office ends
 * there, outside the rotation. Each retirement says whether the director may stand again.
 *
 * <pre>{@code
 * Rotation r = RotationRule.tableA().retire(board, LocalDate.of(2028, 6, 10), false, TieBreaker.seeded(2028));
 * List<String> minutes = r.retiring().stream().map(Retirement::explain).toList();
 * }</pre>
 *
 * <p>The constructor checks that nobody retires twice and that those staying and retiring are
 * different. Immutable and thread-safe.
 *
 * @param meeting the date of the annual meeting
 * @param first whether it is the first annual meeting
 * @param subject how many directors were subject to rotation
 * @param due how many of them the rotation retires (the number nearest the rule's fraction of them;
 *     all at the first meeting)
 * @param retiring the retirements, in the order decided
 * @param staying the terms of the directors who stay in office, in the order given
 * @param draws the lots drawn between directors elected on the same day, in order
 * @since 0.1.0
 */
public record Rotation(
    LocalDate meeting,
    boolean first,
    int subject,
    int due,
    ImmutableList<Rotation.Retirement> retiring,
    ImmutableList<Term> staying,
    ImmutableList<Draw<MemberId>> draws) {

  /** Why a director retires. */
  public enum Reason {
    /** Every director subject to rotation retires at the first annual meeting. */
    FIRST_ANNUAL_MEETING,
    /** The director's term has run its full length. */
    TERM_EXPIRED,
    /** The director is among the longest in office since last elected. */
    ROTATION,
    /** A director co-opted by the board holds office only until the next annual meeting. */
    CO_OPTION_ENDS
  }

  /**
   * One director's retirement.
   *
   * @param term the term that ends
   * @param reason why it ends
   * @param byLot whether a lot chose this director among others elected the same day
   * @param mayStandAgain whether the director may stand for re-election at once (a term limit may bar it)
   */
  public record Retirement(Term term, Reason reason, boolean byLot, boolean mayStandAgain) {
    /** Checks the retirement. */
    public Retirement {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the director.
     *
     * @return the director retiring
     */
    public MemberId director() {
      return term.director();
    }

    /**
     * Explains the retirement in a line, for example {@code "D-03 retires by rotation (in office since
     * 2025-06-14), by lot; may stand again"}.
     *
     * @return the line
     */
    public String explain() {
      String why = switch (reason) {
        case FIRST_ANNUAL_MEETING -> "at the first annual meeting";
        case TERM_EXPIRED -> "at the end of the term";
        case ROTATION -> "by rotation";
        case CO_OPTION_ENDS -> "at the end of the co-option";
      };
      return term.director() + " retires " + why + " (in office since " + term.since() + ", term "
          + term.consecutiveTerms() + " in a row)" + (byLot ? ", by lot" : "") + "; "
          + (mayStandAgain ? "may stand again" : "may not stand again (term limit)");
    }
  }

  /**
   * Checks the rotation.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if a director retires twice or both
   *     retires and stays, or the counts are negative
   */
  public Rotation {
    Objects.requireNonNull(meeting, "meeting");
    Checks.atLeast("subject", subject, 0);
    Checks.atLeast("due", due, 0);
    Set<MemberId> seen = new HashSet<>();
    for (Retirement r : retiring) {
      Checks.check(seen.add(r.director()), "retiring", retiring, "%s retires twice", r.director());
    }
    for (Term t : staying) {
      Checks.check(seen.add(t.director()), "staying", staying, "%s both retires and stays, or stays twice",
          t.director());
    }
  }

  /**
   * Returns the directors retiring, in the order decided.
   *
   * @return their ids
   */
  public ImmutableList<MemberId> retiringDirectors() {
    return retiring.stream().map(Retirement::director).collect(ImmutableList.toImmutableList());
  }

  /**
   * Explains the rotation: the meeting, the numbers, each retirement and each lot.
   *
   * @return the explanation, a line each
   */
  public String explain() {
    StringBuilder b = new StringBuilder();
    b.append("annual meeting of ").append(meeting).append(first ? " (the first)" : "").append(": ")
        .append(subject).append(" subject to rotation, ").append(due).append(" due to retire, ")
        .append(retiring.size()).append(" retiring\n");
    retiring.forEach(r -> b.append("  ").append(r.explain()).append('\n'));
    draws.forEach(d -> b.append("  lot ").append(d.number()).append(" between ").append(d.tied()).append(": ")
        .append(d.order()).append(" (").append(d.method()).append(")\n"));
    return b.toString();
  }
}
