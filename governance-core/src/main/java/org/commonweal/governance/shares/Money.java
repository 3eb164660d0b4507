package org.commonweal.governance.shares;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money: a whole number of minor units (pence, cents) in a currency. Par values,
 * holdings, issued capital and statutory caps are {@code Money}.
 *
 * <p>Society shares stay at par (FCA RFCCBS 6.1.3): every amount a register deals in is a whole number of
 * minor units, so a {@code long} of minor units is exact and never rounds. Arithmetic refuses to mix
 * currencies ({@link CurrencyMismatchException}) and to overflow ({@link ArithmeticException}).
 *
 * <table>
 *   <caption>Factories</caption>
 *   <tr><th>you have</th><th>use</th></tr>
 *   <tr><td>minor units, such as 150 pence</td><td>{@link #ofMinor(long, Currency)}</td></tr>
 *   <tr><td>whole major units, such as 100,000 pounds</td><td>{@link #ofMajor(long, Currency)}</td></tr>
 *   <tr><td>text: {@code 100000.00 GBP}</td><td>{@link #parse(CharSequence)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Currency gbp = Currency.getInstance("GBP");
 * Money par = Money.ofMajor(1, gbp);
 * Money holding = par.times(250);   // 250.00 GBP
 * }</pre>
 *
 * <p>{@link #toString()} gives the amount with the currency's decimal places and its ISO 4217 code,
 * {@code 100000.00 GBP}, which {@link #parse(CharSequence)} reads back. Currencies without decimal
 * places (JPY) have none; currencies with no defined minor unit (XAU) are refused.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money> {
  private static final Pattern TEXT = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s+([A-Z]{3})\\s*");

  private final long minorUnits;
  private final Currency currency;

  private Money(long minorUnits, Currency currency) {
    this.minorUnits = minorUnits;
    this.currency = currency;
  }

  /**
   * Returns an amount in minor units.
   *
   * @param minorUnits the amount in minor units, for example 150 for GBP 1.50
   * @param currency the currency, with a defined number of decimal places
   * @return the amount
   * @throws InvalidValueException if the currency has no defined minor unit
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(minorUnits, checkCurrency(currency));
  }

  /**
   * Returns an amount in whole major units.
   *
   * @param majorUnits the amount in major units, for example 100000 for GBP 100,000
   * @param currency the currency, with a defined number of decimal places
   * @return the amount
   * @throws InvalidValueException if the currency has no defined minor unit
   * @throws ArithmeticException if the amount in minor units does not fit in a {@code long}
   */
  public static Money ofMajor(long majorUnits, Currency currency) {
    checkCurrency(currency);
    return new Money(Math.multiplyExact(majorUnits, factor(currency)), currency);
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency
   * @return zero
   */
  public static Money zero(Currency currency) {
    return new Money(0, checkCurrency(currency));
  }

  /**
   * Reads an amount written as by {@link #toString()}: a decimal with at most the currency's decimal
   * places, a space, and the ISO 4217 code, for example {@code 100000.00 GBP} or {@code 5 GBP}.
   *
   * @param text the text
   * @return the amount
   * @throws InvalidValueException if the text is not in that form, names an unknown currency, or has
   *     more decimal places than the currency
   */
  public static Money parse(CharSequence text) {
    checkNotNull(text, "text");
    Matcher m = TEXT.matcher(text);
    Checks.check(m.matches(), "text", text, "\"%s\" is not an amount such as 100000.00 GBP", text);
    Currency currency;
    try {
      currency = Currency.getInstance(m.group(2));
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("text", text, "\"%s\" names no ISO 4217 currency %s", text, m.group(2));
    }
    checkCurrency(currency);
    BigDecimal amount = new BigDecimal(m.group(1));
    Checks.check(
        amount.scale() <= currency.getDefaultFractionDigits(),
        "text",
        text,
        "\"%s\" has more decimal places than %s allows (%s)",
        text,
        currency.getCurrencyCode(),
        currency.getDefaultFractionDigits());
    try {
      return new Money(amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw Checks.invalid("text", text, "\"%s\" is too large an amount", text);
    }
  }

  private static Currency checkCurrency(Currency currency) {
    checkNotNull(currency, "currency");
    Checks.check(
        currency.getDefaultFractionDigits() >= 0,
        "currency",
        currency,
        "currency %s has no minor unit, so amounts in it cannot be exact",
        currency.getCurrencyCode());
    return currency;
  }

  private static long factor(Currency currency) {
    long f = 1;
    for (int i = 0; i < currency.getDefaultFractionDigits(); i++) {
      f *= 10;
    }
    return f;
  }

  /**
   * Returns the amount in minor units.
   *
   * @return the minor units, for example 150 for GBP 1.50
   */
  public long minorUnits() {
    return minorUnits;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the amount in major units, exactly.
   *
   * @return for example 1.50 for 150 pence
   */
  public BigDecimal amount() {
    return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other an amount in the same currency
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    sameCurrency(other, "add");
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other an amount in the same currency
   * @return the difference
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money minus(Money other) {
    sameCurrency(other, "subtract");
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  /**
   * Returns {@code this * n}, for example the value of {@code n} shares at this par value.
   *
   * @param n the multiplier
   * @return the product
   * @throws ArithmeticException on overflow
   */
  public Money times(long n) {
    return new Money(Math.multiplyExact(minorUnits, n), currency);
  }

  /**
   * Returns the sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(minorUnits);
  }

  /**
   * Returns whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return minorUnits == 0;
  }

  /**
   * Returns whether this is more than {@code other}.
   *
   * @param other an amount in the same currency
   * @return true if greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Compares two amounts in the same currency.
   *
   * @param other an amount in the same currency
   * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    sameCurrency(other, "compare");
    return Long.compare(minorUnits, other.minorUnits);
  }

  private void sameCurrency(Money other, String operation) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency, operation);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money other && minorUnits == other.minorUnits && currency.equals(other.currency);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(minorUnits) + currency.hashCode();
  }

  /**
   * Returns the amount with the currency's decimal places and its code, for example {@code 100000.00
   * GBP}; {@link #parse(CharSequence)} reads it back.
   */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency.getCurrencyCode();
  }
}
