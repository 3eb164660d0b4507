package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class ScoreVotingTest {
  @Test
  void toString_namesTheRange() {
    assertEquals("score voting (0 to 5)", ElectionMethods.score(5).toString());
  }

  @Test
  void score_maximumOfOne_isAccepted() {
    assertEquals("score voting (0 to 1)", ElectionMethods.score(1).toString());
  }

  @Test
  void score_maximumOfZero_namesTheMaximum() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ElectionMethods.score(0));
    assertEquals("max", e.field());
    assertEquals("0", e.value());
  }

  @Test
  void builder_withoutCount_isOnePaper() {
    ScoreBallot paper = ImmutableScoreBallot.builder().putAllScores(Map.of(Candidate.of("Ann"), 3)).build();
    assertEquals(1, paper.count());
  }

  @Test
  void count_rankedPaperWithEqualFirst_scoresEachRankOneBelowTheLast() {
    // Ranked papers are scored by rank: the first rank the maximum (5), each later rank one less. A and
    // B share the first rank, so both score 5; C at the second rank scores 4, D unranked 0.
    Candidate a = Candidate.of("A");
    Candidate b = Candidate.of("B");
    Candidate c = Candidate.of("C");
    Candidate d = Candidate.of("D");
    Election e =
        Election.builder()
            .candidates(List.of(a, b, c, d))
            .rules(BallotRules.builder().equalPreferences(true).build())
            .addBallots(RankedBallot.ofRanks(1, List.of(Set.of(a, b), Set.of(c))))
            .build();
    assertEquals(
        Map.of(a, Fraction.of(5), b, Fraction.of(5), c, Fraction.of(4), d, Fraction.ZERO),
        ElectionMethods.score(5).count(e).report().stages().get(0).totals());
  }
}
