package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

class StarVotingTest {
  @Test
  void toString_namesTheRange() {
    assertEquals("STAR voting (0 to 5)", ElectionMethods.star(5).toString());
  }

  @Test
  void star_maximumOfOne_isAccepted() {
    assertEquals("STAR voting (0 to 1)", ElectionMethods.star(1).toString());
  }

  @Test
  void star_maximumOfZero_namesTheMaximum() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ElectionMethods.star(0));
    assertEquals("max", e.field());
    assertEquals("0", e.value());
  }

  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");
  private static final Candidate X = Candidate.of("X");

  @Test
  void count_fourTiedForBothPlaces_narrowsTwiceHeadToHead() {
    // Scores A 3+3+0 = 6, B 2+2+2 = 6, C 1+1+4 = 6, D 0+0+6 = 6: four tied for two places. Each pair is
    // 2 to 1 for the one earlier in the alphabet (papers one and two against paper three), so the losses
    // are A 0, B 1, C 2, D 3: D drops out; among A, B and C, C loses 2 and drops out, leaving A and B for
    // the two places. The runoff: A is higher than B on two papers of three.
    Election e =
        Election.of(
            List.of(A, B, C, D),
            1,
            List.of(
                ScoreBallot.of(2, Map.of(A, 3, B, 2, C, 1, D, 0)), ScoreBallot.of(1, Map.of(A, 0, B, 2, C, 4, D, 6))));
    ElectionResult r = ElectionMethods.star(6).count(e, TieBreaker.givenOrder());
    List<Tie> ties = r.report().stages().get(0).ties();
    assertEquals(1, ties.size());
    assertEquals(List.of(A, B, C, D), ties.get(0).order());
    assertEquals(
        "A, B, C and D tied on 6 for 2 places in the runoff; D loses 3 of 3 head-to-head comparisons among A, B,"
            + " C and D; then C loses 2 of 2 head-to-head comparisons among A, B and C, so A and B go through",
        ties.get(0).explanation());
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void count_headToHeadCycleLeftAfterADropOut_isLeftToTheLot() {
    // X scores 9 on every paper (36) and is through. A, B, C, D tie on 3 for the other place: A 2+0+1+0,
    // B 1+2+0+0, C 0+1+2+0, D 0+0+0+3. A, B and C beat one another in a cycle (each 2 to 1) and each
    // beats D 2 to 1, so D loses 3 and drops out; A, B and C then lose once each and stay level.
    Election e =
        Election.of(
            List.of(X, A, B, C, D),
            1,
            List.of(
                ScoreBallot.of(1, Map.of(X, 9, A, 2, B, 1, C, 0, D, 0)),
                ScoreBallot.of(1, Map.of(X, 9, A, 0, B, 2, C, 1, D, 0)),
                ScoreBallot.of(1, Map.of(X, 9, A, 1, B, 0, C, 2, D, 0)),
                ScoreBallot.of(1, Map.of(X, 9, A, 0, B, 0, C, 0, D, 3))));
    ElectionResult r = ElectionMethods.star(9).count(e, TieBreaker.givenOrder());
    List<Tie> ties = r.report().stages().get(0).ties();
    assertEquals(Tie.DecidedBy.RULE, ties.get(0).decidedBy());
    assertEquals(
        "A, B, C and D tied on 3 for one place in the runoff; D loses 3 of 3 head-to-head comparisons among A, B,"
            + " C and D, which leaves A, B and C level for the lot",
        ties.get(0).explanation());
    assertEquals(Tie.DecidedBy.LOT, ties.get(1).decidedBy());
    assertEquals(List.of(X), r.elected());
  }
}
