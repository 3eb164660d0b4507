package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;

class SchulzeProperties {

  /** The count elects a potential winner of the path-enumerating oracle, and reports all of them. */
  static void agreesWithOracle(PairwiseStrength strength, Election e) {
    Assume.that(e.standing().size() >= 2);
    PairwiseMatrix m = PairwiseMatrix.of(e);
    Set<Candidate> expected = Oracles.schulzeWinners(m, strength);
    ElectionResult r = ElectionMethods.schulze(strength).count(e);
    assertTrue(expected.contains(r.elected().get(0)), () -> r.elected() + " not among " + expected);
    if (expected.size() > 1) {
      assertEquals(expected, new HashSet<>(r.report().ties().get(0).tied()));
    } else {
      assertTrue(r.report().ties().isEmpty());
    }
  }

  @Group
  class WinningVotes implements CondorcetLoserContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES);
    }

    @Property(tries = 100)
    void count_agreesWithTheBruteForceOracle(@ForAll("elections") Election e) {
      agreesWithOracle(PairwiseStrength.WINNING_VOTES, e);
    }
  }

  @Group
  class Margins implements CondorcetLoserContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.schulze(PairwiseStrength.MARGINS);
    }

    @Property(tries = 100)
    void count_agreesWithTheBruteForceOracle(@ForAll("elections") Election e) {
      agreesWithOracle(PairwiseStrength.MARGINS, e);
    }
  }
}
