package org.commonweal.governance.meeting;

/**
 * The kinds of meeting a constitution provides for.
 *
 * @since 0.1.0
 */
public enum MeetingKind {
  /** The annual general meeting of the members (accounts, elections, auditors). */
  ANNUAL_GENERAL,
  /** Any other general meeting of the members, called by the board or requisitioned by members. */
  GENERAL,
  /** A meeting of the members of one class, for class business and class consents. */
  CLASS,
  /** A meeting of the board of directors (trustees, committee of management). */
  BOARD;

  /**
   * Returns whether this is a meeting of all the members.
   *
   * @return true for annual and other general meetings
   */
  public boolean isGeneral() {
    return this == ANNUAL_GENERAL || this == GENERAL;
  }
}
