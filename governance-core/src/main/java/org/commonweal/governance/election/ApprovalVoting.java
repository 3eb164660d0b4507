package org.commonweal.governance.election;

import java.util.List;
import org.commonweal.governance.base.TieBreaker;

/**
 * Approval voting: each paper approves any number of candidates, and the N candidates approved by most
 * papers fill the N seats. A ranked paper approves every candidate it ranks (as the rules read it: up to
 * an overvote that exhausts it, withdrawn candidates passed over).
 *
 * <p>Definition: Brams and Fishburn, "Approval Voting", American Political Science Review 72(3), 1978,
 * 831-847; for several seats the same count electing the N most approved ("multiple non-transferable
 * approval"; the Mathematical Association of America elects its officers by approval). A blank
 * paper is rejected. A tie for the last seat is decided by the caller's lot.
 *
 * <p>Cost: O(m + n log n) for m marks (ranked papers read once per election) and n candidates.
 * At most {@value ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class ApprovalVoting implements ElectionMethod {
  @Override
  public String name() {
    return "approval";
  }

  @Override
  public String toString() {
    return "approval voting";
  }

  /** {@value ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE}: one stage listing every total. */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES_SINGLE_STAGE;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, "approval voting", election, tieBreaker, Limits.SINGLE_STAGE);
    Counting.Kind kind = Counting.kindOf(election);
    MarkCounts marks;
    String what;
    switch (kind) {
      case APPROVAL:
        marks = MarkCounts.approvals(election, Integer.MAX_VALUE, "");
        what = "Approvals counted";
        break;
      case RANKED:
      case NONE:
        marks = MarkCounts.ranked(election.rankedProfile(), Integer.MAX_VALUE);
        what = "Approvals counted: each ranked paper approves every candidate it ranks";
        break;
      default:
        Counting.refuseKind("approval voting", kind, "approval or ranked ballots");
        throw new AssertionError("unreachable");
    }
    return Ranking.electHighest(
        this,
        election,
        tieBreaker,
        Ranking.Counted.builder()
            .ballots(marks.account)
            .description(what)
            .totals(Plurality.toFractions(marks.votes))
            .notes(List.of(Counting.number(marks.empty) + " valid papers approve no candidate standing"))
            .build());
  }
}
