package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/** Games compiled from constitutions, checked against numbers worked by hand. */
class AnalysisTest {
  static final ClassId PARENTS = ClassId.of("parents");
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId LEARNERS = ClassId.of("learners");
  static final ClassId USERS = ClassId.of("users");

  /** Parents 1/2, staff 3/10, learners 1/5 of the vote; a special resolution with a majority in each class. */
  static Constitution school() {
    Map<ClassId, Fraction> shares = new LinkedHashMap<>();
    shares.put(PARENTS, Fraction.of(1, 2));
    shares.put(STAFF, Fraction.of(3, 10));
    shares.put(LEARNERS, Fraction.of(1, 5));
    Resolution special = Resolution.builder().title("Amend the rules").kind(Resolution.Kind.SPECIAL)
        .addConditions(Threshold.threeQuartersOfVotesCast(), Condition.inEachClass(Threshold.majorityOfVotesCast()))
        .build();
    return Fixtures.constitution(List.of(PARENTS, STAFF, LEARNERS),
        VotingRules.builder().classShares(ClassShares.of(shares, ClassShares.Absent.REDISTRIBUTE)).build(),
        Map.of(Matter.AMEND_RULES, new Procedure.AtMeeting(special),
            Matter.ADMIT_MEMBER, new Procedure.ByBoard(Resolution.ordinary("Admit")),
            Matter.CONVERT, new Procedure.Prohibited("the statutory asset lock")),
        QuorumRule.members(20));
  }

  static ClassSizes schoolSizes() {
    Map<ClassId, Integer> sizes = new LinkedHashMap<>();
    sizes.put(PARENTS, 1_500);
    sizes.put(STAFF, 60);
    sizes.put(LEARNERS, 8);
    return ClassSizes.of(sizes);
  }

  @Test
  void game_classSharesWithClassConsent_weighsEachMemberByItsClassShare() {
    MatterGame g = Analysis.of(school(), schoolSizes()).game(Matter.AMEND_RULES);
    // Over the common denominator 3000: a learner 1/5 / 8 = 75/3000, a parent 1/2 / 1500 = 1/3000, a member
    // of staff 3/10 / 60 = 15/3000. Three quarters of 3000 is 2250; more than half of each class's total
    // (600, 1500, 900) is 301, 751 and 451.
    GameRule expected = GameRule.allOf(
        GameRule.weighted(2250, 75, 1, 15),
        GameRule.weighted(301, 75, 0, 0),
        GameRule.weighted(751, 0, 1, 0),
        GameRule.weighted(451, 0, 0, 15));
    assertEquals(MatterGame.Kind.GAME, g.kind());
    assertEquals(expected, g.requireGame().rule());
    assertEquals(List.of(MemberClass.of("learners", 8), MemberClass.of("parents", 1_500), MemberClass.of("staff", 60)),
        g.requireGame().classes());
    assertEquals(Fraction.of(3, 10), g.types().get(2).nominalShare());
    assertTrue(g.stayingAway().isEmpty());
  }

  @Test
  void game_classSharesWithClassConsent_passesOnlyWithEveryClass() {
    ClassGame g = Analysis.of(school(), schoolSizes()).game(Matter.AMEND_RULES).requireGame();
    // Every parent and every member of staff: 1500 + 900 = 2400 of 3000, but no learner consents.
    assertFalse(g.wins(List.of(0, 1_500, 60)));
    // All 8 learners (600), all staff (900) and 751 parents: 2251, a majority in each class.
    assertTrue(g.wins(List.of(8, 751, 60)));
    // One parent fewer is no longer a majority of parents.
    assertFalse(g.wins(List.of(8, 750, 60)));
    // Five learners (375) are a majority of them, but then parents need 975 to reach 2250.
    assertFalse(g.wins(List.of(5, 974, 60)));
    assertTrue(g.wins(List.of(5, 975, 60)));
  }

  @Test
  void game_boardOrProhibited_isNoGameOfTheMembers() {
    Analysis a = Analysis.of(school(), schoolSizes());
    assertEquals(MatterGame.Kind.BY_BOARD, a.game(Matter.ADMIT_MEMBER).kind());
    assertEquals(MatterGame.Kind.PROHIBITED, a.game(Matter.CONVERT).kind());
    assertThrows(InvalidValueException.class, () -> a.game(Matter.CONVERT).requireGame());
  }

  @Test
  void game_matterNotListed_isAnOrdinaryResolutionByMembers() {
    Constitution c = Fixtures.constitution(List.of(USERS), VotingRules.oneMemberOneVote(), Map.of(),
        QuorumRule.members(2));
    MatterGame g = Analysis.of(c, ClassSizes.of(Map.of(USERS, 9))).game(Matter.ORDINARY_BUSINESS);
    assertEquals(GameRule.weighted(5, 1), g.requireGame().rule());   // more than half of 9
  }

  @Test
  void game_votesPerShare_makesOneTypeForEachHolding() {
    Constitution c = Fixtures.constitution(List.of(USERS), VotingRules.oneVotePerShare(), Map.of(),
        QuorumRule.members(2));
    ClassSizes sizes = new ClassSizes(com.google.common.collect.ImmutableList.of(
        new ClassSizes.Group(USERS, 3, 1), new ClassSizes.Group(USERS, 1, 4)));
    MatterGame g = Analysis.of(c, sizes).game(Matter.ORDINARY_BUSINESS);
    // 3 votes and 4 votes: more than half of 7 is 4, so the holder of 4 decides alone.
    assertEquals(GameRule.weighted(4, 1, 4), g.requireGame().rule());
    assertEquals(List.of(MemberClass.of("users (1 vote)", 3), MemberClass.of("users (4 votes)", 1)),
        g.requireGame().classes());
  }

  @Test
  void game_classWithNoMembers_neverPasses() {
    Resolution r = Resolution.builder().title("Amend").addConditions(
        Condition.inClass(STAFF, Threshold.majorityOfVotesCast())).build();
    Constitution c = Fixtures.constitution(List.of(USERS, STAFF), VotingRules.oneMemberOneVote(),
        Map.of(Matter.AMEND_RULES, new Procedure.AtMeeting(r)), QuorumRule.members(2));
    assertEquals(MatterGame.Kind.NEVER_PASSES,
        Analysis.of(c, ClassSizes.of(Map.of(USERS, 5))).game(Matter.AMEND_RULES).kind());
  }

  /** Staff 60 and users 180 with half the vote each; a majority of votes cast and half the members voting. */
  static Constitution turnoutSociety() {
    Resolution r = Resolution.builder().title("Convert").addConditions(Threshold.majorityOfVotesCast(),
        Condition.turnout(QuorumRule.fractionOfMembers(Fraction.ONE_HALF))).build();
    return Fixtures.constitution(List.of(STAFF, USERS),
        VotingRules.builder().classShares(ClassShares.of(Map.of(STAFF, Fraction.ONE_HALF, USERS, Fraction.ONE_HALF),
            ClassShares.Absent.REDISTRIBUTE)).build(),
        Map.of(Matter.CONVERT, new Procedure.AtMeeting(r)), QuorumRule.members(2));
  }

  @Test
  void stayingAway_turnoutAboveTheWinningCoalition_isFoundWithItsNumbers() {
    Map<ClassId, Integer> sizes = new LinkedHashMap<>();
    sizes.put(STAFF, 60);
    sizes.put(USERS, 180);
    MatterGame g = Analysis.of(turnoutSociety(), ClassSizes.of(sizes)).game(Matter.CONVERT);
    // A member of staff weighs 1/120, a user 1/360. 119 members can carry a majority (s/120 + u/360 > 1/2
    // with s + u = 119 needs s >= 31) but are short of the 120 the turnout needs: the other 121 block it by
    // staying away, and could not by voting against. The first such coalition: 31 staff and 88 users.
    StayingAway away = g.stayingAway().orElseThrow();
    assertEquals(121, away.away());
    assertEquals(240, away.members());
    assertEquals(List.of(31, 88), away.coalition());
    assertTrue(g.requireGame().wins(away.coalition()));
    assertTrue(away.explain().startsWith("with turnout: 1/2 of the members required, 121 of 240 members staying away"),
        away.explain());
  }

  @Test
  void stayingAway_winningCoalitionsAlwaysMeetTheTurnout_isNotFound() {
    MatterGame g = Analysis.of(turnoutSociety(), ClassSizes.of(Map.of(STAFF, 100, USERS, 100))).game(Matter.CONVERT);
    // Each member weighs 1/200: a majority needs 101 members, more than the 100 the turnout needs.
    assertTrue(g.stayingAway().isEmpty());
  }

  /** Two classes of two members, one vote each; a majority of votes cast and the given turnouts. */
  private static MatterGame turnouts(Condition... turnouts) {
    ClassId c0 = ClassId.of("c0");
    ClassId c1 = ClassId.of("c1");
    Resolution r = Resolution.builder().title("Convert").addConditions(Threshold.majorityOfVotesCast())
        .addConditions(turnouts).build();
    Constitution c = Fixtures.constitution(List.of(c0, c1), VotingRules.oneMemberOneVote(),
        Map.of(Matter.CONVERT, new Procedure.AtMeeting(r)), QuorumRule.members(1));
    Map<ClassId, Integer> sizes = new LinkedHashMap<>();
    sizes.put(c0, 2);
    sizes.put(c1, 2);
    return Analysis.of(c, ClassSizes.of(sizes)).game(Matter.CONVERT);
  }

  @Test
  void stayingAway_aTurnoutInOneClass_tellsApartClassesTheMajorityDoesNot() {
    // The majority needs 3 of the 4, from either class; the turnout needs both members of c1. Two of c0 and
    // one of c1 carry it, and the other member of c1 blocks it by staying away.
    Condition both = Condition.turnout(QuorumRule.inClass(ClassId.of("c1"), QuorumRule.members(2)));
    MatterGame g = turnouts(both);
    assertEquals(GameRule.weighted(3, 1, 1), g.requireGame().rule());
    StayingAway away = g.stayingAway().orElseThrow();
    assertEquals(List.of(2, 1), away.coalition());
    assertEquals(1, away.away());
    assertEquals(4, away.members());
    assertEquals(both.description(), away.condition());
  }

  @Test
  void stayingAway_namesTheTurnoutThatFails() {
    // One member present meets the first turnout whoever they are; the second fails as above.
    Condition one = Condition.turnout(QuorumRule.members(1));
    Condition both = Condition.turnout(QuorumRule.inClass(ClassId.of("c1"), QuorumRule.members(2)));
    StayingAway away = turnouts(one, both).stayingAway().orElseThrow();
    assertEquals(both.description(), away.condition());
    assertEquals(List.of(2, 1), away.coalition());
  }

  @Test
  void stayingAway_searchesExactlyTenMillionVectors() {
    // 9,999 members of c0 and 999 of c1, every one of c1 to attend: 10,000 x 1,000 vectors. The most who carry
    // a majority but not the turnout: all but one of c1.
    ClassId c0 = ClassId.of("c0");
    ClassId c1 = ClassId.of("c1");
    Resolution r = Resolution.builder().title("Convert").addConditions(Threshold.majorityOfVotesCast(),
        Condition.turnout(QuorumRule.inClass(c1, QuorumRule.fractionOfMembers(Fraction.ONE)))).build();
    Constitution c = Fixtures.constitution(List.of(c0, c1), VotingRules.oneMemberOneVote(),
        Map.of(Matter.CONVERT, new Procedure.AtMeeting(r)), QuorumRule.members(1));
    Map<ClassId, Integer> sizes = new LinkedHashMap<>();
    sizes.put(c0, 9_999);
    sizes.put(c1, 999);
    MatterGame g = Analysis.of(c, ClassSizes.of(sizes)).game(Matter.CONVERT);
    assertEquals(List.of(9_999, 998), g.stayingAway().orElseThrow().coalition());
    assertEquals(List.of(), g.assumptions());
    sizes.put(c1, 1_000);
    MatterGame beyond = Analysis.of(c, ClassSizes.of(sizes)).game(Matter.CONVERT);
    assertTrue(beyond.stayingAway().isEmpty());
    assertEquals(List.of("whether staying away can block was not searched: 10010000 class-count vectors, above 10000000"),
        beyond.assumptions());
  }

  @Test
  void power_classesCountedTogether_whateverTheClassesAreNamed() {
    // "a" and "b" alike, counted together; "a + b" apart, its consent asked. A majority is 2 of the 3: "a"
    // swings only beside "a + b", "b" likewise, and "a + b" beside either or both of the others.
    ClassId a = ClassId.of("a");
    ClassId b = ClassId.of("b");
    ClassId ab = ClassId.of("a + b");
    Resolution r = Resolution.builder().title("Amend").addConditions(Threshold.majorityOfVotesCast(),
        Condition.inClass(ab, Threshold.majorityOfVotesCast())).build();
    Constitution c = Fixtures.constitution(List.of(a, b, ab), VotingRules.oneMemberOneVote(),
        Map.of(Matter.AMEND_RULES, new Procedure.AtMeeting(r)), QuorumRule.members(1));
    Analysis analysis = Analysis.of(c, ClassSizes.of(Map.of(a, 1, b, 1, ab, 1)));
    PowerIndices power = analysis.power(Matter.AMEND_RULES);
    assertEquals(List.of("a x1", "a + b x1", "b x1"), power.classes().stream().map(p -> p.memberClass().toString()).toList());
    assertEquals(List.of(1L, 3L, 1L), power.classes().stream().map(p -> p.swings().longValueExact()).toList());
    assertEquals(3, analysis.capture(Matter.AMEND_RULES).classes().size());
  }
}
