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
}
