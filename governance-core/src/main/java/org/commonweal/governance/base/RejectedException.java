package org.commonweal.governance.base;

/**
 * A {@link Rejection} turned into an exception, for callers who asked for a value that was not there
 * (for example {@link Outcome#orElseThrow()} on a rejected outcome). The rejection, with its code and
 * facts, is kept.
 *
 * <p>Immutable (its fields) and thread-safe.
 *
 * @since 0.1.0
 */
public final class RejectedException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final Rejection rejection;

  /**
   * Creates the exception.
   *
   * @param rejection the rejection
   */
  public RejectedException(Rejection rejection) {
    super(rejection.toString());
    this.rejection = rejection;
  }

  /**
   * Returns the rejection.
   *
   * @return the rejection, with its code, message and facts
   */
  public Rejection rejection() {
    return rejection;
  }
}
