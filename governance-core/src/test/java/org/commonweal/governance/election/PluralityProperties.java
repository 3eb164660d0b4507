package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import org.commonweal.governance.base.Fraction;

class PluralityProperties implements ElectionMethodContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.plurality();
  }

  @Override
  public Arbitrary<Election> countable() {
    return ElectionDomain.markedElections(5, 3, false);
  }

  /** No candidate left out has more votes than one elected. */
  @Property(tries = 100)
  void count_electsTheHighestTotals(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    Stage s = r.report().stages().get(0);
    for (Candidate in : r.elected()) {
      for (Candidate out : e.standing()) {
        if (!r.elected().contains(out)) {
          assertTrue(s.totals().get(in).isAtLeast(s.totals().get(out)));
        }
      }
    }
  }

  @Group
  class XBallots implements ElectionMethodContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.plurality();
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.approvalElections(5, 3);
    }

    /** A paper marking more candidates than seats is rejected, and the account says so. */
    @Property(tries = 100)
    void count_rejectsOvervotedPapers(@ForAll("elections") Election e) {
      long over = 0;
      for (Ballot b : e.ballots()) {
        long standing = ((ApprovalBallot) b).approved().stream().filter(c -> !e.withdrawn().contains(c)).count();
        over += standing > e.seats() ? b.count() : 0;
      }
      BallotAccount a = method().count(e).report().ballots();
      assertEquals(over, a.rejected().entrySet().stream().filter(x -> x.getKey().startsWith("more")).mapToLong(x -> x.getValue()).sum());
      Fraction votes = method().count(e).report().stages().get(0).totalOfCandidates();
      assertTrue(votes.isAtMost(Fraction.of(a.valid() * e.seats())));
    }
  }
}
