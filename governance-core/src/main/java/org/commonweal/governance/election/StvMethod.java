package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collection;
import org.commonweal.governance.base.TieBreaker;
import org.jspecify.annotations.Nullable;

/**
 * A single transferable vote rule: Scottish STV, ERS97, WIGM or Meek (see {@link StvMethods} for the
 * rules and their sources). Besides counting an election, an STV rule can re-count the papers of a
 * member who leaves among candidates who were not elected: the countback that fills a casual vacancy
 * in Hare-Clark systems and in many societies' rules.
 *
 * <pre>{@code
 * StvMethod rule = StvMethods.scottish();
 * ElectionResult result = rule.count(ward, TieBreaker.seeded(2026));
 * ElectionResult filled = rule.countback(ward, departing, losers, TieBreaker.seeded(2026));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class StvMethod implements ElectionMethod {
  StvMethod() {}

  /**
   * {@inheritDoc}
   *
   * <p>Every STV rule counts on the same skeleton, stage by stage: the rule moves papers (a surplus, an
   * exclusion, Meek's iterations), elects whom the point reached elects, and chooses the next move,
   * until the seats are filled or the continuing candidates are no more than the seats left. See each
   * rule in {@link StvMethods} for its cost.
   *
   * @throws org.commonweal.governance.base.LimitExceededException if the election lists more than
   *     {@value StvMethods#MAX_CANDIDATES} candidates, or a paper's equal preferences, where the rule
   *     shares them, stand for more than 7! strict orders
   */
  @Override
  public final ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, name(), election, tieBreaker, Limits.STAGES);
    return run(election, tieBreaker).result();
  }

  /**
   * Returns {@value StvMethods#MAX_CANDIDATES}, for every STV rule: a count has up to a stage per
   * candidate, each listing every candidate's total, so its report grows as the square of the
   * candidates.
   *
   * @return {@value StvMethods#MAX_CANDIDATES}
   */
  @Override
  public final int maxCandidates() {
    return StvMethods.MAX_CANDIDATES;
  }

  /**
   * Re-counts the papers that elected a member who has left, among the given candidates, to fill the
   * vacancy (a countback).
   *
   * <p>The election is first counted under this rule. The papers the departing member held at the end
   * of that count make up the countback: each at the value it kept for the member (for a member whose
   * surplus was transferred, the paper's value less the transfer value it passed on; for Meek, the part
   * of the paper the member's keep value retained). Each paper then goes to its next preference among
   * {@code candidates}, and the count proceeds as an instant-runoff among them: a candidate with more
   * than half of the value of the papers not exhausted fills the vacancy; otherwise the candidate with
   * the least value is excluded (ties as the rule breaks them, then by lot) and their papers move on at
   * their values. This is the mechanism of the Tasmanian and ACT countback (the papers of the vacating
   * member, at their transfer values, re-counted among consenting unsuccessful candidates); which
   * candidates take part, and whether a paper's value is scaled, are for the organisation's rules.
   *
   * <p>Cost: the count of the election, plus one pass over the tree nodes holding the member's papers
   * for each stage of the countback.
   *
   * @param election the election that elected the member
   * @param vacating the member who has left; must have been elected by this rule
   * @param candidates the candidates taking part in the countback (usually those not elected who
   *     consent); they must be standing in the election and must not include {@code vacating}
   * @param tieBreaker the lot, for the original count and the countback
   * @return the countback's result: one seat, the stages of the countback, and its quota (more than
   *     half of the value first counted)
   * @throws org.commonweal.governance.base.InvalidValueException if {@code vacating} was not elected,
   *     or {@code candidates} is empty, names someone not standing, or includes {@code vacating}
   * @throws org.commonweal.governance.base.LimitExceededException as {@link #count} does
   */
  public final ElectionResult countback(
      Election election, Candidate vacating, Collection<Candidate> candidates, TieBreaker tieBreaker) {
    Limits.check(this, name(), election, tieBreaker, Limits.STAGES);
    checkNotNull(vacating, "vacating");
    checkNotNull(candidates, "candidates");
    return StvCountback.count(this, election, vacating, candidates, tieBreaker);
  }

  /**
   * Counts the election on the count driver, with this rule's tree of papers, arithmetic and decisions;
   * the finished count keeps its ledger for a countback.
   */
  final StvCount run(Election election, TieBreaker tieBreaker) {
    return run(election, tieBreaker, null);
  }

  /** As {@link #run(Election, TieBreaker)}, under limits on the seats of groups (null for none). */
  abstract StvCount run(Election election, TieBreaker tieBreaker, @Nullable SeatLimits limits);

  /** Returns the rule's name. */
  @Override
  public String toString() {
    return name();
  }
}
