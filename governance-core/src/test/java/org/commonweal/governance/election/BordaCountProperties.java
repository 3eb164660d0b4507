package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import org.commonweal.governance.base.Fraction;

class BordaCountProperties {

  /** The points handed out by complete rankings: each paper gives n(n-1)/2 in all (truncated, averaged). */
  static void completeRankingsGiveAllPoints(ElectionMethod method, Election e) {
    long n = e.standing().size();
    Stage s = method.count(e).report().stages().get(0);
    assertEquals(Fraction.of(e.papers() * n * (n - 1) / 2), s.totalOfCandidates());
  }

  @Group
  class Truncated implements ElectionMethodContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.borda(BordaVariant.TRUNCATED);
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 2, true);
    }

    @Property(tries = 60)
    void count_ofCompleteRankings_handsOutEveryPoint(@ForAll("complete") Election e) {
      completeRankingsGiveAllPoints(method(), e);
    }

    @net.jqwik.api.Provide
    Arbitrary<Election> complete() {
      return ElectionDomain.completeOddElections(5);
    }
  }

  @Group
  class Averaged implements ElectionMethodContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.borda(BordaVariant.AVERAGED);
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 2, true);
    }

    /** Averaging hands out every point of every valid paper, whatever it ranks. */
    @Property(tries = 100)
    void count_handsOutEveryPointOfEveryValidPaper(@ForAll("elections") Election e) {
      long n = e.standing().size();
      ElectionResult r = method().count(e);
      assertEquals(Fraction.of(r.report().ballots().valid() * n * (n - 1)).dividedBy(2), r.report().stages().get(0).totalOfCandidates());
    }
  }

  @Group
  class Modified implements ElectionMethodContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.borda(BordaVariant.MODIFIED);
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 2, true);
    }
  }

  @Group
  class Dowdall implements ElectionMethodContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.borda(BordaVariant.DOWDALL);
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 2, true);
    }
  }
}
