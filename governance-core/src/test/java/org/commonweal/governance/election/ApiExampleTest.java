package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** The counting example of the README and of docs/elections.md, kept compiling and right. */
class ApiExampleTest {

  @Test
  void readmeExample_countsAndExplains() {
    Candidate kiss = Candidate.of("Bob Kiss");
    Candidate wright = Candidate.of("Kurt Wright");
    Candidate montroll = Candidate.of("Andy Montroll");
    Election election =
        Election.builder()
            .title("Mayor")
            .addCandidates(kiss, wright, montroll)
            .addBallots(RankedBallot.of(3, kiss, montroll), RankedBallot.of(4, wright), RankedBallot.of(2, montroll, kiss))
            .build();
    ElectionResult result = ElectionMethods.instantRunoff().count(election, TieBreaker.seeded(2026));
    // By hand: Kiss 3, Wright 4, Montroll 2 of 9, no majority; Montroll's 2 papers pass to Kiss: 5 to 4.
    assertEquals(List.of(kiss), result.elected());
    Stage last = result.report().finalStage();
    assertEquals(Fraction.of(5), last.totals().get(kiss));
    assertEquals(List.of(montroll), last.excluded());
    assertEquals(List.of(), result.report().ties());
    assertEquals(List.of(), result.report().conservationErrors());
  }
}
