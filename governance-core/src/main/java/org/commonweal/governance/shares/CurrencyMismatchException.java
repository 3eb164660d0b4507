package org.commonweal.governance.shares;

import java.util.Currency;
import org.commonweal.governance.base.GovernanceException;

/**
 * Two amounts of money in different currencies were combined or compared: the library never converts
 * currencies, so adding GBP to EUR is a caller error. The exception carries both currencies.
 *
 * <p>Immutable (its fields) and thread-safe.
 *
 * @since 0.1.0
 */
public final class CurrencyMismatchException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final Currency first;
  private final Currency second;

  /**
   * Creates the exception.
   *
   * @param first the currency of the first amount
   * @param second the currency of the second amount
   * @param operation what was attempted, for example {@code "add"}
   */
  public CurrencyMismatchException(Currency first, Currency second, String operation) {
    super("cannot " + operation + " amounts in " + first.getCurrencyCode() + " and " + second.getCurrencyCode()
        + ": currencies are never converted");
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the currency of the first amount.
   *
   * @return the currency
   */
  public Currency first() {
    return first;
  }

  /**
   * Returns the currency of the second amount.
   *
   * @return the currency
   */
  public Currency second() {
    return second;
  }
}
