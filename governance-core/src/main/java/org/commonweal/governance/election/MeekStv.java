package org.commonweal.governance.election;

import java.math.RoundingMode;
import org.commonweal.governance.base.TieBreaker;
import org.jspecify.annotations.Nullable;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * Meek's method of STV (B. L. Meek, 1969; as specified in I. D. Hill, B. A. Wichmann and D. R. Woodall,
 * "Algorithm 123: Single transferable vote by Meek's method", Computer Journal 30(3), 1987), with its
 * settings. Each
 * candidate has a keep value, 1 while hopeful, 0 once excluded, and for an elected candidate the
 * fraction of each paper reaching them that they keep. A paper gives each candidate it reaches the keep
 * value's share of what is left of it and passes the rest on, so that every paper's surplus goes to its
 * later preferences, also past candidates elected later. Keep values of elected candidates are
 * iterated, {@code keep := keep x quota / votes}, until the total surplus is small; then the lowest
 * hopeful candidate is excluded. The quota is recomputed at every iteration from the votes still in
 * play.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>{@link StvMethods#meek()}</th><th>{@link StvMethods#meekNz()}</th></tr>
 *   <tr><td>{@link #decimals()} + {@link #guardDigits()}: places of the
 *       arithmetic</td><td>18 + 9</td><td>9 + 0</td></tr>
 *   <tr><td>quota: (base) / (seats + 1), rounded down, plus one unit of the last significant place;
 *       {@link #quotaFromCandidateVotes() base}</td><td>the candidates' votes</td>
 *       <td>valid papers less non-transferable votes</td></tr>
 *   <tr><td>{@link #roundUp()}: a paper's share kept by a candidate, and the rest passed
 *       on</td><td>each rounded down</td><td>each rounded up</td></tr>
 *   <tr><td>new keep value {@code ceil(ceil(keep x quota) / votes)}</td><td>rounded up</td><td>rounded
 *       up</td></tr>
 *   <tr><td>{@link #omegaPlaces()}: iterate until the total surplus is below 10^-k</td>
 *       <td>10^-9</td><td>10^-5</td></tr>
 *   <tr><td>{@link #batchExclusion()}: exclude at once the lowest candidates who cannot
 *       overtake the next even with the whole surplus, while iterating</td><td>yes</td><td>no, one at a
 *       time</td></tr>
 *   <tr><td>{@link #earliestLookBack()}: ties for exclusion decided by the earliest
 *       (not the most recent) stage at which the candidates differed, then by lot</td><td>most
 *       recent</td><td>earliest</td></tr>
 * </table>
 *
 * <p>A candidate is elected on reaching the quota. The iteration also stops if the total surplus stops
 * falling (the keep values are as good as the arithmetic allows), or after 100,000 iterations, and
 * the lowest candidate is then excluded. Equal preferences
 * are shared equally among every strict order of the tied candidates. {@code meek} has the settings of
 * the Droop counter's {@code meek} rule (J. Lundell, Droop v0.14) against which {@code
 * reference-meek-wigm.csv} was produced. {@code meek-nz} follows the New Zealand method of the Local
 * Electoral Regulations 2001 (NZ), Schedule 1A (inserted by SR 2003/391): nine decimal places, the
 * quota (v - vnt) / (n + 1) + 0.000000001 truncated to nine places (cl. 5), shares rounded up (cl. 10),
 * keep values rounded up (cl. 17), one exclusion at a time, ties "ahead at first difference"; its own
 * pseudo-random lot is replaced by the caller's {@link TieBreaker}.
 *
 * <p>Cost: O(P + L log L) to build the tree of L preferences over P papers; each change of status folds
 * it into the patterns of elected candidates a paper passes (one pass over the nodes reached through
 * non-hopeful prefixes); each iteration is one pass over the patterns, with d-digit arithmetic.
 * At most {@value StvMethods#MAX_CANDIDATES} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Limits, checked when the rule is built: a name that is not empty; decimals 1 to 30; guard digits
 * 0 to 30; omega places 1 to decimals + guard digits.
 *
 * <pre>{@code
 * MeekStv sixPlaces = MeekStv.builder().name("meek-6").decimals(6).guardDigits(3).omegaPlaces(4).build();
 * ElectionResult r = sixPlaces.count(election, TieBreaker.seeded(2026));
 * }</pre>
 *
 * <p>A value: two are equal when their settings are. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class MeekStv extends StvMethod {
  MeekStv() {}

  static final MeekStv REFERENCE = builder().build();
  static final MeekStv NEW_ZEALAND =
      builder()
          .name("meek-nz")
          .decimals(9)
          .guardDigits(0)
          .quotaFromCandidateVotes(false)
          .roundUp(true)
          .omegaPlaces(5)
          .batchExclusion(false)
          .earliestLookBack(true)
          .build();

  /**
   * Returns a builder, starting from the settings of {@link StvMethods#meek()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name reports show.
   *
   * @return the name; {@code meek} by default
   */
  @Override
  @Value.Default
  public String name() {
    return "meek";
  }

  /**
   * Returns the significant decimal places.
   *
   * @return the places, 1 to 30; 18 by default
   */
  @Value.Default
  public int decimals() {
    return 18;
  }

  /**
   * Returns the guard digits carried beyond them.
   *
   * @return the digits, 0 to 30; 9 by default
   */
  @Value.Default
  public int guardDigits() {
    return 9;
  }

  /**
   * Returns k, where iteration stops once the total surplus is below 10^-k.
   *
   * @return k, 1 to decimals + guard digits; 9 by default
   */
  @Value.Default
  public int omegaPlaces() {
    return 9;
  }

  /**
   * Returns whether the quota is computed from the candidates' votes (otherwise from the valid papers
   * less the non-transferable votes).
   *
   * @return true for the candidates' votes; true by default
   */
  @Value.Default
  public boolean quotaFromCandidateVotes() {
    return true;
  }

  /**
   * Returns whether a paper's shares (kept and passed on) are rounded up rather than down.
   *
   * @return true for rounding up; false by default
   */
  @Value.Default
  public boolean roundUp() {
    return false;
  }

  /**
   * Returns whether sure losers are excluded together.
   *
   * @return true for batch exclusion; true by default
   */
  @Value.Default
  public boolean batchExclusion() {
    return true;
  }

  /**
   * Returns whether ties look back to the earliest stage where the candidates differed.
   *
   * @return true for the earliest, false for the most recent; false by default
   */
  @Value.Default
  public boolean earliestLookBack() {
    return false;
  }

  /** The places of the arithmetic. */
  final int scale() {
    return decimals() + guardDigits();
  }

  /** The rounding of a paper's shares. */
  final RoundingMode voteRounding() {
    return roundUp() ? RoundingMode.UP : RoundingMode.DOWN;
  }

  @Override
  final StvCount run(Election election, TieBreaker tieBreaker, @Nullable SeatLimits limits) {
    StvTree tree = StvTree.of(election.rankedProfile(), StvTree.EqualPreferences.SHARE);
    return StvCount.run(
        election, tree, scale(), election.seats(), tieBreaker, count -> new MeekRule(this, count), limits);
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
    Checks.between("decimals", decimals(), 1, 30);
    Checks.between("guardDigits", guardDigits(), 0, 30);
    Checks.between("omegaPlaces", omegaPlaces(), 1, decimals() + guardDigits());
    Checks.check(!name().isEmpty(), "name", name(), "a method's name must not be empty");
  }

  /**
   * Builds a {@link MeekStv}; unset settings keep those of {@link StvMethods#meek()}. The limits,
   * checked when the rule is built: a name that is not empty; decimals 1 to 30; guard digits 0 to 30;
   * omega places 1 to decimals + guard digits.
   *
   * <p>Not thread-safe; the rules it builds are.
   */
  public static final class Builder extends ImmutableMeekStv.Builder {
    Builder() {}
  }
}
