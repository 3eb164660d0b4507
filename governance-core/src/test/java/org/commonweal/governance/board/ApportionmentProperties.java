package org.commonweal.governance.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;

/**
 * Invariants of the apportionment methods: exactly the house handed out, floors kept, house monotonicity
 * of the divisor methods, agreement of the divisor methods with their "find the divisor" definition, and
 * the quota rule of the Hare method.
 */
class ApportionmentProperties {

  /** Counts for two to six classes (the first positive), minimums of 0 to 2, a house that holds them. */
  record Case(Map<String, Long> counts, Map<String, Integer> minimums, int house, long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Long>> counts = Arbitraries.longs().between(0, 2000).list().ofMinSize(2).ofMaxSize(6);
    Arbitrary<List<Integer>> mins = Arbitraries.integers().between(0, 2).list().ofSize(6);
    return Combinators.combine(counts, mins, Arbitraries.integers().between(1, 30), Arbitraries.longs())
        .as((c, m, h, seed) -> {
          Map<String, Long> cm = new LinkedHashMap<>();
          Map<String, Integer> mm = new LinkedHashMap<>();
          int floors = 0;
          for (int i = 0; i < c.size(); i++) {
            cm.put("c" + i, i == 0 ? c.get(i) + 1 : c.get(i));
            mm.put("c" + i, m.get(i));
            floors += m.get(i);
          }
          return new Case(cm, mm, Math.max(h, floors), seed);
        });
  }

  @Provide
  Arbitrary<ApportionmentMethod> methods() {
    return Arbitraries.of(ApportionmentMethod.dHondt(), ApportionmentMethod.sainteLague(),
        ApportionmentMethod.modifiedSainteLague(), ApportionmentMethod.hare(), ApportionmentMethod.droop());
  }

  @Provide
  Arbitrary<ApportionmentMethod> divisorMethods() {
    return Arbitraries.of(
        ApportionmentMethod.dHondt(), ApportionmentMethod.sainteLague(), ApportionmentMethod.modifiedSainteLague());
  }

  @Property(tries = 300)
  void apportion_handsOutExactlyTheHouseAndKeepsTheFloors(
      @ForAll("methods") ApportionmentMethod m, @ForAll("cases") Case c) {
    Apportionment<String> a = m.apportion(c.counts(), c.house(), c.minimums(), TieBreaker.seeded(c.seed()));
    assertEquals(c.house(), a.seats().values().stream().mapToInt(Integer::intValue).sum(), a.explain());
    c.minimums().forEach((k, min) -> assertTrue(a.seatsOf(k) >= min, a.explain()));
    assertEquals(c.house(), a.steps().size());
  }

  @Property(tries = 200)
  void divisorMethods_areHouseMonotone(@ForAll("divisorMethods") ApportionmentMethod m, @ForAll("cases") Case c) {
    TieBreaker lot = TieBreaker.seeded(c.seed());
    Apportionment<String> smaller = m.apportion(c.counts(), c.house(), c.minimums(), lot);
    Apportionment<String> larger = m.apportion(c.counts(), c.house() + 1, c.minimums(), lot);
    c.counts().keySet().forEach(k -> assertTrue(larger.seatsOf(k) >= smaller.seatsOf(k),
        () -> k + " lost a seat when the house grew:\n" + smaller.explain() + larger.explain()));
  }

  /**
   * The slow definition of a divisor method: there is a divisor {@code D} such that every class has the
   * greater of its minimum and the number of its quotients {@code count / d(k)} above {@code D}, give or
   * take the quotients equal to {@code D} (the ties). The candidates for {@code D} are the quotients
   * themselves.
   */
  @Property(tries = 300)
  void divisorMethods_agreeWithFindTheDivisor(@ForAll("divisorMethods") ApportionmentMethod m, @ForAll("cases") Case c) {
    Apportionment<String> a = m.apportion(c.counts(), c.house(), c.minimums(), TieBreaker.seeded(c.seed()));
    List<Fraction> candidates = new ArrayList<>();
    c.counts().values().forEach(v -> {
      for (int k = 0; k <= c.house(); k++) {
        if (v > 0) {
          candidates.add(Fraction.of(v).dividedBy(divisor(m, k)));
        }
      }
    });
    boolean found = false;
    for (Fraction d : candidates) {
      boolean fits = true;
      for (Map.Entry<String, Long> e : c.counts().entrySet()) {
        int above = 0;
        int atLeast = 0;
        for (int k = 0; k <= c.house(); k++) {
          Fraction q = Fraction.of(e.getValue()).dividedBy(divisor(m, k));
          above += q.isGreaterThan(d) ? 1 : 0;
          atLeast += q.isAtLeast(d) ? 1 : 0;
        }
        int min = c.minimums().getOrDefault(e.getKey(), 0);
        int s = a.seatsOf(e.getKey());
        fits &= Math.max(min, above) <= s && s <= Math.max(min, atLeast);
      }
      found |= fits;
    }
    assertTrue(found, a::explain);
  }

  /** Hare's method keeps the quota rule: each class has its exact quota rounded down or up (no minimums). */
  @Property(tries = 300)
  void hare_staysWithinTheQuota(@ForAll("cases") Case c) {
    Apportionment<String> a = ApportionmentMethod.hare().apportion(c.counts(), c.house(), TieBreaker.seeded(c.seed()));
    long total = c.counts().values().stream().mapToLong(Long::longValue).sum();
    c.counts().forEach((k, v) -> {
      Fraction exact = Fraction.of(v).times(c.house()).dividedBy(total);
      int s = a.seatsOf(k);
      assertTrue(exact.floor().intValueExact() <= s && s <= exact.ceiling().intValueExact(), a::explain);
    });
  }

  /**
   * The slow definition of a largest remainder method (no minimums): each class has its whole quotas,
   * and one more seat goes to each of the largest remainders, no class left out with a larger remainder
   * than one served. Cases where the Droop quota leaves more seats than classes are left to the exact
   * count property.
   */
  @Property(tries = 300)
  void largestRemainder_givesWholeQuotasThenTheLargestRemainders(
      @ForAll boolean droop, @ForAll("cases") Case c) {
    ApportionmentMethod m = droop ? ApportionmentMethod.droop() : ApportionmentMethod.hare();
    Apportionment<String> a = m.apportion(c.counts(), c.house(), TieBreaker.seeded(c.seed()));
    long total = c.counts().values().stream().mapToLong(Long::longValue).sum();
    Fraction quota = droop ? Fraction.of(total / (c.house() + 1L) + 1) : Fraction.of(total, c.house());
    assertEquals(quota, a.quota().orElseThrow());
    int whole = 0;
    for (long v : c.counts().values()) {
      whole += Fraction.of(v).dividedBy(quota).floor().intValueExact();
    }
    if (c.house() - whole >= c.counts().size()) {
      return;
    }
    List<Fraction> served = new ArrayList<>();
    List<Fraction> unserved = new ArrayList<>();
    for (Map.Entry<String, Long> e : c.counts().entrySet()) {
      Fraction share = Fraction.of(e.getValue()).dividedBy(quota);
      int extra = a.seatsOf(e.getKey()) - share.floor().intValueExact();
      assertTrue(extra == 0 || extra == 1, a::explain);
      Fraction r = share.minus(Fraction.of(share.floor()));
      (extra == 1 ? served : unserved).add(r);
    }
    for (Fraction s : served) {
      for (Fraction u : unserved) {
        assertTrue(s.isAtLeast(u), a::explain);
      }
    }
  }

  /** Largest remainder is not house monotone: a search of small cases finds the Alabama paradox. */
  @Example
  void largestRemainder_alabamaParadoxOccursInSmallCases() {
    int found = 0;
    for (long x = 1; x <= 12; x++) {
      for (long y = 1; y <= x; y++) {
        for (long z = 1; z <= y; z++) {
          Map<String, Long> counts = ImmutableMap.of("x", x, "y", y, "z", z);
          for (int h = 2; h <= 12; h++) {
            Apportionment<String> before = ApportionmentMethod.hare().apportion(counts, h, TieBreaker.givenOrder());
            Apportionment<String> after = ApportionmentMethod.hare().apportion(counts, h + 1, TieBreaker.givenOrder());
            if (before.draws().isEmpty() && after.draws().isEmpty()
                && counts.keySet().stream().anyMatch(k -> after.seatsOf(k) < before.seatsOf(k))) {
              found++;
            }
          }
        }
      }
    }
    assertTrue(found > 0, "no Alabama paradox found");
  }

  private static Fraction divisor(ApportionmentMethod m, int k) {
    if (m.equals(ApportionmentMethod.dHondt())) {
      return Fraction.of(k + 1L);
    }
    if (k == 0 && m.equals(ApportionmentMethod.modifiedSainteLague())) {
      return Fraction.of(7, 5);
    }
    return Fraction.of(2L * k + 1);
  }
}
