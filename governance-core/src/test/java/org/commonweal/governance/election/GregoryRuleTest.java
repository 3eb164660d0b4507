package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The Gregory decisions of the WIGM family (Scottish STV, SSI 2007/42 Sch. 1 rr. 45-52, and WIGM at other
 * places): who is elected first, which surplus goes first, how transfer values are named, and the notes
 * at the end of a count. Every count is worked by hand in the comments.
 */
class GregoryRuleTest {
  // 100 papers, 4 seats, whole-number quota floor(100 / 5) + 1 = 21. Stage 1: A (40) and B (25)
  // elected, A's surplus 19 the larger. Stage 2: A's surplus at 19 / 40 = 0.475 a paper, all to C:
  // 15 + 19 = 34, elected. Stage 3: B (25) and C (34) both wait; C's surplus (13) is the larger.
  private static final Election FOUR_SEATS =
      election(4, "A B C D E F", "40 A C", "25 B D", "15 C", "10 D", "5 E", "5 F");

  private static Fraction d(String decimal) {
    return Fraction.parse(decimal);
  }

  @Test
  void elect_twoReachTheQuotaTogether_theHigherTotalFirst() {
    // 11 papers, 2 seats, quota floor(11 / 3) + 1 = 4: A (4, exactly the quota) and B (6) are elected
    // at the first stage, B first as the higher (r. 46(4)).
    ElectionResult r = StvMethods.scottish().count(election(2, "A B C", "4 A", "6 B", "1 C"));
    Stage one = r.report().stages().get(0);
    assertEquals(List.of(c("B"), c("A")), one.elected());
    assertEquals(List.of("B", "A"), names(r.elected()));
  }

  @Test
  void surplus_aLaterLargerSurplus_goesFirstWithoutATie() {
    List<Stage> s = StvMethods.scottish().count(FOUR_SEATS).report().stages();
    assertEquals(List.of(c("A"), c("B")), s.get(0).elected());
    assertEquals(List.of(c("A")), s.get(1).subjects());
    assertEquals(Fraction.of(34), s.get(1).totals().get(c("C")));
    assertEquals(List.of(c("C")), s.get(1).elected());
    Stage three = s.get(2);
    assertEquals(Stage.Kind.SURPLUS, three.kind());
    assertEquals(List.of(c("C")), three.subjects());
    // B (25) and C (34) differ: the largest surplus is C's alone, no tie to break.
    assertTrue(three.ties().isEmpty(), three.ties().toString());
  }

  @Test
  void surplus_papersOfTwoValuesThatPrintApart_areNamedAtTheDecimalPlaces() {
    // Five places and three guard digits: C's 13 surplus comes from 15 papers at 1 and 40 at 0.475.
    // Transfer values: 13 x 1 / 34 = 0.38235294... and 13 x 0.475 / 34 = 0.18161764..., each
    // rounded down at 5 + 3 places. The values at 1.00000 and 0.47500 print apart at five places, so
    // they are named at five places (the guard digits only name values that would print alike).
    WigmStv rule = WigmStv.builder().name("wigm-5-3").decimals(5).guardDigits(3).wholeQuota(true).build();
    Stage three = rule.count(FOUR_SEATS).report().stages().get(2);
    assertEquals(List.of(c("C")), three.subjects());
    assertEquals(d("0.38235294"), three.values().get("transfer value of papers at 1.00000"));
    assertEquals(d("0.18161764"), three.values().get("transfer value of papers at 0.47500"));
    assertEquals(2, three.values().keySet().stream().filter(k -> k.startsWith("transfer value")).count());
  }

  @Test
  void count_asManyCandidatesAsSeatsLeft_theRemainingNote() {
    // 4 papers, 2 seats, quota floor(4 / 3) + 1 = 2. B (3) is elected; A (1) is the only continuing
    // candidate for the seat left: elected without a transfer.
    ElectionResult r = StvMethods.scottish().count(election(2, "A B", "1 A", "3 B"));
    List<Stage> s = r.report().stages();
    assertEquals(1, s.size());
    assertEquals(List.of(c("B"), c("A")), s.get(0).elected());
    assertEquals(
        List.of("The continuing candidates are no more than the vacancies left: they are elected without further transfer."),
        s.get(0).notes());
  }

  @Test
  void doomedExclusion_papersWithoutFurtherPreference_countedNonTransferable() {
    // 100 papers, 2 seats, quota 34. Stage 1: A 40 and B 35 reach it; the staff limit leaves no room
    // for B beside A. Stage 2: B excluded at once; all 35 of B's papers end with B.
    Election e = election(2, "A B C D", "40 A", "35 B", "15 C", "10 D");
    ElectionResult r =
        ConstrainedStv.of(StvMethods.scottish(), List.of(SeatConstraint.atMost("staff", 1, List.of(c("A"), c("B")))))
            .count(e);
    Stage two = r.report().stages().get(1);
    assertEquals(List.of(c("B")), two.excluded());
    assertEquals(
        "Exclusion of B (35.00000), doomed by the limits; papers transferred at their values; 35 papers non-transferable",
        two.description());
  }

  @Test
  void elect_aDoomedCandidateAboveTheQuota_hasNoSurplusToTransfer() {
    // 105 papers, 3 seats, quota floor(105 / 4) + 1 = 27; at most 1 of A and B. Stage 1: A (40) and
    // B (35) reach the quota; A is elected, B is doomed and stays continuing. Stage 2: B excluded at
    // once, 35 papers to C: 50, elected. Stage 3: C's surplus (23, the larger), no further preference.
    // Stage 4: A's surplus (13), the same. Stage 5: E (5) excluded, leaving D for the last seat. B,
    // never elected, has no surplus waiting.
    Election e = election(3, "A B C D E", "40 A", "35 B C", "15 C", "10 D", "5 E");
    ElectionResult r =
        ConstrainedStv.of(StvMethods.scottish(), List.of(SeatConstraint.atMost("staff", 1, List.of(c("A"), c("B")))))
            .count(e);
    List<Stage> s = r.report().stages();
    assertEquals(5, s.size());
    assertEquals(List.of(c("A")), s.get(0).elected());
    assertEquals(List.of(c("B")), s.get(1).excluded());
    assertEquals(List.of(c("C")), s.get(2).subjects());
    assertEquals(List.of(c("A")), s.get(3).subjects());
    assertEquals(List.of(c("E")), s.get(4).excluded());
    assertEquals(List.of("A", "C", "D"), names(r.elected()));
  }
}
