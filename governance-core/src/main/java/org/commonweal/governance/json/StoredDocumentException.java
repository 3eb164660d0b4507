package org.commonweal.governance.json;

import org.commonweal.governance.base.GovernanceException;
import org.jspecify.annotations.Nullable;

/**
 * A stored JSON document that cannot be read: an unknown format or version, an unknown or missing field,
 * a value of the wrong JSON type, a value the stored type refuses, or text that is not JSON at all.
 *
 * <p>The message and {@link #path()} name where the fault lies, as a JSON path from the document's root,
 * for example {@code $.members[3].history[0].date}; {@link #value()} gives the offending value as it was
 * written. A value refused by the type's own checks keeps that {@link
 * org.commonweal.governance.base.InvalidValueException} as its cause.
 *
 * <pre>{@code
 * try {
 *   Register register = mapper.readValue(text, Register.class);
 * } catch (StoredDocumentException e) {
 *   log(e.path() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StoredDocumentException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the fault, from {@code $}
   * @param value the offending value as written, or null where there is none (a missing field)
   * @param problem what is wrong
   */
  public StoredDocumentException(String path, @Nullable String value, String problem) {
    super(message(path, value, problem));
    this.path = path;
    this.value = value;
  }

  /**
   * Creates the exception for a value that the stored type refused.
   *
   * @param path the JSON path of the fault, from {@code $}
   * @param value the offending value as written, or null where there is none
   * @param problem what is wrong
   * @param cause the type's own refusal
   */
  public StoredDocumentException(String path, @Nullable String value, String problem, Throwable cause) {
    super(message(path, value, problem), cause);
    this.path = path;
    this.value = value;
  }

  private static String message(String path, @Nullable String value, String problem) {
    if (value == null) {
      return path + ": " + problem;
    }
    String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    return path + ": " + problem + " (found " + shown + ")";
  }

  /**
   * Returns the JSON path of the fault.
   *
   * @return the path, such as {@code $.members[3].history[0].date}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the offending value as written in the document.
   *
   * @return the value, or null where there is none (a missing field)
   */
  public @Nullable String value() {
    return value;
  }
}
