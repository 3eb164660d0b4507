package org.commonweal.governance.constitution;

/**
 * How serious a validation {@link Violation} is.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The constitution cannot work as written, or breaks the law of its organisation type. */
  ERROR,
  /** The constitution works, but departs from a co-operative principle or is likely a mistake. */
  WARNING
}
