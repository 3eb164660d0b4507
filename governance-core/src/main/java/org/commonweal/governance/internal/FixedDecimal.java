package org.commonweal.governance.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.commonweal.governance.base.Fraction;
import org.jspecify.annotations.Nullable;

/**
 * An exact fixed-point decimal with a stated number of places: the arithmetic of counting rules that
 * say "to five decimal places, any remainder being ignored" (Scottish Local Government Elections Order
 * 2007, Sch. 1 r. 48(3)), "to two decimal places" (ERS97) or "to nine decimal places, rounded up" (the
 * New Zealand rule).
 *
 * <p>A value is a whole number of units of {@code 10^-scale}. Addition, subtraction and multiplication
 * by a whole number are exact. Every operation that can leave a remainder (a product of two decimals, a
 * quotient) takes the {@link RoundingMode} the rule states, and rounds exactly once: {@link
 * #multiplyThenDivide} computes {@code this * a / b} with a single rounding, as a transfer value
 * "surplus times value divided by total" must be. Values of different scales are never mixed: an
 * operation between them is a programming error.
 *
 * <p>Values that fit are held in a {@code long} (any count of a few million papers at up to nine places);
 * larger ones, such as the 27 places of guarded Meek arithmetic, in a {@link BigInteger}. Costs are
 * O(1) on the long path and O(d^2) in the number of digits d on the big path.
 *
 * <p>Immutable and thread-safe.
 */
public final class FixedDecimal implements Comparable<FixedDecimal> {
  private static final int MAX_SCALE = 60;
  private static final long[] LONG_POWERS = new long[19];
  private static final BigInteger[] BIG_POWERS = new BigInteger[MAX_SCALE + 1];
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  static {
    long p = 1;
    for (int i = 0; i < LONG_POWERS.length; i++) {
      LONG_POWERS[i] = p;
      p *= 10;
    }
    BigInteger b = BigInteger.ONE;
    for (int i = 0; i <= MAX_SCALE; i++) {
      BIG_POWERS[i] = b;
      b = b.multiply(BigInteger.TEN);
    }
  }

  private final int scale;
  /** The units when {@link #big} is null. */
  private final long compact;
  /** The units when they do not fit in a long; null otherwise. */
  private final @Nullable BigInteger big;

  private FixedDecimal(int scale, long compact, @Nullable BigInteger big) {
    this.scale = scale;
    this.compact = compact;
    this.big = big;
  }

  private static FixedDecimal make(int scale, BigInteger units) {
    if (units.bitLength() < 64) {
      return new FixedDecimal(scale, units.longValue(), null);
    }
    return new FixedDecimal(scale, 0, units);
  }

  private static int checkScale(int scale) {
    checkArgument(scale >= 0 && scale <= MAX_SCALE, "scale (%s) must be between 0 and %s", scale, MAX_SCALE);
    return scale;
  }

  /**
   * Returns {@code units x 10^-scale}.
   *
   * @param units the number of units of the last place
   * @param scale the number of decimal places, 0 to 60
   * @return the value
   */
  public static FixedDecimal ofUnits(long units, int scale) {
    return new FixedDecimal(checkScale(scale), units, null);
  }

  /**
   * Returns {@code units x 10^-scale}.
   *
   * @param units the number of units of the last place
   * @param scale the number of decimal places, 0 to 60
   * @return the value
   */
  public static FixedDecimal ofUnits(BigInteger units, int scale) {
    return make(checkScale(scale), units);
  }

  /**
   * Returns a whole number at the given scale.
   *
   * @param whole the whole number
   * @param scale the number of decimal places, 0 to 60
   * @return the value
   */
  public static FixedDecimal of(long whole, int scale) {
    checkScale(scale);
    if (scale < LONG_POWERS.length) {
      long p = LONG_POWERS[scale];
      long hi = Math.multiplyHigh(whole, p);
      long lo = whole * p;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return new FixedDecimal(scale, lo, null);
      }
    }
    return make(scale, BigInteger.valueOf(whole).multiply(BIG_POWERS[scale]));
  }

  /**
   * Returns zero at the given scale.
   *
   * @param scale the number of decimal places
   * @return zero
   */
  public static FixedDecimal zero(int scale) {
    return new FixedDecimal(checkScale(scale), 0, null);
  }

  /**
   * Returns one unit of the last place, {@code 10^-scale}.
   *
   * @param scale the number of decimal places
   * @return the smallest positive value
   */
  public static FixedDecimal ulp(int scale) {
    return new FixedDecimal(checkScale(scale), 1, null);
  }

  /**
   * Returns an exact rational rounded to the given scale.
   *
   * @param value the rational
   * @param scale the number of decimal places
   * @param rounding how to round a remainder
   * @return the value
   */
  public static FixedDecimal of(Fraction value, int scale, RoundingMode rounding) {
    checkScale(scale);
    return make(scale, divide(value.numerator().multiply(BIG_POWERS[scale]), value.denominator(), rounding));
  }

  /**
   * Returns the number of decimal places.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns the value as a whole number of units of the last place.
   *
   * @return the units
   */
  public BigInteger units() {
    BigInteger b = big;
    return b != null ? b : BigInteger.valueOf(compact);
  }

  /**
   * Returns whether the units fit in a long, so that {@link #unitsExact()} answers.
   *
   * @return true where the value is held in a long
   */
  public boolean isCompact() {
    return big == null;
  }

  /**
   * Returns the units as a long.
   *
   * @return the units
   * @throws ArithmeticException if they do not fit
   */
  public long unitsExact() {
    if (big != null) {
      throw new ArithmeticException(this + " does not fit in a long number of units");
    }
    return compact;
  }

  private void sameScale(FixedDecimal other) {
    checkArgument(scale == other.scale, "scales differ: %s and %s", scale, other.scale);
  }

  /**
   * Returns {@code this + other}, exactly.
   *
   * @param other a value of the same scale
   * @return the sum
   */
  public FixedDecimal plus(FixedDecimal other) {
    sameScale(other);
    if (big == null && other.big == null) {
      long r = compact + other.compact;
      if (((compact ^ r) & (other.compact ^ r)) >= 0) {
        return new FixedDecimal(scale, r, null);
      }
    }
    return make(scale, units().add(other.units()));
  }

  /**
   * Returns {@code this - other}, exactly.
   *
   * @param other a value of the same scale
   * @return the difference
   */
  public FixedDecimal minus(FixedDecimal other) {
    sameScale(other);
    if (big == null && other.big == null) {
      long r = compact - other.compact;
      if (((compact ^ other.compact) & (compact ^ r)) >= 0) {
        return new FixedDecimal(scale, r, null);
      }
    }
    return make(scale, units().subtract(other.units()));
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negation
   */
  public FixedDecimal negate() {
    if (big == null && compact != Long.MIN_VALUE) {
      return new FixedDecimal(scale, -compact, null);
    }
    return make(scale, units().negate());
  }

  /**
   * Returns {@code this * n}, exactly: the value of {@code n} papers at this value each.
   *
   * @param n the whole-number multiplier
   * @return the product
   */
  public FixedDecimal times(long n) {
    if (big == null) {
      long hi = Math.multiplyHigh(compact, n);
      long lo = compact * n;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return new FixedDecimal(scale, lo, null);
      }
    }
    return make(scale, units().multiply(BigInteger.valueOf(n)));
  }

  /**
   * Returns {@code this * other}, rounded once to this scale.
   *
   * @param other a value of the same scale
   * @param rounding how to round a remainder
   * @return the product
   */
  public FixedDecimal times(FixedDecimal other, RoundingMode rounding) {
    sameScale(other);
    if (big == null && other.big == null && scale < LONG_POWERS.length) {
      long hi = Math.multiplyHigh(compact, other.compact);
      long lo = compact * other.compact;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return new FixedDecimal(scale, divide(lo, LONG_POWERS[scale], rounding), null);
      }
    }
    return make(scale, divide(units().multiply(other.units()), BIG_POWERS[scale], rounding));
  }

  /**
   * Returns {@code this / n}, rounded once to this scale.
   *
   * @param n the whole-number divisor, not zero
   * @param rounding how to round a remainder
   * @return the quotient
   */
  public FixedDecimal dividedBy(long n, RoundingMode rounding) {
    if (big == null && (compact != Long.MIN_VALUE || n != -1)) {
      return new FixedDecimal(scale, divide(compact, n, rounding), null);
    }
    return make(scale, divide(units(), BigInteger.valueOf(n), rounding));
  }

  /**
   * Returns {@code this / other}, rounded once to this scale.
   *
   * @param other a value of the same scale, not zero
   * @param rounding how to round a remainder
   * @return the quotient
   */
  public FixedDecimal dividedBy(FixedDecimal other, RoundingMode rounding) {
    sameScale(other);
    return make(scale, divide(units().multiply(BIG_POWERS[scale]), other.units(), rounding));
  }

  /**
   * Returns {@code this * a / b}, rounded once to this scale: for example a Gregory transfer value,
   * surplus times the paper's value divided by the candidate's total.
   *
   * @param a the multiplier, of the same scale
   * @param b the divisor, of the same scale, not zero
   * @param rounding how to round a remainder
   * @return the result
   */
  public FixedDecimal multiplyThenDivide(FixedDecimal a, FixedDecimal b, RoundingMode rounding) {
    sameScale(a);
    sameScale(b);
    if (big == null && a.big == null && b.big == null) {
      long hi = Math.multiplyHigh(compact, a.compact);
      long lo = compact * a.compact;
      // The product fits a long; the one quotient of longs that does not is Long.MIN_VALUE / -1.
      boolean fits = (hi == 0 && lo >= 0) || (hi == -1 && lo < 0);
      if (fits && (lo != Long.MIN_VALUE || b.compact != -1)) {
        return new FixedDecimal(scale, divide(lo, b.compact, rounding), null);
      }
    }
    return make(scale, divide(units().multiply(a.units()), b.units(), rounding));
  }

  /**
   * Returns the sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    BigInteger b = big;
    return b != null ? b.signum() : Long.signum(compact);
  }

  /**
   * Returns whether this is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return big == null && compact == 0;
  }

  /**
   * Returns the smaller of this and {@code other} (this if equal).
   *
   * @param other a value of the same scale
   * @return the minimum
   */
  public FixedDecimal min(FixedDecimal other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of this and {@code other} (this if equal).
   *
   * @param other a value of the same scale
   * @return the maximum
   */
  public FixedDecimal max(FixedDecimal other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns the exact value as a fraction.
   *
   * @return the fraction
   */
  public Fraction toFraction() {
    if (big == null && scale < LONG_POWERS.length) {
      return Fraction.of(compact, LONG_POWERS[scale]);
    }
    // As a decimal, whose reduction strips twos and fives rather than working a greatest common divisor.
    return Fraction.of(toBigDecimal());
  }

  /**
   * Returns the exact value as a decimal.
   *
   * @return the decimal, with this scale
   */
  public BigDecimal toBigDecimal() {
    BigInteger b = big;
    return b != null ? new BigDecimal(b, scale) : BigDecimal.valueOf(compact, scale);
  }

  /**
   * Compares exactly.
   *
   * @param other a value of the same scale
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(FixedDecimal other) {
    sameScale(other);
    if (big == null && other.big == null) {
      return Long.compare(compact, other.compact);
    }
    return units().compareTo(other.units());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    // A value that fits a long is always held in one (see make), so equal values are held alike.
    return o instanceof FixedDecimal f && scale == f.scale && compact == f.compact && Objects.equals(big, f.big);
  }

  @Override
  public int hashCode() {
    return 31 * scale + units().hashCode();
  }

  /** Returns the plain decimal text with every place, for example {@code 1234.56780}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }

  /**
   * Returns {@code num / den} rounded as stated, for a positive divisor or any divisor.
   *
   * @param num the dividend
   * @param den the divisor, not zero
   * @param rounding how to round a remainder
   * @return the rounded quotient
   */
  public static long divide(long num, long den, RoundingMode rounding) {
    if (den == 0) {
      throw new ArithmeticException("division of " + num + " by zero");
    }
    if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
      BigInteger q = divide(BigInteger.valueOf(num), BigInteger.valueOf(den), rounding);
      if (q.compareTo(LONG_MIN) < 0 || q.compareTo(LONG_MAX) > 0) {
        throw new ArithmeticException("quotient overflows a long");
      }
      return q.longValue();
    }
    long q = num / den;
    long r = num % den;
    if (r == 0) {
      return q;
    }
    int sign = (num < 0) == (den < 0) ? 1 : -1; // sign of the exact quotient
    // |r| < |den| <= 2^63 - 1: 2|r| overflows only when it exceeds |den|.
    long twice = Math.abs(r) * 2;
    int half = twice < 0 ? 1 : Long.compare(twice, Math.abs(den));
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new ArithmeticException(num + "/" + den + " is not exact");
    }
    boolean up = awayFromZero(rounding, sign, half, (q & 1) != 0);
    return up ? q + sign : q;
  }

  /**
   * Returns {@code num / den} rounded as stated.
   *
   * @param num the dividend
   * @param den the divisor, not zero
   * @param rounding how to round a remainder
   * @return the rounded quotient
   */
  public static BigInteger divide(BigInteger num, BigInteger den, RoundingMode rounding) {
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() == 0) {
      return q;
    }
    int sign = num.signum() * den.signum();
    int half = r.abs().shiftLeft(1).compareTo(den.abs());
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new ArithmeticException(num + "/" + den + " is not exact");
    }
    boolean up = awayFromZero(rounding, sign, half, q.testBit(0));
    return up ? (sign > 0 ? q.add(BigInteger.ONE) : q.subtract(BigInteger.ONE)) : q;
  }

  /**
   * Whether an inexact quotient rounds away from zero.
   *
   * @param sign the sign of the exact quotient
   * @param half the remainder compared with half the divisor: negative below, 0 at, positive above
   * @param odd whether the truncated quotient is odd
   */
  private static boolean awayFromZero(RoundingMode rounding, int sign, int half, boolean odd) {
    return switch (rounding) {
      case DOWN -> false;
      case UP -> true;
      case FLOOR -> sign < 0;
      case CEILING -> sign > 0;
      case HALF_UP -> half >= 0;
      case HALF_DOWN -> half > 0;
      case HALF_EVEN -> half > 0 || (half == 0 && odd);
      case UNNECESSARY -> throw new ArithmeticException("an inexact quotient with no rounding");
    };
  }
}
