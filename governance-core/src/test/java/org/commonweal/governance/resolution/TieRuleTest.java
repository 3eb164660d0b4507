package org.commonweal.governance.resolution;

import static org.commonweal.governance.base.Refusals.assertRefusedAlike;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.voting.Choice;
import org.junit.jupiter.api.Test;

class TieRuleTest {

  private static Tally tie(Choice casting) {
    Tally.Builder b = Tally.builder(roll(10));
    TallyFixtures.votes(b, 1, 4, Choice.FOR);
    TallyFixtures.votes(b, 5, 4, Choice.AGAINST);
    if (casting != null) {
      b.castingVote(casting);
    }
    return b.build();
  }

  @Test
  void byThreshold_letsMoreThanHalfFailAndAtLeastHalfPass() {
    ResolutionOutcome lost = Resolution.ordinary("M").decide(tie(null));
    assertFalse(lost.passed());
    assertEquals("tie at 4 votes each; the threshold decides: lost", lost.tie().orElseThrow().explanation());
    Resolution atLeastHalf = Resolution.builder().title("M").addConditions(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST)).build();
    assertTrue(atLeastHalf.decide(tie(null)).passed());
  }

  @Test
  void lost_defeatsEvenAnAtLeastHalfThreshold() {
    Resolution r = Resolution.builder().title("M").addConditions(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST))
        .tieRule(TieRule.lost()).build();
    assertFalse(r.decide(tie(null)).passed());
  }

  @Test
  void castingVote_decidesAsTheChairVotesAndIsLostWithoutIt() {
    Resolution r = Resolution.ordinary("M").withTieRule(TieRule.castingVote());
    assertTrue(r.decide(tie(Choice.FOR)).passed());
    assertFalse(r.decide(tie(Choice.AGAINST)).passed());
    ResolutionOutcome none = r.decide(tie(null));
    assertFalse(none.passed());
    assertEquals("tie at 4 votes each; the chair gave no casting vote: lost", none.tie().orElseThrow().explanation());
    // No tie, no casting vote used: 5 to 4.
    Tally.Builder b = Tally.builder(roll(10)).castingVote(Choice.AGAINST);
    TallyFixtures.votes(b, 1, 5, Choice.FOR);
    TallyFixtures.votes(b, 6, 4, Choice.AGAINST);
    ResolutionOutcome clear = r.decide(b.build());
    assertTrue(clear.passed());
    assertTrue(clear.tie().isEmpty());
  }

  @Test
  void statusQuo_prevails() {
    assertFalse(Resolution.ordinary("M").withTieRule(TieRule.statusQuo(Choice.AGAINST)).decide(tie(null)).passed());
    assertTrue(Resolution.ordinary("M").withTieRule(TieRule.statusQuo(Choice.FOR)).decide(tie(null)).passed());
    assertThrows(InvalidValueException.class, () -> TieRule.statusQuo(Choice.ABSTAIN));
  }

  @Test
  void lot_recordsTheDrawAndRepeats() {
    // A fixed order puts against first: the lot defeats the motion, and the draw says so.
    TieBreaker against = TieBreaker.fixedOrder(List.of(Choice.AGAINST, Choice.FOR));
    ResolutionOutcome o = Resolution.ordinary("M").withTieRule(TieRule.lot(against)).decide(tie(null));
    assertFalse(o.passed());
    Draw<Choice> draw = o.tie().orElseThrow().draw().orElseThrow();
    assertEquals(List.of(Choice.FOR, Choice.AGAINST), draw.tied());
    assertEquals(List.of(Choice.AGAINST, Choice.FOR), draw.order());
    // A seeded lot gives the same answer every time.
    TieRule seeded = TieRule.lot(TieBreaker.seeded(2026));
    Choice first = Resolution.ordinary("M").withTieRule(seeded).decide(tie(null)).tie().orElseThrow().result();
    for (int i = 0; i < 5; i++) {
      assertEquals(first, Resolution.ordinary("M").withTieRule(seeded).decide(tie(null)).tie().orElseThrow().result());
    }
  }

  @Test
  void tieRules_applyOnlyToAMajorityThreshold() {
    // 4 to 4 on a special resolution is no tie to break: it fails on its threshold.
    ResolutionOutcome o = Resolution.special("M").withTieRule(TieRule.castingVote()).decide(tie(Choice.FOR));
    assertFalse(o.passed());
    assertTrue(o.tie().isEmpty());
  }

  @Test
  void aOneToOneRatio_isAMajorityThresholdForTieRules() {
    Resolution r = Resolution.builder().title("M").addConditions(RatioThreshold.atLeast(Fraction.ONE))
        .tieRule(TieRule.statusQuo(Choice.FOR)).build();
    ResolutionOutcome o = r.decide(tie(null));
    assertTrue(o.passed());
    assertEquals(Choice.FOR, o.tie().orElseThrow().result());
    Resolution threeToOne = Resolution.builder().title("M").addConditions(RatioThreshold.atLeast(Fraction.of(3)))
        .tieRule(TieRule.statusQuo(Choice.FOR)).build();
    assertFalse(threeToOne.decide(tie(null)).passed());
  }

  @Test
  void descriptions_sayTheRule() {
    assertEquals("the threshold decides a tie", TieRule.byThreshold().description());
    assertEquals("a tie is lost", TieRule.lost().toString());
    assertEquals("the chair has a casting vote", TieRule.castingVote().description());
    assertEquals("the status quo prevails on a tie (the status quo is against)", TieRule.statusQuo(Choice.AGAINST).description());
    assertEquals("a tie is decided by lot (seeded lot (seed 7))", TieRule.lot(TieBreaker.seeded(7)).description());
  }

  @Test
  void equals_comparesDescriptions() {
    new EqualsTester()
        .addEqualityGroup(TieRule.lost(), TieRule.lost())
        .addEqualityGroup(TieRule.castingVote())
        .addEqualityGroup(TieRule.byThreshold())
        .addEqualityGroup(TieRule.statusQuo(Choice.FOR), TieRule.statusQuo(Choice.FOR))
        .addEqualityGroup(TieRule.lot(TieBreaker.seeded(1)), TieRule.lot(TieBreaker.seeded(1)))
        .testEquals();
  }

  @Test
  void castingVote_cannotCarryAMotionNobodyVotedForOrAgainst() {
    // 0 for, 0 against, 3 abstentions is no tie: the chair's casting vote is not used and the motion fails.
    Tally.Builder b = Tally.builder(roll(10)).castingVote(Choice.FOR);
    TallyFixtures.votes(b, 1, 3, Choice.ABSTAIN);
    ResolutionOutcome o = Resolution.ordinary("M").withTieRule(TieRule.castingVote()).decide(b.build());
    assertFalse(o.passed());
    assertTrue(o.tie().isEmpty());
  }

  @Test
  void tieDecision_readsAsItsExplanationAndIsShownInTheOutcome() {
    ResolutionOutcome lost = Resolution.ordinary("M").decide(tie(null));
    assertEquals("tie at 4 votes each; the threshold decides: lost", lost.tie().orElseThrow().toString());
    assertTrue(lost.explain().contains("\n  tie: tie at 4 votes each; the threshold decides: lost\n"), lost.explain());
  }

  @Test
  void records_equalExactlyWhenTheirValuesAre_whetherBuiltByFactoryOrConstructor() {
    new EqualsTester()
        .addEqualityGroup(new TieRule.ByThreshold(), TieRule.byThreshold())
        .addEqualityGroup(new TieRule.Lost(), TieRule.lost())
        .addEqualityGroup(new TieRule.CastingVote(), TieRule.castingVote())
        .addEqualityGroup(new TieRule.StatusQuo(Choice.AGAINST), TieRule.statusQuo(Choice.AGAINST))
        .addEqualityGroup(new TieRule.StatusQuo(Choice.FOR))
        .addEqualityGroup(new TieRule.Lot(TieBreaker.seeded(1)), TieRule.lot(TieBreaker.seeded(1)))
        .addEqualityGroup(TieRule.lot(TieBreaker.seeded(2)))
        .addEqualityGroup(
            TieRule.lot(TieBreaker.fixedOrder(List.of(Choice.AGAINST, Choice.FOR))),
            new TieRule.Lot(TieBreaker.fixedOrder(List.of(Choice.AGAINST, Choice.FOR))))
        .addEqualityGroup(TieRule.lot(TieBreaker.givenOrder()))
        .testEquals();
  }

  @Test
  void statusQuo_constructorChecksAsTheFactoryDoes() {
    InvalidValueException e = assertRefusedAlike(() -> TieRule.statusQuo(Choice.SPOILT), () -> new TieRule.StatusQuo(Choice.SPOILT));
    assertEquals("the status quo side is for or against, not spoilt", e.getMessage());
  }

  @Test
  void decide_givesTheSideThatPrevailsWithTheVotesOnEachSide() {
    Tally tally = tie(Choice.FOR);
    ConditionDecision tied = Threshold.majorityOfVotesCast().decide(tally);
    TieDecision casting = TieRule.castingVote().decide(tied, tally);
    assertTrue(casting.met());
    assertEquals(Fraction.of(4), casting.votesEach());
    assertEquals("the chair has a casting vote", casting.rule());
    assertEquals("tie at 4 votes each; the chair's casting vote was for: carried", casting.explain());
    assertEquals("tie at 4 votes each; the threshold decides: lost", TieRule.byThreshold().decide(tied, tally).explain());
    assertTrue(TieRule.byThreshold().decide(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST).decide(tally), tally).met());
    assertFalse(TieRule.lost().decide(tied, tally).met());
    assertEquals(Choice.FOR, TieRule.statusQuo(Choice.FOR).decide(tied, tally).result());
    assertEquals("tie at 4 votes each; the status quo (for) prevails: carried", TieRule.statusQuo(Choice.FOR).decide(tied, tally).explain());
    assertTrue(TieRule.lot(TieBreaker.givenOrder()).decide(tied, tally).draw().isPresent());
  }

  @Test
  void toString_isTheRuleInWords() {
    assertEquals("the threshold decides a tie", TieRule.byThreshold().toString());
    assertEquals("a tie is lost", TieRule.lost().toString());
    assertEquals("the chair has a casting vote", TieRule.castingVote().toString());
    assertEquals("the status quo prevails on a tie (the status quo is against)", TieRule.statusQuo(Choice.AGAINST).toString());
    assertEquals("a tie is decided by lot (lot in the order given)", TieRule.lot(TieBreaker.givenOrder()).toString());
  }
}
