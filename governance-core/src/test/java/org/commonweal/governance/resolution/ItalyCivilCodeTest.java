package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-reference.md, "Elsewhere", Italy's civil code arts. 2538 and 2526: legal-person members up to 5 votes;
 * investor members at most one third of the votes (of the members present or represented at each
 * meeting).
 */
class ItalyCivilCodeTest {
  static final ClassId COOPERATORS = ClassId.of("cooperators");
  static final ClassId INVESTORS = ClassId.of("investors");

  @Test
  void legalPersonMembers_haveUpToFiveVotes_art2538() {
    VotingRules rules = VotingRules.builder().organisationBasis(VoteBasis.ONE_VOTE_PER_SHARE).maxVotesPerOrganisation(5).build();
    VotingRoll roll = rules.roll(Electorate.of(RollFixtures.RECORD, List.of(
        Elector.withShares(m(1), COOPERATORS, "ordinary", 40),
        Elector.builder().member(m(2)).addClasses(COOPERATORS).putHoldings("ordinary", 40).organisation(true).build())));
    assertEquals(Fraction.ONE, roll.votesOf(m(1)));
    assertEquals(Fraction.of(5), roll.votesOf(m(2)));
  }

  @Test
  void investorMembers_holdAtMostOneThirdOfTheVotesPresent_art2526() {
    VotingRules rules = VotingRules.builder().putClassCaps(INVESTORS, Fraction.of(1, 3)).build();
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 10, COOPERATORS));
    all.addAll(RollFixtures.electors(11, 10, INVESTORS));
    VotingRoll roll = rules.roll(Electorate.of(RollFixtures.RECORD, all));
    // 8 cooperators for, 10 investors against. Uncapped, 8 of 18. Capped, investors count as x with
    // x / (x + 8) = 1/3, x = 4: 8 for of 12, two thirds.
    Tally.Builder b = Tally.builder(roll);
    TallyFixtures.votes(b, 1, 8, Choice.FOR);
    TallyFixtures.votes(b, 11, 10, Choice.AGAINST);
    ResolutionOutcome o = Resolution.ordinary("Approve the plan").decide(b.build());
    assertTrue(o.passed(), o.explain());
    assertEquals(Fraction.of(12), o.conditions().get(0).base());
    VotingRoll uncapped = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, all));
    Tally.Builder c = Tally.builder(uncapped);
    TallyFixtures.votes(c, 1, 8, Choice.FOR);
    TallyFixtures.votes(c, 11, 10, Choice.AGAINST);
    assertFalse(Resolution.ordinary("Approve the plan").decide(c.build()).passed());
  }
}
