package org.commonweal.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonweal.governance.analysis.ClassPower;
import org.commonweal.governance.analysis.PowerIndices;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

/** The benchmark's games are the ones it says, and are computed exactly by the method it names. */
class PowerBenchmarkTest {

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
  void threeClasses_isComputedByClassCounting() {
    assertEquals(1_568, PowerBenchmark.THREE_CLASSES.members());
    assertEquals(1_501L * 61 * 9, PowerBenchmark.THREE_CLASSES.vectors());
    PowerIndices power = new PowerBenchmark().threeClasses();
    assertEquals("class-count", power.method());
    assertSumsToOne(power);
  }

  @Test
  void constitution_compilesToTheSameGameAsTheHandWrittenOne() {
    PowerIndices compiled = new PowerBenchmark().constitution();
    PowerIndices hand = new PowerBenchmark().threeClasses();
    assertEquals("class-count", compiled.method());
    assertSumsToOne(compiled);
    // The compiled game lists its classes in id order (founders, users, workers), weighs them over 3,000
    // rather than 300,000 and states consent on votes rather than heads: the same game, the same power.
    for (ClassPower h : hand.classes()) {
      ClassPower c = compiled.classes().stream()
          .filter(p -> p.memberClass().equals(h.memberClass())).findFirst().orElseThrow();
      assertEquals(h.swings(), c.swings(), h.memberClass().name());
      assertEquals(h.banzhaf(), c.banzhaf(), h.memberClass().name());
      assertEquals(h.shapleyShubik(), c.shapleyShubik(), h.memberClass().name());
    }
  }

  @Test
  void electoralCollege_isThe2010ApportionmentByDynamicProgramming() {
    assertEquals(51, PowerBenchmark.ELECTORAL_COLLEGE.players());
    assertEquals(538, PowerBenchmark.ELECTORAL_COLLEGE.totalWeight());
    PowerIndices power = new PowerBenchmark().electoralCollege();
    assertEquals("dynamic-programming", power.method());
    assertSumsToOne(power);
    // California (55) holds the most power, the three-vote states the least.
    ClassPower california = PowerBenchmark.ELECTORAL_COLLEGE.power().get(4);
    ClassPower wyoming = PowerBenchmark.ELECTORAL_COLLEGE.power().get(50);
    for (ClassPower p : power.classes()) {
      assertTrue(p.shapleyShubik().isAtMost(california.shapleyShubik()));
      assertTrue(p.shapleyShubik().isAtLeast(wyoming.shapleyShubik()));
    }
  }
}
