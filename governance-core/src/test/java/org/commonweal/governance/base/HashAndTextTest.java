package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The base values' hash codes tell unequal values apart (so that maps keyed by them stay fast), their
 * texts say what they hold, and every family of rejection codes matches what it made.
 */
class HashAndTextTest {

  @Test
  void fractionHashCodes_ofSmallFractions_areMostlyDistinct() {
    Set<Fraction> values = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    for (int n = -12; n <= 12; n++) {
      for (int d = 1; d <= 12; d++) {
        Fraction f = Fraction.of(n, d);
        if (values.add(f)) {
          hashes.add(f.hashCode());
        }
      }
    }
    // A hash of numerator and denominator together: at most a handful of collisions among these values.
    assertTrue(hashes.size() >= values.size() - 5, hashes.size() + " hashes for " + values.size() + " fractions");
    assertEquals(Fraction.of(2, 4).hashCode(), Fraction.of(1, 2).hashCode());
  }

  @Test
  void tieBreakerHashCodes_tellUnequalBreakersApart() {
    assertEquals(TieBreaker.seeded(7).hashCode(), TieBreaker.seeded(7).hashCode());
    assertNotEquals(TieBreaker.seeded(7).hashCode(), TieBreaker.seeded(8).hashCode());
    assertEquals(TieBreaker.fixedOrder(List.of("a", "b")).hashCode(), TieBreaker.fixedOrder(List.of("a", "b")).hashCode());
    assertNotEquals(TieBreaker.fixedOrder(List.of("a", "b")).hashCode(), TieBreaker.fixedOrder(List.of("b", "a")).hashCode());
  }

  @Test
  void draw_hashCodeAndText_holdEveryPart() {
    Draw<String> d = Draw.of(3, List.of("Ames", "Baker"), List.of("Baker", "Ames"), "lot");
    assertEquals(Draw.of(3, List.of("Ames", "Baker"), List.of("Baker", "Ames"), "lot").hashCode(), d.hashCode());
    assertNotEquals(Draw.of(4, List.of("Ames", "Baker"), List.of("Baker", "Ames"), "lot").hashCode(), d.hashCode());
    assertEquals("Draw{number=3, tied=[Ames, Baker], order=[Baker, Ames], method=lot}", d.toString());
  }

  /** A family of codes of a test's own, as a system built on the library declares them. */
  enum DeskCode implements RejectionCode {
    FULL,
    CLOSED
  }

  @Test
  void rejectionCode_matchesTheRejectionsAndOutcomesItMade() {
    Rejection full = DeskCode.FULL.rejection("the desk is full", Map.of("seats", 3));
    assertEquals("FULL", DeskCode.FULL.code());
    assertEquals("FULL", full.code());
    assertEquals("3", full.facts().get("seats"));
    assertTrue(DeskCode.FULL.matches(full));
    assertFalse(DeskCode.CLOSED.matches(full));
    assertTrue(DeskCode.FULL.matches(Outcome.rejected(full)));
    assertFalse(DeskCode.CLOSED.matches(Outcome.rejected(full)));
    assertFalse(DeskCode.FULL.matches(Outcome.accepted("seat 1")));
  }
}
