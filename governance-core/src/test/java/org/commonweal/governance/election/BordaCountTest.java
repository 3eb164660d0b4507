package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The Borda count's variants worked by hand on small elections. */
class BordaCountTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");

  private static Map<Candidate, Fraction> totals(BordaVariant v, Election e) {
    return ElectionMethods.borda(v).count(e).report().stages().get(0).totals();
  }

  @Test
  void toString_namesTheVariant() {
    assertEquals("Borda count (truncated)", ElectionMethods.borda(BordaVariant.TRUNCATED).toString());
    assertEquals("Borda count (modified)", ElectionMethods.borda(BordaVariant.MODIFIED).toString());
  }

  @Test
  void count_modifiedFullRanking_givesTheFirstAsManyPointsAsCandidatesRanked() {
    // Modified: a paper ranking k gives k, k-1, ..., 1. Ranking all three: A 3, B 2, C 1.
    Election e = Election.of(List.of(A, B, C), 1, List.of(RankedBallot.of(1, A, B, C)));
    assertEquals(Map.of(A, Fraction.of(3), B, Fraction.of(2), C, Fraction.of(1)), totals(BordaVariant.MODIFIED, e));
  }

  @Test
  void count_modifiedEqualFirst_sharesTheFirstTwoPlaces() {
    // Modified, A and B equal first on a paper ranking k = 2: places worth 2 and 1, so each gets 3/2.
    Election e =
        Election.builder()
            .candidates(List.of(A, B, C))
            .rules(BallotRules.builder().equalPreferences(true).build())
            .addBallots(RankedBallot.ofRanks(1, List.of(Set.of(A, B))))
            .build();
    assertEquals(Map.of(A, Fraction.of(3, 2), B, Fraction.of(3, 2), C, Fraction.ZERO), totals(BordaVariant.MODIFIED, e));
  }

  @Test
  void count_decimals_followTheVariant() {
    Election e = Election.of(List.of(A, B, C), 1, List.of(RankedBallot.of(2, A, B), RankedBallot.of(1, C)));
    assertEquals(3, ElectionMethods.borda(BordaVariant.DOWDALL).count(e).report().decimals());
    assertEquals(1, ElectionMethods.borda(BordaVariant.AVERAGED).count(e).report().decimals());
    assertEquals(0, ElectionMethods.borda(BordaVariant.TRUNCATED).count(e).report().decimals());
    assertEquals(0, ElectionMethods.borda(BordaVariant.MODIFIED).count(e).report().decimals());
  }

  @Test
  void count_approvalBallots_areRefused() {
    Election e = Election.of(List.of(A, B), 1, List.of(ApprovalBallot.of(1, A)));
    InvalidValueException x =
        assertThrows(InvalidValueException.class, () -> ElectionMethods.borda(BordaVariant.TRUNCATED).count(e));
    assertEquals("ballots", x.field());
    assertTrue(x.getMessage().contains("the Borda count counts ranked ballots"), x.getMessage());
  }
}
