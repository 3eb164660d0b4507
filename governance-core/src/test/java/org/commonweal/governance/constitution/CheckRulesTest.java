package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.CheckRules.Bound;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.CountedBy;
import org.commonweal.governance.resolution.RatioThreshold;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * What the validator reads from the rule trees without a register, each walk tried on every kind of
 * node, at the boundaries the statutes draw (half of the members, three quarters).
 */
class CheckRulesTest {
  private static final ClassId WORKERS = ClassId.of("workers");
  private static final ClassId USERS = ClassId.of("users");
  private static final Fraction THREE_QUARTERS = Fraction.of(3, 4);
  private static final Fraction UNDER_HALF = Fraction.of(49, 100);

  private static Resolution of(Condition... conditions) {
    return Resolution.builder().title("R").addConditions(conditions).build();
  }

  // ---- Bound ---------------------------------------------------------------------------------

  @Test
  void meets_atTheSameFraction_dependsOnStrictness() {
    Bound atLeast = new Bound(THREE_QUARTERS, false);
    Bound moreThan = new Bound(THREE_QUARTERS, true);
    assertTrue(atLeast.meets(THREE_QUARTERS, false));
    assertFalse(atLeast.meets(THREE_QUARTERS, true));
    assertTrue(moreThan.meets(THREE_QUARTERS, false));
    assertTrue(moreThan.meets(THREE_QUARTERS, true));
  }

  @Test
  void meets_aboveOrBelow_ignoresStrictness() {
    Bound justAbove = new Bound(Fraction.of(76, 100), false);
    Bound justBelow = new Bound(Fraction.of(74, 100), true);
    assertTrue(justAbove.meets(THREE_QUARTERS, true));
    assertTrue(justAbove.meets(THREE_QUARTERS, false));
    assertFalse(justBelow.meets(THREE_QUARTERS, false));
    assertFalse(justBelow.meets(THREE_QUARTERS, true));
  }

  @Test
  void max_isTheMoreDemandingBound() {
    Bound half = new Bound(Fraction.ONE_HALF, false);
    Bound moreThanHalf = new Bound(Fraction.ONE_HALF, true);
    Bound threeQuarters = new Bound(THREE_QUARTERS, false);
    assertSame(threeQuarters, half.max(threeQuarters));
    assertSame(threeQuarters, threeQuarters.max(half));
    assertSame(moreThanHalf, half.max(moreThanHalf));
    assertSame(moreThanHalf, moreThanHalf.max(half));
    assertSame(half, Bound.NONE.max(half));
  }

  @Test
  void words_sayTheBoundWithItsPercentage() {
    assertEquals("no share of those voting", Bound.NONE.words());
    assertEquals("at least 3/4 (75%)", new Bound(THREE_QUARTERS, false).words());
    assertEquals("more than 1/2 (50%)", new Bound(Fraction.ONE_HALF, true).words());
    // "More than nothing" is not the absence of a bound.
    assertEquals("more than 0%", new Bound(Fraction.ZERO, true).words());
  }

  @Test
  void percent_truncatesToTwoPlacesAndDropsTrailingZeros() {
    assertEquals("2/3 (66.66%)", CheckRules.percent(Fraction.of(2, 3)));
    assertEquals("1/8 (12.5%)", CheckRules.percent(Fraction.of(1, 8)));
    assertEquals("7/10 (70%)", CheckRules.percent(Fraction.of(7, 10)));
    assertEquals("100%", CheckRules.percent(Fraction.ONE));
    assertEquals("0%", CheckRules.percent(Fraction.ZERO));
  }

  // ---- Voting rights ---------------------------------------------------------------------------

  @Test
  void headsAreVotes_onlyUnderOneMemberOneVoteWithNoWeights() {
    assertTrue(CheckRules.headsAreVotes(VotingRules.oneMemberOneVote()));
    assertFalse(CheckRules.headsAreVotes(VotingRules.oneVotePerShare()));
    assertFalse(CheckRules.headsAreVotes(VotingRules.builder().organisationBasis(VoteBasis.ONE_VOTE_PER_SHARE).build()));
    assertTrue(CheckRules.headsAreVotes(VotingRules.builder().organisationBasis(VoteBasis.ONE_MEMBER_ONE_VOTE).build()));
    assertFalse(CheckRules.headsAreVotes(VotingRules.builder().classShares(ClassShares.of(
        Map.of(WORKERS, Fraction.ONE_HALF, USERS, Fraction.ONE_HALF), ClassShares.Absent.LAPSE)).build()));
    assertFalse(CheckRules.headsAreVotes(VotingRules.builder().putClassCaps(WORKERS, Fraction.ONE_HALF).build()));
  }

  // ---- Shares of those voting ------------------------------------------------------------------

  @Test
  void shareOfThoseVoting_isTheMostDemandingCondition() {
    Resolution r = of(Threshold.majorityOfVotesCast(), Threshold.atLeast(THREE_QUARTERS, VoteBase.VOTES_CAST),
        Threshold.moreThan(Fraction.of(2, 3), VoteBase.VOTES_CAST));
    assertEquals(new Bound(THREE_QUARTERS, false), CheckRules.shareOfThoseVoting(r, CountedBy.VOTES, false));
    // Of those present or of all eligible guarantees as much of those voting.
    assertEquals(new Bound(Fraction.ONE_HALF, true),
        CheckRules.shareOfThoseVoting(of(Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE)), CountedBy.VOTES, false));
  }

  @Test
  void shareOfThoseVoting_inTheOtherMeasure_countsOnlyWhereHeadsAreVotes() {
    Resolution byHeads = of(Threshold.threeQuartersOfVotesCast().byHeads());
    assertEquals(new Bound(THREE_QUARTERS, false), CheckRules.shareOfThoseVoting(byHeads, CountedBy.HEADS, false));
    assertEquals(Bound.NONE, CheckRules.shareOfThoseVoting(byHeads, CountedBy.VOTES, false));
    assertEquals(new Bound(THREE_QUARTERS, false), CheckRules.shareOfThoseVoting(byHeads, CountedBy.VOTES, true));
  }

  @Test
  void shareOfThoseVoting_withinEachClass_holdsOverall() {
    Resolution r = of(Condition.inEachClass(Threshold.threeQuartersOfVotesCast()));
    assertEquals(new Bound(THREE_QUARTERS, false), CheckRules.shareOfThoseVoting(r, CountedBy.VOTES, false));
    assertEquals(Bound.NONE, CheckRules.shareOfThoseVoting(r, CountedBy.HEADS, false));
    // One class's consent alone says nothing of the whole.
    assertEquals(Bound.NONE, CheckRules.shareOfThoseVoting(of(Condition.inClass(WORKERS, Threshold.threeQuartersOfVotesCast())),
        CountedBy.VOTES, true));
  }

  @Test
  void shareOfThoseVoting_ofARatio_isRatioOverOnePlusRatio() {
    // 3 to 1 is three quarters; more than 2 to 1 is more than two thirds.
    assertEquals(new Bound(THREE_QUARTERS, false),
        CheckRules.shareOfThoseVoting(of(RatioThreshold.atLeast(Fraction.of(3))), CountedBy.VOTES, false));
    assertEquals(new Bound(Fraction.of(2, 3), true),
        CheckRules.shareOfThoseVoting(of(RatioThreshold.moreThan(Fraction.of(2))), CountedBy.VOTES, false));
    Resolution byHeads = of(RatioThreshold.atLeast(Fraction.of(3)).byHeads());
    assertEquals(Bound.NONE, CheckRules.shareOfThoseVoting(byHeads, CountedBy.VOTES, false));
    assertEquals(new Bound(THREE_QUARTERS, false), CheckRules.shareOfThoseVoting(byHeads, CountedBy.VOTES, true));
    assertEquals(new Bound(THREE_QUARTERS, false), CheckRules.shareOfThoseVoting(byHeads, CountedBy.HEADS, false));
  }

  @Test
  void shareOfThoseVoting_ofATurnoutCondition_isNothing() {
    assertEquals(Bound.NONE, CheckRules.shareOfThoseVoting(of(Condition.turnout(QuorumRule.fractionOfMembers(THREE_QUARTERS))),
        CountedBy.HEADS, true));
  }

  @Test
  void needsClassConsent_withinEachClassOrOneClass() {
    assertTrue(CheckRules.needsClassConsent(of(Threshold.majorityOfVotesCast(), Condition.inEachClass(Threshold.majorityOfVotesCast()))));
    assertTrue(CheckRules.needsClassConsent(of(Condition.inClass(WORKERS, Threshold.majorityOfVotesCast()))));
    assertFalse(CheckRules.needsClassConsent(of(Threshold.threeQuartersOfVotesCast())));
  }

  // ---- Half of the members voting -------------------------------------------------------------

  @Test
  void halfOfMembersVote_turnoutOfHalfTheMembers_atTheBoundary() {
    assertTrue(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.fractionOfMembers(Fraction.ONE_HALF))), false));
    assertFalse(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.fractionOfMembers(UNDER_HALF))), true));
    assertTrue(CheckRules.halfOfMembersVote(of(Condition.inFavour(QuorumRule.fractionOfMembers(THREE_QUARTERS))), false));
    assertFalse(CheckRules.halfOfMembersVote(of(Threshold.threeQuartersOfVotesCast().byHeads()), true));
    assertFalse(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.members(100))), true));
  }

  @Test
  void halfOfMembersVote_turnoutOfHalfTheVotes_onlyWhereHeadsAreVotes() {
    Resolution r = of(Condition.turnout(QuorumRule.fractionOfVotes(Fraction.ONE_HALF)));
    assertTrue(CheckRules.halfOfMembersVote(r, true));
    assertFalse(CheckRules.halfOfMembersVote(r, false));
    assertFalse(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.fractionOfVotes(UNDER_HALF))), true));
  }

  @Test
  void halfOfMembersVote_throughCombinedRules() {
    QuorumRule half = QuorumRule.fractionOfMembers(Fraction.ONE_HALF);
    QuorumRule ten = QuorumRule.members(10);
    // The greater of: one part suffices. The lesser of: every part must.
    assertTrue(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.greaterOf(ten, half))), false));
    assertFalse(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.greaterOf(ten, QuorumRule.members(20)))), false));
    assertFalse(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.lesserOf(ten, half))), false));
    assertTrue(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.lesserOf(half,
        QuorumRule.fractionOfMembers(THREE_QUARTERS)))), false));
    // Tiered: every tier and the rule beyond them.
    assertTrue(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.tiered().upTo(9, half).otherwise(half))), false));
    assertFalse(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.tiered().upTo(9, ten).otherwise(half))), false));
    assertFalse(CheckRules.halfOfMembersVote(of(Condition.turnout(QuorumRule.tiered().upTo(9, half).otherwise(ten))), false));
  }

  @Test
  void halfOfMembersVote_thresholdOfAllEligible_atTheBoundary() {
    assertTrue(CheckRules.halfOfMembersVote(of(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE).byHeads()), false));
    assertFalse(CheckRules.halfOfMembersVote(of(Threshold.atLeast(UNDER_HALF, VoteBase.ALL_ELIGIBLE).byHeads()), true));
    // Counted by votes: only where a head is a vote.
    Threshold byVotes = Threshold.atLeast(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE);
    assertTrue(CheckRules.halfOfMembersVote(of(byVotes), true));
    assertFalse(CheckRules.halfOfMembersVote(of(byVotes), false));
    // Of the votes cast, nothing is said of how many vote.
    assertFalse(CheckRules.halfOfMembersVote(of(Threshold.atLeast(THREE_QUARTERS, VoteBase.VOTES_CAST).byHeads()), true));
  }

  // ---- Quorum trees ----------------------------------------------------------------------------

  @Test
  void classParts_findsEveryClassPartAtAnyDepth() {
    QuorumRule.InClass inner = (QuorumRule.InClass) QuorumRule.inClass(USERS, QuorumRule.members(1));
    QuorumRule.InClass outer = (QuorumRule.InClass) QuorumRule.inClass(WORKERS, QuorumRule.greaterOf(QuorumRule.members(2), inner));
    QuorumRule.InClass inTier = (QuorumRule.InClass) QuorumRule.inClass(WORKERS, QuorumRule.members(3));
    QuorumRule.InClass beyond = (QuorumRule.InClass) QuorumRule.inClass(USERS, QuorumRule.members(4));
    QuorumRule.InClass inEach = (QuorumRule.InClass) QuorumRule.inClass(USERS, QuorumRule.members(5));
    QuorumRule.InClass lesser = (QuorumRule.InClass) QuorumRule.inClass(WORKERS, QuorumRule.members(6));
    QuorumRule rule = QuorumRule.greaterOf(outer, QuorumRule.tiered().upTo(9, inTier).otherwise(beyond),
        QuorumRule.inEachClass(QuorumRule.greaterOf(QuorumRule.members(1), inEach)), QuorumRule.lesserOf(lesser, QuorumRule.members(7)));
    List<QuorumRule.InClass> found = new ArrayList<>();
    CheckRules.classParts(rule, found);
    assertEquals(List.of(outer, inner, inTier, beyond, inEach, lesser), found);
    found.clear();
    CheckRules.classParts(QuorumRule.members(3), found);
    assertEquals(List.of(), found);
  }

  @Test
  void needsSomeone_ofEachKindOfRule() {
    assertTrue(CheckRules.needsSomeone(QuorumRule.members(1)));
    assertTrue(CheckRules.needsSomeone(QuorumRule.persons(1)));
    assertTrue(CheckRules.needsSomeone(QuorumRule.thosePresent()));
    // "At least" a fraction of nobody is nobody; "more than" it is someone.
    assertFalse(CheckRules.needsSomeone(QuorumRule.fractionOfMembers(Fraction.ONE_HALF)));
    assertTrue(CheckRules.needsSomeone(QuorumRule.moreThanFractionOfMembers(Fraction.ONE_HALF)));
    assertFalse(CheckRules.needsSomeone(QuorumRule.fractionOfVotes(Fraction.ONE_HALF)));
    assertTrue(CheckRules.needsSomeone(QuorumRule.moreThanFractionOfVotes(Fraction.ONE_HALF)));
    assertFalse(CheckRules.needsSomeone(QuorumRule.fractionOfPaidUpCapital(Fraction.ONE_HALF)));
    assertTrue(CheckRules.needsSomeone(new QuorumRule.FractionOfPaidUpCapital(Fraction.ONE_HALF, true)));
    assertFalse(CheckRules.needsSomeone(QuorumRule.timesSquareRootOfMembers(Fraction.of(3, 2))));
  }

  @Test
  void needsSomeone_ofCombinedRules() {
    QuorumRule none = QuorumRule.fractionOfMembers(Fraction.ONE_HALF);
    QuorumRule one = QuorumRule.members(1);
    assertTrue(CheckRules.needsSomeone(QuorumRule.greaterOf(none, one)));
    assertFalse(CheckRules.needsSomeone(QuorumRule.greaterOf(none, QuorumRule.fractionOfVotes(Fraction.ONE_HALF))));
    assertFalse(CheckRules.needsSomeone(QuorumRule.lesserOf(none, one)));
    assertTrue(CheckRules.needsSomeone(QuorumRule.lesserOf(one, QuorumRule.persons(2))));
    // An empty body falls in the first tier only.
    assertTrue(CheckRules.needsSomeone(QuorumRule.tiered().upTo(9, one).otherwise(none)));
    assertFalse(CheckRules.needsSomeone(QuorumRule.tiered().upTo(9, none).otherwise(one)));
    assertTrue(CheckRules.needsSomeone(QuorumRule.inClass(WORKERS, one)));
    assertFalse(CheckRules.needsSomeone(QuorumRule.inClass(WORKERS, none)));
  }

  @Test
  void dependsOn_aClassPartOnEveryWayToMeetTheRule() {
    QuorumRule workers = QuorumRule.inClass(WORKERS, QuorumRule.members(1));
    QuorumRule ten = QuorumRule.members(10);
    assertTrue(CheckRules.dependsOn(workers, WORKERS));
    assertFalse(CheckRules.dependsOn(workers, USERS));
    assertFalse(CheckRules.dependsOn(QuorumRule.inClass(WORKERS, QuorumRule.fractionOfMembers(Fraction.ONE_HALF)), WORKERS));
    // A part of another class, within which the class is needed.
    assertTrue(CheckRules.dependsOn(QuorumRule.inClass(USERS, QuorumRule.greaterOf(ten, workers)), WORKERS));
    assertTrue(CheckRules.dependsOn(QuorumRule.greaterOf(ten, workers), WORKERS));
    assertFalse(CheckRules.dependsOn(QuorumRule.greaterOf(ten, QuorumRule.members(3)), WORKERS));
    assertFalse(CheckRules.dependsOn(QuorumRule.lesserOf(ten, workers), WORKERS));
    assertTrue(CheckRules.dependsOn(QuorumRule.lesserOf(workers, QuorumRule.inClass(WORKERS, QuorumRule.persons(2))), WORKERS));
    // Tiered: any tier, or the rule beyond them.
    assertTrue(CheckRules.dependsOn(QuorumRule.tiered().upTo(9, ten).otherwise(workers), WORKERS));
    assertTrue(CheckRules.dependsOn(QuorumRule.tiered().upTo(9, workers).otherwise(ten), WORKERS));
    assertFalse(CheckRules.dependsOn(QuorumRule.tiered().upTo(9, ten).otherwise(ten), WORKERS));
    assertFalse(CheckRules.dependsOn(ten, WORKERS));
  }
}
