package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Currency;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class MoneyTest {
  static final Currency GBP = Currency.getInstance("GBP");
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Currency BHD = Currency.getInstance("BHD");

  @Test
  void ofMajor_hundredThousandPounds_isTenMillionPence() {
    Money cap = Money.ofMajor(100_000, GBP);
    assertEquals(10_000_000L, cap.minorUnits());
    assertEquals("100000.00 GBP", cap.toString());
    assertEquals(new BigDecimal("100000.00"), cap.amount());
  }

  @Test
  void toString_usesTheCurrencysDecimalPlaces() {
    assertEquals("1.50 GBP", Money.ofMinor(150, GBP).toString());
    assertEquals("-0.05 EUR", Money.ofMinor(-5, EUR).toString());
    assertEquals("500 JPY", Money.ofMinor(500, JPY).toString());
    assertEquals("1.250 BHD", Money.ofMinor(1250, BHD).toString());
  }

  @Test
  void parse_readsBackToString() {
    for (Money m : new Money[] {Money.ofMinor(150, GBP), Money.ofMinor(-5, EUR), Money.ofMinor(500, JPY), Money.ofMinor(1250, BHD)}) {
      assertEquals(m, Money.parse(m.toString()));
    }
    assertEquals(Money.ofMajor(5, GBP), Money.parse("5 GBP"));
    assertEquals(Money.ofMinor(150, GBP), Money.parse(" 1.5 GBP "));
  }

  @Test
  void parse_malformed_throws() {
    assertThrows(InvalidValueException.class, () -> Money.parse("GBP 1.00"));
    assertThrows(InvalidValueException.class, () -> Money.parse("1.001 GBP"));
    assertThrows(InvalidValueException.class, () -> Money.parse("1.5 JPY"));
    assertThrows(InvalidValueException.class, () -> Money.parse("1.00 QQQ"));
    assertThrows(InvalidValueException.class, () -> Money.parse("99999999999999999999 GBP"));
  }

  @Test
  void parse_currencyWithoutMinorUnit_isRefusedForItsCurrency() {
    // Gold has no minor unit: the text is refused for its currency, not for its decimal places.
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse("1 XAU"));
    assertEquals("currency", e.field());
    assertEquals("currency XAU has no minor unit, so amounts in it cannot be exact", e.getMessage());
  }

  @Test
  void ofMinor_currencyWithoutMinorUnit_throws() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.ofMinor(1, Currency.getInstance("XAU")));
    assertEquals("currency", e.field());
  }

  @Test
  void plusMinusTimes_exact() {
    Money a = Money.ofMinor(150, GBP);
    Money b = Money.ofMinor(275, GBP);
    assertEquals(Money.ofMinor(425, GBP), a.plus(b));
    assertEquals(Money.ofMinor(-125, GBP), a.minus(b));
    assertEquals(Money.ofMinor(1500, GBP), a.times(10));
    assertTrue(b.isGreaterThan(a));
    assertTrue(Money.zero(GBP).isZero());
  }

  @Test
  void plus_otherCurrency_throwsCurrencyMismatch() {
    CurrencyMismatchException e =
        assertThrows(CurrencyMismatchException.class, () -> Money.ofMinor(1, GBP).plus(Money.ofMinor(1, EUR)));
    assertEquals(GBP, e.first());
    assertEquals(EUR, e.second());
    assertEquals("cannot add amounts in GBP and EUR: currencies are never converted", e.getMessage());
    assertThrows(CurrencyMismatchException.class, () -> Money.ofMinor(1, GBP).compareTo(Money.ofMinor(1, EUR)));
    assertThrows(CurrencyMismatchException.class, () -> Money.ofMinor(1, GBP).minus(Money.ofMinor(1, EUR)));
  }

  @Test
  void arithmetic_overflow_throws() {
    assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MAX_VALUE, GBP).plus(Money.ofMinor(1, GBP)));
    assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MAX_VALUE / 2 + 1, GBP).times(2));
    assertThrows(ArithmeticException.class, () -> Money.ofMajor(Long.MAX_VALUE / 10, GBP));
  }

  @Test
  void equals_sameMinorUnitsAndCurrency() {
    new EqualsTester()
        .addEqualityGroup(Money.ofMinor(100, GBP), Money.ofMajor(1, GBP), Money.parse("1.00 GBP"))
        .addEqualityGroup(Money.ofMinor(100, EUR))
        .addEqualityGroup(Money.ofMinor(101, GBP))
        .testEquals();
  }

  @Test
  void isZero_onlyForZero() {
    assertTrue(Money.zero(GBP).isZero());
    assertFalse(Money.ofMinor(1, GBP).isZero());
    assertFalse(Money.ofMinor(-1, GBP).isZero());
  }

  @Test
  void hashCode_followsTheAmount() {
    // Amounts key tallies of capital; one penny more must not hash alike.
    assertNotEquals(Money.ofMinor(100, GBP).hashCode(), Money.ofMinor(101, GBP).hashCode());
  }
}
