package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * Ties for a place in STAR's runoff, broken by the Equal Vote Coalition's standard protocol: head-to-head
 * preference among the tied candidates, then the lot. Each election is counted by hand in the comments;
 * every lot is drawn in ballot-paper order, which would have chosen differently, so each test shows the
 * head-to-head step at work.
 */
class StarTiesTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");

  private static ScoreBallot paper(int a, int b, int c) {
    return ScoreBallot.of(1, Map.of(A, a, B, b, C, c));
  }

  private static ElectionResult star(List<Candidate> order, ScoreBallot... papers) {
    return ElectionMethods.star(5).count(Election.of(order, 1, List.of(papers)), TieBreaker.givenOrder());
  }

  @Test
  void tieForSecondPlace_goesToTheCandidateScoredHigherOnMorePapers() {
    // Scores A 5+5+5 = 15, B 4+2+0 = 6, C 1+3+2 = 6: A is through, B and C tie for the other place.
    // Head to head, B is higher on the first paper, C on the second and third: C 2, B 1, so C goes
    // through, though ballot-paper order would have given the place to B. Runoff: A is higher than C on
    // all three papers.
    ElectionResult r = star(List.of(A, B, C), paper(5, 4, 1), paper(5, 2, 3), paper(5, 0, 2));
    Stage scoring = r.report().stages().get(0);
    Tie tie = scoring.ties().get(0);
    assertEquals(Tie.DecidedBy.RULE, tie.decidedBy());
    assertEquals(List.of(B, C), tie.tied());
    assertEquals(List.of(C, B), tie.order());
    assertEquals(1, scoring.ties().size());
    assertEquals(List.of(B), r.report().stages().get(1).excluded());
    assertEquals(List.of(A), r.elected());
    assertEquals(
        "B and C tied on 6 for one place in the runoff; B loses 1 of 1 head-to-head comparisons among B and C, so C"
            + " goes through",
        tie.explanation());
  }

  @Test
  void threeTiedForBothPlaces_theOneBeatenByBothOthersDropsOut() {
    // Scores A 0+3+3 = 6, B 0+3+3 = 6, C 5+1+0 = 6. Head to head: A over C on papers two and three (2 to
    // 1), B over C likewise, A and B equal on every paper (0 to 0). Losses: A 0, B 0, C 2, so C drops
    // out, though C stands first on the paper. The runoff A-B is 0 to 0 and the totals are equal: the lot
    // in paper order gives A.
    ElectionResult r = star(List.of(C, A, B), paper(0, 0, 5), paper(3, 3, 1), paper(3, 3, 0));
    Stage scoring = r.report().stages().get(0);
    Tie tie = scoring.ties().get(0);
    assertEquals(Tie.DecidedBy.RULE, tie.decidedBy());
    assertEquals(List.of(C, A, B), tie.tied());
    assertEquals(List.of(A, B, C), tie.order());
    assertEquals(1, scoring.ties().size());
    assertEquals(List.of(C), r.report().stages().get(1).excluded());
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void headToHeadNarrowsTheTie_andTheLotDecidesWhatItLeavesLevel() {
    // Scores A 2+2+2+0 = 6, B 1+1+1+3 = 6, C 1+1+1+3 = 6: three tied for two places. Head to head: A
    // over B 3 to 1, A over C 3 to 1, B and C equal on every paper. Losses A 0, B 1, C 1: dropping B and
    // C would leave one finalist for two places, so A goes through and the last place is sought between
    // B and C alone, where neither beats the other: the lot, in paper order, gives B. Paper order alone
    // would have chosen B and C and left A out.
    ElectionResult r = star(List.of(B, C, A), paper(2, 1, 1), paper(2, 1, 1), paper(2, 1, 1), paper(0, 3, 3));
    List<Tie> ties = r.report().stages().get(0).ties();
    assertEquals(2, ties.size());
    assertEquals(Tie.DecidedBy.RULE, ties.get(0).decidedBy());
    assertTrue(ties.get(0).explanation().endsWith("so A goes through and the lot decides between B and C"), ties.get(0).explanation());
    assertEquals(Tie.DecidedBy.LOT, ties.get(1).decidedBy());
    assertEquals(List.of(B, C), ties.get(1).tied());
    assertEquals(List.of(C), r.report().stages().get(1).excluded());
    // Runoff A-B: A higher on three papers, B on one.
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void aCycleAmongTheTied_goesStraightToTheLot() {
    // Scores A 5+0+1 = 6, B 1+5+0 = 6, C 0+1+5 = 6. Head to head: A over B (papers one and three), B
    // over C (one and two), C over A (two and three): one loss each, nothing to drop. Two lots, in paper
    // order: A, then B.
    ElectionResult r = star(List.of(A, B, C), paper(5, 1, 0), paper(0, 5, 1), paper(1, 0, 5));
    List<Tie> ties = r.report().stages().get(0).ties();
    assertEquals(2, ties.size());
    assertTrue(ties.stream().allMatch(t -> t.decidedBy() == Tie.DecidedBy.LOT));
    assertEquals(List.of(C), r.report().stages().get(1).excluded());
  }
}
