package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;

/**
 * The weighted inclusive Gregory method (WIGM), the generic form of the rule that Scottish STV
 * writes into statute: every paper of a candidate with a surplus moves on at "surplus times the paper's
 * value divided by the candidate's total", the largest surplus first, one a stage; with no surplus the
 * lowest candidate is excluded, one at a time, and their papers move on at their values; when the
 * continuing candidates are as many as the vacancies left, they are elected.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>{@link StvMethods#wigm()} (the reference)</th></tr>
 *   <tr><td>{@link Builder#decimals(int)}: significant decimal places</td><td>18</td></tr>
 *   <tr><td>{@link Builder#guardDigits(int)}: further places carried, so that arithmetic is done to
 *       decimals + guard places, every result rounded down</td><td>9</td></tr>
 *   <tr><td>{@link Builder#wholeQuota(boolean)}: the whole-number Droop quota floor(V / (seats + 1)) + 1
 *       instead of V / (seats + 1) plus one unit of the last significant place</td><td>false</td></tr>
 * </table>
 *
 * <p>A candidate is elected on reaching the quota. Ties for the largest surplus or the lowest vote
 * are broken by the most recent earlier stage at which the candidates differed, then by lot. Equal
 * preferences are shared equally among every strict order of the tied candidates.
 *
 * <p>The reference settings are those of the Droop counter's {@code wigm} rule (J. Lundell, Droop
 * v0.14) with its default "guarded" arithmetic, against which {@code reference-meek-wigm.csv} was
 * produced. Cost: O(P + L log L) to build the tree of L preferences over P papers, then per stage one
 * pass over the tree nodes holding the papers moved.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WigmStv extends StvMethod {
  private final StvGregoryCount.Settings settings;
  private final int decimals;
  private final int guardDigits;
  private final boolean wholeQuota;

  private WigmStv(String name, int decimals, int guardDigits, boolean wholeQuota) {
    this.decimals = decimals;
    this.guardDigits = guardDigits;
    this.wholeQuota = wholeQuota;
    this.settings =
        new StvGregoryCount.Settings(
            name,
            decimals + guardDigits,
            decimals,
            wholeQuota,
            decimals,
            TieResolver.Direction.MOST_RECENT,
            StvTree.EqualPreferences.SHARE);
  }

  /** The reference settings: {@code wigm}. */
  static final WigmStv REFERENCE = new WigmStv("wigm", 18, 9, false);

  /**
   * Returns a builder, starting from the reference settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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
   * Returns the guard digits carried beyond the significant places.
   *
   * @return the guard digits
   */
  public int guardDigits() {
    return guardDigits;
  }

  /**
   * Returns whether the quota is the whole-number Droop quota.
   *
   * @return true for floor(V / (seats + 1)) + 1
   */
  public boolean wholeQuota() {
    return wholeQuota;
  }

  @Override
  public String name() {
    return settings.name;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    checkNotNull(election, "election");
    checkNotNull(tieBreaker, "tieBreaker");
    return StvGregoryCount.run(settings, election, tieBreaker).result();
  }

  @Override
  StvCountback.Papers papersOf(Election election, Candidate member, TieBreaker tieBreaker) {
    return StvGregoryCount.run(settings, election, tieBreaker).papersOf(member);
  }

  @Override
  TieResolver.Direction lookBack() {
    return settings.lookBack;
  }

  /**
   * Builds a {@link WigmStv} with chosen settings; unset ones keep the reference values.
   *
   * <p>Not thread-safe; the methods it builds are.
   */
  public static final class Builder {
    private String name = "wigm";
    private int decimals = 18;
    private int guardDigits = 9;
    private boolean wholeQuota;

    private Builder() {}

    /**
     * Sets the name reports show.
     *
     * @param name for example {@code "wigm-5dp"}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = checkNotNull(name, "name");
      return this;
    }

    /**
     * Sets the significant decimal places (0 to 30).
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
     * Chooses the whole-number Droop quota floor(V / (seats + 1)) + 1.
     *
     * @param wholeQuota true for the whole-number quota
     * @return this builder
     */
    public Builder wholeQuota(boolean wholeQuota) {
      this.wholeQuota = wholeQuota;
      return this;
    }

    /**
     * Builds the method.
     *
     * @return the method
     * @throws InvalidValueException if decimals or guard digits are outside 0 to 30, or the name is
     *     empty
     */
    public WigmStv build() {
      if (decimals < 0 || decimals > 30) {
        throw new InvalidValueException("decimals", decimals, "decimals (" + decimals + ") must be between 0 and 30");
      }
      if (guardDigits < 0 || guardDigits > 30) {
        throw new InvalidValueException(
            "guardDigits", guardDigits, "guardDigits (" + guardDigits + ") must be between 0 and 30");
      }
      if (name.isEmpty()) {
        throw new InvalidValueException("name", name, "a method's name must not be empty");
      }
      return new WigmStv(name, decimals, guardDigits, wholeQuota);
    }
  }
}
