package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableList;

/** The checks behind {@link Constitution#validate()}. */
final class Validator {
  private Validator() {}

  static ValidationReport validate(Constitution c, ValidationOptions options) {
    return new ValidationReport(ImmutableList.of());
  }
}
