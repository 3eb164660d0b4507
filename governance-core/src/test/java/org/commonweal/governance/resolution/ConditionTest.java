package org.commonweal.governance.resolution;

import static org.commonweal.governance.base.Refusals.assertRefusedAlike;
import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonweal.governance.base.Decision;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

class ConditionTest {
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId PARENTS = ClassId.of("parents");
  static final Threshold HALF = Threshold.majorityOfVotesCast();

  /** Six staff (1-6) and six parents (7-12); the staff vote for, the parents three for and three against. */
  private static Tally staffForParentsSplit() {
    return staffForParentsSplit(List.of());
  }

  /** The same votes, on a roll whose constitution also defines the given classes, which have no members. */
  private static Tally staffForParentsSplit(List<ClassId> alsoDefined) {
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 6, STAFF));
    all.addAll(RollFixtures.electors(7, 6, PARENTS));
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.builder().recordDate(RollFixtures.RECORD)
        .addClasses(STAFF, PARENTS).addAllClasses(alsoDefined).electors(all).build());
    Tally.Builder b = Tally.builder(roll);
    TallyFixtures.votes(b, 1, 9, Choice.FOR);
    TallyFixtures.votes(b, 10, 3, Choice.AGAINST);
    return b.build();
  }

  @Test
  void records_equalExactlyWhenTheirValuesAre_whetherBuiltByFactoryOrConstructor() {
    QuorumRule three = QuorumRule.members(3);
    Set<Choice> abstainThenFor = new LinkedHashSet<>(List.of(Choice.ABSTAIN, Choice.FOR));
    new EqualsTester()
        .addEqualityGroup(new Condition.InEachClass(HALF), Condition.inEachClass(HALF))
        .addEqualityGroup(Condition.inEachClass(HALF.byHeads()))
        .addEqualityGroup(new Condition.InClass(STAFF, HALF), Condition.inClass(STAFF, HALF))
        .addEqualityGroup(Condition.inClass(PARENTS, HALF))
        .addEqualityGroup(Condition.inClass(STAFF, Threshold.threeQuartersOfVotesCast()))
        .addEqualityGroup(
            new Condition.Participation(ImmutableSet.copyOf(EnumSet.allOf(Choice.class)), three),
            Condition.turnout(three),
            Condition.participation(EnumSet.allOf(Choice.class), three))
        .addEqualityGroup(Condition.turnout(QuorumRule.members(4)))
        .addEqualityGroup(new Condition.Participation(ImmutableSet.of(Choice.FOR), three), Condition.inFavour(three))
        .addEqualityGroup(
            Condition.participation(EnumSet.of(Choice.FOR, Choice.ABSTAIN), three),
            Condition.participation(abstainThenFor, three),
            new Condition.Participation(ImmutableSet.of(Choice.ABSTAIN, Choice.FOR), three))
        .testEquals();
  }

  @Test
  void participation_keepsTheChoicesInTheirOwnOrder() {
    Condition.Participation p = new Condition.Participation(ImmutableSet.of(Choice.ABSTAIN, Choice.FOR), QuorumRule.members(3));
    assertEquals(List.of(Choice.FOR, Choice.ABSTAIN), p.counted().asList());
    assertEquals("participation (for or abstain): 3 members", p.description());
    assertEquals("turnout: 3 members", Condition.participation(EnumSet.allOf(Choice.class), QuorumRule.members(3)).toString());
  }

  @Test
  void constructors_checkAsTheFactoriesDo_withTheSameMessages() {
    QuorumRule three = QuorumRule.members(3);
    InvalidValueException e = assertRefusedAlike(
        () -> Condition.participation(EnumSet.of(Choice.ABSTAIN), three),
        () -> new Condition.Participation(ImmutableSet.of(Choice.ABSTAIN), three));
    assertEquals("participation must count votes for, but counts only [ABSTAIN]", e.getMessage());
  }

  @Test
  void equals_conditionsThatReadAlikeButAreBuiltDifferently_areUnequal() {
    // Abstentions are counted only in a base of votes cast, so the description leaves them out here; the
    // two conditions used to be equal because their descriptions are.
    Threshold present = Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_OF_THOSE_PRESENT);
    Condition plain = Condition.inEachClass(present);
    Condition counting = Condition.inEachClass(present.countingAbstentions());
    assertEquals(plain.description(), counting.description());
    assertNotEquals(plain, counting);
    // A class whose name reads like a nested class rule (defined by the constitution, with no members).
    Condition odd = Condition.turnout(QuorumRule.inClass(ClassId.of("staff: in class parents"), QuorumRule.members(2)));
    Condition nested = Condition.turnout(QuorumRule.inClass(STAFF, QuorumRule.inClass(PARENTS, QuorumRule.members(2))));
    assertEquals(odd.description(), nested.description());
    assertNotEquals(odd, nested);
    List<ClassId> oddDefined = List.of(ClassId.of("staff: in class parents"));
    assertFalse(odd.decide(staffForParentsSplit(oddDefined)).met());
    assertTrue(nested.decide(staffForParentsSplit(oddDefined)).met());
  }

  @Test
  void inEachClass_decidesInEveryClassAndShowsEachClassAsAPart() {
    ConditionDecision d = Condition.inEachClass(HALF).decide(staffForParentsSplit());
    assertFalse(d.met());
    assertEquals(2, d.parts().size());
    // The numbers shown are the parents', the class that decided.
    assertEquals(Fraction.of(3), d.value());
    assertEquals(Fraction.of(6), d.base());
    assertEquals(Fraction.of(3), d.required());
    assertTrue(d.strict());
    assertEquals("[not met] in each class: more than 1/2 of the votes cast: not met in 1 of 2 classes (parents)\n"
        + "  [not met] in class parents: more than 1/2 of the votes cast: for 3 of 6 (50.0%); needed more than 3: not met\n"
        + "  [met] in class staff: more than 1/2 of the votes cast: for 6 of 6 (100.0%); needed more than 3: met", d.explain());
    assertEquals(Condition.inClass(PARENTS, HALF).decide(staffForParentsSplit()), d.parts().get(0));
  }

  @Test
  void inEachClass_metInEveryClass_saysSoAndShowsTheFirstClass() {
    Tally.Builder b = Tally.builder(staffForParentsSplit().roll());
    TallyFixtures.votes(b, 1, 12, Choice.FOR);
    ConditionDecision d = Condition.inEachClass(HALF).decide(b.build());
    assertTrue(d.met());
    assertEquals("met in each of the 2 classes", d.explanation());
    assertEquals(d.parts().get(0).value(), d.value());
  }

  @Test
  void inEachClass_withNoClass_isNotMetAndHasNoParts() {
    ConditionDecision d = Condition.inEachClass(HALF).decide(tally(roll(5), 3, 0, 0, 0));
    assertFalse(d.met());
    assertEquals(List.of(), d.parts());
    assertEquals("[not met] in each class: more than 1/2 of the votes cast: no class has members with a vote", d.explain());
    ResolutionOutcome o = Resolution.ordinary("M").withCondition(Condition.inEachClass(HALF)).decide(tally(roll(5), 3, 0, 0, 0));
    assertEquals(d, o.conditions().get(1));
  }

  @Test
  void decide_answersWithADecisionGivingTheRuleAndTheNumbers() {
    Decision d = Condition.turnout(QuorumRule.fractionOfMembers(Fraction.ONE_HALF)).decide(tally(roll(20), 6, 3, 1, 0));
    assertTrue(d.met());
    assertEquals("turnout: 1/2 of the members", d.rule());
    assertEquals("[met] turnout: 1/2 of the members: 10 of 20 members voted (50.0%); "
        + "1/2 of the members (of 20): 10 members present, 10 needed: met", d.explain());
    Decision ratio = RatioThreshold.atLeast(Fraction.of(2)).decide(tally(roll(10), 4, 2, 0, 0));
    assertEquals("[met] votes for at least 2 times the votes against, and more than them: "
        + "4 for, 2 against; needed at least 4 (2 x 2) and more than 2: met", ratio.explain());
  }

  @Test
  void participation_saysWhoWasCountedAndRefusesACountWithoutVotesFor() {
    // 3 for, 1 against, 1 abstaining of 5.
    Tally t = tally(roll(5), 3, 1, 1, 0);
    assertTrue(Condition.inFavour(QuorumRule.members(2)).decide(t).explanation().startsWith("3 of 5 members in favour"),
        Condition.inFavour(QuorumRule.members(2)).decide(t).explanation());
    String either = Condition.participation(EnumSet.of(Choice.FOR, Choice.ABSTAIN), QuorumRule.members(2)).decide(t)
        .explanation();
    assertTrue(either.startsWith("4 of 5 members voting for or abstain"), either);
    assertEquals("participation must count votes for, but counts only [AGAINST]", assertThrows(
        InvalidValueException.class, () -> Condition.participation(EnumSet.of(Choice.AGAINST), QuorumRule.members(2)))
        .getMessage());
    assertEquals("in class staff: more than 1/2 of the votes cast",
        Condition.inClass(ClassId.of("staff"), Threshold.majorityOfVotesCast()).toString());
  }

  @Test
  void percent_givesOnePlaceOrADashForNothing() {
    assertEquals("33.3%", ConditionDecision.percent(Fraction.ONE, Fraction.of(3)));
    assertEquals("-", ConditionDecision.percent(Fraction.ONE, Fraction.ZERO));
  }
}
