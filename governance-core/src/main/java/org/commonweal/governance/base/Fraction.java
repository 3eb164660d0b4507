package org.commonweal.governance.base;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number: a share of the vote, a quorum fraction, a majority threshold, a transfer
 * value.
 *
 * <p>Governance rules are stated in exact terms ("at least three quarters of the votes cast", "one third
 * of the directors", "a fixed 25% of the vote"), and a decision that turns on the last vote must not be
 * decided by binary floating point. A {@code Fraction} is always in lowest terms with a positive
 * denominator, so equal values are {@linkplain #equals(Object) equal} and hash alike.
 *
 * <table>
 *   <caption>Factories</caption>
 *   <tr><th>you have</th><th>use</th></tr>
 *   <tr><td>a whole number</td><td>{@link #of(long)}</td></tr>
 *   <tr><td>a ratio, such as 2/3</td><td>{@link #of(long, long)}, {@link #of(BigInteger, BigInteger)}</td></tr>
 *   <tr><td>a percentage, such as 57.5%</td><td>{@link #percent(String)}</td></tr>
 *   <tr><td>an exact decimal</td><td>{@link #of(BigDecimal)}</td></tr>
 *   <tr><td>text: {@code 3/4}, {@code -2}, {@code 0.75}, {@code 75%}</td><td>{@link #parse(CharSequence)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Fraction special = Fraction.of(3, 4);
 * boolean passed = Fraction.of(inFavour, cast).isAtLeast(special);
 * }</pre>
 *
 * <p>{@link #toString()} gives {@code n/d} (or {@code n} for a whole number), which {@link
 * #parse(CharSequence)} reads back. Arithmetic is exact and unbounded, at the cost of {@link BigInteger}
 * operations (a gcd per result).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Fraction implements Comparable<Fraction> {
  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One: the whole of the vote, the whole of the membership. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** One half. */
  public static final Fraction ONE_HALF = new Fraction(BigInteger.ONE, BigInteger.TWO);

  private static final Pattern RATIO = Pattern.compile("\\s*([+-]?\\d+)\\s*/\\s*([+-]?\\d+)\\s*");
  private static final Pattern DECIMAL = Pattern.compile("\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(%?)\\s*");

  /**
   * The largest decimal exponent {@link #of(BigDecimal)} accepts, either way, and the most places {@link
   * #toBigDecimal(int, RoundingMode)} and {@link #toDecimalString(int, RoundingMode)} give.
   */
  public static final int MAX_DECIMAL_SCALE = 10_000;

  /**
   * Denominators of at most this many bits are divided digit by digit in long arithmetic: ten times a
   * remainder below such a denominator still fits in a long.
   */
  private static final int SHORT_DIVISION_BITS = 59;

  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /** 5^0 to 5^64, for the denominators of decimals. */
  private static final BigInteger[] FIVE_POWERS = new BigInteger[65];

  static {
    FIVE_POWERS[0] = BigInteger.ONE;
    for (int i = 1; i < FIVE_POWERS.length; i++) {
      FIVE_POWERS[i] = FIVE_POWERS[i - 1].multiply(FIVE);
    }
  }

  private final BigInteger numerator;
  private final BigInteger denominator;

  /** Both in lowest terms, denominator positive. */
  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the whole number {@code n}.
   *
   * @param n the number
   * @return {@code n/1}
   */
  public static Fraction of(long n) {
    if (n == 0) {
      return ZERO;
    }
    if (n == 1) {
      return ONE;
    }
    return new Fraction(BigInteger.valueOf(n), BigInteger.ONE);
  }

  /**
   * Returns the whole number {@code n}.
   *
   * @param n the number
   * @return {@code n/1}
   */
  public static Fraction of(BigInteger n) {
    return new Fraction(checkNotNull(n, "n"), BigInteger.ONE);
  }

  /**
   * Returns {@code numerator/denominator} in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws InvalidValueException if the denominator is zero
   */
  public static Fraction of(long numerator, long denominator) {
    if (denominator == 0 || numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      // Zero is refused, and the two values whose magnitude has no long, reduced, as big numbers.
      return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    if (numerator == 0) {
      return ZERO;
    }
    // Reduced in long arithmetic: a count's totals arrive here by the hundred thousand, and a gcd of two
    // longs costs a fraction of the same gcd done in big numbers.
    long g = gcd(Math.abs(numerator), Math.abs(denominator));
    if (denominator < 0) {
      g = -g;
    }
    return new Fraction(BigInteger.valueOf(numerator / g), BigInteger.valueOf(denominator / g));
  }

  /** Euclid's algorithm on non-negative longs, not both zero. Cost: O(log min(a, b)) divisions. */
  private static long gcd(long a, long b) {
    while (b != 0) {
      long r = a % b;
      a = b;
      b = r;
    }
    return a;
  }

  /**
   * Returns {@code numerator/denominator} in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws InvalidValueException if the denominator is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new InvalidValueException(
          "denominator", denominator, "fraction " + numerator + "/0 has a zero denominator");
    }
    return normalised(numerator, denominator);
  }

  /**
   * Returns the exact value of a decimal, for example {@code 0.575} as {@code 23/40}.
   *
   * @param decimal the decimal
   * @return the fraction
   * @throws LimitExceededException if the decimal's scale is beyond {@link #MAX_DECIMAL_SCALE} either way
   */
  public static Fraction of(BigDecimal decimal) {
    checkNotNull(decimal, "decimal");
    BigInteger unscaled = decimal.unscaledValue();
    int scale = decimal.scale();
    if (Math.abs((long) scale) > MAX_DECIMAL_SCALE) {
      // 1E+999999999 would need a billion-digit power of ten: refuse rather than hang.
      throw new LimitExceededException(
          "decimal exponent of " + decimal.toString(), MAX_DECIMAL_SCALE, Math.abs((long) scale), "");
    }
    return scale >= 0
        ? decimal(unscaled, scale)
        : new Fraction(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /**
   * {@code unscaled / 10^scale} in lowest terms. The only factors the two can share are twos and fives,
   * so they are stripped directly rather than found by a greatest common divisor: a count at 27 places
   * turns every stage's totals into fractions this way. Below 2^126 (a count's totals) the stripping is
   * worked in long arithmetic ({@link #decimalInLongs}). Cost: O(d) for the twos and O(d) for each five
   * stripped, in the number of digits d.
   */
  private static Fraction decimal(BigInteger unscaled, int scale) {
    if (unscaled.signum() == 0) {
      return ZERO;
    }
    if (unscaled.bitLength() <= WIDE_BITS) {
      return decimalInLongs(unscaled, scale);
    }
    int twos = Math.min(unscaled.getLowestSetBit(), scale);
    BigInteger n = unscaled.shiftRight(twos); // exact: the bits shifted out are zeros
    int fives = 0;
    while (fives < scale && n.mod(FIVE).signum() == 0) {
      // A whole number at 27 places has 27 fives to strip: thirteen at a time where they are there.
      if (scale - fives >= 13) {
        BigInteger[] qr = n.divideAndRemainder(FIVE_POWERS[13]);
        if (qr[1].signum() == 0) {
          n = qr[0];
          fives += 13;
          continue;
        }
      }
      n = n.divide(FIVE);
      fives++;
    }
    return new Fraction(n, fivePower(scale - fives).shiftLeft(scale - twos));
  }

  /**
   * The numbers below 2^126 that {@link #decimal} and {@link #decimalDown} work in long arithmetic, as
   * four 32-bit words: room for a short division by a divisor below 2^31 to carry its remainder in a
   * long, and for a count's totals at 27 places.
   */
  private static final int WIDE_BITS = 126;

  private static final long WORD = 0xFFFF_FFFFL;

  /** 5^0 to 5^27, the powers of five a long holds. */
  private static final long[] LONG_FIVE_POWERS = new long[28];

  static {
    LONG_FIVE_POWERS[0] = 1;
    for (int i = 1; i < LONG_FIVE_POWERS.length; i++) {
      LONG_FIVE_POWERS[i] = LONG_FIVE_POWERS[i - 1] * 5;
    }
  }

  /** {@link #decimal} for a non-zero number of at most {@link #WIDE_BITS} bits. */
  private static Fraction decimalInLongs(BigInteger unscaled, int scale) {
    boolean negative = unscaled.signum() < 0;
    BigInteger magnitude = negative ? unscaled.negate() : unscaled;
    long low = magnitude.longValue();
    long high = highWord(magnitude);
    int twos = Math.min(low != 0 ? Long.numberOfTrailingZeros(low) : 64 + Long.numberOfTrailingZeros(high), scale);
    if (twos >= 64) {
      low = high >>> (twos - 64);
      high = 0;
    } else if (twos > 0) {
      low = (low >>> twos) | (high << (64 - twos));
      high >>>= twos;
    }
    long[] words = words(high, low);
    int fives = 0;
    // 2^64 is one more than a multiple of five, so the number is, modulo five, the sum of its two longs:
    // most values a count turns into fractions are not multiples of five, and cost no division.
    if ((Long.remainderUnsigned(low, 5) + Long.remainderUnsigned(high, 5)) % 5 == 0) {
      long[] quotient = new long[4];
      while (scale - fives >= 13 && dividesExactly(words, quotient, LONG_FIVE_POWERS[13])) {
        fives += 13;
      }
      while (fives < scale && dividesExactly(words, quotient, 5)) {
        fives++;
      }
    }
    BigInteger n = fromWords(words);
    return new Fraction(negative ? n.negate() : n, fivePower(scale - fives).shiftLeft(scale - twos));
  }

  /** Bits 64 to 127 of a non-negative number. */
  private static long highWord(BigInteger nonNegative) {
    return nonNegative.bitLength() > 64 ? nonNegative.shiftRight(64).longValue() : 0;
  }

  /** The number {@code high:low} as four 32-bit words, most significant first, for {@link #shortDivide}. */
  private static long[] words(long high, long low) {
    return new long[] {high >>> 32, high & WORD, low >>> 32, low & WORD};
  }

  /**
   * Divides the words by {@code d} where the division is exact, leaving them unchanged where it is not;
   * whether it was. {@code quotient} is scratch space of four words.
   */
  private static boolean dividesExactly(long[] words, long[] quotient, long d) {
    System.arraycopy(words, 0, quotient, 0, 4);
    if (shortDivide(quotient, d) != 0) {
      return false;
    }
    System.arraycopy(quotient, 0, words, 0, 4);
    return true;
  }

  /**
   * Divides a non-negative number of four 32-bit words, most significant first, by {@code 0 < d < 2^31}
   * in place, and returns the remainder. Cost: four long divisions.
   */
  private static long shortDivide(long[] words, long d) {
    long r = 0;
    for (int i = 0; i < 4; i++) {
      long cur = (r << 32) | words[i];
      words[i] = cur / d;
      r = cur - words[i] * d;
    }
    return r;
  }

  private static BigInteger fromWords(long[] words) {
    long high = (words[0] << 32) | words[1];
    long low = (words[2] << 32) | words[3];
    if (high == 0 && low >= 0) {
      return BigInteger.valueOf(low);
    }
    byte[] magnitude = new byte[16];
    for (int i = 0; i < 8; i++) {
      magnitude[i] = (byte) (high >>> (56 - 8 * i));
      magnitude[8 + i] = (byte) (low >>> (56 - 8 * i));
    }
    return new BigInteger(1, magnitude);
  }

  /**
   * The decimal digits of a non-negative number: below 2^126 (a count's total at 27 places) by short
   * divisions of its 32-bit words by 10^9, in long arithmetic; above, as BigInteger writes them.
   */
  private static String digits(BigInteger m) {
    int bits = m.bitLength();
    if (bits < 64) {
      return Long.toString(m.longValue());
    }
    if (bits > WIDE_BITS) {
      return m.toString();
    }
    return digits(words(highWord(m), m.longValue()));
  }

  /** The decimal digits of a non-negative number below 2^126 as four 32-bit words, which it uses up. */
  private static String digits(long[] words) {
    // Nine digits at a time, least significant first, written from the end of the buffer: at most 38
    // digits for 126 bits. Written digit by digit rather than through Long.toString, so that the method
    // is small for the compiler.
    char[] out = new char[40];
    int at = out.length;
    while (true) {
      long r = shortDivide(words, BILLION);
      boolean more = (words[0] | words[1] | words[2] | words[3]) != 0;
      for (int k = 0; k < 9 && (more || r != 0 || k == 0); k++) {
        out[--at] = (char) ('0' + r % 10);
        r /= 10;
      }
      if (!more) {
        return new String(out, at, out.length - at);
      }
    }
  }

  private static final long BILLION = 1_000_000_000L;

  private static BigInteger fivePower(int k) {
    return k < FIVE_POWERS.length ? FIVE_POWERS[k] : FIVE.pow(k);
  }

  /**
   * The k of a denominator {@code 5^k} at most {@code 5^64}, or -1: one comparison of lengths and one of
   * values.
   */
  private static int fiveExponent(BigInteger odd) {
    // 5^k has floor(k log2 5) + 1 bits, log2 5 being 2.3219...: k is within one of the length less one
    // over 2.322.
    int k = (int) ((odd.bitLength() - 1) * 1000L / 2322);
    for (int j = Math.max(0, k - 1); j <= k + 1 && j < FIVE_POWERS.length; j++) {
      if (FIVE_POWERS[j].equals(odd)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Returns a percentage as a fraction: {@code percent("57.5")} is {@code 23/40}.
   *
   * @param percentage the percentage as a decimal, without the sign {@code %}
   * @return the fraction
   * @throws InvalidValueException if the text is not a decimal
   */
  public static Fraction percent(String percentage) {
    checkNotNull(percentage, "percentage");
    Matcher m = DECIMAL.matcher(percentage);
    if (!m.matches() || !m.group(2).isEmpty()) {
      throw new InvalidValueException(
          "percentage", percentage, "percentage \"" + percentage + "\" must be a decimal such as 57.5");
    }
    return of(new BigDecimal(m.group(1))).dividedBy(100);
  }

  /**
   * Reads a fraction from text: a ratio {@code n/d}, a whole number, a decimal such as {@code 0.75}, or a
   * percentage such as {@code 75%}. Reads back {@link #toString()}.
   *
   * @param text the text; surrounding spaces are ignored
   * @return the fraction
   * @throws InvalidValueException if the text is not in one of those forms, or has a zero denominator
   */
  public static Fraction parse(CharSequence text) {
    checkNotNull(text, "text");
    Matcher ratio = RATIO.matcher(text);
    if (ratio.matches()) {
      return of(new BigInteger(ratio.group(1)), new BigInteger(ratio.group(2)));
    }
    Matcher decimal = DECIMAL.matcher(text);
    if (decimal.matches()) {
      Fraction f = of(new BigDecimal(decimal.group(1)));
      return decimal.group(2).isEmpty() ? f : f.dividedBy(100);
    }
    throw new InvalidValueException(
        "text", text, "\"" + text + "\" is not a fraction: expected n/d, a whole number, a decimal or a percentage");
  }

  private static Fraction normalised(BigInteger n, BigInteger d) {
    if (n.signum() == 0) {
      return ZERO;
    }
    BigInteger g = n.gcd(d);
    if (d.signum() < 0) {
      g = g.negate();
    }
    if (!g.equals(BigInteger.ONE)) {
      n = n.divide(g);
      d = d.divide(g);
    }
    return new Fraction(n, d);
  }

  /**
   * Returns the sum of fractions.
   *
   * @param values the fractions
   * @return their exact sum, zero for none
   */
  public static Fraction sum(Iterable<Fraction> values) {
    Fraction total = ZERO;
    for (Fraction f : values) {
      total = total.plus(f);
    }
    return total;
  }

  /**
   * Returns the numerator in lowest terms; it carries the sign.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator in lowest terms; always positive.
   *
   * @return the denominator
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the addend
   * @return the exact sum
   */
  public Fraction plus(Fraction other) {
    if (other.numerator.signum() == 0) {
      return this;
    }
    if (numerator.signum() == 0) {
      return other;
    }
    if (denominator.equals(other.denominator)) {
      return normalised(numerator.add(other.numerator), denominator);
    }
    return normalised(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this + n}.
   *
   * @param n the whole number to add
   * @return the exact sum
   */
  public Fraction plus(long n) {
    return n == 0 ? this : new Fraction(numerator.add(denominator.multiply(BigInteger.valueOf(n))), denominator);
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other the subtrahend
   * @return the exact difference
   */
  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  /**
   * Returns {@code this * other}.
   *
   * @param other the multiplier
   * @return the exact product
   */
  public Fraction times(Fraction other) {
    if (numerator.signum() == 0 || other.numerator.signum() == 0) {
      return ZERO;
    }
    return normalised(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this * n}.
   *
   * @param n the whole-number multiplier
   * @return the exact product
   */
  public Fraction times(long n) {
    return normalised(numerator.multiply(BigInteger.valueOf(n)), denominator);
  }

  /**
   * Returns {@code this / other}.
   *
   * @param other the divisor, not zero
   * @return the exact quotient
   * @throws ArithmeticException if {@code other} is zero
   */
  public Fraction dividedBy(Fraction other) {
    if (other.numerator.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return normalised(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * Returns {@code this / n}.
   *
   * @param n the whole-number divisor, not zero
   * @return the exact quotient
   * @throws ArithmeticException if {@code n} is zero
   */
  public Fraction dividedBy(long n) {
    if (n == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return normalised(numerator, denominator.multiply(BigInteger.valueOf(n)));
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negation
   */
  public Fraction negate() {
    return numerator.signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
  }

  /**
   * Returns {@code 1 / this}.
   *
   * @return the reciprocal
   * @throws ArithmeticException if this is zero
   */
  public Fraction reciprocal() {
    return ONE.dividedBy(this);
  }

  /**
   * Returns the absolute value.
   *
   * @return {@code |this|}
   */
  public Fraction abs() {
    return numerator.signum() < 0 ? negate() : this;
  }

  /**
   * Returns the sign: -1, 0 or 1.
   *
   * @return the signum
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Returns whether this is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /**
   * Returns whether this is a whole number.
   *
   * @return true if the denominator is 1
   */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * Returns the largest whole number not above this: {@code floor(7/2) = 3}, {@code floor(-7/2) = -4}.
   *
   * @return the floor
   */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /**
   * Returns the smallest whole number not below this: {@code ceiling(7/2) = 4}. Useful for rules such
   * as "at least one third of the members", which need a whole number of people.
   *
   * @return the ceiling
   */
  public BigInteger ceiling() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /**
   * Returns whether this is strictly less than {@code other}.
   *
   * @param other the value compared with
   * @return {@code this < other}
   */
  public boolean isLessThan(Fraction other) {
    return compareTo(other) < 0;
  }

  /**
   * Returns whether this is strictly greater than {@code other} ("more than half").
   *
   * @param other the value compared with
   * @return {@code this > other}
   */
  public boolean isGreaterThan(Fraction other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns whether this is at least {@code other} ("at least three quarters").
   *
   * @param other the value compared with
   * @return {@code this >= other}
   */
  public boolean isAtLeast(Fraction other) {
    return compareTo(other) >= 0;
  }

  /**
   * Returns whether this is at most {@code other}.
   *
   * @param other the value compared with
   * @return {@code this <= other}
   */
  public boolean isAtMost(Fraction other) {
    return compareTo(other) <= 0;
  }

  /**
   * Returns the smaller of this and {@code other} (this if equal).
   *
   * @param other the other value
   * @return the minimum
   */
  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of this and {@code other} (this if equal).
   *
   * @param other the other value
   * @return the maximum
   */
  public Fraction max(Fraction other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns this as a decimal with {@code scale} places, rounded as the rule says.
   *
   * <p>Cost: one division of the numerator, scaled by 10^scale, by the denominator; the places are
   * bounded by {@link #MAX_DECIMAL_SCALE}, so that a mistaken scale is refused rather than computed for
   * minutes.
   *
   * @param scale the number of decimal places, 0 to {@link #MAX_DECIMAL_SCALE}
   * @param rounding how to round (a statute that "ignores any remainder" means {@link RoundingMode#DOWN})
   * @return the decimal
   * @throws InvalidValueException if {@code scale} is negative or above {@link #MAX_DECIMAL_SCALE}
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    if (scale < 0) {
      throw new InvalidValueException("scale", scale, "decimal scale " + scale + " must not be negative");
    }
    if (scale > MAX_DECIMAL_SCALE) {
      throw new InvalidValueException(
          "scale", scale, "decimal scale " + scale + " must be at most " + MAX_DECIMAL_SCALE + " places");
    }
    checkNotNull(rounding, "rounding");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  /**
   * Returns this as decimal text with {@code scale} places, for example {@code "1234.56780"}.
   *
   * @param scale the number of decimal places, 0 to {@link #MAX_DECIMAL_SCALE}
   * @param rounding how to round
   * @return the text
   * @throws InvalidValueException if {@code scale} is negative or above {@link #MAX_DECIMAL_SCALE}
   */
  public String toDecimalString(int scale, RoundingMode rounding) {
    if (rounding == RoundingMode.DOWN
        && scale >= 0
        && scale <= MAX_DECIMAL_SCALE
        && numerator.bitLength() < 63
        && denominator.bitLength() <= SHORT_DIVISION_BITS) {
      return shortDivision(numerator.longValue(), denominator.longValue(), scale);
    }
    if (rounding == RoundingMode.DOWN && scale >= 0 && scale <= MAX_DECIMAL_SCALE) {
      String text = decimalDown(scale);
      if (text != null) {
        return text;
      }
    }
    return toBigDecimal(scale, rounding).toPlainString();
  }

  /**
   * For a denominator {@code 2^a 5^b} (the value of a decimal, such as a count's total at 27 places),
   * the text rounded down to {@code scale} places, worked as a multiplication by powers of two and five
   * and at most one division by a power of five, instead of a long division; null for any other
   * denominator, or exponents beyond 64.
   */
  private @Nullable String decimalDown(int scale) {
    int twos = denominator.getLowestSetBit();
    int fives = twos > 64 ? -1 : fiveExponent(denominator.shiftRight(twos));
    if (fives < 0) {
      return null;
    }
    String digits = numerator.bitLength() <= WIDE_BITS ? digitsDownInLongs(twos, fives, scale) : null;
    if (digits == null) {
      digits = digits(digitsDown(twos, fives, scale));
    }
    boolean zero = digits.equals("0");
    StringBuilder text = new StringBuilder(digits.length() + scale + 3);
    // Rounded towards zero, a negative value below one unit of the last place is zero, written without
    // a sign, as BigDecimal writes it.
    if (numerator.signum() < 0 && !zero) {
      text.append('-');
    }
    if (scale == 0) {
      return text.append(digits).toString();
    }
    int whole = digits.length() - scale;
    if (whole <= 0) {
      text.append("0.");
      for (int i = whole; i < 0; i++) {
        text.append('0');
      }
      return text.append(digits).toString();
    }
    return text.append(digits, 0, whole).append('.').append(digits, whole, digits.length()).toString();
  }

  /**
   * {@code floor(|n| / (2^a 5^b) x 10^s)}: multiplied by the positive powers first, then divided by the
   * others; both divisions are of a non-negative number, so each rounds down, and two divisions rounded
   * down in turn round the whole quotient down.
   */
  private BigInteger digitsDown(int twos, int fives, int scale) {
    BigInteger m = numerator.abs();
    if (scale > twos) {
      m = m.shiftLeft(scale - twos);
    }
    if (scale > fives) {
      m = m.multiply(fivePower(scale - fives));
    }
    if (fives > scale) {
      m = m.divide(FIVE_POWERS[fives - scale]);
    }
    if (twos > scale) {
      m = m.shiftRight(twos - scale);
    }
    return m;
  }

  /**
   * The digits of {@link #digitsDown} worked in long arithmetic, for a numerator of at most {@link
   * #WIDE_BITS} bits where every step stays within them (as a count's totals at 27 places do); null
   * where one would not.
   */
  private @Nullable String digitsDownInLongs(int twos, int fives, int scale) {
    BigInteger magnitude = numerator.abs();
    long low = magnitude.longValue();
    long high = highWord(magnitude);
    int bits = magnitude.bitLength();
    if (scale > twos) {
      int shift = scale - twos;
      if (bits + shift > WIDE_BITS) {
        return null;
      }
      if (shift >= 64) {
        high = low << (shift - 64);
        low = 0;
      } else {
        high = (high << shift) | (low >>> 1 >>> (63 - shift));
        low <<= shift;
      }
      bits += shift;
    }
    if (scale > fives) {
      if (scale - fives >= LONG_FIVE_POWERS.length) {
        return null;
      }
      long f = LONG_FIVE_POWERS[scale - fives];
      if (bits + (Long.SIZE - Long.numberOfLeadingZeros(f)) > WIDE_BITS) {
        return null;
      }
      // The product is below 2^126, so the high word's product and the carry fit; the carry is the
      // unsigned high half of low x f (f is positive, so only low's sign needs correcting).
      long carry = Math.multiplyHigh(low, f) + ((low >> 63) & f);
      high = high * f + carry;
      low *= f;
    }
    long[] words = words(high, low);
    for (int left = fives - scale; left > 0; left -= 13) {
      shortDivide(words, LONG_FIVE_POWERS[Math.min(left, 13)]);
    }
    if (twos > scale) {
      int shift = twos - scale;
      high = (words[0] << 32) | words[1];
      low = (words[2] << 32) | words[3];
      if (shift >= 128) {
        high = 0;
        low = 0;
      } else if (shift >= 64) {
        low = high >>> (shift - 64);
        high = 0;
      } else {
        low = (low >>> shift) | (high << 1 << (63 - shift));
        high >>>= shift;
      }
      words = words(high, low);
    }
    return digits(words);
  }

  /**
   * The text {@link #toBigDecimal(int, RoundingMode)} gives for {@code n/d} rounded down, worked as a
   * short division in long arithmetic: a count prints every candidate's total at every stage this way,
   * and the big-number division costs many times more. Cost: O(scale) long divisions.
   */
  private static String shortDivision(long n, long d, int scale) {
    long magnitude = Math.abs(n);
    long whole = magnitude / d;
    long remainder = magnitude % d;
    StringBuilder digits = new StringBuilder(20 + scale);
    digits.append(whole);
    boolean nonZero = whole != 0;
    if (scale > 0) {
      digits.append('.');
      for (int i = 0; i < scale; i++) {
        remainder *= 10;
        long digit = remainder / d;
        remainder -= digit * d;
        digits.append((char) ('0' + digit));
        nonZero |= digit != 0;
      }
    }
    // Rounded towards zero, a negative value below one unit of the last place is zero, written without
    // a sign, as BigDecimal writes it.
    return n < 0 && nonZero ? "-" + digits : digits.toString();
  }

  /**
   * Compares exactly.
   *
   * @param other the value compared with
   * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
   */
  @Override
  public int compareTo(Fraction other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * Returns whether {@code o} is a fraction of the same value. Both are in lowest terms with a positive
   * denominator, so this agrees with {@link #compareTo(Fraction)}: {@code 2/4} equals {@code 1/2}.
   *
   * @param o the object compared with
   * @return true for a fraction of the same value
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * Returns {@code n/d} in lowest terms, or {@code n} for a whole number; {@link #parse(CharSequence)}
   * reads it back.
   */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
