package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** Scottish STV (SSI 2007/42 Sch. 1 rr. 45-52) on counts worked by hand from the rule text. */
class ScottishStvTest {
  private static final StvMethod RULE = StvMethods.scottish();

  private static Fraction d(String decimal) {
    return Fraction.parse(decimal);
  }

  @Test
  void count_surplusesAtFivePlacesRemainderIgnored() {
    Election e = election(3, "A B C D E", "40 A B C", "20 A C", "15 B", "10 C", "8 D E", "7 E");
    ElectionResult r = RULE.count(e);
    // r. 46: 100 valid papers, 3 seats: floor(100 / 4) + 1 = 26.
    assertEquals(Optional.of(Fraction.of(26)), r.quota());
    List<Stage> s = r.report().stages();
    assertEquals(3, s.size());
    // Stage 1: A has 60 >= 26 and is elected (r. 47).
    assertEquals(List.of(c("A")), s.get(0).elected());
    assertEquals(Fraction.of(60), s.get(0).totals().get(c("A")));
    // Stage 2 (r. 48): surplus 34; every paper of A moves at 34 x 1 / 60 = 0.566666..., so 0.56666.
    // B: 15 + 40 x 0.56666 = 37.66640; C: 10 + 20 x 0.56666 = 21.33320; A keeps the quota.
    // Lost to rounding: 34 - 60 x 0.56666 = 0.00040. B reaches the quota and is elected.
    Stage two = s.get(1);
    assertEquals(Stage.Kind.SURPLUS, two.kind());
    assertEquals(d("0.56666"), two.values().get("transfer value"));
    assertEquals(Fraction.of(26), two.totals().get(c("A")));
    assertEquals(d("37.6664"), two.totals().get(c("B")));
    assertEquals(d("21.3332"), two.totals().get(c("C")));
    assertEquals(d("0.0004"), two.lostToRounding());
    assertEquals(List.of(c("B")), two.elected());
    // Stage 3: B's surplus 11.66640 over B's 37.66640. The 15 papers received at value 1 move at
    // 11.6664 x 1 / 37.6664 = 0.3097243..., so 0.30972, but have no further preference: 4.64580
    // non-transferable. The 40 papers received at 0.56666 move at 11.6664 x 0.56666 / 37.6664 =
    // 0.1755113..., so 0.17551, to C: 21.33320 + 7.02040 = 28.35360. Lost: 11.6664 - 7.0204 - 4.6458
    // = 0.0002, in all 0.0006. C reaches the quota: three seats filled, the count ends.
    Stage three = s.get(2);
    assertEquals(d("28.3536"), three.totals().get(c("C")));
    assertEquals(Fraction.of(26), three.totals().get(c("B")));
    assertEquals(d("4.6458"), three.exhausted());
    assertEquals(d("0.0006"), three.lostToRounding());
    assertEquals(List.of(c("C")), three.elected());
    assertEquals(List.of("A", "B", "C"), names(r.elected()));
    assertTrue(r.report().conservationErrors().isEmpty());
  }

  @Test
  void count_noStageForAZeroSurplus() {
    // 102 papers, 2 seats: quota floor(102 / 3) + 1 = 35. A has exactly 35: elected, nothing to transfer,
    // so the next stage is the exclusion of B (the lowest), whose papers elect D (21 + 20 = 41).
    Election e = election(2, "A B C D", "35 A C", "20 B D", "26 C", "21 D");
    ElectionResult r = RULE.count(e);
    assertEquals(2, r.report().stages().size());
    Stage two = r.report().stages().get(1);
    assertEquals(Stage.Kind.EXCLUSION, two.kind());
    assertEquals(List.of(c("B")), two.excluded());
    assertEquals(Fraction.of(41), two.totals().get(c("D")));
    assertEquals(List.of("A", "D"), names(r.elected()));
  }

  @Test
  void count_continuingEqualToVacancies_electedWithoutTransfer() {
    // 100 papers, 3 seats, quota 26. Stage 1: A elected (50). Stage 2: A's surplus 24 at 24/50 = 0.48
    // has nowhere to go: 24.00000 non-transferable. Stage 3: D (12) excluded, its papers exhausted.
    // Then B and C are the only continuing candidates for the 2 places left: elected at once (r. 52),
    // higher total first.
    Election e = election(3, "A B C D", "50 A", "20 B", "18 C", "12 D");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    assertEquals(3, s.size());
    assertEquals(d("24"), s.get(1).exhausted());
    assertEquals(List.of(c("D")), s.get(2).excluded());
    assertEquals(List.of(c("B"), c("C")), s.get(2).elected());
    assertEquals(Fraction.of(36), s.get(2).exhausted());
    assertEquals(List.of("A", "B", "C"), names(r.elected()));
  }

  @Test
  void count_tieForExclusion_brokenByTheMostRecentStageWhereTheyDiffered() {
    // 23 papers, 1 seat: quota 12. Stage 1: A 10, B 5, C 6, D 2: D excluded; one paper goes to B.
    // Stage 2 ends with B 6 and C 6, equal. r. 51(2): at stage 1, the most recent where they differed,
    // B had fewer (5 < 6): B is excluded at stage 3 and A reaches 15.
    Election e = election(1, "A B C D", "10 A", "5 B A", "6 C", "1 D B", "1 D");
    ElectionResult r = RULE.count(e);
    Stage three = r.report().stages().get(2);
    assertEquals(List.of(c("B")), three.excluded());
    Tie tie = three.ties().get(0);
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, tie.decidedBy());
    assertEquals(1, tie.decidingStage().getAsInt());
    assertEquals(List.of(c("B"), c("C")), tie.tied());
    assertEquals(Fraction.of(15), three.totals().get(c("A")));
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void count_tieEqualAtEveryStage_goesToTheRecordedLot() {
    // B and C have 6 each at stage 1, the only stage: the lot decides which is excluded.
    Election e = election(1, "A B C", "10 A", "6 B", "6 C");
    Tie inOrder = RULE.count(e, TieBreaker.givenOrder()).report().ties().get(0);
    assertEquals(Tie.DecidedBy.LOT, inOrder.decidedBy());
    // The lot puts the favoured first; the one excluded is last: in the given order, C.
    assertEquals(c("C"), inOrder.order().get(1));
    Tie fixed = RULE.count(e, TieBreaker.fixedOrder(List.of(c("C"), c("B")))).report().ties().get(0);
    assertEquals(c("B"), fixed.order().get(1));
    Tie seeded = RULE.count(e, TieBreaker.seeded(2026)).report().ties().get(0);
    assertEquals(1, seeded.draw().orElseThrow().number());
    assertEquals("seeded lot (seed 2026)", seeded.draw().orElseThrow().method());
  }

  @Test
  void count_equalSurplusesEqualAtEveryStage_lotDecidesWhichGoesFirst() {
    // 56 papers, 3 seats: quota floor(56 / 4) + 1 = 15. Stage 1: A 14, B 14, C 12, D 10, E 6. Stage 2:
    // E excluded, 3 papers to A and 3 to B: A 17, B 17, both elected with equal surpluses of 2. They were
    // equal at stage 1 too, so r. 49(3) sends it to the lot, which (in the given order) favours A.
    Election e = election(3, "A B C D E", "14 A C", "14 B C", "12 C", "5 D A", "5 D B", "3 E A", "3 E B");
    ElectionResult r = RULE.count(e);
    assertEquals(List.of(c("A"), c("B")), r.report().stages().get(1).elected());
    Stage three = r.report().stages().get(2);
    assertEquals(Stage.Kind.SURPLUS, three.kind());
    assertEquals(List.of(c("A")), three.subjects());
    assertEquals(Tie.DecidedBy.LOT, three.ties().get(0).decidedBy());
    assertEquals("order of surpluses", three.ties().get(0).purpose());
  }

  @Test
  void count_withdrawnCandidates_arePassedOver() {
    // W withdrew: the 5 papers W, A count for A. 11 valid papers, 1 seat: quota 6; A has 7.
    Election e = StvBallots.builder(1, "A B W", "5 W A", "4 B", "2 A").addWithdrawn(c("W")).build();
    ElectionResult r = RULE.count(e);
    assertEquals(List.of("A"), names(r.elected()));
    assertEquals(List.of(c("A"), c("B")), List.copyOf(r.report().stages().get(0).totals().keySet()));
    assertEquals(Fraction.of(7), r.report().stages().get(0).totals().get(c("A")));
  }

  @Test
  void count_equalPreferences_endThePaper() {
    // The Scottish rules know no equal preferences: a paper is read up to a rank holding several
    // candidates (void for uncertainty from there). 2 papers A=B are exhausted from the first stage.
    Election e = election(1, "A B C", "2 A=B", "3 C", "1 A");
    Stage one = RULE.count(e).report().stages().get(0);
    assertEquals(Fraction.of(2), one.exhausted());
    assertEquals(Fraction.of(1), one.totals().get(c("A")));
  }

  @Test
  void count_reportsRejectedPapers() {
    Election e = election(1, "A B", "3 A", "2 B", "4");
    ElectionResult r = RULE.count(e);
    assertEquals(9, r.report().ballots().total());
    assertEquals(5, r.report().ballots().valid());
    assertEquals(Optional.of(Fraction.of(3)), r.quota());
  }

  @Test
  void name_isScottishStv() {
    assertEquals("scottish-stv", RULE.name());
    assertEquals("scottish-stv", RULE.count(election(1, "A", "1 A")).method());
  }

  @Test
  void count_theSheetSaysWhatEachStageDid() {
    // 80 papers, 3 seats: floor(80 / 4) + 1 = 21. Stage 1: A 40 elected. Stage 2: A's surplus 19 moves
    // at 19 / 40 = 0.475 a paper, all 40 papers to B: 20 + 19 = 39, elected. Stage 3: B's surplus 18
    // over 39: B's own 20 papers at 18 x 1 / 39 = 0.461538..., so 0.46153; the 40 received at 0.475
    // at 18 x 0.475 / 39 = 0.2192307..., so 0.21923. Both go to C: 10 + 9.23060 + 8.76920 = 27.99980,
    // elected; 18 - 17.9998 = 0.0002 lost to rounding.
    Election e = election(3, "A B C D", "40 A B C", "20 B C", "10 C", "10 D");
    List<Stage> s = RULE.count(e).report().stages();
    assertEquals(3, s.size());
    assertEquals("First preferences; quota 21.00000", s.get(0).description());
    assertEquals(
        "Surplus of A (19.00000) transferred at 0.47500 a paper; 0 papers non-transferable", s.get(1).description());
    assertEquals(List.of(c("A")), s.get(1).subjects());
    assertEquals(d("0.475"), s.get(1).values().get("transfer value"));
    Stage three = s.get(2);
    assertEquals(
        "Surplus of B (18.00000) transferred at 0.46153 (papers at 1.00000), 0.21923 (papers at 0.47500); 0 papers"
            + " non-transferable",
        three.description());
    assertEquals(d("0.46153"), three.values().get("transfer value of papers at 1.00000"));
    assertEquals(d("0.21923"), three.values().get("transfer value of papers at 0.47500"));
    assertEquals(2, three.values().size());
    assertEquals(d("27.9998"), three.totals().get(c("C")));
    assertEquals(Fraction.of(21), three.totals().get(c("B")));
    assertEquals(d("0.0002"), three.lostToRounding());
    assertEquals(List.of(c("C")), three.elected());
  }

  @Test
  void count_exactlyTheQuota_elects_andLeavesNoSurplusToTransfer() {
    // 18 papers, 2 seats: floor(18 / 3) + 1 = 7. Stage 1: A has exactly 7 and is elected; a surplus of
    // nothing is no stage (r. 48 transfers surpluses; there is none). Stage 2: D, the lowest, is
    // excluded; D's 2 papers take B from 5 to 7, exactly the quota: elected.
    Election e = election(2, "A B C D", "7 A C", "5 B", "4 C", "2 D B");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(List.of(c("A")), s.get(0).elected());
    assertEquals(Stage.Kind.EXCLUSION, s.get(1).kind());
    assertEquals(
        "Exclusion of D (2.00000); papers transferred at their values; 0 papers non-transferable", s.get(1).description());
    assertEquals(List.of(c("D")), s.get(1).excluded());
    assertEquals(List.of(c("B")), s.get(1).elected());
    assertEquals(Fraction.of(7), s.get(1).totals().get(c("B")));
    assertEquals(List.of("A", "B"), names(r.elected()));
  }

  @Test
  void count_anExclusionsPapersWithNoNextPreference_areExhausted() {
    // 12 papers, 1 seat: floor(12 / 2) + 1 = 7. Stage 1: A 5, B 4, C 3. Stage 2: C excluded; 2 papers to
    // A (7, elected), 1 paper with no next preference.
    Election e = election(1, "A B C", "5 A", "4 B", "2 C A", "1 C");
    List<Stage> s = RULE.count(e).report().stages();
    assertEquals(
        "Exclusion of C (3.00000); papers transferred at their values; 1 papers non-transferable", s.get(1).description());
    assertEquals(Fraction.ONE, s.get(1).exhausted());
    assertEquals(Fraction.ZERO, s.get(1).totals().get(c("C")));
    assertEquals(List.of(c("A")), s.get(1).elected());
  }
}
