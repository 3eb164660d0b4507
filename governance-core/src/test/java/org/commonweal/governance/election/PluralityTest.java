package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class PluralityTest {
  @Test
  void toString_namesTheMethod() {
    assertEquals("plurality (block voting for several seats)", ElectionMethods.plurality().toString());
  }

  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");

  @Test
  void count_equalPreferences_areRefused() {
    Election e =
        Election.builder()
            .candidates(List.of(A, B, C))
            .rules(BallotRules.builder().equalPreferences(true).build())
            .addBallots(RankedBallot.of(3, A), RankedBallot.ofRanks(2, List.of(Set.of(A, B))))
            .build();
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> ElectionMethods.plurality().count(e));
    assertEquals("ballots", x.field());
    assertEquals("2 papers", x.value());
  }

  @Test
  void count_description_saysHowManyPreferencesEachPaperGives() {
    List<RankedBallot> papers = List.of(RankedBallot.of(3, A, B), RankedBallot.of(2, C, A));
    assertEquals(
        "First preferences counted",
        ElectionMethods.plurality().count(Election.of(List.of(A, B, C), 1, papers)).report().stages().get(0).description());
    assertEquals(
        "The first 2 preferences of each paper counted, one vote each",
        ElectionMethods.plurality().count(Election.of(List.of(A, B, C), 2, papers)).report().stages().get(0).description());
  }
}
