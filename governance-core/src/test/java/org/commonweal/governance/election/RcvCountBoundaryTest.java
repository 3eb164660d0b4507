package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * The RCTab count at the edges of its rules: each limit met exactly, each report text and number worked
 * by hand from small elections.
 */
class RcvCountBoundaryTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");
  private static final Candidate E = Candidate.of("E");
  private static final Candidate X = Candidate.of("X");
  private static final Candidate W = Candidate.of("Undeclared Write-ins");
  private static final String NEITHER = "two candidates remain and neither reaches the threshold: the one with more votes is elected";

  private static ElectionResult count(RcvSettings settings, Election election) {
    return settings.method().count(election, TieBreaker.givenOrder());
  }

  private static Election.Builder election(Candidate... candidates) {
    return Election.builder().addCandidates(candidates);
  }

  private static Stage stage(ElectionResult r, int number) {
    return r.report().stages().get(number - 1);
  }

  /** C 5, A 3, B 2, D 1 then B: D goes first, then A and B tie at 3; B had fewer in round 1. */
  private static Election lookBackTie() {
    return election(A, B, C, D)
        .addBallots(RankedBallot.of(5, C), RankedBallot.of(3, A), RankedBallot.of(2, B), RankedBallot.of(1, D, B))
        .build();
  }

  @Test
  void toString_namesTheWinnerMode() {
    assertEquals("ranked-choice count as RCTab (SINGLE_WINNER_MAJORITY)", RcvSettings.standard().method().toString());
    assertEquals(
        "ranked-choice count as RCTab (MULTI_PASS_IRV)",
        RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.MULTI_PASS_IRV).build().method().toString());
  }

  @Test
  void decimals_wholeVotesReportNone_decimalArithmeticReportsItsPlaces() {
    Election one = election(A, B, C).addBallots(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C, B)).build();
    assertEquals(0, count(RcvSettings.standard(), one).report().decimals());
    assertEquals(3, count(RcvSettings.builder().nonIntegerThreshold(true).decimalPlaces(3).build(), one).report().decimals());
    Election two = Election.builder().from(one).seats(2).build();
    RcvSettings.Builder passes = RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.MULTI_PASS_IRV);
    assertEquals(0, count(passes.build(), two).report().decimals());
    assertEquals(2, count(passes.nonIntegerThreshold(true).decimalPlaces(2).build(), two).report().decimals());
  }

  @Test
  void blankIsUndeclaredWriteIn_withoutACapOnRanks_isRefused() {
    Election e = election(A, B, W).undeclaredWriteIn(W).addBallots(RankedBallot.of(A), RankedBallot.of(B)).build();
    InvalidValueException x =
        assertThrows(InvalidValueException.class, () -> count(RcvSettings.builder().blankIsUndeclaredWriteIn(true).build(), e));
    assertEquals("rules", x.field());
    assertTrue(x.getMessage().contains("need a cap on ranks"), x.getMessage());
  }

  @Test
  void blankIsUndeclaredWriteIn_keepsAnOvervote_andReadsAFullPaperAsMarked() {
    // Cap 2. An overvote at rank 1 exhausts its paper (not a blank, so not the write-in); a paper
    // marked at both ranks has nothing to fill; B's single mark is followed by the write-in.
    Election e =
        election(A, B, W)
            .undeclaredWriteIn(W)
            .rules(BallotRules.builder().maxRanks(2).build())
            .addBallots(RankedBallot.builder().overvote().rank(A).build(), RankedBallot.of(3, A, B), RankedBallot.of(2, B))
            .build();
    ElectionResult r = count(RcvSettings.builder().blankIsUndeclaredWriteIn(true).build(), e);
    assertEquals(Fraction.ONE, stage(r, 1).exhausted());
    assertEquals(Fraction.ZERO, stage(r, 1).totals().get(W));
    assertEquals(Fraction.of(3), stage(r, 1).totals().get(A));
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void blankIsUndeclaredWriteIn_fillsUpToTheCapAndNoFurther() {
    // Refusing marks beyond the cap: a paper filled to the cap is still within it.
    Election e =
        election(A, B, W)
            .undeclaredWriteIn(W)
            .rules(BallotRules.builder().maxRanks(2).refuseBeyondMaxRanks(true).build())
            .addBallots(RankedBallot.of(3, A), RankedBallot.of(2, B))
            .build();
    ElectionResult r = count(RcvSettings.builder().blankIsUndeclaredWriteIn(true).build(), e);
    assertEquals(Fraction.of(5), stage(r, 1).totals().get(W).plus(stage(r, 1).totals().get(A)).plus(stage(r, 1).totals().get(B)));
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void lookBackThenAsk_consultsEarlierRounds_beforeTheCallersTieBreaker() {
    // The caller's order would drop A (the last of B, A); round 1 had B below A, so B goes.
    ElectionResult r = RcvSettings.standard().method().count(lookBackTie(), TieBreaker.fixedOrder(List.of(B, A)));
    assertEquals(List.of(B), stage(r, 3).excluded());
  }

  @Test
  void previousRoundCountsThenRandom_namesTheDecidingRound() {
    ElectionResult r =
        count(RcvSettings.builder().tieBreak(RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM).randomSeed(1).build(), lookBackTie());
    Tie tie = r.report().ties().get(0);
    // Decided in round 2 for the exclusion of round 3, by round 1's totals.
    assertEquals(3, tie.stage());
    assertEquals(OptionalInt.of(1), tie.decidingStage());
    assertEquals("A and B tied for exclusion; at round 1 B had the fewest votes.", tie.explanation());
  }

  @Test
  void previousRoundCountsThenRandom_inALaterPass_numbersStagesThroughThePasses() {
    // Pass 1: X has 20 of 31, elected at stage 1. Pass 2 (stages 2 to 4) is the look-back election.
    Election e =
        election(A, B, C, D, X)
            .seats(2)
            .addBallots(
                RankedBallot.of(20, X), RankedBallot.of(5, C), RankedBallot.of(3, A), RankedBallot.of(2, B), RankedBallot.of(1, D, B))
            .build();
    ElectionResult r =
        count(
            RcvSettings.builder()
                .winnerMode(RcvSettings.WinnerMode.MULTI_PASS_IRV)
                .tieBreak(RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM)
                .randomSeed(3)
                .build(),
            e);
    assertEquals(List.of(X), stage(r, 1).elected());
    assertEquals(List.of(B), stage(r, 4).excluded());
    Tie tie = r.report().ties().get(0);
    assertEquals(4, tie.stage());
    assertEquals(OptionalInt.of(2), tie.decidingStage());
  }

  @Test
  void previousRoundCountsThenRandom_withNoEarlierRound_drawsLots() {
    // Three tied at 1 in round 1: nothing to look back on, so RCTab's lot decides.
    Election e = election(C, A, B).addBallots(RankedBallot.of(C), RankedBallot.of(A), RankedBallot.of(B)).build();
    for (long seed = 0; seed < 10; seed++) {
      ElectionResult r =
          count(RcvSettings.builder().tieBreak(RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM).randomSeed(seed).build(), e);
      Candidate drawn = List.of(A, B, C).get((int) Math.floor(new Random(seed).nextDouble() * 3));
      assertEquals(List.of(drawn), stage(r, 2).excluded(), "seed " + seed);
      Tie tie = r.report().ties().get(0);
      assertEquals(Tie.DecidedBy.LOT, tie.decidedBy());
      assertEquals(2, tie.stage());
      // Drawn to lose: last in the draw's order and in the tie's.
      assertEquals(drawn, tie.draw().orElseThrow().last());
      assertEquals(drawn, tie.order().get(2));
    }
  }

  @Test
  void generatePermutation_usesThePermutation_notTheCandidatesOrder() {
    Election e = election(C, A, B).addBallots(RankedBallot.of(C), RankedBallot.of(A), RankedBallot.of(B)).build();
    for (long seed = 0; seed < 10; seed++) {
      List<Candidate> permutation = new ArrayList<>(List.of(A, B, C));
      Collections.shuffle(permutation, new Random(seed));
      ElectionResult r = count(RcvSettings.builder().tieBreak(RcvSettings.TieBreak.GENERATE_PERMUTATION).randomSeed(seed).build(), e);
      Candidate last = permutation.get(2);
      assertEquals(List.of(last), stage(r, 2).excluded(), "seed " + seed);
      assertEquals(
          "C, A and B tied for exclusion; " + last + " comes latest in the generated permutation.",
          r.report().ties().get(0).explanation());
    }
  }

  @Test
  void useCandidateOrder_explainsEarliestToWin_andLatestToLose() {
    Election lose = election(C, A, B).addBallots(RankedBallot.of(C), RankedBallot.of(A), RankedBallot.of(B)).build();
    RcvSettings order = RcvSettings.builder().tieBreak(RcvSettings.TieBreak.USE_CANDIDATE_ORDER).build();
    Tie out = count(order, lose).report().ties().get(0);
    assertEquals("C, A and B tied for exclusion; B comes latest in the candidates' order.", out.explanation());
    assertEquals(2, out.stage());
    Election win = election(B, A).addBallots(RankedBallot.of(4, A), RankedBallot.of(4, B)).build();
    ElectionResult r = count(order, win);
    Tie first = r.report().ties().get(0);
    assertEquals("B and A tied for winner; B comes earliest in the candidates' order.", first.explanation());
    assertEquals(1, first.stage());
    assertEquals(List.of(B), r.elected());
  }

  @Test
  void stopAfterRound_notesWhoWouldGoNext() {
    Election e = election(A, B, C).addBallots(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C, B)).build();
    ElectionResult r = count(RcvSettings.builder().stopAfterRound(1).build(), e);
    assertTrue(stage(r, 1).notes().contains("the count stops here; C would be eliminated next"), stage(r, 1).notes().toString());
    ElectionResult all = count(RcvSettings.standard(), e);
    assertTrue(all.report().stages().stream().allMatch(s -> s.notes().stream().noneMatch(n -> n.startsWith("the count stops"))));
  }

  @Test
  void continueUntilTwoRemain_withTwoCandidates_countsOneRoundOnly() {
    Election e = election(A, B).addBallots(RankedBallot.of(6, A), RankedBallot.of(3, B)).build();
    ElectionResult r = count(RcvSettings.builder().continueUntilTwoRemain(true).build(), e);
    assertEquals(List.of(A), r.elected());
    assertEquals(1, r.report().stages().size());
  }

  @Test
  void continueUntilTwoRemain_freezesTheThresholdOfTheWinnersRound() {
    // 10 papers, threshold 6: A 6 wins in round 1. Round 2 repeats the totals; round 3 drops C, whose
    // paper exhausts: 9 continuing would make 5, but the threshold stays 6.
    Election e = election(A, B, C).addBallots(RankedBallot.of(6, A), RankedBallot.of(3, B), RankedBallot.of(1, C)).build();
    ElectionResult r = count(RcvSettings.builder().continueUntilTwoRemain(true).build(), e);
    assertEquals(3, r.report().stages().size());
    assertEquals("Round 2 counted; nobody was eliminated after round 1", stage(r, 2).description());
    assertEquals(List.of(C), stage(r, 3).excluded());
    assertEquals(Fraction.of(6), stage(r, 3).quota().orElseThrow());
  }

  @Test
  void continueUntilTwoRemain_doesNotFreezeBeforeAnyoneWins() {
    // Round 1: 9 papers, threshold 5, nobody. C's 2 papers exhaust: 7 continuing, threshold 4, A wins.
    Election e = election(A, B, C).addBallots(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C)).build();
    ElectionResult r = count(RcvSettings.builder().continueUntilTwoRemain(true).build(), e);
    assertEquals(Fraction.of(5), stage(r, 1).quota().orElseThrow());
    assertEquals(Fraction.of(4), stage(r, 2).quota().orElseThrow());
    assertEquals(List.of(A), stage(r, 2).elected());
  }

  @Test
  void bottomsUpPercentage_stopsAtTheRoundThatElects() {
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C), RankedBallot.of(1, D))
            .build();
    RcvSettings quarter =
        RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE).bottomsUpPercentage(Fraction.of(1, 4)).build();
    // Round 1: 2.5 needed, D out; round 2: 9 papers, 2.25, C out; round 3: 7 papers, 1.75: A and B.
    ElectionResult r = count(quarter, e);
    assertEquals(3, r.report().stages().size());
    assertEquals(List.of(A, B), stage(r, 3).elected());
    ElectionResult cutoff = count(RcvSettings.builder().from(quarter).cutoffElimination(true).build(), e);
    assertEquals(2, cutoff.report().stages().size());
    assertEquals("Exclusion of C and D, who are below the percentage threshold 5/2: 3 votes transferred, 3 exhausted", stage(cutoff, 2).description());
    // One below: "is".
    Election one =
        election(A, B, C).addBallots(RankedBallot.of(4, A), RankedBallot.of(4, B), RankedBallot.of(1, C)).build();
    ElectionResult single = count(RcvSettings.builder().from(quarter).cutoffElimination(true).build(), one);
    assertEquals("Exclusion of C, who is below the percentage threshold 9/4: 1 votes transferred, 1 exhausted", stage(single, 2).description());
  }

  @Test
  void cutoffElimination_withEveryoneBelow_dropsOnlyTheLowest() {
    // Half of 10 is 5: nobody reaches it, so the cutoff cannot apply; C and D tie lowest, one goes.
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(3, A), RankedBallot.of(3, B), RankedBallot.of(2, C), RankedBallot.of(2, D))
            .build();
    RcvSettings half =
        RcvSettings.builder()
            .winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE)
            .bottomsUpPercentage(Fraction.of(1, 2))
            .cutoffElimination(true)
            .build();
    ElectionResult r = count(half, e);
    assertEquals(1, stage(r, 2).excluded().size());
  }

  @Test
  void minimumVoteThreshold_aboveTheDroopThreshold_becomesTheThreshold() {
    // 10 papers: Droop 6, the minimum 7 is higher; A's 8 reach it.
    Election e = election(A, B, C).addBallots(RankedBallot.of(8, A), RankedBallot.of(1, B), RankedBallot.of(1, C)).build();
    ElectionResult r = count(RcvSettings.builder().minimumVoteThreshold(7).build(), e);
    assertEquals(Fraction.of(7), stage(r, 1).quota().orElseThrow());
    assertEquals(List.of(A), stage(r, 1).elected());
  }

  @Test
  void minimumVoteThreshold_explainsOneOrSeveralBelow() {
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(5, A), RankedBallot.of(4, B), RankedBallot.of(2, C, B), RankedBallot.of(1, D, B))
            .build();
    assertEquals(
        "Exclusion of C and D, who have fewer votes than the minimum of 3: 3 votes transferred, 0 exhausted",
        stage(count(RcvSettings.builder().minimumVoteThreshold(3).build(), e), 2).description());
    assertEquals(
        "Exclusion of D, who has fewer votes than the minimum of 2: 1 votes transferred, 0 exhausted",
        stage(count(RcvSettings.builder().minimumVoteThreshold(2).build(), e), 2).description());
  }

  @Test
  void lastTwo_tiedExactlyAtTheMinimum_isATieForWinner() {
    Election e = election(A, B).addBallots(RankedBallot.of(4, A), RankedBallot.of(4, B)).build();
    ElectionResult r = count(RcvSettings.builder().minimumVoteThreshold(4).build(), e);
    assertEquals(1, r.report().stages().size());
    assertEquals("winner", r.report().ties().get(0).purpose());
    assertFalse(stage(r, 1).notes().contains(NEITHER), stage(r, 1).notes().toString());
  }

  @Test
  void lastTwo_tiedBelowTheMinimum_isRefused_inDecimalArithmeticToo() {
    Election e = election(A, B).addBallots(RankedBallot.of(3, A), RankedBallot.of(3, B)).build();
    InvalidValueException x =
        assertThrows(
            InvalidValueException.class,
            () -> count(RcvSettings.builder().nonIntegerThreshold(true).minimumVoteThreshold(4).build(), e));
    assertEquals("minimumVoteThreshold", x.field());
  }

  @Test
  void firstRoundDeterminesThreshold_withTwoLeft_electsTheMost_evenBelowTheMinimum() {
    Election e = election(A, B).addBallots(RankedBallot.of(3, A), RankedBallot.of(3, B)).build();
    ElectionResult r = count(RcvSettings.builder().firstRoundDeterminesThreshold(true).minimumVoteThreshold(4).build(), e);
    assertEquals(1, r.report().stages().size());
    assertEquals(1, r.elected().size());
    // Three left: the threshold decides, and nobody has 5 of 9 in round 1.
    Election three = election(A, B, C).addBallots(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C)).build();
    ElectionResult t = count(RcvSettings.builder().firstRoundDeterminesThreshold(true).build(), three);
    assertEquals(List.of(), stage(t, 1).elected());
    assertEquals(List.of(C), stage(t, 2).excluded());
  }

  @Test
  void onlyOneWinnerPerRound_theMostOfSeveral_isNotTheLastTwoRule() {
    Election e =
        election(A, B, C).seats(2).addBallots(RankedBallot.of(5, A, C), RankedBallot.of(4, B, C), RankedBallot.of(1, C)).build();
    ElectionResult r = count(RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.ONLY_ONE_WINNER_PER_ROUND).build(), e);
    assertEquals(List.of(A), stage(r, 1).elected());
    assertFalse(stage(r, 1).notes().contains(NEITHER), stage(r, 1).notes().toString());
  }

  @Test
  void multipleWinnersPerRound_twoLeftForOneSeat_goOnByExclusion() {
    // Seats 2, 10 papers, threshold 4. Round 1: A 6 elected. Round 2: A's surplus (2 at 0.3333 a
    // paper, 1.9998 moved) exhausts; B 3 and C 1 are short of 4: not the single-seat last-two rule,
    // so C is excluded in round 3 and B, the only one left, is elected there.
    Election e = election(A, B, C).seats(2).addBallots(RankedBallot.of(6, A), RankedBallot.of(3, B), RankedBallot.of(1, C)).build();
    ElectionResult r = count(RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.MULTIPLE_WINNERS_PER_ROUND).build(), e);
    assertTrue(stage(r, 1).notes().contains("A has 6 votes, the threshold being 4; elected"), stage(r, 1).notes().toString());
    assertEquals("Surplus of A transferred: A at 0.3333 of each paper's value, 1.9998 votes moved", stage(r, 2).description());
    assertEquals(List.of(), stage(r, 2).elected());
    assertEquals(List.of(C), stage(r, 3).excluded());
    assertEquals(List.of(B), stage(r, 3).elected());
    assertEquals(List.of(A, B), r.elected());
  }

  @Test
  void undeclaredWriteIn_firstInTheList_stillBlocksWinnersAndGoesFirst() {
    Election e =
        election(W, A, B)
            .undeclaredWriteIn(W)
            .addBallots(RankedBallot.of(6, A), RankedBallot.of(3, B), RankedBallot.of(1, W, B))
            .build();
    ElectionResult r = count(RcvSettings.standard(), e);
    assertEquals(List.of(), stage(r, 1).elected());
    assertEquals(List.of(W), stage(r, 2).excluded());
    assertEquals("Exclusion of Undeclared Write-ins, who stands for the undeclared write-ins: 1 votes transferred, 0 exhausted", stage(r, 2).description());
    assertEquals(List.of(A), stage(r, 2).elected());
  }

  @Test
  void undeclaredWriteIn_withoutVotes_goesAsTheLowest() {
    Election e =
        election(A, B, C, W)
            .undeclaredWriteIn(W)
            .addBallots(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C))
            .build();
    ElectionResult r = count(RcvSettings.standard(), e);
    assertEquals("Exclusion of Undeclared Write-ins, who has the fewest votes (0): 0 votes transferred, 0 exhausted", stage(r, 2).description());
  }

  @Test
  void batchElimination_dropsEveryoneWhoTogetherCannotOvertakeTheNext() {
    // 18 papers, threshold 10. Going up: D 1 and E 1 (2) do not beat C's 2; with C (4) they are below
    // B's 5; with B (9) they are not fewer than A's 9. So C, D and E go, listed in the ballot order.
    Election e =
        election(A, B, C, D, E)
            .addBallots(RankedBallot.of(9, A), RankedBallot.of(5, B), RankedBallot.of(2, C), RankedBallot.of(1, D), RankedBallot.of(1, E))
            .build();
    ElectionResult r = count(RcvSettings.builder().batchElimination(true).build(), e);
    assertEquals(List.of(C, D, E), stage(r, 2).excluded());
    assertEquals("Exclusion of C, D and E, who could not overtake the next candidate together: 4 votes transferred, 4 exhausted", stage(r, 2).description());
  }

  @Test
  void batchElimination_countingOn_afterEarlierExclusions_keepsTwo() {
    // A 20 wins in round 1. Round 3 drops D alone (a batch of D, C, B would leave A alone). In round 4
    // the batch C, B would again leave only A (D gone before): C alone goes, as the lowest.
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(20, A), RankedBallot.of(3, B), RankedBallot.of(2, C), RankedBallot.of(1, D))
            .build();
    ElectionResult r = count(RcvSettings.builder().batchElimination(true).continueUntilTwoRemain(true).build(), e);
    assertEquals(List.of(A), stage(r, 1).elected());
    assertEquals(List.of(D), stage(r, 3).excluded());
    assertEquals(List.of(C), stage(r, 4).excluded());
    assertEquals("Exclusion of C, who has the fewest votes (2): 2 votes transferred, 2 exhausted", stage(r, 4).description());
    assertEquals(4, r.report().stages().size());
  }

  @Test
  void decimalArithmetic_reportsWholeVotesAsWholeNumbers() {
    // 17 papers, threshold 8.5001: D then C go, exhausting; then 12 continue, 6.0001, and A's 7 win.
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(7, A), RankedBallot.of(5, B), RankedBallot.of(3, C), RankedBallot.of(2, D))
            .build();
    ElectionResult r = count(RcvSettings.builder().nonIntegerThreshold(true).build(), e);
    assertEquals("Exclusion of D, who has the fewest votes (2): 2 votes transferred, 2 exhausted", stage(r, 2).description());
    assertEquals("Exclusion of C, who has the fewest votes (3): 3 votes transferred, 3 exhausted", stage(r, 3).description());
    assertEquals(List.of(A), stage(r, 3).elected());
    assertTrue(stage(r, 3).notes().contains("A has 7 votes, the threshold being 60001/10000; elected"), stage(r, 3).notes().toString());
  }

  @Test
  void papers_atExactlyTheMostALongHoldsToNinePlaces_areCounted_oneMoreIsRefused() {
    long most = Long.MAX_VALUE / 1_000_000_000L; // 9,223,372,036
    RcvSettings nine = RcvSettings.builder().nonIntegerThreshold(true).decimalPlaces(9).build();
    Election at = election(A, B).addBallots(RankedBallot.of(most - 1, A), RankedBallot.of(1, B)).build();
    assertEquals(List.of(A), count(nine, at).elected());
    Election over = election(A, B).addBallots(RankedBallot.of(most, A), RankedBallot.of(1, B)).build();
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> count(nine, over));
    assertEquals("ballots", x.field());
    assertTrue(x.getMessage().contains("(at most 9,223,372,036)"), x.getMessage());
  }

  @Test
  void multiPassIrv_moreSeatsThanCandidates_stopsWhenNobodyIsLeft() {
    // Pass 1: A 3 of 5 wins; pass 2: B alone wins; a third pass has nobody to count and adds no stage.
    Election e = election(A, B).seats(3).addBallots(RankedBallot.of(3, A), RankedBallot.of(2, B)).build();
    ElectionResult r = count(RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.MULTI_PASS_IRV).build(), e);
    assertEquals(List.of(A, B), r.elected());
    assertEquals(2, r.report().stages().size());
  }

  @Test
  void blankIsUndeclaredWriteIn_keepsMarksBeyondTheCapForTheRulesToIgnore() {
    // Cap 2: the overvote at rank 3 lies beyond it and is ignored; A's papers count for A.
    Election e =
        election(A, B, W)
            .undeclaredWriteIn(W)
            .rules(BallotRules.builder().maxRanks(2).build())
            .addBallots(RankedBallot.builder().rank(A).rank(B).overvote().build(), RankedBallot.of(2, A), RankedBallot.of(2, B))
            .build();
    ElectionResult r = count(RcvSettings.builder().blankIsUndeclaredWriteIn(true).build(), e);
    assertEquals(Fraction.of(3), stage(r, 1).totals().get(A));
    assertEquals(Fraction.ZERO, stage(r, 1).exhausted());
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void exhaustIfMultipleContinuing_aGroupAtALaterRank_inALaterPaper() {
    // The group {D, X} at rank 2 of the last paper: once X and then E are out, it counts for D alone;
    // once D is out too, it moves past the group to B. Round 1 of 18: A 7, B 5, D 3, E 2, X 1.
    Election e =
        election(A, B, D, E, X)
            .rules(BallotRules.builder().overvote(BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING).build())
            .addBallots(
                RankedBallot.of(7, A),
                RankedBallot.of(5, B),
                RankedBallot.of(3, D),
                RankedBallot.of(1, E),
                RankedBallot.of(1, X),
                RankedBallot.builder().rank(E).rank(D, X).rank(B).build())
            .build();
    ElectionResult r = count(RcvSettings.standard(), e);
    assertEquals(List.of(X), stage(r, 2).excluded());
    assertEquals(List.of(E), stage(r, 3).excluded());
    assertEquals(Fraction.of(4), stage(r, 3).totals().get(D));
    assertEquals(List.of(D), stage(r, 4).excluded());
    assertEquals(Fraction.of(6), stage(r, 4).totals().get(B));
    // X's, E's own and D's own papers: 1 + 1 + 3.
    assertEquals(Fraction.of(5), stage(r, 4).exhausted());
    assertEquals(List.of(A), stage(r, 4).elected());
  }
}
