package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * The pairwise methods' second stage by hand: the totals each shows, its notes, and the tie it draws.
 * Each test's comment shows the pairwise counts and the arithmetic the expected values come from.
 */
class PairwiseExamplesTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");

  private static Election of(RankedBallot... ballots) {
    return Election.of(List.of(A, B, C), 1, List.of(ballots));
  }

  private static Fraction f(long n) {
    return Fraction.of(n);
  }

  /** 5 A B C, 3 B C A, 2 C A B: A-B 7-3, B-C 8-2, A-C 5-5 (a pairwise tie). */
  private static final Election TIED_PAIR =
      of(RankedBallot.of(5, A, B, C), RankedBallot.of(3, B, C, A), RankedBallot.of(2, C, A, B));

  /** 3 A B C, 1 B C A, 1 C A B: A-B 4-1, A-C 3-2, B-C 4-1; A is the Condorcet winner. */
  private static final Election WINNER = of(RankedBallot.of(3, A, B, C), RankedBallot.of(1, B, C, A), RankedBallot.of(1, C, A, B));

  @Test
  void kemenyYoung_totalsAreTheBestScoreOfARankingHeadedByEach_andTheNoteGivesOne() {
    // Rankings' scores (the papers agreeing with each of their three pairs): ABC 7+5+8 = 20, ACB 5+7+2
    // = 14, BAC 3+8+5 = 16, BCA 8+3+5 = 16, CAB 5+2+7 = 14, CBA 2+5+3 = 10. Best headed by A 20, B 16,
    // C 14.
    ElectionResult r = ElectionMethods.kemenyYoung().count(TIED_PAIR);
    Stage two = r.report().stages().get(1);
    assertEquals(Map.of(A, f(20), B, f(16), C, f(14)), two.totals());
    assertEquals(List.of("A best ranking: A > B > C (Kemeny score 20)"), two.notes());
    assertEquals(List.of(A), r.elected());
    assertEquals(List.of(), two.ties());
  }

  @Test
  void kemenyYoung_bestRankingOfTheRunnerUp_isReportedWhenItWins() {
    // 3 B A C, 2 A C B: B-A 3-2, A-C 5-0, B-C 3-2. BAC 3+3+5 = 11, ABC 2+5+3 = 10, BCA 3+3+0 = 6. B
    // heads the best ranking, B > A > C.
    ElectionResult r = ElectionMethods.kemenyYoung().count(of(RankedBallot.of(3, B, A, C), RankedBallot.of(2, A, C, B)));
    assertEquals(List.of(B), r.elected());
    Stage two = r.report().stages().get(1);
    assertEquals(List.of("A best ranking: B > A > C (Kemeny score 11)"), two.notes());
    assertEquals(f(11), two.totals().get(B));
    assertEquals(f(10), two.totals().get(A));
  }

  @Test
  void copeland_pairwiseTieScoresHalfAPoint_andEqualTopScoresGoToTheLot() {
    // 2 A B C, 2 B A C: A-B 2-2, A and B each beat C 4-0. Scores A 1 + 1/2, B 1 + 1/2, C 0.
    Election e = of(RankedBallot.of(2, A, B, C), RankedBallot.of(2, B, A, C));
    ElectionResult given = ElectionMethods.copeland().count(e, TieBreaker.givenOrder());
    Stage two = given.report().stages().get(1);
    assertEquals(Map.of(A, Fraction.of(3, 2), B, Fraction.of(3, 2), C, f(0)), two.totals());
    assertEquals(List.of("Highest Copeland score (3/2): A and B"), two.notes());
    assertEquals(List.of(A, B), two.ties().get(0).tied());
    assertEquals("the winner (equal Copeland scores)", two.ties().get(0).purpose());
    assertEquals(List.of(A), given.elected());
    assertEquals(List.of(B), ElectionMethods.copeland().count(e, TieBreaker.fixedOrder(List.of(C, B, A))).elected());
    // The first stage counts the candidates each beats: a pairwise tie is no win.
    assertEquals(Map.of(A, f(1), B, f(1), C, f(0)), given.report().stages().get(0).totals());
  }

  @Test
  void copeland_withAPairwiseTieBelowTheTop_scoresItToo() {
    // A beats B 7-3 and ties C 5-5; B beats C 8-2. A 1 + 1/2, B 1, C 1/2.
    Stage two = ElectionMethods.copeland().count(TIED_PAIR).report().stages().get(1);
    assertEquals(Map.of(A, Fraction.of(3, 2), B, f(1), C, Fraction.of(1, 2)), two.totals());
    assertEquals(List.of("Highest Copeland score (3/2): A"), two.notes());
  }

  @Test
  void minimax_winningVotes_countsOnlyDefeats() {
    // A: B does not beat it (3-7), C ties it (5-5): 0. B: A beats it with 7. C: B beats it with 8.
    ElectionResult r = ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES).count(TIED_PAIR);
    Stage two = r.report().stages().get(1);
    assertEquals(Map.of(A, f(0), B, f(7), C, f(8)), two.totals());
    assertEquals(List.of("Least bad worst defeat (0): A"), two.notes());
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void minimax_margins_countsTheLargestMarginAgainst_evenWhenNegative() {
    // Margins against A: B 1-4 = -3, C 2-3 = -1, worst -1. Against B: A 4-1 = 3, C 1-4 = -3, worst 3.
    // Against C: A 3-2 = 1, B 4-1 = 3, worst 3.
    ElectionResult r = ElectionMethods.minimax(PairwiseStrength.MARGINS).count(WINNER);
    Stage two = r.report().stages().get(1);
    assertEquals(Map.of(A, f(-1), B, f(3), C, f(3)), two.totals());
    assertEquals(List.of("Least bad worst defeat (-1): A"), two.notes());
    // Winning votes: A 0, B 4 (A beats it 4-1), C 4 (B beats it 4-1, A 3-2).
    Stage wv = ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES).count(WINNER).report().stages().get(1);
    assertEquals(Map.of(A, f(0), B, f(4), C, f(4)), wv.totals());
  }

  @Test
  void minimax_equalBestScores_goToTheLot() {
    // 1 A B C, 1 B C A, 1 C A B: each pair 2-1 round the cycle; every worst defeat is 2 papers, margin 1.
    Election cycle = of(RankedBallot.of(A, B, C), RankedBallot.of(B, C, A), RankedBallot.of(C, A, B));
    for (PairwiseStrength s : PairwiseStrength.values()) {
      ElectionResult r = ElectionMethods.minimax(s).count(cycle, TieBreaker.fixedOrder(List.of(B, C, A)));
      Stage two = r.report().stages().get(1);
      assertEquals(List.of(A, B, C), two.ties().get(0).tied(), s.toString());
      assertEquals("the winner (equal worst defeats)", two.ties().get(0).purpose());
      assertEquals(List.of(B), r.elected(), s.toString());
    }
  }

  @Test
  void pairwise_firstStage_namesTheCondorcetWinnerAndLoser_andTheSets() {
    Stage one = ElectionMethods.copeland().count(WINNER).report().stages().get(0);
    assertEquals(
        List.of(
            "Condorcet winner: A beats every other candidate head to head",
            "Condorcet loser: C loses to every other candidate head to head",
            "Smith set: A",
            "Schwartz set: A"),
        one.notes());
    assertEquals(Map.of(A, f(2), B, f(1), C, f(0)), one.totals());
  }
}
