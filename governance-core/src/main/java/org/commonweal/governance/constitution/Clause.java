package org.commonweal.governance.constitution;

/**
 * The parts of a constitution, as clauses: what an {@link Amendment} changes, what an {@link
 * Entrenchment} protects, and what a validation {@link Violation} concerns. The names are stable codes.
 *
 * @since 0.1.0
 */
public enum Clause {
  /** The objects (purpose) and the legal form. */
  OBJECTS("objects"),
  /** The stakeholder classes and who may join each. */
  MEMBERSHIP("membership"),
  /** The share classes, their limits and the statutory cap. */
  SHARES("shares"),
  /** The voting rights: one member one vote, per share, class shares of the vote. */
  VOTING("voting"),
  /** General meetings: notice, quorum, adjournment, proxies, requisition and poll demands. */
  GENERAL_MEETINGS("general meetings"),
  /** Written resolutions. */
  WRITTEN_RESOLUTIONS("written resolutions"),
  /** The table of which matter needs which resolution. */
  MATTERS("matters"),
  /** The entrenchment of clauses. */
  ENTRENCHMENT("entrenchment"),
  /** The asset lock and where assets may go. */
  ASSET_LOCK("asset lock"),
  /** The board's composition. */
  BOARD("board"),
  /** Retirement of directors by rotation. */
  ROTATION("rotation"),
  /** The board's own meetings: quorum and the chair's casting vote. */
  BOARD_MEETINGS("board meetings"),
  /** The allocation of a surplus. */
  SURPLUS("surplus");

  private final String label;

  Clause(String label) {
    this.label = label;
  }

  /**
   * Returns the clause in words, for reports.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
