package org.commonweal.governance.internal;

import org.commonweal.governance.base.InvalidValueException;

/** The one rule for the text of identifiers, so that every id reads back from its {@code toString}. */
public final class Identifiers {
  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private Identifiers() {}

  /**
   * Checks an identifier's text: not blank, at most {@link #MAX_LENGTH} characters, no surrounding
   * whitespace, no control characters.
   *
   * @param field the identifier's name, for the message
   * @param text the text
   * @return the text
   * @throws InvalidValueException naming the field and the text if it breaks a rule
   */
  public static String check(String field, String text) {
    Checks.check(!(text.isEmpty() || text.isBlank()), field, text, "%s \"%s\" must not be blank", field, text);
    Checks.check(
        text.length() <= MAX_LENGTH, field, text, "%s \"%s\" is longer than " + MAX_LENGTH + " characters", field, text);
    Checks.check(
        !(isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1))),
        field,
        text,
        "%s \"%s\" must not start or end with whitespace",
        field,
        text);
    Checks.check(
        text.chars().noneMatch(Character::isISOControl),
        field,
        text,
        "%s \"%s\" must not contain control characters",
        field,
        text);
    return text;
  }

  /** Whitespace in either Java's sense or Unicode's (which includes the no-break space). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
