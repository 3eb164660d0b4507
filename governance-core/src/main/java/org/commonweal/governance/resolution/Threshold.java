package org.commonweal.governance.resolution;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VoteWeights;
import org.immutables.value.Value;

/**
 * A fraction of a stated base that must vote in favour: "more than half of the votes cast", "at least
 * three quarters of the votes cast", "more than half of all eligible votes".
 *
 * <p>A threshold names everything that changes its answer: the {@linkplain #base() base} (votes cast,
 * votes of those present, all eligible votes), "more than" or "at least" ({@link #strict()}), whether
 * abstentions and spoilt votes are counted in the base of votes cast, and whether it counts weighted
 * votes or members ({@link #measure()}). A threshold is never met on an empty base.
 *
 * <table>
 *   <caption>Common thresholds</caption>
 *   <tr><th>rule</th><th>threshold</th><th>source</th></tr>
 *   <tr><td>ordinary resolution</td><td>{@code moreThan(1/2, VOTES_CAST)}</td><td>Companies Act 2006
 *       s.282</td></tr>
 *   <tr><td>special resolution</td><td>{@code atLeast(3/4, VOTES_CAST)}</td><td>Companies Act 2006
 *       s.283</td></tr>
 *   <tr><td>written ordinary resolution</td><td>{@code moreThan(1/2, ALL_ELIGIBLE)}</td><td>Companies Act
 *       2006 s.282(2)</td></tr>
 *   <tr><td>75% of the members (by signature)</td><td>{@code atLeast(3/4, ALL_ELIGIBLE).byHeads()}</td>
 *       <td>CCBS 2014 s.119</td></tr>
 *   <tr><td>a majority, abstentions counting against</td><td>{@code moreThan(1/2,
 *       VOTES_CAST).countingAbstentions()}</td><td></td></tr>
 * </table>
 *
 * <pre>{@code
 * Threshold special = Threshold.atLeast(Fraction.of(3, 4), Base.VOTES_CAST);
 * Resolution r = Resolution.builder().title("Amend rule 12").kind(Resolution.Kind.SPECIAL).addConditions(special).build();
 * }</pre>
 *
 * <p>Evaluating costs one weighing of the participants, O(n log n). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Threshold extends Condition {
  Threshold() {}

  /**
   * Returns the fraction of the base needed.
   *
   * @return the fraction
   */
  public abstract Fraction fraction();

  /**
   * Returns whether strictly more than the fraction is needed ("more than half") rather than at least
   * it ("at least three quarters").
   *
   * @return true for "more than"
   */
  public abstract boolean strict();

  /**
   * Returns the base.
   *
   * @return the base
   */
  public abstract Base base();

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
   * Returns whether abstentions count in a base of votes cast (so that they weigh like votes against).
   *
   * @return false by default
   */
  @Value.Default
  public boolean abstentionsCounted() {
    return false;
  }

  /**
   * Returns whether spoilt votes count in a base of votes cast.
   *
   * @return false by default
   */
  @Value.Default
  public boolean spoiltCounted() {
    return false;
  }

  /**
   * Returns a threshold of more than {@code fraction} of {@code base}.
   *
   * @param fraction at least 0, below 1
   * @param base the base
   * @return the threshold
   */
  public static Threshold moreThan(Fraction fraction, Base base) {
    return ImmutableThreshold.builder().fraction(fraction).strict(true).base(base).build();
  }

  /**
   * Returns a threshold of at least {@code fraction} of {@code base}.
   *
   * @param fraction above 0, at most 1
   * @param base the base
   * @return the threshold
   */
  public static Threshold atLeast(Fraction fraction, Base base) {
    return ImmutableThreshold.builder().fraction(fraction).strict(false).base(base).build();
  }

  /**
   * Returns more than half of the votes cast: an ordinary resolution (Companies Act 2006 s.282), a
   * majority under Robert's Rules of Order.
   *
   * @return the threshold
   */
  public static Threshold majorityOfVotesCast() {
    return moreThan(Fraction.ONE_HALF, Base.VOTES_CAST);
  }

  /**
   * Returns at least three quarters of the votes cast: a special resolution (Companies Act 2006 s.283).
   *
   * @return the threshold
   */
  public static Threshold threeQuartersOfVotesCast() {
    return atLeast(Fraction.of(3, 4), Base.VOTES_CAST);
  }

  /**
   * Returns this threshold counting members rather than weighted votes.
   *
   * @return the threshold
   */
  public Threshold byHeads() {
    return ImmutableThreshold.builder().from(this).measure(Measure.HEADS).build();
  }

  /**
   * Returns this threshold counting abstentions in a base of votes cast.
   *
   * @return the threshold
   */
  public Threshold countingAbstentions() {
    return ImmutableThreshold.builder().from(this).abstentionsCounted(true).build();
  }

  /**
   * Returns this threshold counting spoilt votes in a base of votes cast.
   *
   * @return the threshold
   */
  public Threshold countingSpoilt() {
    return ImmutableThreshold.builder().from(this).spoiltCounted(true).build();
  }

  @Override
  public String description() {
    StringBuilder s = new StringBuilder(strict() ? "more than " : "at least ").append(fraction()).append(" of ");
    if (measure() == Measure.HEADS) {
      s.append(base() == Base.ALL_ELIGIBLE ? "all eligible members" : base() == Base.VOTES_CAST
          ? "the members voting" : "the members present");
    } else {
      s.append(base().phrase());
    }
    if (base() == Base.VOTES_CAST && (abstentionsCounted() || spoiltCounted())) {
      s.append(abstentionsCounted() && spoiltCounted() ? ", abstentions and spoilt votes counted"
          : abstentionsCounted() ? ", abstentions counted" : ", spoilt votes counted");
    }
    return s.toString();
  }

  @Override
  ImmutableList<ConditionResult> evaluate(Tally tally) {
    return ImmutableList.of(evaluateIn(tally, Optional.empty()));
  }

  /** Whether a tie of for and against is the boundary of this threshold, so that a tie rule applies. */
  boolean tieEligible() {
    return base() == Base.VOTES_CAST && fraction().equals(Fraction.ONE_HALF) && !abstentionsCounted() && !spoiltCounted();
  }

  /** The votes for and against in this threshold's measure and weighting. */
  Fraction[] forAndAgainst(Tally tally) {
    Count c = count(tally, Optional.empty());
    return new Fraction[] {c.inFavour, c.against};
  }

  ConditionResult evaluateIn(Tally tally, Optional<ClassId> inClass) {
    Count c = count(tally, inClass);
    Fraction required = fraction().times(c.base);
    int cmp = c.inFavour.compareTo(required);
    boolean met = c.base.signum() > 0 && (strict() ? cmp > 0 : cmp >= 0);
    String unit = measure() == Measure.HEADS ? " members" : "";
    String explanation = "for " + c.inFavour + " of " + c.base + unit + " (" + percent(c.inFavour, c.base) + "); needed "
        + (strict() ? "more than " : "at least ") + required + (c.base.isZero() ? "; the base is empty" : "")
        + ": " + (met ? "met" : "not met");
    return ImmutableConditionResult.builder()
        .condition(inClass.map(k -> "in class " + k + ": ").orElse("") + description())
        .met(met)
        .value(c.inFavour)
        .base(c.base)
        .required(required)
        .strict(strict())
        .explanation(explanation)
        .build();
  }

  private static final class Count {
    final Fraction inFavour;
    final Fraction against;
    final Fraction base;

    Count(Fraction inFavour, Fraction against, Fraction base) {
      this.inFavour = inFavour;
      this.against = against;
      this.base = base;
    }
  }

  private Count count(Tally tally, Optional<ClassId> inClass) {
    Set<MemberId> participants;
    switch (base()) {
      case VOTES_CAST:
        Set<Choice> choices = EnumSet.of(Choice.FOR, Choice.AGAINST);
        if (abstentionsCounted()) {
          choices.add(Choice.ABSTAIN);
        }
        if (spoiltCounted()) {
          choices.add(Choice.SPOILT);
        }
        participants = tally.membersChoosing(choices, Optional.empty());
        break;
      case VOTES_OF_THOSE_PRESENT:
        participants = tally.present();
        break;
      default:
        participants = tally.roll().voters();
        break;
    }
    VoteWeights w = measure() == Measure.HEADS ? null
        : base() == Base.ALL_ELIGIBLE ? tally.roll().entitlement() : tally.roll().weigh(participants);
    Fraction inFavour = Fraction.ZERO;
    Fraction against = Fraction.ZERO;
    Fraction total = Fraction.ZERO;
    for (MemberId m : participants) {
      if (!tally.roll().hasVote(m) || (inClass.isPresent() && !tally.roll().votingClassOf(m).equals(inClass))) {
        continue;
      }
      Fraction weight = w == null ? Fraction.ONE : w.weightOf(m);
      total = total.plus(weight);
      Optional<Choice> choice = tally.choiceOf(m);
      if (choice.equals(Optional.of(Choice.FOR))) {
        inFavour = inFavour.plus(weight);
      } else if (choice.equals(Optional.of(Choice.AGAINST))) {
        against = against.plus(weight);
      }
    }
    return new Count(inFavour, against, total);
  }

  @Value.Check
  void check() {
    boolean ok = strict()
        ? fraction().signum() >= 0 && fraction().isLessThan(Fraction.ONE)
        : fraction().signum() > 0 && fraction().isAtMost(Fraction.ONE);
    if (!ok) {
      throw new InvalidValueException("fraction", fraction(), "threshold fraction " + fraction() + " for \""
          + (strict() ? "more than" : "at least") + "\" must be " + (strict() ? "at least 0 and below 1" : "above 0 and at most 1"));
    }
  }
}
