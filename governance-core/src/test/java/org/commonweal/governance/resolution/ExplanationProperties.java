package org.commonweal.governance.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.commonweal.governance.base.Fraction;

/** An explanation's numbers always agree with the verdict. */
class ExplanationProperties {

  @Example
  void percent_exactlyOnTheLineOfMoreThan_withRepeatingDecimals_isGivenExactly() {
    // 13 of 78 is exactly 1/6: not more than 1/6, yet 16.7%, 16.67%, ... all round above the line.
    assertEquals("exactly 50/3%", ConditionDecision.percent(Fraction.of(13), Fraction.of(78), Fraction.of(1, 6), true, false));
    assertEquals("16.7%", ConditionDecision.percent(Fraction.of(13), Fraction.of(78), Fraction.of(1, 6), false, true));
  }

  @Property(tries = 500)
  void percent_alwaysAgreesWithTheVerdict(@ForAll @LongRange(min = 0, max = 2_000_000) long part,
      @ForAll @LongRange(min = 1, max = 2_000_000) long extra, @ForAll boolean strict,
      @ForAll @LongRange(min = 1, max = 9) long num, @ForAll @LongRange(min = 2, max = 10) long den) {
    Fraction whole = Fraction.of(part + extra);
    Fraction fraction = Fraction.of(Math.min(num, den - 1), den);
    Fraction value = Fraction.of(part).dividedBy(whole);
    int c = value.compareTo(fraction);
    boolean met = strict ? c > 0 : c >= 0;
    String shown = ConditionDecision.percent(Fraction.of(part), whole, fraction, strict, met);
    // One decimal, more where one would cross the line, or "exactly 50/3%" for a value exactly on the line
    // whose decimals repeat.
    String number = shown.substring(0, shown.length() - 1);
    Fraction p = number.startsWith("exactly ") ? Fraction.parse(number.substring("exactly ".length()))
        : Fraction.of(new BigDecimal(number));
    int s = p.compareTo(fraction.times(100));
    assertEquals(met, strict ? s > 0 : s >= 0, shown + " for " + part + " of " + whole + " against " + fraction);
  }
}
