package org.commonweal.governance.meeting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.range;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.UndefinedClassException;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareValue;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/** How each kind of quorum rule is counted, at its limits, and how the numbers read in a report. */
class QuorumCounterTest {
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId PARENTS = ClassId.of("parents");
  static final Currency GBP = Currency.getInstance("GBP");

  @Test
  void squareRoot_debian_threeHalvesOfTheRootOf1000Members_needs48() {
    // Debian constitution 4.2: 3/2 x sqrt(1000) is 47.43...; 47^2 = 2209 < 2250 = (9/4) x 1000 <= 48^2 = 2304.
    QuorumRule debian = QuorumRule.timesSquareRootOfMembers(Fraction.of(3, 2));
    VotingRoll roll = roll(1000);
    QuorumDecision enough = debian.decide("quorum", roll, range(1, 48));
    assertTrue(enough.quorate());
    assertEquals(Fraction.of(48), enough.decidedBy().needed());
    assertEquals("3/2 x the square root of the number of members (3/2 x sqrt(1000), so V with V^2 >= 2250): "
        + "48 members present, 48 needed: met", enough.decidedBy().toString());
    assertFalse(debian.decide("quorum", roll, range(1, 47)).quorate());
  }

  @Test
  void squareRoot_ofAPerfectSquare_needsExactlyTheRoot() {
    // 1 x sqrt(16) is 4 exactly: 4 members meet it, 3 do not.
    QuorumRule root = QuorumRule.timesSquareRootOfMembers(Fraction.ONE);
    assertEquals(Fraction.of(4), root.decide("q", roll(16), range(1, 4)).decidedBy().needed());
    assertTrue(root.decide("q", roll(16), range(1, 4)).quorate());
    assertFalse(root.decide("q", roll(16), range(1, 3)).quorate());
    // 1/2 x sqrt(10): V^2 >= 5/2, so V = 2 (the bound rounded up to 3 before its root is taken).
    assertEquals(Fraction.of(2), QuorumRule.timesSquareRootOfMembers(Fraction.ONE_HALF).decide("q", roll(10), List.of())
        .decidedBy().needed());
  }

  @Test
  void inEachClass_withNoClassHavingMembersWithAVote_isNotMetAndSaysWhy() {
    QuorumDecision d = QuorumRule.inEachClass(QuorumRule.members(1)).decide("quorum", roll(3), range(1, 3));
    assertFalse(d.quorate());
    assertEquals("in each class: 1 member (no class has members with a vote): 0 members present, 1 needed: not met",
        d.decidedBy().toString());
    assertEquals(1, d.checks().size());
  }

  @Test
  void inEachClass_skipsAClassWithAShareOfTheVoteButNoMemberWithAVote() {
    // Staff and parents each hold half the vote; the parents' class has no member yet.
    VotingRules rules = VotingRules.builder().classShares(ClassShares.of(
        Map.of(STAFF, Fraction.ONE_HALF, PARENTS, Fraction.ONE_HALF), ClassShares.Absent.REDISTRIBUTE)).build();
    VotingRoll roll = rules.roll(Electorate.builder().recordDate(RollFixtures.RECORD).addClasses(STAFF, PARENTS)
        .electors(RollFixtures.electors(1, 3, STAFF)).build());
    QuorumDecision d = QuorumRule.inEachClass(QuorumRule.members(1)).decide("quorum", roll, List.of(m(1)));
    assertTrue(d.quorate());
    assertEquals(1, d.checks().size());
    assertEquals("1 member in class staff", d.decidedBy().rule());
  }

  @Test
  void inEachClass_whenMet_isDecidedByTheFirstClass_whenNot_byTheFirstClassFallingShort() {
    VotingRoll roll = RollFixtures.twoClasses(STAFF, 3, PARENTS, 3);
    QuorumRule oneEach = QuorumRule.inEachClass(QuorumRule.members(1));
    QuorumDecision met = oneEach.decide("quorum", roll, List.of(m(1), m(4)));
    assertTrue(met.quorate());
    assertEquals("1 member in class parents", met.decidedBy().rule());
    assertEquals(2, met.checks().size());
    QuorumDecision staffOnly = oneEach.decide("quorum", roll, List.of(m(1)));
    assertFalse(staffOnly.quorate());
    assertEquals("1 member in class parents", staffOnly.decidedBy().rule());
    QuorumDecision parentsOnly = oneEach.decide("quorum", roll, List.of(m(4)));
    assertFalse(parentsOnly.quorate());
    assertEquals("1 member in class staff", parentsOnly.decidedBy().rule());
  }

  @Test
  void inClass_fractionOfVotes_isMeasuredAgainstTheClassTotal() {
    // Staff M-001..M-004, parents M-005..M-010, one vote each: 2 of the 4 staff votes is half of the class.
    VotingRoll roll = RollFixtures.twoClasses(STAFF, 4, PARENTS, 6);
    QuorumRule half = QuorumRule.inClass(STAFF, QuorumRule.fractionOfVotes(Fraction.ONE_HALF));
    QuorumDecision d = half.decide("q", roll, List.of(m(1), m(2), m(5), m(6), m(7)));
    assertTrue(d.quorate());
    assertEquals("1/2 of the votes in class staff (of 4): 2 votes present, 2 needed: met", d.decidedBy().toString());
    assertFalse(half.decide("q", roll, List.of(m(1), m(5), m(6), m(7))).quorate());
    assertEquals("1/2 of the members in class staff (of 4): 1 member present, 2 needed: not met",
        QuorumRule.inClass(STAFF, QuorumRule.fractionOfMembers(Fraction.ONE_HALF)).decide("q", roll, List.of(m(1), m(5)))
            .decidedBy().toString());
  }

  @Test
  void decide_refusesARuleNamingAnUndefinedClassAtAnyDepth() {
    VotingRoll roll = RollFixtures.twoClasses(STAFF, 2, PARENTS, 2);
    ClassId typo = ClassId.of("staf");
    QuorumRule inner = QuorumRule.inClass(typo, QuorumRule.members(1));
    List<QuorumRule> rules = List.of(
        inner,
        QuorumRule.inClass(STAFF, inner),
        QuorumRule.inEachClass(inner),
        QuorumRule.greaterOf(QuorumRule.members(1), inner),
        QuorumRule.lesserOf(QuorumRule.members(1), inner),
        QuorumRule.tiered().upTo(9, inner).otherwise(QuorumRule.members(1)),
        QuorumRule.tiered().upTo(9, QuorumRule.members(1)).otherwise(inner));
    for (QuorumRule r : rules) {
      UndefinedClassException e = assertThrows(UndefinedClassException.class, () -> r.decide("q", roll, List.of(m(1))), r::description);
      assertEquals(typo, e.classId());
    }
  }

  @Test
  void thosePresent_countsOnlyMembersWithAVote() {
    List<Elector> all = new ArrayList<>(List.of(Elector.builder().member(m(1)).inGoodStanding(false).build(), Elector.of(m(2))));
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, all));
    QuorumDecision d = QuorumRule.thosePresent().decide("q", roll, List.of(m(1)));
    assertFalse(d.quorate());
    assertEquals("those present: 0 members present, 1 needed: not met", d.decidedBy().toString());
    assertEquals(0, d.membersCounted());
    assertEquals(1, d.bodySize());
  }

  @Test
  void report_namesEachUnitInTheSingularAndPlural() {
    VotingRoll roll = roll(4);
    assertEquals("1/4 of the votes (of 4): 1 vote present, 1 needed: met",
        QuorumRule.fractionOfVotes(Fraction.of(1, 4)).decide("q", roll, List.of(m(1))).decidedBy().toString());
    assertEquals("more than 1/4 of the votes (of 4): 1 vote present, more than 1 needed: not met",
        QuorumRule.moreThanFractionOfVotes(Fraction.of(1, 4)).decide("q", roll, List.of(m(1))).decidedBy().toString());
    assertEquals("2 qualifying persons: 1 person present, 2 needed: not met",
        QuorumRule.persons(2).decide("q", roll, List.of(m(1))).decidedBy().toString());
    assertEquals("2 qualifying persons: 3 persons present, 2 needed: met",
        QuorumRule.persons(2).decide("q", roll, range(1, 3)).decidedBy().toString());
    assertEquals("2 members: 1 member present, 2 needed: not met",
        QuorumRule.members(2).decide("q", roll, List.of(m(1))).decidedBy().toString());
  }

  @Test
  void explain_ofABodyOfOneSaysMemberInTheSingular() {
    QuorumDecision d = QuorumRule.members(1).decide("quorum", roll(1), List.of(m(1)));
    assertEquals("quorum: met under 1 member (1 of 1 member counted)\n"
        + "  decided by 1 member: 1 member present, 1 needed: met\n", d.explain());
  }

  @Test
  void moreThanAFractionOfMembers_atExactlyTheFraction_isNotEnough() {
    // More than 1/4 of 8 is more than 2: 3 needed, and the check is "at least 3", not strict.
    QuorumRule rule = QuorumRule.moreThanFractionOfMembers(Fraction.of(1, 4));
    QuorumDecision two = rule.decide("q", roll(8), range(1, 2));
    assertFalse(two.quorate());
    assertEquals(Fraction.of(3), two.decidedBy().needed());
    assertFalse(two.decidedBy().strict());
    assertTrue(rule.decide("q", roll(8), range(1, 3)).quorate());
    assertEquals("more than 1/4 of the members", rule.description());
    // More than none of the members: at least one.
    assertEquals(Fraction.ONE, QuorumRule.moreThanFractionOfMembers(Fraction.ZERO).decide("q", roll(8), List.of()).decidedBy().needed());
  }

  /** One vote a share; every share GBP 1 fully paid: M-001 holds {@code first}, M-002 {@code second}. */
  static VotingRoll capital(long first, long second) {
    Electorate e = Electorate.builder().recordDate(RollFixtures.RECORD).addClasses(STAFF)
        .putShareValues("ordinary", ShareValue.fullyPaid(Money.ofMajor(1, GBP)))
        .addElectors(Elector.withShares(m(1), STAFF, "ordinary", first), Elector.withShares(m(2), STAFF, "ordinary", second))
        .build();
    return VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).build().roll(e);
  }

  @Test
  void paidUpCapital_amountsReadAsDecimalsToFourPlacesAndExactlyBeyond() {
    // 1/16 of GBP 1 is 0.0625, four places; 1/3 of GBP 1 does not end, so it stays a fraction.
    VotingRoll one = capital(1, 0);
    assertEquals("1/16 of the paid-up capital carrying a vote (of 1.00 GBP): 1 paid up present, 0.0625 needed: met",
        QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 16)).decide("q", one, List.of(m(1))).decidedBy().toString());
    assertEquals("1/8 of the paid-up capital carrying a vote (of 1.00 GBP): 1 paid up present, 0.125 needed: met",
        QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 8)).decide("q", one, List.of(m(1))).decidedBy().toString());
    assertEquals("1/3 of the paid-up capital carrying a vote (of 1.00 GBP): 0 paid up present, 1/3 needed: not met",
        QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 3)).decide("q", one, List.of()).decidedBy().toString());
    // 1/32 of GBP 1 ends only at five places.
    assertEquals("1/32 of the paid-up capital carrying a vote (of 1.00 GBP): 1 paid up present, 1/32 needed: met",
        QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 32)).decide("q", one, List.of(m(1))).decidedBy().toString());
  }

  @Test
  void moreThanAFractionOfPaidUpCapital_atExactlyTheFraction_isNotEnough() {
    VotingRoll roll = capital(3, 1);
    QuorumRule rule = new QuorumRule.FractionOfPaidUpCapital(Fraction.of(1, 4), true);
    assertEquals("more than 1/4 of the paid-up capital carrying a vote", rule.description());
    assertFalse(rule.decide("q", roll, List.of(m(2))).quorate());
    assertTrue(QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 4)).decide("q", roll, List.of(m(2))).quorate());
    assertEquals(rule.description(), rule.toString());
  }

  @Test
  void paidUpCapital_inAClass_isMeasuredAgainstTheClass() {
    Electorate e = Electorate.builder().recordDate(RollFixtures.RECORD).addClasses(STAFF, PARENTS)
        .putShareValues("ordinary", ShareValue.fullyPaid(Money.ofMajor(1, GBP)))
        .addElectors(Elector.withShares(m(1), STAFF, "ordinary", 10), Elector.withShares(m(2), STAFF, "ordinary", 10),
            Elector.withShares(m(3), PARENTS, "ordinary", 80))
        .build();
    VotingRoll roll = VotingRules.oneVotePerShare().roll(e);
    // Half of the staff's GBP 20 is GBP 10: M-001 meets it, though it is a tenth of all the capital.
    QuorumDecision d = QuorumRule.inClass(STAFF, QuorumRule.fractionOfPaidUpCapital(Fraction.ONE_HALF)).decide("q", roll, List.of(m(1), m(3)));
    assertTrue(d.quorate());
    assertEquals("1/2 of the paid-up capital carrying a vote in class staff (of 20.00 GBP): 10 paid up present, 10 needed: met",
        d.decidedBy().toString());
  }

  @Test
  void hashes_ofRecordsWithTheSameValues_differByKind() {
    assertNotEquals(QuorumRule.members(2).hashCode(), QuorumRule.persons(2).hashCode());
    assertNotEquals(QuorumRule.fractionOfMembers(Fraction.ONE_HALF).hashCode(), QuorumRule.fractionOfVotes(Fraction.ONE_HALF).hashCode());
    assertNotEquals(QuorumRule.fractionOfVotes(Fraction.ONE_HALF).hashCode(),
        QuorumRule.fractionOfPaidUpCapital(Fraction.ONE_HALF).hashCode());
    assertNotEquals(QuorumRule.fractionOfMembers(Fraction.ONE_HALF).hashCode(),
        QuorumRule.moreThanFractionOfMembers(Fraction.ONE_HALF).hashCode());
    QuorumRule a = QuorumRule.members(2);
    QuorumRule b = QuorumRule.members(3);
    assertNotEquals(QuorumRule.greaterOf(a, b).hashCode(), QuorumRule.lesserOf(a, b).hashCode());
    assertNotEquals(0, QuorumRule.thosePresent().hashCode());
  }

  @Test
  void description_ofThreeParts_separatesThemByCommasAndAFinalAnd() {
    QuorumRule s321 = QuorumRule.anyOf(QuorumRule.members(5), QuorumRule.fractionOfVotes(Fraction.of(1, 10)),
        QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 10)));
    assertEquals("the lesser of (5 members), (1/10 of the votes) and (1/10 of the paid-up capital carrying a vote)", s321.description());
    assertEquals(s321.description(), s321.toString());
    QuorumRule greater = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.persons(2));
    assertEquals(greater.description(), greater.toString());
    assertEquals("1/2 of the votes", QuorumRule.fractionOfVotes(Fraction.ONE_HALF).toString());
    assertEquals("more than 1/2 of the members", QuorumRule.majorityOfMembers().toString());
    assertEquals("in class staff: 2 members", QuorumRule.inClass(STAFF, QuorumRule.members(2)).toString());
    assertEquals("in each class: 2 members", QuorumRule.inEachClass(QuorumRule.members(2)).toString());
    assertEquals("those present", QuorumRule.thosePresent().toString());
    assertEquals("2 qualifying persons", QuorumRule.persons(2).toString());
    assertEquals("2 members", QuorumRule.members(2).toString());
  }

  @Test
  void tiered_aBoundOfZeroIsAllowedAndTheSecondTierStartsAboveTheFirst() {
    QuorumRule rule = QuorumRule.tiered().upTo(0, QuorumRule.thosePresent()).upTo(1, QuorumRule.members(1))
        .otherwise(QuorumRule.members(2));
    assertEquals("by size: up to 0 members, those present; 1 to 1 members, 1 member; 2 or more members, 2 members", rule.description());
    assertEquals(rule.description(), rule.toString());
    assertEquals("1 member", rule.decide("q", roll(1), List.of(m(1))).decidedBy().rule());
    assertEquals("2 members", rule.decide("q", roll(2), List.of(m(1))).decidedBy().rule());
  }
}
