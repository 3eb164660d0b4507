package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import org.commonweal.governance.base.Fraction;

class StarVotingProperties implements SingleWinnerContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.star(5);
  }

  @Override
  public Arbitrary<Election> countable() {
    return ElectionDomain.scoreElections(4, 1, 5);
  }

  /** The winner is one of the two highest scorers: no candidate outside the runoff outscored it. */
  @Property(tries = 100)
  void count_electsAFinalist(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    if (r.elected().isEmpty()) {
      return;
    }
    Stage scoring = r.report().stages().get(0);
    Fraction winner = scoring.totals().get(r.elected().get(0));
    long higher = e.standing().stream().filter(c -> scoring.totals().get(c).isGreaterThan(winner)).count();
    assertTrue(higher <= 1, () -> "winner " + r.elected() + " has " + higher + " higher scorers");
    List<Stage> stages = r.report().stages();
    if (stages.size() == 2) {
      assertTrue(!stages.get(1).excluded().contains(r.elected().get(0)));
    }
  }

  @Group
  class RankedBallots implements SingleWinnerContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.star(5);
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 1, true);
    }
  }
}
