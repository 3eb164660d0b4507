package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.commonweal.governance.base.BaseDomain.NonZero;

/**
 * Properties of {@link Fraction}: the field laws of the rationals, a total order that agrees with
 * subtraction and equality, lowest terms after every operation, and agreement of the conversions with
 * independent computations on {@link BigInteger} and {@link BigDecimal}.
 */
@Domain(BaseDomain.class)
@Domain(DomainContext.Global.class)
class FractionProperties {

  // ---------------------------------------------------------------- field laws

  @Property
  void plus_isAssociative(@ForAll Fraction a, @ForAll Fraction b, @ForAll Fraction c) {
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
  }

  @Property
  void plus_isCommutative(@ForAll Fraction a, @ForAll Fraction b) {
    assertEquals(a.plus(b), b.plus(a));
  }

  @Property
  void times_isAssociative(@ForAll Fraction a, @ForAll Fraction b, @ForAll Fraction c) {
    assertEquals(a.times(b).times(c), a.times(b.times(c)));
  }

  @Property
  void times_isCommutative(@ForAll Fraction a, @ForAll Fraction b) {
    assertEquals(a.times(b), b.times(a));
  }

  @Property
  void times_distributesOverPlus(@ForAll Fraction a, @ForAll Fraction b, @ForAll Fraction c) {
    assertEquals(a.times(b.plus(c)), a.times(b).plus(a.times(c)));
    assertEquals(a.plus(b).times(c), a.times(c).plus(b.times(c)));
  }

  @Property
  void zero_isTheAdditiveIdentity(@ForAll Fraction a) {
    assertEquals(a, a.plus(Fraction.ZERO));
    assertEquals(a, Fraction.ZERO.plus(a));
    assertEquals(a, a.minus(Fraction.ZERO));
    assertEquals(Fraction.ZERO, a.times(Fraction.ZERO));
  }

  @Property
  void one_isTheMultiplicativeIdentity(@ForAll Fraction a) {
    assertEquals(a, a.times(Fraction.ONE));
    assertEquals(a, Fraction.ONE.times(a));
    assertEquals(a, a.dividedBy(Fraction.ONE));
  }

  @Property
  void negate_isTheAdditiveInverse(@ForAll Fraction a, @ForAll Fraction b) {
    assertEquals(Fraction.ZERO, a.plus(a.negate()));
    assertEquals(Fraction.ZERO, a.minus(a));
    assertEquals(a, a.negate().negate());
    assertEquals(a, a.minus(b).plus(b));
    assertEquals(a.minus(b), b.minus(a).negate());
  }

  @Property
  void reciprocal_isTheMultiplicativeInverse(@ForAll @NonZero Fraction a, @ForAll Fraction b) {
    assertEquals(Fraction.ONE, a.times(a.reciprocal()));
    assertEquals(a, a.reciprocal().reciprocal());
    assertEquals(b, b.dividedBy(a).times(a));
    assertEquals(b.times(a.reciprocal()), b.dividedBy(a));
  }

  @Property
  void longOverloads_agreeWithTheFractionOperations(@ForAll Fraction a, @ForAll long n) {
    Fraction whole = Fraction.of(n);
    assertEquals(a.plus(whole), a.plus(n));
    assertEquals(a.times(whole), a.times(n));
    if (n != 0) {
      assertEquals(a.dividedBy(whole), a.dividedBy(n));
    }
    assertLowestTerms(a.plus(n));
    assertLowestTerms(a.times(n));
  }

  // ---------------------------------------------------------------- normal form

  @Property
  void everyResult_isInLowestTermsWithAPositiveDenominator(@ForAll Fraction a, @ForAll @NonZero Fraction b) {
    for (Fraction r :
        List.of(a, a.plus(b), a.minus(b), a.times(b), a.dividedBy(b), a.negate(), a.abs(), b.reciprocal())) {
      assertLowestTerms(r);
    }
  }

  @Property
  void of_scaledTerms_givesTheSameValue(
      @ForAll("integers") BigInteger n, @ForAll("nonZeroIntegers") BigInteger d, @ForAll("nonZeroIntegers") BigInteger k) {
    Fraction expected = Fraction.of(n, d);
    Fraction scaled = Fraction.of(n.multiply(k), d.multiply(k));
    assertEquals(expected, scaled);
    assertEquals(expected.hashCode(), scaled.hashCode());
    // The value is kept: n/d and numerator/denominator cross-multiply equal.
    assertEquals(n.multiply(scaled.denominator()), d.multiply(scaled.numerator()));
  }

  private static void assertLowestTerms(Fraction f) {
    assertTrue(f.denominator().signum() > 0, () -> "denominator of " + f + " must be positive");
    assertEquals(BigInteger.ONE, f.numerator().gcd(f.denominator()), () -> f + " must be in lowest terms");
  }

  // ---------------------------------------------------------------- order

  @Property
  void compareTo_agreesWithTheSignOfTheDifference(@ForAll Fraction a, @ForAll Fraction b) {
    assertEquals(a.minus(b).signum(), Integer.signum(a.compareTo(b)));
  }

  @Property
  void compareTo_isZeroExactlyForEqualValues(@ForAll Fraction a, @ForAll Fraction b) {
    assertEquals(a.equals(b), a.compareTo(b) == 0);
    assertEquals(0, a.compareTo(Fraction.of(a.numerator(), a.denominator())));
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
  }

  @Property
  void compareTo_isAntisymmetricAndTransitive(@ForAll Fraction a, @ForAll Fraction b, @ForAll Fraction c) {
    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertTrue(a.compareTo(c) <= 0, () -> a + " <= " + b + " <= " + c);
    }
  }

  @Property
  void compareTo_isKeptByAddition(@ForAll Fraction a, @ForAll Fraction b, @ForAll Fraction c) {
    assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(a.plus(c).compareTo(b.plus(c))));
  }

  @Property
  void compareHelpersAndMinMax_agreeWithCompareTo(@ForAll Fraction a, @ForAll Fraction b) {
    int c = a.compareTo(b);
    assertEquals(c < 0, a.isLessThan(b));
    assertEquals(c > 0, a.isGreaterThan(b));
    assertEquals(c >= 0, a.isAtLeast(b));
    assertEquals(c <= 0, a.isAtMost(b));
    assertEquals(c <= 0 ? a : b, a.min(b));
    assertEquals(c >= 0 ? a : b, a.max(b));
  }

  @Property
  void signumAbsAndIsZero_agreeWithTheOrder(@ForAll Fraction a) {
    assertEquals(Integer.signum(a.compareTo(Fraction.ZERO)), a.signum());
    assertEquals(a.signum() == 0, a.isZero());
    assertEquals(a.signum() < 0 ? a.negate() : a, a.abs());
    assertTrue(a.abs().signum() >= 0);
  }

  // ---------------------------------------------------------------- text

  @Property
  void parse_readsBackToString(@ForAll Fraction a) {
    assertEquals(a, Fraction.parse(a.toString()));
    assertEquals(a, Fraction.parse("  " + a + " "));
  }

  @Property
  void parse_ratioText_equalsOf(@ForAll("integers") BigInteger n, @ForAll("nonZeroIntegers") BigInteger d) {
    assertEquals(Fraction.of(n, d), Fraction.parse(n + "/" + d));
    assertEquals(Fraction.of(n, d), Fraction.parse(n + " / " + d));
  }

  // ---------------------------------------------------------------- decimals

  @Property
  void of_bigDecimal_hasTheDecimalsValue(@ForAll("decimals") BigDecimal d) {
    Fraction f = Fraction.of(d);
    // The denominator divides a power of ten, so the quotient terminates and BigDecimal computes it exactly.
    BigDecimal back = new BigDecimal(f.numerator()).divide(new BigDecimal(f.denominator()));
    assertEquals(0, back.compareTo(d), () -> d + " became " + f);
    assertLowestTerms(f);
  }

  @Property
  void percentAndParse_ofADecimal_agreeWithOf(@ForAll("decimals") BigDecimal d) {
    String text = d.toPlainString();
    assertEquals(Fraction.of(d), Fraction.parse(text));
    assertEquals(Fraction.of(d).dividedBy(100), Fraction.percent(text));
    assertEquals(Fraction.of(d).dividedBy(100), Fraction.parse(text + "%"));
  }

  @Property
  void toBigDecimal_down_agreesWithTruncatedIntegerDivision(
      @ForAll Fraction a, @ForAll @IntRange(min = 0, max = 40) int scale) {
    // BigInteger division truncates towards zero, which is RoundingMode.DOWN.
    BigInteger truncated = a.numerator().multiply(BigInteger.TEN.pow(scale)).divide(a.denominator());
    BigDecimal expected = new BigDecimal(truncated, scale);
    assertEquals(expected, a.toBigDecimal(scale, RoundingMode.DOWN));
    assertEquals(expected.toPlainString(), a.toDecimalString(scale, RoundingMode.DOWN));
  }

  @Property
  void toDecimalString_down_ofADecimalDenominator_agreesWithTruncatedIntegerDivision(
      @ForAll("integers") BigInteger n,
      @ForAll @IntRange(min = 0, max = 70) int twos,
      @ForAll @IntRange(min = 0, max = 70) int fives,
      @ForAll @IntRange(min = 0, max = 40) int scale) {
    // Denominators 2^a 5^b take their own way (a multiplication and at most one small division), up
    // to exponents of 64; beyond, the long division. Both must write what truncation gives.
    Fraction a = Fraction.of(n, BigInteger.ONE.shiftLeft(twos).multiply(BigInteger.valueOf(5).pow(fives)));
    BigInteger truncated = a.numerator().multiply(BigInteger.TEN.pow(scale)).divide(a.denominator());
    assertEquals(new BigDecimal(truncated, scale).toPlainString(), a.toDecimalString(scale, RoundingMode.DOWN));
  }

  @Property
  void of_bigDecimal_isTheRatioInLowestTerms(
      @ForAll("integers") BigInteger m,
      @ForAll @IntRange(min = 0, max = 70) int twos,
      @ForAll @IntRange(min = 0, max = 70) int fives,
      @ForAll @IntRange(min = 0, max = 60) int scale) {
    // Unscaled values with many factors two and five, so that stripping them stops at every place.
    BigInteger unscaled = m.shiftLeft(twos).multiply(BigInteger.valueOf(5).pow(fives));
    Fraction f = Fraction.of(new BigDecimal(unscaled, scale));
    BigInteger power = BigInteger.TEN.pow(scale);
    BigInteger g = unscaled.gcd(power);
    assertEquals(unscaled.divide(g), f.numerator(), () -> unscaled + "E-" + scale);
    assertEquals(power.divide(g), f.denominator(), () -> unscaled + "E-" + scale);
  }

  /**
   * Decimals whose unscaled values lie either side of 2^126, where the long arithmetic of {@code of}
   * and {@code toDecimalString} gives way to big numbers, with factors two and five to strip and
   * scales that take every step (shifts by 64 and more, multiplications near the limit, divisions by
   * more than 5^13).
   */
  @Property(tries = 2000)
  void decimalsNearTheLongArithmeticsLimit_agreeWithTheGcdAndTruncation(
      @ForAll @IntRange(min = 1, max = 130) int bits,
      @ForAll long seed,
      @ForAll boolean negative,
      @ForAll @IntRange(min = 0, max = 70) int twos,
      @ForAll @IntRange(min = 0, max = 30) int fives,
      @ForAll @IntRange(min = 0, max = 70) int scale,
      @ForAll @IntRange(min = 0, max = 70) int places) {
    java.util.Random random = new java.util.Random(seed);
    BigInteger m = new BigInteger(bits, random).setBit(bits - 1);
    BigInteger unscaled = m.shiftLeft(twos).multiply(BigInteger.valueOf(5).pow(fives));
    if (negative) {
      unscaled = unscaled.negate();
    }
    Fraction f = Fraction.of(new BigDecimal(unscaled, scale));
    BigInteger power = BigInteger.TEN.pow(scale);
    BigInteger g = unscaled.gcd(power);
    BigInteger u = unscaled;
    assertEquals(unscaled.divide(g), f.numerator(), () -> u + "E-" + scale);
    assertEquals(power.divide(g), f.denominator(), () -> u + "E-" + scale);
    BigInteger truncated = f.numerator().multiply(BigInteger.TEN.pow(places)).divide(f.denominator());
    assertEquals(
        new BigDecimal(truncated, places).toPlainString(), f.toDecimalString(places, RoundingMode.DOWN), () -> u + "E-" + scale);
  }

  @Property
  void toBigDecimal_floorAndCeiling_bracketTheValueWithinOneUnit(
      @ForAll Fraction a, @ForAll @IntRange(min = 0, max = 12) int scale) {
    Fraction below = Fraction.of(a.toBigDecimal(scale, RoundingMode.FLOOR));
    Fraction above = Fraction.of(a.toBigDecimal(scale, RoundingMode.CEILING));
    Fraction unit = Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(scale));
    assertTrue(below.isAtMost(a) && a.isAtMost(above), () -> below + " <= " + a + " <= " + above);
    assertTrue(above.minus(below).isAtMost(unit));
    assertEquals(a.equals(below), a.equals(above));
    // Half-even is within half a unit of the value.
    Fraction halfEven = Fraction.of(a.toBigDecimal(scale, RoundingMode.HALF_EVEN));
    assertTrue(halfEven.minus(a).abs().isAtMost(unit.dividedBy(2)), () -> halfEven + " vs " + a);
  }

  // ---------------------------------------------------------------- floor and ceiling

  @Property
  void floor_isTheLargestWholeNumberNotAbove(@ForAll Fraction a) {
    Fraction floor = Fraction.of(a.floor());
    assertTrue(floor.isAtMost(a), () -> "floor " + floor + " of " + a);
    assertTrue(a.isLessThan(floor.plus(1)), () -> "floor " + floor + " of " + a);
  }

  @Property
  void ceiling_isTheSmallestWholeNumberNotBelow(@ForAll Fraction a) {
    Fraction ceiling = Fraction.of(a.ceiling());
    assertTrue(a.isAtMost(ceiling), () -> "ceiling " + ceiling + " of " + a);
    assertTrue(ceiling.minus(Fraction.ONE).isLessThan(a), () -> "ceiling " + ceiling + " of " + a);
    assertEquals(a.negate().floor().negate(), a.ceiling());
    assertEquals(a.isInteger(), a.floor().equals(a.ceiling()));
  }

  // ---------------------------------------------------------------- sum

  @Property
  void sum_equalsTheLeftFold(@ForAll @Size(max = 20) List<Fraction> values) {
    Fraction fold = Fraction.ZERO;
    for (Fraction v : values) {
      fold = fold.plus(v);
    }
    assertEquals(fold, Fraction.sum(values));
    assertEquals(fold, Fraction.sum(Lists.reverse(values)));
  }

  // ---------------------------------------------------------------- providers

  @Provide
  Arbitrary<BigInteger> integers() {
    return BaseDomain.integers();
  }

  @Provide
  Arbitrary<BigInteger> nonZeroIntegers() {
    return BaseDomain.nonZeroIntegers();
  }

  /** Decimals with up to 40 digits and a scale from -20 to 30, so that negative scales occur too. */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40));
    Arbitrary<Integer> scales = Arbitraries.integers().between(-20, 30);
    return Combinators.combine(unscaled, scales).as(BigDecimal::new);
  }
}
