package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

/**
 * docs/rules-reference.md, "Elsewhere", the two token-voting rows:
 *
 * <ul>
 *   <li>OpenZeppelin Governor: the quorum is a fraction of the total voting supply at a snapshot; votes
 *       for and abstentions count toward it, votes against do not; a proposal passes when for > against;
 *   <li>Aragon OSx majority voting: support = yes / (yes + no) must exceed a threshold; participation =
 *       (yes + no + abstain) / total must reach a minimum; early execution once the result cannot change.
 * </ul>
 *
 * <p>The supply: five holders with 400, 300, 150, 100 and 50 tokens (1,000), one vote per token, taken
 * on the snapshot (record) date.
 */
class TokenGovernanceRulesTest {
  private static final ClassId HOLDERS = ClassId.of("token-holders");
  private static final long[] TOKENS = {400, 300, 150, 100, 50};

  private static VotingRoll supply() {
    List<Elector> electors = new ArrayList<>();
    for (int i = 0; i < TOKENS.length; i++) {
      electors.add(Elector.withShares(m(i + 1), HOLDERS, "token", TOKENS[i]));
    }
    return VotingRules.oneVotePerShare().roll(Electorate.of(RollFixtures.RECORD, electors));
  }

  /** Holder i (from 1) votes choices[i - 1]; null leaves the holder out. */
  private static Tally votes(Choice... choices) {
    Tally.Builder b = Tally.builder(supply());
    for (int i = 0; i < choices.length; i++) {
      if (choices[i] != null) {
        b.vote(m(i + 1), choices[i]);
      }
    }
    return b.build();
  }

  /** OpenZeppelin's GovernorVotesQuorumFraction at 10% with GovernorCountingSimple. */
  private static Resolution governor() {
    return Resolution.builder()
        .title("Proposal 7")
        .addConditions(
            Condition.participation(EnumSet.of(Choice.FOR, Choice.ABSTAIN), QuorumRule.fractionOfVotes(Fraction.of(1, 10))),
            Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_CAST))
        .build();
  }

  @Test
  void openZeppelin_forAndAbstainReachTheQuorum_forBeatsAgainst_passes() {
    // For 50 + abstain 100 = 150 of 1,000 supply >= 100; for 50 > against 0.
    ResolutionOutcome o = governor().decide(votes(null, null, null, Choice.ABSTAIN, Choice.FOR));
    assertTrue(o.passed(), o.explain());
  }

  @Test
  void openZeppelin_votesAgainstDoNotCountTowardTheQuorum() {
    // 450 tokens voted, but only the 50 for count toward the quorum of 100: defeated for want of quorum.
    ResolutionOutcome o = governor().decide(votes(Choice.AGAINST, null, null, null, Choice.FOR));
    assertFalse(o.passed());
    assertFalse(o.conditions().get(0).met(), o.explain());
    assertEquals(Fraction.of(50), o.conditions().get(0).value());
    // The same turnout counted as Aragon does (every vote) would have reached it.
    assertTrue(Condition.turnout(QuorumRule.fractionOfVotes(Fraction.of(1, 10)))
        .decide(votes(Choice.AGAINST, null, null, null, Choice.FOR)).met());
  }

  @Test
  void openZeppelin_aTieIsDefeated() {
    // For 150 = against 100 + 50: for must be more than against.
    ResolutionOutcome o = governor().decide(votes(null, null, Choice.FOR, Choice.AGAINST, Choice.AGAINST));
    assertTrue(o.conditions().get(0).met());
    assertFalse(o.passed(), o.explain());
  }

  /** Aragon OSx MajorityVoting with a support threshold of 50% and a minimum participation of 15%. */
  private static Resolution aragon() {
    return Resolution.builder()
        .title("Aragon proposal")
        .addConditions(
            Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_CAST),
            Condition.turnout(QuorumRule.fractionOfVotes(Fraction.of(15, 100))))
        .build();
  }

  @Test
  void aragon_supportAboveTheThreshold_andParticipationAtTheMinimum_passes() {
    // Yes 100, no 50: support 2/3 > 1/2; participation 150 / 1,000 = 15%, which reaches 15%.
    assertTrue(aragon().decide(votes(null, null, null, Choice.FOR, Choice.AGAINST)).passed());
    // Yes 150, no 0, abstain 0 is also 15%; yes 50 + abstain 100 gives participation 15% but support
    // 50 / 50 = 1: abstentions count toward participation, not support.
    assertTrue(aragon().decide(votes(null, null, null, Choice.ABSTAIN, Choice.FOR)).passed());
  }

  @Test
  void aragon_participationBelowTheMinimum_fails() {
    // Yes 100 alone: 10% participation.
    ResolutionOutcome o = aragon().decide(votes(null, null, null, Choice.FOR, null));
    assertFalse(o.passed());
    assertFalse(o.conditions().get(1).met(), o.explain());
  }

  @Test
  void aragon_earlyExecution_onceNoOutstandingVoteCanChangeTheResult() {
    // Every condition is monotone, so the result cannot change once it would stand even if every
    // holder yet to vote voted against (for a pass) or for (for a defeat).
    assertTrue(decidedEarly(Map.of(1, Choice.FOR, 2, Choice.FOR)), "700 of 1,000 yes: 70% support at worst");
    assertFalse(decidedEarly(Map.of(1, Choice.FOR)), "400 yes now, but 600 outstanding against would defeat it");
    assertTrue(aragon().decide(votes(Choice.FOR)).passed(), "it passes as it stands");
  }

  private static boolean decidedEarly(Map<Integer, Choice> cast) {
    Choice[] worst = new Choice[TOKENS.length];
    Choice[] best = new Choice[TOKENS.length];
    for (int i = 1; i <= TOKENS.length; i++) {
      worst[i - 1] = cast.getOrDefault(i, Choice.AGAINST);
      best[i - 1] = cast.getOrDefault(i, Choice.FOR);
    }
    boolean passesAtWorst = aragon().decide(votes(worst)).passed();
    boolean failsAtBest = !aragon().decide(votes(best)).passed();
    return passesAtWorst || failsAtBest;
  }

  @Test
  void participation_mustCountVotesFor() {
    assertThrows(
        InvalidValueException.class,
        () -> Condition.participation(EnumSet.of(Choice.AGAINST), QuorumRule.fractionOfVotes(Fraction.of(1, 10))));
    // The two special cases are the existing conditions.
    assertEquals(
        Condition.turnout(QuorumRule.members(3)).description(),
        Condition.participation(EnumSet.allOf(Choice.class), QuorumRule.members(3)).description());
    assertEquals(
        Condition.inFavour(QuorumRule.members(3)).description(),
        Condition.participation(EnumSet.of(Choice.FOR), QuorumRule.members(3)).description());
  }

}
