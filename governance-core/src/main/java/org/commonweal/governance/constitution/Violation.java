package org.commonweal.governance.constitution;

import java.util.Objects;
import org.commonweal.governance.internal.Checks;

/**
 * One finding of a constitution's {@linkplain Constitution#validate() validation}: a stable code, its
 * severity, the clause it concerns and a message a company secretary understands.
 *
 * @param code the stable code
 * @param severity error or warning
 * @param clause the clause concerned
 * @param message the finding in words, with its numbers
 * @since 0.1.0
 */
public record Violation(ViolationCode code, Severity severity, Clause clause, String message) {
  /**
   * Checks the record.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the message is blank
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(message, "message");
    Checks.notBlank("message", message);
  }

  @Override
  public String toString() {
    return severity + " " + code + " [" + clause.label() + "]: " + message;
  }
}
