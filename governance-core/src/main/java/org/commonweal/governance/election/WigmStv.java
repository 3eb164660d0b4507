package org.commonweal.governance.election;

import org.commonweal.governance.base.TieBreaker;
import org.jspecify.annotations.Nullable;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * The weighted inclusive Gregory method (WIGM) and its settings: the family of rules, Scottish STV
 * among them, in which every paper of a candidate with a surplus moves on at "surplus times the
 * paper's value divided by the candidate's total", the largest surplus first, one a stage; with no
 * surplus the lowest candidate is excluded, one at a time, and their papers move on at their values;
 * when the continuing candidates are as many as the vacancies left, they are elected.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>limits</th><th>{@link StvMethods#wigm()} (the reference)</th>
 *       <th>{@link StvMethods#scottish()}</th></tr>
 *   <tr><td>{@link #name()}: the name reports show</td><td>not empty</td><td>{@code wigm}</td>
 *       <td>{@code scottish-stv}</td></tr>
 *   <tr><td>{@link #decimals()}: significant decimal places</td><td>0 to 30</td><td>18</td><td>5</td></tr>
 *   <tr><td>{@link #guardDigits()}: further places carried, so that arithmetic is done to decimals +
 *       guard places, every result rounded down</td><td>0 to 30</td><td>9</td><td>0</td></tr>
 *   <tr><td>{@link #wholeQuota()}: the whole-number Droop quota floor(V / (seats + 1)) + 1 instead of
 *       V / (seats + 1) plus one unit of the last significant place</td><td></td><td>false</td>
 *       <td>true</td></tr>
 *   <tr><td>{@link #sharesEqualPreferences()}: a rank holding several candidates shares the paper
 *       equally among every strict order of them, instead of ending the paper there</td><td></td>
 *       <td>true</td><td>false</td></tr>
 * </table>
 *
 * <p>A candidate is elected on reaching the quota. Ties for the largest surplus or the lowest vote
 * are broken by the most recent earlier stage at which the candidates differed, then by lot. Scottish
 * STV (SSI 2007/42 Sch. 1 rr. 45-52) is this rule at five places with the whole-number quota and no
 * equal preferences; see {@link StvMethods#scottish()}.
 *
 * <p>The reference settings are those of the Droop counter's {@code wigm} rule (J. Lundell, Droop
 * v0.14) with its default "guarded" arithmetic, against which {@code reference-meek-wigm.csv} was
 * produced. Cost: O(P + L log L) to build the tree of L preferences over P papers, then per stage one
 * pass over the tree nodes holding the papers moved.
 * At most {@value StvMethods#MAX_CANDIDATES} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <pre>{@code
 * WigmStv fiveplaces = WigmStv.builder().name("wigm-5").decimals(5).guardDigits(0).build();
 * ElectionResult r = fiveplaces.count(election, TieBreaker.seeded(2026));
 * }</pre>
 *
 * <p>A value: two are equal when their settings are. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class WigmStv extends StvMethod {
  WigmStv() {}

  /** The reference settings: {@code wigm}. */
  static final WigmStv REFERENCE = builder().build();

  /** Scottish STV: five places, the whole-number quota, no equal preferences. */
  static final WigmStv SCOTTISH =
      builder()
          .name("scottish-stv")
          .decimals(5)
          .guardDigits(0)
          .wholeQuota(true)
          .sharesEqualPreferences(false)
          .build();

  /**
   * Returns a builder, starting from the reference settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name reports show.
   *
   * @return the name; {@code wigm} by default
   */
  @Override
  @Value.Default
  public String name() {
    return "wigm";
  }

  /**
   * Returns the significant decimal places.
   *
   * @return the places, 0 to 30; 18 by default
   */
  @Value.Default
  public int decimals() {
    return 18;
  }

  /**
   * Returns the guard digits carried beyond the significant places.
   *
   * @return the guard digits, 0 to 30; 9 by default
   */
  @Value.Default
  public int guardDigits() {
    return 9;
  }

  /**
   * Returns whether the quota is the whole-number Droop quota.
   *
   * @return true for floor(V / (seats + 1)) + 1; false by default
   */
  @Value.Default
  public boolean wholeQuota() {
    return false;
  }

  /**
   * Returns whether a rank holding several candidates shares the paper equally among every strict
   * order of them (at most 7! orders), rather than ending the paper before that rank.
   *
   * @return true to share; true by default
   */
  @Value.Default
  public boolean sharesEqualPreferences() {
    return true;
  }

  /** The places of the arithmetic. */
  final int scale() {
    return decimals() + guardDigits();
  }

  @Override
  final StvCount run(Election election, TieBreaker tieBreaker, @Nullable SeatLimits limits) {
    StvTree tree =
        StvTree.of(
            election.rankedProfile(),
            sharesEqualPreferences() ? StvTree.EqualPreferences.SHARE : StvTree.EqualPreferences.END_OF_PAPER);
    return StvCount.run(election, tree, scale(), election.seats(), tieBreaker, count -> new GregoryRule(this, count), limits);
  }

  /**
   * Returns the rule's name, as every {@link StvMethod} does.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return super.toString();
  }

  @Value.Check
  void check() {
    Checks.between("decimals", decimals(), 0, 30);
    Checks.between("guardDigits", guardDigits(), 0, 30);
    Checks.check(!name().isEmpty(), "name", name(), "a method's name must not be empty");
  }

  /**
   * Builds a {@link WigmStv}; unset settings keep the reference values. The limits, checked when the
   * rule is built: a name that is not empty; decimals and guard digits each 0 to 30.
   *
   * <p>Not thread-safe; the rules it builds are.
   */
  public static final class Builder extends ImmutableWigmStv.Builder {
    Builder() {}
  }
}
