package org.commonweal.governance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

class FixedDecimalTest {
  private static FixedDecimal d(String text, int scale) {
    return FixedDecimal.of(Fraction.parse(text), scale, RoundingMode.UNNECESSARY);
  }

  @Test
  void of_wholeNumberAtScale() {
    assertEquals("1202.00000", FixedDecimal.of(1202, 5).toString());
    assertEquals(BigInteger.valueOf(120_200_000L), FixedDecimal.of(1202, 5).units());
  }

  @Test
  void of_wholeNumberTooLargeForLong_isExact() {
    // 10^6 papers at 27 places is 10^33 units, beyond a long.
    FixedDecimal big = FixedDecimal.of(1_000_000, 27);
    assertFalse(big.isCompact());
    assertEquals(BigInteger.TEN.pow(33), big.units());
    assertEquals(Fraction.of(1_000_000), big.toFraction());
  }

  @Test
  void of_fraction_roundsAsTold() {
    // 34/60 = 0.5666...: five places with the remainder ignored (SSI 2007/42 r. 48(3)) is 0.56666.
    assertEquals("0.56666", FixedDecimal.of(Fraction.of(34, 60), 5, RoundingMode.DOWN).toString());
    assertEquals("0.56667", FixedDecimal.of(Fraction.of(34, 60), 5, RoundingMode.UP).toString());
    assertEquals("-0.56667", FixedDecimal.of(Fraction.of(-34, 60), 5, RoundingMode.FLOOR).toString());
    assertEquals("-0.56666", FixedDecimal.of(Fraction.of(-34, 60), 5, RoundingMode.DOWN).toString());
  }

  @Test
  void plusMinus_exactAcrossTheLongBoundary() {
    FixedDecimal max = FixedDecimal.ofUnits(Long.MAX_VALUE, 0);
    FixedDecimal one = FixedDecimal.ofUnits(1, 0);
    FixedDecimal sum = max.plus(one);
    assertFalse(sum.isCompact());
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), sum.units());
    FixedDecimal back = sum.minus(one);
    assertTrue(back.isCompact());
    assertEquals(max, back);
    assertEquals(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE),
        FixedDecimal.ofUnits(Long.MIN_VALUE, 0).minus(one).units());
  }

  @Test
  void times_long_isExactAndOverflowsToBig() {
    assertEquals("22.66640", d("0.56666", 5).times(40).toString());
    FixedDecimal huge = FixedDecimal.ofUnits(Long.MAX_VALUE / 2 + 1, 3).times(2);
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE / 2 + 1).shiftLeft(1), huge.units());
  }

  @Test
  void times_fixed_roundsOnce() {
    // 0.33333 x 0.33333 = 0.1111088889: 0.11110 down, 0.11111 up and half-even.
    FixedDecimal third = d("0.33333", 5);
    assertEquals("0.11110", third.times(third, RoundingMode.DOWN).toString());
    assertEquals("0.11111", third.times(third, RoundingMode.UP).toString());
    assertEquals("0.11111", third.times(third, RoundingMode.HALF_EVEN).toString());
  }

  @Test
  void dividedBy_long_roundsByTheMode() {
    FixedDecimal v = d("7", 2);
    assertEquals("2.33", v.dividedBy(3, RoundingMode.DOWN).toString());
    assertEquals("2.34", v.dividedBy(3, RoundingMode.CEILING).toString());
    assertEquals("-2.34", v.negate().dividedBy(3, RoundingMode.FLOOR).toString());
    assertEquals("-2.33", v.negate().dividedBy(3, RoundingMode.CEILING).toString());
    // 0.05 / 2 = 0.025: half-even gives 0.02, half-up 0.03.
    assertEquals("0.02", d("0.05", 2).dividedBy(2, RoundingMode.HALF_EVEN).toString());
    assertEquals("0.03", d("0.05", 2).dividedBy(2, RoundingMode.HALF_UP).toString());
    assertEquals("0.02", d("0.05", 2).dividedBy(2, RoundingMode.HALF_DOWN).toString());
    assertThrows(ArithmeticException.class, () -> d("0.05", 2).dividedBy(2, RoundingMode.UNNECESSARY));
    assertThrows(ArithmeticException.class, () -> v.dividedBy(0, RoundingMode.DOWN));
  }

  @Test
  void dividedBy_fixed_roundsOnce() {
    // ERS97 transfer value: surplus 26.42 over 123 papers is 0.2148..., truncated to 0.21.
    assertEquals("0.21", d("26.42", 2).dividedBy(123, RoundingMode.DOWN).toString());
    assertEquals("0.66666", d("2", 5).dividedBy(d("3", 5), RoundingMode.DOWN).toString());
  }

  @Test
  void multiplyThenDivide_roundsOnlyOnce() {
    // Scottish STV: surplus 11.66640 x value 0.56666 / total 37.66640 = 0.1755113..., so 0.17551;
    // rounding the product first would also give it here, but 1 x 1 / 3 shows the single rounding.
    assertEquals("0.17551", d("11.6664", 5).multiplyThenDivide(d("0.56666", 5), d("37.6664", 5), RoundingMode.DOWN).toString());
    assertEquals("0.33333", d("1", 5).multiplyThenDivide(d("1", 5), d("3", 5), RoundingMode.DOWN).toString());
    // At 27 places the product overflows a long and takes the exact path.
    FixedDecimal s = d("2.999999999999999999", 27);
    assertEquals("0.333333333333333333222222222", s.multiplyThenDivide(d("1", 27), d("9", 27), RoundingMode.DOWN).toString());
  }

  @Test
  void compareTo_andEquality_ignoreRepresentation() {
    FixedDecimal viaBig = FixedDecimal.ofUnits(Long.MAX_VALUE, 0).plus(FixedDecimal.ofUnits(1, 0)).minus(FixedDecimal.ofUnits(1, 0));
    new EqualsTester()
        .addEqualityGroup(FixedDecimal.ofUnits(Long.MAX_VALUE, 0), viaBig)
        .addEqualityGroup(FixedDecimal.ofUnits(5, 1), d("0.5", 1))
        .addEqualityGroup(FixedDecimal.ofUnits(5, 2))
        .testEquals();
    assertTrue(d("1.5", 3).compareTo(d("1.25", 3)) > 0);
    assertEquals(d("1.25", 3), d("1.5", 3).min(d("1.25", 3)));
    assertEquals(d("1.5", 3), d("1.5", 3).max(d("1.25", 3)));
  }

  @Test
  void operations_refuseDifferentScales() {
    assertThrows(IllegalArgumentException.class, () -> d("1", 2).plus(d("1", 3)));
    assertThrows(IllegalArgumentException.class, () -> d("1", 2).compareTo(d("1", 3)));
    assertThrows(IllegalArgumentException.class, () -> FixedDecimal.zero(61));
  }

  @Test
  void ulpAndZero() {
    assertEquals("0.000000001", FixedDecimal.ulp(9).toString());
    assertTrue(FixedDecimal.zero(9).isZero());
    assertEquals(0, FixedDecimal.zero(9).signum());
    assertEquals(-1, FixedDecimal.ulp(9).negate().signum());
    assertThrows(ArithmeticException.class, () -> FixedDecimal.of(1_000_000, 27).unitsExact());
  }
}
