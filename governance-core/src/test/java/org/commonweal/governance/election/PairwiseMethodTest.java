package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseMethodTest {
  @Test
  void toString_belowRanked_isTheTitleAlone() {
    assertEquals("Copeland", ElectionMethods.copeland().toString());
    assertEquals("Kemeny-Young", ElectionMethods.kemenyYoung().toString());
    assertEquals("Minimax (margins)", ElectionMethods.minimax(PairwiseStrength.MARGINS).toString());
    assertEquals("Minimax (winning votes)", ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES).toString());
  }

  @Test
  void toString_notCompared_saysSo() {
    assertEquals(
        "Copeland, unranked candidates not compared",
        ElectionMethods.copeland(PairwiseMatrix.Unranked.NOT_COMPARED).toString());
    assertEquals(
        "Kemeny-Young, unranked candidates not compared",
        ElectionMethods.kemenyYoung(PairwiseMatrix.Unranked.NOT_COMPARED).toString());
  }

  @Test
  void count_oneCandidateStanding_isElectedAtTheFirstStage() {
    Candidate a = Candidate.of("A");
    ElectionResult r = ElectionMethods.copeland().count(Election.of(List.of(a), 1, List.of(RankedBallot.of(3, a))));
    assertEquals(List.of(a), r.elected());
    assertEquals(1, r.report().stages().size());
    assertTrue(r.report().stages().get(0).notes().contains("A is the only candidate standing and is elected"));
  }

  @Test
  void count_firstStage_saysHowUnrankedCandidatesAreRead() {
    Candidate a = Candidate.of("A");
    Candidate b = Candidate.of("B");
    Election e = Election.of(List.of(a, b), 1, List.of(RankedBallot.of(3, a), RankedBallot.of(2, b)));
    String below = ElectionMethods.copeland().count(e).report().stages().get(0).description();
    String notCompared =
        ElectionMethods.copeland(PairwiseMatrix.Unranked.NOT_COMPARED).count(e).report().stages().get(0).description();
    assertTrue(below.contains("a paper ranks the candidates it leaves unranked equally, below all it ranks"), below);
    assertTrue(notCompared.contains("a paper says nothing about a pair with a candidate it leaves unranked"), notCompared);
  }
}
