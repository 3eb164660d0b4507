package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** Kemeny-Young's own limit of 16 candidates standing, checked wherever the count could start. */
class KemenyYoungTest {
  private static Election standing(int n) {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cs.add(Candidate.of("C" + i));
    }
    return Election.of(cs, 1, List.of(RankedBallot.of(1, cs.get(0))));
  }

  @Test
  void precheck_seventeenStanding_isRefused() {
    KemenyYoung k = new KemenyYoung(PairwiseMatrix.Unranked.BELOW_RANKED);
    LimitExceededException e = assertThrows(LimitExceededException.class, () -> k.precheck(standing(17)));
    assertEquals(16, e.limit());
    assertEquals(17, e.actual());
  }

  @Test
  void precheck_sixteenStanding_isAccepted() {
    new KemenyYoung(PairwiseMatrix.Unranked.BELOW_RANKED).precheck(standing(16));
  }

  @Test
  void decide_matrixOfSeventeen_isRefused() {
    KemenyYoung k = new KemenyYoung(PairwiseMatrix.Unranked.BELOW_RANKED);
    Election e = standing(17);
    PairwiseMatrix m = PairwiseMatrix.of(e);
    TieResolver resolver = new TieResolver(TieBreaker.givenOrder(), m.candidates());
    LimitExceededException x =
        assertThrows(LimitExceededException.class, () -> k.decide(m, resolver, Stage.builder().number(2).kind(Stage.Kind.ROUND)));
    assertEquals(17, x.actual());
  }
}
