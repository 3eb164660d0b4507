package org.commonweal.governance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.commonweal.governance.base.Fraction;

/** Fixed-point arithmetic against the exact rationals of {@link Fraction}, the slow oracle. */
class FixedDecimalProperties {
  private static Fraction exact(FixedDecimal d) {
    return Fraction.of(d.units(), BigInteger.TEN.pow(d.scale()));
  }

  @Property(tries = 300)
  void times_isTheExactProductRoundedOnce(
      @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long a,
      @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long b,
      @ForAll @IntRange(min = 0, max = 30) int scale,
      @ForAll RoundingMode mode) {
    if (mode == RoundingMode.UNNECESSARY) {
      return;
    }
    FixedDecimal x = FixedDecimal.ofUnits(a, scale);
    FixedDecimal y = FixedDecimal.ofUnits(b, scale);
    Fraction product = exact(x).times(exact(y));
    assertEquals(FixedDecimal.of(product, scale, mode), x.times(y, mode));
  }

  @Property(tries = 300)
  void multiplyThenDivide_isTheExactResultRoundedOnce(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long a,
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long b,
      @ForAll @LongRange(min = 1, max = 100_000_000_000L) long c,
      @ForAll @IntRange(min = 0, max = 27) int scale) {
    FixedDecimal x = FixedDecimal.ofUnits(a, scale);
    FixedDecimal y = FixedDecimal.ofUnits(b, scale);
    FixedDecimal z = FixedDecimal.ofUnits(c, scale);
    Fraction r = exact(x).times(exact(y)).dividedBy(exact(z));
    assertEquals(FixedDecimal.of(r, scale, RoundingMode.DOWN), x.multiplyThenDivide(y, z, RoundingMode.DOWN));
    assertEquals(FixedDecimal.of(r, scale, RoundingMode.UP), x.multiplyThenDivide(y, z, RoundingMode.UP));
  }

  @Property(tries = 300)
  void sumsAndMultiples_areExact(
      @ForAll long a, @ForAll long b, @ForAll @IntRange(min = -1000, max = 1000) int n, @ForAll @IntRange(min = 0, max = 20) int scale) {
    FixedDecimal x = FixedDecimal.ofUnits(a, scale);
    FixedDecimal y = FixedDecimal.ofUnits(b, scale);
    assertEquals(exact(x).plus(exact(y)), x.plus(y).toFraction());
    assertEquals(exact(x).minus(exact(y)), x.minus(y).toFraction());
    assertEquals(exact(x).times(n), x.times(n).toFraction());
    assertEquals(Integer.signum(exact(x).compareTo(exact(y))), Integer.signum(x.compareTo(y)));
  }

  @Property(tries = 200)
  void dividedByLong_matchesTheExactQuotient(
      @ForAll long a, @ForAll long n, @ForAll @IntRange(min = 0, max = 9) int scale, @ForAll RoundingMode mode) {
    if (n == 0 || mode == RoundingMode.UNNECESSARY) {
      return;
    }
    FixedDecimal x = FixedDecimal.ofUnits(a, scale);
    Fraction q = exact(x).dividedBy(Fraction.of(n));
    assertEquals(FixedDecimal.of(q, scale, mode), x.dividedBy(n, mode));
  }

  // The properties below use java.math.BigDecimal as the oracle: it shares no code with FixedDecimal.

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /**
   * Units on every side of the switches between a long, two longs and a BigInteger: any long, values up
   * to 2^100 (a count at 27 places) and up to 2^130, values of 27 places at most one (a Meek weight),
   * and the values next to +-2^63, +-2^64 and +-2^127 where the overflow checks decide.
   */
  @Provide
  Arbitrary<BigInteger> units() {
    BigInteger twoTo100 = BigInteger.TWO.pow(100);
    BigInteger twoTo130 = BigInteger.TWO.pow(130);
    BigInteger twoTo127 = BigInteger.TWO.pow(127);
    BigInteger tenTo27 = BigInteger.TEN.pow(27);
    return Arbitraries.oneOf(
        Arbitraries.longs().map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(twoTo100.negate(), twoTo100),
        Arbitraries.bigIntegers().between(twoTo130.negate(), twoTo130),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, tenTo27),
        Arbitraries.of(
            LONG_MIN, LONG_MIN.subtract(BigInteger.ONE), LONG_MAX, LONG_MAX.add(BigInteger.ONE),
            BigInteger.TWO.pow(64), BigInteger.TWO.pow(64).negate(), BigInteger.TWO.pow(62),
            BigInteger.TWO.pow(62).negate(), BigInteger.TWO.pow(32), BigInteger.TWO.pow(32).negate(),
            twoTo127, twoTo127.negate(), twoTo127.subtract(BigInteger.ONE), twoTo127.negate().subtract(BigInteger.ONE),
            twoTo127.shiftRight(1), twoTo127.shiftRight(1).negate(), tenTo27, tenTo27.negate(),
            BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(), BigInteger.valueOf(3)));
  }

  /**
   * Checks that {@code actual} gives the oracle's units, held as a long exactly when they fit, or that
   * both throw ArithmeticException (division by zero, an inexact UNNECESSARY).
   */
  private static void assertUnits(Supplier<BigInteger> oracle, Supplier<FixedDecimal> actual) {
    BigInteger expected;
    try {
      expected = oracle.get();
    } catch (ArithmeticException e) {
      assertThrows(ArithmeticException.class, actual::get);
      return;
    }
    FixedDecimal result = actual.get();
    assertEquals(expected, result.units());
    assertEquals(expected.bitLength() < 64, result.isCompact());
    // Held alike however computed: equal to the value built from its units, with the same hash.
    FixedDecimal built = FixedDecimal.ofUnits(expected, result.scale());
    assertEquals(built, result);
    assertEquals(built.hashCode(), result.hashCode());
  }

  private static BigInteger rounded(BigInteger num, BigInteger den, RoundingMode mode) {
    return new BigDecimal(num).divide(new BigDecimal(den), 0, mode).toBigIntegerExact();
  }

  @Property(tries = 1000)
  void toPlainString_places_isTheDecimalRoundedDown(
      @ForAll("units") BigInteger units,
      @ForAll @IntRange(min = 0, max = 60) int scale,
      @ForAll @IntRange(min = 0, max = 60) int places) {
    FixedDecimal v = FixedDecimal.ofUnits(units, scale);
    if (places > scale) {
      assertThrows(IllegalArgumentException.class, () -> v.toPlainString(places));
      return;
    }
    assertEquals(new BigDecimal(units, scale).setScale(places, RoundingMode.DOWN).toPlainString(), v.toPlainString(places));
  }

  @Property(tries = 200)
  void of_wholeNumber_isTheWholeTimesTenToTheScale(
      @ForAll long whole, @ForAll @IntRange(min = 0, max = 25) int scale) {
    assertUnits(() -> BigInteger.valueOf(whole).multiply(BigInteger.TEN.pow(scale)), () -> FixedDecimal.of(whole, scale));
  }

  @Property(tries = 200)
  void divide_long_matchesBigDecimalOrThrows(@ForAll long num, @ForAll long den, @ForAll RoundingMode mode) {
    // A quotient outside a long must throw, as must the cases where BigDecimal throws.
    BigInteger expected;
    try {
      expected = rounded(BigInteger.valueOf(num), BigInteger.valueOf(den), mode);
    } catch (ArithmeticException e) {
      assertThrows(ArithmeticException.class, () -> FixedDecimal.divide(num, den, mode));
      return;
    }
    if (expected.bitLength() >= 64) {
      assertThrows(ArithmeticException.class, () -> FixedDecimal.divide(num, den, mode));
    } else {
      assertEquals(expected.longValueExact(), FixedDecimal.divide(num, den, mode));
    }
  }

  @Property(tries = 200)
  void divide_bigInteger_matchesBigDecimal(
      @ForAll("units") BigInteger num, @ForAll("units") BigInteger den, @ForAll RoundingMode mode) {
    if (den.signum() == 0) {
      return;
    }
    BigInteger expected;
    try {
      expected = rounded(num, den, mode);
    } catch (ArithmeticException e) {
      assertThrows(ArithmeticException.class, () -> FixedDecimal.divide(num, den, mode));
      return;
    }
    assertEquals(expected, FixedDecimal.divide(num, den, mode));
  }

  @Property(tries = 1000)
  void exactOperations_matchBigIntegerAcrossRepresentations(
      @ForAll("units") BigInteger a, @ForAll("units") BigInteger b, @ForAll long n,
      @ForAll @IntRange(min = 0, max = 30) int scale) {
    FixedDecimal x = FixedDecimal.ofUnits(a, scale);
    FixedDecimal y = FixedDecimal.ofUnits(b, scale);
    assertUnits(() -> a.add(b), () -> x.plus(y));
    assertUnits(() -> a.subtract(b), () -> x.minus(y));
    assertUnits(a::negate, x::negate);
    assertUnits(() -> a.multiply(BigInteger.valueOf(n)), () -> x.times(n));
  }

  @Property(tries = 1000)
  void roundedOperations_matchBigDecimalAcrossRepresentations(
      @ForAll("units") BigInteger a, @ForAll("units") BigInteger b, @ForAll("units") BigInteger c,
      @ForAll long n, @ForAll @IntRange(min = 0, max = 30) int scale, @ForAll RoundingMode mode) {
    FixedDecimal x = FixedDecimal.ofUnits(a, scale);
    FixedDecimal y = FixedDecimal.ofUnits(b, scale);
    FixedDecimal z = FixedDecimal.ofUnits(c, scale);
    BigInteger tenToScale = BigInteger.TEN.pow(scale);
    // (a/10^s)(b/10^s) = (ab/10^s)/10^s, so the product's units are ab/10^s rounded.
    assertUnits(() -> rounded(a.multiply(b), tenToScale, mode), () -> x.times(y, mode));
    // (a/10^s)/(b/10^s) = (a 10^s/b)/10^s.
    assertUnits(() -> rounded(a.multiply(tenToScale), b, mode), () -> x.dividedBy(y, mode));
    // (a/10^s)(b/10^s)/(c/10^s) = (ab/c)/10^s: the scale cancels.
    assertUnits(() -> rounded(a.multiply(b), c, mode), () -> x.multiplyThenDivide(y, z, mode));
    assertUnits(() -> rounded(a, BigInteger.valueOf(n), mode), () -> x.dividedBy(n, mode));
  }

  /**
   * Division of one value in two longs by another, worked as long division in 32-bit digits: divisors
   * of one to four digits (the top one with every number of leading zeros, so that every shift of the
   * normalisation is taken), dividends up to 2^127, quotients that do and do not fit, and remainders of
   * exactly half the divisor, in every rounding mode, against BigDecimal.
   */
  @Property(tries = 3000)
  void dividedBy_twoLongs_isTheExactQuotientRoundedOnce(
      @ForAll @IntRange(min = 1, max = 127) int dividendBits,
      @ForAll @IntRange(min = 1, max = 127) int divisorBits,
      @ForAll long seed,
      @ForAll boolean negativeDividend,
      @ForAll boolean negativeDivisor,
      @ForAll @IntRange(min = 0, max = 27) int scale,
      @ForAll boolean half,
      @ForAll RoundingMode mode) {
    java.util.Random random = new java.util.Random(seed);
    BigInteger b = new BigInteger(divisorBits, random).setBit(divisorBits - 1);
    BigInteger a = new BigInteger(dividendBits, random);
    if (half && !b.testBit(0)) {
      // a/b = k + 1/2 exactly at scale 0: a tie for the HALF modes.
      a = new BigInteger(Math.max(1, dividendBits - divisorBits), random).multiply(b).add(b.shiftRight(1));
      scale = 0;
      if (a.bitLength() > 127) {
        a = b.shiftRight(1);
      }
    }
    BigInteger sa = negativeDividend ? a.negate() : a;
    BigInteger sb = negativeDivisor ? b.negate() : b;
    FixedDecimal x = FixedDecimal.ofUnits(sa, scale);
    FixedDecimal y = FixedDecimal.ofUnits(sb, scale);
    BigInteger tenToScale = BigInteger.TEN.pow(scale);
    assertUnits(() -> rounded(sa.multiply(tenToScale), sb, mode), () -> x.dividedBy(y, mode));
  }

  @Property(tries = 1000)
  void dividedBySmallNumbers_matchesBigDecimalAcrossRepresentations(
      @ForAll("units") BigInteger a,
      @ForAll @LongRange(min = 1, max = Integer.MAX_VALUE) long n,
      @ForAll @IntRange(min = 0, max = 30) int scale,
      @ForAll RoundingMode mode) {
    // A quota divides by the seats plus one: a short division where the value is held in two longs.
    FixedDecimal x = FixedDecimal.ofUnits(a, scale);
    assertUnits(() -> rounded(a, BigInteger.valueOf(n), mode), () -> x.dividedBy(n, mode));
    assertUnits(() -> rounded(a, BigInteger.valueOf(n % 7 + 1), mode), () -> x.dividedBy(n % 7 + 1, mode));
  }

  @Property(tries = 1000)
  void comparisonAndEquality_followTheUnits(
      @ForAll("units") BigInteger a, @ForAll("units") BigInteger b, @ForAll @IntRange(min = 0, max = 30) int scale) {
    FixedDecimal x = FixedDecimal.ofUnits(a, scale);
    FixedDecimal y = FixedDecimal.ofUnits(b, scale);
    int order = a.compareTo(b);
    assertEquals(order, Integer.signum(x.compareTo(y)));
    assertEquals(order == 0, x.equals(y));
    if (order == 0) {
      assertEquals(x.hashCode(), y.hashCode());
    }
    // min and max keep the receiver on a tie, as documented.
    assertSame(order <= 0 ? x : y, x.min(y));
    assertSame(order >= 0 ? x : y, x.max(y));
    assertEquals(a.signum(), x.signum());
    assertEquals(a.signum() == 0, x.isZero());
    assertEquals(new BigDecimal(a, scale), x.toBigDecimal());
  }
}
