package org.commonweal.governance.base;

import org.jspecify.annotations.Nullable;

/**
 * A field was given a value its rule does not allow, for example a quorum fraction of 3/2 or a
 * negative number of seats. The exception carries the field's name and the value, so that a form or
 * an API can point at the offending input.
 *
 * <p>Immutable (its fields) and thread-safe.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final @Nullable String value;

  /**
   * Creates the exception.
   *
   * @param field the name of the field, as the caller knows it (for example {@code "seats"})
   * @param value the offending value, or null where the value was missing
   * @param message the whole message, which names the field and the value
   */
  public InvalidValueException(String field, @Nullable Object value, String message) {
    super(message);
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
  }

  /**
   * Returns the name of the offending field.
   *
   * @return the field, for example {@code "seats"}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the offending value as text, or null where the value was missing.
   *
   * @return the value's {@code toString}, or null
   */
  public @Nullable String value() {
    return value;
  }
}
