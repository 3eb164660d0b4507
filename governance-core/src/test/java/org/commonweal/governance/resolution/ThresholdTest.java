package org.commonweal.governance.resolution;

import static org.commonweal.governance.base.Refusals.assertRefusedAlike;
import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  private static boolean passes(Threshold t, Tally tally) {
    return Resolution.builder().title("Motion").addConditions(t).build().decide(tally).passed();
  }

  @Test
  void moreThanAndAtLeast_differExactlyAtTheBoundary() {
    // 6 for, 6 against: exactly half. 9 for, 3 against: exactly three quarters.
    assertFalse(passes(Threshold.majorityOfVotesCast(), tally(roll(20), 6, 6, 0, 0)));
    assertTrue(passes(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST), tally(roll(20), 6, 6, 0, 0)));
    assertTrue(passes(Threshold.threeQuartersOfVotesCast(), tally(roll(20), 9, 3, 0, 0)));
    assertFalse(passes(Threshold.moreThan(Fraction.of(3, 4), VoteBase.VOTES_CAST), tally(roll(20), 9, 3, 0, 0)));
  }

  @Test
  void votesCast_ignoreAbstentionsAndSpoiltUnlessCounted() {
    // 5 for, 4 against, 2 abstain, 1 spoilt: 5/9 of votes cast; 5/11 counting abstentions; 5/10 counting spoilt.
    Tally t = tally(roll(20), 5, 4, 2, 1);
    assertTrue(passes(Threshold.majorityOfVotesCast(), t));
    assertFalse(passes(Threshold.majorityOfVotesCast().countingAbstentions(), t));
    assertFalse(passes(Threshold.majorityOfVotesCast().countingSpoilt(), t));
    assertTrue(passes(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST).countingSpoilt(), t));
  }

  @Test
  void votesOfThosePresent_countSilenceAsAgainst() {
    // 12 present, 5 for, 4 against, 3 silent: 5/12 of those present.
    Attendance a = Attendance.of(roll(20), LocalDateTime.of(2026, 7, 9, 18, 30), RollFixtures.roll(12).voters());
    Tally.Builder b = Tally.builder(roll(20)).attendance(a);
    TallyFixtures.votes(b, 1, 5, Choice.FOR);
    TallyFixtures.votes(b, 6, 4, Choice.AGAINST);
    Tally t = b.build();
    assertEquals(12, t.present().size());
    ConditionDecision r = Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_OF_THOSE_PRESENT).decide(t);
    assertFalse(r.met());
    assertEquals(Fraction.of(5), r.value());
    assertEquals(Fraction.of(12), r.base());
    assertEquals(Fraction.of(6), r.required());
  }

  @Test
  void allEligible_countsAbsentMembersInTheBase() {
    // 11 of 20 members for: more than half of all eligible votes; 10 would not be.
    assertTrue(passes(Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE), tally(roll(20), 11, 0, 0, 0)));
    assertFalse(passes(Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE), tally(roll(20), 10, 0, 0, 0)));
  }

  @Test
  void emptyBase_neverMeetsAThreshold() {
    ConditionDecision r = Threshold.threeQuartersOfVotesCast().decide(tally(roll(5), 0, 0, 3, 0));
    assertFalse(r.met());
    assertEquals("for 0 of 0 (-); needed at least 0; the base is empty: not met", r.explanation());
  }

  @Test
  void description_namesTheBaseExactly() {
    assertEquals("more than 1/2 of the votes cast", Threshold.majorityOfVotesCast().description());
    assertEquals("at least 3/4 of all eligible members", Threshold.atLeast(Fraction.of(3, 4), VoteBase.ALL_ELIGIBLE).byHeads().description());
    assertEquals("more than 1/2 of the votes cast, abstentions and spoilt votes counted",
        Threshold.majorityOfVotesCast().countingAbstentions().countingSpoilt().description());
    assertEquals("more than 1/2 of the votes of those present", Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_OF_THOSE_PRESENT).description());
  }

  @Test
  void factories_refuseFractionsOutOfRange() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Threshold.moreThan(Fraction.ONE, VoteBase.VOTES_CAST));
    assertEquals("threshold fraction 1 for \"more than\" must be at least 0 and below 1", e.getMessage());
    assertThrows(InvalidValueException.class, () -> Threshold.atLeast(Fraction.ZERO, VoteBase.VOTES_CAST));
    assertThrows(InvalidValueException.class, () -> Threshold.atLeast(Fraction.of(5, 4), VoteBase.VOTES_CAST));
    assertThrows(InvalidValueException.class, () -> RatioThreshold.atLeast(Fraction.ZERO));
  }

  @Test
  void equals_comparesEverySetting() {
    new EqualsTester()
        .addEqualityGroup(Threshold.majorityOfVotesCast(), Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_CAST))
        .addEqualityGroup(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST))
        .addEqualityGroup(Threshold.majorityOfVotesCast().byHeads())
        .addEqualityGroup(Threshold.majorityOfVotesCast().countingAbstentions())
        .addEqualityGroup(Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RatioThreshold.atLeast(Fraction.of(3)), RatioThreshold.atLeast(Fraction.of(3)))
        .addEqualityGroup(RatioThreshold.moreThan(Fraction.of(3)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Condition.inEachClass(Threshold.majorityOfVotesCast()), Condition.inEachClass(Threshold.majorityOfVotesCast()))
        .addEqualityGroup(Condition.turnout(QuorumRule.members(3)))
        .testEquals();
    assertEquals(List.of(), List.of());
  }

  @Test
  void ratio_moreThanFailsAtExactlyTheRatioAndAtLeastPassesThere() {
    // Debian-style 2:1. 4 for, 2 against is exactly 2 x 2: "more than" fails, "at least" passes.
    ConditionDecision strictAt = RatioThreshold.moreThan(Fraction.of(2)).decide(tally(roll(10), 4, 2, 0, 0));
    assertFalse(strictAt.met());
    assertEquals("4 for, 2 against; needed more than 4 (2 x 2): not met", strictAt.explanation());
    ConditionDecision strictAbove = RatioThreshold.moreThan(Fraction.of(2)).decide(tally(roll(10), 5, 2, 0, 0));
    assertTrue(strictAbove.met());
    assertEquals("5 for, 2 against; needed more than 4 (2 x 2): met", strictAbove.explanation());
    ConditionDecision atLeastAt = RatioThreshold.atLeast(Fraction.of(2)).decide(tally(roll(10), 4, 2, 0, 0));
    assertTrue(atLeastAt.met());
    assertEquals("4 for, 2 against; needed at least 4 (2 x 2) and more than 2: met", atLeastAt.explanation());
    assertFalse(RatioThreshold.atLeast(Fraction.of(2)).decide(tally(roll(10), 3, 2, 0, 0)).met());
  }

  @Test
  void ratio_atLeastOneToOneStillNeedsMoreForThanAgainst() {
    // 2 for, 2 against reaches 1 x 2 but is not more than the 2 against.
    ConditionDecision r = RatioThreshold.atLeast(Fraction.ONE).decide(tally(roll(10), 2, 2, 0, 0));
    assertFalse(r.met());
    assertEquals("2 for, 2 against; needed at least 2 (1 x 2) and more than 2: not met", r.explanation());
  }

  @Test
  void description_namesEachBaseAndWhatItCounts() {
    assertEquals("all eligible votes", VoteBase.ALL_ELIGIBLE.phrase());
    assertEquals("more than 1/2 of all eligible votes", Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE).description());
    assertEquals("more than 1/2 of the members voting", Threshold.majorityOfVotesCast().byHeads().description());
    assertEquals("more than 1/2 of the members present",
        Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_OF_THOSE_PRESENT).byHeads().description());
    assertEquals("more than 1/2 of the votes cast, abstentions counted",
        Threshold.majorityOfVotesCast().countingAbstentions().description());
    assertEquals("more than 1/2 of the votes cast, spoilt votes counted", Threshold.majorityOfVotesCast().countingSpoilt().description());
  }

  @Test
  void votesCast_countMembersWhoBelongToClasses() {
    // Members in classes vote like any other: 3 workers for, 2 clients against, 1 client abstains: 3/5 of votes cast.
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 3, ClassId.of("workers")));
    all.addAll(RollFixtures.electors(4, 3, ClassId.of("clients")));
    Tally t = TallyFixtures.tally(VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, all)), 3, 2, 1, 0);
    ConditionDecision r = Threshold.majorityOfVotesCast().decide(t);
    assertTrue(r.met());
    assertEquals(Fraction.of(3), r.value());
    assertEquals(Fraction.of(5), r.base());
  }

  @Test
  void condition_describesItselfByClass() {
    assertEquals("in class investors: more than 1/2 of the votes cast",
        Condition.inClass(ClassId.of("investors"), Threshold.majorityOfVotesCast()).description());
    assertEquals("in each class: more than 1/2 of the votes cast", Condition.inEachClass(Threshold.majorityOfVotesCast()).toString());
  }

  @Test
  void records_equalExactlyWhenEverySettingIs_whetherBuiltByFactoryOrConstructor() {
    Fraction half = Fraction.ONE_HALF;
    new EqualsTester()
        .addEqualityGroup(new Threshold(half, true, VoteBase.VOTES_CAST, CountedBy.VOTES, false, false), Threshold.majorityOfVotesCast())
        .addEqualityGroup(new Threshold(half, false, VoteBase.VOTES_CAST, CountedBy.VOTES, false, false),
            Threshold.atLeast(half, VoteBase.VOTES_CAST))
        .addEqualityGroup(new Threshold(Fraction.of(1, 3), true, VoteBase.VOTES_CAST, CountedBy.VOTES, false, false))
        .addEqualityGroup(new Threshold(half, true, VoteBase.VOTES_OF_THOSE_PRESENT, CountedBy.VOTES, false, false))
        .addEqualityGroup(new Threshold(half, true, VoteBase.ALL_ELIGIBLE, CountedBy.VOTES, false, false))
        .addEqualityGroup(new Threshold(half, true, VoteBase.VOTES_CAST, CountedBy.HEADS, false, false),
            Threshold.majorityOfVotesCast().byHeads())
        .addEqualityGroup(new Threshold(half, true, VoteBase.VOTES_CAST, CountedBy.VOTES, true, false),
            Threshold.majorityOfVotesCast().countingAbstentions())
        .addEqualityGroup(new Threshold(half, true, VoteBase.VOTES_CAST, CountedBy.VOTES, false, true),
            Threshold.majorityOfVotesCast().countingSpoilt())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new RatioThreshold(Fraction.of(3), false, CountedBy.VOTES), RatioThreshold.atLeast(Fraction.of(6, 2)))
        .addEqualityGroup(new RatioThreshold(Fraction.of(3), true, CountedBy.VOTES), RatioThreshold.moreThan(Fraction.of(3)))
        .addEqualityGroup(new RatioThreshold(Fraction.of(3), false, CountedBy.HEADS), RatioThreshold.atLeast(Fraction.of(3)).byHeads())
        .addEqualityGroup(RatioThreshold.atLeast(Fraction.of(2)))
        .testEquals();
  }

  @Test
  void constructors_checkAsTheFactoriesDo_withTheSameMessages() {
    assertRefusedAlike(() -> Threshold.moreThan(Fraction.ONE, VoteBase.VOTES_CAST),
        () -> new Threshold(Fraction.ONE, true, VoteBase.VOTES_CAST, CountedBy.VOTES, false, false));
    assertRefusedAlike(() -> Threshold.atLeast(Fraction.ZERO, VoteBase.ALL_ELIGIBLE),
        () -> new Threshold(Fraction.ZERO, false, VoteBase.ALL_ELIGIBLE, CountedBy.HEADS, false, false));
    assertRefusedAlike(() -> RatioThreshold.atLeast(Fraction.ZERO), () -> new RatioThreshold(Fraction.ZERO, false, CountedBy.VOTES));
  }

  @Test
  void withers_changeOneSettingAndKeepTheOthers() {
    Threshold t = Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST).byHeads().countingSpoilt();
    assertEquals(new Threshold(Fraction.of(2, 3), false, VoteBase.VOTES_CAST, CountedBy.HEADS, false, true), t);
    assertEquals(new Threshold(Fraction.of(2, 3), false, VoteBase.VOTES_CAST, CountedBy.HEADS, true, true), t.countingAbstentions());
    assertEquals(t.description(), t.toString());
  }

  private static Tally hands(int f, int a, int x, int s) {
    Tally.Builder b = Tally.builder(roll(20)).method(org.commonweal.governance.meeting.VotingMethod.SHOW_OF_HANDS);
    TallyFixtures.votes(b, 1, f, Choice.FOR);
    TallyFixtures.votes(b, 1 + f, a, Choice.AGAINST);
    TallyFixtures.votes(b, 1 + f + a, x, Choice.ABSTAIN);
    TallyFixtures.votes(b, 1 + f + a + x, s, Choice.SPOILT);
    return b.build();
  }

  @Test
  void showOfHands_countsAbstentionsAndSpoiltHandsOnlyWhereTheThresholdSays() {
    // Hands: 4 for, 3 against, 2 abstaining, 1 spoilt.
    Tally t = hands(4, 3, 2, 1);
    assertEquals(Fraction.of(7), Threshold.majorityOfVotesCast().decide(t).base());
    assertEquals(Fraction.of(9), Threshold.majorityOfVotesCast().countingAbstentions().decide(t).base());
    assertEquals(Fraction.of(8), Threshold.majorityOfVotesCast().countingSpoilt().decide(t).base());
    assertEquals(Fraction.of(10), Threshold.majorityOfVotesCast().countingAbstentions().countingSpoilt().decide(t).base());
    assertTrue(Threshold.majorityOfVotesCast().decide(t).met());
    assertFalse(Threshold.majorityOfVotesCast().countingAbstentions().decide(t).met());
  }

  @Test
  void showOfHands_votesOfThosePresent_countTheHandsNotShown() {
    // 8 present in person: 3 hands for, 1 against, 4 not shown. More than half of 8 hands is 5.
    Attendance a = Attendance.of(roll(20), LocalDateTime.of(2026, 7, 9, 18, 30), RollFixtures.roll(8).voters());
    Tally.Builder b = Tally.builder(roll(20)).attendance(a).method(org.commonweal.governance.meeting.VotingMethod.SHOW_OF_HANDS);
    TallyFixtures.votes(b, 1, 3, Choice.FOR);
    TallyFixtures.votes(b, 4, 1, Choice.AGAINST);
    ConditionDecision d = Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_OF_THOSE_PRESENT).decide(b.build());
    assertEquals(Fraction.of(3), d.value());
    assertEquals(Fraction.of(8), d.base());
    assertFalse(d.met());
  }
}
