package org.commonweal.governance.election;

import java.util.OptionalInt;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * How a ranked ballot paper is read: what an overvote, a skipped rank or a repeated candidate means,
 * and how many ranks count. Jurisdictions differ (a US ranked-choice ordinance, the Scottish order, a
 * co-operative's election rules), so these are explicit settings rather than one hidden convention.
 *
 * <p>Every paper ends up accounted for: <em>rejected</em> with a reason (a blank paper, or a repeated
 * candidate under {@link Duplicates#REJECT}), or <em>valid</em>, counting for its preferences in order
 * until it reaches a mark the rules say exhausts it, or runs out of preferences. A valid paper whose very
 * first mark exhausts it (an overvote at rank 1 under {@link Overvote#EXHAUST}) is exhausted from the
 * first stage, not rejected, as in the published US counts.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>alternatives</th></tr>
 *   <tr><td>{@link #overvote()}: several candidates at one rank</td><td>the paper exhausts there</td>
 *       <td>the rank is skipped</td></tr>
 *   <tr><td>{@link #equalPreferences()}: several candidates at one rank</td><td>no: it is an
 *       overvote</td><td>yes: an equal preference, for methods that accept one</td></tr>
 *   <tr><td>{@link #maxConsecutiveSkips()}: blank ranks</td><td>any number are passed over</td><td>more
 *       than N blanks in a row exhaust the paper</td></tr>
 *   <tr><td>{@link #duplicates()}: a candidate ranked twice</td><td>later marks are ignored</td><td>the
 *       paper exhausts there; the paper is rejected</td></tr>
 *   <tr><td>{@link #maxRanks()}</td><td>no limit</td><td>ranks beyond N are ignored</td></tr>
 * </table>
 *
 * <p>Marks for a withdrawn candidate are passed over, as if the candidate were not on the paper.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class BallotRules {
  BallotRules() {}

  /** What a rank holding several candidates means when equal preferences are not allowed. */
  public enum Overvote {
    /** The paper is exhausted on reaching the overvote; earlier preferences still count. */
    EXHAUST,
    /** The overvoted rank is passed over as if blank (it still counts toward consecutive skips). */
    SKIP_RANK
  }

  /** What a candidate marked at a second rank means. */
  public enum Duplicates {
    /**
     * The later mark is passed over and the earlier one stands; the rank is not blank, so it does not
     * count toward consecutive skips.
     */
    IGNORE_LATER,
    /** The paper is exhausted on reaching the repeated mark. */
    EXHAUST,
    /** The whole paper is rejected. */
    REJECT
  }

  /**
   * Returns what an overvote means.
   *
   * @return the overvote rule; {@link Overvote#EXHAUST} by default
   */
  @Value.Default
  public Overvote overvote() {
    return Overvote.EXHAUST;
  }

  /**
   * Returns whether several candidates at one rank are an equal preference rather than an overvote.
   *
   * @return true where equal preferences are allowed; false by default
   */
  @Value.Default
  public boolean equalPreferences() {
    return false;
  }

  /**
   * Returns how many blank ranks in a row a paper may have before it is exhausted; empty for no limit.
   * Zero exhausts a paper at its first blank rank.
   *
   * @return the limit, or empty
   */
  public abstract OptionalInt maxConsecutiveSkips();

  /**
   * Returns what a repeated candidate means.
   *
   * @return the rule; {@link Duplicates#IGNORE_LATER} by default
   */
  @Value.Default
  public Duplicates duplicates() {
    return Duplicates.IGNORE_LATER;
  }

  /**
   * Returns how many ranks count; marks beyond are ignored. Empty for no limit.
   *
   * @return the limit, or empty
   */
  public abstract OptionalInt maxRanks();

  /**
   * Returns the default rules: overvotes exhaust, blanks are passed over, a repeated candidate's later
   * marks are ignored, no limit on ranks.
   *
   * @return the default rules
   */
  public static BallotRules standard() {
    return ImmutableBallotRules.builder().build();
  }

  /**
   * Returns a builder, starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BallotRules}; unset settings take their defaults. */
  public static final class Builder extends ImmutableBallotRules.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    maxConsecutiveSkips().ifPresent(skips -> Checks.notNegative("maxConsecutiveSkips", skips));
    maxRanks().ifPresent(ranks -> Checks.atLeast("maxRanks", ranks, 1));
  }
}
