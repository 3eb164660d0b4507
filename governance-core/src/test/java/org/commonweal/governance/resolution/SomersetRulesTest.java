package org.commonweal.governance.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-reference.md, "Somerset Rules (multi-stakeholder society)": each class controls a fixed share of the
 * general meeting vote whatever its headcount; the published instance workers 50, clients 25, investors
 * 25, and the splits producers 50 / consumers 50 and workers 60 / community 40.
 */
class SomersetRulesTest {
  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId CLIENTS = ClassId.of("clients");
  static final ClassId INVESTORS = ClassId.of("investors");
  static final ClassId PRODUCERS = ClassId.of("producers");
  static final ClassId CONSUMERS = ClassId.of("consumers");
  static final ClassId COMMUNITY = ClassId.of("community");

  static VotingRules shares(Map<ClassId, Fraction> shares, ClassShares.Absent absent) {
    return VotingRules.builder().classShares(ClassShares.of(shares, absent)).build();
  }

  @Test
  void eachClassControlsAFixedShareWhateverItsHeadcount_workers50Clients25Investors25() {
    VotingRules rules = shares(Map.of(WORKERS, Fraction.of(1, 2), CLIENTS, Fraction.of(1, 4), INVESTORS, Fraction.of(1, 4)),
        ClassShares.Absent.LAPSE);
    // 5 workers (1-5), 40 clients (6-45), 2 investors (46-47).
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 5, WORKERS));
    all.addAll(RollFixtures.electors(6, 40, CLIENTS));
    all.addAll(RollFixtures.electors(46, 2, INVESTORS));
    VotingRoll roll = rules.roll(Electorate.of(RollFixtures.RECORD, all));
    assertEquals(Fraction.of(1, 10), roll.votesOf(RollFixtures.m(1)));      // 1/2 among 5
    assertEquals(Fraction.of(1, 160), roll.votesOf(RollFixtures.m(6)));     // 1/4 among 40
    assertEquals(Fraction.of(1, 8), roll.votesOf(RollFixtures.m(46)));      // 1/4 among 2
    // All 40 clients vote against a motion that the 5 workers support: workers' half carries it
    // against the clients' quarter, the investors abstaining (their quarter outside votes cast).
    Tally.Builder b = Tally.builder(roll);
    TallyFixtures.votes(b, 1, 5, Choice.FOR);
    TallyFixtures.votes(b, 6, 40, Choice.AGAINST);
    TallyFixtures.votes(b, 46, 2, Choice.ABSTAIN);
    ResolutionOutcome o = Resolution.ordinary("Open on Sundays").decide(b.build());
    assertTrue(o.passed());
    assertEquals(Fraction.of(1, 2), o.conditions().get(0).value());
    assertEquals(Fraction.of(3, 4), o.conditions().get(0).base());
    // Counting members instead, the clients' 40 heads would win.
    assertFalse(Resolution.builder().title("Open on Sundays").addConditions(Threshold.majorityOfVotesCast().byHeads()).build()
        .decide(b.build()).passed());
  }

  @Test
  void producers50Consumers50_splitTheVoteEquallyWhateverTheirNumbers() {
    VotingRules rules = shares(Map.of(PRODUCERS, Fraction.ONE_HALF, CONSUMERS, Fraction.ONE_HALF), ClassShares.Absent.LAPSE);
    // 3 producers all for; 30 consumers, 15 for and 15 against: for = 1/2 + 1/4 = 3/4 of the vote.
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 3, PRODUCERS));
    all.addAll(RollFixtures.electors(4, 30, CONSUMERS));
    Tally.Builder b = Tally.builder(rules.roll(Electorate.of(RollFixtures.RECORD, all)));
    TallyFixtures.votes(b, 1, 3, Choice.FOR);
    TallyFixtures.votes(b, 4, 15, Choice.FOR);
    TallyFixtures.votes(b, 19, 15, Choice.AGAINST);
    ResolutionOutcome o = Resolution.special("Change the pricing policy").decide(b.build());
    assertTrue(o.passed());
    assertEquals(Fraction.of(3, 4), o.conditions().get(0).value());
  }

  @Test
  void workers60Community40_theWorkersShareOutweighsALargerCommunity() {
    VotingRules rules = shares(Map.of(WORKERS, Fraction.of(3, 5), COMMUNITY, Fraction.of(2, 5)), ClassShares.Absent.LAPSE);
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 4, WORKERS));
    all.addAll(RollFixtures.electors(5, 100, COMMUNITY));
    VotingRoll roll = rules.roll(Electorate.of(RollFixtures.RECORD, all));
    assertEquals(Fraction.of(3, 5), roll.classTotals().get(WORKERS));
    assertEquals(Fraction.of(2, 5), roll.classTotals().get(COMMUNITY));
    Tally.Builder b = Tally.builder(roll);
    TallyFixtures.votes(b, 1, 4, Choice.AGAINST);
    TallyFixtures.votes(b, 5, 100, Choice.FOR);
    assertFalse(Resolution.ordinary("Extend opening hours").decide(b.build()).passed());
  }

  @Test
  void aClassNoneOfWhoseMembersVotes_hasItsShareLapseOrShared() {
    Map<ClassId, Fraction> published = Map.of(WORKERS, Fraction.of(1, 2), CLIENTS, Fraction.of(1, 4), INVESTORS, Fraction.of(1, 4));
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 2, WORKERS));
    all.addAll(RollFixtures.electors(3, 2, CLIENTS));
    all.addAll(RollFixtures.electors(5, 2, INVESTORS));
    // The workers vote for, the investors against, no client votes.
    for (ClassShares.Absent rule : ClassShares.Absent.values()) {
      VotingRoll roll = shares(published, rule).roll(Electorate.of(RollFixtures.RECORD, all));
      Tally.Builder b = Tally.builder(roll);
      TallyFixtures.votes(b, 1, 2, Choice.FOR);
      TallyFixtures.votes(b, 5, 2, Choice.AGAINST);
      ConditionDecision r = Resolution.ordinary("M").decide(b.build()).conditions().get(0);
      if (rule == ClassShares.Absent.LAPSE) {
        // For 1/2 of a 3/4 vote.
        assertEquals(Fraction.of(1, 2), r.value());
        assertEquals(Fraction.of(3, 4), r.base());
      } else {
        // Clients' 1/4 shared 2:1: workers 2/3, investors 1/3.
        assertEquals(Fraction.of(2, 3), r.value());
        assertEquals(Fraction.ONE, r.base());
      }
      assertTrue(r.met());
    }
  }
}
