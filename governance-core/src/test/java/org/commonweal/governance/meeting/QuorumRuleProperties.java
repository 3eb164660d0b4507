package org.commonweal.governance.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.MeetingDomain.Gathering;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;

/** Invariants of quorum rules: composition, monotonicity, exactness, order independence. */
@Domain(MeetingDomain.class)
@Domain(DomainContext.Global.class)
class QuorumRuleProperties {

  private static boolean quorate(QuorumRule r, Gathering g) {
    return r.decide("quorum", g.roll(), g.present()).quorate();
  }

  @Property(tries = 150)
  void greaterOf_isNeverEasierThanEitherPart(@ForAll QuorumRule a, @ForAll QuorumRule b, @ForAll Gathering g) {
    boolean both = quorate(QuorumRule.greaterOf(a, b), g);
    if (both) {
      assertTrue(quorate(a, g) && quorate(b, g));
    }
    assertEquals(quorate(a, g) && quorate(b, g), both);
  }

  @Property(tries = 150)
  void lesserOf_isNeverHarderThanEitherPart(@ForAll QuorumRule a, @ForAll QuorumRule b, @ForAll Gathering g) {
    boolean either = quorate(QuorumRule.lesserOf(a, b), g);
    if (quorate(a, g) || quorate(b, g)) {
      assertTrue(either);
    }
    assertEquals(quorate(a, g) || quorate(b, g), either);
  }

  @Property(tries = 150)
  void decide_neverLosesQuorumWhenAMemberArrives(@ForAll QuorumRule r, @ForAll Gathering g) {
    if (!quorate(r, g)) {
      return;
    }
    for (MemberId m : g.roll().rights().keySet()) {
      Set<MemberId> more = new TreeSet<>(g.present());
      more.add(m);
      assertTrue(quorate(r, new Gathering(g.roll(), more)), () -> r + " lost quorum when " + m + " arrived");
    }
  }

  @Property(tries = 100)
  void decide_doesNotDependOnTheOrderOfTheGroup(@ForAll QuorumRule r, @ForAll Gathering g) {
    List<MemberId> forward = new ArrayList<>(g.present());
    List<MemberId> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    assertEquals(r.decide("quorum", g.roll(), forward), r.decide("quorum", g.roll(), backward));
  }

  @Property(tries = 100)
  void decide_decidedByIsOneOfTheChecks(@ForAll QuorumRule r, @ForAll Gathering g) {
    QuorumDecision d = r.decide("quorum", g.roll(), g.present());
    assertTrue(d.checks().contains(d.decidedBy()));
    if (d.checks().size() == 1) {
      assertEquals(d.decidedBy().met(), d.quorate());
    }
  }

  @Property(tries = 300)
  void timesSquareRootOfMembers_agreesWithALinearSearch(
      @ForAll @IntRange(min = 0, max = 3000) int n, @ForAll @IntRange(min = 1, max = 9) int p, @ForAll @IntRange(min = 1, max = 4) int q) {
    Fraction k = Fraction.of(p, q);
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(MeetingDomain.START.toLocalDate(), ids(n)));
    QuorumDecision d = QuorumRule.timesSquareRootOfMembers(k).decide("quorum", roll, List.of());
    // Oracle: the smallest whole V with (qV)^2 >= p^2 N, by counting up.
    long v = 0;
    while (BigInteger.valueOf(q * v).pow(2).compareTo(BigInteger.valueOf(p).pow(2).multiply(BigInteger.valueOf(n))) < 0) {
      v++;
    }
    assertEquals(Fraction.of(v), d.decidedBy().needed(), "k = " + k + ", N = " + n);
  }

  @Property(tries = 200)
  void fractionOfMembers_needsTheSmallestWholeNumberReachingTheFraction(
      @ForAll @IntRange(min = 0, max = 200) int n, @ForAll @IntRange(min = 1, max = 12) int p, @ForAll @IntRange(min = 1, max = 12) int q) {
    if (p > q) {
      return;
    }
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(MeetingDomain.START.toLocalDate(), ids(n)));
    Fraction f = Fraction.of(p, q);
    long atLeast = 0;
    while (Fraction.of(atLeast).isLessThan(f.times(n))) {
      atLeast++;
    }
    assertEquals(Fraction.of(atLeast), QuorumRule.fractionOfMembers(f).decide("q", roll, List.of()).decidedBy().needed());
    if (p < q) {
      long moreThan = 0;
      while (!Fraction.of(moreThan).isGreaterThan(f.times(n))) {
        moreThan++;
      }
      assertEquals(Fraction.of(moreThan), QuorumRule.moreThanFractionOfMembers(f).decide("q", roll, List.of()).decidedBy().needed());
    }
  }

  static List<MemberId> ids(int n) {
    List<MemberId> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(MemberId.of("D-" + i));
    }
    return out;
  }
}
