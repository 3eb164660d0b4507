package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.Elector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explanations a secretary can paste into minutes: numbers that agree with the verdict, words that agree with the numbers. */
class MinutesExplanationTest {

  @Test
  void percent_justUnderThreeQuarters_isNeverShownAs75Percent() {
    // 749,999 shares for and 250,001 against: a special resolution needs at least 75% of the votes cast.
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(749_999, 250_001);
    Tally t = Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).build();
    ResolutionOutcome o = Resolution.special("Change the articles").decide(t);
    assertFalse(o.passed());
    assertTrue(o.explain().contains("for 749999 of 1000000 (74.9999%); needed at least 750000: not met"), o.explain());
    // Exactly three quarters is met, and shown as 75.0%.
    VotingRoll exact = CompaniesAct2006RulesTest.shareholders(750_000, 250_000);
    ResolutionOutcome met = Resolution.special("Change the articles")
        .decide(Tally.builder(exact).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).build());
    assertTrue(met.explain().contains("(75.0%)"), met.explain());
  }

  @Test
  void percent_justOverHalfOnAStrictThreshold_isShownAboveHalf() {
    // 500,001 of 1,000,000 is more than half: not "50.0%" beside "met" under "more than 1/2".
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(500_001, 499_999);
    ResolutionOutcome o = Resolution.ordinary("Motion")
        .decide(Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).build());
    assertTrue(o.passed());
    assertTrue(o.explain().contains("(50.0001%)"), o.explain());
  }

  @Test
  void heads_theNumberOfPeopleNeededIsAWholeNumber() {
    // Two thirds of 29 members is 58/3: at least 20 members.
    Threshold twoThirds = Threshold.atLeast(Fraction.of(2, 3), VoteBase.ALL_ELIGIBLE).byHeads();
    Tally t = TallyFixtures.tally(roll(29), 19, 0, 0, 0);
    ConditionDecision d = twoThirds.decide(t);
    assertFalse(d.met());
    assertTrue(d.explanation().endsWith("needed at least 20: not met"), d.explanation());
    assertTrue(twoThirds.decide(TallyFixtures.tally(roll(29), 20, 0, 0, 0)).met());
  }

  @Test
  void hands_theNumberOfHandsNeededIsAWholeNumber() {
    // Three quarters of 7 hands is 21/4: at least 6 hands; 5 for and 2 against is not a special resolution.
    Tally.Builder five = Tally.builder(roll(7)).method(VotingMethod.SHOW_OF_HANDS);
    TallyFixtures.votes(five, 1, 5, Choice.FOR);
    TallyFixtures.votes(five, 6, 2, Choice.AGAINST);
    ResolutionOutcome o = Resolution.special("Change the articles").decide(five.build());
    assertFalse(o.passed());
    assertTrue(o.explain().contains("for 5 of 7 (71.4%); needed at least 6: not met"), o.explain());
    // More than half of 6 hands is more than 3: at least 4.
    Tally.Builder four = Tally.builder(roll(6)).method(VotingMethod.SHOW_OF_HANDS);
    TallyFixtures.votes(four, 1, 4, Choice.FOR);
    TallyFixtures.votes(four, 5, 2, Choice.AGAINST);
    ResolutionOutcome ordinary = Resolution.ordinary("Motion").decide(four.build());
    assertTrue(ordinary.passed());
    assertTrue(ordinary.explain().contains("for 4 of 6 (66.7%); needed at least 4: met"), ordinary.explain());
  }

  @Test
  void words_agreeWithTheNumbers_oneMemberPresent() {
    String check = QuorumRule.members(2).decide("demand for a poll", roll(3), RollFixtures.range(1, 1)).explain();
    assertTrue(check.contains("1 member present, 2 needed"), check);
    String one = Threshold.majorityOfVotesCast().byHeads().decide(TallyFixtures.tally(roll(3), 1, 0, 0, 0)).explanation();
    assertTrue(one.startsWith("for 1 of 1 member "), one);
  }

  @Test
  void words_agreeWithTheNumbers_oneVoteEachWay() {
    // One member for, one against, one abstaining: "1 member", "1 vote each", never "1 members".
    Tally.Builder b = Tally.builder(roll(3)).castingVote(Choice.AGAINST);
    TallyFixtures.votes(b, 1, 1, Choice.FOR);
    TallyFixtures.votes(b, 2, 1, Choice.AGAINST);
    TallyFixtures.votes(b, 3, 1, Choice.ABSTAIN);
    ResolutionOutcome o = Resolution.ordinary("Motion").withTieRule(TieRule.castingVote()).decide(b.build());
    assertFalse(o.passed());
    assertTrue(o.explain().contains("tie at 1 vote each"), o.explain());
    assertFalse(o.explain().contains("1 members") || o.explain().contains("1 votes"), o.explain());
    assertEquals("for 1 (1 member), against 1 (1), abstain 1 (1), spoilt 0 (0)", o.totals().orElseThrow().toString());
    String one = QuorumRule.members(1).decide("meeting", roll(1), RollFixtures.range(1, 1)).explain();
    assertTrue(one.contains("(1 of 1 member counted)"), one);
  }

  @Test
  void capPerMember_isStatedInWords() {
    // One vote a share, at most one a member: M-001's 5 shares count as 1 vote, so 1 for, 1 against.
    VotingRoll roll = VotingRules.oneVotePerShareCappedAt(1).roll(Electorate.of(RollFixtures.RECORD, List.of(
        Elector.withShares(m(1), CompaniesAct2006RulesTest.SHAREHOLDERS, "ordinary", 5),
        Elector.withShares(m(2), CompaniesAct2006RulesTest.SHAREHOLDERS, "ordinary", 1))));
    ResolutionOutcome o = Resolution.ordinary("Motion")
        .decide(Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).build());
    assertFalse(o.passed());
    assertEquals(List.of("M-001: 5 voting shares, one vote each; capped at 1 vote per member"), o.weighting());
    assertTrue(o.explain().contains("  weighting: M-001: 5 voting shares, one vote each; capped at 1 vote per member\n"), o.explain());
  }

  @Test
  void membersInFavour_decidedByVotes_showNoShareOfMembersBesideTheVotes() {
    // 1 of 3 members holds 80 of 100 votes: met on three quarters of the votes; "33.3%" of the members
    // would read against "met", so only the votes are given a measure.
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(80, 10, 10);
    Tally t = Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).vote(m(3), Choice.AGAINST).build();
    ConditionDecision d = Condition.inFavour(QuorumRule.fractionOfVotes(Fraction.of(3, 4))).decide(t);
    assertTrue(d.met());
    assertFalse(d.explanation().contains("%"), d.explanation());
    assertTrue(d.explanation().startsWith("1 of 3 members"), d.explanation());
    assertTrue(d.explanation().contains("80 votes present, 75 needed: met"), d.explanation());
  }

  @Test
  void tie_decidedByTheChairsCastingVote_isReportedOnce() {
    Tally.Builder b = Tally.builder(roll(4)).castingVote(Choice.FOR);
    TallyFixtures.votes(b, 1, 2, Choice.FOR);
    TallyFixtures.votes(b, 3, 2, Choice.AGAINST);
    ResolutionOutcome o = Resolution.ordinary("Motion").withTieRule(TieRule.castingVote()).decide(b.build());
    String tie = o.tie().orElseThrow().explanation();
    String text = o.explain();
    assertEquals(text.indexOf(tie), text.lastIndexOf(tie), text);
    assertTrue(text.contains(tie), text);
  }

  @Test
  void weighedVotes_haveOneSetOfNumbers_andProxyVotesAreMarked() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(60, 40);
    ResolutionOutcome o = Resolution.ordinary("Motion")
        .decide(Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).build());
    assertTrue(o.explain().contains("for 60 of 100 "), o.explain());
    assertTrue(o.explain().contains("count on a poll: 1 member for, 1 against"), o.explain());
    assertFalse(o.explain().contains("for 60 (1 members)"), o.explain());
  }
}
