package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** WIGM with the reference settings and others, on counts worked by hand. */
class WigmStvTest {
  private static Fraction d(String decimal) {
    return Fraction.parse(decimal);
  }

  @Test
  void wigm_referenceQuotaAndTransferValue() {
    // 18 papers, 2 seats: quota 18 / 3 plus one unit of the 18th place = 6.000000000000000001.
    // A (9) is elected with surplus 2.999999999999999999; each of A's 9 papers moves to B at
    // 2.999999999999999999 x 1 / 9 = 0.333333333333333333222..., rounded down at 27 places:
    // 0.333333333333333333222222222. B: 4 + 2.999999999999999998999999998, elected. Lost:
    // 2.999999999999999999 - 2.999999999999999998999999998 = 2 x 10^-27.
    Election e = election(2, "A B C", "9 A B", "4 B", "5 C");
    ElectionResult r = StvMethods.wigm().count(e);
    assertEquals(Optional.of(d("6.000000000000000001")), r.quota());
    Stage two = r.report().stages().get(1);
    assertEquals(d("0.333333333333333333222222222"), two.values().get("transfer value"));
    assertEquals(d("6.999999999999999998999999998"), two.totals().get(c("B")));
    assertEquals(d("6.000000000000000001"), two.totals().get(c("A")));
    assertEquals(d("0.000000000000000000000000002"), two.lostToRounding());
    assertEquals(List.of("A", "B"), names(r.elected()));
  }

  @Test
  void wigm_equalPreferencesShareThePaper() {
    // 4 papers A=B: half a paper each way (2 papers' worth A then B, 2 B then A). First preferences A 2,
    // B 2, C 3, D 1; 8 papers, 1 seat. D is excluded first (1); then A and B tie on 2, equal at every
    // stage: the lot (given order) excludes B, whose papers (B then A) go to A: A 4 at stage 3.
    Election e = election(1, "A B C D", "4 A=B", "3 C", "1 D");
    ElectionResult r = StvMethods.wigm().count(e);
    Stage one = r.report().stages().get(0);
    assertEquals(Fraction.of(2), one.totals().get(c("A")));
    assertEquals(Fraction.of(2), one.totals().get(c("B")));
    Stage three = r.report().stages().get(2);
    assertEquals(List.of(c("B")), three.excluded());
    assertEquals(Fraction.of(4), three.totals().get(c("A")));
  }

  @Test
  void builder_wholeQuotaAtFivePlaces_countsLikeScottishStv() {
    WigmStv five = WigmStv.builder().name("wigm-5").decimals(5).guardDigits(0).wholeQuota(true).build();
    Election e = election(3, "A B C D E", "40 A B C", "20 A C", "15 B", "10 C", "8 D E", "7 E");
    ElectionResult w = five.count(e);
    ElectionResult s = StvMethods.scottish().count(e);
    assertEquals(s.quota(), w.quota());
    assertEquals(s.report().stages(), w.report().stages());
    assertEquals("wigm-5", five.name());
    assertEquals(5, five.decimals());
    assertEquals(0, five.guardDigits());
    assertFalse(StvMethods.wigm().wholeQuota());
    assertThrows(InvalidValueException.class, () -> WigmStv.builder().decimals(-1).build());
    assertThrows(InvalidValueException.class, () -> WigmStv.builder().guardDigits(31).build());
    assertThrows(InvalidValueException.class, () -> WigmStv.builder().name("").build());
  }
}
