package org.commonweal.governance.election;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * The counting settings of a US ranked-choice count as RCTab (the tabulator certified for US
 * ranked-choice elections, Bright Spots, version 2.0.0; 2.0.1 for cutoff elimination) states them: how
 * winners are found, how ties are broken, when the count stops. How the papers are read (overvotes,
 * skipped ranks, repeated candidates, the cap on ranks) is the election's {@link BallotRules}; the
 * undeclared write-in is the election's {@link Election#undeclaredWriteIn()}. {@link #method()} gives
 * the count.
 *
 * <pre>{@code
 * RcvSettings rules = RcvSettings.builder()
 *     .tieBreak(RcvSettings.TieBreak.RANDOM).randomSeed(1234)
 *     .continueUntilTwoRemain(true)
 *     .build();
 * ElectionResult result = rules.method().count(election, TieBreaker.givenOrder());
 * }</pre>
 *
 * <table>
 *   <caption>RCTab's settings and their names here</caption>
 *   <tr><th>RCTab</th><th>setting</th><th>default</th></tr>
 *   <tr><td>winner election mode</td><td>{@link #winnerMode()}</td><td>single winner majority</td></tr>
 *   <tr><td>decimal places for vote arithmetic</td><td>{@link #decimalPlaces()}</td><td>4</td></tr>
 *   <tr><td>non-integer winning threshold</td><td>{@link #nonIntegerThreshold()}</td><td>no</td></tr>
 *   <tr><td>Hare quota</td><td>{@link #hareQuota()}</td><td>no (Droop)</td></tr>
 *   <tr><td>tiebreak mode, random seed</td><td>{@link #tieBreak()}, {@link #randomSeed()}</td><td>previous
 *       round counts, then the caller's {@code TieBreaker}</td></tr>
 *   <tr><td>continue until two candidates remain</td><td>{@link #continueUntilTwoRemain()}</td>
 *       <td>no</td></tr>
 *   <tr><td>stop tabulation early after round</td><td>{@link #stopAfterRound()}</td><td>never</td></tr>
 *   <tr><td>first round determines threshold</td><td>{@link #firstRoundDeterminesThreshold()}</td>
 *       <td>no</td></tr>
 *   <tr><td>minimum vote threshold</td><td>{@link #minimumVoteThreshold()}</td><td>none (0)</td></tr>
 *   <tr><td>batch elimination</td><td>{@link #batchElimination()}</td><td>no</td></tr>
 *   <tr><td>bottoms-up percentage threshold</td><td>{@link #bottomsUpPercentage()}</td><td>none</td></tr>
 *   <tr><td>cutoff elimination (2.0.1)</td><td>{@link #cutoffElimination()}</td><td>no</td></tr>
 *   <tr><td>treat blank as undeclared write-in</td><td>{@link #blankIsUndeclaredWriteIn()}</td>
 *       <td>no</td></tr>
 * </table>
 *
 * <p>With every setting at its default, and the election's default ballot rules, the count elects whom
 * {@link ElectionMethods#instantRunoff()} elects, with the same totals at every round; the one
 * difference is RCTab's: when two candidates remain and neither reaches the threshold (a tie), the
 * winner is chosen in that round by the tie rule instead of by excluding the other in one more.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class RcvSettings {
  RcvSettings() {}

  /** How winners are found (RCTab's "winner election mode"). */
  public enum WinnerMode {
    /** One seat: a candidate with more than half of the round's continuing votes wins. */
    SINGLE_WINNER_MAJORITY,
    /**
     * Several seats, at most one winner a round: where several reach the threshold, the one with most
     * votes wins (a tie by the tie rule) and the others wait for the next round. Each winner's surplus
     * moves in the round after the winner's.
     */
    ONLY_ONE_WINNER_PER_ROUND,
    /**
     * Several seats, every candidate at or above the threshold wins in the round; all of a round's
     * surpluses move together in the next round, and one more round is counted after the last seat to
     * show the last surpluses moved.
     */
    MULTIPLE_WINNERS_PER_ROUND,
    /**
     * Bottoms-up: candidates are eliminated, one a round (no surplus is moved), until as many remain as
     * there are seats; they are all elected in that round.
     */
    BOTTOMS_UP,
    /**
     * Bottoms-up to a percentage: no fixed number of seats; candidates are eliminated until every one
     * remaining has more than {@link #bottomsUpPercentage()} of the round's continuing votes, and they
     * are all elected. The election's {@link Election#seats()} is not used (leave it at 1); the
     * result's {@link ElectionResult#seats()} is the number elected (1 where none is).
     */
    BOTTOMS_UP_PERCENTAGE,
    /**
     * Multi-pass IRV (RCTab's "sequential winner takes all"): one single-seat count per seat, each
     * winner withdrawn from the passes after it; every pass reads the papers afresh.
     */
    MULTI_PASS_IRV
  }

  /** How a tie is broken (RCTab's "tiebreak mode"). */
  public enum TieBreak {
    /**
     * The order of the candidates in the election, alone, without looking at earlier rounds (RCTab's
     * "use candidate order in the config file"): the earliest is elected, the latest eliminated.
     */
    USE_CANDIDATE_ORDER,
    /**
     * RCTab's lot: one {@link java.util.Random} seeded with {@link #randomSeed()} per count (per pass
     * of multi-pass IRV), the tied candidates sorted by name, and the one chosen (to win or to lose) at
     * index floor(nextDouble() x k) of the k tied.
     */
    RANDOM,
    /**
     * RCTab's "generate permutation": the names of all the candidates sorted, shuffled once by {@link
     * java.util.Collections#shuffle(java.util.List, java.util.Random)} with a {@link java.util.Random}
     * seeded with {@link #randomSeed()}, then used as a fixed order (the earliest elected, the latest
     * eliminated).
     */
    GENERATE_PERMUTATION,
    /**
     * The tied candidates' votes in the rounds before, from the latest back, narrowing to those with
     * the fewest (to lose) or most (to win) votes; any still tied are settled by {@link #RANDOM}'s lot.
     */
    PREVIOUS_ROUND_COUNTS_THEN_RANDOM,
    /**
     * The rounds before, as above; any still tied are settled by the caller's {@link
     * org.commonweal.governance.base.TieBreaker} (RCTab's "then stop counting and ask": the caller
     * stands for the operator). The default, as {@link ElectionMethods#instantRunoff()} breaks ties.
     */
    PREVIOUS_ROUND_COUNTS_THEN_ASK,
    /** The caller's {@link org.commonweal.governance.base.TieBreaker} alone (RCTab's "stop counting and ask"). */
    STOP_COUNTING_AND_ASK
  }

  /**
   * Returns how winners are found.
   *
   * @return the mode; {@link WinnerMode#SINGLE_WINNER_MAJORITY} by default
   */
  @Value.Default
  public WinnerMode winnerMode() {
    return WinnerMode.SINGLE_WINNER_MAJORITY;
  }

  /**
   * Returns how ties are broken.
   *
   * @return the rule; {@link TieBreak#PREVIOUS_ROUND_COUNTS_THEN_ASK} by default
   */
  @Value.Default
  public TieBreak tieBreak() {
    return TieBreak.PREVIOUS_ROUND_COUNTS_THEN_ASK;
  }

  /**
   * Returns the seed of RCTab's lot, required by {@link TieBreak#RANDOM}, {@link
   * TieBreak#GENERATE_PERMUTATION} and {@link TieBreak#PREVIOUS_ROUND_COUNTS_THEN_RANDOM}.
   *
   * @return the seed, or empty
   */
  public abstract OptionalLong randomSeed();

  /**
   * Returns whether a single-seat count goes on until two candidates remain after the winner is found:
   * the threshold is frozen at the winner's round, the winner goes on receiving transfers, and no
   * later round changes the winner.
   *
   * @return true to continue; false by default
   */
  @Value.Default
  public boolean continueUntilTwoRemain() {
    return false;
  }

  /**
   * Returns the last round to count: the count stops after it, only candidates elected by then are
   * elected (possibly none), and the report notes that the count was stopped.
   *
   * @return the round, at least 1, or empty for no limit
   */
  public abstract OptionalInt stopAfterRound();

  /**
   * Returns whether the first round's threshold holds for every later round (single seat), instead of
   * one recomputed from each round's continuing votes. A winner may then need the tie rule or the last
   * two (when two remain, the one with more votes is elected).
   *
   * @return true to fix it; false by default
   */
  @Value.Default
  public boolean firstRoundDeterminesThreshold() {
    return false;
  }

  /**
   * Returns the minimum vote: as RCTab 2.0.0 applies it, every candidate with fewer votes is eliminated
   * at once (in the first round where any is, before batch or single elimination), and the threshold
   * to win is raised to it where it is lower. A count where every candidate is below it is refused.
   *
   * @return the minimum in votes; 0 (none) by default
   */
  @Value.Default
  public long minimumVoteThreshold() {
    return 0;
  }

  /**
   * Returns whether the lowest candidates whose votes together are fewer than the next lowest's are
   * eliminated together (as {@code irv-batch}); never leaving only the winner when the count continues
   * until two remain. Single-seat and multi-pass counts only.
   *
   * @return true for batch elimination; false by default
   */
  @Value.Default
  public boolean batchElimination() {
    return false;
  }

  /**
   * Returns the decimal places of the vote arithmetic (RCTab's "decimal places for vote arithmetic"):
   * surplus fractions and the values of papers moved are truncated to this many places, and fractional
   * thresholds are stated in them.
   *
   * @return the places, 1 to 9; 4 by default
   */
  @Value.Default
  public int decimalPlaces() {
    return 4;
  }

  /**
   * Returns whether the threshold is fractional (RCTab's "non-integer winning threshold"):
   * trunc(V / (S + 1)) to {@link #decimalPlaces()} places plus one unit of the last place, instead of
   * floor(V / (S + 1)) + 1, for V the first round's votes for candidates (the undeclared write-in
   * included) and S the seats.
   *
   * @return true for a fractional threshold; false by default
   */
  @Value.Default
  public boolean nonIntegerThreshold() {
    return false;
  }

  /**
   * Returns whether the threshold is Hare's as RCTab computes it, ceil(V / S), rather than Droop's. A
   * fractional Hare threshold is refused: RCTab's ceiling to whole votes is the only one it states.
   *
   * @return true for Hare; false by default
   */
  @Value.Default
  public boolean hareQuota() {
    return false;
  }

  /**
   * Returns the percentage of {@link WinnerMode#BOTTOMS_UP_PERCENTAGE}, as a fraction above 0 and below
   * 1: every candidate elected must have more than this share of the round's continuing votes.
   * Recomputed each round unless {@link #firstRoundDeterminesThreshold()}.
   *
   * @return the share, or empty
   */
  public abstract Optional<Fraction> bottomsUpPercentage();

  /**
   * Returns whether, in {@link WinnerMode#BOTTOMS_UP_PERCENTAGE}, every candidate below the percentage
   * is eliminated at once (RCTab 2.0.1's cutoff elimination); where none is strictly below it, one
   * candidate is eliminated as usual.
   *
   * @return true for cutoff elimination; false by default
   */
  @Value.Default
  public boolean cutoffElimination() {
    return false;
  }

  /**
   * Returns whether every blank rank up to the cap on ranks reads as a mark for the election's
   * {@linkplain Election#undeclaredWriteIn() undeclared write-in} (RCTab's "treat blank as undeclared
   * write-in"), trailing blanks and wholly blank papers included. Needs an undeclared write-in and a
   * cap on ranks ({@link BallotRules#maxRanks()} or {@link BallotRules#maxRanksDeclared()}).
   *
   * @return true to read blanks so; false by default
   */
  @Value.Default
  public boolean blankIsUndeclaredWriteIn() {
    return false;
  }

  /**
   * Returns the count under these settings, named after its winner mode: {@code rcv}, {@code
   * rcv-bottoms-up}, {@code rcv-bottoms-up-percentage} or {@code rcv-multi-pass}.
   *
   * @return the method
   */
  public ElectionMethod method() {
    String name =
        switch (winnerMode()) {
          case SINGLE_WINNER_MAJORITY -> "rcv";
          case BOTTOMS_UP -> "rcv-bottoms-up";
          case MULTI_PASS_IRV -> "rcv-multi-pass";
          case BOTTOMS_UP_PERCENTAGE -> "rcv-bottoms-up-percentage";
          case ONLY_ONE_WINNER_PER_ROUND -> "rcv-one-winner-per-round";
          case MULTIPLE_WINNERS_PER_ROUND -> "rcv-multiple-winners-per-round";
        };
    return new RcvCount(name, this);
  }

  /**
   * Returns the defaults: a single-seat count, RCTab's rules for the rest.
   *
   * @return the settings
   */
  public static RcvSettings standard() {
    return builder().build();
  }

  /**
   * Returns a builder, starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RcvSettings}. */
  public static final class Builder extends ImmutableRcvSettings.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean seeded =
        tieBreak() == TieBreak.RANDOM
            || tieBreak() == TieBreak.GENERATE_PERMUTATION
            || tieBreak() == TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM;
    Checks.check(
        !seeded || randomSeed().isPresent(), "randomSeed", randomSeed(), "tie-break rule %s needs a random seed", tieBreak());
    stopAfterRound().ifPresent(r -> Checks.atLeast("stopAfterRound", r, 1));
    Checks.notNegative("minimumVoteThreshold", minimumVoteThreshold());
    Checks.between("decimalPlaces", decimalPlaces(), 1, 9);
    Checks.check(
        !(hareQuota() && nonIntegerThreshold()),
        "hareQuota",
        hareQuota(),
        "a fractional Hare threshold is refused: RCTab states Hare only as ceil(V / S) in whole votes");
    boolean percentage = winnerMode() == WinnerMode.BOTTOMS_UP_PERCENTAGE;
    Checks.check(
        percentage == bottomsUpPercentage().isPresent(),
        "bottomsUpPercentage",
        bottomsUpPercentage(),
        "a bottoms-up percentage is set exactly for winner mode BOTTOMS_UP_PERCENTAGE (here %s)",
        winnerMode());
    bottomsUpPercentage()
        .ifPresent(
            p ->
                Checks.check(
                    p.signum() > 0 && p.isLessThan(Fraction.ONE),
                    "bottomsUpPercentage",
                    p,
                    "bottoms-up percentage %s must be above 0 and below 1",
                    p));
    Checks.check(
        !cutoffElimination() || percentage,
        "cutoffElimination",
        cutoffElimination(),
        "cutoff elimination applies to winner mode BOTTOMS_UP_PERCENTAGE only");
    Checks.check(
        !batchElimination() || winnerMode() == WinnerMode.SINGLE_WINNER_MAJORITY || winnerMode() == WinnerMode.MULTI_PASS_IRV,
        "batchElimination",
        batchElimination(),
        "batch elimination applies to single-seat and multi-pass counts only, not %s",
        winnerMode());
    Checks.check(
        !continueUntilTwoRemain() || winnerMode() == WinnerMode.SINGLE_WINNER_MAJORITY,
        "continueUntilTwoRemain",
        continueUntilTwoRemain(),
        "continuing until two remain applies to single-seat counts only, not %s",
        winnerMode());
  }
}
