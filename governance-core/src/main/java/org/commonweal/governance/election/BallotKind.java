package org.commonweal.governance.election;

/**
 * The kinds of ballot paper a counting method may count: ranked (preferences 1, 2, 3 ...), approval
 * (a set of candidates marked, as on an "X" paper) and score (a score for each candidate). An election
 * holds papers of one kind.
 *
 * <pre>{@code
 * boolean counts = MethodRegistry.get("star").ballots().contains(BallotKind.of(ballot));
 * }</pre>
 *
 * @since 0.1.0
 */
public enum BallotKind {
  /** Preferences in order: {@link RankedBallot}. */
  RANKED,
  /** A set of approved candidates: {@link ApprovalBallot}. */
  APPROVAL,
  /** A score for each candidate: {@link ScoreBallot}. */
  SCORE;

  /**
   * Returns the kind of a ballot.
   *
   * @param ballot the ballot
   * @return its kind
   */
  public static BallotKind of(Ballot ballot) {
    if (ballot instanceof RankedBallot) {
      return RANKED;
    }
    return ballot instanceof ApprovalBallot ? APPROVAL : SCORE;
  }
}
