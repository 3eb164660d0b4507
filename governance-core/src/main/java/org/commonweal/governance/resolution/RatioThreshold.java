package org.commonweal.governance.resolution;

import com.google.common.collect.ImmutableList;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * A supermajority stated as a ratio of the votes for to the votes against, abstentions ignored: the
 * Debian constitution's "3:1" for amending the constitution.
 *
 * <p>Debian's text since version 1.6 (2015): an option defeats the default option by a majority ratio
 * N if the votes preferring it are <em>greater than or equal to</em> N times those preferring the
 * default <em>and</em> strictly greater than them ({@link #atLeast(Fraction)}); the text from 2003 to
 * 2015 said <em>strictly greater than</em> N times ({@link #moreThan(Fraction)}), which made 3:1 need 4
 * votes to overcome one. Either way a ratio threshold needs at least one vote in favour.
 *
 * <pre>{@code
 * RatioThreshold debian = RatioThreshold.atLeast(Fraction.of(3));
 * Resolution amend = Resolution.builder().title("Amend the constitution").addConditions(debian).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class RatioThreshold extends Condition {
  RatioThreshold() {}

  /**
   * Returns the ratio N of votes for to votes against, for example 3 for 3:1.
   *
   * @return the ratio, above 0
   */
  public abstract Fraction ratio();

  /**
   * Returns whether the votes for must be strictly more than N times those against.
   *
   * @return true for "more than"
   */
  public abstract boolean strict();

  /**
   * Returns whether weighted votes or members are counted.
   *
   * @return the measure; {@link Measure#VOTES} by default
   */
  @Value.Default
  public Measure measure() {
    return Measure.VOTES;
  }

  /**
   * Returns a threshold of at least {@code ratio} times the votes against, and more for than against
   * (Debian constitution since 1.6, A.6(3)).
   *
   * @param ratio the ratio, above 0
   * @return the threshold
   */
  public static RatioThreshold atLeast(Fraction ratio) {
    return ImmutableRatioThreshold.builder().ratio(ratio).strict(false).build();
  }

  /**
   * Returns a threshold of more than {@code ratio} times the votes against (Debian constitution 1.2 to
   * 1.5).
   *
   * @param ratio the ratio, above 0
   * @return the threshold
   */
  public static RatioThreshold moreThan(Fraction ratio) {
    return ImmutableRatioThreshold.builder().ratio(ratio).strict(true).build();
  }

  /**
   * Returns this threshold counting members rather than weighted votes.
   *
   * @return the threshold
   */
  public RatioThreshold byHeads() {
    return ImmutableRatioThreshold.builder().from(this).measure(Measure.HEADS).build();
  }

  @Override
  public String description() {
    return (strict() ? "votes for more than " : "votes for at least ") + ratio() + " times the votes against"
        + (strict() ? "" : ", and more than them") + (measure() == Measure.HEADS ? " (members)" : "");
  }

  /** Whether a tie of for and against is this threshold's boundary (a 1:1 ratio). */
  boolean tieEligible() {
    return ratio().equals(Fraction.ONE);
  }

  Fraction[] forAndAgainst(Tally tally) {
    Threshold cast = Threshold.moreThan(Fraction.ZERO, Base.VOTES_CAST);
    return measure() == Measure.HEADS ? cast.byHeads().forAndAgainst(tally) : cast.forAndAgainst(tally);
  }

  @Override
  ImmutableList<ConditionResult> evaluate(Tally tally) {
    Fraction[] fa = forAndAgainst(tally);
    Fraction inFavour = fa[0];
    Fraction against = fa[1];
    Fraction required = ratio().times(against);
    int cmp = inFavour.compareTo(required);
    boolean met = inFavour.signum() > 0 && (strict() ? cmp > 0 : cmp >= 0 && inFavour.isGreaterThan(against));
    String explanation = inFavour + " for, " + against + " against; needed " + (strict() ? "more than " : "at least ")
        + required + " (" + ratio() + " x " + against + ")" + (strict() ? "" : " and more than " + against)
        + ": " + (met ? "met" : "not met");
    return ImmutableList.of(ImmutableConditionResult.builder()
        .condition(description())
        .met(met)
        .value(inFavour)
        .base(against)
        .required(required)
        .strict(strict())
        .explanation(explanation)
        .build());
  }

  @Value.Check
  void check() {
    if (ratio().signum() <= 0) {
      throw new InvalidValueException("ratio", ratio(), "supermajority ratio " + ratio() + " must be above 0");
    }
  }
}
