package org.commonweal.governance.base;

/**
 * An input is beyond a stated bound of an exact algorithm, for example more candidates than
 * Kemeny-Young can rank by brute force, or more members than an exact power index can enumerate. The
 * library refuses such inputs rather than hang; the message names the algorithm, the bound and the
 * size given, and where there is one, the method that scales.
 *
 * <p>Immutable (its fields) and thread-safe.
 *
 * @since 0.1.0
 */
public final class LimitExceededException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String quantity;
  private final long limit;
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param quantity what was counted, for example {@code "candidates for Kemeny-Young"}
   * @param limit the largest size accepted
   * @param actual the size given
   * @param advice what to do instead (may be empty)
   */
  public LimitExceededException(String quantity, long limit, long actual, String advice) {
    super(
        quantity
            + ": "
            + actual
            + " is more than the limit of "
            + limit
            + (advice.isEmpty() ? "" : "; " + advice));
    this.quantity = quantity;
    this.limit = limit;
    this.actual = actual;
  }

  /**
   * Returns what was counted.
   *
   * @return the quantity, in words
   */
  public String quantity() {
    return quantity;
  }

  /**
   * Returns the largest size accepted.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }

  /**
   * Returns the size given.
   *
   * @return the actual size
   */
  public long actual() {
    return actual;
  }
}
