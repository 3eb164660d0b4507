package org.commonweal.governance.shares;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;

/**
 * What one share of a class is worth on a record date, in the two measures the law uses: its nominal
 * (par) value, and the amount paid up on it. A share is fully paid when the two are equal; a partly paid
 * share carries a call for the rest.
 *
 * <p>Rights measured in capital count the amount paid up, not the nominal value or the number of
 * shares: the members' power to require a general meeting (Companies Act 2006 s.303(2)(a): 5% of the
 * paid-up capital carrying the right of voting) and to demand a poll (s.321(2)(c): 10% of the sum paid up
 * on the shares conferring a right to vote). The {@code voting} package's electorate records one value
 * for each share class on the record date.
 *
 * <pre>{@code
 * ShareValue partlyPaid = ShareValue.of(Money.ofMajor(1, GBP), Money.ofMinor(25, GBP));  // 25p paid of GBP 1
 * Money paid = partlyPaid.paidUpOn(400);                                                   // 100.00 GBP
 * }</pre>
 *
 * <p>A record: two values are equal when both amounts are. Immutable and thread-safe.
 *
 * @param nominal the nominal value of one share, positive
 * @param paidUp the amount paid up on one share, from zero to the nominal value, in the same currency
 * @since 0.1.0
 */
public record ShareValue(Money nominal, Money paidUp) {

  /**
   * Checks the amounts.
   *
   * @throws InvalidValueException if the nominal value is not positive, or the amount paid up is
   *     negative, above the nominal value or in another currency
   */
  public ShareValue {
    checkNotNull(nominal, "nominal");
    checkNotNull(paidUp, "paidUp");
    Checks.check(nominal.signum() > 0, "nominal", nominal, "nominal value %s of a share must be positive", nominal);
    Checks.check(
        paidUp.currency().equals(nominal.currency()) && paidUp.signum() >= 0 && !paidUp.isGreaterThan(nominal),
        "paidUp",
        paidUp,
        "amount paid up %s on a share must be from zero to its nominal value %s",
        paidUp,
        nominal);
  }

  /**
   * Returns the value of a share with the given nominal value and amount paid up.
   *
   * @param nominal the nominal value, positive
   * @param paidUp the amount paid up, from zero to the nominal value
   * @return the value
   */
  public static ShareValue of(Money nominal, Money paidUp) {
    return new ShareValue(nominal, paidUp);
  }

  /**
   * Returns the value of a fully paid share.
   *
   * @param nominal the nominal value, positive
   * @return the value, with the nominal value paid up
   */
  public static ShareValue fullyPaid(Money nominal) {
    return new ShareValue(nominal, nominal);
  }

  /**
   * Returns the sum paid up on a number of these shares.
   *
   * @param shares the number of shares, not negative
   * @return {@code paidUp * shares}
   * @throws InvalidValueException if {@code shares} is negative
   * @throws ArithmeticException on overflow
   */
  public Money paidUpOn(long shares) {
    return paidUp.times(Checks.notNegative("shares", shares));
  }

  /** Returns {@code 1.00 GBP (0.25 GBP paid up)}, or the nominal value alone when fully paid. */
  @Override
  public String toString() {
    return nominal.equals(paidUp) ? nominal + " (fully paid)" : nominal + " (" + paidUp + " paid up)";
  }
}
