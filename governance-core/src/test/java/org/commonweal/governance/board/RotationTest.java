package org.commonweal.governance.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.membership.MemberId;
import org.junit.jupiter.api.Test;

/** Retirement by rotation under Table A regs. 73 and 74, terms and term limits. */
class RotationTest {
  private static final LocalDate FOUNDED = LocalDate.of(2026, 1, 20);

  private static MemberId d(int i) {
    return MemberId.of("D-0" + i);
  }

  private static List<MemberId> ds(int... is) {
    List<MemberId> out = new ArrayList<>();
    for (int i : is) {
      out.add(d(i));
    }
    return out;
  }

  /** Seven elected founding directors, one appointed by the council, one co-opted. */
  private static List<Term> foundingBoard() {
    List<Term> board = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      board.add(Term.elected(d(i), FOUNDED));
    }
    board.add(Term.of(MemberId.of("A-01"), TermKind.APPOINTED, FOUNDED));
    board.add(Term.of(MemberId.of("C-01"), TermKind.CO_OPTED, FOUNDED));
    return board;
  }

  @Test
  void numberDue_isTheNumberNearestOneThird() {
    RotationRule r = RotationRule.tableA();
    // n:      0  1  2  3  4  5  6  7  8  9 10 11 12
    int[] due = {0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4};
    for (int n = 0; n < due.length; n++) {
      assertEquals(due[n], r.numberDue(n), "n = " + n);
    }
  }

  @Test
  void numberDue_takesTheLargerAtAHalf() {
    assertEquals(2, RotationRule.tableA().withFraction(Fraction.of(1, 4)).numberDue(6));
    assertEquals(1, RotationRule.tableA().withFraction(Fraction.of(1, 4)).numberDue(5));
  }

  @Test
  void retire_allSubjectToRotationAtTheFirstAnnualMeeting() {
    Rotation r = RotationRule.tableA().retire(foundingBoard(), LocalDate.of(2026, 6, 13), true, TieBreaker.givenOrder());
    List<MemberId> expected = new ArrayList<>(ds(1, 2, 3, 4, 5, 6, 7));
    expected.add(MemberId.of("C-01"));
    assertEquals(expected, r.retiringDirectors());
    assertEquals(List.of(MemberId.of("A-01")), r.staying().stream().map(Term::director).toList());
    assertEquals(7, r.subject());
    assertTrue(r.retiring().subList(0, 7).stream().allMatch(x -> x.reason() == Rotation.Reason.FIRST_ANNUAL_MEETING));
    // Table A reg. 79: the co-opted director's office ends at the annual meeting, outside the rotation.
    assertEquals(Rotation.Reason.CO_OPTION_ENDS, r.retiring().get(7).reason());
  }

  @Test
  void retire_longestInOfficeFirst() {
    List<Term> board = List.of(
        Term.elected(d(1), LocalDate.of(2024, 6, 1)),
        Term.elected(d(2), LocalDate.of(2023, 6, 1)),
        Term.elected(d(3), LocalDate.of(2025, 6, 1)),
        Term.elected(d(4), LocalDate.of(2025, 6, 1)),
        Term.of(d(5), TermKind.EX_OFFICIO, LocalDate.of(2010, 1, 1)));
    Rotation r = RotationRule.tableA().retire(board, LocalDate.of(2026, 6, 6), false, TieBreaker.givenOrder());
    // Four subject to rotation: the number nearest 4/3 is 1, the longest in office; the ex officio
    // director, in office since 2010, is not subject to rotation.
    assertEquals(4, r.subject());
    assertEquals(ds(2), r.retiringDirectors());
    assertTrue(r.draws().isEmpty());
  }

  @Test
  void retire_tiesBetweenThoseElectedTheSameDayByLot() {
    List<Term> board = List.of(
        Term.elected(d(1), LocalDate.of(2025, 6, 1)),
        Term.elected(d(2), LocalDate.of(2025, 6, 1)),
        Term.elected(d(3), LocalDate.of(2025, 6, 1)),
        Term.elected(d(4), LocalDate.of(2025, 6, 1)),
        Term.elected(d(5), LocalDate.of(2025, 6, 1)));
    // The lot's order favours D-03 first ... D-04 last: the last two retire.
    TieBreaker lot = TieBreaker.fixedOrder(ds(3, 1, 5, 2, 4));
    Rotation r = RotationRule.tableA().retire(board, LocalDate.of(2026, 6, 6), false, lot);
    assertEquals(2, r.due());
    assertEquals(ds(4, 2), r.retiringDirectors());
    assertEquals(1, r.draws().size());
    assertEquals(ds(1, 2, 3, 4, 5), r.draws().get(0).tied());
    assertTrue(r.retiring().get(0).byLot());
    assertTrue(r.explain().contains("D-04 retires by rotation (in office since 2025-06-01, term 1 in a row), by lot; may stand again"),
        r.explain());
  }

  @Test
  void retire_onlyOneSubject_retires() {
    Rotation r = RotationRule.tableA().retire(List.of(Term.elected(d(1), FOUNDED),
        Term.of(d(2), TermKind.APPOINTED, FOUNDED)), LocalDate.of(2027, 6, 1), false, TieBreaker.givenOrder());
    assertEquals(ds(1), r.retiringDirectors());
  }

  @Test
  void retire_expiredTermsRetireEvenBeyondTheNumberDue() {
    List<Term> board = List.of(
        Term.elected(d(1), LocalDate.of(2023, 6, 1)),
        Term.elected(d(2), LocalDate.of(2023, 6, 1)),
        Term.elected(d(3), LocalDate.of(2025, 6, 1)),
        Term.elected(d(4), LocalDate.of(2025, 6, 1)));
    // Terms of 3 annual meetings: D-01 and D-02 have served theirs at the 2026 meeting; 1 is due.
    Rotation r = RotationRule.tableA().withMaxTerm(3).retire(board, LocalDate.of(2026, 6, 6), false,
        TieBreaker.givenOrder());
    assertEquals(1, r.due());
    assertEquals(ds(1, 2), r.retiringDirectors());
    assertTrue(r.retiring().stream().allMatch(x -> x.reason() == Rotation.Reason.TERM_EXPIRED));
  }

  @Test
  void retire_termLimitBarsStandingAgain() {
    List<Term> board = List.of(new Term(d(1), TermKind.ELECTED, LocalDate.of(2023, 6, 1), 3),
        new Term(d(2), TermKind.ELECTED, LocalDate.of(2023, 6, 1), 2), Term.elected(d(3), LocalDate.of(2025, 6, 1)));
    Rotation r = RotationRule.tableA().withTermLimit(TermLimit.of(3, 1))
        .retire(board, LocalDate.of(2026, 6, 6), false, TieBreaker.fixedOrder(ds(2, 1)));
    assertEquals(ds(1), r.retiringDirectors());
    assertFalse(r.retiring().get(0).mayStandAgain());
    assertTrue(TermLimit.of(3, 1).mayStandAgain(3, LocalDate.of(2026, 6, 6), LocalDate.of(2027, 6, 5)));
    assertFalse(TermLimit.of(3, 2).mayStandAgain(3, LocalDate.of(2026, 6, 6), LocalDate.of(2027, 6, 5)));
    assertTrue(TermLimit.of(3, 2).mayStandAgain(2, LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 7)));
  }

  /**
   * Six annual meetings of a board of seven elected directors, one appointed by the council and one
   * co-opted, under Table A's rotation with at most three consecutive terms: all seven retire at the
   * first meeting and are re-elected; then two a year (the number nearest 7/3), the longest in office
   * first, a lot between those elected the same day (the lot favours D-01, then D-02, ..., to stay). The
   * co-opted director's office ends at every meeting (and the plan co-opts them again).
   */
  @Test
  void schedule_sixYears() {
    List<LocalDate> meetings = List.of(LocalDate.of(2026, 6, 13), LocalDate.of(2027, 6, 12), LocalDate.of(2028, 6, 10),
        LocalDate.of(2029, 6, 9), LocalDate.of(2030, 6, 8), LocalDate.of(2031, 6, 14));
    RotationRule rule = RotationRule.tableA().withTermLimit(TermLimit.of(3, 1));
    RotationSchedule s = rule.schedule(foundingBoard(), meetings, true, TieBreaker.fixedOrder(ds(1, 2, 3, 4, 5, 6, 7)),
        id -> MemberId.of("N-" + id.value()));
    List<List<MemberId>> retiring = s.years().stream()
        .map(y -> y.retiring().stream().filter(x -> x.reason() != Rotation.Reason.CO_OPTION_ENDS)
            .map(Rotation.Retirement::director).toList())
        .toList();
    assertEquals(List.of(ds(1, 2, 3, 4, 5, 6, 7), ds(7, 6), ds(5, 4), ds(3, 2), ds(1, 7), ds(6, 5)), retiring,
        s.explain());
    s.years().forEach(y -> assertEquals(Rotation.Reason.CO_OPTION_ENDS, y.retiring().get(y.retiring().size() - 1).reason()));
    // Co-opted again each year, C-01 reaches the limit of three consecutive terms in 2028.
    assertFalse(s.years().get(2).retiring().get(2).mayStandAgain());
    assertTrue(s.boards().get(2).stream().anyMatch(t -> t.director().equals(MemberId.of("N-C-01"))));
    // D-07 was re-elected in 2026 and 2027: in 2030 it ends a third term in a row and may not stand.
    Rotation.Retirement d7 = s.years().get(4).retiring().get(1);
    assertEquals(d(7), d7.director());
    assertEquals(3, d7.term().consecutiveTerms());
    assertFalse(d7.mayStandAgain());
    assertTrue(s.boards().get(4).stream().anyMatch(t -> t.director().equals(MemberId.of("N-D-07"))));
    // The appointed and co-opted directors never rotate.
    s.years().forEach(y -> assertFalse(y.retiringDirectors().contains(MemberId.of("A-01"))));
    s.boards().forEach(b -> assertEquals(9, b.size()));
    assertEquals(List.of(0, 1, 1, 1, 1, 1), s.years().stream().map(y -> y.draws().size()).toList());
    // Draws are numbered across the schedule.
    assertEquals(5, s.years().get(5).draws().get(0).number());
  }

  /**
   * Terms of at most two annual meetings and at most two terms in a row: D-01, elected in 2024 for a
   * second term, has served two annual meetings by 2026 (exactly the most) and retires at the end of the
   * term, the one due; D-02 and D-03, elected in 2025, have served one and stay. The co-opted director's
   * office ends at the meeting.
   */
  @Test
  void explain_givesEachRetirementItsReason() {
    RotationRule rule = RotationRule.tableA().withMaxTerm(2).withTermLimit(TermLimit.of(2, 1));
    List<Term> board = List.of(new Term(d(1), TermKind.ELECTED, LocalDate.of(2024, 6, 1), 2),
        Term.elected(d(2), LocalDate.of(2025, 6, 1)), Term.elected(d(3), LocalDate.of(2025, 6, 1)),
        Term.of(MemberId.of("C-01"), TermKind.CO_OPTED, LocalDate.of(2025, 9, 1)));
    Rotation r = rule.retire(board, LocalDate.of(2026, 6, 6), false, TieBreaker.givenOrder());
    assertEquals("""
        annual meeting of 2026-06-06: 3 subject to rotation, 1 due to retire, 2 retiring
          D-01 retires at the end of the term (in office since 2024-06-01, term 2 in a row); may not stand again (term limit)
          C-01 retires at the end of the co-option (in office since 2025-09-01, term 1 in a row); may stand again
        """, r.explain());
    assertEquals(ds(2, 3), r.staying().stream().map(Term::director).toList());
    Rotation first = rule.retire(board, LocalDate.of(2026, 6, 6), true, TieBreaker.givenOrder());
    assertEquals("""
        annual meeting of 2026-06-06 (the first): 3 subject to rotation, 3 due to retire, 4 retiring
          D-01 retires at the first annual meeting (in office since 2024-06-01, term 2 in a row); may not stand again (term limit)
          D-02 retires at the first annual meeting (in office since 2025-06-01, term 1 in a row); may stand again
          D-03 retires at the first annual meeting (in office since 2025-06-01, term 1 in a row); may stand again
          C-01 retires at the end of the co-option (in office since 2025-09-01, term 1 in a row); may stand again
        """, first.explain());
    assertTrue(first.first());
    assertEquals(3, first.due());
  }

  @Test
  void toString_statesTheRuleInWords() {
    assertEquals("all at the first annual meeting, then the number nearest 1/3 of the [ELECTED] directors by rotation, "
        + "longest in office first, ties by lot", RotationRule.tableA().toString());
    assertEquals("all at the first annual meeting, then the number nearest 1/4 of the [ELECTED, CO_OPTED] directors by "
        + "rotation, longest in office first, ties by lot; terms of at most 3 annual meetings; at most 2 consecutive "
        + "terms, then a gap of 1 annual meeting",
        RotationRule.tableA().withFraction(Fraction.of(1, 4)).withSubject(TermKind.CO_OPTED, TermKind.ELECTED)
            .withMaxTerm(3).withTermLimit(TermLimit.of(2, 1)).toString());
    assertEquals("at most 3 consecutive terms, then a gap of 2 annual meetings", TermLimit.of(3, 2).toString());
  }

  @Test
  void values_refuseInconsistenciesWithTheirReasons() {
    Term t1 = Term.elected(d(1), FOUNDED);
    Term t2 = Term.elected(d(2), FOUNDED);
    Rotation.Retirement r1 = new Rotation.Retirement(t1, Rotation.Reason.ROTATION, false, true);
    assertEquals("D-01 retires twice", assertThrows(InvalidValueException.class, () -> new Rotation(FOUNDED, false, 2, 1,
        com.google.common.collect.ImmutableList.of(r1, r1), com.google.common.collect.ImmutableList.of(t2),
        com.google.common.collect.ImmutableList.of())).getMessage());
    assertEquals("D-01 both retires and stays, or stays twice", assertThrows(InvalidValueException.class,
        () -> new Rotation(FOUNDED, false, 2, 1, com.google.common.collect.ImmutableList.of(r1),
            com.google.common.collect.ImmutableList.of(t1, t2), com.google.common.collect.ImmutableList.of())).getMessage());
    assertEquals("director D-01 appears twice", assertThrows(InvalidValueException.class, () -> RotationRule.tableA()
        .retire(List.of(t1, t1), FOUNDED, false, TieBreaker.givenOrder())).getMessage());
    assertEquals("re-election on 2026-01-19 is before the term began on 2026-01-20", assertThrows(
        InvalidValueException.class, () -> t1.renewed(FOUNDED.minusDays(1))).getMessage());
    assertEquals(new Term(d(1), TermKind.ELECTED, FOUNDED, 2), t1.renewed(FOUNDED));
    Rotation r = RotationRule.tableA().retire(List.of(t1), FOUNDED.plusYears(1), false, TieBreaker.givenOrder());
    assertEquals("1 boards for 2 annual meetings", assertThrows(InvalidValueException.class,
        () -> new RotationSchedule(com.google.common.collect.ImmutableList.of(r, r),
            com.google.common.collect.ImmutableList.of(com.google.common.collect.ImmutableList.of(t1)))).getMessage());
  }

  @Test
  void scheduleExplain_givesEachMeetingInTurnWithItsLots() {
    // Two elected the same day, one due each year: the lot keeps D-02 (first in its order) in 2027.
    List<Term> board = List.of(Term.elected(d(1), FOUNDED), Term.elected(d(2), FOUNDED));
    RotationSchedule s = RotationRule.tableA().schedule(board, List.of(LocalDate.of(2027, 6, 1), LocalDate.of(2028, 6, 1)),
        false, TieBreaker.fixedOrder(ds(2, 1)), id -> id);
    String lot = s.years().get(0).draws().get(0).method();
    assertEquals("""
        annual meeting of 2027-06-01: 2 subject to rotation, 1 due to retire, 1 retiring
          D-01 retires by rotation (in office since 2026-01-20, term 1 in a row), by lot; may stand again
          lot 1 between [D-01, D-02]: [D-02, D-01] (%s)
        annual meeting of 2028-06-01: 2 subject to rotation, 1 due to retire, 1 retiring
          D-02 retires by rotation (in office since 2026-01-20, term 1 in a row); may stand again
        """.formatted(lot), s.explain());
  }

  @Test
  void schedule_refusesMeetingsOutOfOrder() {
    assertThrows(InvalidValueException.class, () -> RotationRule.tableA().schedule(foundingBoard(),
        List.of(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 1)), false, TieBreaker.givenOrder(), id -> id));
  }

  @Test
  void rules_refuseNonsense() {
    assertThrows(InvalidValueException.class, () -> RotationRule.tableA().withFraction(Fraction.ZERO));
    assertThrows(InvalidValueException.class, () -> RotationRule.tableA().withFraction(Fraction.of(3, 2)));
    assertThrows(InvalidValueException.class, () -> RotationRule.tableA().withMaxTerm(0));
    assertThrows(InvalidValueException.class, () -> RotationRule.tableA().withSubject());
    assertThrows(InvalidValueException.class, () -> TermLimit.of(0, 1));
    assertThrows(InvalidValueException.class, () -> new Term(d(1), TermKind.ELECTED, FOUNDED, 0));
    assertThrows(InvalidValueException.class, () -> RotationRule.tableA().retire(
        List.of(Term.elected(d(1), FOUNDED), Term.elected(d(1), FOUNDED)), FOUNDED, false, TieBreaker.givenOrder()));
    assertThrows(InvalidValueException.class, () -> RotationRule.tableA().retire(
        List.of(Term.elected(d(1), LocalDate.of(2027, 1, 1))), FOUNDED, false, TieBreaker.givenOrder()));
  }
}
