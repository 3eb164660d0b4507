package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** What a method that states no limit of its own gives. */
class ElectionMethodDefaultsTest {
  @Test
  void maxCandidates_ofAMethodStatingNone_isNoLimit() {
    ElectionMethod plain =
        new ElectionMethod() {
          @Override
          public String name() {
            return "plain";
          }

          @Override
          public ElectionResult count(Election election, TieBreaker tieBreaker) {
            return ElectionMethods.plurality().count(election, tieBreaker);
          }
        };
    assertEquals(Integer.MAX_VALUE, plain.maxCandidates());
  }
}
