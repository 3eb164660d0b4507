package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** Countbacks: the papers of a member who leaves, re-counted among other candidates. */
class StvCountbackTest {
  // 72 papers, 2 seats, Scottish quota 25. Stage 1: A (30) elected. Stage 2: A's surplus 5 at
  // 5 / 30 = 0.16666 to C (16.99980). Stage 3: D excluded, its papers (D, A) exhausted. Stage 4: C
  // excluded; B is the only continuing candidate and takes the last seat.
  private static final Election BOARD = election(2, "A B C D", "30 A C", "20 B D", "12 C", "10 D A");

  @Test
  void countback_usesWhatEachPaperKeptForTheMember() {
    assertEquals(List.of("A", "B"), names(StvMethods.scottish().count(BOARD).elected()));
    // A kept 1 - 0.16666 = 0.83334 of each of 30 papers; their next preference among C and D is C:
    // C 30 x 0.83334 = 25.00020, more than half of the 25.00020 counted. C fills the vacancy.
    ElectionResult r = StvMethods.scottish().countback(BOARD, c("A"), List.of(c("C"), c("D")), TieBreaker.givenOrder());
    assertEquals(List.of("C"), names(r.elected()));
    Stage one = r.report().stages().get(0);
    assertEquals(Fraction.parse("25.0002"), one.totals().get(c("C")));
    assertEquals(Fraction.ZERO, one.totals().get(c("D")));
    assertEquals(List.of(c("C"), c("D")), List.copyOf(one.totals().keySet()));
    assertEquals("scottish-stv countback", r.method());
    assertEquals(1, r.seats());
  }

  @Test
  void countback_ofAMemberElectedWithoutTransfer_usesWholePapers() {
    // B was elected as the last continuing candidate: B's 20 papers (B, D) go whole to D.
    ElectionResult r = StvMethods.scottish().countback(BOARD, c("B"), List.of(c("C"), c("D")), TieBreaker.givenOrder());
    assertEquals(List.of("D"), names(r.elected()));
    assertEquals(Fraction.of(20), r.report().stages().get(0).totals().get(c("D")));
  }

  @Test
  void countback_excludesTheLowestUntilSomeoneHasMoreThanHalf() {
    // 19 papers, 1 seat, quota 10: A (12) elected at once, holding all 12 papers at 1. Countback among
    // B, C, D: B 5, C 4, D 3 of 12: nobody has more than 6. D is excluded; its papers (A, D) end there:
    // 3 exhausted, and B has 5 of the 9 left, more than 4.5.
    Election e = election(1, "A B C D E", "5 A B", "4 A C", "3 A D", "6 E", "1 B");
    ElectionResult r = StvMethods.scottish().countback(e, c("A"), List.of(c("B"), c("C"), c("D")), TieBreaker.givenOrder());
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(List.of(c("D")), s.get(1).excluded());
    assertEquals(Fraction.of(3), s.get(1).exhausted());
    assertEquals(List.of(c("B")), s.get(1).elected());
    assertEquals(Fraction.of(9, 2), r.quota().orElseThrow());
  }

  @Test
  void countback_worksUnderEveryRule() {
    for (StvMethod rule : List.of(StvMethods.ers97(), StvMethods.wigm(), StvMethods.meek(), StvMethods.meekNz())) {
      ElectionResult r = rule.countback(BOARD, c("A"), List.of(c("C"), c("D")), TieBreaker.givenOrder());
      assertEquals(List.of("C"), names(r.elected()), rule.name());
      assertFalse(r.report().stages().isEmpty(), rule.name());
    }
  }

  @Test
  void countback_ers97_theMemberKeptWhatTheSurplusLeft() {
    // ERS97: 72 / 3 = 24.00. Stage 1: A (30) elected; B 20 x 2 = 40 < 72 - 24 = 48. Stage 2: the surplus
    // 6 exceeds the gap D 10 - C 12 (2) and no bulk set (10 + 12 + 6 = 28 > 20), so all 30 papers go at
    // 6 / 30 = 0.20. A kept 1.00 - 0.20 = 0.80 of each: C has 30 x 0.80 = 24.00 in the countback.
    ElectionResult r = StvMethods.ers97().countback(BOARD, c("A"), List.of(c("C"), c("D")), TieBreaker.givenOrder());
    Stage one = r.report().stages().get(0);
    assertEquals(Fraction.of(24), one.totals().get(c("C")));
    assertEquals(Fraction.ZERO, one.totals().get(c("D")));
    assertEquals(List.of("C"), names(r.elected()));
  }

  @Test
  void countback_meek_findsTheMembersPapersBehindExcludedCandidates() {
    // Meek, 20 papers, 1 seat: quota 10 plus a unit. Stage 1: A 9, E 8, F 2, B 1, nobody elected. B is
    // excluded (its paper exhausts: quota 19 / 2 = 9.5 plus a unit), then F, whose 2 papers go on to A:
    // 11, elected. A's keep value is still 1, so A holds 11 whole papers: 9 of its own and 2 reached
    // through F. Countback among B and C: B 5, C 4, and F's 2 papers have nothing after A: exhausted.
    // B has 5 of the 9 counted, more than half.
    Election e = election(1, "A B C E F", "5 A B", "4 A C", "8 E", "2 F A", "1 B");
    assertEquals(List.of("A"), names(StvMethods.meek().count(e).elected()));
    ElectionResult r = StvMethods.meek().countback(e, c("A"), List.of(c("B"), c("C")), TieBreaker.givenOrder());
    Stage one = r.report().stages().get(0);
    assertEquals(Fraction.of(5), one.totals().get(c("B")));
    assertEquals(Fraction.of(4), one.totals().get(c("C")));
    assertEquals(Fraction.of(2), one.exhausted());
    assertEquals(List.of("B"), names(r.elected()));
  }

  @Test
  void countback_refusesBadRequests() {
    StvMethod rule = StvMethods.scottish();
    TieBreaker lot = TieBreaker.givenOrder();
    InvalidValueException notElected =
        assertThrows(InvalidValueException.class, () -> rule.countback(BOARD, c("C"), List.of(c("D")), lot));
    assertTrue(notElected.getMessage().contains("was not elected"), notElected.getMessage());
    assertThrows(InvalidValueException.class, () -> rule.countback(BOARD, c("A"), List.of(), lot));
    assertThrows(InvalidValueException.class, () -> rule.countback(BOARD, c("A"), List.of(c("A")), lot));
    assertThrows(InvalidValueException.class, () -> rule.countback(BOARD, c("A"), List.of(c("Z")), lot));
    Election withdrawn = StvBallots.builder(1, "A B W", "5 A", "2 B").addWithdrawn(c("W")).build();
    assertThrows(InvalidValueException.class, () -> rule.countback(withdrawn, c("A"), List.of(c("W")), lot));
  }

  @Test
  void countback_reportsTheMembersPapers_notTheWholePoll() {
    // A's 30 papers, each kept at 0.83334: 25.00020 in all; more than half of it is 12.5001.
    ElectionResult r = StvMethods.scottish().countback(BOARD, c("A"), List.of(c("C"), c("D")), TieBreaker.givenOrder());
    assertEquals("Countback for A", r.title());
    CountReport report = r.report();
    assertEquals(BallotAccount.of(30, 30, java.util.Map.of()), report.ballots());
    assertFalse(report.totalsArePapers());
    assertEquals(5, report.decimals());
    Stage one = report.stages().get(0);
    assertEquals(Stage.Kind.FIRST_COUNT, one.kind());
    assertEquals("Papers of A (30 papers worth 25.00020) counted at their next preferences", one.description());
    assertEquals(java.util.Optional.of(Fraction.parse("12.5001")), one.quota());
    assertEquals(java.util.Optional.of(Fraction.parse("12.5001")), r.quota());
    Election titled = StvBallots.builder(2, "A B C D", "30 A C", "20 B D", "12 C", "10 D A").title("Ward 7").build();
    assertEquals(
        "Ward 7: countback for A",
        StvMethods.scottish().countback(titled, c("A"), List.of(c("C"), c("D")), TieBreaker.givenOrder()).title());
  }

  @Test
  void countback_theExclusionSaysWhomAndWithWhat() {
    // As above: B 5, C 4, D 3 of A's 12 whole papers; D (3) is excluded, then B has 5 of the 9 left.
    Election e = election(1, "A B C D E", "5 A B", "4 A C", "3 A D", "6 E", "1 B");
    ElectionResult r = StvMethods.scottish().countback(e, c("A"), List.of(c("B"), c("C"), c("D")), TieBreaker.givenOrder());
    Stage two = r.report().stages().get(1);
    assertEquals(Stage.Kind.EXCLUSION, two.kind());
    assertEquals("Exclusion of D (3.00000)", two.description());
    assertEquals(List.of(c("D")), two.subjects());
    assertEquals(Fraction.ZERO, two.totals().get(c("D")));
    // At the first stage nobody has more than half of the 12: 6 is the bar, and B's 5 is below it.
    assertEquals(java.util.Optional.of(Fraction.of(6)), r.report().stages().get(0).quota());
    assertEquals(List.of(), r.report().stages().get(0).elected());
  }

  @Test
  void countback_exactlyHalf_isNotEnough() {
    // A (10 of 16, quota 9) elected at once with whole papers. Countback among B and C: 5 each of 10,
    // neither more than half. They were equal at every earlier point too, so the lot decides which is
    // excluded; that one's 5 papers have no later preference and are exhausted, and the other, with 5
    // of the 5 still counting, has more than half.
    Election e = election(1, "A B C D", "5 A B", "5 A C", "6 D");
    ElectionResult r = StvMethods.scottish().countback(e, c("A"), List.of(c("B"), c("C")), TieBreaker.givenOrder());
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(List.of(), s.get(0).elected());
    assertEquals(1, s.get(1).ties().size());
    assertEquals("exclusion", s.get(1).ties().get(0).purpose());
    assertEquals(1, s.get(1).excluded().size());
    assertEquals(1, r.elected().size());
    assertFalse(s.get(1).excluded().equals(r.elected()));
    assertEquals(Fraction.of(5), s.get(1).totals().get(r.elected().get(0)));
    assertEquals(Fraction.of(5), s.get(1).exhausted());
    assertEquals(java.util.Optional.of(Fraction.of(5, 2)), s.get(1).quota());
  }

  @Test
  void countback_amongOneCandidate_theNoteSaysSo() {
    // A's papers (A, C) have no preference for D: D, the only candidate taking part, has nothing and
    // no majority, but is the only one left for the seat.
    ElectionResult r = StvMethods.scottish().countback(BOARD, c("A"), List.of(c("D")), TieBreaker.givenOrder());
    assertEquals(List.of("D"), names(r.elected()));
    Stage last = r.report().stages().get(r.report().stages().size() - 1);
    assertTrue(last.notes().contains("Only one candidate is left."), last.notes().toString());
  }
}
