package org.commonweal.governance.internal;

import com.google.common.base.Strings;
import org.commonweal.governance.base.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks of the library, each throwing an {@link InvalidValueException} that names the
 * field and the value, so that every caller error reads the same way: {@code "seats (0) must be at
 * least 1"}.
 *
 * <p>The general forms, {@code check(ok, field, value, template, args...)}, take a message template
 * with {@code %s} placeholders (Guava's lenient format) and build the message only when the check
 * fails; the forms with one and two placeholders allocate nothing when the check passes, so that checks
 * cost nothing on the paths that read and count papers. The named forms give the library's usual
 * sentences, and {@link #invalid} makes the exception where a check is not one condition.
 *
 * <pre>{@code
 * int seats = Checks.atLeast("seats", seats, 1);
 * Checks.check(!name.isBlank(), "name", name, "a method's name must not be blank");
 * }</pre>
 */
public final class Checks {
  private Checks() {}

  /**
   * Throws unless {@code ok}, with a message that needs no placeholders.
   *
   * @param ok the condition that must hold
   * @param field the name of the field, as the caller knows it
   * @param value the offending value
   * @param message the message, naming the field and the value
   * @throws InvalidValueException naming the field and the value if {@code ok} is false
   */
  public static void check(boolean ok, String field, @Nullable Object value, String message) {
    if (!ok) {
      throw new InvalidValueException(field, value, message);
    }
  }

  /**
   * Throws unless {@code ok}, with a message of one placeholder, built only on failure. The fixed-arity
   * forms keep a passing check free of the array a variable-arity call allocates.
   *
   * @param ok the condition that must hold
   * @param field the name of the field, as the caller knows it
   * @param value the offending value
   * @param template the message, with {@code %s} for {@code arg}
   * @param arg the value of the placeholder
   * @throws InvalidValueException naming the field and the value if {@code ok} is false
   */
  // The template is Guava's lenient format (%s only), not printf's, so Error Prone's format checks do not
  // apply to it.
  @SuppressWarnings("AnnotateFormatMethod")
  public static void check(boolean ok, String field, @Nullable Object value, String template, @Nullable Object arg) {
    if (!ok) {
      throw new InvalidValueException(field, value, Strings.lenientFormat(template, arg));
    }
  }

  /**
   * Throws unless {@code ok}, with a message of two placeholders, built only on failure.
   *
   * @param ok the condition that must hold
   * @param field the name of the field, as the caller knows it
   * @param value the offending value
   * @param template the message, with {@code %s} for each of {@code arg1} and {@code arg2}
   * @param arg1 the value of the first placeholder
   * @param arg2 the value of the second placeholder
   * @throws InvalidValueException naming the field and the value if {@code ok} is false
   */
  @SuppressWarnings("AnnotateFormatMethod")
  public static void check(
      boolean ok, String field, @Nullable Object value, String template, @Nullable Object arg1, @Nullable Object arg2) {
    if (!ok) {
      throw new InvalidValueException(field, value, Strings.lenientFormat(template, arg1, arg2));
    }
  }

  /**
   * Throws unless {@code ok}, with a message of three or more placeholders, built only on failure.
   *
   * @param ok the condition that must hold
   * @param field the name of the field, as the caller knows it
   * @param value the offending value
   * @param template the message, with {@code %s} for each of {@code args}
   * @param args the values of the placeholders
   * @throws InvalidValueException naming the field and the value if {@code ok} is false
   */
  @SuppressWarnings("AnnotateFormatMethod")
  public static void check(
      boolean ok, String field, @Nullable Object value, String template, @Nullable Object... args) {
    if (!ok) {
      throw new InvalidValueException(field, value, Strings.lenientFormat(template, args));
    }
  }

  /**
   * Returns the exception for a value that breaks a rule a condition cannot state, for {@code throw
   * Checks.invalid(...)} where the check is not one test (a value found wrong deep in a loop, or a case
   * no branch accepts).
   *
   * @param field the name of the field, as the caller knows it
   * @param value the offending value
   * @param template the message, with {@code %s} for each of {@code args}
   * @param args the values of the placeholders
   * @return the exception, to be thrown
   */
  @SuppressWarnings("AnnotateFormatMethod")
  public static InvalidValueException invalid(
      String field, @Nullable Object value, String template, @Nullable Object... args) {
    return new InvalidValueException(field, value, Strings.lenientFormat(template, args));
  }

  /**
   * Checks that a whole number is at least a minimum: {@code "seats (0) must be at least 1"}.
   *
   * @param field the name of the field
   * @param value the value
   * @param min the least value allowed
   * @return the value
   * @throws InvalidValueException if the value is below {@code min}
   */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw new InvalidValueException(field, value, field + " (" + value + ") must be at least " + min);
    }
    return value;
  }

  /**
   * Checks that a whole number is at least a minimum: {@code "members (0) must be at least 1"}.
   *
   * @param field the name of the field
   * @param value the value
   * @param min the least value allowed
   * @return the value
   * @throws InvalidValueException if the value is below {@code min}
   */
  public static long atLeast(String field, long value, long min) {
    if (value < min) {
      throw new InvalidValueException(field, value, field + " (" + value + ") must be at least " + min);
    }
    return value;
  }

  /**
   * Checks that a whole number is not negative: {@code "hours (-1) must not be negative"}.
   *
   * @param field the name of the field
   * @param value the value
   * @return the value
   * @throws InvalidValueException if the value is negative
   */
  public static long notNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidValueException(field, value, field + " (" + value + ") must not be negative");
    }
    return value;
  }

  /**
   * Checks that a whole number lies in a closed range: {@code "decimals (31) must be between 0 and
   * 30"}.
   *
   * @param field the name of the field
   * @param value the value
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @return the value
   * @throws InvalidValueException if the value is outside {@code min} to {@code max}
   */
  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          field, value, field + " (" + value + ") must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Checks that a text is not blank: {@code "name must not be blank"}.
   *
   * @param field the name of the field
   * @param text the text
   * @return the text
   * @throws InvalidValueException if the text is empty or only whitespace
   */
  public static String notBlank(String field, String text) {
    if (text.isBlank()) {
      throw new InvalidValueException(field, text, field + " must not be blank");
    }
    return text;
  }
}
