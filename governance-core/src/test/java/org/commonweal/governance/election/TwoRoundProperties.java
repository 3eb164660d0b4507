package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class TwoRoundProperties implements SingleWinnerContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.twoRound();
  }

  @Override
  public Arbitrary<Election> countable() {
    return ElectionDomain.markedElections(5, 1, false);
  }

  @Property(tries = 100)
  void count_electsAMajorityOfFirstPreferences(@ForAll("elections") Election e) {
    InstantRunoffProperties.majorityOfFirstPreferencesIsElected(method(), e);
  }

  @Property(tries = 100)
  void count_hasAtMostTwoStages_andTheWinnerWasAFinalist(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    assertTrue(r.report().stages().size() <= 2);
    if (r.report().stages().size() == 2 && !r.elected().isEmpty()) {
      assertTrue(!r.report().stages().get(1).excluded().contains(r.elected().get(0)));
    }
  }
}
