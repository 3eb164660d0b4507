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

/**
 * ERS97 (Electoral Reform Society, How to conduct an election by the Single Transferable Vote, 3rd
 * edition, 1997; paragraph numbers are the manual's) on elections constructed from the rule text, every
 * step worked by hand in the comments. Values are to two decimal places.
 */
class Ers97StvTest {
  private static final StvMethod RULE = StvMethods.ers97();

  private static Fraction d(String decimal) {
    return Fraction.parse(decimal);
  }

  @Test
  void modelElection_firstStageAndFirstSurplus() {
    // The ERS model election's first two stages: 758 papers, 5 invalid, 753 valid, 6 seats, 11
    // candidates; Smith (S) has 134 first preferences, 123 of them with a next preference; the lowest
    // two have 24 and 23. The other first preferences are chosen so that nobody else qualifies.
    Election e =
        election(
            6,
            "S B C D E F G H I J K",
            "123 S B",
            "11 S",
            "78 B",
            "77 C",
            "79 D",
            "78 E",
            "80 F",
            "70 G",
            "60 H",
            "50 I",
            "24 J",
            "23 K",
            "5");
    ElectionResult r = RULE.count(e);
    assertEquals(758, r.report().ballots().total());
    assertEquals(753, r.report().ballots().valid());
    Stage one = r.report().stages().get(0);
    // 5.1.6: 753 / 7 = 107.571...: truncated to 107.57 and 0.01 added: 107.58.
    assertEquals(Optional.of(d("107.58")), one.quota());
    assertEquals(List.of(c("S")), one.elected());
    // 5.2.2: the surplus 26.42 is more than the gap between the lowest two (24 - 23 = 1), and no bulk
    // exclusion is possible (23 + 24 + 26.42 = 73.42 > 50, the next), so it is transferred.
    // 5.3: a first-stage surplus takes all 134 papers; the 123 transferable are worth 123 > 26.42, so
    // each carries 26.42 / 123 = 0.2148..., truncated to 0.21: 25.83 credited to B (78 -> 103.83),
    // and the difference 26.42 - 25.83 = 0.59 is lost by fractions. S keeps the quota.
    Stage two = r.report().stages().get(1);
    assertEquals(Stage.Kind.SURPLUS, two.kind());
    assertEquals(d("0.21"), two.values().get("transfer value"));
    assertEquals(d("103.83"), two.totals().get(c("B")));
    assertEquals(d("107.58"), two.totals().get(c("S")));
    assertEquals(d("0.59"), two.lostToRounding());
    assertEquals(Fraction.ZERO, two.exhausted());
    // B is short of the quota, and of the total active vote test: (753 - 0.59 - 107.58) / 6 = 107.47.
    assertTrue(two.elected().isEmpty());
    assertTrue(r.report().conservationErrors().isEmpty());
  }

  @Test
  void deferredSurplus_thenLastBatchAtItsPresentValue() {
    // 100 papers, 3 seats: quota 100 / 4 = 25.00.
    Election e = election(3, "A B C D E", "10 A B C", "10 A B", "10 A D", "24 B", "24 C", "14 D", "8 E D");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    assertEquals(4, s.size());
    // Stage 1: A (30) elected. B (24) is short of the quota and of the active vote test: with two
    // places left, 24 x 3 = 72 < 100 - 25 = 75.
    assertEquals(List.of(c("A")), s.get(0).elected());
    // Stage 2 (5.2.2): A's surplus 5 is no more than the gap between the lowest two (14 - 8 = 6), so it
    // is deferred and the lowest, E, is excluded: 8 papers to D (22).
    assertEquals(Stage.Kind.EXCLUSION, s.get(1).kind());
    assertEquals(List.of(c("E")), s.get(1).excluded());
    assertTrue(s.get(1).description().contains("deferred"), s.get(1).description());
    assertEquals(Fraction.of(22), s.get(1).totals().get(c("D")));
    // Stage 3: now the gap (24 - 22 = 2) is less than the surplus, so A's surplus goes: all 30 papers,
    // 5 / 30 = 0.166... -> 0.16 each: B + 3.20 = 27.20, D + 1.60 = 23.60, 0.20 lost. B is elected.
    Stage three = s.get(2);
    assertEquals(List.of(c("A")), three.subjects());
    assertEquals(d("0.16"), three.values().get("transfer value"));
    assertEquals(d("27.20"), three.totals().get(c("B")));
    assertEquals(d("23.60"), three.totals().get(c("D")));
    assertEquals(d("0.20"), three.lostToRounding());
    assertEquals(List.of(c("B")), three.elected());
    // Stage 4 (5.3.2): B's surplus 2.20 comes from the last batch received, the 20 papers at 0.16. Only
    // the 10 marked A B C go on, worth 1.60 <= 2.20, so they keep their value 0.16 (5.3.7): C 25.60,
    // elected; the difference 0.60 is non-transferable.
    Stage four = s.get(3);
    assertEquals(List.of(c("B")), four.subjects());
    assertEquals(d("25.60"), four.totals().get(c("C")));
    assertEquals(d("0.60"), four.exhausted());
    assertEquals(List.of(c("C")), four.elected());
    assertEquals(List.of("A", "B", "C"), names(r.elected()));
    assertTrue(r.report().conservationErrors().isEmpty());
  }

  @Test
  void bulkExclusion_thenBatchesByValueHighestFirst() {
    // 90 papers, 2 seats: quota 30.00.
    Election e = election(2, "A B C D E F", "36 A D B", "25 B", "14 C", "6 D C", "5 E C", "4 F B");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    // Stage 1: A (36) elected. Surplus 6 > 5 - 4, and no bulk set: 4 + 5 + 6 = 15 > 6 (D), 21 > 14,
    // 35 > 25. Stage 2: all 36 papers to D at 6 / 36 -> 0.16: D 6 + 5.76 = 11.76; 0.24 lost.
    assertEquals(d("11.76"), s.get(1).totals().get(c("D")));
    // Stage 3 (5.2.5): F (4) and E (5) together, 9, do not exceed D (11.76); adding D (20.76) would
    // exceed C (14). So F and E are excluded together: F's papers to B (29), E's to C (19).
    Stage three = s.get(2);
    assertEquals(List.of(c("E"), c("F")), three.excluded());
    assertEquals(Fraction.of(29), three.totals().get(c("B")));
    assertEquals(Fraction.of(19), three.totals().get(c("C")));
    // Stage 4: D (11.76) excluded; its papers go in batches by value, highest first (5.4): 6 papers at
    // 1.00 to C (25), then 36 at 0.16 to B (29 + 5.76 = 34.76). After the first batch B is not yet
    // elected: the total active vote still holds D's 5.76 waiting, 90 - 0.24 - 30 = 59.76, and
    // 29 x 2 = 58 < 59.76. After the second B has 34.76 >= 30 and the places are filled.
    Stage four = s.get(3);
    assertEquals(List.of(c("D")), four.excluded());
    assertEquals(d("34.76"), four.totals().get(c("B")));
    assertEquals(Fraction.of(25), four.totals().get(c("C")));
    assertEquals(List.of(c("B")), four.elected());
    assertEquals(2, four.notes().stream().filter(n -> n.startsWith("Batch")).count());
    assertEquals(List.of("A", "B"), names(r.elected()));
  }

  @Test
  void lastPlaces_proposedExclusionLeavingAsManyAsPlaces_electsThemWithoutTransfer() {
    // 20 papers, 2 seats: 20 / 3 = 6.666... -> 6.67. Stage 1: nobody qualifies (6 x 3 = 18 < 20).
    // Stage 2: D excluded, 4 papers to A (10): elected. Stage 3: A's surplus 3.33 comes from the last
    // batch, D's 4 papers, which have no further preference: all 3.33 is non-transferable.
    // Then B and C tie on 5 at every point: the lot decides the proposed exclusion, and excluding one
    // would leave one candidate for one place, so the other is elected without transfer (5.5.1).
    Election e = election(2, "A B C D", "6 A", "5 B", "5 C", "4 D A");
    ElectionResult inOrder = RULE.count(e, TieBreaker.givenOrder());
    List<Stage> s = inOrder.report().stages();
    assertEquals(3, s.size());
    assertEquals(d("3.33"), s.get(2).exhausted());
    assertEquals(d("6.67"), s.get(2).totals().get(c("A")));
    assertEquals(List.of("A", "B"), names(inOrder.elected()));
    Tie tie = s.get(2).ties().get(0);
    assertEquals(Tie.DecidedBy.LOT, tie.decidedBy());
    assertEquals(3, tie.stage());
    ElectionResult other = RULE.count(e, TieBreaker.fixedOrder(List.of(c("C"), c("B"))));
    assertEquals(List.of("A", "C"), names(other.elected()));
  }

  @Test
  void quotaReducedForNonTransferablePapers_beforeAnyoneIsElected() {
    // 20 papers, 1 seat: quota 10.00. Stage 2: C (3) excluded, its 3 papers non-transferable. Nobody is
    // elected yet, so the quota follows (5.4.8): (20 - 3) / 2 = 8.50, and A (9) is elected.
    Election e = election(1, "A B C", "9 A", "8 B", "3 C");
    ElectionResult r = RULE.count(e);
    assertEquals(Optional.of(d("8.50")), r.quota());
    Stage two = r.report().stages().get(1);
    assertEquals(Optional.of(d("8.50")), two.quota());
    assertTrue(two.notes().stream().anyMatch(n -> n.startsWith("Quota reduced from 10.00 to 8.50")), two.notes().toString());
    assertEquals(List.of(c("A")), two.elected());
    assertEquals(Optional.of(d("10.00")), r.report().stages().get(0).quota());
  }

  @Test
  void moreQualifiersThanPlaces_equalThroughout_noneElectedAtThatStage() {
    // 12 papers, 1 seat: quota 6.00. Stage 2: C excluded, one paper each to A and B: 6 and 6, both
    // reach the quota for one place and were equal at every earlier point, so neither is elected at this
    // stage (5.6.2). Then the proposed exclusion between them goes to the lot (B, last in the given
    // order), which leaves A alone for the place (5.5.1).
    Election e = election(1, "A B C", "5 A", "5 B", "1 C A", "1 C B");
    ElectionResult r = RULE.count(e);
    Stage two = r.report().stages().get(1);
    assertTrue(two.notes().stream().anyMatch(n -> n.contains("5.6.2")), two.notes().toString());
    assertTrue(two.notes().stream().anyMatch(n -> n.contains("5.5.1")), two.notes().toString());
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void tieForExclusion_earliestPointWhereTheyDiffered() {
    // 24 papers, 1 seat: quota 12.00. Stage 1: A 10, B 4, C 5, D 3, E 2: E excluded, to B (6).
    // Stage 3: D excluded, one paper to C (6), two non-transferable: quota reduced to 11.00.
    // Stage 4: B and C tie on 6. ERS97 looks to the earliest point where they differed: stage 1, where B
    // had 4 < 5, so B is excluded (Scottish STV, looking to the most recent, would exclude C: at stage 2
    // B had 6 > 5). B's 6 papers are non-transferable: quota (24 - 8) / 2 = 8.00, and A is elected.
    Election e = election(1, "A B C D E", "10 A", "4 B", "5 C", "1 D C", "2 D", "2 E B");
    ElectionResult r = RULE.count(e);
    Stage four = r.report().stages().get(3);
    assertEquals(List.of(c("B")), four.excluded());
    Tie tie = four.ties().get(0);
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, tie.decidedBy());
    assertEquals(1, tie.decidingStage().getAsInt());
    assertEquals(List.of("A"), names(r.elected()));
    assertEquals(Optional.of(d("8.00")), r.quota());
    Stage scottish = StvMethods.scottish().count(e).report().stages().get(3);
    assertEquals(List.of(c("C")), scottish.excluded());
    assertEquals(2, scottish.ties().get(0).decidingStage().getAsInt());
  }

  @Test
  void name_isErs97() {
    assertEquals("ers97", RULE.name());
  }
}
