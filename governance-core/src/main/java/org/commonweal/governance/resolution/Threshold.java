package org.commonweal.governance.resolution;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VoteWeights;

/**
 * A fraction of a stated base that must vote in favour: "more than half of the votes cast", "at least
 * three quarters of the votes cast", "more than half of all eligible votes".
 *
 * <p>A threshold names everything that changes its answer: the {@linkplain #base() base} (votes cast,
 * votes of those present, all eligible votes), "more than" or "at least" ({@link #strict()}), whether
 * abstentions and spoilt votes are counted in the base of votes cast, and whether it counts weighted
 * votes or heads ({@link #countedBy()}). A threshold is never met on an empty base.
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
 * Threshold special = Threshold.atLeast(Fraction.of(3, 4), VoteBase.VOTES_CAST);
 * Resolution r = Resolution.builder().title("Amend rule 12").kind(Resolution.Kind.SPECIAL).addConditions(special).build();
 * }</pre>
 *
 * <p>Deciding costs one weighing of the participants, O(n log n). A record: two thresholds are equal
 * when every setting is; its constructor checks the fraction as the factories do. Immutable and
 * thread-safe; its {@code toString()} is its {@link #description()}.
 *
 * @param fraction the fraction of the base needed: for "more than", at least 0 and below 1; for "at
 *     least", above 0 and at most 1
 * @param strict whether strictly more than the fraction is needed ("more than half") rather than at
 *     least it ("at least three quarters")
 * @param base what the fraction is of
 * @param countedBy whether weighted votes or heads are counted; {@link CountedBy#VOTES} from the
 *     factories
 * @param abstentionsCounted whether abstentions count in a base of votes cast (so that they weigh like
 *     votes against); false from the factories
 * @param spoiltCounted whether spoilt votes count in a base of votes cast; false from the factories
 * @since 0.1.0
 */
public record Threshold(
    Fraction fraction, boolean strict, VoteBase base, CountedBy countedBy, boolean abstentionsCounted, boolean spoiltCounted)
    implements Condition {

  /**
   * Checks the fraction against "more than" or "at least".
   *
   * @throws InvalidValueException if the fraction is out of its range
   */
  public Threshold {
    checkNotNull(fraction, "fraction");
    checkNotNull(base, "base");
    checkNotNull(countedBy, "countedBy");
    boolean ok = strict
        ? fraction.signum() >= 0 && fraction.isLessThan(Fraction.ONE)
        : fraction.signum() > 0 && fraction.isAtMost(Fraction.ONE);
    Checks.check(
        ok,
        "fraction",
        fraction,
        "threshold fraction %s for \"%s\" must be %s",
        fraction,
        strict ? "more than" : "at least",
        strict ? "at least 0 and below 1" : "above 0 and at most 1");
  }

  /**
   * Returns a threshold of more than {@code fraction} of {@code base}.
   *
   * @param fraction at least 0, below 1
   * @param base the base
   * @return the threshold
   */
  public static Threshold moreThan(Fraction fraction, VoteBase base) {
    return new Threshold(fraction, true, base, CountedBy.VOTES, false, false);
  }

  /**
   * Returns a threshold of at least {@code fraction} of {@code base}.
   *
   * @param fraction above 0, at most 1
   * @param base the base
   * @return the threshold
   */
  public static Threshold atLeast(Fraction fraction, VoteBase base) {
    return new Threshold(fraction, false, base, CountedBy.VOTES, false, false);
  }

  /**
   * Returns more than half of the votes cast: an ordinary resolution (Companies Act 2006 s.282), a
   * majority under Robert's Rules of Order.
   *
   * @return the threshold
   */
  public static Threshold majorityOfVotesCast() {
    return moreThan(Fraction.ONE_HALF, VoteBase.VOTES_CAST);
  }

  /**
   * Returns at least three quarters of the votes cast: a special resolution (Companies Act 2006 s.283).
   *
   * @return the threshold
   */
  public static Threshold threeQuartersOfVotesCast() {
    return atLeast(Fraction.of(3, 4), VoteBase.VOTES_CAST);
  }

  /**
   * Returns this threshold counting members rather than weighted votes.
   *
   * @return the threshold
   */
  public Threshold byHeads() {
    return new Threshold(fraction, strict, base, CountedBy.HEADS, abstentionsCounted, spoiltCounted);
  }

  /**
   * Returns this threshold counting abstentions in a base of votes cast.
   *
   * @return the threshold
   */
  public Threshold countingAbstentions() {
    return new Threshold(fraction, strict, base, countedBy, true, spoiltCounted);
  }

  /**
   * Returns this threshold counting spoilt votes in a base of votes cast.
   *
   * @return the threshold
   */
  public Threshold countingSpoilt() {
    return new Threshold(fraction, strict, base, countedBy, abstentionsCounted, true);
  }

  @Override
  public String description() {
    StringBuilder s = new StringBuilder(strict ? "more than " : "at least ").append(fraction).append(" of ");
    if (countedBy == CountedBy.HEADS) {
      s.append(base == VoteBase.ALL_ELIGIBLE ? "all eligible members" : base == VoteBase.VOTES_CAST
          ? "the members voting" : "the members present");
    } else {
      s.append(base.phrase());
    }
    if (base == VoteBase.VOTES_CAST && (abstentionsCounted || spoiltCounted)) {
      s.append(abstentionsCounted && spoiltCounted ? ", abstentions and spoilt votes counted"
          : abstentionsCounted ? ", abstentions counted" : ", spoilt votes counted");
    }
    return s.toString();
  }

  /**
   * Decides the threshold on a tally: the votes (or members) in favour against the fraction of the base.
   *
   * @param tally the votes
   * @return the decision, with the votes for, the base and the amount needed
   */
  @Override
  public ConditionDecision decide(Tally tally) {
    return decideIn(tally, Optional.empty());
  }

  /** Returns {@link #description()}. */
  @Override
  public String toString() {
    return description();
  }

  /** Whether a tie of for and against is the boundary of this threshold, so that a tie rule applies. */
  boolean tieEligible() {
    return base == VoteBase.VOTES_CAST && fraction.equals(Fraction.ONE_HALF) && !abstentionsCounted && !spoiltCounted;
  }

  /** The votes for and against in this threshold's count and weighting. */
  Fraction[] forAndAgainst(Tally tally) {
    Count c = count(tally, Optional.empty());
    return new Fraction[] {c.inFavour, c.against};
  }

  /** Decides the threshold among the members of one class, or of the whole roll. */
  ConditionDecision decideIn(Tally tally, Optional<ClassId> inClass) {
    Count c = count(tally, inClass);
    Fraction required = fraction.times(c.base);
    int cmp = c.inFavour.compareTo(required);
    boolean met = c.base.signum() > 0 && (strict ? cmp > 0 : cmp >= 0);
    boolean heads = countedBy == CountedBy.HEADS;
    String unit = heads ? (c.base.equals(Fraction.ONE) ? " member" : " members") : "";
    // People and hands are counted whole: "more than 58/3" of them is at least 20, and "at least 9/2"
    // hands of 6 is at least 5.
    String needed = heads || handsCounted(tally)
        ? "at least " + (strict ? required.floor().add(BigInteger.ONE) : required.ceiling())
        : (strict ? "more than " : "at least ") + required;
    String explanation = "for " + c.inFavour + " of " + c.base + unit + " ("
        + ConditionDecision.percent(c.inFavour, c.base, fraction, strict, met) + "); needed " + needed
        + (c.base.isZero() ? "; the base is empty" : "") + ": " + (met ? "met" : "not met");
    return ImmutableConditionDecision.builder()
        .rule(inClass.map(k -> "in class " + k + ": ").orElse("") + description())
        .met(met)
        .value(c.inFavour)
        .base(c.base)
        .required(required)
        .strict(strict)
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

  /**
   * Counts hands, on a show of hands: the hands shown for and against by and for the participants (of
   * the class), and as the base the hands they show in the base's choices, or, for the votes of those
   * present, every hand present whether shown or not. A base of all eligible votes is a written
   * resolution's, which no show of hands decides: it is weighed by the roll.
   */
  private Count countHands(Tally tally, Set<MemberId> participants, Optional<ClassId> inClass) {
    Set<MemberId> in = new TreeSet<>();
    for (MemberId m : participants) {
      if (tally.roll().hasVote(m) && (inClass.isEmpty() || tally.roll().votingClassOf(m).equals(inClass))) {
        in.add(m);
      }
    }
    Tally.Hands h = tally.hands(in);
    long total = h.of(EnumSet.allOf(Choice.class));
    if (base == VoteBase.VOTES_OF_THOSE_PRESENT) {
      total += h.silent;
    } else {
      total = h.of(Choice.FOR) + h.of(Choice.AGAINST) + (abstentionsCounted ? h.of(Choice.ABSTAIN) : 0)
          + (spoiltCounted ? h.of(Choice.SPOILT) : 0);
    }
    return new Count(Fraction.of(h.of(Choice.FOR)), Fraction.of(h.of(Choice.AGAINST)), Fraction.of(total));
  }

  /** Whether this threshold counts hands on the tally: on a show of hands, unless the base is the roll's. */
  private boolean handsCounted(Tally tally) {
    return !tally.method().weighedByRoll() && countedBy == CountedBy.VOTES && base != VoteBase.ALL_ELIGIBLE;
  }

  private Count count(Tally tally, Optional<ClassId> inClass) {
    Set<Choice> choices = EnumSet.of(Choice.FOR, Choice.AGAINST);
    if (abstentionsCounted) {
      choices.add(Choice.ABSTAIN);
    }
    if (spoiltCounted) {
      choices.add(Choice.SPOILT);
    }
    Set<MemberId> participants = switch (base) {
      case VOTES_CAST -> tally.membersChoosing(choices, Optional.empty());
      case VOTES_OF_THOSE_PRESENT -> tally.present();
      case ALL_ELIGIBLE -> tally.roll().voters();
    };
    if (handsCounted(tally)) {
      return countHands(tally, participants, inClass);
    }
    VoteWeights w = countedBy == CountedBy.HEADS ? null
        : base == VoteBase.ALL_ELIGIBLE ? tally.roll().entitlement() : tally.roll().weigh(participants);
    Fraction inFavour = Fraction.ZERO;
    Fraction against = Fraction.ZERO;
    Fraction total = Fraction.ZERO;
    for (MemberId m : participants) {
      if (!tally.roll().hasVote(m) || (inClass.isPresent() && !tally.roll().votingClassOf(m).equals(inClass))) {
        continue;
      }
      Fraction weight = w == null ? Fraction.ONE : w.weightOf(m);
      List<Tally.Part> parts = tally.partsOf(m);
      if (w == null || (parts.size() <= 1 && parts.stream().allMatch(p -> p.portion().equals(Fraction.ONE)))) {
        // A member is one head whatever the parts of the holding: for or against only if all of it is.
        total = total.plus(weight);
        Optional<Choice> choice = tally.choiceOf(m);
        if (choice.equals(Optional.of(Choice.FOR))) {
          inFavour = inFavour.plus(weight);
        } else if (choice.equals(Optional.of(Choice.AGAINST))) {
          against = against.plus(weight);
        }
        continue;
      }
      // A holding split among proxies (s.324(2)): each proxy's part of the member's votes counts as cast.
      Fraction cast = Fraction.ZERO;
      for (Tally.Part p : parts) {
        Fraction part = weight.times(p.portion());
        if (choices.contains(p.choice())) {
          cast = cast.plus(part);
        }
        if (p.choice() == Choice.FOR) {
          inFavour = inFavour.plus(part);
        } else if (p.choice() == Choice.AGAINST) {
          against = against.plus(part);
        }
      }
      total = total.plus(base == VoteBase.VOTES_CAST ? cast : weight);
    }
    return new Count(inFavour, against, total);
  }
}
