package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class KemenyYoungProperties implements CondorcetLoserContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.kemenyYoung();
  }

  /** The dynamic programme finds the same best rankings as trying all of them. */
  @Property(tries = 100)
  void count_agreesWithTryingEveryRanking(@ForAll("elections") Election e) {
    Assume.that(e.standing().size() >= 2);
    Set<Candidate> expected = Oracles.kemenyWinners(PairwiseMatrix.of(e));
    ElectionResult r = method().count(e);
    assertTrue(expected.contains(r.elected().get(0)));
    if (expected.size() > 1) {
      assertEquals(expected, new HashSet<>(r.report().ties().get(0).tied()));
    }
  }
}
