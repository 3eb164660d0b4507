package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

/** The ledger of a count: who is continuing, the look-back's points, and papers moved through wide nodes. */
class StvLedgerTest {
  private static StvLedger ledger(Election e) {
    return new StvLedger(e, StvTree.of(e.rankedProfile(), StvTree.EqualPreferences.SHARE), 5);
  }

  @Test
  void continuing_onlyWhileHopeful() {
    StvLedger l = ledger(election(2, "A B C", "3 A", "2 B", "1 C"));
    assertTrue(l.continuing(0));
    assertTrue(l.continuing(1));
    l.elect(0);
    l.exclude(2);
    assertFalse(l.continuing(0));
    assertTrue(l.continuing(1));
    assertFalse(l.continuing(2));
  }

  @Test
  void point_ofTheSameStageAndBatchAsTheFirst_replacesIt() {
    StvLedger l = ledger(election(1, "A B", "3 A", "2 B"));
    l.point(1, 0);
    l.point(1, 0);
    assertEquals(1, l.history().stages());
    assertArrayEquals(new int[] {1, 0}, l.pointStage(1));
    l.point(2, 0);
    assertEquals(2, l.history().stages());
    assertArrayEquals(new int[] {2, 0}, l.pointStage(2));
  }

  @Test
  void move_papersThroughANodeWithMoreChildrenThanTheWalkFirstHolds() {
    // 100 papers, 2 seats, Scottish quota floor(100 / 3) + 1 = 34. Stage 1: A (100) elected: 60 papers
    // A alone and one A Ck for each of 40 others. Stage 2: A's surplus 66 at 66 / 100 = 0.66 a paper:
    // each Ck gets 0.66, and the 60 papers marked A alone are non-transferable.
    StringBuilder names = new StringBuilder("A");
    String[] lines = new String[41];
    lines[0] = "60 A";
    for (int k = 1; k <= 40; k++) {
      names.append(" C").append(k);
      lines[k] = "1 A C" + k;
    }
    Stage two = StvMethods.scottish().count(election(2, names.toString(), lines)).report().stages().get(1);
    assertEquals(List.of(c("A")), two.subjects());
    for (int k = 1; k <= 40; k++) {
      assertEquals(Fraction.parse("0.66"), two.totals().get(c("C" + k)), "C" + k);
    }
    assertEquals(Fraction.parse("39.6"), two.exhausted());
  }

  @Test
  void totals_unchangedFromOneStageToTheNext_areTheSameFraction() {
    // 20 papers, 2 seats, quota floor(20 / 3) + 1 = 7. Stage 1: A (10) elected. Stage 2: A's surplus 3
    // goes to B at 3 / 10 = 0.3 a paper; C and D are untouched. A total unchanged is reduced once and
    // handed over again; one that changed is a new value.
    List<Stage> stages =
        StvMethods.scottish().count(election(2, "A B C D", "10 A B", "5 B", "3 C", "2 D")).report().stages();
    Stage one = stages.get(0);
    Stage two = stages.get(1);
    assertSame(one.totals().get(c("C")), two.totals().get(c("C")));
    assertSame(one.totals().get(c("D")), two.totals().get(c("D")));
    assertEquals(Fraction.of(5), one.totals().get(c("B")));
    assertEquals(Fraction.of(8), two.totals().get(c("B")));
    assertEquals(Fraction.of(7), two.totals().get(c("A")));
  }
}
