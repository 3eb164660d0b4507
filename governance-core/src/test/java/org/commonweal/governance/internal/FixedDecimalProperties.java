package org.commonweal.governance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
