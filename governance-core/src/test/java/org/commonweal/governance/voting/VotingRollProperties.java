package org.commonweal.governance.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.VotingDomain.Scenario;

/** Invariants of voting rolls and of weighing the members taking part in a vote. */
@Domain(VotingDomain.class)
@Domain(DomainContext.Global.class)
class VotingRollProperties {

  private static Set<MemberId> pick(Electorate e, List<Boolean> picks) {
    Set<MemberId> out = new TreeSet<>();
    for (Elector x : e.electors()) {
      int i = Integer.parseInt(x.member().value().substring(2)) - 1;
      if (picks.get(i)) {
        out.add(x.member());
      }
    }
    return out;
  }

  @Property(tries = 150)
  void weigh_classSharesSumToTheTotalLessLapsedAndWithheld(@ForAll Scenario s, @ForAll @Size(30) List<Boolean> picks) {
    VotingRoll roll = s.roll();
    VoteWeights w = roll.weigh(pick(s.electorate(), picks));
    Fraction classSum = Fraction.sum(w.classTotals().values());
    Fraction unclassed = Fraction.ZERO;
    for (Map.Entry<MemberId, Fraction> e : w.weights().entrySet()) {
      if (!w.classOf().containsKey(e.getKey())) {
        unclassed = unclassed.plus(e.getValue());
      }
    }
    assertEquals(w.total(), classSum.plus(unclassed));
    if (s.rules().classShares().isPresent()) {
      // Under fixed shares nobody is unclassed, and the shares make up the whole vote less what lapsed.
      assertEquals(Fraction.ZERO, unclassed);
      if (!w.weights().isEmpty()) {
        assertEquals(Fraction.ONE.minus(w.lapsed()).minus(w.withheld()), w.total());
      }
    }
  }

  @Property(tries = 150)
  void weigh_membersWeightsSumToTheirClassShare(@ForAll Scenario s, @ForAll @Size(30) List<Boolean> picks) {
    VoteWeights w = s.roll().weigh(pick(s.electorate(), picks));
    for (Map.Entry<ClassId, Fraction> c : w.classTotals().entrySet()) {
      Fraction sum = Fraction.ZERO;
      for (Map.Entry<MemberId, ClassId> m : w.classOf().entrySet()) {
        if (m.getValue().equals(c.getKey())) {
          sum = sum.plus(w.weightOf(m.getKey()));
        }
      }
      assertEquals(c.getValue(), sum, "class " + c.getKey());
    }
  }

  @Property(tries = 100)
  void weigh_fixedShareOfAClassPresentIsItsShareWhenNoCapBindsAndNoneLapses(@ForAll Scenario s,
      @ForAll @Size(30) List<Boolean> picks) {
    if (s.rules().classShares().isEmpty() || !s.rules().classCaps().isEmpty()) {
      return;
    }
    ClassShares cs = s.rules().classShares().get();
    VoteWeights w = s.roll().weigh(pick(s.electorate(), picks));
    if (w.weights().isEmpty()) {
      return;
    }
    Fraction absent = Fraction.ZERO;
    for (ClassId c : cs.shares().keySet()) {
      if (w.classTotal(c).isZero()) {
        absent = absent.plus(cs.shareOf(c));
      }
    }
    for (ClassId c : cs.shares().keySet()) {
      if (!w.classTotal(c).isZero()) {
        Fraction expected = cs.whenClassAbsent() == ClassShares.Absent.LAPSE
            ? cs.shareOf(c)
            : cs.shareOf(c).dividedBy(Fraction.ONE.minus(absent));
        assertEquals(expected, w.classTotal(c), "class " + c);
      }
    }
  }

  @Property(tries = 100)
  void roll_headcountChangesNeverMoveAFixedClassShare(@ForAll Scenario s) {
    if (s.rules().classShares().isEmpty() || !s.rules().classCaps().isEmpty()) {
      return;
    }
    VotingRoll before = s.roll();
    // Add a member, in good standing with one ordinary share, to every class that already votes.
    List<Elector> more = new ArrayList<>(s.electorate().electors());
    int next = more.size() + 1;
    for (ClassId c : before.classTotals().keySet()) {
      if (!before.votersIn(c).isEmpty()) {
        more.add(Elector.builder().member(VotingDomain.member(next++)).addClasses(c).putHoldings("ordinary", 1).build());
      }
    }
    VotingRoll after = s.rules().roll(Electorate.builder().from(s.electorate()).electors(more).build());
    for (ClassId c : before.classTotals().keySet()) {
      if (!before.votersIn(c).isEmpty()) {
        assertEquals(before.classTotals().get(c), after.classTotals().get(c), "class " + c);
      }
    }
  }

  @Property(tries = 100)
  void weigh_cappedClassesHoldAtMostTheirCap(@ForAll Scenario s, @ForAll @Size(30) List<Boolean> picks) {
    VoteWeights w = s.roll().weigh(pick(s.electorate(), picks));
    for (Map.Entry<ClassId, Fraction> cap : s.rules().classCaps().entrySet()) {
      assertTrue(w.classTotal(cap.getKey()).isAtMost(cap.getValue().times(w.total())),
          "class " + cap.getKey() + " holds " + w.classTotal(cap.getKey()) + " of " + w.total());
    }
  }

  @Property(tries = 100)
  void roll_doesNotDependOnTheOrderOfMembersOrDelegations(@ForAll Scenario s) {
    VotingRoll roll = s.roll();
    List<Elector> reversed = new ArrayList<>(s.electorate().electors());
    Collections.reverse(reversed);
    List<Delegation> ds = new ArrayList<>(s.delegations());
    Collections.reverse(ds);
    VotingRoll other = s.rules().roll(Electorate.builder().from(s.electorate()).electors(reversed).build(), ds, VotingDomain.VOTE_DATE);
    assertEquals(roll.rights(), other.rights());
    assertEquals(roll.entitlement(), other.entitlement());
    assertEquals(roll.delegations(), other.delegations());
    assertEquals(roll.refusedDelegations(), other.refusedDelegations());
    assertEquals(roll.explain(), other.explain());
  }

  @Property(tries = 100)
  void roll_everyDelegationIsAcceptedOrRefusedAndLimitsHold(@ForAll Scenario s) {
    VotingRoll roll = s.roll();
    Set<Delegation> accounted = new HashSet<>(roll.delegations().values());
    accounted.addAll(roll.refusedDelegations().keySet());
    assertEquals(new HashSet<>(s.delegations()), accounted);
    s.rules().delegation().flatMap(d -> d.maxHeld().isPresent() ? Optional.of(d.maxHeld().getAsInt())
        : Optional.empty()).ifPresent(max -> roll.rights().values()
            .forEach(r -> assertTrue(r.delegationsHeld().size() <= max, r.toString())));
    roll.delegations().values().forEach(d -> {
      assertTrue(roll.hasVote(d.delegator()));
      assertTrue(roll.hasVote(d.delegate()));
      assertTrue(d.inForceOn(VotingDomain.VOTE_DATE));
    });
  }

  @Property(tries = 100)
  void roll_oneMemberOneVoteGivesEveryVoterOneVote(@ForAll Electorate e) {
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(e);
    for (VotingRight r : roll.rights().values()) {
      Elector x = e.byMember().get(r.member());
      assertEquals(x.inGoodStanding() ? Fraction.ONE : Fraction.ZERO, r.votes(), r.toString());
    }
    assertEquals(Fraction.of(roll.voters().size()), roll.totalVotes());
  }

  @Property(tries = 100)
  void roll_perShareVotesAreVotingSharesCapped(@ForAll Electorate e) {
    VotingRules rules = VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).maxVotesPerMember(100)
        .addNonVotingShareClasses("equity").build();
    VotingRoll roll = rules.roll(e);
    for (Elector x : e.electors()) {
      long expected = x.inGoodStanding() ? Math.min(100, x.holdings().getOrDefault("ordinary", 0L)) : 0;
      assertEquals(Fraction.of(expected), roll.votesOf(x.member()), x.toString());
    }
  }
}
