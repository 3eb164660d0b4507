package org.commonweal.governance.election;

import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.internal.Checks;

/**
 * Score (range) voting: each paper gives every candidate a whole score from 0 to a stated maximum, and
 * the N candidates with the highest total scores fill the N seats.
 *
 * <p>Definition: Smith, "Range Voting" (2000), and the "utilitarian" rule of Hillinger, "The Case for
 * Utilitarian Voting", Homo Oeconomicus 22(3), 2005. Unscored candidates score 0; a paper with a score
 * above the maximum, or no score at all, is rejected. Ranked papers are scored by rank (first preference
 * the maximum, each later preference one less, down to 0; unranked 0), and the report says so. A tie for
 * the last seat is decided by the caller's lot.
 *
 * <p>Cost: O(P n + n log n) for P distinct papers and n candidates.
 * At most {@value ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class ScoreVoting implements ElectionMethod {
  private final int max;

  ScoreVoting(int max) {
    Checks.check(max >= 1, "max", max, "maximum score (%s) must be at least 1", max);
    this.max = max;
  }

  @Override
  public String name() {
    return "score";
  }

  @Override
  public String toString() {
    return "score voting (0 to " + max + ")";
  }

  /** {@value ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE}: one stage listing every total. */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES_SINGLE_STAGE;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, "score voting", election, tieBreaker, Limits.SINGLE_STAGE);
    Scores scores = Scores.read("score voting", election, max);
    long[] totals = scores.totals(election.candidates().size());
    return Ranking.electHighest(
        this,
        election,
        tieBreaker,
        Ranking.Counted.builder()
            .ballots(scores.account)
            .description("Scores counted (0 to " + max + ")")
            .totals(Plurality.toFractions(totals))
            .notes(scores.notes(max))
            .build());
  }
}
