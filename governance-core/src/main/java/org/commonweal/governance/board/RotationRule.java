package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.MemberId;

/**
 * A constitution's rule for retirement by rotation: which directors retire at each annual meeting.
 *
 * <p>The rule of {@link #tableA()} is the model articles' (Companies (Tables A to F) Regulations 1985,
 * Table A regs. 73 and 74, whose words go back to earlier Tables A and are found in the worker
 * co-operative articles of Co-operatives UK): "At the first annual general meeting all the directors
 * shall retire from office, and at every subsequent annual general meeting one-third of the directors
 * who are subject to retirement by rotation or, if their number is not three or a multiple of three,
 * the number nearest to one-third shall retire from office; but, if there is only one director who is
 * subject to retirement by rotation, he shall retire"; "the directors to retire by rotation shall be
 * those who have been longest in office since their last appointment or reappointment, but as between
 * persons who became or were last reappointed directors on the same day those to retire shall (unless
 * they otherwise agree among themselves) be determined by lot". A retiring director is eligible for
 * re-election (reg. 80) unless a {@link TermLimit} says otherwise.
 *
 * <p><b>"The number nearest to one-third".</b> A third of a whole number is never exactly halfway
 * between two whole numbers (its fractional part is 0, 1/3 or 2/3), so the words are never ambiguous:
 * 4 directors give 1 (4/3 is nearer 1 than 2), 5 give 2 (5/3), 7 give 2, 8 give 3. Only one director
 * gives 0 by the nearest number, and reg. 73's last words make it 1. A rule with another {@linkplain
 * #withFraction fraction} can meet a half (a quarter of 6 is 1.5); the rule texts say nothing of it, and
 * this library then takes the larger number, so that no director stays longer for a rounding.
 *
 * <p><b>Who is subject to rotation.</b> Elected directors, by default; appointed, ex officio and
 * co-opted directors are left out, unless {@link #withSubject} says otherwise. A co-opted director left
 * out holds office only until the next annual meeting, and retires there outside the rotation (Table
 * A reg. 79: a director appointed by the board holds office until the next annual general meeting and
 * is not counted in determining who retires by rotation). At the first annual meeting every director
 * subject to rotation retires. The plan of {@link #schedule} assumes what reg. 75 provides where the
 * meeting does not fill a vacancy: a retiring director willing to act is taken as re-elected.
 *
 * <p><b>Terms.</b> Where the rules fix a term ({@link #withMaxTerm}, in annual meetings), a director
 * whose term has run its length retires whatever the rotation says; such retirements count towards the
 * number due, and if they are more, they all retire. The rotation's number is then made up from the
 * longest in office. So nobody stays past their term.
 *
 * <p>Deciding costs O(n log n) for n directors. Immutable and thread-safe.
 *
 * @param fraction the fraction of those subject to rotation who retire each year, above 0 and at most 1
 * @param subject the kinds of director subject to rotation
 * @param maxTerm the most annual meetings a term may last, if the rules fix it
 * @param termLimit the limit on consecutive terms, if any
 * @since 0.1.0
 */
public record RotationRule(
    Fraction fraction, ImmutableSet<TermKind> subject, Optional<Integer> maxTerm, Optional<TermLimit> termLimit) {

  /**
   * Checks the rule.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the fraction is not above 0 and at
   *     most 1, no kind of director is subject to rotation, or a term is shorter than one annual meeting
   */
  public RotationRule {
    Objects.requireNonNull(fraction, "fraction");
    Objects.requireNonNull(maxTerm, "maxTerm");
    Objects.requireNonNull(termLimit, "termLimit");
    Checks.check(fraction.signum() > 0 && fraction.isAtMost(Fraction.ONE), "fraction", fraction,
        "the fraction retiring by rotation (%s) must be above 0 and at most 1", fraction);
    Checks.check(!subject.isEmpty(), "subject", subject, "some kind of director must be subject to rotation");
    maxTerm.ifPresent(t -> Checks.atLeast("maxTerm", t, 1));
  }

  /**
   * Returns the model articles' rule: all at the first annual meeting, then the number nearest to one
   * third of the elected directors, longest in office first, ties by lot.
   *
   * @return the rule
   */
  public static RotationRule tableA() {
    return new RotationRule(Fraction.of(1, 3), ImmutableSet.of(TermKind.ELECTED), Optional.empty(), Optional.empty());
  }

  /**
   * Returns this rule retiring another fraction each year (a half, for two-year terms).
   *
   * @param f the fraction, above 0 and at most 1
   * @return the rule
   */
  public RotationRule withFraction(Fraction f) {
    return new RotationRule(f, subject, maxTerm, termLimit);
  }

  /**
   * Returns this rule with other kinds of director subject to rotation.
   *
   * @param kinds the kinds, at least one
   * @return the rule
   */
  public RotationRule withSubject(TermKind... kinds) {
    return new RotationRule(fraction, ImmutableSet.copyOf(kinds), maxTerm, termLimit);
  }

  /**
   * Returns this rule with a fixed term: a director retires at the latest at the annual meeting
   * {@code annualMeetings} after the one that elected them.
   *
   * @param annualMeetings the term, at least 1
   * @return the rule
   */
  public RotationRule withMaxTerm(int annualMeetings) {
    return new RotationRule(fraction, subject, Optional.of(annualMeetings), termLimit);
  }

  /**
   * Returns this rule with a limit on consecutive terms.
   *
   * @param limit the limit
   * @return the rule
   */
  public RotationRule withTermLimit(TermLimit limit) {
    return new RotationRule(fraction, subject, maxTerm, Optional.of(limit));
  }

  /**
   * Returns the number of directors due to retire by rotation when {@code n} are subject to it: the
   * number nearest to the rule's fraction of {@code n} (the larger at a half), and 1 if only one is
   * subject.
   *
   * @param n the directors subject to rotation, not negative
   * @return the number due
   */
  public int numberDue(int n) {
    Checks.atLeast("n", n, 0);
    if (n == 1) {
      return 1;
    }
    Fraction exact = fraction.times(n);
    BigInteger nearest = exact.plus(Fraction.ONE_HALF).floor();
    return nearest.intValueExact();
  }

  /**
   * Decides who retires at an annual meeting.
   *
   * @param board the directors' terms, each director once
   * @param meeting the date of the annual meeting, not before any term began
   * @param firstAnnualMeeting whether it is the first annual meeting
   * @param lot the tie-breaker between directors last elected on the same day
   * @return the retirements, with those who stay
   * @throws org.commonweal.governance.base.InvalidValueException if a director appears twice or a term
   *     begins after the meeting
   */
  public Rotation retire(List<Term> board, LocalDate meeting, boolean firstAnnualMeeting, TieBreaker lot) {
    return retire(board, meeting, firstAnnualMeeting, lot, 0);
  }

  private Rotation retire(List<Term> board, LocalDate meeting, boolean first, TieBreaker lot, int drawsBefore) {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(lot, "lot");
    Set<MemberId> seen = new HashSet<>();
    List<Term> subjectTerms = new ArrayList<>();
    for (Term t : board) {
      Checks.check(seen.add(t.director()), "board", board, "director %s appears twice", t.director());
      Checks.check(!t.since().isAfter(meeting), "board", t, "the term of %s begins on %s, after the meeting on %s",
          t.director(), t.since(), meeting);
      if (subject.contains(t.kind())) {
        subjectTerms.add(t);
      }
    }
    int n = subjectTerms.size();
    List<Rotation.Retirement> out = new ArrayList<>();
    List<Draw<MemberId>> draws = new ArrayList<>();
    int due;
    if (first) {
      due = n;
      subjectTerms.forEach(t -> out.add(retirement(t, Rotation.Reason.FIRST_ANNUAL_MEETING, false)));
    } else {
      due = n == 0 ? 0 : numberDue(n);
      List<Term> rest = new ArrayList<>();
      for (Term t : subjectTerms) {
        if (maxTerm.isPresent() && t.annualMeetingsSince(meeting) >= maxTerm.get()) {
          out.add(retirement(t, Rotation.Reason.TERM_EXPIRED, false));
        } else {
          rest.add(t);
        }
      }
      // A stable sort: directors elected the same day stay in the order given, the order shown to the lot.
      rest.sort(Comparator.comparing(Term::since));
      int i = 0;
      while (out.size() < due) {
        LocalDate day = rest.get(i).since();
        int j = i;
        while (j < rest.size() && rest.get(j).since().equals(day)) {
          j++;
        }
        List<Term> sameDay = rest.subList(i, j);
        int free = due - out.size();
        if (sameDay.size() <= free) {
          sameDay.forEach(t -> out.add(retirement(t, Rotation.Reason.ROTATION, false)));
        } else {
          List<MemberId> ids = sameDay.stream().map(Term::director).toList();
          Draw<MemberId> d = lot.draw(drawsBefore + draws.size() + 1, ids);
          draws.add(d);
          // The lot favours the first of its order, who stays in office: those retiring are taken from the end.
          ImmutableList<MemberId> order = d.order();
          for (MemberId id : order.reverse().subList(0, free)) {
            Term t = sameDay.stream().filter(x -> x.director().equals(id)).findFirst().orElseThrow();
            out.add(retirement(t, Rotation.Reason.ROTATION, true));
          }
        }
        i = j;
      }
    }
    for (Term t : board) {
      if (t.kind() == TermKind.CO_OPTED && !subject.contains(t.kind())) {
        out.add(retirement(t, Rotation.Reason.CO_OPTION_ENDS, false));
      }
    }
    Set<MemberId> leaving = new HashSet<>();
    out.forEach(r -> leaving.add(r.director()));
    ImmutableList<Term> staying =
        board.stream().filter(t -> !leaving.contains(t.director())).collect(ImmutableList.toImmutableList());
    return new Rotation(meeting, first, n, due, ImmutableList.copyOf(out), staying, ImmutableList.copyOf(draws));
  }

  private Rotation.Retirement retirement(Term t, Rotation.Reason reason, boolean byLot) {
    return new Rotation.Retirement(t, reason, byLot, termLimit.map(l -> l.mayStandAgain(t)).orElse(true));
  }

  /**
   * Plans the rotation over the coming annual meetings, on the assumption that every retiring director
   * who may stand again is re-elected (a co-opted one co-opted again) at the meeting, and that one who
   * may not is succeeded by a new director of the same kind; appointed and ex officio directors not
   * subject to rotation stay as they are.
   *
   * @param board the directors' terms now
   * @param meetings the dates of the coming annual meetings, in order, one a calendar year
   * @param firstIsFirstAnnualMeeting whether the first of them is the first annual meeting
   * @param lot the tie-breaker; the draws are numbered across the whole schedule
   * @param successor names the new director who succeeds one barred by the term limit
   * @return the schedule, a rotation a meeting
   * @throws org.commonweal.governance.base.InvalidValueException if the meetings are not in successive
   *     calendar years, or as {@link #retire}
   */
  public RotationSchedule schedule(List<Term> board, List<LocalDate> meetings, boolean firstIsFirstAnnualMeeting,
      TieBreaker lot, UnaryOperator<MemberId> successor) {
    List<Rotation> years = new ArrayList<>();
    List<ImmutableList<Term>> boards = new ArrayList<>();
    List<Term> now = new ArrayList<>(board);
    int drawn = 0;
    for (int k = 0; k < meetings.size(); k++) {
      LocalDate m = meetings.get(k);
      if (k > 0) {
        Checks.check(m.getYear() > meetings.get(k - 1).getYear(), "meetings", meetings,
            "annual meetings must be in later calendar years: %s follows %s", m, meetings.get(k - 1));
      }
      Rotation r = retire(now, m, firstIsFirstAnnualMeeting && k == 0, lot, drawn);
      drawn += r.draws().size();
      years.add(r);
      List<Term> next = new ArrayList<>();
      for (Term t : now) {
        Optional<Rotation.Retirement> gone =
            r.retiring().stream().filter(x -> x.director().equals(t.director())).findFirst();
        if (gone.isEmpty()) {
          next.add(t);
        } else if (gone.get().mayStandAgain()) {
          next.add(t.renewed(m));
        } else {
          next.add(new Term(successor.apply(t.director()), t.kind(), m, 1));
        }
      }
      now = next;
      boards.add(ImmutableList.copyOf(now));
    }
    return new RotationSchedule(ImmutableList.copyOf(years), ImmutableList.copyOf(boards));
  }

  /** Returns the rule in words, for example {@code "1/3 of the ELECTED directors retire by rotation"}. */
  @Override
  public String toString() {
    Set<TermKind> kinds = EnumSet.copyOf(subject);
    return "all at the first annual meeting, then the number nearest " + fraction + " of the " + kinds
        + " directors by rotation, longest in office first, ties by lot"
        + maxTerm.map(t -> "; terms of at most " + t + " annual meetings").orElse("")
        + termLimit.map(l -> "; " + l).orElse("");
  }
}
