package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
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
}
