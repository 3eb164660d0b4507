package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

/**
 * Minimax can elect the Condorcet loser: the classic construction of a strong three-way cycle among A, B
 * and C, each of whom beats D by little. Nine papers:
 *
 * <pre>
 *   2 D A B C    1 A B C D
 *   1 D B C A    2 B C A D
 *   1 D C A B    2 C A B D
 * </pre>
 *
 * By hand: A beats B 6-3 (rows 1, 2, 5, 6), B beats C 6-3, C beats A 6-3; each of A, B and C beats D
 * 5-4 (D heads 4 papers). D is the Condorcet loser, but its worst defeat (5 papers, margin 1) is milder
 * than the others' (6 papers, margin 3), so Minimax elects D under winning votes and margins alike.
 */
class MinimaxTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");

  private static final Election CYCLE =
      Election.of(
          List.of(A, B, C, D),
          1,
          List.of(
              RankedBallot.of(2, D, A, B, C),
              RankedBallot.of(1, A, B, C, D),
              RankedBallot.of(1, D, B, C, A),
              RankedBallot.of(2, B, C, A, D),
              RankedBallot.of(1, D, C, A, B),
              RankedBallot.of(2, C, A, B, D)));

  @Test
  void matrix_makesDTheCondorcetLoser() {
    PairwiseMatrix m = PairwiseMatrix.of(CYCLE);
    assertEquals(6, m.preferring(A, B));
    assertEquals(6, m.preferring(B, C));
    assertEquals(6, m.preferring(C, A));
    assertEquals(5, m.preferring(A, D));
    assertEquals(4, m.preferring(D, A));
    assertEquals(D, m.condorcetLoser().orElseThrow());
  }

  @Test
  void minimax_electsTheCondorcetLoser_underWinningVotesAndMargins() {
    ElectionResult wv = ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES).count(CYCLE);
    assertEquals(List.of(D), wv.elected());
    assertEquals(Fraction.of(5), wv.report().stages().get(1).totals().get(D));
    assertEquals(Fraction.of(6), wv.report().stages().get(1).totals().get(A));
    ElectionResult margins = ElectionMethods.minimax(PairwiseStrength.MARGINS).count(CYCLE);
    assertEquals(List.of(D), margins.elected());
    assertEquals(Fraction.of(1), margins.report().stages().get(1).totals().get(D));
    assertEquals(Fraction.of(3), margins.report().stages().get(1).totals().get(B));
  }

  @Test
  void schulzeRankedPairsAndCopeland_doNotElectIt() {
    for (ElectionMethod m :
        List.of(
            ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES),
            ElectionMethods.schulze(PairwiseStrength.MARGINS),
            ElectionMethods.rankedPairs(),
            ElectionMethods.copeland(),
            ElectionMethods.kemenyYoung())) {
      assertNotEquals(List.of(D), m.count(CYCLE).elected(), m.name());
    }
  }

  @Test
  void count_description_namesTheMeasureOfDefeat() {
    String margins = ElectionMethods.minimax(PairwiseStrength.MARGINS).count(CYCLE).report().stages().get(1).description();
    String winningVotes =
        ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES).count(CYCLE).report().stages().get(1).description();
    assertEquals("Minimax (margins): totals are each candidate's worst defeat (largest margin against it); the lowest wins", margins);
    assertEquals(
        "Minimax (winning votes): totals are each candidate's worst defeat (most papers preferring an opponent who"
            + " beats it, 0 if none does); the lowest wins",
        winningVotes);
  }
}
