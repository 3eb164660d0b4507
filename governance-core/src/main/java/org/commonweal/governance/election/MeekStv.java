package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;

/**
 * Meek's method of STV (B. L. Meek, 1969; as specified in I. D. Hill, B. A. Wichmann and D. R. Woodall,
 * "Algorithm 123: Single transferable vote by Meek's method", Computer Journal 30(3), 1987): each
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
 *   <tr><td>{@link Builder#decimals(int)} + {@link Builder#guardDigits(int)}: places of the
 *       arithmetic</td><td>18 + 9</td><td>9 + 0</td></tr>
 *   <tr><td>quota: (base) / (seats + 1), rounded down, plus one unit of the last significant place;
 *       {@link Builder#quotaFromCandidateVotes(boolean) base}</td><td>the candidates' votes</td>
 *       <td>valid papers less non-transferable votes</td></tr>
 *   <tr><td>{@link Builder#roundUp(boolean)}: a paper's share kept by a candidate, and the rest passed
 *       on</td><td>each rounded down</td><td>each rounded up</td></tr>
 *   <tr><td>new keep value {@code ceil(ceil(keep x quota) / votes)}</td><td>rounded up</td><td>rounded
 *       up</td></tr>
 *   <tr><td>{@link Builder#omegaPlaces(int)}: iterate until the total surplus is below 10^-k</td>
 *       <td>10^-9</td><td>10^-5</td></tr>
 *   <tr><td>{@link Builder#batchExclusion(boolean)}: exclude at once the lowest candidates who cannot
 *       overtake the next even with the whole surplus, while iterating</td><td>yes</td><td>no, one at a
 *       time</td></tr>
 *   <tr><td>{@link Builder#earliestLookBack(boolean)}: ties for exclusion decided by the earliest
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
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeekStv extends StvMethod {
  static final MeekStv REFERENCE = new Builder().build();
  static final MeekStv NEW_ZEALAND =
      new Builder()
          .name("meek-nz")
          .decimals(9)
          .guardDigits(0)
          .quotaFromCandidateVotes(false)
          .roundUp(true)
          .omegaPlaces(5)
          .batchExclusion(false)
          .earliestLookBack(true)
          .build();

  private final String name;
  private final int decimals;
  private final int guardDigits;
  private final boolean quotaFromCandidateVotes;
  private final boolean roundUp;
  private final int omegaPlaces;
  private final boolean batchExclusion;
  private final boolean earliestLookBack;

  private MeekStv(Builder b) {
    this.name = b.name;
    this.decimals = b.decimals;
    this.guardDigits = b.guardDigits;
    this.quotaFromCandidateVotes = b.quotaFromCandidateVotes;
    this.roundUp = b.roundUp;
    this.omegaPlaces = b.omegaPlaces;
    this.batchExclusion = b.batchExclusion;
    this.earliestLookBack = b.earliestLookBack;
  }

  /**
   * Returns a builder, starting from the settings of {@link StvMethods#meek()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the significant decimal places.
   *
   * @return the places
   */
  public int decimals() {
    return decimals;
  }

  /**
   * Returns the guard digits carried beyond them.
   *
   * @return the digits
   */
  public int guardDigits() {
    return guardDigits;
  }

  /**
   * Returns k, where iteration stops once the total surplus is below 10^-k.
   *
   * @return k
   */
  public int omegaPlaces() {
    return omegaPlaces;
  }

  /**
   * Returns whether the quota is computed from the candidates' votes (otherwise from the valid papers
   * less the non-transferable votes).
   *
   * @return true for the candidates' votes
   */
  public boolean quotaFromCandidateVotes() {
    return quotaFromCandidateVotes;
  }

  /**
   * Returns whether a paper's shares (kept and passed on) are rounded up rather than down.
   *
   * @return true for rounding up
   */
  public boolean roundUp() {
    return roundUp;
  }

  /**
   * Returns whether sure losers are excluded together.
   *
   * @return true for batch exclusion
   */
  public boolean batchExclusion() {
    return batchExclusion;
  }

  /**
   * Returns whether ties look back to the earliest stage where the candidates differed.
   *
   * @return true for the earliest, false for the most recent
   */
  public boolean earliestLookBack() {
    return earliestLookBack;
  }

  int scale() {
    return decimals + guardDigits;
  }

  RoundingMode voteRounding() {
    return roundUp ? RoundingMode.UP : RoundingMode.DOWN;
  }

  @Override
  TieResolver.Direction lookBack() {
    return earliestLookBack ? TieResolver.Direction.EARLIEST : TieResolver.Direction.MOST_RECENT;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    checkNotNull(election, "election");
    checkNotNull(tieBreaker, "tieBreaker");
    return MeekCount.run(this, election, tieBreaker).result();
  }

  @Override
  StvCountback.Papers papersOf(Election election, Candidate member, TieBreaker tieBreaker) {
    MeekCount count = MeekCount.run(this, election, tieBreaker);
    StvCountback.checkElected(count.result(), member);
    return new StvCountback.Papers(count.tree(), scale(), decimals, count.papersOf(election.indexOf(member)));
  }

  /**
   * Builds a {@link MeekStv}; unset settings keep those of {@link StvMethods#meek()}.
   *
   * <p>Not thread-safe; the methods it builds are.
   */
  public static final class Builder {
    private String name = "meek";
    private int decimals = 18;
    private int guardDigits = 9;
    private boolean quotaFromCandidateVotes = true;
    private boolean roundUp;
    private int omegaPlaces = 9;
    private boolean batchExclusion = true;
    private boolean earliestLookBack;

    private Builder() {}

    /**
     * Sets the name reports show.
     *
     * @param name for example {@code "meek-6dp"}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = checkNotNull(name, "name");
      return this;
    }

    /**
     * Sets the significant decimal places (1 to 30).
     *
     * @param decimals the places
     * @return this builder
     */
    public Builder decimals(int decimals) {
      this.decimals = decimals;
      return this;
    }

    /**
     * Sets the guard digits carried beyond them (0 to 30).
     *
     * @param guardDigits the digits
     * @return this builder
     */
    public Builder guardDigits(int guardDigits) {
      this.guardDigits = guardDigits;
      return this;
    }

    /**
     * Chooses the quota's base: the candidates' votes (true), or the valid papers less the
     * non-transferable votes (false).
     *
     * @param fromCandidateVotes true for the candidates' votes
     * @return this builder
     */
    public Builder quotaFromCandidateVotes(boolean fromCandidateVotes) {
      this.quotaFromCandidateVotes = fromCandidateVotes;
      return this;
    }

    /**
     * Chooses to round a paper's shares up (true) or down (false).
     *
     * @param roundUp true to round up
     * @return this builder
     */
    public Builder roundUp(boolean roundUp) {
      this.roundUp = roundUp;
      return this;
    }

    /**
     * Sets k: iteration stops once the total surplus is below 10^-k (1 to the places of the
     * arithmetic).
     *
     * @param k the places
     * @return this builder
     */
    public Builder omegaPlaces(int k) {
      this.omegaPlaces = k;
      return this;
    }

    /**
     * Chooses batch exclusion of sure losers.
     *
     * @param batch true to exclude sure losers together
     * @return this builder
     */
    public Builder batchExclusion(boolean batch) {
      this.batchExclusion = batch;
      return this;
    }

    /**
     * Chooses the earliest stage (true) or the most recent (false) for the look-back of ties.
     *
     * @param earliest true for the earliest
     * @return this builder
     */
    public Builder earliestLookBack(boolean earliest) {
      this.earliestLookBack = earliest;
      return this;
    }

    /**
     * Builds the method.
     *
     * @return the method
     * @throws InvalidValueException if a setting is out of range
     */
    public MeekStv build() {
      if (decimals < 1 || decimals > 30) {
        throw new InvalidValueException("decimals", decimals, "decimals (" + decimals + ") must be between 1 and 30");
      }
      if (guardDigits < 0 || guardDigits > 30) {
        throw new InvalidValueException(
            "guardDigits", guardDigits, "guardDigits (" + guardDigits + ") must be between 0 and 30");
      }
      if (omegaPlaces < 1 || omegaPlaces > decimals + guardDigits) {
        throw new InvalidValueException(
            "omegaPlaces",
            omegaPlaces,
            "omegaPlaces (" + omegaPlaces + ") must be between 1 and " + (decimals + guardDigits));
      }
      if (name.isEmpty()) {
        throw new InvalidValueException("name", name, "a method's name must not be empty");
      }
      return new MeekStv(this);
    }
  }
}
