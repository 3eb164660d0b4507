package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.junit.jupiter.api.Test;

/** The sizes each method computes exactly, the limits it refuses beyond, and the games it refuses. */
class PowerAlgorithmTest {

  private static void assertSumsToOne(PowerIndices power) {
    Fraction banzhaf = Fraction.ZERO;
    Fraction shapley = Fraction.ZERO;
    for (ClassPower p : power.classes()) {
      banzhaf = banzhaf.plus(p.classBanzhaf());
      shapley = shapley.plus(p.classShapleyShubik());
    }
    assertEquals(Fraction.ONE, banzhaf);
    assertEquals(Fraction.ONE, shapley);
  }

  @Test
  void automatic_computesSixtyDistinctPlayersOfTotalWeightOneThousandExactly() {
    long[] w = new long[60];
    long total = 0;
    for (int p = 0; p < 60; p++) {
      w[p] = 1 + (p * 7L) % 32;
      total += w[p];
    }
    w[0] += 1000 - total;
    WeightedGame game = WeightedGame.of(501, w);
    assertEquals(1000, game.totalWeight());
    PowerIndices power = PowerAlgorithm.automatic().compute(PowerProperties.byPlayer(game));
    assertEquals("dynamic-programming", power.method());
    assertSumsToOne(power);
    // Heavier players never hold less (a weighted game's desirability order).
    for (int a = 0; a < 60; a++) {
      for (int b = 0; b < 60; b++) {
        if (w[a] > w[b]) {
          assertTrue(power.classes().get(a).swings().compareTo(power.classes().get(b).swings()) >= 0);
        }
      }
    }
  }

  @Test
  void classCount_computesTenMillionVectorsExactly() {
    ClassGame game =
        ClassGame.of(
            List.of(MemberClass.of("a", 214), MemberClass.of("b", 214), MemberClass.of("c", 214)),
            GameRule.allOf(GameRule.weighted(642, 1, 2, 3), GameRule.weighted(100, 1, 0, 1)));
    assertTrue(game.vectors() <= PowerAlgorithm.MAX_VECTORS, "vectors " + game.vectors());
    PowerIndices power = PowerAlgorithm.classCount().compute(game);
    assertSumsToOne(power);
    assertEquals(power.classes(), PowerAlgorithm.automatic().compute(game).classes());
  }

  @Test
  void classCount_refusesMoreThanTenMillionVectors() {
    ClassGame game =
        ClassGame.of(
            List.of(MemberClass.of("a", 215), MemberClass.of("b", 215), MemberClass.of("c", 215)),
            GameRule.allOf(GameRule.weighted(646, 1, 2, 3), GameRule.weighted(100, 1, 0, 1)));
    LimitExceededException e = assertThrows(LimitExceededException.class, () -> PowerAlgorithm.classCount().compute(game));
    assertEquals(10_000_000L, e.limit());
    assertEquals(216L * 216 * 216, e.actual());
    LimitExceededException auto = assertThrows(LimitExceededException.class, () -> PowerAlgorithm.automatic().compute(game));
    assertTrue(auto.getMessage().contains("no exact method takes this game"), auto.getMessage());
  }

  @Test
  void dynamicProgramming_refusesMoreThanTwoHundredMembersTooMuchWorkAndCompoundRules() {
    long[] w = new long[201];
    java.util.Arrays.fill(w, 1);
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () -> PowerAlgorithm.dynamicProgramming().compute(PowerProperties.byPlayer(WeightedGame.of(101, w))));
    assertEquals(200, e.limit());
    assertEquals(201, e.actual());
    long[] heavy = new long[200];
    java.util.Arrays.fill(heavy, 100);
    LimitExceededException work =
        assertThrows(
            LimitExceededException.class,
            () -> PowerAlgorithm.dynamicProgramming().compute(PowerProperties.byPlayer(WeightedGame.of(10_001, heavy))));
    assertEquals(200L * 200 * 10_001, work.actual());
    ClassGame compound =
        ClassGame.of(List.of(MemberClass.of("a", 2)), GameRule.anyOf(GameRule.weighted(1, 1), GameRule.weighted(2, 1)));
    assertThrows(InvalidValueException.class, () -> PowerAlgorithm.dynamicProgramming().compute(compound));
    assertThrows(
        LimitExceededException.class,
        () -> PowerAlgorithm.dynamicProgramming().compute(WeightedGame.of(20_001, 20_001).classGame()));
  }

  @Test
  void dynamicProgramming_inBigIntegersAgreesWithClassCounting() {
    // 120 players, weights 1 to 3: beyond the counts a long holds, so the programme counts in big integers;
    // grouped by weight, the class-count method counts the same game another way.
    long[] w = new long[120];
    for (int p = 0; p < w.length; p++) {
      w[p] = 1 + (p * 2L) % 3;
    }
    WeightedGame game = WeightedGame.of(161, w);
    List<ClassPower> each = PowerAlgorithm.dynamicProgramming().compute(PowerProperties.byPlayer(game)).classes();
    List<ClassPower> grouped = PowerAlgorithm.classCount().compute(game.classGame()).classes();
    for (int p = 0; p < w.length; p++) {
      ClassPower g = grouped.get(game.classOf(p));
      assertEquals(g.swings(), each.get(p).swings());
      assertEquals(g.banzhaf(), each.get(p).banzhaf());
      assertEquals(g.penrose(), each.get(p).penrose());
      assertEquals(g.shapleyShubik(), each.get(p).shapleyShubik());
    }
  }

  @Test
  void automatic_countsManyEqualPlayersByClass() {
    // 1,500 players of weight 1 and 3 of weight 100: far beyond the dynamic programme, 1501 x 4 vectors.
    List<Long> w = new ArrayList<>();
    for (int p = 0; p < 1500; p++) {
      w.add(1L);
    }
    w.addAll(List.of(100L, 100L, 100L));
    WeightedGame game = WeightedGame.of(901, w);
    PowerIndices power = PowerAlgorithm.automatic().compute(game.classGame());
    assertEquals("class-count", power.method());
    assertSumsToOne(power);
  }

  @Test
  void classCount_givesEachOfManyEqualMembersTheBinomialSwingProbability() {
    // 1,501 members of one vote, a simple majority (751): by symmetry each member holds 1/1501 of either
    // index, and swings exactly when the other 1,500 split evenly: C(1500, 750) of the 2^1500 ways.
    ClassGame majority = ClassGame.of(List.of(MemberClass.of("members", 1_501)), GameRule.weighted(751, 1));
    ClassPower each = PowerAlgorithm.classCount().compute(majority).classes().get(0);
    assertEquals(Fraction.of(1, 1501), each.shapleyShubik());
    assertEquals(Fraction.of(1, 1501), each.banzhaf());
    java.math.BigInteger ways = java.math.BigInteger.ONE;
    for (int k = 0; k < 750; k++) {
      ways = ways.multiply(java.math.BigInteger.valueOf(1500 - k)).divide(java.math.BigInteger.valueOf(k + 1));
    }
    assertEquals(ways, each.swings());
    assertEquals(Fraction.of(ways, java.math.BigInteger.TWO.pow(1500)), each.penrose());
  }

  @Test
  void bruteForce_refusesMoreThanTwentyMembers() {
    long[] w = new long[21];
    java.util.Arrays.fill(w, 1);
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> PowerAlgorithm.bruteForce().compute(WeightedGame.of(11, w).classGame()));
    assertEquals(20, e.limit());
    assertEquals(21, e.actual());
  }

  @Test
  void weightedGame_refusesABadQuotaOrWeight() {
    assertEquals("quota", assertThrows(InvalidValueException.class, () -> WeightedGame.of(0, 1, 2)).field());
    InvalidValueException over = assertThrows(InvalidValueException.class, () -> WeightedGame.of(4, 1, 2));
    assertEquals("quota (4) must be at most the total weight (3)", over.getMessage());
    assertEquals("weight (-1) must not be negative", assertThrows(InvalidValueException.class, () -> WeightedGame.of(1, 2, -1)).getMessage());
    assertThrows(InvalidValueException.class, () -> WeightedGame.of(1));
  }

  @Test
  void classGame_refusesARuleTheWholeMembershipCannotMeet() {
    assertThrows(
        InvalidValueException.class,
        () -> ClassGame.of(List.of(MemberClass.of("a", 2)), GameRule.weighted(3, 1)));
    assertThrows(
        InvalidValueException.class,
        () -> ClassGame.of(List.of(MemberClass.of("a", 2), MemberClass.of("a", 1)), GameRule.weighted(1, 1, 1)));
    assertThrows(
        InvalidValueException.class, () -> ClassGame.of(List.of(MemberClass.of("a", 2)), GameRule.weighted(1, 1, 1)));
    assertThrows(InvalidValueException.class, () -> GameRule.allOf(GameRule.weighted(1, 1), GameRule.weighted(1, 1, 1)));
  }

  @Test
  void weightedGame_mapsPlayersToTheClassesOfTheirWeights() {
    WeightedGame game = WeightedGame.of(4, 3, 2, 3, 1);
    assertEquals(List.of("weight 3", "weight 2", "weight 1"), game.classGame().classes().stream().map(MemberClass::name).toList());
    assertEquals(List.of(0, 1, 0, 2), List.of(game.classOf(0), game.classOf(1), game.classOf(2), game.classOf(3)));
    assertEquals("[4; 3, 2, 3, 1]", game.toString());
  }
}
