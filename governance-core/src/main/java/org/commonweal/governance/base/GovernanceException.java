package org.commonweal.governance.base;

/**
 * The root of the library's exceptions: a caller passed something the rules cannot accept.
 *
 * <p>Exceptions are for caller errors (a quorum fraction above one, a malformed ballot file, a method
 * asked for more candidates than it can count exactly). Outcomes that a governance process expects, such
 * as a share issue over the cap or an ineligible applicant, are not exceptions but {@link Rejection}
 * values. Every message names the field or input and the offending value.
 *
 * <p>The family: {@link InvalidValueException} (one field has a bad value), {@link
 * MalformedInputException} (text that cannot be read, with its line), {@link LimitExceededException} (an
 * input over a stated bound of an exact algorithm) and {@link RejectedException} (a {@link Rejection}
 * turned into an exception at the caller's request).
 *
 * @since 0.1.0
 */
public class GovernanceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the offending field or input and value.
   *
   * @param message what was wrong
   */
  public GovernanceException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what was wrong
   * @param cause the underlying failure
   */
  public GovernanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
