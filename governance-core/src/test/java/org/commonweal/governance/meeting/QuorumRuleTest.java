package org.commonweal.governance.meeting;

import static org.commonweal.governance.base.Refusals.assertRefusedAlike;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.range;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import org.commonweal.governance.base.Decision;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.junit.jupiter.api.Test;

class QuorumRuleTest {
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId PARENTS = ClassId.of("parents");

  @Test
  void members_countsOnlyMembersWithAVote() {
    VotingRoll roll = roll(5);
    QuorumDecision d = QuorumRule.members(3).decide("quorum", roll, List.of(m(1), m(2), m(99)));
    assertFalse(d.quorate());
    assertEquals(Fraction.of(2), d.decidedBy().present());
    assertEquals(Fraction.of(3), d.decidedBy().needed());
    assertEquals("3 members: 2 members present, 3 needed: not met", d.decidedBy().toString());
  }

  @Test
  void fractionOfMembers_roundsUpToAWholeMember() {
    // Half of 11 members is 5 1/2: 6 are needed; more than half of 10 is more than 5: 6 are needed.
    assertEquals(Fraction.of(6), QuorumRule.fractionOfMembers(Fraction.ONE_HALF).decide("q", roll(11), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(6), QuorumRule.majorityOfMembers().decide("q", roll(10), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(5), QuorumRule.fractionOfMembers(Fraction.ONE_HALF).decide("q", roll(10), List.of()).decidedBy().needed());
  }

  @Test
  void fractionOfVotes_comparesExactVotes() {
    QuorumDecision d = QuorumRule.moreThanFractionOfVotes(Fraction.of(1, 4)).decide("q", roll(8), range(1, 2));
    // 2 of 8 votes is exactly 1/4, not more.
    assertFalse(d.quorate());
    assertTrue(d.decidedBy().strict());
    assertTrue(QuorumRule.fractionOfVotes(Fraction.of(1, 4)).decide("q", roll(8), range(1, 2)).quorate());
  }

  @Test
  void greaterOf_reportsTheMostDemandingPartWhenMetAndTheFirstFailingWhenNot() {
    QuorumRule rule = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));
    QuorumDecision met = rule.decide("quorum", roll(12), range(1, 6));
    assertTrue(met.quorate());
    assertEquals("1/2 of the members (of 12)", met.decidedBy().rule());
    QuorumDecision notMet = rule.decide("quorum", roll(12), range(1, 5));
    assertFalse(notMet.quorate());
    assertEquals(Fraction.of(6), notMet.decidedBy().needed());
    assertEquals(2, notMet.checks().size());
    assertEquals("the greater of (2 members) and (1/2 of the members)", rule.description());
  }

  @Test
  void lesserOf_reportsThePartMetWithTheFewestNeeded() {
    QuorumRule rule = QuorumRule.lesserOf(QuorumRule.members(5), QuorumRule.fractionOfMembers(Fraction.of(1, 10)));
    // 20 members: 5 members, or 2 (a tenth): 3 present meet the tenth.
    QuorumDecision d = rule.decide("poll", roll(20), range(1, 3));
    assertTrue(d.quorate());
    assertEquals(Fraction.of(2), d.decidedBy().needed());
    QuorumDecision none = rule.decide("poll", roll(20), range(1, 1));
    assertFalse(none.quorate());
    assertEquals(Fraction.of(2), none.decidedBy().needed());
  }

  @Test
  void tiered_picksTheTierByTheNumberOfMembers() {
    QuorumRule rule = QuorumRule.tiered().upTo(9, QuorumRule.members(3)).upTo(50, QuorumRule.fractionOfMembers(Fraction.of(2, 5)))
        .otherwise(QuorumRule.members(20));
    assertEquals(Fraction.of(3), rule.decide("q", roll(9), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(4), rule.decide("q", roll(10), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(20), rule.decide("q", roll(50), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(20), rule.decide("q", roll(51), List.of()).decidedBy().needed());
    assertEquals("by size: up to 9 members, 3 members; 10 to 50 members, 2/5 of the members; 51 or more members, 20 members",
        rule.description());
    assertThrows(InvalidValueException.class, () -> QuorumRule.tiered().upTo(9, QuorumRule.members(3)).upTo(9, QuorumRule.members(4)));
  }

  @Test
  void inClass_countsTheClassAgainstItsOwnMembers() {
    VotingRoll roll = RollFixtures.twoClasses(STAFF, 4, PARENTS, 6);
    QuorumRule rule = QuorumRule.inEachClass(QuorumRule.members(2));
    // Two staff (1, 2) and one parent (5) present: parents fall short.
    QuorumDecision d = rule.decide("quorum", roll, List.of(m(1), m(2), m(5)));
    assertFalse(d.quorate());
    assertEquals("2 members in class parents", d.decidedBy().rule());
    assertTrue(QuorumRule.inClass(STAFF, QuorumRule.fractionOfMembers(Fraction.ONE_HALF)).decide("q", roll, List.of(m(1), m(2))).quorate());
  }

  @Test
  void persons_withinAClassCountTheClassMembersPresent() {
    VotingRoll roll = RollFixtures.twoClasses(STAFF, 4, PARENTS, 6);
    QuorumRule twoStaff = QuorumRule.inClass(STAFF, QuorumRule.persons(2));
    assertFalse(twoStaff.decide("q", roll, List.of(m(1), m(5), m(6))).quorate());
    assertTrue(twoStaff.decide("q", roll, List.of(m(1), m(2), m(5))).quorate());
    assertEquals("in class staff: 2 qualifying persons", twoStaff.description());
    assertEquals("1 member", QuorumRule.members(1).description());
    assertEquals("1 qualifying person", QuorumRule.persons(1).description());
    assertEquals("in each class: those present", QuorumRule.inEachClass(QuorumRule.thosePresent()).description());
    assertEquals("3/2 x the square root of the number of members", QuorumRule.timesSquareRootOfMembers(Fraction.of(3, 2)).toString());
  }

  @Test
  void thosePresent_needsOneMemberWithAVote() {
    assertFalse(QuorumRule.thosePresent().decide("q", roll(3), List.of()).quorate());
    assertTrue(QuorumRule.thosePresent().decide("q", roll(3), List.of(m(2))).quorate());
  }

  @Test
  void factories_refuseOutOfRangeValues() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> QuorumRule.fractionOfMembers(Fraction.of(3, 2)));
    assertEquals("quorum fraction 3/2 must be above 0 and at most 1", e.getMessage());
    assertThrows(InvalidValueException.class, () -> QuorumRule.members(0));
    assertThrows(InvalidValueException.class, () -> QuorumRule.moreThanFractionOfMembers(Fraction.ONE));
    assertThrows(InvalidValueException.class, () -> QuorumRule.timesSquareRootOfMembers(Fraction.ZERO));
    assertThrows(InvalidValueException.class, () -> QuorumRule.greaterOf(QuorumRule.members(2)));
  }

  @Test
  void explain_givesTheVerdictAndTheNumbers() {
    QuorumDecision d = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF))
        .decide("quorum", roll(11), range(1, 5));
    assertEquals("quorum: not met under the greater of (2 members) and (1/2 of the members) (5 of 11 members counted)\n"
        + "  decided by 1/2 of the members (of 11): 5 members present, 6 needed: not met\n"
        + "  - 2 members: 5 members present, 2 needed: met\n"
        + "  - 1/2 of the members (of 11): 5 members present, 6 needed: not met\n", d.explain());
  }

  @Test
  void equals_comparesWhatTheRulesSay() {
    new EqualsTester()
        .addEqualityGroup(QuorumRule.members(2), QuorumRule.members(2))
        .addEqualityGroup(QuorumRule.persons(2))
        .addEqualityGroup(QuorumRule.majorityOfMembers(), QuorumRule.moreThanFractionOfMembers(Fraction.ONE_HALF))
        .addEqualityGroup(QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.thosePresent()))
        .testEquals();
  }

  @Test
  void greaterAndLesserOf_nameTheFirstListedPartWhenTwoPartsNeedTheSame() {
    // 10 members: "5 members" and "1/2 of the members" both need 5. The report names the first listed,
    // so that the explanation follows the rule as written.
    QuorumRule five = QuorumRule.members(5);
    QuorumRule half = QuorumRule.fractionOfMembers(Fraction.ONE_HALF);
    assertEquals("5 members", QuorumRule.greaterOf(five, half).decide("q", roll(10), range(1, 6)).decidedBy().rule());
    assertEquals("1/2 of the members (of 10)",
        QuorumRule.greaterOf(half, five).decide("q", roll(10), range(1, 6)).decidedBy().rule());
    assertEquals("5 members", QuorumRule.lesserOf(five, half).decide("q", roll(10), range(1, 6)).decidedBy().rule());
    QuorumDecision neither = QuorumRule.lesserOf(five, half).decide("q", roll(10), range(1, 4));
    assertFalse(neither.quorate());
    assertEquals("5 members", neither.decidedBy().rule());
  }

  @Test
  void lesserOf_reportsThePartMetEvenWhenItCountsVotesAndTheFirstCountsMembers() {
    // 20 members, 3 present: "5 members" is not met; a tenth of the 20 votes is 2, and 3 votes meet it.
    QuorumDecision d = QuorumRule.lesserOf(QuorumRule.members(5), QuorumRule.fractionOfVotes(Fraction.of(1, 10)))
        .decide("poll", roll(20), range(1, 3));
    assertTrue(d.quorate());
    assertTrue(d.decidedBy().met());
    assertEquals(QuorumCheck.Unit.VOTES, d.decidedBy().unit());
    assertEquals(Fraction.of(2), d.decidedBy().needed());
  }

  @Test
  void combined_refuseASinglePartNamingWhichCombination() {
    InvalidValueException lesser = assertThrows(InvalidValueException.class, () -> QuorumRule.lesserOf(QuorumRule.members(2)));
    assertEquals("lesser-of needs at least two rules, got [2 members]", lesser.getMessage());
    InvalidValueException greater = assertThrows(InvalidValueException.class, () -> QuorumRule.greaterOf(QuorumRule.members(2)));
    assertEquals("greater-of needs at least two rules, got [2 members]", greater.getMessage());
  }

  @Test
  void fraction_mustBeAboveZeroAndMayBeTheWhole() {
    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> QuorumRule.fractionOfMembers(Fraction.ZERO));
    assertEquals("quorum fraction 0 must be above 0 and at most 1", zero.getMessage());
    // All of the votes: 4 of 4 meet it, 3 of 4 do not.
    assertTrue(QuorumRule.fractionOfVotes(Fraction.ONE).decide("q", roll(4), range(1, 4)).quorate());
    assertFalse(QuorumRule.fractionOfVotes(Fraction.ONE).decide("q", roll(4), range(1, 3)).quorate());
  }

  @Test
  void explain_ofASimpleRuleListsNoSeparateChecks() {
    QuorumDecision d = QuorumRule.members(3).decide("quorum", roll(5), range(1, 3));
    assertEquals("quorum: met under 3 members (3 of 5 members counted)\n"
        + "  decided by 3 members: 3 members present, 3 needed: met\n", d.explain());
    assertEquals("quorum met: 3 members: 3 members present, 3 needed: met", d.toString());
    assertEquals("quorum not met: 3 members: 2 members present, 3 needed: not met",
        QuorumRule.members(3).decide("quorum", roll(5), range(1, 2)).toString());
  }

  @Test
  void records_equalExactlyWhenTheirValuesAre_whetherBuiltByFactoryOrConstructor() {
    QuorumRule two = QuorumRule.members(2);
    QuorumRule present = QuorumRule.thosePresent();
    new EqualsTester()
        .addEqualityGroup(new QuorumRule.Members(2), two)
        .addEqualityGroup(new QuorumRule.Members(3))
        .addEqualityGroup(new QuorumRule.Persons(2), QuorumRule.persons(2))
        .addEqualityGroup(new QuorumRule.FractionOfMembers(Fraction.ONE_HALF, false), QuorumRule.fractionOfMembers(Fraction.of(2, 4)))
        .addEqualityGroup(new QuorumRule.FractionOfMembers(Fraction.ONE_HALF, true), QuorumRule.majorityOfMembers())
        .addEqualityGroup(new QuorumRule.FractionOfMembers(Fraction.of(1, 3), false))
        .addEqualityGroup(new QuorumRule.FractionOfVotes(Fraction.ONE_HALF, false), QuorumRule.fractionOfVotes(Fraction.ONE_HALF))
        .addEqualityGroup(new QuorumRule.FractionOfVotes(Fraction.ONE_HALF, true), QuorumRule.moreThanFractionOfVotes(Fraction.ONE_HALF))
        .addEqualityGroup(new QuorumRule.SquareRootOfMembers(Fraction.of(3, 2)), QuorumRule.timesSquareRootOfMembers(Fraction.of(3, 2)))
        .addEqualityGroup(new QuorumRule.SquareRootOfMembers(Fraction.ONE))
        .addEqualityGroup(new QuorumRule.GreaterOf(ImmutableList.of(two, present)), QuorumRule.greaterOf(two, present))
        .addEqualityGroup(new QuorumRule.GreaterOf(ImmutableList.of(present, two)))
        .addEqualityGroup(new QuorumRule.LesserOf(ImmutableList.of(two, present)), QuorumRule.lesserOf(two, present))
        .addEqualityGroup(
            new QuorumRule.Tiered(ImmutableList.of(new QuorumRule.Tiered.Tier(9, two)), present),
            QuorumRule.tiered().upTo(9, two).otherwise(present))
        .addEqualityGroup(QuorumRule.tiered().upTo(10, two).otherwise(present))
        .addEqualityGroup(QuorumRule.tiered().upTo(9, two).upTo(50, present).otherwise(present))
        .addEqualityGroup(new QuorumRule.InClass(STAFF, two), QuorumRule.inClass(STAFF, two))
        .addEqualityGroup(QuorumRule.inClass(PARENTS, two))
        .addEqualityGroup(new QuorumRule.InEachClass(two), QuorumRule.inEachClass(two))
        .addEqualityGroup(new QuorumRule.InEachClass(present))
        .addEqualityGroup(new QuorumRule.ThosePresent(), present)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new QuorumRule.Tiered.Tier(9, two), new QuorumRule.Tiered.Tier(9, QuorumRule.members(2)))
        .addEqualityGroup(new QuorumRule.Tiered.Tier(10, two))
        .addEqualityGroup(new QuorumRule.Tiered.Tier(9, present))
        .testEquals();
  }

  @Test
  void constructors_checkAsTheFactoriesDo_withTheSameMessages() {
    QuorumRule two = QuorumRule.members(2);
    assertRefusedAlike(() -> QuorumRule.members(0), () -> new QuorumRule.Members(0));
    assertRefusedAlike(() -> QuorumRule.persons(0), () -> new QuorumRule.Persons(0));
    assertRefusedAlike(() -> QuorumRule.fractionOfMembers(Fraction.of(3, 2)), () -> new QuorumRule.FractionOfMembers(Fraction.of(3, 2), false));
    assertRefusedAlike(() -> QuorumRule.moreThanFractionOfMembers(Fraction.ONE), () -> new QuorumRule.FractionOfMembers(Fraction.ONE, true));
    assertRefusedAlike(() -> QuorumRule.fractionOfVotes(Fraction.ZERO), () -> new QuorumRule.FractionOfVotes(Fraction.ZERO, false));
    assertRefusedAlike(() -> QuorumRule.moreThanFractionOfVotes(Fraction.of(-1)), () -> new QuorumRule.FractionOfVotes(Fraction.of(-1), true));
    assertRefusedAlike(() -> QuorumRule.timesSquareRootOfMembers(Fraction.ZERO), () -> new QuorumRule.SquareRootOfMembers(Fraction.ZERO));
    assertRefusedAlike(() -> QuorumRule.greaterOf(two), () -> new QuorumRule.GreaterOf(ImmutableList.of(two)));
    assertRefusedAlike(() -> QuorumRule.lesserOf(two), () -> new QuorumRule.LesserOf(ImmutableList.of(two)));
    assertRefusedAlike(() -> QuorumRule.tiered().upTo(9, two).upTo(9, two),
        () -> new QuorumRule.Tiered(ImmutableList.of(new QuorumRule.Tiered.Tier(9, two), new QuorumRule.Tiered.Tier(9, two)), two));
    assertRefusedAlike(() -> QuorumRule.tiered().upTo(-1, two), () -> new QuorumRule.Tiered.Tier(-1, two));
    InvalidValueException noTier = assertThrows(InvalidValueException.class, () -> QuorumRule.tiered().otherwise(two));
    assertEquals("a tiered quorum needs at least one tier before otherwise()", noTier.getMessage());
    assertRefusedAlike(() -> QuorumRule.tiered().otherwise(two), () -> new QuorumRule.Tiered(ImmutableList.of(), two));
  }

  @Test
  void equals_rulesThatReadAlikeButAreBuiltDifferently_areUnequalAndDecideDifferently() {
    // A class whose name reads like a nested class rule: once equal by description, now told apart. The
    // constitution defines that class, which has no members.
    VotingRoll two = RollFixtures.twoClasses(STAFF, 4, PARENTS, 6);
    VotingRoll roll = two.rules().roll(Electorate.builder().from(two.electorate())
        .addClasses(ClassId.of("staff: in class parents")).build());
    QuorumRule odd = QuorumRule.inClass(ClassId.of("staff: in class parents"), QuorumRule.members(2));
    QuorumRule nested = QuorumRule.inClass(STAFF, QuorumRule.inClass(PARENTS, QuorumRule.members(2)));
    assertEquals(odd.description(), nested.description());
    assertNotEquals(odd, nested);
    assertFalse(odd.decide("q", roll, range(5, 6)).quorate());      // nobody is in that class
    assertTrue(nested.decide("q", roll, range(5, 6)).quorate());    // two parents
  }

  @Test
  void decide_answersWithADecisionGivingTheRuleAndTheNumbers() {
    QuorumRule rule = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));
    Decision d = rule.decide("quorum", roll(11), range(1, 6));
    assertTrue(d.met());
    assertEquals(rule.description(), d.rule());
    assertEquals("quorum: met under the greater of (2 members) and (1/2 of the members) (6 of 11 members counted)\n"
        + "  decided by 1/2 of the members (of 11): 6 members present, 6 needed: met\n"
        + "  - 2 members: 6 members present, 2 needed: met\n"
        + "  - 1/2 of the members (of 11): 6 members present, 6 needed: met\n", d.explain());
  }

  @Test
  void tiered_recordHoldsItsTiersAndPicksByTheBodysSize() {
    QuorumRule.Tiered rule = (QuorumRule.Tiered) QuorumRule.tiered().upTo(9, QuorumRule.members(3)).otherwise(QuorumRule.members(5));
    assertEquals(List.of(new QuorumRule.Tiered.Tier(9, QuorumRule.members(3))), rule.tiers());
    assertEquals(QuorumRule.members(5), rule.otherwise());
    assertEquals("up to 9 members: 3 members", rule.tiers().get(0).toString());
  }

  @Test
  void composition_nestedToTheLimit_isAcceptedAndDeeperIsRefusedNamingTheLimit() {
    QuorumRule rule = QuorumRule.members(1);
    for (int level = 2; level <= QuorumRule.MAX_DEPTH; level++) {
      rule = level % 2 == 0 ? QuorumRule.greaterOf(rule, QuorumRule.members(1)) : QuorumRule.lesserOf(QuorumRule.members(2), rule);
    }
    assertTrue(rule.decide("quorum", roll(3), range(1, 1)).quorate());
    QuorumRule deepest = rule;
    InvalidValueException e = assertRefusedAlike(
        () -> QuorumRule.greaterOf(deepest, QuorumRule.members(1)),
        () -> new QuorumRule.GreaterOf(ImmutableList.of(deepest, QuorumRule.members(1))));
    assertEquals("depth", e.field());
    assertEquals("a quorum rule may nest at most 64 levels; this one would nest 65", e.getMessage());
    assertThrows(InvalidValueException.class, () -> QuorumRule.inClass(ClassId.of("staff"), deepest));
    assertThrows(InvalidValueException.class, () -> QuorumRule.inEachClass(deepest));
    assertThrows(InvalidValueException.class, () -> QuorumRule.tiered().upTo(3, deepest).otherwise(QuorumRule.members(1)));
  }

  @Test
  void composition_nestedTensOfThousandsDeep_isRefusedAtTheLimitNotByTheStack() {
    QuorumRule rule = QuorumRule.thosePresent();
    int built = 1;
    InvalidValueException refused = null;
    for (int i = 0; i < 20_000 && refused == null; i++) {
      try {
        rule = i % 2 == 0 ? QuorumRule.greaterOf(rule, QuorumRule.members(1)) : QuorumRule.lesserOf(rule, QuorumRule.members(1));
        built++;
      } catch (InvalidValueException e) {
        refused = e;
      }
    }
    assertEquals(QuorumRule.MAX_DEPTH, built);
    assertTrue(refused != null && refused.getMessage().contains("at most 64 levels"), String.valueOf(refused));
  }

  @Test
  void composition_aTierCountsTowardTheDepthOfTheRuleHoldingIt() {
    QuorumRule rule = QuorumRule.members(1);
    for (int level = 2; level < QuorumRule.MAX_DEPTH; level++) {
      rule = QuorumRule.greaterOf(rule, QuorumRule.members(1));
    }
    // 63 levels in a tier make a tiered rule of 64, the most allowed; one more level is refused.
    QuorumRule tiered = QuorumRule.tiered().upTo(3, rule).otherwise(QuorumRule.members(1));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> QuorumRule.greaterOf(tiered, QuorumRule.members(1)));
    assertEquals("65", e.value());
    // 62 levels inside "in each class" inside "in class" are 64: a rule of parts holding it would be 65.
    QuorumRule classes = QuorumRule.inClass(STAFF, QuorumRule.inEachClass(((QuorumRule.GreaterOf) rule).parts().get(0)));
    InvalidValueException inClass = assertThrows(InvalidValueException.class, () -> QuorumRule.lesserOf(QuorumRule.members(1), classes));
    assertEquals("65", inClass.value());
  }

  @Test
  void fractionOfPaidUpCapital_checksItsFractionAsTheOtherFractionsDo() {
    assertRefusedAlike(() -> QuorumRule.fractionOfPaidUpCapital(Fraction.ZERO),
        () -> new QuorumRule.FractionOfPaidUpCapital(Fraction.ZERO, false));
    InvalidValueException strict = assertThrows(InvalidValueException.class, () -> new QuorumRule.FractionOfPaidUpCapital(Fraction.ONE, true));
    assertEquals("quorum fraction 1 for \"more than\" must be at least 0 and below 1", strict.getMessage());
    // The whole of the capital is a fraction like any other.
    assertEquals(new QuorumRule.FractionOfPaidUpCapital(Fraction.ONE, false), QuorumRule.fractionOfPaidUpCapital(Fraction.ONE));
  }

  @Test
  void hashes_ofFractionRules_dependOnTheFractionAndOnStrictness() {
    assertNotEquals(QuorumRule.fractionOfMembers(Fraction.ONE_HALF).hashCode(), QuorumRule.fractionOfMembers(Fraction.of(1, 3)).hashCode());
    assertNotEquals(QuorumRule.fractionOfVotes(Fraction.ONE_HALF).hashCode(), QuorumRule.fractionOfVotes(Fraction.of(1, 3)).hashCode());
    assertNotEquals(QuorumRule.fractionOfPaidUpCapital(Fraction.ONE_HALF).hashCode(),
        QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 3)).hashCode());
    assertNotEquals(QuorumRule.members(2).hashCode(), QuorumRule.members(3).hashCode());
    QuorumRule two = QuorumRule.members(2);
    assertNotEquals(QuorumRule.lesserOf(two, QuorumRule.members(3)).hashCode(), QuorumRule.lesserOf(two, QuorumRule.persons(3)).hashCode());
    assertNotEquals(QuorumRule.greaterOf(two, QuorumRule.members(3)).hashCode(), QuorumRule.greaterOf(two, QuorumRule.persons(3)).hashCode());
    assertNotEquals(QuorumRule.persons(2).hashCode(), QuorumRule.persons(3).hashCode());
    assertNotEquals(QuorumRule.fractionOfVotes(Fraction.ONE_HALF).hashCode(), QuorumRule.moreThanFractionOfVotes(Fraction.ONE_HALF).hashCode());
  }
}
