package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-reference.md, "FairShares Model": class majorities and 75% of all members for a special resolution,
 * escalation by a class when a poll is demanded, the regulator-approved cap of 25% on investor votes,
 * and the quorum tiered by membership. Numbers worked by hand.
 */
class FairSharesRulesTest {
  static final ClassId FOUNDERS = ClassId.of("founders");
  static final ClassId LABOUR = ClassId.of("labour");
  static final ClassId USERS = ClassId.of("users");
  static final ClassId INVESTORS = ClassId.of("investors");

  /** The FairShares special resolution, read as docs/rules-reference.md states it. */
  static final Resolution SPECIAL = Resolution.builder().title("Adopt the new rules").kind(Resolution.Kind.SPECIAL)
      .addConditions(Condition.inEachClass(Threshold.majorityOfVotesCast()),
          Threshold.atLeast(Fraction.of(3, 4), VoteBase.ALL_ELIGIBLE).byHeads())
      .build();

  /** 2 founders (1-2), 6 labour (3-8), 8 users (9-16), 4 investors (17-20). */
  static VotingRoll roll(VotingRules rules) {
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 2, FOUNDERS));
    all.addAll(RollFixtures.electors(3, 6, LABOUR));
    all.addAll(RollFixtures.electors(9, 8, USERS));
    all.addAll(RollFixtures.electors(17, 4, INVESTORS));
    return rules.roll(Electorate.of(RollFixtures.RECORD, all));
  }

  static QuorumRule fairSharesQuorum() {
    return QuorumRule.tiered()
        .upTo(9, QuorumRule.greaterOf(QuorumRule.fractionOfMembers(Fraction.ONE_HALF), QuorumRule.members(3)))
        .upTo(50, QuorumRule.fractionOfMembers(Fraction.of(2, 5)))
        .otherwise(QuorumRule.members(20));
  }

  @Test
  void specialResolution_needsAMajorityOfVotesCastInEachClassAnd75PercentOfAllMembers() {
    VotingRoll roll = roll(VotingRules.oneMemberOneVote());
    // 15 of 20 members for (75%); each class has a majority for: passes.
    Tally.Builder b = Tally.builder(roll);
    TallyFixtures.votes(b, 1, 2, Choice.FOR);
    TallyFixtures.votes(b, 3, 5, Choice.FOR);
    TallyFixtures.votes(b, 8, 1, Choice.AGAINST);
    TallyFixtures.votes(b, 9, 6, Choice.FOR);
    TallyFixtures.votes(b, 15, 2, Choice.AGAINST);
    TallyFixtures.votes(b, 17, 2, Choice.FOR);
    TallyFixtures.votes(b, 19, 1, Choice.AGAINST);
    ResolutionOutcome yes = SPECIAL.decide(b.build());
    assertTrue(yes.passed(), yes.explain());
    // The same, but the investors split 2 to 2: 15 of 20 for, but no majority among investors.
    Tally.Builder c = Tally.builder(roll);
    TallyFixtures.votes(c, 1, 8, Choice.FOR);
    TallyFixtures.votes(c, 9, 5, Choice.FOR);
    TallyFixtures.votes(c, 14, 3, Choice.AGAINST);
    TallyFixtures.votes(c, 17, 2, Choice.FOR);
    TallyFixtures.votes(c, 19, 2, Choice.AGAINST);
    ResolutionOutcome no = SPECIAL.decide(c.build());
    assertFalse(no.passed());
    assertEquals(1, no.failedConditions().size());
    assertEquals("in class investors: more than 1/2 of the votes cast", no.failedConditions().get(0).rule());
  }

  @Test
  void anyClass_canTurnAnOrdinaryResolutionIntoASpecialOneByClassResolutionWhenAPollIsDemanded() {
    VotingRoll roll = roll(VotingRules.oneMemberOneVote());
    VotingRoll investors = VotingRules.oneMemberOneVote().roll(roll.electorate().inClass(INVESTORS));
    ResolutionOutcome classVote = Resolution.ordinary("Investors: make the sale a special resolution")
        .decide(investorsVote(investors));
    QuorumDecision poll = QuorumRule.members(2).decide("demand for a poll", roll, List.of(m(17), m(18)));
    Resolution ordinary = Resolution.ordinary("Sell the warehouse");
    Resolution escalated = EscalationRule.of(SPECIAL, true).escalate(ordinary, INVESTORS, classVote, Optional.of(poll)).orElseThrow();
    // 12 of 20 for, a majority of votes cast overall, but not 75% of all members and not a majority of users.
    Tally.Builder b = Tally.builder(roll);
    TallyFixtures.votes(b, 1, 8, Choice.FOR);
    TallyFixtures.votes(b, 9, 3, Choice.FOR);
    TallyFixtures.votes(b, 12, 5, Choice.AGAINST);
    TallyFixtures.votes(b, 17, 1, Choice.FOR);
    TallyFixtures.votes(b, 18, 3, Choice.AGAINST);
    Tally t = b.build();
    assertTrue(ordinary.decide(t).passed());
    assertFalse(escalated.decide(t).passed());
  }

  private static Tally investorsVote(VotingRoll investors) {
    return Tally.builder(investors).vote(m(17), Choice.FOR).vote(m(18), Choice.FOR).vote(m(19), Choice.FOR)
        .vote(m(20), Choice.AGAINST).build();
  }

  @Test
  void regulatorApprovedVariant_capsNonUserInvestorVotesAt25Percent() {
    VotingRoll capped = roll(VotingRules.builder().putClassCaps(INVESTORS, Fraction.of(1, 4)).build());
    // 16 other members hold 16 votes; investors' 4 votes would be 1/5 of 20: under the cap.
    assertEquals(Fraction.ONE, capped.votesOf(m(17)));
    // At a meeting where 6 others and all 4 investors vote, investors would hold 4/10: capped to
    // x / (x + 6) = 1/4, x = 2, so each investor's vote counts 1/2.
    List<MemberId> voters = new ArrayList<>(List.of(m(1), m(2), m(3), m(4), m(9), m(10)));
    voters.addAll(List.of(m(17), m(18), m(19), m(20)));
    assertEquals(Fraction.of(1, 2), capped.weigh(voters).weightOf(m(17)));
    // So 4 investors against and 5 others for, 1 against: for 5 of 8 votes; uncapped it would be 5 of 10.
    Tally.Builder b = Tally.builder(capped);
    for (MemberId id : List.of(m(1), m(2), m(3), m(4), m(9))) {
      b.vote(id, Choice.FOR);
    }
    b.vote(m(10), Choice.AGAINST);
    for (MemberId id : List.of(m(17), m(18), m(19), m(20))) {
      b.vote(id, Choice.AGAINST);
    }
    ResolutionOutcome o = Resolution.ordinary("Pay a dividend").decide(b.build());
    assertTrue(o.passed(), o.explain());
    assertEquals(Fraction.of(5), o.conditions().get(0).value());
    assertEquals(Fraction.of(8), o.conditions().get(0).base());
  }

  @Test
  void quorum_isHalfOfMembersAndAtLeast3BelowTenMembers() {
    // 8 members: half is 4; 5 members: half is 3 (2 1/2 rounded up), and at least 3.
    assertEquals(Fraction.of(4), fairSharesQuorum().decide("q", RollFixtures.roll(8), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(3), fairSharesQuorum().decide("q", RollFixtures.roll(4), List.of(m(1), m(2), m(3))).decidedBy().needed());
    assertFalse(fairSharesQuorum().decide("q", RollFixtures.roll(4), List.of(m(1), m(2))).quorate());
  }

  @Test
  void quorum_isTwoFifthsFrom10To50Members() {
    // 25 members: 2/5 is 10; 50 members: 20.
    assertEquals(Fraction.of(10), fairSharesQuorum().decide("q", RollFixtures.roll(25), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(20), fairSharesQuorum().decide("q", RollFixtures.roll(50), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(4), fairSharesQuorum().decide("q", RollFixtures.roll(10), List.of()).decidedBy().needed());
  }

  @Test
  void quorum_isAFlat20Above50Members() {
    assertEquals(Fraction.of(20), fairSharesQuorum().decide("q", RollFixtures.roll(51), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(20), fairSharesQuorum().decide("q", RollFixtures.roll(400), List.of()).decidedBy().needed());
  }
}
