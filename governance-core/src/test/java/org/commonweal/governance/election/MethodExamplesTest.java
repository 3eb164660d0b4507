package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * Small elections counted by hand; each test's comment shows the arithmetic its expected values come
 * from.
 */
class MethodExamplesTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");

  private static Election ranked(int seats, RankedBallot... ballots) {
    return Election.of(List.of(A, B, C, D), seats, List.of(ballots));
  }

  private static Fraction f(long n) {
    return Fraction.of(n);
  }

  @Test
  void instantRunoff_tieForExclusion_isBrokenByTheMostRecentStageWhereTheyDiffered() {
    // Stage 1: A 10, B 6, C 5, D 1: D excluded, its paper passes to C. Stage 2: A 10, B 6, C 6: B and
    // C tie; at stage 1 C had 5 to B's 6, so C is excluded and its 6 papers exhaust. Stage 3: A 10 of
    // 16 continuing, a majority.
    Election e = ranked(1, RankedBallot.of(10, A), RankedBallot.of(6, B), RankedBallot.of(5, C), RankedBallot.of(1, D, C));
    ElectionResult r = ElectionMethods.instantRunoff().count(e);
    List<Stage> s = r.report().stages();
    assertEquals(3, s.size());
    assertEquals(List.of(D), s.get(1).excluded());
    assertEquals(List.of(C), s.get(2).excluded());
    Tie tie = s.get(2).ties().get(0);
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, tie.decidedBy());
    assertEquals(1, tie.decidingStage().getAsInt());
    assertEquals(List.of(B, C), tie.tied());
    assertEquals(f(6), s.get(2).exhausted());
    assertEquals(List.of(A), r.elected());
    assertEquals(List.of(A), s.get(2).elected());
  }

  @Test
  void instantRunoff_tieAtTheFirstStage_goesToTheLot_andTheReportRecordsTheDraw() {
    // A 5, B 3, C 3: B and C tie with no earlier stage; the lot in the order given puts C last.
    Election e = Election.of(List.of(A, B, C), 1, List.of(RankedBallot.of(5, A), RankedBallot.of(3, B, A), RankedBallot.of(3, C, B)));
    ElectionResult r = ElectionMethods.instantRunoff().count(e, TieBreaker.givenOrder());
    Tie tie = r.report().ties().get(0);
    assertEquals(Tie.DecidedBy.LOT, tie.decidedBy());
    assertEquals(List.of(B, C), tie.draw().orElseThrow().tied());
    assertEquals(List.of(C), r.report().stages().get(1).excluded());
    // Stage 2: C's papers go to B: A 5, B 6, a majority of 11.
    assertEquals(List.of(B), r.elected());
  }

  @Test
  void instantRunoff_refusesEqualPreferences() {
    Election e =
        Election.builder()
            .addCandidates(A, B)
            .addBallots(RankedBallot.builder().rank(A, B).build())
            .rules(BallotRules.builder().equalPreferences(true).build())
            .build();
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> ElectionMethods.instantRunoff().count(e));
    assertTrue(x.getMessage().contains("cannot count equal preferences (1 papers have them)"), x.getMessage());
  }

  @Test
  void twoRound_withoutAMajority_runsOffTheTopTwo() {
    // First round A 8, B 7, C 6 of 21: no majority. Runoff A-B: C's six papers rank B: A 8, B 13.
    Election e = ranked(1, RankedBallot.of(8, A), RankedBallot.of(7, B), RankedBallot.of(6, C, B));
    ElectionResult r = ElectionMethods.twoRound().count(e);
    Stage runoff = r.report().stages().get(1);
    assertEquals(f(8), runoff.totals().get(A));
    assertEquals(f(13), runoff.totals().get(B));
    assertEquals(f(0), runoff.totals().get(C));
    assertEquals(List.of(C, D), runoff.excluded());
    assertEquals(List.of(B), r.elected());
  }

  @Test
  void plurality_withTwoSeats_isBlockVotingOnTheFirstTwoPreferences() {
    // First two preferences: [A, B] x 3, [C, A] x 2, [B, D] x 1. Votes: A 3 + 2 = 5, B 3 + 1 = 4, C 2,
    // D 1 (C's third place on the first papers does not count). Elected A and B.
    Election e = ranked(2, RankedBallot.of(3, A, B, C), RankedBallot.of(2, C, A), RankedBallot.of(1, B, D, A));
    ElectionResult r = ElectionMethods.plurality().count(e);
    Stage s = r.report().stages().get(0);
    assertEquals(Map.of(A, f(5), B, f(4), C, f(2), D, f(1)), s.totals());
    assertEquals(List.of(A, B), r.elected());
    assertFalse(r.report().totalsArePapers());
  }

  @Test
  void plurality_xBallots_rejectsAPaperMarkingTwoForOneSeat() {
    Election e =
        Election.of(List.of(A, B, C), 1, List.of(ApprovalBallot.of(4, A), ApprovalBallot.of(3, B), ApprovalBallot.of(5, A, B)));
    ElectionResult r = ElectionMethods.plurality().count(e);
    assertEquals(Map.of("more than one candidate marked", 5L), r.report().ballots().rejected());
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void approval_onRankedPapers_approvesEveryRankedCandidate() {
    // A: 3 + 2 + 1 = 6; B: 3 + 1 = 4; C: 3 + 2 = 5; D: 1.
    Election e = ranked(2, RankedBallot.of(3, A, B, C), RankedBallot.of(2, C, A), RankedBallot.of(1, B, D, A));
    ElectionResult r = ElectionMethods.approval().count(e);
    assertEquals(Map.of(A, f(6), B, f(4), C, f(5), D, f(1)), r.report().stages().get(0).totals());
    assertEquals(List.of(A, C), r.elected());
  }

  @Test
  void borda_variants_onPartialPapers() {
    // Three candidates; papers 2 x [A, B, C], 1 x [B], 1 x [C, A].
    // Truncated (n - p): A 2*2 + 1 = 5; B 2*1 + 2 = 4; C 0 + 2 = 2.
    // Averaged: as truncated, plus [B]'s unranked A and C get (3 - 1 - 1) / 2 = 1/2 each: A 11/2, B 4, C 5/2.
    // Modified (k - p + 1): [A,B,C] gives 3, 2, 1; [B] gives B 1; [C,A] gives C 2, A 1: A 7, B 5, C 4.
    // Dowdall (1 / p): A 2 + 1/2 = 5/2; B 2 * 1/2 + 1 = 2; C 2 * 1/3 + 1 = 5/3.
    Election e = Election.of(List.of(A, B, C), 1, List.of(RankedBallot.of(2, A, B, C), RankedBallot.of(1, B), RankedBallot.of(1, C, A)));
    assertEquals(Map.of(A, f(5), B, f(4), C, f(2)), totals(ElectionMethods.borda(BordaVariant.TRUNCATED), e));
    assertEquals(
        Map.of(A, Fraction.of(11, 2), B, f(4), C, Fraction.of(5, 2)), totals(ElectionMethods.borda(BordaVariant.AVERAGED), e));
    assertEquals(Map.of(A, f(7), B, f(5), C, f(4)), totals(ElectionMethods.borda(BordaVariant.MODIFIED), e));
    assertEquals(
        Map.of(A, Fraction.of(5, 2), B, f(2), C, Fraction.of(5, 3)), totals(ElectionMethods.borda(BordaVariant.DOWDALL), e));
  }

  @Test
  void borda_equalPreferences_shareThePointsOfTheirPositions() {
    // [{A, B}, C] of three: positions 1 and 2 are worth 2 and 1, so A and B get 3/2 each, C 0.
    Election e =
        Election.builder()
            .addCandidates(A, B, C)
            .addBallots(RankedBallot.builder().rank(A, B).rank(C).build())
            .rules(BallotRules.builder().equalPreferences(true).build())
            .build();
    assertEquals(
        Map.of(A, Fraction.of(3, 2), B, Fraction.of(3, 2), C, f(0)), totals(ElectionMethods.borda(BordaVariant.TRUNCATED), e));
  }

  private static Map<Candidate, Fraction> totals(ElectionMethod m, Election e) {
    return m.count(e).report().stages().get(0).totals();
  }

  @Test
  void star_electsTheFinalistPreferredByMorePapers_whereScoreElectsTheOther() {
    // 4 x {A 4, B 5}, 3 x {A 5, B 0}: scores A 16 + 15 = 31, B 20: score voting elects A. STAR's
    // runoff: 4 papers score B higher, 3 score A higher: B.
    Election e = Election.of(List.of(A, B), 1, List.of(ScoreBallot.of(4, Map.of(A, 4, B, 5)), ScoreBallot.of(3, Map.of(A, 5, B, 0))));
    assertEquals(List.of(A), ElectionMethods.score(5).count(e).elected());
    ElectionResult star = ElectionMethods.star(5).count(e);
    assertEquals(List.of(B), star.elected());
    assertEquals(Map.of(A, f(3), B, f(4)), star.report().stages().get(1).totals());
  }

  @Test
  void star_runoffTie_goesToTheHigherScore_byTheRule() {
    // 2 x {A 5, B 4}, 2 x {A 1, B 5}: runoff 2 - 2; scores A 12, B 18: B, decided by rule.
    Election e = Election.of(List.of(A, B), 1, List.of(ScoreBallot.of(2, Map.of(A, 5, B, 4)), ScoreBallot.of(2, Map.of(A, 1, B, 5))));
    ElectionResult r = ElectionMethods.star(5).count(e);
    assertEquals(List.of(B), r.elected());
    assertEquals(Tie.DecidedBy.RULE, r.report().ties().get(0).decidedBy());
  }

  @Test
  void score_onRankedPapers_scoresByRank_andSaysSo() {
    // [A, B, C] with maximum 5: A 5, B 4, C 3.
    Election e = Election.of(List.of(A, B, C), 1, List.of(RankedBallot.of(1, A, B, C)));
    ElectionResult r = ElectionMethods.score(5).count(e);
    assertEquals(Map.of(A, f(5), B, f(4), C, f(3)), r.report().stages().get(0).totals());
    assertTrue(r.report().stages().get(0).notes().get(0).startsWith("Ranked papers scored by rank"));
  }

  @Test
  void score_rejectsAScoreAboveTheMaximum() {
    Election e = Election.of(List.of(A, B), 1, List.of(ScoreBallot.of(2, Map.of(A, 6)), ScoreBallot.of(1, Map.of(B, 5))));
    ElectionResult r = ElectionMethods.score(5).count(e);
    assertEquals(Map.of("a score above the maximum (5)", 2L), r.report().ballots().rejected());
    assertEquals(List.of(B), r.elected());
  }

  @Test
  void schulze_winningVotes_equalWinningSides_theOneWithMoreAgainstIsWeaker() {
    // 2 x [A, B, C], 4 x [B, C, A], 1 x [A], 3 x [C, A] (unranked below ranked). By hand: A beats B 6-4,
    // B beats C 6-3, C beats A 7-3: a cycle. A over B and B over C have 6 winning votes each, but A
    // over B has more against (4), so it is the weakest link (Schulze 2011, 2.1): B's path to A via C
    // is (6, 3), stronger than A's (6, 4); B's direct (6, 3) beats C's path via A, (6, 4). B wins.
    Election e =
        Election.of(
            List.of(A, B, C),
            1,
            List.of(RankedBallot.of(2, A, B, C), RankedBallot.of(4, B, C, A), RankedBallot.of(1, A), RankedBallot.of(3, C, A)));
    PairwiseMatrix m = PairwiseMatrix.of(e);
    assertEquals(List.of(6L, 4L, 6L, 3L, 7L, 3L), List.of(m.preferring(A, B), m.preferring(B, A), m.preferring(B, C), m.preferring(C, B), m.preferring(C, A), m.preferring(A, C)));
    ElectionResult r = ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES).count(e);
    assertEquals(List.of(B), r.elected());
    assertTrue(r.report().ties().isEmpty());
    // Margins agree here: A over B is also the smallest margin (2, against 3 and 4).
    assertEquals(List.of(B), ElectionMethods.schulze(PairwiseStrength.MARGINS).count(e).elected());
  }

  @Test
  void rankedPairs_equalMarginsInACycle_areOrderedByADrawnRanking() {
    // A > B > C, B > C > A, C > A > B: every defeat has margin 1 and they form a cycle. The lot in the
    // order given ranks A, B, C: A over B is locked, then B over C, and C over A is skipped. A wins.
    Election e =
        Election.of(List.of(A, B, C), 1, List.of(RankedBallot.of(A, B, C), RankedBallot.of(B, C, A), RankedBallot.of(C, A, B)));
    ElectionResult r = ElectionMethods.rankedPairs().count(e, TieBreaker.givenOrder());
    assertEquals(List.of(A), r.elected());
    Tie tie = r.report().ties().get(0);
    assertEquals(Tie.DecidedBy.LOT, tie.decidedBy());
    assertEquals(List.of(A, B, C), tie.order());
    assertTrue(r.report().stages().get(1).notes().contains("C over A by 1: skipped, it would make a cycle"));
    // With the ranking C, B, A, C over A and B over C lock first (C's and B's defeats), then A over B
    // is skipped: B over C over A, so B wins.
    assertEquals(List.of(B), ElectionMethods.rankedPairs().count(e, TieBreaker.fixedOrder(List.of(C, B, A))).elected());
  }

  @Test
  void kemenyYoung_refusesMoreCandidatesThanItsLimit() {
    List<Candidate> many = ElectionDomain.candidates(ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES + 1);
    Election e = Election.of(many, 1, List.of(RankedBallot.of(1, many)));
    LimitExceededException x = assertThrows(LimitExceededException.class, () -> ElectionMethods.kemenyYoung().count(e));
    assertEquals(ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES, x.limit());
    assertEquals(ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES + 1, x.actual());
    assertTrue(x.getMessage().contains("Schulze or Ranked Pairs"), x.getMessage());
  }

  @Test
  void kemenyYoung_atItsLimit_counts() {
    List<Candidate> many = ElectionDomain.candidates(ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES);
    Election e = Election.of(many, 1, List.of(RankedBallot.of(3, many), RankedBallot.of(2, many.get(5), many.get(0))));
    // A ranks first on 3 of 5 papers, and above F on the other 2 only below F: A beats everyone.
    assertEquals(List.of(many.get(0)), ElectionMethods.kemenyYoung().count(e).elected());
  }

  @Test
  void methods_refuseMixedKindsOfBallot() {
    Election e = Election.of(List.of(A, B), 1, List.of(RankedBallot.of(A), ApprovalBallot.of(1, B)));
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> ElectionMethods.approval().count(e));
    assertTrue(x.getMessage().contains("an election holds one kind of ballot"), x.getMessage());
  }

  @Test
  void pairwiseMethods_refuseApprovalBallots() {
    Election e = Election.of(List.of(A, B), 1, List.of(ApprovalBallot.of(1, B)));
    InvalidValueException x =
        assertThrows(InvalidValueException.class, () -> ElectionMethods.schulze(PairwiseStrength.MARGINS).count(e));
    assertTrue(x.getMessage().contains("counts ranked ballots only"), x.getMessage());
  }

  @Test
  void singleWinnerMethods_nameTheSeatsInTheirRefusal() {
    Election e = ranked(3, RankedBallot.of(A));
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> ElectionMethods.instantRunoff().count(e));
    assertEquals("instant-runoff elects one candidate; seats (3) must be 1", x.getMessage());
  }

  @Test
  void methodNames_areTheCommandLineNames() {
    assertEquals("irv", ElectionMethods.instantRunoff().name());
    assertEquals("irv-batch", ElectionMethods.instantRunoff(true).name());
    assertEquals("two-round", ElectionMethods.twoRound().name());
    assertEquals("plurality", ElectionMethods.plurality().name());
    assertEquals("approval", ElectionMethods.approval().name());
    assertEquals("borda-truncated", ElectionMethods.borda(BordaVariant.TRUNCATED).name());
    assertEquals("score", ElectionMethods.score(5).name());
    assertEquals("star", ElectionMethods.star(5).name());
    assertEquals("schulze", ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES).name());
    assertEquals("schulze-margins", ElectionMethods.schulze(PairwiseStrength.MARGINS).name());
    assertEquals("ranked-pairs", ElectionMethods.rankedPairs().name());
    assertEquals("copeland", ElectionMethods.copeland().name());
    assertEquals("minimax", ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES).name());
    assertEquals("minimax-margins", ElectionMethods.minimax(PairwiseStrength.MARGINS).name());
    assertEquals("kemeny-young", ElectionMethods.kemenyYoung().name());
  }
}
