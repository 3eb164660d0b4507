package org.commonweal.governance.constitution;

/**
 * Where a fixed share of the surplus goes, in the terms co-operative rules use.
 *
 * @since 0.1.0
 */
public enum Fund {
  /**
   * Indivisible (asset-locked) reserves: never distributed to members, not even on dissolution
   * (the "réserves impartageables" of French co-operative law, Loi n° 47-1775 art. 16 and 19 nonies).
   */
  INDIVISIBLE_RESERVES,
  /** A social, education or community fund, spent for purposes beyond the members. */
  SOCIAL_FUND,
  /** Any other fund the rules name, such as a bonus to staff. */
  OTHER
}
