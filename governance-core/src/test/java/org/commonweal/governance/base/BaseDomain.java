package org.commonweal.governance.base;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.google.common.collect.ImmutableList;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.TypeUsage;

/**
 * jqwik arbitraries for the values of the {@code base} package: exact fractions, tied items and
 * tie-breakers.
 *
 * <p>Put {@code @Domain(BaseDomain.class)} on a property class, and for the built-in types also
 * {@code @Domain(DomainContext.Global.class)}; then ask by type: {@code @ForAll Fraction x}, {@code
 * ForAll} with {@link NonZero} for a divisor, {@code @ForAll TieBreaker lot}. Other
 * packages' domains build on the static factories ({@link #fractions()}, {@link #unitFractions()}, {@link
 * #tiedItems()}, ...), which are also what the providers return.
 *
 * <p>What the generated values guarantee:
 *
 * <ul>
 *   <li>Every {@link Fraction} is built through {@link Fraction#of(BigInteger, BigInteger)} from a
 *       numerator and a non-zero denominator of either sign, so it is valid and in lowest terms, and the
 *       normalisation of negative denominators and common factors is exercised on the way.
 *   <li>Numerators and denominators come from three ranges: small values in [-100, 100] (often, so that
 *       equal values, cancellation and whole numbers are frequent), the whole {@code long} range
 *       (including its ends), and magnitudes between 2<sup>63</sup> and 2<sup>63</sup> + 2<sup>200</sup>,
 *       beyond {@code long} (sometimes). About one fraction in ten is zero; {@link NonZero} ones never are.
 *   <li>The edge cases, tried first, are few: 0, 1, -1, 1/2, -2/3, {@code Long.MAX_VALUE / Long.MIN_VALUE}
 *       and a value beyond {@code long} (whole numbers: 0, 1, -1, the ends of {@code long}, and two beyond).
 *   <li>{@link #unitFractions()} are proportions between 0 and 1 inclusive (quorum fractions, thresholds,
 *       a class's share of the vote), with 0 and 1 themselves among them.
 *   <li>{@link #tiedItems()} are lists of two to eight different candidate names in a random order; every
 *       name is in {@link #NAMES}, so the {@link TieBreaker#fixedOrder(List)} tie-breakers generated here
 *       can settle any of them.
 *   <li>{@link TieBreaker}s are the given order, a fixed order (a random order of {@link #NAMES}) or a
 *       lot seeded from any {@code long}.
 * </ul>
 */
public class BaseDomain extends DomainContextBase {

  /** Marks a generated {@link Fraction} that must not be zero, for divisors and reciprocals. */
  @Target({PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  public @interface NonZero {}

  /** The candidate names that {@link #tiedItems()} picks from. */
  public static final ImmutableList<String> NAMES =
      ImmutableList.of("Adams", "Baker", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes", "Iqbal", "Jones");

  private static final BigInteger BEYOND_LONG = BigInteger.TWO.pow(63);
  private static final BigInteger HUGE_SPAN = BigInteger.TWO.pow(200);

  /** Creates the domain; jqwik calls it. */
  public BaseDomain() {}

  @Provide
  Arbitrary<Fraction> fractionsFor(TypeUsage targetType) {
    return targetType.isAnnotated(NonZero.class) ? nonZeroFractions() : fractions();
  }

  @Provide
  Arbitrary<TieBreaker> tieBreakersFor() {
    return tieBreakers();
  }

  /**
   * Returns non-zero whole numbers: small, within {@code long}, and beyond {@code long}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BigInteger> nonZeroIntegers() {
    Arbitrary<BigInteger> small = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(100));
    // Up to 2^63 itself, so that Long.MIN_VALUE's magnitude is among the negatives.
    Arbitrary<BigInteger> withinLong = Arbitraries.bigIntegers().between(BigInteger.ONE, BEYOND_LONG);
    Arbitrary<BigInteger> beyondLong =
        Arbitraries.bigIntegers().between(BigInteger.ONE, HUGE_SPAN).map(m -> m.add(BEYOND_LONG));
    Arbitrary<BigInteger> magnitudes =
        Arbitraries.frequencyOf(Tuple.of(5, small), Tuple.of(3, withinLong), Tuple.of(2, beyondLong));
    return Combinators.combine(magnitudes, Arbitraries.of(true, false))
        .as((m, negative) -> negative ? m.negate() : m)
        // A few telling edge cases, so that a property over three values does not exhaust its tries on them.
        .edgeCases(c -> c.includeOnly().add(nonZeroIntegerEdgeCases()));
  }

  // Edge cases are replaced by includeOnly() (none of the defaults) and add(...): jqwik 1.9.3's none()
  // cannot be followed by add(...).
  private static BigInteger[] nonZeroIntegerEdgeCases() {
    return new BigInteger[] {
      BigInteger.ONE,
      BigInteger.ONE.negate(),
      BigInteger.valueOf(Long.MAX_VALUE),
      BigInteger.valueOf(Long.MIN_VALUE),
      BEYOND_LONG,
      BEYOND_LONG.add(HUGE_SPAN).negate()
    };
  }

  /**
   * Returns whole numbers as {@link #nonZeroIntegers()}, with zero about one time in ten.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BigInteger> integers() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(BigInteger.ZERO)), Tuple.of(9, nonZeroIntegers()))
        .edgeCases(c -> c.includeOnly().add(BigInteger.ZERO).add(nonZeroIntegerEdgeCases()));
  }

  /**
   * Returns any fractions, zero among them.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Fraction> fractions() {
    return Combinators.combine(integers(), nonZeroIntegers())
        .as(Fraction::of)
        .edgeCases(c -> c.includeOnly().add(Fraction.ZERO).add(nonZeroEdgeCases()));
  }

  /**
   * Returns fractions that are not zero.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Fraction> nonZeroFractions() {
    return Combinators.combine(nonZeroIntegers(), nonZeroIntegers())
        .as(Fraction::of)
        .edgeCases(c -> c.includeOnly().add(nonZeroEdgeCases()));
  }

  private static Fraction[] nonZeroEdgeCases() {
    return new Fraction[] {
      Fraction.ONE,
      Fraction.ONE.negate(),
      Fraction.ONE_HALF,
      Fraction.of(-2, 3),
      Fraction.of(Long.MAX_VALUE, Long.MIN_VALUE),
      Fraction.of(BEYOND_LONG.add(HUGE_SPAN), BigInteger.valueOf(3))
    };
  }

  /**
   * Returns proportions between 0 and 1 inclusive, with denominators up to 10<sup>12</sup>.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Fraction> unitFractions() {
    return Arbitraries.longs()
        .between(1, 1_000_000_000_000L)
        .flatMap(d -> Arbitraries.longs().between(0, d).map(n -> Fraction.of(n, d)))
        .edgeCases(c -> c.includeOnly().add(Fraction.ZERO, Fraction.ONE, Fraction.ONE_HALF, Fraction.of(2, 3)));
  }

  /**
   * Returns two to eight different names from {@link #NAMES}, in a random order.
   *
   * @return the arbitrary
   */
  public static Arbitrary<List<String>> tiedItems() {
    return tiedItems(2, 8);
  }

  /**
   * Returns between {@code min} and {@code max} different names from {@link #NAMES}, in a random order.
   *
   * @param min the fewest items, at least 2
   * @param max the most items, at most the number of names
   * @return the arbitrary
   */
  public static Arbitrary<List<String>> tiedItems(int min, int max) {
    return Arbitraries.integers()
        .between(min, max)
        .flatMap(k -> Arbitraries.shuffle(NAMES).map(names -> List.copyOf(names.subList(0, k))));
  }

  /**
   * Returns the tie-breakers of the factories: the given order, a fixed order of {@link #NAMES}, or a
   * lot seeded from any {@code long}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TieBreaker> tieBreakers() {
    return Arbitraries.oneOf(
        Arbitraries.just(TieBreaker.givenOrder()),
        Arbitraries.shuffle(NAMES).map(TieBreaker::fixedOrder),
        Arbitraries.longs().map(TieBreaker::seeded));
  }
}
