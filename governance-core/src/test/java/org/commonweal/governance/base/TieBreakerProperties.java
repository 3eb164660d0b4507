package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Properties of {@link TieBreaker}: every draw is a recorded permutation of the tied items and can be
 * repeated; each factory's order follows its rule; the seeded lot follows its published algorithm.
 */
@Domain(BaseDomain.class)
@Domain(DomainContext.Global.class)
class TieBreakerProperties {

  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  @Property
  void anyTieBreaker_drawIsARecordedPermutationOfTheTiedItems(
      @ForAll TieBreaker lot, @ForAll("tied") List<String> tied, @ForAll @IntRange(min = 1) int number) {
    Draw<String> d = lot.draw(number, tied);
    assertEquals(number, d.number());
    assertEquals(tied, d.tied());
    assertEquals(lot.description(), d.method());
    assertEquals(tied.size(), d.order().size());
    assertEquals(sorted(tied), sorted(d.order()));
    assertEquals(d.order().get(0), d.first());
    assertEquals(d.order().get(tied.size() - 1), d.last());
  }

  @Property
  void anyTieBreaker_isDeterministic(
      @ForAll TieBreaker lot, @ForAll("tied") List<String> tied, @ForAll @IntRange(min = 1) int number) {
    assertEquals(lot.draw(number, tied), lot.draw(number, new ArrayList<>(tied)));
  }

  @Property
  void givenOrder_keepsTheOrder(@ForAll("tied") List<String> tied, @ForAll @IntRange(min = 1) int number) {
    assertEquals(tied, TieBreaker.givenOrder().draw(number, tied).order());
  }

  @Property
  void fixedOrder_isTheFixedListRestrictedToTheTiedItems(
      @ForAll("orders") List<String> fixed, @ForAll("tied") List<String> tied, @ForAll @IntRange(min = 1) int number) {
    List<String> expected = fixed.stream().filter(tied::contains).collect(Collectors.toList());
    assertEquals(expected, TieBreaker.fixedOrder(fixed).draw(number, tied).order());
  }

  @Property
  void seeded_sameSeedNumberAndItems_giveTheSameOrder(
      @ForAll long seed, @ForAll("tied") List<String> tied, @ForAll @IntRange(min = 1) int number) {
    // Two separate tie-breakers: nothing may depend on state kept between draws.
    TieBreaker first = TieBreaker.seeded(seed);
    first.draw(1, tied);
    assertEquals(first.draw(number, tied), TieBreaker.seeded(seed).draw(number, tied));
  }

  @Property
  void seeded_tenDrawNumbers_giveMoreThanOneOrder(@ForAll long seed, @ForAll("largeTies") List<String> tied) {
    // Five or more items have at least 120 orders; ten fair draws all alike have chance below 120^-9.
    Set<List<String>> orders = new HashSet<>();
    for (int number = 1; number <= 10; number++) {
      orders.add(TieBreaker.seeded(seed).draw(number, tied).order());
    }
    assertTrue(orders.size() > 1, orders::toString);
  }

  /**
   * The seeded lot follows the algorithm its Javadoc publishes, so that anyone can repeat a draw. The
   * oracle takes the SplitMix64 stream from {@link SplittableRandom}, whose {@code nextLong()} on a
   * generator made with seed {@code s} returns {@code mix(s + GAMMA)}, then {@code mix(s + 2 GAMMA)}, and
   * so on.
   */
  @Property
  void seeded_followsThePublishedAlgorithm(
      @ForAll long seed, @ForAll("tied") List<String> tied, @ForAll @IntRange(min = 1) int number) {
    long start = mix(mix(seed) + number * GAMMA);
    SplittableRandom stream = new SplittableRandom(start);
    List<String> expected = new ArrayList<>(tied);
    for (int i = expected.size() - 1; i > 0; i--) {
      int j = (int) Long.remainderUnsigned(stream.nextLong(), i + 1L);
      String swapped = expected.get(i);
      expected.set(i, expected.get(j));
      expected.set(j, swapped);
    }
    assertEquals(expected, TieBreaker.seeded(seed).draw(number, tied).order());
  }

  /** SplitMix64's output function, from {@link SplittableRandom}: its first output from seed z - GAMMA. */
  private static long mix(long z) {
    return new SplittableRandom(z - GAMMA).nextLong();
  }

  private static List<String> sorted(List<String> items) {
    return items.stream().sorted().collect(Collectors.toList());
  }

  @Provide
  Arbitrary<List<String>> tied() {
    return BaseDomain.tiedItems();
  }

  @Provide
  Arbitrary<List<String>> largeTies() {
    return BaseDomain.tiedItems(5, 8);
  }

  /** A fixed order of every name that {@link #tied()} can give, among names that are never tied. */
  @Provide
  Arbitrary<List<String>> orders() {
    List<String> all = new ArrayList<>(BaseDomain.NAMES);
    all.addAll(List.of("Young", "Zephaniah"));
    return Arbitraries.shuffle(all);
  }
}
