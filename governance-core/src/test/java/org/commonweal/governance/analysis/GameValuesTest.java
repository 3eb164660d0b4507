package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigInteger;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
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
}
