package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** Ranked Pairs' order among equal defeats, worked by hand. */
class RankedPairsTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");

  @Test
  void count_equalDefeatsWithOneWinner_lockTheOneOverTheLowerRankedLoserFirst() {
    // Papers A B C D, B C D A, C A B D. Pairs: A over B 2-1, B over C 2-1, C over A 2-1, A over D 2-1,
    // B over D 3-0, C over D 3-0. The margin-3 defeats lock first. The four of margin 1 hold the cycle
    // A-B-C, so the lot draws a tie-breaking ranking (in paper order: A, B, C, D). Equal defeats go in
    // the order of their winner's rank; for the same winner A, the defeat of the lower-ranked loser (D)
    // comes before that of B (Zavist and Tideman's tie-breaking ranking). C over A would close the cycle.
    Election e =
        Election.of(
            List.of(A, B, C, D), 1, List.of(RankedBallot.of(1, A, B, C, D), RankedBallot.of(1, B, C, D, A), RankedBallot.of(1, C, A, B, D)));
    ElectionResult r = ElectionMethods.rankedPairs().count(e, TieBreaker.givenOrder());
    Stage two = r.report().stages().get(1);
    assertEquals(List.of(A, B, C, D), two.ties().get(0).order());
    assertEquals(
        List.of(
            "B over D by 3: locked",
            "C over D by 3: locked",
            "A over D by 1: locked",
            "A over B by 1: locked",
            "B over C by 1: locked",
            "C over A by 1: skipped, it would make a cycle"),
        two.notes().subList(0, 6));
    assertEquals(List.of(A), r.elected());
  }
}
