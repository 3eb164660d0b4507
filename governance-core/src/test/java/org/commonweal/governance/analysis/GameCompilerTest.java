package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.UndefinedClassException;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.RatioThreshold;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * The compiler at each of its rules, on memberships small enough to vote every way: each game is worked by
 * hand, and checked against the resolution itself deciding every coalition (see {@link MatterGameProperties}).
 */
class GameCompilerTest {
  static final ClassId C0 = ClassId.of("c0");
  static final ClassId C1 = ClassId.of("c1");

  /** One member one vote, classes c0, c1, ... of the given sizes, the resolution for amending the rules. */
  private static MatterGameProperties.Case meeting(List<Integer> sizes, VotingRules voting, QuorumRule quorum,
      TieRule tie, Condition... conditions) {
    Resolution r = Resolution.builder().title("Amend the rules").addConditions(conditions).tieRule(tie).build();
    return matter(sizes, voting, new Procedure.AtMeeting(r), quorum);
  }

  private static MatterGameProperties.Case matter(List<Integer> sizes, VotingRules voting, Procedure procedure,
      QuorumRule quorum) {
    List<ClassId> classes = new ArrayList<>();
    Map<ClassId, Integer> plain = new LinkedHashMap<>();
    for (int j = 0; j < sizes.size(); j++) {
      ClassId id = ClassId.of("c" + j);
      classes.add(id);
      plain.put(id, sizes.get(j));
    }
    Constitution constitution = Fixtures.constitution(classes, voting, Map.of(Matter.AMEND_RULES, procedure), quorum);
    return new MatterGameProperties.Case(constitution, ClassSizes.of(plain));
  }

  private static MatterGameProperties.Case meeting(int members, TieRule tie, Condition... conditions) {
    return meeting(List.of(members), VotingRules.builder().build(), QuorumRule.members(1), tie, conditions);
  }

  /** The game, checked coalition by coalition against the resolution; its rule, or empty if it has none. */
  private static MatterGame game(MatterGameProperties.Case c) {
    return MatterGameProperties.passesExactlyTheCoalitionsTheResolutionPasses(c);
  }

  private static GameRule rule(MatterGameProperties.Case c) {
    return game(c).requireGame().rule();
  }

  @Test
  void tie_majorityOfVotesCastUnderAStatusQuoFor_passesOnATie() {
    // 2 members: more than half of 2 is 2, but a tie (1 for, 1 against) goes to the status quo, for.
    MatterGame g = game(meeting(2, TieRule.statusQuo(Choice.FOR), Threshold.majorityOfVotesCast()));
    assertEquals(GameRule.weighted(1, 1), g.requireGame().rule());
    assertEquals(List.of(), g.assumptions());
  }

  @Test
  void tie_majorityOfVotesCastByHeadsUnderAStatusQuoFor_passesOnATie() {
    // Two classes, so that heads are counted over every type: 2 of 4 is a tie, and it passes.
    GameRule r = rule(meeting(List.of(2, 2), VotingRules.builder().build(), QuorumRule.members(1),
        TieRule.statusQuo(Choice.FOR), Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_CAST).byHeads()));
    assertEquals(GameRule.weighted(2, 1, 1), r);
  }

  @Test
  void tie_anOddTotalCannotTie() {
    // 3 members: 2 for is more than half, 1 for is not; no tie to break.
    assertEquals(GameRule.weighted(2, 1), rule(meeting(3, TieRule.statusQuo(Choice.FOR), Threshold.majorityOfVotesCast())));
  }

  @Test
  void tie_aThresholdOtherThanOneHalfIsNotATie() {
    // Three quarters of 2 votes cast: both; a tie rule does not lower it.
    assertEquals(GameRule.weighted(2, 1),
        rule(meeting(2, TieRule.statusQuo(Choice.FOR), Threshold.threeQuartersOfVotesCast())));
    // More than half of all the members, not of the votes cast: 2 of 2.
    assertEquals(GameRule.weighted(2, 1), rule(meeting(2, TieRule.statusQuo(Choice.FOR),
        Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE))));
  }

  @Test
  void tie_atLeastHalfUnderALostTie_needsMoreThanHalf() {
    // At least half of 2 votes cast is 1, but 1 against 1 is a tie, and a tie is lost: 2.
    MatterGame g = game(meeting(2, TieRule.lost(), Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST)));
    assertEquals(GameRule.weighted(2, 1), g.requireGame().rule());
    assertEquals(List.of(), g.assumptions());
  }

  @Test
  void tie_atLeastHalfUnderAStatusQuoAgainst_needsMoreThanHalf() {
    assertEquals(GameRule.weighted(3, 1),
        rule(meeting(4, TieRule.statusQuo(Choice.AGAINST), Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST))));
  }

  @Test
  void tie_castingVoteOrLot_isTakenAsLostAndSaysSo() {
    // The chair's casting vote and a lot cannot be foreseen: a tie of 1 to 1 is read as lost.
    Resolution casting = Resolution.builder().title("Amend the rules").addConditions(Threshold.majorityOfVotesCast())
        .tieRule(TieRule.castingVote()).build();
    MatterGame g = Analysis.of(matter(List.of(2), VotingRules.builder().build(), new Procedure.AtMeeting(casting),
        QuorumRule.members(1)).constitution(), ClassSizes.of(Map.of(C0, 2))).game(Matter.AMEND_RULES);
    assertEquals(GameRule.weighted(2, 1), g.requireGame().rule());
    assertEquals(1, g.assumptions().size());
    assertTrue(g.assumptions().get(0).startsWith("a tie is taken as lost (the chair has a casting vote"), g.assumptions().toString());
    assertTrue(g.assumptions().get(0).endsWith(": the chair's or the lot's choice is not known)"), g.assumptions().toString());
    Resolution lot = casting.withTieRule(TieRule.lot(TieBreaker.seeded(1)));
    MatterGame byLot = Analysis.of(matter(List.of(2), VotingRules.builder().build(), new Procedure.AtMeeting(lot),
        QuorumRule.members(1)).constitution(), ClassSizes.of(Map.of(C0, 2))).game(Matter.AMEND_RULES);
    assertEquals(GameRule.weighted(2, 1), byLot.requireGame().rule());
    assertEquals(1, byLot.assumptions().size());
    assertTrue(byLot.assumptions().get(0).startsWith("a tie is taken as lost ("), byLot.assumptions().toString());
  }

  @Test
  void ratio_forAtLeastAsManyAsAgainst_needsMoreForThanAgainst() {
    // 4 members, for at least once against: 2 would do by the ratio, but 2 to 2 is no majority: 3.
    assertEquals(GameRule.weighted(3, 1), rule(meeting(4, TieRule.byThreshold(), RatioThreshold.atLeast(Fraction.ONE))));
  }

  @Test
  void ratio_forAtLeastAsManyAsAgainstUnderAStatusQuoFor_passesOnATie() {
    assertEquals(GameRule.weighted(1, 1),
        rule(meeting(2, TieRule.statusQuo(Choice.FOR), RatioThreshold.atLeast(Fraction.ONE))));
  }

  @Test
  void ratio_twiceAsManyForAsAgainst_roundsUp() {
    // 4 members, for at least twice against: 8/3 rounded up, 3; more than twice: 4 * 2 / 3 = 2, plus 1.
    assertEquals(GameRule.weighted(3, 1), rule(meeting(4, TieRule.byThreshold(), RatioThreshold.atLeast(Fraction.of(2)))));
    assertEquals(GameRule.weighted(3, 1), rule(meeting(4, TieRule.byThreshold(), RatioThreshold.moreThan(Fraction.of(2)))));
  }

  @Test
  void tie_onlyTheFirstThresholdAtOneHalfIsBroken() {
    // The ratio at one takes the tie rule; the majority after it is judged by its threshold alone.
    GameRule r = rule(meeting(2, TieRule.statusQuo(Choice.FOR), RatioThreshold.atLeast(Fraction.ONE),
        Threshold.majorityOfVotesCast()));
    assertEquals(GameRule.allOf(GameRule.weighted(1, 1), GameRule.weighted(2, 1)), r);
  }

  @Test
  void inClass_refusesAClassTheRollDoesNotDefine() {
    ClassId ghost = ClassId.of("ghost");
    MatterGameProperties.Case c = meeting(List.of(2), VotingRules.builder().build(), QuorumRule.members(1),
        TieRule.byThreshold(), Condition.inClass(ghost, Threshold.majorityOfVotesCast()));
    Analysis a = Analysis.of(c.constitution(), c.sizes());
    assertThrows(UndefinedClassException.class, () -> a.game(Matter.AMEND_RULES));
    MatterGameProperties.Case q = meeting(List.of(2), VotingRules.builder().build(), QuorumRule.members(1),
        TieRule.byThreshold(), Condition.inFavour(QuorumRule.inClass(ghost, QuorumRule.members(1))));
    Analysis b = Analysis.of(q.constitution(), q.sizes());
    assertThrows(UndefinedClassException.class, () -> b.game(Matter.AMEND_RULES));
  }

  @Test
  void inFavour_moreThanHalfOfTheVotes_needsOneMoreThanHalf() {
    assertEquals(GameRule.weighted(3, 1),
        rule(meeting(4, TieRule.byThreshold(), Condition.inFavour(QuorumRule.moreThanFractionOfVotes(Fraction.ONE_HALF)))));
    assertEquals(GameRule.weighted(2, 1),
        rule(meeting(4, TieRule.byThreshold(), Condition.inFavour(QuorumRule.fractionOfVotes(Fraction.ONE_HALF)))));
  }

  @Test
  void inFavour_tieredRule_takesTheTierOfExactlyItsSize() {
    QuorumRule tiered = QuorumRule.tiered().upTo(3, QuorumRule.members(1)).otherwise(QuorumRule.members(3));
    assertEquals(GameRule.weighted(1, 1), rule(meeting(3, TieRule.byThreshold(), Condition.inFavour(tiered))));
    assertEquals(GameRule.weighted(3, 1), rule(meeting(4, TieRule.byThreshold(), Condition.inFavour(tiered))));
  }

  @Test
  void inFavour_squareRootOfTheMembers_roundsUpOnlyBelowAWholeRoot() {
    // The square root of 4 members is exactly 2; of 5, 2.24, so 3.
    QuorumRule root = QuorumRule.timesSquareRootOfMembers(Fraction.ONE);
    assertEquals(GameRule.weighted(2, 1), rule(meeting(4, TieRule.byThreshold(), Condition.inFavour(root))));
    assertEquals(GameRule.weighted(3, 1), rule(meeting(5, TieRule.byThreshold(), Condition.inFavour(root))));
  }

  @Test
  void new_refusesVotesTooLargeToAnalyseExactly() {
    // Over their common denominator 2^61, one member weighs 2^61 - 1 and the other 1: a total of 62 bits.
    long big = (1L << 61) - 1;
    Constitution c = meeting(List.of(1, 1), VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).build(),
        QuorumRule.members(1), TieRule.byThreshold(), Threshold.majorityOfVotesCast()).constitution();
    ClassSizes tooLarge = ClassSizes.of(Map.of(C0, 1)).and(C1, 1, big);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Analysis.of(c, tooLarge).game(Matter.AMEND_RULES));
    assertEquals("votes", e.field());
    // One vote less, 61 bits: analysed.
    ClassSizes largest = ClassSizes.of(Map.of(C0, 1)).and(C1, 1, big - 1);
    ClassGame g = Analysis.of(c, largest).game(Matter.AMEND_RULES).requireGame();
    assertEquals(GameRule.weighted((1L << 60), 1, big - 1), g.rule());
  }

  @Test
  void procedure_twoMeetings_needsBothResolutionsAndSaysTheSameMembersVoteAtBoth() {
    Resolution first = Resolution.builder().title("First").addConditions(
        Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST)).build();
    Resolution second = Resolution.builder().title("Second").addConditions(Threshold.threeQuartersOfVotesCast()).build();
    Procedure two = new Procedure.AtTwoMeetings(
        TwoMeetingResolution.of("Amend the rules", first, second, Optional.empty(), Optional.empty()));
    MatterGameProperties.Case c = matter(List.of(4), VotingRules.builder().build(), two, QuorumRule.members(4));
    MatterGame g = Analysis.of(c.constitution(), c.sizes()).game(Matter.AMEND_RULES);
    // At least half of 4 is 2, three quarters 3.
    assertEquals(GameRule.allOf(GameRule.weighted(2, 1), GameRule.weighted(3, 1)), g.requireGame().rule());
    assertEquals(List.of("the same members vote the same way at both meetings"), g.assumptions());
    // Attending, the coalition must also make the meeting's quorum of 4.
    GameCompiler compiler = new GameCompiler(Analysis.of(c.constitution(), c.sizes()).roll());
    Rules attend = compiler.procedure(two, GameCompiler.Mode.ATTEND, QuorumRule.members(4)).orElseThrow();
    assertEquals(GameRule.allOf(GameRule.weighted(1, 1), GameRule.weighted(1, 1), GameRule.weighted(4, 1)), attend.rule());
  }

  @Test
  void procedure_instrument_needsTheSignaturesOfItsFractionOfAllMembers() {
    Procedure signed = new Procedure.ByInstrument(Fraction.of(3, 4), "rule 12");
    MatterGameProperties.Case c = matter(List.of(2, 3), VotingRules.builder().build(), signed, QuorumRule.members(1));
    MatterGame g = Analysis.of(c.constitution(), c.sizes()).game(Matter.AMEND_RULES);
    // Three quarters of 5 members, 15/4, rounded up: 4 signatures, counted by heads whatever the votes.
    assertEquals(MatterGame.Kind.GAME, g.kind());
    assertEquals(GameRule.weighted(4, 1, 1), g.requireGame().rule());
  }

  @Test
  void procedure_byTheBoard_isNotDecidedByTheMembers() {
    GameCompiler compiler = new GameCompiler(Analysis.of(AnalysisTest.school(), AnalysisTest.schoolSizes()).roll());
    assertEquals(Optional.empty(), compiler.procedure(new Procedure.ByBoard(Resolution.ordinary("Admit")),
        GameCompiler.Mode.FULL, QuorumRule.members(1)));
  }

  @Test
  void procedure_compiledAgain_forgetsTheLastCompilationsAssumptionsAndTurnouts() {
    Resolution first = Resolution.builder().title("First").addConditions(Threshold.majorityOfVotesCast()).build();
    Procedure two = new Procedure.AtTwoMeetings(
        TwoMeetingResolution.of("Amend the rules", first, first, Optional.empty(), Optional.empty()));
    Procedure turnout = new Procedure.AtMeeting(Resolution.builder().title("Amend the rules")
        .addConditions(Threshold.majorityOfVotesCast(), Condition.turnout(QuorumRule.members(3))).build());
    Procedure plain = new Procedure.AtMeeting(first);
    MatterGameProperties.Case c = matter(List.of(4), VotingRules.builder().build(), plain, QuorumRule.members(1));
    GameCompiler compiler = new GameCompiler(Analysis.of(c.constitution(), c.sizes()).roll());
    compiler.procedure(two, GameCompiler.Mode.FULL, QuorumRule.members(1));
    assertEquals(1, compiler.assumptions().size());
    compiler.procedure(turnout, GameCompiler.Mode.FULL, QuorumRule.members(1));
    assertEquals(List.of(), compiler.assumptions());
    assertEquals(1, compiler.turnouts().size());
    assertEquals(GameRule.weighted(3, 1), compiler.turnouts().get(0).present().rule());
    compiler.procedure(plain, GameCompiler.Mode.FULL, QuorumRule.members(1));
    assertEquals(ImmutableList.of(), compiler.turnouts());
  }

  @Test
  void attending_aCappedClassAloneCarriesNoVoteButItsHeadsCount() {
    // c0 capped at a quarter of the votes taken; c1 uncapped. A meeting of c0 alone carries nothing counted
    // by votes (the cap takes the whole of its vote), but it holds heads.
    VotingRules capped = VotingRules.builder().putClassCaps(C0, Fraction.of(1, 4)).build();
    for (Condition condition : List.<Condition>of(Threshold.majorityOfVotesCast(),
        Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST).byHeads(), RatioThreshold.atLeast(Fraction.ONE),
        RatioThreshold.moreThan(Fraction.ONE).byHeads())) {
      MatterGameProperties.carriedExactlyWhenQuorateAndTheResolutionPasses(
          meeting(List.of(2, 1), capped, QuorumRule.members(1), TieRule.byThreshold(), condition));
    }
    assertEquals(List.of(false, true, true), attending(capped, Threshold.majorityOfVotesCast()));
    assertEquals(List.of(false, true, true), attending(capped, RatioThreshold.atLeast(Fraction.ONE)));
    assertEquals(List.of(true, true, true),
        attending(capped, Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST).byHeads()));
    assertEquals(List.of(true, true, true), attending(capped, RatioThreshold.moreThan(Fraction.ONE).byHeads()));
  }

  /** Whether the two of c0 alone, the one of c1 alone, and one of each carry the condition at a meeting. */
  private static List<Boolean> attending(VotingRules voting, Condition condition) {
    MatterGameProperties.Case c = meeting(List.of(2, 1), voting, QuorumRule.members(1), TieRule.byThreshold(), condition);
    GameCompiler compiler = new GameCompiler(Analysis.of(c.constitution(), c.sizes()).roll());
    Rules attend = compiler.procedure(c.constitution().procedure(Matter.AMEND_RULES), GameCompiler.Mode.ATTEND,
        QuorumRule.members(1)).orElseThrow();
    return List.of(attend.wins(new int[] {2, 0}), attend.wins(new int[] {0, 1}), attend.wins(new int[] {1, 1}));
  }
}
