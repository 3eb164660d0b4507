package org.commonweal.governance.membership;

import org.commonweal.governance.base.InvalidValueException;

/** The one rule for the text of identifiers, so that every id reads back from its {@code toString}. */
final class Identifiers {
  static final int MAX_LENGTH = 64;

  private Identifiers() {}

  static String check(String field, String text) {
    if (text.isEmpty() || text.isBlank()) {
      throw new InvalidValueException(field, text, field + " \"" + text + "\" must not be blank");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          field, text, field + " \"" + text + "\" is longer than " + MAX_LENGTH + " characters");
    }
    if (!text.strip().equals(text)) {
      throw new InvalidValueException(
          field, text, field + " \"" + text + "\" must not start or end with whitespace");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(field, text, field + " \"" + text + "\" must not contain control characters");
    }
    return text;
  }
}
