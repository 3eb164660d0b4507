package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** The RCTab settings, each by examples written from its definition, at its boundaries. */
class RcvCountTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");
  private static final Candidate W = Candidate.of("Undeclared Write-ins");

  private static ElectionResult count(RcvSettings settings, Election election) {
    return settings.method().count(election, TieBreaker.givenOrder());
  }

  private static Election.Builder election(Candidate... candidates) {
    return Election.builder().addCandidates(candidates);
  }

  private static Fraction total(ElectionResult r, int stage, Candidate c) {
    return r.report().stages().get(stage - 1).totals().get(c);
  }

  @Test
  void defaults_countAsInstantRunoff() {
    Election e =
        election(A, B, C)
            .addBallots(RankedBallot.of(4, A, B), RankedBallot.of(3, B, C), RankedBallot.of(2, C, B))
            .build();
    ElectionResult rcv = count(RcvSettings.standard(), e);
    ElectionResult irv = ElectionMethods.instantRunoff().count(e);
    assertEquals(irv.elected(), rcv.elected());
    assertEquals(List.of(B), rcv.elected());
    assertEquals(irv.report().stages().size(), rcv.report().stages().size());
    for (int s = 0; s < irv.report().stages().size(); s++) {
      assertEquals(irv.report().stages().get(s).totals(), rcv.report().stages().get(s).totals());
    }
    // The threshold: floor(9 / 2) + 1 = 5 in round 1.
    assertEquals(Optional5.FIVE, rcv.report().stages().get(0).quota().orElseThrow());
    assertEquals(List.of(), rcv.report().conservationErrors());
  }

  /** Holds a constant, for readability. */
  private static final class Optional5 {
    static final Fraction FIVE = Fraction.of(5);
  }

  @Test
  void exhaustIfMultipleContinuing_decidedAtEachTransfer() {
    // {A, C} at rank 1: two continuing, so exhausted at once; {C, D} at rank 2 after B: once D is
    // eliminated, only C of the pair is continuing, and the paper counts for C.
    RankedBallot both = RankedBallot.builder().rank(A, C).rank(B).build();
    RankedBallot later = RankedBallot.builder().rank(D).rank(C, D).build();
    Election e =
        election(A, B, C, D)
            .rules(BallotRules.builder().overvote(BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING).build())
            .addBallots(both, RankedBallot.of(5, A), RankedBallot.of(4, B), RankedBallot.of(3, C), later)
            .build();
    ElectionResult r = count(RcvSettings.standard(), e);
    assertEquals(Fraction.ONE, r.report().stages().get(0).exhausted());
    assertEquals(Fraction.of(1), total(r, 1, D));
    // Round 2: D out, its paper goes to C (D itself is no longer continuing at {C, D}).
    assertEquals(List.of(D), r.report().stages().get(1).excluded());
    assertEquals(Fraction.of(4), total(r, 2, C));
    assertEquals(List.of(), r.report().conservationErrors());
  }

  @Test
  void exhaustIfMultipleContinuing_noneContinuing_movesToTheNextRank() {
    RankedBallot b = RankedBallot.builder().rank(C, D).rank(B).build();
    Election e =
        election(A, B, C, D)
            .addWithdrawn(C, D)
            .rules(BallotRules.builder().overvote(BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING).build())
            .addBallots(b, RankedBallot.of(A))
            .build();
    ElectionResult r = count(RcvSettings.standard(), e);
    assertEquals(Fraction.ONE, total(r, 1, B));
  }

  @Test
  void exhaustIfMultipleContinuing_refusesAnOvervoteWithoutItsCandidates() {
    Election e =
        election(A, B)
            .rules(BallotRules.builder().overvote(BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING).build())
            .addBallots(RankedBallot.builder().overvote().rank(A).build())
            .build();
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> count(RcvSettings.standard(), e));
    assertTrue(x.getMessage().startsWith("ballot 1 records an overvote without naming its candidates"), x.getMessage());
  }

  @Test
  void undeclaredWriteIn_eliminatedFirstAlone_andNobodyElectedWhileItHoldsVotes() {
    // A has a first-round majority (6 of 10), but the write-in holds votes: A is declared in round 2.
    Election e =
        election(A, B, W)
            .undeclaredWriteIn(W)
            .addBallots(RankedBallot.of(6, A), RankedBallot.of(3, B), RankedBallot.of(1, W, B))
            .build();
    ElectionResult r = count(RcvSettings.standard(), e);
    assertEquals(List.of(), r.report().stages().get(0).elected());
    assertEquals(List.of(W), r.report().stages().get(1).excluded());
    assertEquals(List.of(A), r.report().stages().get(1).elected());
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void undeclaredWriteIn_isNeverElected_evenWithTheMostVotes() {
    Election e =
        election(A, B, W).undeclaredWriteIn(W).addBallots(RankedBallot.of(9, W), RankedBallot.of(2, A), RankedBallot.of(1, B)).build();
    ElectionResult r = count(RcvSettings.standard(), e);
    assertEquals(List.of(W), r.report().stages().get(1).excluded());
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void blankIsUndeclaredWriteIn_readsEveryBlankUpToTheCap() {
    Election e =
        election(A, B, W)
            .undeclaredWriteIn(W)
            .rules(BallotRules.builder().maxRanks(3).build())
            .addBallots(
                RankedBallot.builder().skip().rank(A).build(), // W, A, W
                RankedBallot.of(2, B),
                RankedBallot.of(A))
            .build();
    ElectionResult r = count(RcvSettings.builder().blankIsUndeclaredWriteIn(true).build(), e);
    assertEquals(Fraction.ONE, total(r, 1, W));
    assertEquals(Fraction.ONE, total(r, 1, A));
    // Round 2: the write-in is eliminated, its paper goes to A: 2 to 2, a tie for the last two.
    assertEquals(Fraction.of(2), total(r, 2, A));
    assertThrows(
        InvalidValueException.class,
        () -> count(RcvSettings.builder().blankIsUndeclaredWriteIn(true).build(), election(A, B).addBallots(RankedBallot.of(A)).build()));
  }

  @Test
  void useCandidateOrder_latestIsEliminated_withoutLookingBack() {
    // Round 1: C 3, A 2, B 2, D 1 -> D out (to B). Round 2: C 3, A 2, B 3: A lowest. Build a tie that
    // earlier rounds would break the other way: A and B tie at 2 in round 2, B had fewer in round 1.
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(5, C), RankedBallot.of(3, A), RankedBallot.of(2, B), RankedBallot.of(1, D, B))
            .build();
    // Round 1: C 5, A 3, B 2, D 1; D out. Round 2: C 5, A 3, B 3: a tie; B had fewer at round 1.
    ElectionResult lookBack = count(RcvSettings.standard(), e);
    assertEquals(List.of(B), lookBack.report().stages().get(2).excluded());
    ElectionResult order = count(RcvSettings.builder().tieBreak(RcvSettings.TieBreak.USE_CANDIDATE_ORDER).build(), e);
    // B is later than A in the candidates' order, so B is eliminated here too; reverse the order to see
    // that earlier rounds are not consulted.
    assertEquals(List.of(B), order.report().stages().get(2).excluded());
    Election reversed = Election.builder().from(e).candidates(List.of(D, C, B, A)).build();
    ElectionResult r = count(RcvSettings.builder().tieBreak(RcvSettings.TieBreak.USE_CANDIDATE_ORDER).build(), reversed);
    assertEquals(List.of(A), r.report().stages().get(2).excluded());
    assertEquals(Tie.DecidedBy.RULE, r.report().ties().get(0).decidedBy());
  }

  @Test
  void random_drawsAsRctabDraws() {
    // Three tied at 1 each; the lot sorts them by name and takes floor(nextDouble() x 3).
    Election e = election(C, A, B).addBallots(RankedBallot.of(C), RankedBallot.of(A), RankedBallot.of(B)).build();
    for (long seed = 0; seed < 20; seed++) {
      ElectionResult r = count(RcvSettings.builder().tieBreak(RcvSettings.TieBreak.RANDOM).randomSeed(seed).build(), e);
      Random expected = new Random(seed);
      List<Candidate> sorted = List.of(A, B, C);
      Candidate first = sorted.get((int) Math.floor(expected.nextDouble() * 3));
      assertEquals(List.of(first), r.report().stages().get(1).excluded(), "seed " + seed);
      assertEquals(Tie.DecidedBy.LOT, r.report().ties().get(0).decidedBy());
    }
  }

  @Test
  void generatePermutation_shufflesTheSortedNamesOnce() {
    Election e = election(C, A, B).addBallots(RankedBallot.of(C), RankedBallot.of(A), RankedBallot.of(B)).build();
    long seed = 7;
    List<Candidate> permutation = new ArrayList<>(List.of(A, B, C));
    Collections.shuffle(permutation, new Random(seed));
    ElectionResult r = count(RcvSettings.builder().tieBreak(RcvSettings.TieBreak.GENERATE_PERMUTATION).randomSeed(seed).build(), e);
    assertEquals(List.of(permutation.get(2)), r.report().stages().get(1).excluded());
  }

  @Test
  void previousRoundCountsThenRandom_looksBackFirst() {
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(5, C), RankedBallot.of(3, A), RankedBallot.of(2, B), RankedBallot.of(1, D, B))
            .build();
    ElectionResult r =
        count(RcvSettings.builder().tieBreak(RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM).randomSeed(1).build(), e);
    assertEquals(List.of(B), r.report().stages().get(2).excluded());
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, r.report().ties().get(0).decidedBy());
  }

  @Test
  void stopCountingAndAsk_usesTheCallersTieBreaker() {
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(5, C), RankedBallot.of(3, A), RankedBallot.of(2, B), RankedBallot.of(1, D, B))
            .build();
    ElectionResult r =
        RcvSettings.builder().tieBreak(RcvSettings.TieBreak.STOP_COUNTING_AND_ASK).build().method().count(e, TieBreaker.fixedOrder(List.of(B, A)));
    // Without looking back, the lot puts B first and eliminates the last, A.
    assertEquals(List.of(A), r.report().stages().get(2).excluded());
  }

  @Test
  void lastTwo_neitherAtTheThreshold_theOneWithMoreVotesWins() {
    // A minimum vote of 6 raises the threshold to 6; with 5 to 4 in the last round, A wins there.
    Election e = election(A, B).addBallots(RankedBallot.of(5, A), RankedBallot.of(4, B)).build();
    ElectionResult r = count(RcvSettings.builder().minimumVoteThreshold(4).firstRoundDeterminesThreshold(true).build(), e);
    assertEquals(List.of(A), r.elected());
    assertEquals(1, r.report().stages().size());
    // A tie of the last two is a tie for winner, settled in that round.
    Election tied = election(A, B).addBallots(RankedBallot.of(4, A), RankedBallot.of(4, B)).build();
    ElectionResult t = count(RcvSettings.standard(), tied);
    assertEquals(1, t.report().stages().size());
    assertEquals("winner", t.report().ties().get(0).purpose());
  }

  @Test
  void continueUntilTwoRemain_countsOnAndKeepsTheWinner() {
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(6, A), RankedBallot.of(2, B, C), RankedBallot.of(1, C, A), RankedBallot.of(1, D, B))
            .build();
    ElectionResult r = count(RcvSettings.builder().continueUntilTwoRemain(true).build(), e);
    assertEquals(List.of(A), r.elected());
    assertEquals(List.of(A), r.report().stages().get(0).elected());
    Stage last = r.report().finalStage();
    long remaining = last.totals().values().stream().filter(f -> f.signum() > 0).count();
    assertEquals(2, remaining);
    // The threshold is frozen at the winner's round.
    assertEquals(r.report().stages().get(0).quota(), last.quota());
    // A keeps receiving transfers: C's paper goes to A.
    assertEquals(Fraction.of(7), last.totals().get(A));
  }

  @Test
  void stopAfterRound_electsOnlyThoseElectedByThen() {
    Election e =
        election(A, B, C).addBallots(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C, B)).build();
    ElectionResult r = count(RcvSettings.builder().stopAfterRound(1).build(), e);
    assertEquals(List.of(), r.elected());
    assertEquals(1, r.report().stages().size());
    assertTrue(r.report().notes().contains("count stopped after round 1"), r.report().notes().toString());
    ElectionResult two = count(RcvSettings.builder().stopAfterRound(2).build(), e);
    assertEquals(List.of(B), two.elected());
    assertTrue(two.report().notes().stream().noneMatch(n -> n.startsWith("count stopped")));
  }

  @Test
  void firstRoundDeterminesThreshold_keepsRoundOnesThreshold() {
    // 10 papers, threshold 6; half of them exhaust after C goes: 6 needed still, B has 4 then 5.
    Election e =
        election(A, B, C)
            .addBallots(RankedBallot.of(4, A), RankedBallot.of(4, B), RankedBallot.of(2, C))
            .build();
    ElectionResult r = count(RcvSettings.builder().firstRoundDeterminesThreshold(true).build(), e);
    assertEquals(Fraction.of(6), r.report().finalStage().quota().orElseThrow());
    // A and B tie at 4 with two left: the tie rule picks the winner in round 2.
    assertEquals(1, r.elected().size());
  }

  @Test
  void minimumVoteThreshold_eliminatesEveryoneBelowAtOnce() {
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(5, A), RankedBallot.of(4, B), RankedBallot.of(2, C, B), RankedBallot.of(1, D, B))
            .build();
    ElectionResult r = count(RcvSettings.builder().minimumVoteThreshold(3).build(), e);
    assertEquals(List.of(C, D), r.report().stages().get(1).excluded());
    assertEquals(List.of(B), r.elected());
    // Exactly at the minimum stays.
    ElectionResult at = count(RcvSettings.builder().minimumVoteThreshold(2).build(), e);
    assertEquals(List.of(D), at.report().stages().get(1).excluded());
    // Everyone below: refused.
    assertThrows(InvalidValueException.class, () -> count(RcvSettings.builder().minimumVoteThreshold(100).build(), e));
  }

  @Test
  void batchElimination_neverLeavesOnlyTheWinnerWhenCountingOn() {
    // A 10, B 1, C 1: B and C together (2) are fewer than A: a batch of two would leave A alone.
    Election e = election(A, B, C).addBallots(RankedBallot.of(10, A), RankedBallot.of(1, B), RankedBallot.of(1, C)).build();
    ElectionResult r = count(RcvSettings.builder().batchElimination(true).continueUntilTwoRemain(true).build(), e);
    // Round 1 elects A; round 2, as RCTab counts it, repeats the totals and decides the elimination;
    // round 3 carries it out.
    assertEquals(List.of(A), r.report().stages().get(0).elected());
    assertEquals(List.of(), r.report().stages().get(1).excluded());
    assertEquals(1, r.report().stages().get(2).excluded().size());
    assertEquals(3, r.report().stages().size());
    assertEquals(List.of(A), r.elected());
    Election four =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(5, A), RankedBallot.of(4, B), RankedBallot.of(1, C, B), RankedBallot.of(1, D, B))
            .build();
    ElectionResult batch = count(RcvSettings.builder().batchElimination(true).build(), four);
    assertEquals(List.of(C, D), batch.report().stages().get(1).excluded());
  }

  @Test
  void bottomsUp_eliminatesUntilTheSeatsRemain() {
    Election e =
        election(A, B, C, D)
            .seats(2)
            .addBallots(RankedBallot.of(5, A), RankedBallot.of(4, B), RankedBallot.of(3, C), RankedBallot.of(2, D, C))
            .build();
    // Round 1: D out (to C); round 2: A 5, B 4, C 5: B out; round 3: two remain, both elected.
    ElectionResult r = count(RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP).build(), e);
    assertEquals(List.of(A, C), r.elected());
    assertEquals(3, r.report().stages().size());
  }

  @Test
  void bottomsUpPercentage_electsEveryoneAboveTheShare() {
    // 10 papers, 25%: D (1) and C (2) are not above 2.5; after they go, A and B are above.
    Election e =
        election(A, B, C, D)
            .addBallots(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C), RankedBallot.of(1, D))
            .build();
    RcvSettings quarter =
        RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE).bottomsUpPercentage(Fraction.of(1, 4)).build();
    ElectionResult r = count(quarter, e);
    assertEquals(List.of(A, B), r.elected());
    assertEquals(2, r.seats());
    ElectionResult cutoff = count(RcvSettings.builder().from(quarter).cutoffElimination(true).build(), e);
    assertEquals(List.of(C, D), cutoff.report().stages().get(1).excluded());
    assertEquals(List.of(A, B), cutoff.elected());
    assertThrows(InvalidValueException.class, () -> RcvSettings.builder().bottomsUpPercentage(Fraction.of(1, 4)).build());
    assertThrows(
        InvalidValueException.class,
        () -> RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE).bottomsUpPercentage(Fraction.ONE).build());
  }

  @Test
  void multiPassIrv_excludesEachWinnerFromTheNextPass() {
    Election e =
        election(A, B, C)
            .seats(2)
            .addBallots(RankedBallot.of(5, A, B), RankedBallot.of(3, B, C), RankedBallot.of(2, C, B))
            .build();
    ElectionResult r = count(RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.MULTI_PASS_IRV).build(), e);
    // Pass 1: A 5 of 10, not a majority; C out, B 5... tie at 5: B had more? round 1 A 5 B 3: look back.
    assertEquals(2, r.elected().size());
    assertTrue(r.report().stages().stream().anyMatch(s -> s.description().startsWith("Pass 2: ")));
    assertEquals(List.of(), r.report().conservationErrors());
  }

  private static Election tenPapers(int seats) {
    // 6 A then C, 3 B, 1 C: V = 10 first-round votes for candidates.
    return election(A, B, C).seats(seats).addBallots(RankedBallot.of(6, A, C), RankedBallot.of(3, B), RankedBallot.of(1, C)).build();
  }

  private static RcvSettings.Builder multiple() {
    return RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.MULTIPLE_WINNERS_PER_ROUND);
  }

  @Test
  void threshold_droopWhole_droopFractional_andHare() {
    // Droop, whole: floor(10 / 3) + 1 = 4.
    assertEquals(Fraction.of(4), count(multiple().build(), tenPapers(2)).report().stages().get(0).quota().orElseThrow());
    // Droop, fractional to 4 places: 3.3333 + 0.0001.
    assertEquals(
        Fraction.of(33334, 10000),
        count(multiple().nonIntegerThreshold(true).build(), tenPapers(2)).report().stages().get(0).quota().orElseThrow());
    // To 2 places: 3.33 + 0.01.
    assertEquals(
        Fraction.of(334, 100),
        count(multiple().nonIntegerThreshold(true).decimalPlaces(2).build(), tenPapers(2)).report().stages().get(0).quota().orElseThrow());
    // Hare as RCTab computes it: ceil(10 / 2) = 5; ceil(10 / 3) = 4.
    assertEquals(Fraction.of(5), count(multiple().hareQuota(true).build(), tenPapers(2)).report().stages().get(0).quota().orElseThrow());
    assertEquals(Fraction.of(4), count(multiple().hareQuota(true).build(), tenPapers(3)).report().stages().get(0).quota().orElseThrow());
    assertThrows(InvalidValueException.class, () -> multiple().hareQuota(true).nonIntegerThreshold(true).build());
    // V counts the undeclared write-in's votes, not the papers: a blank-led exhausted paper is not in V.
    Election withExhausted =
        Election.builder().from(tenPapers(2)).addBallots(RankedBallot.builder().overvote().rank(A).build()).build();
    assertEquals(Fraction.of(4), count(multiple().build(), withExhausted).report().stages().get(0).quota().orElseThrow());
  }

  @Test
  void multipleWinnersPerRound_movesTheSurplusAtTruncatedValues_andCountsOneMoreRound() {
    ElectionResult r = count(multiple().build(), tenPapers(2));
    // Round 1: A 6 of threshold 4, elected. Round 2: A's surplus 2, fraction trunc(2 / 6) = 0.3333;
    // each of the 6 papers moves at 0.3333 to C: 1.9998 moved, C 1 + 1.9998 = 2.9998, below B's 3.
    assertEquals(List.of(A), r.report().stages().get(0).elected());
    Stage surplus = r.report().stages().get(1);
    assertEquals(Stage.Kind.SURPLUS, surplus.kind());
    assertEquals(Fraction.of(29998, 10000), surplus.totals().get(C));
    assertEquals(Fraction.of(4), surplus.totals().get(A));
    // The residual: 6 - 1.9998 - 4 = 0.0002, held back and reported.
    assertEquals(Fraction.of(2, 10000), surplus.lostToRounding());
    // C is excluded (round 3); B and A... B is the only one left for the second seat.
    assertEquals(List.of(A, B), r.elected());
    assertEquals(List.of(), r.report().conservationErrors());
    assertEquals(4, r.report().decimals());
  }

  @Test
  void multipleWinnersPerRound_electsEveryoneOverTheThresholdInOneRound() {
    Election e =
        election(A, B, C).seats(2).addBallots(RankedBallot.of(5, A, C), RankedBallot.of(4, B, C), RankedBallot.of(1, C)).build();
    ElectionResult r = count(multiple().build(), e);
    assertEquals(List.of(A, B), r.report().stages().get(0).elected());
    // One more round after the last seat, to show the surpluses moved.
    assertEquals(2, r.report().stages().size());
    assertEquals(Stage.Kind.SURPLUS, r.report().stages().get(1).kind());
    ElectionResult one = count(RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.ONLY_ONE_WINNER_PER_ROUND).build(), e);
    assertEquals(List.of(A), one.report().stages().get(0).elected());
    assertEquals(List.of(B), one.report().stages().get(1).elected());
    assertEquals(List.of(A, B), one.elected());
    assertEquals(List.of(), one.report().conservationErrors());
  }

  @Test
  void settings_refuseWhatTheyCannotMean() {
    assertThrows(InvalidValueException.class, () -> RcvSettings.builder().tieBreak(RcvSettings.TieBreak.RANDOM).build());
    assertThrows(InvalidValueException.class, () -> RcvSettings.builder().stopAfterRound(0).build());
    assertThrows(InvalidValueException.class, () -> RcvSettings.builder().minimumVoteThreshold(-1).build());
    assertThrows(
        InvalidValueException.class,
        () -> RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP).batchElimination(true).build());
    assertThrows(
        InvalidValueException.class,
        () -> count(RcvSettings.standard(), election(A, B).seats(2).addBallots(RankedBallot.of(A)).build()));
  }

  private static void refused(String field, String message, org.junit.jupiter.api.function.Executable build) {
    InvalidValueException x = assertThrows(InvalidValueException.class, build);
    assertEquals(field, x.field());
    assertEquals(message, x.getMessage());
  }

  @Test
  void settings_limitsHoldAtTheirEnds_andRefusalsNameTheSetting() {
    assertEquals(1, RcvSettings.builder().stopAfterRound(1).build().stopAfterRound().getAsInt());
    refused("stopAfterRound", "stopAfterRound (0) must be at least 1", () -> RcvSettings.builder().stopAfterRound(0).build());
    assertEquals(0, RcvSettings.builder().minimumVoteThreshold(0).build().minimumVoteThreshold());
    refused(
        "minimumVoteThreshold",
        "minimumVoteThreshold (-1) must not be negative",
        () -> RcvSettings.builder().minimumVoteThreshold(-1).build());
    assertEquals(1, RcvSettings.builder().decimalPlaces(1).build().decimalPlaces());
    assertEquals(9, RcvSettings.builder().decimalPlaces(9).build().decimalPlaces());
    refused("decimalPlaces", "decimalPlaces (0) must be between 1 and 9", () -> RcvSettings.builder().decimalPlaces(0).build());
    refused("decimalPlaces", "decimalPlaces (10) must be between 1 and 9", () -> RcvSettings.builder().decimalPlaces(10).build());
    for (RcvSettings.TieBreak seeded :
        List.of(
            RcvSettings.TieBreak.RANDOM,
            RcvSettings.TieBreak.GENERATE_PERMUTATION,
            RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM)) {
      refused("randomSeed", "tie-break rule " + seeded + " needs a random seed", () -> RcvSettings.builder().tieBreak(seeded).build());
      assertEquals(seeded, RcvSettings.builder().tieBreak(seeded).randomSeed(7).build().tieBreak());
    }
    for (RcvSettings.TieBreak unseeded :
        List.of(
            RcvSettings.TieBreak.USE_CANDIDATE_ORDER,
            RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_ASK,
            RcvSettings.TieBreak.STOP_COUNTING_AND_ASK)) {
      assertEquals(unseeded, RcvSettings.builder().tieBreak(unseeded).build().tieBreak());
    }
    refused(
        "hareQuota",
        "a fractional Hare threshold is refused: RCTab states Hare only as ceil(V / S) in whole votes",
        () -> RcvSettings.builder().hareQuota(true).nonIntegerThreshold(true).build());
    assertTrue(RcvSettings.builder().hareQuota(true).build().hareQuota());
    assertTrue(RcvSettings.builder().nonIntegerThreshold(true).build().nonIntegerThreshold());
  }

  @Test
  void settings_bottomsUpPercentage_isAboveNothingAndBelowTheWhole() {
    RcvSettings.Builder percentage = RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE);
    refused(
        "bottomsUpPercentage",
        "a bottoms-up percentage is set exactly for winner mode BOTTOMS_UP_PERCENTAGE (here BOTTOMS_UP_PERCENTAGE)",
        percentage::build);
    refused(
        "bottomsUpPercentage",
        "a bottoms-up percentage is set exactly for winner mode BOTTOMS_UP_PERCENTAGE (here SINGLE_WINNER_MAJORITY)",
        () -> RcvSettings.builder().bottomsUpPercentage(Fraction.of(1, 4)).build());
    refused(
        "bottomsUpPercentage",
        "bottoms-up percentage 0 must be above 0 and below 1",
        () -> RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE).bottomsUpPercentage(Fraction.ZERO).build());
    refused(
        "bottomsUpPercentage",
        "bottoms-up percentage 1 must be above 0 and below 1",
        () -> RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE).bottomsUpPercentage(Fraction.ONE).build());
    Fraction justBelow = Fraction.of(999, 1000);
    assertEquals(
        justBelow,
        RcvSettings.builder()
            .winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE)
            .bottomsUpPercentage(justBelow)
            .build()
            .bottomsUpPercentage()
            .orElseThrow());
    Fraction justAbove = Fraction.of(1, 1000);
    assertEquals(
        justAbove,
        RcvSettings.builder()
            .winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE)
            .bottomsUpPercentage(justAbove)
            .cutoffElimination(true)
            .build()
            .bottomsUpPercentage()
            .orElseThrow());
    refused(
        "cutoffElimination",
        "cutoff elimination applies to winner mode BOTTOMS_UP_PERCENTAGE only",
        () -> RcvSettings.builder().cutoffElimination(true).build());
  }

  @Test
  void settings_batchElimination_andContinuingToTwo_applyOnlyWhereTheyMeanSomething() {
    for (RcvSettings.WinnerMode mode : RcvSettings.WinnerMode.values()) {
      RcvSettings.Builder b = RcvSettings.builder().winnerMode(mode).batchElimination(true);
      RcvSettings.Builder two = RcvSettings.builder().winnerMode(mode).continueUntilTwoRemain(true);
      if (mode == RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE) {
        b.bottomsUpPercentage(Fraction.of(1, 4));
        two.bottomsUpPercentage(Fraction.of(1, 4));
      }
      if (mode == RcvSettings.WinnerMode.SINGLE_WINNER_MAJORITY || mode == RcvSettings.WinnerMode.MULTI_PASS_IRV) {
        assertTrue(b.build().batchElimination(), mode.name());
      } else {
        refused(
            "batchElimination",
            "batch elimination applies to single-seat and multi-pass counts only, not " + mode,
            b::build);
      }
      if (mode == RcvSettings.WinnerMode.SINGLE_WINNER_MAJORITY) {
        assertTrue(two.build().continueUntilTwoRemain());
      } else {
        refused(
            "continueUntilTwoRemain",
            "continuing until two remain applies to single-seat counts only, not " + mode,
            two::build);
      }
    }
  }

  @Test
  void method_isNamedAfterItsWinnerMode() {
    assertEquals("rcv", RcvSettings.standard().method().name());
    assertEquals("rcv-bottoms-up", RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP).build().method().name());
    assertEquals("rcv-multi-pass", RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.MULTI_PASS_IRV).build().method().name());
    assertEquals(
        "rcv-bottoms-up-percentage",
        RcvSettings.builder()
            .winnerMode(RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE)
            .bottomsUpPercentage(Fraction.of(1, 2))
            .build()
            .method()
            .name());
    assertEquals(
        "rcv-one-winner-per-round",
        RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.ONLY_ONE_WINNER_PER_ROUND).build().method().name());
    assertEquals(
        "rcv-multiple-winners-per-round",
        RcvSettings.builder().winnerMode(RcvSettings.WinnerMode.MULTIPLE_WINNERS_PER_ROUND).build().method().name());
  }
}
