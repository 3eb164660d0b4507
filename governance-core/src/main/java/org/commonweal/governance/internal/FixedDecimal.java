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
 * those that fit 128 bits, such as the 27 places of guarded Meek and WIGM arithmetic, in two; larger
 * ones in a {@link BigInteger}. Sums, differences, multiples and comparisons of the first two forms, and
 * rounded products and quotients at up to 27 places, are worked in long arithmetic; the rest go the big
 * way. Costs are
 * O(1) on the long paths and O(d^2) in the number of digits d on the big path. The form is a matter of
 * size alone: equal values are always held alike.
 *
 * <p>Immutable and thread-safe.
 */
public final class FixedDecimal implements Comparable<FixedDecimal> {
  private static final int MAX_SCALE = 60;
  private static final long[] LONG_POWERS = new long[19];
  private static final BigInteger[] BIG_POWERS = new BigInteger[MAX_SCALE + 1];
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  /** The most places at which a rounded product or quotient of two-long values is worked in long arithmetic. */
  private static final int WIDE_SCALE = 27;

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
  /**
   * The units when {@link #big} is null and they fit a long ({@link #high} is then their sign); the low
   * 64 bits of a two's-complement 128-bit number of units otherwise.
   */
  private final long compact;
  /** The high 64 bits of the units when {@link #big} is null. */
  private final long high;
  /** The units when they do not fit 128 bits; null otherwise. */
  private final @Nullable BigInteger big;

  /** A value held in a long. */
  private FixedDecimal(int scale, long compact, @Nullable BigInteger big) {
    this(scale, compact, compact >> 63, big);
  }

  private FixedDecimal(int scale, long low, long high, @Nullable BigInteger big) {
    this.scale = scale;
    this.compact = low;
    this.high = high;
    this.big = big;
  }

  /** The 128-bit number {@code high:low}: held in a long where it fits, as every value is. */
  private static FixedDecimal of128(int scale, long high, long low) {
    return new FixedDecimal(scale, low, high, null);
  }

  private static FixedDecimal make(int scale, BigInteger units) {
    int bits = units.bitLength();
    if (bits < 64) {
      return new FixedDecimal(scale, units.longValue(), null);
    }
    if (bits < 128) {
      return of128(scale, units.shiftRight(64).longValue(), units.longValue());
    }
    return new FixedDecimal(scale, 0, 0, units);
  }

  /** Whether the value is held in one or two longs. */
  private boolean small() {
    return big == null;
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
   * Returns one unit of a place at or before the last, {@code 10^-places}, held at the given scale: for
   * example a count's display unit or its convergence limit.
   *
   * @param places the place, 0 to {@code scale}
   * @param scale the number of decimal places
   * @return {@code 10^-places}
   */
  public static FixedDecimal unitOf(int places, int scale) {
    checkScale(scale);
    checkArgument(places >= 0 && places <= scale, "places (%s) must be between 0 and the scale, %s", places, scale);
    int k = scale - places;
    return k < LONG_POWERS.length ? new FixedDecimal(scale, LONG_POWERS[k], null) : make(scale, BIG_POWERS[k]);
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
    if (b != null) {
      return b;
    }
    if (isCompact()) {
      return BigInteger.valueOf(compact);
    }
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (high >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (compact >>> (56 - 8 * i));
    }
    return new BigInteger(bytes); // big-endian two's complement, as the two longs are
  }

  /**
   * Returns whether the units fit in a long, so that {@link #unitsExact()} answers.
   *
   * @return true where the value is held in a long
   */
  public boolean isCompact() {
    return big == null && high == compact >> 63;
  }

  /**
   * Returns the units as a long.
   *
   * @return the units
   * @throws ArithmeticException if they do not fit
   */
  public long unitsExact() {
    if (!isCompact()) {
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
    if (small() && other.small()) {
      long lo = compact + other.compact;
      long hi = high + other.high + (Long.compareUnsigned(lo, compact) < 0 ? 1 : 0);
      // Two's-complement overflow: both of one sign, the sum of the other.
      if (((high ^ hi) & (other.high ^ hi)) >= 0) {
        return of128(scale, hi, lo);
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
    if (small() && other.small()) {
      long lo = compact - other.compact;
      long hi = high - other.high - (Long.compareUnsigned(compact, other.compact) < 0 ? 1 : 0);
      // Two's-complement overflow: operands of different signs, the difference of the subtrahend's.
      if (((high ^ other.high) & (high ^ hi)) >= 0) {
        return of128(scale, hi, lo);
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
    if (small() && !(high == Long.MIN_VALUE && compact == 0)) {
      return signed128(scale, true, high, compact);
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
    if (isCompact()) {
      // The full 128-bit product of two longs: always within the two-long form.
      return of128(scale, Math.multiplyHigh(compact, n), compact * n);
    }
    if (small()) {
      // |this| x |n| as 192 bits; the value stays in two longs if the top 65 bits are clear.
      boolean negative = (high < 0) != (n < 0);
      long ml = magnitudeLow(high, compact);
      long mh = magnitudeHigh(high, compact);
      long mn = Math.abs(n); // Long.MIN_VALUE stays itself, 2^63 unsigned
      long lo = ml * mn;
      long mid = mh * mn;
      long hi = mid + unsignedMultiplyHigh(ml, mn);
      if (unsignedMultiplyHigh(mh, mn) == 0 && Long.compareUnsigned(hi, mid) >= 0 && hi >= 0) {
        return signed128(scale, negative, hi, lo);
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
    if (isCompact() && other.isCompact() && scale < LONG_POWERS.length) {
      long hi = Math.multiplyHigh(compact, other.compact);
      long lo = compact * other.compact;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return new FixedDecimal(scale, divide(lo, LONG_POWERS[scale], rounding), null);
      }
    }
    if (small() && other.small() && scale >= 1 && scale <= WIDE_SCALE && rounding != RoundingMode.UNNECESSARY) {
      FixedDecimal product = WideProduct.of(this, other, rounding);
      if (product != null) {
        return product;
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
    if (isCompact() && (compact != Long.MIN_VALUE || n != -1)) {
      return new FixedDecimal(scale, divide(compact, n, rounding), null);
    }
    if (small() && n > 0 && n < (1L << 31) && rounding != RoundingMode.UNNECESSARY) {
      return wideDividedBy(n, rounding);
    }
    return make(scale, divide(units(), BigInteger.valueOf(n), rounding));
  }

  /**
   * {@code this / n} for a value in two longs and {@code 0 < n < 2^31} (a quota's seats plus one): a short
   * division of the magnitude's four 32-bit words, the remainder kept for the rounding.
   */
  private FixedDecimal wideDividedBy(long n, RoundingMode rounding) {
    boolean negative = high < 0;
    long[] words = {magnitudeHigh(high, compact), magnitudeLow(high, compact)};
    long r = shortDivide(words, n);
    long qh = words[0];
    long ql = words[1];
    if (r != 0) {
      int half = Long.compare(2 * r, n);
      if (awayFromZero(rounding, negative ? -1 : 1, half, (ql & 1) != 0)) {
        ql++;
        if (ql == 0) {
          qh++;
        }
      }
    }
    // The quotient of a magnitude of at most 2^127 by at least 1, rounded, is at most 2^127: the one value
    // that does not fit is 2^127 itself, positive; negated it is the least 128-bit number.
    if (qh < 0 && !(negative && qh == Long.MIN_VALUE && ql == 0)) {
      return make(scale, divide(units(), BigInteger.valueOf(n), rounding));
    }
    return signed128(scale, negative, qh, ql);
  }

  /** The low word of the magnitude of the 128-bit number {@code high:low}. */
  private static long magnitudeLow(long high, long low) {
    return high < 0 ? -low : low;
  }

  /** The high word of the magnitude of {@code high:low}, as an unsigned long (2^63 for -2^127). */
  private static long magnitudeHigh(long high, long low) {
    return high < 0 ? ~high + (low == 0 ? 1 : 0) : high;
  }

  /** The value of magnitude {@code high:low}, negated where {@code negative}: two's complement. */
  private static FixedDecimal signed128(int scale, boolean negative, long high, long low) {
    return negative ? of128(scale, ~high + (low == 0 ? 1 : 0), -low) : of128(scale, high, low);
  }

  /**
   * Divides the unsigned number held in {@code words} (64 bits each, most significant first) by {@code
   * 0 < d < 2^31}, in place, 32 bits at a time; returns the remainder. O(words).
   */
  private static long shortDivide(long[] words, long d) {
    long r = 0;
    for (int i = 0; i < words.length; i++) {
      long high = (r << 32) | (words[i] >>> 32);
      long qh = high / d;
      r = high - qh * d;
      long low = (r << 32) | (words[i] & 0xFFFF_FFFFL);
      long ql = low / d;
      r = low - ql * d;
      words[i] = (qh << 32) | ql;
    }
    return r;
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
    if (small() && other.small() && scale <= WIDE_SCALE && rounding != RoundingMode.UNNECESSARY && !other.isZero()) {
      // Meek's keep values divide by a candidate's total at every iteration.
      FixedDecimal quotient = WideQuotient.of(this, other, rounding);
      if (quotient != null) {
        return quotient;
      }
    }
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
    if (isCompact() && a.isCompact() && b.isCompact()) {
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
    if (b != null) {
      return b.signum();
    }
    return high < 0 ? -1 : (high | compact) == 0 ? 0 : 1;
  }

  /**
   * Returns whether this is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return big == null && compact == 0 && high == 0;
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
    if (isCompact() && scale < LONG_POWERS.length) {
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
    return isCompact() ? BigDecimal.valueOf(compact, scale) : new BigDecimal(units(), scale);
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
    if (small() && other.small()) {
      int c = Long.compare(high, other.high);
      return c != 0 ? c : Long.compareUnsigned(compact, other.compact);
    }
    return units().compareTo(other.units());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    // A value that fits a long is always held in one (see make), so equal values are held alike.
    return o instanceof FixedDecimal f
        && scale == f.scale
        && compact == f.compact
        && high == f.high
        && Objects.equals(big, f.big);
  }

  @Override
  public int hashCode() {
    BigInteger b = big;
    return 31 * scale + (b != null ? b.hashCode() : 31 * Long.hashCode(high) + Long.hashCode(compact));
  }

  /** Returns the plain decimal text with every place, for example {@code 1234.56780}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }

  /**
   * Returns the plain decimal text rounded towards zero to {@code places}, as {@code
   * toBigDecimal().setScale(places, RoundingMode.DOWN).toPlainString()} writes it (a value rounded to
   * zero has no sign): a count's descriptions show a value or two at every stage. The digits of a value
   * in two longs come from short divisions in long arithmetic. Cost: O(digits).
   *
   * @param places the places shown, 0 to {@link #scale()}
   * @return the text
   */
  public String toPlainString(int places) {
    checkArgument(places >= 0 && places <= scale, "places (%s) must be between 0 and the scale, %s", places, scale);
    if (!small()) {
      return toBigDecimal().setScale(places, RoundingMode.DOWN).toPlainString();
    }
    boolean negative = high < 0;
    String digits = digits(magnitudeHigh(high, compact), magnitudeLow(high, compact));
    // Rounded towards zero: the places beyond those shown are dropped.
    int kept = digits.length() - (scale - places);
    if (kept <= 0 || (kept == 1 && digits.charAt(0) == '0')) {
      digits = "0";
      negative = false;
    } else {
      digits = digits.substring(0, kept);
    }
    StringBuilder text = new StringBuilder(digits.length() + places + 3);
    if (negative) {
      text.append('-');
    }
    if (places == 0) {
      return text.append(digits).toString();
    }
    int whole = digits.length() - places;
    if (whole <= 0) {
      text.append("0.");
      for (int i = whole; i < 0; i++) {
        text.append('0');
      }
      return text.append(digits).toString();
    }
    return text.append(digits, 0, whole).append('.').append(digits, whole, digits.length()).toString();
  }

  /** The decimal digits of the unsigned 128-bit number {@code high:low}: nine at a time, by short division. */
  private static String digits(long high, long low) {
    if (high == 0 && low >= 0) {
      return Long.toString(low);
    }
    long[] words = {high, low};
    char[] out = new char[40];
    int at = out.length;
    while (true) {
      long r = shortDivide(words, 1_000_000_000L);
      boolean more = (words[0] | words[1]) != 0;
      for (int k = 0; k < 9 && (more || r != 0 || k == 0); k++) {
        out[--at] = (char) ('0' + r % 10);
        r /= 10;
      }
      if (!more) {
        return new String(out, at, out.length - at);
      }
    }
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

  /**
   * The magnitude {@code qh:ql} rounded one unit away from zero, with its sign, for the rounded product
   * and quotient; null where the magnitude passes 2^127 - 1, for the big way to give.
   */
  private static @Nullable FixedDecimal oneUnitAway(int scale, boolean negative, long qh, long ql) {
    long low = ql + 1;
    long high = low == 0 ? qh + 1 : qh;
    return high < 0 ? null : signed128(scale, negative, high, low);
  }

  /**
   * The 256-bit product of two unsigned 128-bit numbers {@code ah:al} and {@code bh:bl}, as four words,
   * most significant first.
   */
  static long[] product(long ah, long al, long bh, long bl) {
    long w0 = al * bl;
    long c = unsignedMultiplyHigh(al, bl);
    long x = ah * bl;
    long w1 = c + x;
    long w2 = unsignedMultiplyHigh(ah, bl) + (Long.compareUnsigned(w1, x) < 0 ? 1 : 0);
    x = al * bh;
    long t = w1 + x;
    long carry = Long.compareUnsigned(t, x) < 0 ? 1 : 0;
    w1 = t;
    long y = unsignedMultiplyHigh(al, bh) + carry; // at most 2^64 - 1: the high word of a product
    t = w2 + y;
    long w3 = Long.compareUnsigned(t, y) < 0 ? 1 : 0;
    w2 = t;
    x = ah * bh;
    t = w2 + x;
    w3 += (Long.compareUnsigned(t, x) < 0 ? 1 : 0) + unsignedMultiplyHigh(ah, bh);
    w2 = t;
    return new long[] {w3, w2, w1, w0};
  }

  /** The high 64 bits of the unsigned 128-bit product of two unsigned longs. */
  static long unsignedMultiplyHigh(long x, long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  /**
   * The rounded product of two values held in longs at 1 to 27 places, in long arithmetic: the exact
   * 256-bit product of the magnitudes, divided by {@code 10^s} as a shift by s bits and short divisions
   * by powers of five below 2^31, the remainder kept exactly for the rounding. Null where the result
   * does not fit 127 bits, for the big way to give.
   */
  private static final class WideProduct {
    /** 5^13, the largest power of five below 2^31: a short division's divisor. */
    private static final long FIVE_13 = 1_220_703_125L;

    private WideProduct() {}

    static @Nullable FixedDecimal of(FixedDecimal a, FixedDecimal b, RoundingMode rounding) {
      int s = a.scale;
      boolean negative = (a.high < 0) != (b.high < 0);
      long al = magnitudeLow(a.high, a.compact);
      long ah = magnitudeHigh(a.high, a.compact);
      long bl = magnitudeLow(b.high, b.compact);
      long bh = magnitudeHigh(b.high, b.compact);
      long[] w = product(ah, al, bh, bl);
      long w3 = w[0];
      long w2 = w[1];
      long w1 = w[2];
      long w0 = w[3];
      // Divided by 2^s: the bits shifted out are the low part of the remainder.
      long lowBits = w0 & ((1L << s) - 1);
      int back = 64 - s;
      long q0 = (w0 >>> s) | (w1 << back);
      long q1 = (w1 >>> s) | (w2 << back);
      long q2 = (w2 >>> s) | (w3 << back);
      long q3 = w3 >>> s;
      // Divided by 5^s, 13 fives at a time, 32 bits at a time; rest = the remainder so far, scale its unit.
      long rest = 0;
      long unit = 1;
      int fives = s;
      long[] q = {q3, q2, q1, q0};
      while (fives > 0) {
        int k = Math.min(fives, 13);
        long d = k == 13 ? FIVE_13 : FIVES[k];
        rest += shortDivide(q, d) * unit;
        unit *= d;
        fives -= k;
      }
      if (q[0] != 0 || q[1] != 0 || q[2] < 0) {
        return null;
      }
      long qh = q[2];
      long ql = q[3];
      if (lowBits != 0 || rest != 0) {
        // The remainder is lowBits + 2^s rest, below 10^s; compare twice it with 10^s, in 128 bits.
        long twiceLo = (rest << (s + 1)) + (lowBits << 1);
        long twiceHi = (rest >>> (63 - s)) + (Long.compareUnsigned(twiceLo, rest << (s + 1)) < 0 ? 1 : 0);
        int half = twiceHi != TENS_HIGH[s] ? Long.compareUnsigned(twiceHi, TENS_HIGH[s])
            : Long.compareUnsigned(twiceLo, TENS_LOW[s]);
        if (awayFromZero(rounding, negative ? -1 : 1, half, (ql & 1) != 0)) {
          return oneUnitAway(s, negative, qh, ql);
        }
      }
      return signed128(a.scale, negative, qh, ql);
    }

    /** 5^0 to 5^12. */
    private static final long[] FIVES = new long[13];
    /** 10^0 to 10^27 as 128-bit numbers. */
    private static final long[] TENS_HIGH = new long[WIDE_SCALE + 1];

    private static final long[] TENS_LOW = new long[WIDE_SCALE + 1];

    static {
      long f = 1;
      for (int i = 0; i < FIVES.length; i++) {
        FIVES[i] = f;
        f *= 5;
      }
      for (int i = 0; i <= WIDE_SCALE; i++) {
        TENS_HIGH[i] = BIG_POWERS[i].shiftRight(64).longValue();
        TENS_LOW[i] = BIG_POWERS[i].longValue();
      }
    }
  }

  /**
   * The rounded quotient of two values held in longs at 0 to 27 places, in long arithmetic: the 256-bit
   * {@code |a| x 10^s} divided by {@code |b|} by schoolbook long division in 32-bit digits (Knuth's
   * algorithm D, The Art of Computer Programming, vol. 2, 4.3.1), the remainder kept for the rounding.
   * Cost: at most 5 x 4 digit steps.
   */
  private static final class WideQuotient {
    private static final long DIGIT = 0xFFFF_FFFFL;

    private WideQuotient() {}

    /**
     * Null where the quotient's magnitude is 2^127 or more (the one such quotient that fits, -2^127, is
     * left to the big way too); {@code b} is not zero.
     */
    static @Nullable FixedDecimal of(FixedDecimal a, FixedDecimal b, RoundingMode rounding) {
      int s = a.scale;
      boolean negative = (a.high < 0) != (b.high < 0);
      long[] w = product(magnitudeHigh(a.high, a.compact), magnitudeLow(a.high, a.compact), WideProduct.TENS_HIGH[s], WideProduct.TENS_LOW[s]);
      long[] u = digits(w);
      long bh = magnitudeHigh(b.high, b.compact);
      long bl = magnitudeLow(b.high, b.compact);
      long[] v = digits(new long[] {bh, bl});
      int m = significant(u);
      int n = significant(v);
      long[] q = new long[Math.max(1, m - n + 1)];
      long[] r = new long[n];
      if (m < n) {
        System.arraycopy(u, 0, r, 0, m);
      } else if (n == 1) {
        r[0] = divideByDigit(u, m, v[0], q);
      } else {
        divide(u, m, v, n, q, r);
      }
      for (int j = 4; j < q.length; j++) {
        if (q[j] != 0) {
          return null;
        }
      }
      long qh = (at(q, 3) << 32) | at(q, 2);
      long ql = (at(q, 1) << 32) | at(q, 0);
      if (qh < 0) {
        return null;
      }
      long rh = (at(r, 3) << 32) | at(r, 2);
      long rl = (at(r, 1) << 32) | at(r, 0);
      if ((rh | rl) != 0) {
        // Twice the remainder against the divisor: below 2^128, as the remainder is below the divisor.
        long th = (rh << 1) | (rl >>> 63);
        long tl = rl << 1;
        int half = th != bh ? Long.compareUnsigned(th, bh) : Long.compareUnsigned(tl, bl);
        if (awayFromZero(rounding, negative ? -1 : 1, half, (ql & 1) != 0)) {
          return oneUnitAway(s, negative, qh, ql);
        }
      }
      return signed128(s, negative, qh, ql);
    }

    private static long at(long[] a, int i) {
      return i < a.length ? a[i] : 0;
    }

    /** The 32-bit digits of a number given in 64-bit words, most significant first; least significant first. */
    private static long[] digits(long[] words) {
      long[] d = new long[2 * words.length];
      for (int i = 0; i < words.length; i++) {
        long word = words[words.length - 1 - i];
        d[2 * i] = word & DIGIT;
        d[2 * i + 1] = word >>> 32;
      }
      return d;
    }

    /** The number of digits up to the most significant non-zero one. */
    private static int significant(long[] d) {
      int n = d.length;
      while (n > 0 && d[n - 1] == 0) {
        n--;
      }
      return n;
    }

    /** {@code u / d} for one digit {@code d}: the quotient's digits into {@code q}; the remainder. */
    private static long divideByDigit(long[] u, int m, long d, long[] q) {
      long r = 0;
      for (int j = m - 1; j >= 0; j--) {
        long num = (r << 32) | u[j]; // below 2^64 unsigned: r < d < 2^32
        q[j] = Long.divideUnsigned(num, d);
        r = Long.remainderUnsigned(num, d);
      }
      return r;
    }

    /**
     * Algorithm D for {@code m >= n >= 2} digits: normalised so that the divisor's top digit has its
     * top bit set, each quotient digit estimated from the top two digits of the remainder and the top
     * one of the divisor, corrected at most twice by the next digit, and once more, rarely, by adding
     * the divisor back.
     */
    private static void divide(long[] u, int m, long[] v, int n, long[] q, long[] r) {
      int sh = Long.numberOfLeadingZeros(v[n - 1]) - 32;
      long[] vn = new long[n];
      for (int i = n - 1; i > 0; i--) {
        vn[i] = ((v[i] << sh) | (v[i - 1] >>> (32 - sh))) & DIGIT;
      }
      vn[0] = (v[0] << sh) & DIGIT;
      long[] un = new long[m + 1];
      un[m] = u[m - 1] >>> (32 - sh);
      for (int i = m - 1; i > 0; i--) {
        un[i] = ((u[i] << sh) | (u[i - 1] >>> (32 - sh))) & DIGIT;
      }
      un[0] = (u[0] << sh) & DIGIT;
      long top = vn[n - 1];
      long next = vn[n - 2];
      for (int j = m - n; j >= 0; j--) {
        long num = (un[j + n] << 32) | un[j + n - 1];
        long qhat = Long.divideUnsigned(num, top);
        long rhat = Long.remainderUnsigned(num, top);
        while (qhat > DIGIT || Long.compareUnsigned(qhat * next, (rhat << 32) | un[j + n - 2]) > 0) {
          qhat--;
          rhat += top;
          if (rhat > DIGIT) {
            break;
          }
        }
        // Subtract qhat times the divisor from the remainder's digits j .. j + n.
        long borrow = 0;
        long t;
        for (int i = 0; i < n; i++) {
          long p = qhat * vn[i]; // below 2^64 unsigned
          t = un[i + j] - borrow - (p & DIGIT);
          un[i + j] = t & DIGIT;
          borrow = (p >>> 32) - (t >> 32);
        }
        t = un[j + n] - borrow;
        un[j + n] = t & DIGIT;
        if (t < 0) {
          // qhat was one too many: add the divisor back.
          qhat--;
          long carry = 0;
          for (int i = 0; i < n; i++) {
            t = un[i + j] + vn[i] + carry;
            un[i + j] = t & DIGIT;
            carry = t >>> 32;
          }
          un[j + n] = (un[j + n] + carry) & DIGIT;
        }
        q[j] = qhat;
      }
      for (int i = 0; i < n; i++) {
        r[i] = ((un[i] >>> sh) | (un[i + 1] << (32 - sh))) & DIGIT;
      }
    }
  }
}
