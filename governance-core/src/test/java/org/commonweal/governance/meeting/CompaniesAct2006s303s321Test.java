package org.commonweal.governance.meeting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareValue;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * Companies Act 2006 s.303(2)(a): members "representing at least 5% of such of the paid-up capital of the
 * company as carries the right of voting at general meetings (excluding any paid-up capital held as
 * treasury shares)" may require a general meeting; s.321(2): a demand for a poll is effective if made by
 * "(a) not less than 5 members having the right to vote on the resolution; or (b) a member or members
 * representing not less than 10% of the total voting rights ...; or (c) a member or members holding
 * shares ... on which an aggregate sum has been paid up equal to not less than 10% of the total sum paid
 * up on all the shares conferring that right".
 */
class CompaniesAct2006s303s321Test {
  static final Currency GBP = Currency.getInstance("GBP");
  static final ClassId HOLDERS = ClassId.of("shareholders");
  static final QuorumRule S303 = QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 20));
  static final QuorumRule S321 = QuorumRule.anyOf(QuorumRule.members(5), QuorumRule.fractionOfVotes(Fraction.of(1, 10)),
      QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 10)));
  static final MeetingRules RULES = MeetingRules.builder().quorum(QuorumRule.persons(2)).requisition(S303)
      .pollDemand(S321).build();

  /**
   * One vote a share. "ordinary": GBP 1 nominal, 25p paid up; "full": GBP 1, fully paid; "preference":
   * GBP 1, fully paid, without a vote. Each member holds {@code {ordinary, full, preference}}.
   */
  static VotingRoll roll(long[]... holdings) {
    Electorate.Builder e = Electorate.builder().recordDate(RollFixtures.RECORD).addClasses(HOLDERS)
        .putShareValues("ordinary", ShareValue.of(Money.ofMajor(1, GBP), Money.ofMinor(25, GBP)))
        .putShareValues("full", ShareValue.fullyPaid(Money.ofMajor(1, GBP)))
        .putShareValues("preference", ShareValue.fullyPaid(Money.ofMajor(1, GBP)));
    for (int i = 0; i < holdings.length; i++) {
      Elector.Builder b = Elector.builder().member(m(i + 1)).addClasses(HOLDERS);
      String[] classes = {"ordinary", "full", "preference"};
      for (int k = 0; k < 3; k++) {
        if (holdings[i][k] > 0) {
          b.putHoldings(classes[k], holdings[i][k]);
        }
      }
      e.addElectors(b.build());
    }
    return VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).addNonVotingShareClasses("preference").build()
        .roll(e.build());
  }

  @Test
  void s303_2_a_membersWithExactly5PercentOfThePaidUpVotingCapital_mayRequireAMeeting() {
    // M-001 3800 ordinary (GBP 950 paid up), M-002 50 full (GBP 50): GBP 50 of GBP 1000 is 5%.
    VotingRoll roll = roll(new long[] {3800, 0, 0}, new long[] {0, 50, 0});
    assertEquals(Money.ofMajor(1000, GBP), roll.paidUpCapital());
    assertTrue(RULES.requisition(roll, List.of(m(2))).quorate());
  }

  @Test
  void s303_2_a_justUnder5Percent_mayNot() {
    // M-001 3801 ordinary (GBP 950.25), M-002 49 full and 3 ordinary (GBP 49.75): 4.975%.
    VotingRoll roll = roll(new long[] {3801, 0, 0}, new long[] {3, 49, 0});
    assertEquals(Money.ofMajor(1000, GBP), roll.paidUpCapital());
    QuorumDecision d = RULES.requisition(roll, List.of(m(2)));
    assertFalse(d.quorate());
    // Money in decimals: GBP 49.75 of the GBP 50 needed.
    assertTrue(d.explain().contains("49.75 paid up present, 50 needed: not met"), d.explain());
  }

  @Test
  void s303_2_a_capitalWithoutAVote_countsNeitherForTheMembersNorInTheTotal() {
    // M-003's 10,000 fully paid preference shares carry no vote: neither part of the base nor of M-003's stake.
    VotingRoll roll = roll(new long[] {3800, 0, 0}, new long[] {0, 50, 0}, new long[] {0, 1, 10_000});
    assertEquals(Money.ofMajor(1001, GBP), roll.paidUpCapital());
    assertFalse(RULES.requisition(roll, List.of(m(3))).quorate());
  }

  @Test
  void s303_2_a_itIsTheSumPaidUpThatCounts_notTheNumberOfShares() {
    // 400 shares 25p paid and 100 shares fully paid are the same GBP 100.
    VotingRoll roll = roll(new long[] {400, 0, 0}, new long[] {0, 100, 0}, new long[] {0, 1800, 0});
    assertEquals(roll.paidUpCapital(List.of(m(1))), roll.paidUpCapital(List.of(m(2))));
    assertTrue(RULES.requisition(roll, List.of(m(1))).quorate());   // 100 of 2000 = 5%
  }

  @Test
  void s321_2_a_fiveMembers_mayDemandAPoll_fourMayNotOnThatLimbAlone() {
    // M-001 holds 1000 ordinary; M-002..M-007 one ordinary share each.
    long[][] h = new long[7][];
    h[0] = new long[] {1000, 0, 0};
    for (int i = 1; i < 7; i++) {
      h[i] = new long[] {1, 0, 0};
    }
    VotingRoll roll = roll(h);
    assertTrue(RULES.pollDemand(roll, RollFixtures.range(2, 6)).quorate());
    assertFalse(RULES.pollDemand(roll, RollFixtures.range(2, 5)).quorate());
  }

  @Test
  void s321_2_c_tenPercentOfTheSumPaidUp_withUnder10PercentOfTheVotes_mayDemandAPoll() {
    // M-001 950 ordinary (950 votes, GBP 237.50), M-002 50 full (50 votes, GBP 50): M-002 has 5% of the
    // votes but 50 of 287.50 paid up, over 10%.
    VotingRoll roll = roll(new long[] {950, 0, 0}, new long[] {0, 50, 0});
    assertFalse(QuorumRule.fractionOfVotes(Fraction.of(1, 10)).decide("b", roll, List.of(m(2))).quorate());
    assertTrue(RULES.pollDemand(roll, List.of(m(2))).quorate());
    String why = RULES.pollDemand(roll, List.of(m(2))).explain();
    assertTrue(why.contains("50 paid up present, 28.75 needed: met"), why);
  }

  @Test
  void s321_2_c_atTheBoundary_exactly10PercentOfTheSumPaidUpIsEnough() {
    // M-001 3600 ordinary (GBP 900, 3600 votes); M-002 100 full (GBP 100, 100 votes): 10% of GBP 1000,
    // 100 of 3700 votes.
    VotingRoll roll = roll(new long[] {3600, 0, 0}, new long[] {0, 100, 0});
    assertTrue(RULES.pollDemand(roll, List.of(m(2))).quorate());
    VotingRoll less = roll(new long[] {3604, 0, 0}, new long[] {0, 99, 0});   // 99 of 1000: under 10%
    assertFalse(RULES.pollDemand(less, List.of(m(2))).quorate());
  }

  @Test
  void fractionOfPaidUpCapital_isARecordLikeTheOthers() {
    assertEquals(S303, QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 20)));
    assertNotEquals(S303, QuorumRule.fractionOfVotes(Fraction.of(1, 20)));
    assertNotEquals(S303.hashCode(), QuorumRule.fractionOfVotes(Fraction.of(1, 20)).hashCode());
    assertEquals("1/20 of the paid-up capital carrying a vote", S303.description());
  }
}
