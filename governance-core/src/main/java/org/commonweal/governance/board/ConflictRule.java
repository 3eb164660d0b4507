package org.commonweal.governance.board;

/**
 * What a constitution does with a director who has declared an interest in a matter before the board.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>rule</th><th>the interested director</th><th>source</th></tr>
 *   <tr><td>{@link #LEFT_OUT_OF_VOTE_AND_QUORUM}</td><td>is not counted as participating, for the quorum
 *       or the vote</td><td>Model Articles (private companies) art. 14(1), Companies (Model Articles)
 *       Regulations 2008 Sch. 1; Table A (1948) reg. 84</td></tr>
 *   <tr><td>{@link #LEFT_OUT_OF_VOTE}</td><td>does not vote but counts towards the quorum</td><td>rules
 *       that say only "shall not vote"</td></tr>
 *   <tr><td>{@link #DECLARATION_ONLY}</td><td>declares the interest and may still vote</td><td>Companies
 *       Act 2006 s.177 (declaration), where the articles allow an interested director to vote</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public enum ConflictRule {
  /** Not counted for the quorum or the vote on the matter. */
  LEFT_OUT_OF_VOTE_AND_QUORUM("not counted for the quorum or the vote"),
  /** Not allowed to vote on the matter, but counted for the quorum. */
  LEFT_OUT_OF_VOTE("not allowed to vote, counted for the quorum"),
  /** Declares the interest and takes part as any other director. */
  DECLARATION_ONLY("declares the interest and takes part");

  private final String description;

  ConflictRule(String description) {
    this.description = description;
  }

  /**
   * Returns what the rule does to an interested director, in words.
   *
   * @return for example {@code "not counted for the quorum or the vote"}
   */
  public String description() {
    return description;
  }

  /**
   * Says whether an interested director is left out of the vote.
   *
   * @return true unless the rule asks only for a declaration
   */
  public boolean leavesOutOfVote() {
    return this != DECLARATION_ONLY;
  }

  /**
   * Says whether an interested director is left out of the quorum.
   *
   * @return true for {@link #LEFT_OUT_OF_VOTE_AND_QUORUM}
   */
  public boolean leavesOutOfQuorum() {
    return this == LEFT_OUT_OF_VOTE_AND_QUORUM;
  }
}
