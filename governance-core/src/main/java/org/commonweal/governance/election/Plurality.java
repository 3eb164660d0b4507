package org.commonweal.governance.election;

import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;

/**
 * Plurality: first past the post for one seat, block voting for several. Each paper gives one vote to
 * each of its first N preferences for N seats (a ranked paper), or to each candidate it marks (an "X"
 * paper, given as an {@link ApprovalBallot} marking at most N candidates; one marking more is rejected as
 * an overvote); the N candidates with most votes are elected.
 *
 * <p>Definition: the relative-majority rule of, for example, UK parliamentary elections (Representation
 * of the People Act 1983, Sch. 1, the parliamentary elections rules) and, for several seats, block voting
 * as in English local elections in multi-member wards. A tie for the last seat is decided by the caller's
 * lot, as those rules decide an equality of votes by lot.
 *
 * <p>Cost: O(R + n log n) for R distinct ranked readings (read once per election), or O(m) for m marks
 * on approval papers.
 * At most {@value ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class Plurality implements ElectionMethod {
  @Override
  public String name() {
    return "plurality";
  }

  @Override
  public String toString() {
    return "plurality (block voting for several seats)";
  }

  /** {@value ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE}: one stage listing every total. */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES_SINGLE_STAGE;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, "plurality", election, tieBreaker, Limits.SINGLE_STAGE);
    int seats = election.seats();
    Counting.Kind kind = Counting.kindOf(election);
    MarkCounts marks;
    String what;
    switch (kind) {
      case APPROVAL:
        marks =
            MarkCounts.approvals(
                election, seats, seats == 1 ? "more than one candidate marked" : "more candidates marked than seats (" + seats + ")");
        what = "Votes counted";
        break;
      case RANKED:
      case NONE:
        RankedProfile p = election.rankedProfile();
        Counting.refuseEqualPreferences("plurality", p);
        marks = MarkCounts.ranked(p, seats);
        what = seats == 1 ? "First preferences counted" : "The first " + seats + " preferences of each paper counted, one vote each";
        break;
      default:
        Counting.refuseKind("plurality", kind, "ranked or approval (\"X\") ballots");
        throw new AssertionError("unreachable");
    }
    return Ranking.electHighest(
        this,
        election,
        tieBreaker,
        Ranking.Counted.builder()
            .ballots(marks.account)
            .description(what)
            .totals(toFractions(marks.votes))
            // Only a single-seat count gives each paper one vote, so only there are totals papers and
            // papers left with no standing candidate exhausted.
            .exhausted(seats == 1 ? Fraction.of(marks.empty) : Fraction.ZERO)
            .totalsArePapers(seats == 1)
            .build());
  }

  static Fraction[] toFractions(long[] values) {
    Fraction[] f = new Fraction[values.length];
    for (int i = 0; i < values.length; i++) {
      f[i] = Fraction.of(values[i]);
    }
    return f;
  }
}
