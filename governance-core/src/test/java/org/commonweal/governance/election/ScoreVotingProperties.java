package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import org.commonweal.governance.base.Fraction;

class ScoreVotingProperties implements ElectionMethodContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.score(5);
  }

  @Override
  public Arbitrary<Election> countable() {
    return ElectionDomain.scoreElections(4, 3, 5);
  }

  /** Totals are the sums of the scores of the papers not rejected (a slow count, ballot by ballot). */
  @Property(tries = 100)
  void count_totalsAreTheSumsOfValidScores(@ForAll("elections") Election e) {
    Stage s = method().count(e).report().stages().get(0);
    for (Candidate c : e.standing()) {
      long sum = 0;
      for (Ballot b : e.ballots()) {
        ScoreBallot sb = (ScoreBallot) b;
        boolean valid = !sb.scores().isEmpty() && sb.scores().values().stream().allMatch(v -> v <= 5);
        sum += valid ? sb.scoreOf(c) * sb.count() : 0;
      }
      assertEquals(Fraction.of(sum), s.totals().get(c));
    }
  }

  @Group
  class RankedBallots implements ElectionMethodContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.score(5);
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 2, true);
    }
  }
}
