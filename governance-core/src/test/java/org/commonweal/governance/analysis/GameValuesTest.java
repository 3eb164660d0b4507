package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.constitution.Matter;
import org.junit.jupiter.api.Test;

/** The game values: equality by value, their checks, and what a rule says of a coalition. */
class GameValuesTest {

  @Test
  void values_areEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(MemberClass.of("workers", 60), new MemberClass("workers", 60))
        .addEqualityGroup(MemberClass.of("workers", 61))
        .addEqualityGroup(MemberClass.of("users", 60))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GameRule.weighted(3, 1, 2), GameRule.weighted(3, 1, 2))
        .addEqualityGroup(GameRule.weighted(2, 1, 2))
        .addEqualityGroup(GameRule.allOf(GameRule.weighted(3, 1, 2)), GameRule.allOf(GameRule.weighted(3, 1, 2)))
        .addEqualityGroup(GameRule.anyOf(GameRule.weighted(3, 1, 2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(WeightedGame.of(3, 2, 1, 1), WeightedGame.of(3, List.of(2L, 1L, 1L)))
        .addEqualityGroup(WeightedGame.of(3, 1, 2, 1))
        .addEqualityGroup(WeightedGame.of(2, 2, 1, 1))
        .testEquals();
  }

  @Test
  void memberClass_refusesABlankNameOrNoMembers() {
    assertEquals("size (0) must be at least 1", assertThrows(InvalidValueException.class, () -> MemberClass.of("a", 0)).getMessage());
    assertEquals("name must not be blank", assertThrows(InvalidValueException.class, () -> MemberClass.of(" ", 1)).getMessage());
  }

  @Test
  void gameRule_refusesANegativeWeightOrNoQuota() {
    assertThrows(InvalidValueException.class, () -> GameRule.weighted(1, 1, -1));
    assertThrows(InvalidValueException.class, () -> GameRule.weighted(0, 1));
    assertThrows(InvalidValueException.class, () -> GameRule.weighted(1));
    assertThrows(InvalidValueException.class, GameRule::allOf);
    assertThrows(InvalidValueException.class, () -> GameRule.weighted(1, 1, 1).wins(new int[] {1}));
  }

  @Test
  void classGame_winsAsItsRuleSays() {
    // A majority of 5 members, and at least one of the 2 staff: "A and B".
    ClassGame game =
        ClassGame.of(
            List.of(MemberClass.of("members", 5), MemberClass.of("staff", 2)),
            GameRule.allOf(GameRule.weighted(3, 1, 0), GameRule.weighted(1, 0, 1)));
    assertTrue(game.wins(List.of(3, 1)));
    assertFalse(game.wins(List.of(3, 0)));
    assertFalse(game.wins(List.of(2, 2)));
    assertEquals(18, game.vectors());
    assertEquals(7, game.members());
    assertThrows(InvalidValueException.class, () -> game.wins(List.of(6, 0)));
    assertThrows(InvalidValueException.class, () -> game.wins(List.of(1)));
    // "A or B": a majority of the members, or both staff.
    ClassGame either =
        ClassGame.of(game.classes(), GameRule.anyOf(GameRule.weighted(3, 1, 0), GameRule.weighted(2, 0, 1)));
    assertTrue(either.wins(List.of(0, 2)));
    assertTrue(either.wins(List.of(3, 0)));
    assertFalse(either.wins(List.of(2, 1)));
  }

  @Test
  void classPower_givesTheClassesShareAndRefusesImpossibleValues() {
    ClassPower p =
        new ClassPower(MemberClass.of("a", 3), BigInteger.TWO, Fraction.of(1, 6), Fraction.of(1, 4), Fraction.of(1, 5));
    assertEquals(Fraction.ONE_HALF, p.classBanzhaf());
    assertEquals(Fraction.of(3, 5), p.classShapleyShubik());
    assertFalse(p.isDummy());
    assertThrows(
        InvalidValueException.class,
        () -> new ClassPower(MemberClass.of("a", 1), BigInteger.ONE, Fraction.of(3, 2), Fraction.ZERO, Fraction.ZERO));
    assertThrows(
        InvalidValueException.class,
        () -> new ClassPower(MemberClass.of("a", 1), BigInteger.ONE.negate(), Fraction.ZERO, Fraction.ZERO, Fraction.ZERO));
  }

  @Test
  void classGame_refusesNoClassAndSaysWhy() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClassGame.of(List.of(), GameRule.weighted(1, 1)));
    assertEquals("a game needs at least one class of members", e.getMessage());
  }

  @Test
  void classGame_refusesARuleOverAnotherNumberOfClasses() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ClassGame.of(List.of(MemberClass.of("a", 2)), GameRule.weighted(1, 1, 1)));
    assertEquals("the rule gives weights for 2 classes, the game has 1", e.getMessage());
  }

  @Test
  void classGame_takesExactlyTheLargestNumberOfMembersAnIntHolds() {
    ClassGame largest = ClassGame.of(List.of(MemberClass.of("a", Integer.MAX_VALUE - 1), MemberClass.of("b", 1)),
        GameRule.weighted(1, 1, 1));
    assertEquals(Integer.MAX_VALUE, largest.members());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ClassGame.of(List.of(MemberClass.of("a", 2_000_000_000), MemberClass.of("b", 2_000_000_000)),
            GameRule.weighted(1, 1, 1)));
    assertEquals("a game has at most 2147483647 members, not 4000000000", e.getMessage());
  }

  @Test
  void classGame_refusesATotalWeightThatOverflowsInAnyPartOfItsRule() {
    // 3 members of weight 2^62 weigh 3 * 2^62, beyond a long, whether the part stands alone or is nested;
    // the message names the part.
    GameRule heavy = GameRule.weighted(1, 1L << 62);
    List<MemberClass> three = List.of(MemberClass.of("a", 3));
    for (GameRule rule : List.of(heavy, GameRule.allOf(GameRule.weighted(1, 1), heavy),
        GameRule.anyOf(GameRule.weighted(1, 1), heavy), GameRule.allOf(GameRule.anyOf(heavy, GameRule.weighted(1, 1))))) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClassGame.of(three, rule));
      assertEquals("the total weight of the rule " + heavy + " overflows a long", e.getMessage());
    }
    // 1 member of that weight is a total a long holds.
    assertEquals(1, ClassGame.of(List.of(MemberClass.of("a", 1)), heavy).members());
  }

  @Test
  void classGame_vectors_saturateAtTheLargestLong() {
    // 64 classes of one member: 2^64 coalitions, more than a long holds; 62 classes: 2^62 exactly.
    List<MemberClass> classes = new ArrayList<>();
    for (int j = 0; j < 64; j++) {
      classes.add(MemberClass.of("c" + j, 1));
    }
    long[] ones = new long[64];
    Arrays.fill(ones, 1);
    assertEquals(Long.MAX_VALUE, ClassGame.of(classes, GameRule.weighted(1, ones)).vectors());
    assertEquals(1L << 62, ClassGame.of(classes.subList(0, 62), GameRule.weighted(1, Arrays.copyOf(ones, 62))).vectors());
  }

  @Test
  void classGame_wins_refusesACountForAnotherNumberOfClasses() {
    ClassGame game = ClassGame.of(List.of(MemberClass.of("a", 2), MemberClass.of("b", 2)), GameRule.weighted(1, 1, 1));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> game.wins(List.of(1)));
    assertEquals("counts", e.field());
    assertEquals("a coalition gives a count for each of the 2 classes", e.getMessage());
    InvalidValueException more = assertThrows(InvalidValueException.class, () -> game.wins(List.of(1, 1, 1)));
    assertEquals("counts", more.field());
    assertEquals("[1, 1, 1]", more.value());
  }

  @Test
  void gameRule_anyOf_refusesPartsOverDifferentNumbersOfClasses() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GameRule.anyOf(GameRule.weighted(1, 1), GameRule.weighted(1, 1, 1)));
    assertEquals("every part of a rule must give weights for 1 classes, not 2", e.getMessage());
  }

  @Test
  void weightedGame_refusesNoPlayerAndAnOverflowingTotal() {
    assertEquals("a weighted game needs at least one player",
        assertThrows(InvalidValueException.class, () -> WeightedGame.of(1)).getMessage());
    assertEquals("the total weight overflows a long",
        assertThrows(InvalidValueException.class, () -> WeightedGame.of(1, Long.MAX_VALUE, 1)).getMessage());
    // Exactly the largest long: a total it holds.
    assertEquals(Long.MAX_VALUE, WeightedGame.of(1, Long.MAX_VALUE - 1, 1).totalWeight());
  }

  @Test
  void weightedGame_classOf_refusesAPlayerOutsideTheGame() {
    WeightedGame game = WeightedGame.of(2, 1, 1, 2);
    assertEquals(1, game.classOf(2));
    assertEquals("player", assertThrows(InvalidValueException.class, () -> game.classOf(3)).field());
    assertEquals("player", assertThrows(InvalidValueException.class, () -> game.classOf(-1)).field());
  }

  @Test
  void powerIndices_refusesEntriesThatDoNotMatchTheClasses() {
    ClassGame game = ClassGame.of(List.of(MemberClass.of("a", 1), MemberClass.of("b", 1)), GameRule.weighted(2, 1, 1));
    PowerIndices power = PowerAlgorithm.bruteForce().compute(game);
    InvalidValueException one = assertThrows(InvalidValueException.class,
        () -> new PowerIndices(game, power.classes().subList(0, 1), "brute-force"));
    assertEquals("one entry is needed for each of 2 classes", one.getMessage());
    ClassPower a = power.classes().get(0);
    InvalidValueException wrong = assertThrows(InvalidValueException.class,
        () -> new PowerIndices(game, ImmutableList.of(a, a), "brute-force"));
    assertEquals("entry 1 is for a x1, not the game's class b x1", wrong.getMessage());
    assertEquals("method", assertThrows(InvalidValueException.class, () -> new PowerIndices(game, power.classes(), " "))
        .field());
  }

  @Test
  void powerIndices_totalSwings_countsEachMembersSwings() {
    // A majority of 3 members (2 of 3) and a dictator's game: by hand, each of the 3 swings when exactly one
    // of the other two is for (2 ways): 6 in all; a dictator swings in all 2^2 coalitions of the others.
    ClassGame majority = ClassGame.of(List.of(MemberClass.of("members", 3)), GameRule.weighted(2, 1));
    assertEquals(BigInteger.valueOf(6), PowerAlgorithm.bruteForce().compute(majority).totalSwings());
    ClassGame dictator = ClassGame.of(List.of(MemberClass.of("chair", 1), MemberClass.of("members", 2)),
        GameRule.weighted(1, 1, 0));
    assertEquals(BigInteger.valueOf(4), PowerAlgorithm.bruteForce().compute(dictator).totalSwings());
  }

  @Test
  void matterGame_refusesAGameThatDoesNotFitItsKindOrTypes() {
    ClassGame game = ClassGame.of(List.of(MemberClass.of("members", 2)), GameRule.weighted(2, 1));
    MemberType type = new MemberType(Optional.empty(), 1, 2, Fraction.ONE_HALF);
    InvalidValueException noGame = assertThrows(InvalidValueException.class,
        () -> new MatterGame(Matter.AMEND_RULES, "a vote", MatterGame.Kind.GAME,
            Optional.empty(), ImmutableList.of(type),
            ImmutableList.of(), Optional.empty()));
    assertEquals("a game is given exactly for kind GAME, not GAME", noGame.getMessage());
    InvalidValueException types = assertThrows(InvalidValueException.class,
        () -> new MatterGame(Matter.AMEND_RULES, "a vote", MatterGame.Kind.GAME,
            Optional.of(game), ImmutableList.of(type, type),
            ImmutableList.of(), Optional.empty()));
    assertEquals("the game has 1 classes, one for each type, not 2", types.getMessage());
  }

  @Test
  void memberType_takesAShareOfNothingButNotANegativeShare() {
    MemberType none = new MemberType(Optional.empty(), 0, 3, Fraction.ZERO);
    assertEquals(Fraction.ZERO, none.nominalShare());
    assertEquals("members", none.className());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new MemberType(Optional.empty(), 1, 1, Fraction.of(-1, 2)));
    assertEquals("share", e.field());
  }

  @Test
  void memberClass_toString_givesTheNameAndSize() {
    assertEquals("workers x60", MemberClass.of("workers", 60).toString());
  }
}
