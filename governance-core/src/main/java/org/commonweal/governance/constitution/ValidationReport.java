package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The report of a constitution's validation: every violation found, never only the first.
 *
 * @param violations the violations, in the order of the clauses they concern
 * @since 0.1.0
 */
public record ValidationReport(ImmutableList<Violation> violations) {
  /** Checks the record. */
  public ValidationReport {
    Objects.requireNonNull(violations, "violations");
  }

  /**
   * Returns whether no violation is an error.
   *
   * @return true when the constitution has no error-severity violation
   */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Returns the report in words, one line per violation.
   *
   * @return the text
   */
  public String explain() {
    if (violations.isEmpty()) {
      return "No violations.";
    }
    StringBuilder b = new StringBuilder();
    for (Violation v : violations) {
      b.append(v).append('\n');
    }
    return b.toString();
  }
}
