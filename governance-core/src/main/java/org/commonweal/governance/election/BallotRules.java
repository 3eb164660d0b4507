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
 *   <tr><td>{@link #overvoteIsMark()}: a skipped overvote</td><td>a skip, like a blank</td><td>a mark,
 *       which ends a run of blanks (RCTab)</td></tr>
 *   <tr><td>{@link #overvoteCountsEveryMark()}: a withdrawn candidate at an overvoted rank</td><td>passed
 *       over first</td><td>counted toward the overvote (RCTab)</td></tr>
 *   <tr><td>{@link #duplicates()}: a candidate ranked twice</td><td>later marks are ignored</td><td>the
 *       paper exhausts there; the paper is rejected</td></tr>
 *   <tr><td>{@link #maxRanks()}</td><td>no limit</td><td>ranks beyond N are ignored</td></tr>
 *   <tr><td>{@link #maxRanksDeclared()}</td><td>no</td><td>the cap is the number of declared
 *       candidates (RCTab's "max")</td></tr>
 *   <tr><td>{@link #refuseBeyondMaxRanks()}</td><td>marks beyond the cap ignored</td><td>a paper marked
 *       beyond it is refused (RCTab)</td></tr>
 * </table>
 *
 * <p>Marks for a withdrawn candidate are passed over, as if the candidate were not on the paper. A rank
 * passed over because every candidate marked there is withdrawn or was ranked before is nevertheless
 * marked: it is not a blank, and it ends a run of blanks (RCTab reads it so; "any marked rank ends the
 * run"), so blanks on either side of it are never counted as one run.
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
    /**
     * The overvoted rank is passed over as if blank (it still counts toward consecutive skips, unless
     * {@link #overvoteIsMark()}).
     */
    SKIP_RANK,
    /**
     * Decided at each transfer, not when the papers are read (RCTab's "exhaust if multiple continuing"):
     * where exactly one of the candidates marked at the rank is continuing, the paper counts for that
     * one; where none is, the paper moves on to the next rank; where two or more are, the paper is
     * exhausted. Only a count that reads papers at transfer time applies it (the {@code rcv} methods
     * of {@link RcvSettings}); every other method refuses it. An overvote the record does not name
     * ({@link RankedBallot.Builder#overvote()}) cannot be decided by it and is refused too.
     */
    EXHAUST_IF_MULTIPLE_CONTINUING
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
   * Returns whether an overvoted rank passed over under {@link Overvote#SKIP_RANK} is a mark rather than
   * a blank: it then does not count toward {@link #maxConsecutiveSkips()} and ends a run of blanks
   * before it, as in RCTab (where only ranks with no mark at all are skipped ranks).
   *
   * @return true for RCTab's reading; false by default (an overvote is a skip)
   */
  @Value.Default
  public boolean overvoteIsMark() {
    return false;
  }

  /**
   * Returns whether every candidate marked at a rank counts toward an overvote, withdrawn ones (and,
   * where the count decides overvotes at transfer time, excluded ones) included, as in RCTab: there
   * {A, withdrawn X} at one rank is an overvote, and exhausts the paper under {@link Overvote#EXHAUST}.
   * By default a withdrawn candidate's mark is passed over first, and {A, withdrawn X} counts for A.
   *
   * @return true to count every mark; false by default
   */
  @Value.Default
  public boolean overvoteCountsEveryMark() {
    return false;
  }

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
   * Returns whether the cap on ranks is the number of declared candidates (RCTab's "max"): every
   * candidate of the election, withdrawn ones included, less the {@linkplain
   * Election#undeclaredWriteIn() undeclared write-in}. Not with {@link #maxRanks()}.
   *
   * @return true for a cap of the declared candidates; false by default
   */
  @Value.Default
  public boolean maxRanksDeclared() {
    return false;
  }

  /**
   * Returns whether a paper marked beyond the cap on ranks ({@link #maxRanks()} or {@link
   * #maxRanksDeclared()}) is refused, as RCTab refuses such a cast-vote record, rather than read up to
   * the cap. A refused paper stops the count with an {@link
   * org.commonweal.governance.base.InvalidValueException} naming the ballot: the record, not the voter,
   * is at fault.
   *
   * @return true to refuse; false by default (marks beyond the cap are ignored)
   */
  @Value.Default
  public boolean refuseBeyondMaxRanks() {
    return false;
  }

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
    // Plain ifs rather than lambdas: rules are built at the start of every count command, on the one
    // thread then running, where a first lambda costs a hundredth of a second.
    if (maxConsecutiveSkips().isPresent()) {
      Checks.notNegative("maxConsecutiveSkips", maxConsecutiveSkips().getAsInt());
    }
    if (maxRanks().isPresent()) {
      Checks.atLeast("maxRanks", maxRanks().getAsInt(), 1);
    }
    Checks.check(
        !(maxRanksDeclared() && maxRanks().isPresent()),
        "maxRanks",
        maxRanks(),
        "maxRanks (%s) and maxRanksDeclared cannot both be set",
        maxRanks().orElse(0));
    Checks.check(
        !(overvote() == Overvote.EXHAUST_IF_MULTIPLE_CONTINUING && equalPreferences()),
        "overvote",
        overvote(),
        "overvote rule %s reads several candidates at a rank as an overvote, not an equal preference",
        overvote());
  }
}
