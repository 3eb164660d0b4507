package org.commonweal.governance.internal;

import com.google.common.base.Strings;
import org.commonweal.governance.base.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks of the library, each throwing an {@link InvalidValueException} that names the
 * field and the value, so that every caller error reads the same way: {@code "seats (0) must be at
 * least 1"}.
 *
 * <p>The general form, {@link #check(boolean, String, Object, String, Object...)}, takes a message
 * template with {@code %s} placeholders (Guava's lenient format) and builds the message only when the
 * check fails, so that checks cost nothing on the paths that count papers. The named forms give the
 * library's usual sentences.
 *
 * <pre>{@code
 * int seats = Checks.atLeast("seats", seats, 1);
 * Checks.check(!name.isBlank(), "name", name, "a method's name must not be blank");
 * }</pre>
 */
public final class Checks {
  private Checks() {}

  /**
   * Throws unless {@code ok}.
   *
   * @param ok the condition that must hold
   * @param field the name of the field, as the caller knows it
   * @param value the offending value
   * @param template the message, with {@code %s} for each of {@code args}
   * @param args the values of the placeholders
   * @throws InvalidValueException naming the field and the value if {@code ok} is false
   */
  // The template is Guava's lenient format (%s only), not printf's, so Error Prone's format checks do not
  // apply to it.
  @SuppressWarnings("AnnotateFormatMethod")
  public static void check(
      boolean ok, String field, @Nullable Object value, String template, @Nullable Object... args) {
    if (!ok) {
      throw new InvalidValueException(field, value, Strings.lenientFormat(template, args));
    }
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
