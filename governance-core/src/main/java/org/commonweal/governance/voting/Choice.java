package org.commonweal.governance.voting;

/**
 * What a member's vote on a motion says: for, against, an abstention recorded as such, or a spoilt
 * (invalid) vote.
 *
 * <p>Rules differ on what abstentions and spoilt votes count for. Robert's Rules of Order ignore
 * abstentions and blanks in "a majority of the votes cast"; some constitutions count an abstention in
 * the base, so that it weighs like a vote against; a rule on turnout may count every vote returned. The
 * {@code resolution} package's thresholds say which choices each base counts; the choice itself only
 * records what the member did.
 *
 * @since 0.1.0
 */
public enum Choice {
  /** In favour of the motion. */
  FOR,
  /** Against the motion. */
  AGAINST,
  /** A recorded abstention: the member took part but voted neither way. */
  ABSTAIN,
  /** A spoilt vote: a paper or form returned but not readable as any of the other choices. */
  SPOILT;

  /**
   * Returns the choice in words, for reports: {@code "for"}, {@code "against"}, {@code "abstain"},
   * {@code "spoilt"}.
   *
   * @return the lower-case name
   */
  public String label() {
    switch (this) {
      case FOR:
        return "for";
      case AGAINST:
        return "against";
      case ABSTAIN:
        return "abstain";
      default:
        return "spoilt";
    }
  }
}
