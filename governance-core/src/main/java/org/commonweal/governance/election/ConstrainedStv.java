package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import org.commonweal.governance.base.TieBreaker;

/**
 * An STV count under limits on the seats of groups of candidates ("at most one member of staff", "at
 * least two tenants"), applied inside the count rather than after it: the method of doomed and guarded
 * candidates of Grey and Fitzgerald, for several overlapping limits as I D Hill gives it ("STV with
 * constraints", Voting matters 9, 1998), whose list of conforming outcomes this method follows.
 *
 * <p>At each decision point of the wrapped rule (Scottish STV, WIGM, ERS97 or Meek, see {@link
 * StvMethods}) the limits are judged on the candidates elected and continuing: a continuing candidate
 * whom no conforming outcome still possible elects is <em>doomed</em>, and is excluded at once, in a
 * stage of its own, their papers moving on as in the rule's exclusions (before any surplus); a
 * candidate whom every such outcome elects is <em>guarded</em>, is never chosen for exclusion (the
 * lowest candidate who is not guarded is), and is elected when the guarded are as many as the seats
 * left. A doomed candidate who reaches the quota is not elected. The stage at which each candidate
 * was doomed or guarded carries a note naming them and the limits that did it. Without limits that
 * doom or guard anyone, the count is the wrapped rule's, stage for stage.
 *
 * <p>Every elected set meets every limit: electing a candidate who is not doomed, or excluding one who
 * is not guarded, leaves a conforming outcome possible. Limits that no choice of the standing
 * candidates meets are refused before counting, naming the limit and why.
 *
 * <p>Cost: the wrapped rule's, plus at each decision point and each election the listing of the
 * outcomes still possible: at most C(s + k - 1, k - 1) ways of sharing the s seats left among k
 * categories of candidates (those belonging to the same groups), each checked against every group.
 * Hill's list grows exponentially with the number of groups (k up to 2 to the groups; Otten, "STV with
 * multiple constraints", Voting matters 13, 2001, gives an example of 3 to the 30 outcomes), so a
 * count whose list could hold more than 200,000 outcomes is refused before counting with a {@link
 * org.commonweal.governance.base.LimitExceededException}, as is an election of more candidates than
 * the wrapped rule's {@link #maxCandidates()}.
 *
 * <pre>{@code
 * ElectionMethod m = ConstrainedStv.of(StvMethods.scottish(), List.of(SeatConstraint.atMost("staff", 1, staff)));
 * ElectionResult r = m.count(election, TieBreaker.seeded(2026));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConstrainedStv implements ElectionMethod {
  private final StvMethod rule;
  private final ImmutableList<SeatConstraint> constraints;

  private ConstrainedStv(StvMethod rule, ImmutableList<SeatConstraint> constraints) {
    this.rule = rule;
    this.constraints = constraints;
  }

  /**
   * Returns the rule counted under the limits.
   *
   * @param rule the STV rule, as {@link StvMethods} gives it
   * @param constraints the limits, any number (none counts as the plain rule)
   * @return the method
   * @throws NullPointerException if an argument or a limit is null
   */
  public static ConstrainedStv of(StvMethod rule, Collection<SeatConstraint> constraints) {
    checkNotNull(rule, "rule");
    return new ConstrainedStv(rule, ImmutableList.copyOf(constraints));
  }

  /**
   * Returns the wrapped rule.
   *
   * @return the rule
   */
  public StvMethod rule() {
    return rule;
  }

  /**
   * Returns the limits.
   *
   * @return the limits, in the order given
   */
  public ImmutableList<SeatConstraint> constraints() {
    return constraints;
  }

  /**
   * Returns the wrapped rule's name followed by {@code "-constrained"}; the result of a count names the
   * wrapped rule, whose stages it follows.
   *
   * @return the name, for example {@code "scottish-stv-constrained"}
   */
  @Override
  public String name() {
    return rule.name() + "-constrained";
  }

  /**
   * Returns the wrapped rule's limit.
   *
   * @return {@value StvMethods#MAX_CANDIDATES}
   */
  @Override
  public int maxCandidates() {
    return rule.maxCandidates();
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.commonweal.governance.base.InvalidValueException if a limit names someone who is not a
   *     candidate, or no choice of the standing candidates meets the limits (the message names the limit
   *     that cannot be met and why, or says that the limits together cannot be)
   * @throws org.commonweal.governance.base.LimitExceededException if the election lists more than
   *     {@link #maxCandidates()} candidates, or the limits' list of outcomes could exceed 200,000
   */
  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, name(), election, tieBreaker, Limits.STAGES);
    SeatLimits limits = constraints.isEmpty() ? null : SeatLimits.of(constraints, election);
    return rule.run(election, tieBreaker, limits).result();
  }

  /** Returns the method's name. */
  @Override
  public String toString() {
    return name();
  }
}
