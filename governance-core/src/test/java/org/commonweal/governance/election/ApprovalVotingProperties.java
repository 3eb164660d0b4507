package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import org.commonweal.governance.base.Fraction;

class ApprovalVotingProperties implements ElectionMethodContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.approval();
  }

  @Override
  public Arbitrary<Election> countable() {
    return ElectionDomain.approvalElections(5, 3);
  }

  /** Each candidate's total is the papers approving it (a slow count, ballot by ballot). */
  @Property(tries = 100)
  void count_totalsAreThePapersApprovingEachCandidate(@ForAll("elections") Election e) {
    Stage s = method().count(e).report().stages().get(0);
    for (Candidate c : e.standing()) {
      long n = 0;
      for (Ballot b : e.ballots()) {
        n += ((ApprovalBallot) b).approved().contains(c) ? b.count() : 0;
      }
      assertEquals(Fraction.of(n), s.totals().get(c));
    }
  }

  @Group
  class RankedBallots implements ElectionMethodContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.approval();
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 3, true);
    }
  }
}
