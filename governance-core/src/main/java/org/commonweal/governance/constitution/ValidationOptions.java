package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;

/**
 * What a validation leaves out: the co-operative principles' warnings a user switches off.
 *
 * @param ignored the codes not reported
 * @since 0.1.0
 */
public record ValidationOptions(ImmutableSet<ViolationCode> ignored) {
  /** Checks the record. */
  public ValidationOptions {
    Objects.requireNonNull(ignored, "ignored");
  }

  /**
   * Returns the options that report everything.
   *
   * @return the defaults
   */
  public static ValidationOptions defaults() {
    return new ValidationOptions(ImmutableSet.of());
  }
}
