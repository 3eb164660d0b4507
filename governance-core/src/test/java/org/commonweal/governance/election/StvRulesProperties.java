package org.commonweal.governance.election;

import java.util.List;
import net.jqwik.api.Group;
import org.commonweal.governance.base.Fraction;

/** The STV contract run against each rule: one small class a rule. */
class StvRulesProperties {

  @Group
  class ScottishStv implements StvContract {
    @Override
    public StvMethod method() {
      return StvMethods.scottish();
    }
  }

  @Group
  class Ers97 implements StvContract {
    @Override
    public StvMethod method() {
      return StvMethods.ers97();
    }

    @Override
    public boolean strictQuota() {
      return false;
    }

    /**
     * The total active vote test (5.1.7, 5.3.13, 5.4.9): the vote times one more than the places then
     * left reaches the total active vote. Checked against the total active vote at the end of the
     * stage, which is no more than when the candidate was elected (papers only leave it).
     */
    @Override
    public boolean qualifiesBelowTheQuota(ElectionResult r, Stage s, List<Candidate> electedBefore, Candidate c) {
      Fraction quota = s.quota().orElseThrow();
      Fraction tav = Fraction.of(r.report().ballots().valid()).minus(s.exhausted()).minus(s.lostToRounding());
      for (Candidate e : electedBefore) {
        Fraction v = s.totals().get(e);
        tav = tav.minus(v.isLessThan(quota) ? v : quota);
      }
      int unfilled = r.seats() - electedBefore.size();
      return s.totals().get(c).times(unfilled + 1).isAtLeast(tav);
    }
  }

  @Group
  class Wigm implements StvContract {
    @Override
    public StvMethod method() {
      return StvMethods.wigm();
    }
  }

  @Group
  class Meek implements StvContract {
    @Override
    public StvMethod method() {
      return StvMethods.meek();
    }
  }

  @Group
  class MeekNz implements StvContract {
    @Override
    public StvMethod method() {
      return StvMethods.meekNz();
    }
  }
}
