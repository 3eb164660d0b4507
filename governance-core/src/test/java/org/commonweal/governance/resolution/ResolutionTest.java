package org.commonweal.governance.resolution;

import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
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

class ResolutionTest {
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId PARENTS = ClassId.of("parents");

  @Test
  void ordinarySpecialAndUnanimous_haveTheirThresholds() {
    Tally t = tally(roll(40), 30, 10, 5, 0);
    assertTrue(Resolution.ordinary("A").decide(t).passed());
    assertTrue(Resolution.special("A").decide(t).passed());   // 30/40 = 3/4 exactly
    assertFalse(Resolution.unanimous("A").decide(t).passed());
    assertTrue(Resolution.unanimous("A").decide(tally(roll(40), 30, 0, 5, 0)).passed());
  }

  @Test
  void decide_listsEveryConditionWithItsNumbers() {
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 6, STAFF));
    all.addAll(RollFixtures.electors(7, 6, PARENTS));
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, all));
    Tally.Builder b = Tally.builder(roll);
    TallyFixtures.votes(b, 1, 6, Choice.FOR);     // staff: 6 for
    TallyFixtures.votes(b, 7, 3, Choice.FOR);     // parents: 3 for, 3 against
    TallyFixtures.votes(b, 10, 3, Choice.AGAINST);
    Resolution r = Resolution.special("Adopt new rules").withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast()));
    ResolutionOutcome o = r.decide(b.build());
    assertEquals(ResolutionOutcome.Verdict.FAILED, o.verdict());
    assertEquals(3, o.conditions().size());
    assertTrue(o.conditions().get(0).met());                 // 9 of 12 = 3/4
    assertFalse(o.conditions().get(1).met());                // parents 3 of 6
    assertTrue(o.conditions().get(2).met());                 // staff 6 of 6
    assertEquals(List.of(o.conditions().get(1)), o.failedConditions());
    assertEquals("Special resolution \"Adopt new rules\": FAILED\n"
        + "  [met] at least 3/4 of the votes cast: for 9 of 12 (75.0%); needed at least 9: met\n"
        + "  [not met] in class parents: more than 1/2 of the votes cast: for 3 of 6 (50.0%); needed more than 3: not met\n"
        + "  [met] in class staff: more than 1/2 of the votes cast: for 6 of 6 (100.0%); needed more than 3: met\n"
        + "  count on a poll: for 9 (9 members), against 3 (3), abstain 0 (0), spoilt 0 (0)\n", o.explain());
  }

  @Test
  void turnoutAndInFavour_countMembersAgainstTheRoll() {
    Resolution r = Resolution.builder().title("A").addConditions(Threshold.majorityOfVotesCast(),
        Condition.turnout(QuorumRule.fractionOfMembers(Fraction.ONE_HALF)), Condition.inFavour(QuorumRule.members(4))).build();
    // 20 members; 6 for, 3 against, 1 abstains: 10 voted (half), 6 in favour.
    ResolutionOutcome o = r.decide(tally(roll(20), 6, 3, 1, 0));
    assertTrue(o.passed(), o.explain());
    assertEquals("10 of 20 members voted (50.0%); 1/2 of the members (of 20): 10 members present, 10 needed: met",
        o.conditions().get(1).explanation());
    assertFalse(r.decide(tally(roll(20), 6, 3, 0, 0)).passed());
    assertFalse(r.decide(tally(roll(20), 3, 0, 7, 0)).passed());
  }

  @Test
  void decide_reportsRejectedVotesAndTallyNotes() {
    Tally t = Tally.builder(roll(3)).vote(m(1), Choice.FOR).vote(m(9), Choice.AGAINST).build();
    ResolutionOutcome o = Resolution.ordinary("A").decide(t);
    assertTrue(o.passed());
    assertEquals("NOT_ON_ROLL", o.rejectedVotes().get(Vote.of(m(9), Choice.AGAINST)).code());
    assertTrue(o.explain().contains("not counted: M-009: against: NOT_ON_ROLL"), o.explain());
  }

  @Test
  void allOf_passesOnlyIfEveryStepPassed() {
    ResolutionOutcome yes = Resolution.ordinary("A").decide(tally(roll(5), 3, 1, 0, 0));
    ResolutionOutcome no = Resolution.ordinary("B").decide(tally(roll(5), 1, 3, 0, 0));
    assertTrue(ResolutionOutcome.allOf("both", Resolution.Kind.OTHER, List.of(yes, yes)).passed());
    ResolutionOutcome failed = ResolutionOutcome.allOf("both", Resolution.Kind.OTHER, List.of(yes, no));
    assertFalse(failed.passed());
    assertEquals(no.failedConditions(), failed.failedConditions());
  }

  @Test
  void builder_refusesABlankTitleOrNoCondition() {
    assertThrows(InvalidValueException.class, () -> Resolution.builder().title("x").build());
    assertThrows(InvalidValueException.class, () -> Resolution.ordinary(" "));
  }

  @Test
  void equals_comparesTitleKindConditionsAndTieRule() {
    new EqualsTester()
        .addEqualityGroup(Resolution.ordinary("A"), Resolution.ordinary("A"))
        .addEqualityGroup(Resolution.ordinary("B"))
        .addEqualityGroup(Resolution.special("A"))
        .addEqualityGroup(Resolution.ordinary("A").withTieRule(TieRule.castingVote()))
        .addEqualityGroup(Resolution.ordinary("A").withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast())))
        .testEquals();
  }

  @Test
  void outcome_refusesAVerdictWithoutConditionsOrAgainstThem() {
    ConditionDecision notMet = ImmutableConditionDecision.builder().rule("more than 1/2 of the votes cast").met(false)
        .value(Fraction.ONE).base(Fraction.of(2)).required(Fraction.ONE).strict(true).explanation("for 1 of 2").build();
    InvalidValueException empty = assertThrows(
        InvalidValueException.class, () -> ImmutableResolutionOutcome.builder().title("A")
            .kind(Resolution.Kind.OTHER).verdict(ResolutionOutcome.Verdict.PASSED).build());
    assertEquals("an outcome needs at least one condition or part", empty.getMessage());
    InvalidValueException contradicted = assertThrows(
        InvalidValueException.class, () -> ImmutableResolutionOutcome.builder().title("A")
            .kind(Resolution.Kind.OTHER).verdict(ResolutionOutcome.Verdict.PASSED).addConditions(notMet).build());
    assertEquals("verdict PASSED contradicts the conditions of \"A\"", contradicted.getMessage());
    assertEquals(ResolutionOutcome.Verdict.FAILED, ImmutableResolutionOutcome.builder().title("A").kind(Resolution.Kind.OTHER)
        .verdict(ResolutionOutcome.Verdict.FAILED).addConditions(notMet).build().verdict());
  }
}
