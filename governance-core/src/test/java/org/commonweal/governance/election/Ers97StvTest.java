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
    assertEquals("Exclusion of E (8.00); surpluses of 5.00 deferred (5.2.2)", s.get(1).description());
    // E alone is lowest: the candidates passed on the way (B 24, C 24, D 14) are no tie for exclusion.
    assertTrue(s.get(1).ties().isEmpty(), s.get(1).ties().toString());
    assertEquals(Fraction.of(22), s.get(1).totals().get(c("D")));
    // Stage 3: now the gap (24 - 22 = 2) is less than the surplus, so A's surplus goes: all 30 papers,
    // 5 / 30 = 0.166... -> 0.16 each: B + 3.20 = 27.20, D + 1.60 = 23.60, 0.20 lost. B is elected.
    Stage three = s.get(2);
    assertEquals(List.of(c("A")), three.subjects());
    assertTrue(three.description().contains("from all their papers at 0.16 a paper (30 transferable papers)"), three.description());
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
    assertEquals("Exclusion together of E (5.00), F (4.00)", three.description());
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
    assertEquals(
        List.of("Batch 1: 6 papers at 1.00, 0 non-transferable.", "Batch 2: 36 papers at 0.16, 0 non-transferable."),
        four.notes());
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
    assertEquals(4, tie.stage());
    assertEquals(
        "B and C tied for exclusion; at stage 1, the earliest point where they differed, B had the fewest votes.",
        tie.explanation());
    assertEquals(List.of("A"), names(r.elected()));
    assertEquals(Optional.of(d("8.00")), r.quota());
    Stage scottish = StvMethods.scottish().count(e).report().stages().get(3);
    assertEquals(List.of(c("C")), scottish.excluded());
    assertEquals(2, scottish.ties().get(0).decidingStage().getAsInt());
  }

  @Test
  void papersExhaustedAtTheFirstStage_reduceTheQuotaThere_onceOnly() {
    // 20 valid papers, 1 seat: quota 20 / 2 = 10.00. Three papers mark A and B at the first rank: an
    // overvote under the standard rules, so they are valid but non-transferable from stage 1. At the end
    // of stage 1 the quota follows (5.4.8): (20 - 3) / 2 = 8.50. A (7) is short of it, and of the total
    // active vote test (7 x 2 = 14 < 17). Stage 2: no bulk set (C + B = 10 > A 7), so C alone is
    // excluded; its 4 papers go to B (10 >= 8.50), elected as the only qualifier for the one place.
    // The non-transferable vote did not change at stage 2, so the quota is not "reduced" again.
    Election e =
        StvBallots.builder(1, "A B C", "7 A", "6 B", "4 C B", "3 A=B")
            .rules(BallotRules.builder().build())
            .build();
    ElectionResult r = RULE.count(e);
    assertEquals(20, r.report().ballots().valid());
    Stage one = r.report().stages().get(0);
    assertEquals(Optional.of(d("8.50")), one.quota());
    assertEquals(d("3"), one.exhausted());
    assertEquals(List.of("Quota reduced from 10.00 to 8.50 for the non-transferable papers (5.4.8)."), one.notes());
    assertTrue(one.elected().isEmpty());
    Stage two = r.report().stages().get(1);
    assertEquals(List.of("Batch 1: 4 papers at 1.00, 0 non-transferable."), two.notes());
    assertEquals(List.of(c("B")), two.elected());
    assertEquals(Optional.of(d("8.50")), r.quota());
    assertEquals(2, r.report().stages().size());
  }

  @Test
  void asManyContinuingCandidatesAsPlaces_electedAtStageOne() {
    // 4 papers, 2 seats: 4 / 3 = 1.333... -> 1.34. B (3) is elected; A (1) fails the active vote test
    // (1 x 2 = 2 < 4 - 1.34 = 2.66) but is the only continuing candidate for the one place left (5.5.1).
    // B's surplus is never transferred: there is nobody left to receive it.
    Election e = election(2, "A B", "1 A", "3 B");
    ElectionResult r = RULE.count(e);
    assertEquals(1, r.report().stages().size());
    assertEquals(List.of("B", "A"), names(r.elected()));
  }

  @Test
  void lastPlace_reachedExactlyByTheTotalActiveVote_belowTheQuota() {
    // 30 papers, 2 seats: quota 10.00. Stage 1: A (10) elected, exactly the quota, so no surplus; B (9)
    // fails the active vote test: 9 x 2 = 18 < 30 - 10 = 20. Stage 2: no bulk set (E + D = 6 > C 5;
    // 11 > B 9), E excluded, its 2 papers non-transferable. Total active vote 30 - 2 - 10 = 18, and
    // B: 9 x (1 + 1) = 18 >= 18, so B is elected at stage 2 on 9, below the quota (5.4.9).
    Election e = election(2, "A B C D E", "10 A", "9 B", "5 C", "4 D", "2 E");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(List.of(c("B")), s.get(1).elected());
    assertEquals(Fraction.of(9), s.get(1).totals().get(c("B")));
    // Elected by the test itself, not as the last continuing candidate (5.5.1).
    assertEquals(List.of("Batch 1: 2 papers at 1.00, 2 non-transferable."), s.get(1).notes());
    assertEquals(List.of("A", "B"), names(r.elected()));
  }

  @Test
  void bulkExclusion_whenTheLowestTogetherEqualTheNext() {
    // 11 papers, 1 seat: 11 / 2 = 5.50. Stage 1: A 5 falls short (5 x 2 = 10 < 11). Stage 2 (5.2.5):
    // D 1 + C 2 = 3 does not exceed B's 3 (equality is allowed), and D + C + B = 6 > A 5, so D and C are
    // excluded together. Their 3 papers are non-transferable: quota (11 - 3) / 2 = 4.00; A is elected.
    Election e = election(1, "A B C D", "5 A", "3 B", "2 C", "1 D");
    ElectionResult r = RULE.count(e);
    Stage two = r.report().stages().get(1);
    assertEquals(List.of(c("C"), c("D")), two.excluded());
    assertEquals("Exclusion together of C (2.00), D (1.00)", two.description());
    assertEquals(List.of("A"), names(r.elected()));
    assertEquals(Optional.of(d("4.00")), r.quota());
  }

  @Test
  void bulkExclusion_neverSplitsCandidatesWithEqualVotes() {
    // 16 papers, 1 seat: quota 8.00; D has no first preferences. Stage 1: A 6 (12 < 16). From the
    // bottom: D 0, B 3, C 3, E 4, A 6. D + B = 3 is no more than the next, C 3, but that would split B
    // and C, who have equal votes; D + B + C = 6 > E 4 and 10 > A 6. So D alone is excluded.
    Election e = election(1, "A B C D E", "6 A", "3 B", "3 C", "4 E");
    ElectionResult r = RULE.count(e);
    Stage two = r.report().stages().get(1);
    assertEquals(List.of(c("D")), two.excluded());
    assertEquals("Exclusion of D (0.00)", two.description());
  }

  @Test
  void surplusMoreThanTheGap_stillDeferredWhenABulkExclusionIsPossible() {
    // As the manual's exercise 9.6 (c): 60 papers, 2 seats, quota 20.00. Stage 1: A (24) elected;
    // B 18 x 2 = 36 < 60 - 20 = 40. A's surplus 4 exceeds the gap between the lowest two (3 - 3 = 0),
    // but D + E + 4 = 10 <= C 12 (and + C: 22 > B 18): the surplus cannot save D or E, so it is deferred
    // and D and E are excluded together (5.2.2).
    Election e = election(2, "A B C D E", "24 A", "18 B", "12 C", "3 D", "3 E");
    Stage two = RULE.count(e).report().stages().get(1);
    assertEquals(Stage.Kind.EXCLUSION, two.kind());
    assertEquals(List.of(c("D"), c("E")), two.excluded());
    assertEquals("Exclusion together of D (3.00), E (3.00); surpluses of 4.00 deferred (5.2.2)", two.description());
  }

  @Test
  void surplusEqualToTheGap_isDeferred() {
    // 60 papers, 2 seats, quota 20.00. Stage 1: A (24) elected. A's surplus 4 equals the gap between
    // the lowest two, D 9 - E 5 = 4: equality defers (5.2.2). No bulk set: E + D + 4 = 18 > C 10.
    Election e = election(2, "A B C D E", "24 A", "12 B", "10 C", "9 D", "5 E");
    Stage two = RULE.count(e).report().stages().get(1);
    assertEquals(Stage.Kind.EXCLUSION, two.kind());
    assertEquals("Exclusion of E (5.00); surpluses of 4.00 deferred (5.2.2)", two.description());
  }

  @Test
  void laterSurplus_largestFirst_fromTheLastBatchAtPresentValue() {
    // 44 papers, 3 seats: quota 11.00. Stage 1: B (12) elected though listed after A; A 9 x 3 = 27 <
    // 44 - 11 = 33. Stage 2: B's surplus 1 is no more than the gap E 5 - F 4 (and no bulk set: 4 + 5 + 1
    // = 10 > D 6), so it waits and F is excluded: 4 papers to A (13), elected.
    // Stage 3: surpluses 1 + 2 = 3 > gap D 6 - E 5: the larger, A's 2 (A 13 > B 12), is transferred.
    // A was elected at stage 2, so only the last batch received moves: F's 4 papers, of which 2 go on to
    // C and 2 have no further preference. The 2 transferable are worth 2.00, no more than the surplus,
    // so they keep their value 1.00 (5.3.7): C 8 + 2 = 10, difference 2 - 2 = 0.00.
    // (Taking all 13 of A's papers would instead give 2 / 11 -> 0.18 a paper: C 8.36, D 7.62.)
    Election e =
        election(3, "A B C D E F", "9 A D", "12 B", "8 C", "6 D", "5 E C", "2 F A C", "2 F A");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    assertEquals(List.of(c("B")), s.get(0).elected());
    assertEquals(List.of(c("F")), s.get(1).excluded());
    assertEquals(List.of(c("A")), s.get(1).elected());
    Stage three = s.get(2);
    assertEquals(Stage.Kind.SURPLUS, three.kind());
    assertEquals(List.of(c("A")), three.subjects());
    assertTrue(three.ties().isEmpty(), three.ties().toString());
    assertEquals(
        "Surplus of A (2.00) transferred from the last batch received at their present values (worth no more"
            + " than the surplus); non-transferable difference 0.00",
        three.description());
    assertEquals(Fraction.of(10), three.totals().get(c("C")));
    assertEquals(Fraction.of(6), three.totals().get(c("D")));
    assertEquals(Fraction.of(11), three.totals().get(c("A")));
    assertEquals(null, three.values().get("transfer value"));
    assertEquals(d("3"), three.values().get("surpluses not transferred before this stage"));
    // Stage 4: B's 1 <= D 6 - E 5 waits again; E is excluded and C (10 + 5 = 15) fills the last place.
    assertEquals(List.of("B", "A", "C"), names(r.elected()));
    assertTrue(r.report().conservationErrors().isEmpty());
  }

  @Test
  void twoSurpluses_theLargerGoesFirst_withoutATie() {
    // 40 papers, 3 seats: quota 10.00. Stage 1: A (14) and B (12) elected; C 8 x 2 = 16 < 40 - 20 = 20.
    // Surpluses 4 + 2 = 6 > gap C 8 - D 6 = 2: A's, the larger, goes first (5.2.3), no tie to break:
    // 14 papers at 4 / 14 = 0.285... -> 0.28: C + 3.92 = 11.92, elected.
    Election e = election(3, "A B C D", "14 A C", "12 B C", "8 C", "6 D");
    ElectionResult r = RULE.count(e);
    Stage two = r.report().stages().get(1);
    assertEquals(List.of(c("A")), two.subjects());
    assertTrue(two.ties().isEmpty(), two.ties().toString());
    assertEquals(d("11.92"), two.totals().get(c("C")));
    assertEquals(List.of("A", "B", "C"), names(r.elected()));
  }

  @Test
  void equalSurpluses_equalThroughout_goToTheLot() {
    // 40 papers, 3 seats: quota 10.00. A and B both have 13 at stage 1, the only point so far: the order
    // of their surpluses (5.2.3) goes to the lot.
    Election e = election(3, "A B C D", "13 A C", "13 B D", "8 C", "6 D");
    Stage given = RULE.count(e, TieBreaker.givenOrder()).report().stages().get(1);
    assertEquals(List.of(c("A")), given.subjects());
    Tie tie = given.ties().get(0);
    assertEquals("order of surpluses", tie.purpose());
    assertEquals(Tie.DecidedBy.LOT, tie.decidedBy());
    assertEquals(List.of(c("A"), c("B")), tie.tied());
    Stage drawn = RULE.count(e, TieBreaker.fixedOrder(List.of(c("B"), c("A")))).report().stages().get(1);
    assertEquals(List.of(c("B")), drawn.subjects());
  }

  @Test
  void placesFilledDuringAnExclusion_remainingBatchesStay() {
    // As bulkExclusion_thenBatchesByValueHighestFirst, but D's own 6 papers go to B. Stage 4: D's first
    // batch, 6 papers at 1.00, takes B to 29 + 6 = 35 >= 30: the last place is filled, so the batch of
    // 36 papers at 0.16 (5.76, next preference C) is not transferred (5.5.2): C stays at 19.
    Election e = election(2, "A B C D E F", "36 A D C", "25 B", "14 C", "6 D B", "5 E C", "4 F B");
    ElectionResult r = RULE.count(e);
    Stage four = r.report().stages().get(3);
    assertEquals(List.of(c("D")), four.excluded());
    assertEquals(Fraction.of(35), four.totals().get(c("B")));
    assertEquals(Fraction.of(19), four.totals().get(c("C")));
    assertEquals(
        List.of(
            "Batch 1: 6 papers at 1.00, 0 non-transferable.",
            "All places are filled: the remaining batches are not transferred (5.5.2)."),
        four.notes());
    assertEquals(List.of("A", "B"), names(r.elected()));
  }

  @Test
  void qualifiersTiedForTheLastPlace_decidedByTheEarliestPointWhereTheyDiffered() {
    // 12 papers, 1 seat: quota 6.00. Stage 1: A 5, B 4, C 1, D 2; nobody qualifies (5 x 2 < 12).
    // Stage 2: D + C = 3 <= B 4 (+ B: 7 > A 5): C and D excluded together; C's paper to B (5), D's 2 are
    // non-transferable: quota (12 - 2) / 2 = 5.00. A and B both have 5 for one place (5.6.2); at stage 1
    // A had 5 and B 4, so A is elected.
    Election e = election(1, "A B C D", "5 A", "4 B", "1 C B", "2 D");
    ElectionResult r = RULE.count(e);
    Stage two = r.report().stages().get(1);
    assertEquals(List.of(c("A")), two.elected());
    Tie tie = two.ties().get(0);
    assertEquals("election to the last places", tie.purpose());
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, tie.decidedBy());
    assertEquals(2, tie.stage());
    assertEquals(1, tie.decidingStage().getAsInt());
    assertEquals(
        "A and B tied for election to the last places; at stage 1, the earliest point where they differed, A"
            + " had the most votes.",
        tie.explanation());
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void threeQualifiersEqualThroughout_noneElected_thenTheLot() {
    // 15 papers, 2 seats: quota 5.00. Stage 1: A, B, C 4 each (4 x 3 = 12 < 15). Stage 2: D excluded,
    // one paper each: A, B, C 5 each, three qualifiers for two places, equal at every point: none is
    // elected at this stage (5.6.2). The proposed exclusion among them goes to the lot, and excluding
    // one leaves two for two places (5.5.1).
    Election e = election(2, "A B C D", "4 A", "4 B", "4 C", "1 D A", "1 D B", "1 D C");
    ElectionResult r = RULE.count(e);
    Stage two = r.report().stages().get(1);
    assertTrue(
        two.notes()
            .contains(
                "A, B and C qualify equally for fewer places and were equal at every earlier point: none of"
                    + " them is elected at this stage (5.6.2)."),
        two.notes().toString());
    assertEquals(2, r.elected().size());
  }

  @Test
  void lastPlacesFilledWithoutTransfer_higherVoteFirst() {
    // 9 papers, 3 seats: 9 / 4 = 2.25. Stage 1: C (6) elected; B 2 x 3 = 6 < 9 - 2.25 = 6.75. That
    // leaves A and B for two places (5.5.1): both elected, B (2) before A (1).
    ElectionResult r = RULE.count(election(3, "A B C", "1 A", "2 B", "6 C"));
    assertEquals(List.of("C", "B", "A"), names(r.elected()));
  }

  @Test
  void tieForTheLastPlace_decidedByThePointAfterASurplus() {
    // 33 papers, 2 seats: quota 11.00. Stage 1: A (20) elected; X and Y 5 each, V 3.
    // Stage 2: A's surplus 9 > gap V 3 - X 5, and V + X + 9 = 17 > Y 5: transferred. Of A's 20 papers only
    // the 2 marked A X go on, worth 2 <= 9: at present value, X 7; the other 7 are non-transferable.
    // Stage 3: V + Y = 8 > X 7, so V alone is excluded: 2 papers to Y (7), 1 exhausted. The total active
    // vote is 33 - 8 - 11 = 14, and X and Y each have 7 x 2 = 14: two qualifiers for one place. Equal at
    // stage 1 (5, 5), they differed first after stage 2's surplus (7, 5): X is elected.
    Election e = election(2, "A V X Y", "2 A X", "18 A", "2 V Y", "1 V", "5 X", "5 Y");
    ElectionResult r = RULE.count(e);
    Stage three = r.report().stages().get(2);
    assertEquals(List.of(c("V")), three.excluded());
    assertEquals(Fraction.of(7), three.totals().get(c("Y")));
    assertEquals(List.of(c("X")), three.elected());
    Tie tie = three.ties().get(0);
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, tie.decidedBy());
    assertEquals(2, tie.decidingStage().getAsInt());
    assertEquals(
        "X and Y tied for election to the last places; at stage 2, the earliest point where they differed, X"
            + " had the most votes.",
        tie.explanation());
    assertEquals(List.of("A", "X"), names(r.elected()));
  }

  @Test
  void surplusFromTheLastOfTwoBatchesOfOneExclusion() {
    // 100 papers, 3 seats: quota 25.00. Stage 1: A (40) elected. Stage 2: the surplus 15 exceeds the gap
    // D 2 - B 10, and D + B + 15 = 27 > C 15: all 40 papers at 15 / 40 = 0.375 -> 0.37: D 2 + 7.40 =
    // 9.40, B 10 + 7.40 = 17.40, 0.20 lost.
    // Stage 3: D (9.40) excluded (D + C = 24.40 > F 16). Batch 1, D's own 2 papers at 1.00: B 19.40
    // (19.40 x 3 < 100 - 0.20 - 25 = 74.80). Batch 2, the 20 papers at 0.37: B 26.80, elected.
    // Stage 4: B's 1.80 exceeds the gap C 15 - F 16. B was elected at stage 3, and the last batch it
    // received is batch 2 (not batch 1): 20 papers A D B E going on to E, worth 7.40 > 1.80, at
    // 1.80 / 20 = 0.09: E 17 + 1.80 = 18.80. (Batch 1 would have sent 2 papers to C at 0.90.)
    Election e = election(3, "A B C D E F", "20 A D B E", "20 A B", "2 D B C", "10 B", "15 C", "17 E", "16 F");
    List<Stage> s = RULE.count(e).report().stages();
    assertEquals(List.of(c("B")), s.get(2).elected());
    assertEquals(d("26.80"), s.get(2).totals().get(c("B")));
    Stage four = s.get(3);
    assertEquals(List.of(c("B")), four.subjects());
    assertEquals(
        "Surplus of B (1.80) transferred from the last batch received at 0.09 a paper (20 transferable papers);"
            + " non-transferable difference 0.00",
        four.description());
    assertEquals(d("18.80"), four.totals().get(c("E")));
    assertEquals(Fraction.of(15), four.totals().get(c("C")));
  }

  @Test
  void tieForExclusion_decidedAfterABatch_theEarliestPointWhereTheyDiffered() {
    // 18 papers, 2 seats: quota 6.00. Stage 1: A (8) elected; W 5 x 2 = 10 < 18 - 6 = 12.
    // Stage 2: A's surplus 2 exceeds the gap Z 1 - X 2; Z + X + 2 = 5 > Y 2 and Z + X + Y + 2 = 7 > W 5:
    // transferred. All 8 papers, 4 transferable (worth 4 > 2): 2 / 4 = 0.50 each: Z 1 + 1.00 = 2,
    // X 2.50, Y 2.50.
    // Stage 3: Z (2) excluded (Z + X = 4.50 > Y 2.50). Batch 1, Z's own paper at 1.00, to X: 3.50 (Y
    // 2.50). Batch 2, the 2 papers at 0.50, to Y: 3.50.
    // Stage 4: X and Y tie on 3.50 for exclusion; equal after stages 1 (2, 2) and 2 (2.50, 2.50), they
    // first differed after batch 1 of stage 3, where Y had fewer: Y is excluded. (Y is listed before X,
    // so a lot in the given order would have excluded X.)
    Election e =
        election(2, "A W Y X Z", "2 A Z Y", "1 A X", "1 A Y", "4 A", "2 X", "2 Y", "1 Z X", "5 W");
    List<Stage> s = RULE.count(e).report().stages();
    assertEquals(List.of(c("Z")), s.get(2).excluded());
    assertEquals(d("3.50"), s.get(2).totals().get(c("X")));
    assertEquals(d("3.50"), s.get(2).totals().get(c("Y")));
    Stage four = s.get(3);
    assertEquals(List.of(c("Y")), four.excluded());
    Tie tie = four.ties().get(0);
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, tie.decidedBy());
    assertEquals(3, tie.decidingStage().getAsInt());
    assertEquals(
        "Y and X tied for exclusion; at stage 3 (after batch 1), the earliest point where they differed, Y had"
            + " the fewest votes.",
        tie.explanation());
  }

  @Test
  void name_isErs97() {
    assertEquals("ers97", RULE.name());
  }
}
