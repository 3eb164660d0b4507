package org.commonweal.governance.resolution;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;

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
 * <p>A record: two ratio thresholds are equal when every setting is; its constructor checks the ratio as
 * the factories do. Immutable and thread-safe; its {@code toString()} is its {@link #description()}.
 *
 * @param ratio the ratio N of votes for to votes against, for example 3 for 3:1; above 0
 * @param strict whether the votes for must be strictly more than N times those against
 * @param countedBy whether weighted votes or heads are counted; {@link CountedBy#VOTES} from the
 *     factories
 * @since 0.1.0
 */
public record RatioThreshold(Fraction ratio, boolean strict, CountedBy countedBy) implements Condition {

  /**
   * Checks the ratio.
   *
   * @throws InvalidValueException if the ratio is not above 0
   */
  public RatioThreshold {
    checkNotNull(ratio, "ratio");
    checkNotNull(countedBy, "countedBy");
    Checks.check(ratio.signum() > 0, "ratio", ratio, "supermajority ratio %s must be above 0", ratio);
  }

  /**
   * Returns a threshold of at least {@code ratio} times the votes against, and more for than against
   * (Debian constitution since 1.6, A.6(3)).
   *
   * @param ratio the ratio, above 0
   * @return the threshold
   */
  public static RatioThreshold atLeast(Fraction ratio) {
    return new RatioThreshold(ratio, false, CountedBy.VOTES);
  }

  /**
   * Returns a threshold of more than {@code ratio} times the votes against (Debian constitution 1.2 to
   * 1.5).
   *
   * @param ratio the ratio, above 0
   * @return the threshold
   */
  public static RatioThreshold moreThan(Fraction ratio) {
    return new RatioThreshold(ratio, true, CountedBy.VOTES);
  }

  /**
   * Returns this threshold counting members rather than weighted votes.
   *
   * @return the threshold
   */
  public RatioThreshold byHeads() {
    return new RatioThreshold(ratio, strict, CountedBy.HEADS);
  }

  @Override
  public String description() {
    return (strict ? "votes for more than " : "votes for at least ") + ratio + " times the votes against"
        + (strict ? "" : ", and more than them") + (countedBy == CountedBy.HEADS ? " (members)" : "");
  }

  /**
   * Decides the ratio on a tally: the votes for against the ratio times the votes against.
   *
   * @param tally the votes
   * @return the decision, with the votes for, the votes against and the amount needed
   */
  @Override
  public ConditionDecision decide(Tally tally) {
    Fraction[] fa = forAndAgainst(tally);
    Fraction inFavour = fa[0];
    Fraction against = fa[1];
    Fraction required = ratio.times(against);
    int cmp = inFavour.compareTo(required);
    boolean met = inFavour.signum() > 0 && (strict ? cmp > 0 : cmp >= 0 && inFavour.isGreaterThan(against));
    String explanation = inFavour + " for, " + against + " against; needed " + (strict ? "more than " : "at least ")
        + required + " (" + ratio + " x " + against + ")" + (strict ? "" : " and more than " + against)
        + ": " + (met ? "met" : "not met");
    return ImmutableConditionDecision.builder()
        .rule(description())
        .met(met)
        .value(inFavour)
        .base(against)
        .required(required)
        .strict(strict)
        .explanation(explanation)
        .build();
  }

  /** Returns {@link #description()}. */
  @Override
  public String toString() {
    return description();
  }

  /** Whether a tie of for and against is this threshold's boundary (a 1:1 ratio). */
  boolean tieEligible() {
    return ratio.equals(Fraction.ONE);
  }

  Fraction[] forAndAgainst(Tally tally) {
    Threshold cast = Threshold.moreThan(Fraction.ZERO, VoteBase.VOTES_CAST);
    return countedBy == CountedBy.HEADS ? cast.byHeads().forAndAgainst(tally) : cast.forAndAgainst(tally);
  }
}
