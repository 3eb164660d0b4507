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
}
