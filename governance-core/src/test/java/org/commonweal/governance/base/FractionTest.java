package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples for {@link Fraction}. Every expected value is worked out by hand in the comment beside it or is
 * plain from the arithmetic of the literals.
 */
class FractionTest {

  private static final BigInteger TWO_TO_THE_100 = BigInteger.TWO.pow(100);

  private static void assertFraction(String expectedNumerator, String expectedDenominator, Fraction actual) {
    assertAll(
        () -> assertEquals(new BigInteger(expectedNumerator), actual.numerator(), "numerator of " + actual),
        () -> assertEquals(new BigInteger(expectedDenominator), actual.denominator(), "denominator of " + actual));
  }

  // ---------------------------------------------------------------- factories and normalisation

  @Test
  void of_ratio_isReducedToLowestTerms() {
    assertFraction("3", "4", Fraction.of(6, 8));
    assertFraction("1", "3", Fraction.of(33, 99));
    // 2^100 * 3 over 2^100 * 4: the common factor is far beyond long.
    assertFraction("3", "4", Fraction.of(TWO_TO_THE_100.multiply(BigInteger.valueOf(3)), TWO_TO_THE_100.shiftLeft(2)));
  }

  @Test
  void of_negativeDenominator_movesTheSignToTheNumerator() {
    assertFraction("-3", "4", Fraction.of(3, -4));
    assertFraction("-3", "4", Fraction.of(-3, 4));
    assertFraction("3", "4", Fraction.of(-3, -4));
    assertFraction("-1", "2", Fraction.of(5, -10));
  }

  @Test
  void of_zeroNumerator_isZeroWithDenominatorOne() {
    assertFraction("0", "1", Fraction.of(0, -5));
    assertFraction("0", "1", Fraction.of(BigInteger.ZERO, TWO_TO_THE_100));
    assertEquals(Fraction.ZERO, Fraction.of(0, 7));
  }

  @Test
  void of_wholeNumbers_haveDenominatorOne() {
    assertFraction("-7", "1", Fraction.of(-7));
    assertFraction("2", "1", Fraction.of(4, 2));
    assertFraction("1267650600228229401496703205376", "1", Fraction.of(TWO_TO_THE_100));
    assertTrue(Fraction.of(4, 2).isInteger());
    assertFalse(Fraction.of(4, 3).isInteger());
  }

  @Test
  void of_longExtremes_doNotOverflow() {
    // -2^63 / -1 = 2^63, one more than Long.MAX_VALUE.
    assertFraction("9223372036854775808", "1", Fraction.of(Long.MIN_VALUE, -1));
    assertFraction("1", "1", Fraction.of(Long.MIN_VALUE, Long.MIN_VALUE));
    assertFraction("-1", "9223372036854775808", Fraction.of(1, Long.MIN_VALUE));
    // Long.MAX_VALUE = 2^63 - 1 and Long.MIN_VALUE = -2^63 have no common factor.
    assertFraction("-9223372036854775807", "9223372036854775808", Fraction.of(Long.MAX_VALUE, Long.MIN_VALUE));
  }

  @Test
  void of_zeroDenominator_throwsNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Fraction.of(1, 0));
    assertEquals("denominator", e.field());
    assertEquals("0", e.value());
    assertTrue(e.getMessage().contains("1/0"), e.getMessage());
    assertTrue(e.getMessage().contains("denominator"), e.getMessage());

    InvalidValueException big =
        assertThrows(InvalidValueException.class, () -> Fraction.of(TWO_TO_THE_100, BigInteger.ZERO));
    assertEquals("denominator", big.field());
    assertTrue(big.getMessage().contains(TWO_TO_THE_100 + "/0"), big.getMessage());
  }

  @Test
  void of_bigDecimal_isExact() {
    // 0.575 = 575/1000 = (25 * 23)/(25 * 40).
    assertFraction("23", "40", Fraction.of(new BigDecimal("0.575")));
    // -2.50 = -250/100 = -5/2; trailing zeros of the scale do not matter.
    assertFraction("-5", "2", Fraction.of(new BigDecimal("-2.50")));
    // 1E+3 has a negative scale: 1 * 10^3.
    assertFraction("1000", "1", Fraction.of(new BigDecimal("1E+3")));
    assertFraction("0", "1", Fraction.of(new BigDecimal("0.000")));
    // 0.1 is exactly 1/10, not the binary approximation a double would give.
    assertFraction("1", "10", Fraction.of(new BigDecimal("0.1")));
  }

  @Test
  void of_bigDecimal_hugeExponent_isRefusedNotComputed() {
    // 10^999999999 has a billion digits: the bounded rule says refuse, naming the limit.
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> Fraction.of(new BigDecimal("1E+999999999")));
    assertEquals(Fraction.MAX_DECIMAL_SCALE, e.limit());
    assertEquals(999_999_999L, e.actual());
    assertThrows(LimitExceededException.class, () -> Fraction.of(new BigDecimal("1E-20000")));
    // At the limit itself the value is still exact.
    assertEquals(
        Fraction.of(BigInteger.TEN.pow(Fraction.MAX_DECIMAL_SCALE)),
        Fraction.of(new BigDecimal("1E+" + Fraction.MAX_DECIMAL_SCALE)));
  }

  @Test
  void percent_decimal_isOneHundredth() {
    // 57.5% = 0.575 = 23/40.
    assertEquals(Fraction.of(23, 40), Fraction.percent("57.5"));
    assertEquals(Fraction.of(-1, 8), Fraction.percent("-12.5"));
    assertEquals(Fraction.ONE, Fraction.percent("100"));
    // 66.666% = 0.66666 = 66666/100000 = 33333/50000: no rounding to 2/3.
    assertEquals(Fraction.of(33333, 50000), Fraction.percent("66.666"));
    assertEquals(Fraction.of(1, 4), Fraction.percent(" 25 "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"57.5%", "abc", "", " ", "1/2", "1e2", "--5", "5 5"})
  void percent_notADecimal_throwsNamingTheFieldAndValue(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Fraction.percent(text));
    assertEquals("percentage", e.field());
    assertEquals(text, e.value());
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("percentage"), e.getMessage());
  }

  @ParameterizedTest(name = "parse(\"{0}\") = {1}/{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3/4|3|4",
        "6/8|3|4",
        "' 6 / 8 '|3|4",
        "+3/4|3|4",
        "3/-4|-3|4",
        "+3/-4|-3|4",
        "-3/-4|3|4",
        "-2|-2|1",
        "+2|2|1",
        "'  17  '|17|1",
        "0|0|1",
        "-0|0|1",
        "0/-9|0|1",
        "0.75|3|4",
        ".5|1|2",
        "3.|3|1",
        "-0.125|-1|8",
        "+1.5|3|2",
        "75%|3|4",
        "' 12.5 % '|1|8",
        "-50%|-1|2",
        "100%|1|1",
        "1267650600228229401496703205376/3|1267650600228229401496703205376|3",
      })
  void parse_acceptedForms_giveTheValue(String text, String numerator, String denominator) {
    assertFraction(numerator, denominator, Fraction.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "3/", "/4", "1/2/3", "0x10", "1e3", "3/4%", "abc", "1,5", "--1", "1 2", "½", "%"})
  void parse_malformedText_throwsNamingTheFieldAndValue(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Fraction.parse(text));
    assertEquals("text", e.field());
    assertEquals(text, e.value());
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
  }

  @Test
  void parse_zeroDenominator_throwsNamingTheDenominator() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Fraction.parse("5/0"));
    assertEquals("denominator", e.field());
    assertTrue(e.getMessage().contains("5/0"), e.getMessage());
  }

  @Test
  void toString_isLowestTermsOrWholeNumber() {
    assertEquals("3/4", Fraction.of(6, 8).toString());
    assertEquals("-3/4", Fraction.of(3, -4).toString());
    assertEquals("2", Fraction.of(4, 2).toString());
    assertEquals("-2", Fraction.of(-2).toString());
    assertEquals("0", Fraction.of(0, 3).toString());
  }

  @Test
  void constants_haveTheirValues() {
    assertFraction("0", "1", Fraction.ZERO);
    assertFraction("1", "1", Fraction.ONE);
    assertFraction("1", "2", Fraction.ONE_HALF);
  }

  // ---------------------------------------------------------------- arithmetic

  @Test
  void arithmetic_examples_areExact() {
    Fraction half = Fraction.ONE_HALF;
    Fraction third = Fraction.of(1, 3);
    assertAll(
        // 1/2 + 1/3 = 3/6 + 2/6 = 5/6
        () -> assertEquals(Fraction.of(5, 6), half.plus(third)),
        // 1/2 - 1/3 = 3/6 - 2/6 = 1/6
        () -> assertEquals(Fraction.of(1, 6), half.minus(third)),
        // 1/3 - 1/2 = -1/6
        () -> assertEquals(Fraction.of(-1, 6), third.minus(half)),
        // 2/3 * 3/4 = 6/12 = 1/2
        () -> assertEquals(half, Fraction.of(2, 3).times(Fraction.of(3, 4))),
        // (2/3) / (4/9) = 2/3 * 9/4 = 18/12 = 3/2
        () -> assertEquals(Fraction.of(3, 2), Fraction.of(2, 3).dividedBy(Fraction.of(4, 9))),
        // (1/2) / (-1/4) = -2
        () -> assertEquals(Fraction.of(-2), half.dividedBy(Fraction.of(-1, 4))),
        // 3/4 + 2 = 11/4; 3/4 + (-1) = -1/4
        () -> assertEquals(Fraction.of(11, 4), Fraction.of(3, 4).plus(2)),
        () -> assertEquals(Fraction.of(-1, 4), Fraction.of(3, 4).plus(-1)),
        // -3 + 3 = 0 through the long overload
        () -> assertEquals(Fraction.ZERO, Fraction.of(-3).plus(3)),
        // 3/4 * 6 = 18/4 = 9/2; 3/4 * 0 = 0; 3/4 * -4 = -3
        () -> assertEquals(Fraction.of(9, 2), Fraction.of(3, 4).times(6)),
        () -> assertEquals(Fraction.ZERO, Fraction.of(3, 4).times(0)),
        () -> assertEquals(Fraction.of(-3), Fraction.of(3, 4).times(-4)),
        // (3/4) / -6 = -3/24 = -1/8
        () -> assertEquals(Fraction.of(-1, 8), Fraction.of(3, 4).dividedBy(-6)),
        () -> assertEquals(Fraction.of(-3, 4), Fraction.of(3, 4).negate()),
        () -> assertEquals(Fraction.ZERO, Fraction.ZERO.negate()),
        () -> assertEquals(Fraction.of(-4, 3), Fraction.of(-3, 4).reciprocal()),
        () -> assertEquals(Fraction.of(3, 4), Fraction.of(-3, 4).abs()),
        () -> assertEquals(Fraction.of(3, 4), Fraction.of(3, 4).abs()));
  }

  @Test
  void arithmetic_resultsAreInLowestTerms() {
    // 1/6 + 1/3 = 1/6 + 2/6 = 3/6 = 1/2: the sum must be reduced.
    assertFraction("1", "2", Fraction.of(1, 6).plus(Fraction.of(1, 3)));
    // 1/4 + 1/4 = 2/4 = 1/2: same denominators must be reduced too.
    assertFraction("1", "2", Fraction.of(1, 4).plus(Fraction.of(1, 4)));
    // 1/2 - 1/2 = 0 with denominator 1.
    assertFraction("0", "1", Fraction.ONE_HALF.minus(Fraction.ONE_HALF));
    // (1/2) / (-1/3) = -3/2: the sign of the divisor moves to the numerator.
    assertFraction("-3", "2", Fraction.ONE_HALF.dividedBy(Fraction.of(-1, 3)));
    // (2/3) / -4 = -1/6
    assertFraction("-1", "6", Fraction.of(2, 3).dividedBy(-4));
  }

  @Test
  void signum_isZeroAndIsInteger_reportTheValue() {
    assertEquals(-1, Fraction.of(-1, 3).signum());
    assertEquals(0, Fraction.ZERO.signum());
    assertEquals(1, Fraction.of(1, 3).signum());
    assertTrue(Fraction.of(0, 4).isZero());
    assertFalse(Fraction.of(1, 4).isZero());
    assertTrue(Fraction.of(-6, 3).isInteger());
  }

  @Test
  void dividedBy_zero_throwsArithmeticExceptionNamingTheDividend() {
    Fraction x = Fraction.of(3, 4);
    ArithmeticException byFraction = assertThrows(ArithmeticException.class, () -> x.dividedBy(Fraction.ZERO));
    assertTrue(byFraction.getMessage().contains("3/4"), byFraction.getMessage());
    assertTrue(byFraction.getMessage().contains("zero"), byFraction.getMessage());
    ArithmeticException byLong = assertThrows(ArithmeticException.class, () -> x.dividedBy(0));
    assertTrue(byLong.getMessage().contains("3/4"), byLong.getMessage());
    assertThrows(ArithmeticException.class, () -> Fraction.ZERO.reciprocal());
    assertThrows(ArithmeticException.class, () -> Fraction.of(0, 5).dividedBy(Fraction.of(0, 2)));
  }

  @Test
  void sum_addsEveryValue() {
    // 1/2 + 1/3 + 1/6 = 3/6 + 2/6 + 1/6 = 1
    assertEquals(Fraction.ONE, Fraction.sum(List.of(Fraction.ONE_HALF, Fraction.of(1, 3), Fraction.of(1, 6))));
    // 25% + 25% + 50% of the vote: the whole vote.
    assertEquals(Fraction.ONE, Fraction.sum(List.of(Fraction.percent("25"), Fraction.percent("25"), Fraction.percent("50"))));
    assertEquals(Fraction.ZERO, Fraction.sum(List.of()));
    assertEquals(Fraction.of(-2, 7), Fraction.sum(List.of(Fraction.of(-2, 7))));
  }

  // ---------------------------------------------------------------- floor and ceiling

  @ParameterizedTest(name = "floor({0}) = {1}, ceiling({0}) = {2}")
  @CsvSource({
    "7/2, 3, 4",
    "-7/2, -4, -3",
    "1/3, 0, 1",
    "-1/3, -1, 0",
    "-4, -4, -4",
    "4, 4, 4",
    "0, 0, 0",
    "-9/4, -3, -2",
    // 2^100 + 1/2 and its negation, beyond long
    "2535301200456458802993406410753/2, 1267650600228229401496703205376, 1267650600228229401496703205377",
    "-2535301200456458802993406410753/2, -1267650600228229401496703205377, -1267650600228229401496703205376",
  })
  void floorAndCeiling_roundTowardsMinusAndPlusInfinity(String value, String floor, String ceiling) {
    Fraction x = Fraction.parse(value);
    assertEquals(new BigInteger(floor), x.floor(), "floor");
    assertEquals(new BigInteger(ceiling), x.ceiling(), "ceiling");
  }

  @Test
  void ceiling_ofAThirdOfTheMembers_isWholePeople() {
    // "at least one third of the 10 members": 10/3 = 3.33..., so 4 people are needed.
    assertEquals(BigInteger.valueOf(4), Fraction.of(10, 3).ceiling());
    // of 9 members, exactly 3.
    assertEquals(BigInteger.valueOf(3), Fraction.of(9, 3).ceiling());
  }

  // ---------------------------------------------------------------- decimals

  @ParameterizedTest(name = "{0} to {1} places {2} = {3}")
  @CsvSource({
    // 2/3 = 0.666...
    "2/3, 2, DOWN, 0.66",
    "2/3, 2, UP, 0.67",
    "2/3, 2, HALF_EVEN, 0.67",
    "-2/3, 2, DOWN, -0.66",
    "-2/3, 2, UP, -0.67",
    "-2/3, 2, HALF_EVEN, -0.67",
    // 1/8 = 0.125 and 3/8 = 0.375 are exact ties at 2 places: half-even rounds to the even digit
    "1/8, 2, HALF_EVEN, 0.12",
    "3/8, 2, HALF_EVEN, 0.38",
    "-1/8, 2, HALF_EVEN, -0.12",
    "1/8, 2, DOWN, 0.12",
    "1/8, 2, UP, 0.13",
    // 5/2 = 2.5 and 7/2 = 3.5 at 0 places
    "5/2, 0, HALF_EVEN, 2",
    "7/2, 0, HALF_EVEN, 4",
    "5/2, 0, DOWN, 2",
    "5/2, 0, UP, 3",
    // a transfer value of 1/3 to five places, remainder ignored (Scottish STV) or rounded up
    "1/3, 5, DOWN, 0.33333",
    "1/3, 5, UP, 0.33334",
    // an exact value keeps its trailing zeros, never an exponent
    "1234.5678, 5, DOWN, 1234.56780",
    "5, 2, DOWN, 5.00",
    "1000000000000000000000000000000/3, 0, DOWN, 333333333333333333333333333333",
    "1000000000000000000000000000000, 0, DOWN, 1000000000000000000000000000000",
  })
  void toDecimalString_roundsAsTheRuleSays(String value, int scale, RoundingMode rounding, String expected) {
    assertEquals(expected, Fraction.parse(value).toDecimalString(scale, rounding));
    assertEquals(new BigDecimal(expected), Fraction.parse(value).toBigDecimal(scale, rounding));
  }

  @Test
  void toBigDecimal_unnecessaryRoundingOfAnInexactValue_throws() {
    assertThrows(ArithmeticException.class, () -> Fraction.of(1, 3).toBigDecimal(10, RoundingMode.UNNECESSARY));
    assertEquals(new BigDecimal("0.25"), Fraction.of(1, 4).toBigDecimal(2, RoundingMode.UNNECESSARY));
  }

  @Test
  void toBigDecimal_negativeScale_throwsNamingTheField() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Fraction.of(1, 3).toDecimalString(-1, RoundingMode.DOWN));
    assertEquals("scale", e.field());
    assertEquals("-1", e.value());
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void toDecimalString_scaleAboveTheLimit_throwsAtOnceNamingTheField() {
    // Before the bound, a scale of 50,000,000 ran for minutes; now it is refused before any division.
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Fraction.of(1, 3).toDecimalString(50_000_000, RoundingMode.DOWN));
    assertEquals("scale", e.field());
    assertEquals("50000000", e.value());
    assertEquals("decimal scale 50000000 must be at most " + Fraction.MAX_DECIMAL_SCALE + " places", e.getMessage());
    assertThrows(
        InvalidValueException.class, () -> Fraction.of(2, 7).toBigDecimal(Fraction.MAX_DECIMAL_SCALE + 1, RoundingMode.DOWN));
  }

  @Test
  void toDecimalString_scaleAtTheLimit_givesEveryPlace() {
    String third = Fraction.of(1, 3).toDecimalString(Fraction.MAX_DECIMAL_SCALE, RoundingMode.DOWN);
    assertEquals("0." + "3".repeat(Fraction.MAX_DECIMAL_SCALE), third);
  }

  @ParameterizedTest
  @CsvSource({
    // rounded towards zero, a negative value keeps its sign only where a digit shown is not zero
    "-1/3, 2, -0.33",
    "-1/1000, 2, 0.00",
    "-1/1000, 0, 0",
    "-7/2, 0, -3",
    "-1/1000, 3, -0.001",
    "0, 3, 0.000",
    // the largest long numerator (63 bits) and the largest denominator divided in longs (2^59 - 1)
    "9223372036854775807/576460752303423487, 4, 16.0000",
    "9223372036854775807/576460752303423487, 20, 16.00000000000000002602",
    // one bit more in the denominator (2^59 + 1) and in the numerator (2^63)
    "9223372036854775807/576460752303423489, 20, 15.99999999999999997050",
    "9223372036854775808/576460752303423487, 20, 16.00000000000000002775",
    "-9223372036854775808/3, 1, -3074457345618258602.6",
  })
  void toDecimalString_down_asLongDivisionWouldGiveIt(String value, int scale, String expected) {
    assertEquals(expected, Fraction.parse(value).toDecimalString(scale, RoundingMode.DOWN));
    assertEquals(new BigDecimal(expected), Fraction.parse(value).toBigDecimal(scale, RoundingMode.DOWN));
  }

  @ParameterizedTest
  @CsvSource({
    // a denominator 2^a 5^b beyond the long division's 59 bits: a total of a count at 27 places, shown at
    // 18 (one unit of the last place, 10^-27, shows as zero, with no sign)
    "1234567890123456789012345678901/1000000000000000000000000000, 18, 1234.567890123456789012",
    "-1234567890123456789012345678901/1000000000000000000000000000, 18, -1234.567890123456789012",
    "1/1000000000000000000000000000, 18, 0.000000000000000000",
    "-1/1000000000000000000000000000, 18, 0.000000000000000000",
    "-1/1000000000000000000000000000, 27, -0.000000000000000000000000001",
    "1/1000000000000000000000000000, 30, 0.000000000000000000000000001000",
    // 2^-70 and 5^-30: one power alone, more places than the denominator needs, and fewer
    "1/1180591620717411303424, 70, 0.0000000000000000000008470329472543003390683225006796419620513916015625",
    "1/1180591620717411303424, 21, 0.000000000000000000000",
    "7/931322574615478515625, 25, 0.0000000000000000000075161",
    // 5^65 is past the table of powers: the long division gives the same digits
    "1/2710505431213761085018632002174854278564453125, 50, 0.00000000000000000000000000000000000000000000036893",
    // digits written from words of 64 to 126 bits, with groups of nine that are all or partly zeros
    "1000000000000000000000000000005/1000000000000000000000000000000, 30, 1.000000000000000000000000000005",
    "18446744073709551616/1000000000000000000000, 21, 0.018446744073709551616",
    "85070591730234615865843651857942052863/1000000000000000000000000000, 27, 85070591730.234615865843651857942052863",
    "170141183460469231731687303715884105727/1000000000000000000000000000, 27,"
        + " 170141183460.469231731687303715884105727",
    // 3 x 2^-60: not a decimal denominator once 3 is in it, so the long division
    "1/3458764513820540928, 30, 0.000000000000000000289120579329",
  })
  void toDecimalString_down_ofADecimalDenominator(String value, int scale, String expected) {
    assertEquals(expected, Fraction.parse(value).toDecimalString(scale, RoundingMode.DOWN));
    assertEquals(new BigDecimal(expected), Fraction.parse(value).toBigDecimal(scale, RoundingMode.DOWN));
  }

  @Test
  void ofLongs_reducesAndSignsLikeOfBigIntegers() {
    long[][] cases = {
      {6, -4}, {-6, 4}, {-6, -4}, {0, -5}, {7, 7}, {Long.MIN_VALUE, 2}, {2, Long.MIN_VALUE},
      {Long.MAX_VALUE, Long.MAX_VALUE - 1}, {Long.MAX_VALUE, -Long.MAX_VALUE}, {1_000_000_000_000L, 10L}
    };
    for (long[] c : cases) {
      Fraction f = Fraction.of(c[0], c[1]);
      BigInteger n = BigInteger.valueOf(c[0]);
      BigInteger d = BigInteger.valueOf(c[1]);
      BigInteger g = n.gcd(d);
      BigInteger sign = BigInteger.valueOf(d.signum());
      assertEquals(n.divide(g).multiply(sign), f.numerator(), () -> c[0] + "/" + c[1]);
      assertEquals(d.divide(g).multiply(sign), f.denominator(), () -> c[0] + "/" + c[1]);
    }
    assertSame(Fraction.ZERO, Fraction.of(0, -5));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Fraction.of(3, 0));
    assertEquals("denominator", e.field());
  }

  // ---------------------------------------------------------------- comparison

  @Test
  void compareHelpers_atTheBoundary_distinguishMoreThanFromAtLeast() {
    // A special resolution needs "at least three quarters": 75 of 100 passes, 74 of 100 fails.
    Fraction threeQuarters = Fraction.of(3, 4);
    assertTrue(Fraction.of(75, 100).isAtLeast(threeQuarters));
    assertFalse(Fraction.of(75, 100).isGreaterThan(threeQuarters));
    assertFalse(Fraction.of(74, 100).isAtLeast(threeQuarters));
    // An ordinary resolution needs "more than half": 50 of 100 fails, 51 of 100 passes.
    assertFalse(Fraction.of(50, 100).isGreaterThan(Fraction.ONE_HALF));
    assertTrue(Fraction.of(50, 100).isAtLeast(Fraction.ONE_HALF));
    assertTrue(Fraction.of(51, 100).isGreaterThan(Fraction.ONE_HALF));
    // and from below
    assertFalse(Fraction.of(50, 100).isLessThan(Fraction.ONE_HALF));
    assertTrue(Fraction.of(50, 100).isAtMost(Fraction.ONE_HALF));
    assertTrue(Fraction.of(49, 100).isLessThan(Fraction.ONE_HALF));
    assertFalse(Fraction.of(51, 100).isAtMost(Fraction.ONE_HALF));
  }

  @Test
  void compareTo_differentDenominatorsAndSigns_ordersByValue() {
    // 2/3 = 10/15 > 9/15 = 3/5
    assertTrue(Fraction.of(2, 3).compareTo(Fraction.of(3, 5)) > 0);
    assertTrue(Fraction.of(3, 5).compareTo(Fraction.of(2, 3)) < 0);
    // -1/2 < -1/3
    assertTrue(Fraction.of(-1, 2).compareTo(Fraction.of(-1, 3)) < 0);
    assertEquals(0, Fraction.of(2, 4).compareTo(Fraction.ONE_HALF));
    // 2^100/3 > Long.MAX_VALUE
    assertTrue(Fraction.of(TWO_TO_THE_100, BigInteger.valueOf(3)).compareTo(Fraction.of(Long.MAX_VALUE)) > 0);
  }

  @Test
  void minAndMax_pickByValue_andThisWhenEqual() {
    Fraction a = Fraction.of(1, 3);
    Fraction b = Fraction.of(1, 2);
    assertSame(a, a.min(b));
    assertSame(a, b.min(a));
    assertSame(b, a.max(b));
    assertSame(b, b.max(a));
    Fraction otherHalf = Fraction.of(2, 4);
    assertSame(b, b.min(otherHalf));
    assertSame(otherHalf, otherHalf.max(b));
  }

  // ---------------------------------------------------------------- equality and nulls

  @Test
  void equals_followsTheValue() {
    new EqualsTester()
        .addEqualityGroup(
            Fraction.of(1, 2),
            Fraction.of(2, 4),
            Fraction.of(-3, -6),
            Fraction.ONE_HALF,
            Fraction.parse("0.5"),
            Fraction.percent("50"),
            Fraction.of(new BigDecimal("0.500")))
        .addEqualityGroup(Fraction.of(-1, 2), Fraction.of(1, -2), Fraction.parse("-1/2"))
        .addEqualityGroup(Fraction.of(1, 3))
        .addEqualityGroup(Fraction.ZERO, Fraction.of(0, 7), Fraction.of(0), Fraction.parse("-0"))
        .addEqualityGroup(Fraction.of(2), Fraction.of(4, 2), Fraction.of(BigInteger.TWO))
        .addEqualityGroup(Fraction.of(TWO_TO_THE_100, BigInteger.valueOf(3)), Fraction.parse(TWO_TO_THE_100 + "/3"))
        .testEquals();
  }

  @Test
  void publicStaticMethods_rejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(Fraction.class);
  }

  @Test
  void publicInstanceMethods_rejectNull() {
    new NullPointerTester().testAllPublicInstanceMethods(Fraction.of(-3, 4));
  }

  @Test
  void hashCode_followsTheValue() {
    // Thresholds and weights key hash maps. In lowest terms 1/2 and 1/3 differ in the denominator only,
    // and the hash adds the denominator's hash (2 and 3 for these small BigIntegers).
    assertNotEquals(Fraction.of(1, 2).hashCode(), Fraction.of(1, 3).hashCode());
    assertEquals(Fraction.of(2, 4).hashCode(), Fraction.of(1, 2).hashCode());
  }
}
