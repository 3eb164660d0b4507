package org.commonweal.governance.constitution;

import org.commonweal.governance.base.RejectionCode;

/**
 * The stable codes of the {@link org.commonweal.governance.base.Rejection}s that {@link
 * Constitution#amend} and {@link Constitution#requirementFor} return.
 *
 * @since 0.1.0
 */
public enum AmendmentRejectionCode implements RejectionCode {
  /** The amendment touches a clause entrenched as unchangeable. Facts: {@code clause}, {@code source}. */
  UNCHANGEABLE_CLAUSE,
  /**
   * The amendment would remove or weaken an asset lock once adopted (SI 2006/264 for the statutory
   * lock). Facts: {@code lock}.
   */
  ASSET_LOCK_IRREMOVABLE,
  /** The constitution's table of matters gives no procedure for amending the rules. */
  NO_AMENDMENT_PROCEDURE,
  /**
   * The amendment's procedure is not the one the call supplies evidence for (a two-meeting resolution
   * decided on one tally, or the reverse). Facts: {@code procedure}.
   */
  WRONG_PROCEDURE,
  /** The resolution to adopt the amendment did not pass. Facts: {@code outcome} (its explanation). */
  NOT_PASSED,
  /**
   * The amendment would take effect on or before the date the version it amends took effect. Facts:
   * {@code effective}, {@code inForceSince}.
   */
  NOT_AFTER_CURRENT_VERSION,
  /**
   * The amended constitution cannot be built (for example, class shares that no longer add up to the
   * whole). Facts: {@code field}, {@code reason}.
   */
  INVALID_RESULT
}
