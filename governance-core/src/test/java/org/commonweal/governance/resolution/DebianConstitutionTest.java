package org.commonweal.governance.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-reference.md, "Elsewhere", the Debian constitution (4.2, A.6): quorum 3Q, Q being half the square root of
 * the number of developers, of voters preferring an option to the default; supermajorities as a ratio
 * of those preferring the option to those preferring the default, 3:1 for a constitutional amendment.
 */
class DebianConstitutionTest {
  static final QuorumRule QUORUM = QuorumRule.timesSquareRootOfMembers(Fraction.of(3, 2));

  static final Resolution AMENDMENT = Resolution.builder().title("Amend the constitution")
      .addConditions(RatioThreshold.atLeast(Fraction.of(3)), Condition.inFavour(QUORUM)).build();

  @Test
  void quorum_is1Point5TimesTheSquareRootOfTheNumberOfDevelopers() {
    // N = 900: 1.5 x 30 = 45 exactly. N = 1000: 1.5 x 31.62... = 47.43..., so 48 voters.
    assertEquals(Fraction.of(45), QUORUM.decide("q", RollFixtures.roll(900), List.of()).decidedBy().needed());
    assertEquals(Fraction.of(48), QUORUM.decide("q", RollFixtures.roll(1000), List.of()).decidedBy().needed());
    // Compared by squares: 47^2 = 2209 < 2250 = 2.25 x 1000 <= 48^2 = 2304.
    assertFalse(QUORUM.decide("q", RollFixtures.roll(1000), RollFixtures.roll(47).voters()).quorate());
    assertTrue(QUORUM.decide("q", RollFixtures.roll(1000), RollFixtures.roll(48).voters()).quorate());
  }

  @Test
  void constitutionalAmendment_needs3To1_atLeastThreeTimesAndMoreThanThoseAgainst_since2015() {
    // 1000 developers, quorum 48 in favour. 60 for, 20 against: exactly 3:1, passes.
    assertTrue(AMENDMENT.decide(TallyFixtures.tally(RollFixtures.roll(1000), 60, 20, 0, 0)).passed());
    assertFalse(AMENDMENT.decide(TallyFixtures.tally(RollFixtures.roll(1000), 59, 20, 0, 0)).passed());
    // 47 for, none against: 3:1, but short of the quorum.
    ResolutionOutcome low = AMENDMENT.decide(TallyFixtures.tally(RollFixtures.roll(1000), 47, 0, 10, 0));
    assertFalse(low.passed());
    assertEquals("members in favour: 3/2 x the square root of the number of members", low.failedConditions().get(0).rule());
  }

  @Test
  void supermajority_2003To2015Text_neededStrictlyMoreThanThreeTimes() {
    Resolution old = Resolution.builder().title("Overrule a developer").addConditions(RatioThreshold.moreThan(Fraction.of(3))).build();
    // The technical committee's case: 3 for and 1 against is not strictly more than 3:1; 4 to 1 is.
    assertFalse(old.decide(TallyFixtures.tally(RollFixtures.roll(8), 3, 1, 0, 0)).passed());
    assertTrue(old.decide(TallyFixtures.tally(RollFixtures.roll(8), 4, 1, 0, 0)).passed());
    Resolution current = Resolution.builder().title("Overrule a developer").addConditions(RatioThreshold.atLeast(Fraction.of(3))).build();
    assertTrue(current.decide(TallyFixtures.tally(RollFixtures.roll(8), 3, 1, 0, 0)).passed());
  }

  @Test
  void ratio_byHeadsCountsDevelopersNotWeights() {
    // One member with 10 votes for, three with one vote each against: 10:3 by votes, 1:3 by heads.
    List<Elector> all = new ArrayList<>();
    all.add(Elector.withShares(RollFixtures.m(1), ClassId.of("m"), "s", 10));
    for (int i = 2; i <= 4; i++) {
      all.add(Elector.withShares(RollFixtures.m(i), ClassId.of("m"), "s", 1));
    }
    VotingRoll roll = VotingRules.oneVotePerShare().roll(Electorate.of(RollFixtures.RECORD, all));
    Tally t = TallyFixtures.tally(roll, 1, 3, 0, 0);
    assertTrue(Resolution.builder().title("x").addConditions(RatioThreshold.atLeast(Fraction.of(3))).build().decide(t).passed());
    assertFalse(Resolution.builder().title("x").addConditions(RatioThreshold.atLeast(Fraction.of(3)).byHeads()).build().decide(t).passed());
    assertEquals("votes for at least 3 times the votes against, and more than them (members)",
        RatioThreshold.atLeast(Fraction.of(3)).byHeads().description());
    assertEquals("votes for more than 3 times the votes against", RatioThreshold.moreThan(Fraction.of(3)).description());
  }

  @Test
  void simpleMajority_isARatioOf1To1WithAStrictMajority() {
    Resolution simple = Resolution.builder().title("Issue a statement").addConditions(RatioThreshold.atLeast(Fraction.ONE)).build();
    assertFalse(simple.decide(TallyFixtures.tally(RollFixtures.roll(10), 3, 3, 0, 0)).passed());
    assertTrue(simple.decide(TallyFixtures.tally(RollFixtures.roll(10), 4, 3, 0, 0)).passed());
  }
}
