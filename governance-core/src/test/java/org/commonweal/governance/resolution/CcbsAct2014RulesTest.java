package org.commonweal.governance.resolution;

import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-reference.md, "Societies and companies (UK)", the Co-operative and Community Benefit Societies Act 2014
 * rows: amalgamation and transfer of engagements (s.111), conversion into a company (s.113), dissolution
 * by instrument (s.119), and votes not in proportion to shares (FCA RFCCBS 6.1.3).
 */
class CcbsAct2014RulesTest {
  static final LocalDate FIRST = LocalDate.of(2026, 4, 14);

  @Test
  void amalgamation_needsTwoThirdsOfMembersVotingThenMoreThanHalfAtASecondMeeting_s111() {
    TwoMeetingResolution s111 = TwoMeetingResolution.ccbsAmalgamation("Amalgamate with Valley Foods Co-operative");
    // First meeting: 40 for, 20 against (2/3 exactly), 5 abstain. Second, 15 days later: 21 for, 20 against.
    ResolutionOutcome o = s111.decide(tally(roll(100), 40, 20, 5, 0), FIRST, tally(roll(100), 21, 20, 0, 0), FIRST.plusDays(15));
    assertTrue(o.passed(), o.explain());
    // 39 to 20 at the first meeting is short of two thirds.
    assertFalse(s111.decide(tally(roll(100), 39, 20, 0, 0), FIRST, tally(roll(100), 21, 20, 0, 0), FIRST.plusDays(15)).passed());
    // 20 to 20 at the second is not over half.
    assertFalse(s111.decide(tally(roll(100), 40, 20, 0, 0), FIRST, tally(roll(100), 20, 20, 0, 0), FIRST.plusDays(15)).passed());
  }

  @Test
  void conversion_needs75PercentOfThoseVotingAnd50PercentOfEligibleMembersVoting_s113() {
    TwoMeetingResolution s113 = TwoMeetingResolution.ccbsConversion("Convert into a company");
    Tally second = tally(roll(100), 30, 10, 0, 0);
    // 45 for, 5 against: 90% of those voting, 50 of 100 members voting.
    assertTrue(s113.decide(tally(roll(100), 45, 5, 0, 0), FIRST, second, FIRST.plusDays(20)).passed());
    // 45 for, 4 against: 49 of 100 voting, short of half, though 92% are for.
    ResolutionOutcome low = s113.decide(tally(roll(100), 45, 4, 0, 0), FIRST, second, FIRST.plusDays(20));
    assertFalse(low.passed());
    assertEquals("turnout: 1/2 of the members", low.failedConditions().get(0).rule());
    // 37 for, 13 against: 74% of those voting.
    assertFalse(s113.decide(tally(roll(100), 37, 13, 0, 0), FIRST, second, FIRST.plusDays(20)).passed());
  }

  @Test
  void dissolutionByInstrument_needsTheConsentOf75PercentOfMembersBySignature_s119() {
    WrittenResolution s119 = WrittenResolution.of("Instrument of dissolution",
        Threshold.atLeast(Fraction.of(3, 4), VoteBase.ALL_ELIGIBLE).byHeads(), FIRST, 1).withoutLapse();
    List<Signature> signatures = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      signatures.add(Signature.of(m(i), FIRST.plusDays(i)));
    }
    // 40 members: 30 signatures are 75%; the instrument is approved on the day of the 30th.
    ResolutionOutcome o = s119.decide(roll(40), signatures, FIRST.plusDays(90));
    assertTrue(o.passed());
    assertEquals(FIRST.plusDays(30), o.passedOn().orElseThrow());
    assertEquals(ResolutionOutcome.Verdict.PENDING, s119.decide(roll(40), signatures.subList(0, 29), FIRST.plusDays(400)).verdict());
  }

  @Test
  void votesInASociety_areNotInProportionToShares_rfccbs613() {
    ClassId members = ClassId.of("members");
    List<Elector> all = new ArrayList<>();
    all.add(Elector.withShares(m(1), members, "withdrawable", 100_000));
    all.add(Elector.withShares(m(2), members, "withdrawable", 1));
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, all));
    assertEquals(roll.votesOf(m(1)), roll.votesOf(m(2)));
  }
}
