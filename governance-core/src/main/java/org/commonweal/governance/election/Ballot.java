package org.commonweal.governance.election;

/**
 * One or more identical ballot papers, as cast: {@link RankedBallot} (preferences 1, 2, 3 ...), {@link
 * ApprovalBallot} (a set of approved candidates) or {@link ScoreBallot} (a score for each candidate).
 *
 * <p>Every ballot carries a {@linkplain #count() multiplicity}: real elections are published as "370
 * voters cast 1, 2" rather than as 370 papers, and a count over the compressed form gives exactly the same
 * result as over the papers one by one.
 *
 * <p>Ballots record what the voter marked, not what it means: overvotes, skipped ranks and repeated
 * candidates are kept, and the election's {@link BallotRules} say how each counts.
 *
 * @since 0.1.0
 */
public abstract class Ballot {
  Ballot() {}

  /**
   * Returns how many identical papers this ballot stands for.
   *
   * @return the multiplicity, at least 1
   */
  public abstract long count();
}
