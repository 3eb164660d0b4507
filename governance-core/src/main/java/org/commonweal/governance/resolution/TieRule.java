package org.commonweal.governance.resolution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.voting.Choice;
import org.jspecify.annotations.Nullable;

/**
 * What decides a motion when the votes for equal the votes against on its majority threshold (a
 * fraction of exactly 1/2 of the votes cast, or a 1:1 ratio).
 *
 * <table>
 *   <caption>Tie rules</caption>
 *   <tr><th>rule</th><th>factory</th><th>record</th><th>source</th></tr>
 *   <tr><td>the threshold decides ("more than half" fails, "at least half" passes)</td><td>{@link
 *       #byThreshold()}, the default</td><td>{@link ByThreshold}</td><td></td></tr>
 *   <tr><td>a tie is lost</td><td>{@link #lost()}</td><td>{@link Lost}</td><td>Robert's Rules of Order; the
 *       worker co-operative model (no casting vote)</td></tr>
 *   <tr><td>the chair has a casting vote</td><td>{@link #castingVote()}</td><td>{@link CastingVote}</td>
 *       <td>Model Articles (private companies) art. 13, for directors' meetings</td></tr>
 *   <tr><td>the status quo prevails</td><td>{@link #statusQuo(Choice)}</td><td>{@link StatusQuo}</td>
 *       <td></td></tr>
 *   <tr><td>by lot</td><td>{@link #lot(TieBreaker)}</td><td>{@link Lot}</td><td>the caller's {@link
 *       TieBreaker}, whose draw is recorded</td></tr>
 * </table>
 *
 * <pre>{@code
 * Resolution r = Resolution.ordinary("Adopt the budget").withTieRule(TieRule.castingVote());
 * ResolutionOutcome o = r.decide(tally);
 * String tie = o.tie().map(TieDecision::explain).orElse("no tie");
 * }</pre>
 *
 * <p>A chair who has a casting vote and does not use it leaves the motion lost. Each rule is a public
 * record that a caller can inspect, store and compare; two rules are equal when they are the same record
 * holding equal values (two lots, when their tie-breakers are described alike). Immutable and
 * thread-safe; a rule's {@code toString()} is its {@link #description()}.
 *
 * @since 0.1.0
 */
public sealed interface TieRule
    permits TieRule.ByThreshold, TieRule.Lost, TieRule.CastingVote, TieRule.StatusQuo, TieRule.Lot {

  /**
   * Returns the rule in words.
   *
   * @return the description
   */
  String description();

  /**
   * Decides a tie: the votes for equal the votes against on the resolution's majority threshold, whose
   * decision is {@code tied}. {@link Resolution#decide(Tally)} calls this on such a tie only, and lets the
   * answer stand for the threshold's unless the rule is {@link #byThreshold()}.
   *
   * @param tied the decision of the majority threshold that tied, whose {@link ConditionDecision#value()}
   *     is the votes on each side
   * @param tally the votes, with the chair's casting vote if one was given
   * @return the side that prevails, with the reason and any lot drawn
   */
  TieDecision decide(ConditionDecision tied, Tally tally);

  /**
   * Returns the default rule: no special tie rule, the threshold decides.
   *
   * @return the rule
   */
  static TieRule byThreshold() {
    return new ByThreshold();
  }

  /**
   * Returns the rule that a tie is lost.
   *
   * @return the rule
   */
  static TieRule lost() {
    return new Lost();
  }

  /**
   * Returns the rule that the chair's casting vote decides a tie; the chair's choice is recorded in the
   * {@link Tally}.
   *
   * @return the rule
   */
  static TieRule castingVote() {
    return new CastingVote();
  }

  /**
   * Returns the rule that the status quo prevails: the side that leaves things as they are.
   *
   * @param statusQuoSide {@link Choice#AGAINST} for a motion to change something (the usual case), or
   *     {@link Choice#FOR} for a motion to keep something that would otherwise lapse
   * @return the rule
   * @throws InvalidValueException if the side is neither for nor against
   */
  static TieRule statusQuo(Choice statusQuoSide) {
    return new StatusQuo(statusQuoSide);
  }

  /**
   * Returns the rule that a tie is decided by lot, drawn by the caller's tie-breaker between for and
   * against (presented in that order, draw number 1); the draw is recorded in the outcome.
   *
   * @param tieBreaker the tie-breaker
   * @return the rule
   */
  static TieRule lot(TieBreaker tieBreaker) {
    return new Lot(tieBreaker);
  }

  /**
   * The threshold decides: "more than half" fails on a tie, "at least half" passes. All instances are
   * equal.
   *
   * @since 0.1.0
   */
  record ByThreshold() implements TieRule {
    @Override
    public String description() {
      return "the threshold decides a tie";
    }

    @Override
    public TieDecision decide(ConditionDecision tied, Tally tally) {
      return decision(this, tied, tied.met() ? Choice.FOR : Choice.AGAINST, null, "the threshold decides");
    }

    /** A fixed hash, distinct from the other rules without values. */
    @Override
    public int hashCode() {
      return 1;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * A tie is lost. All instances are equal.
   *
   * @since 0.1.0
   */
  record Lost() implements TieRule {
    @Override
    public String description() {
      return "a tie is lost";
    }

    @Override
    public TieDecision decide(ConditionDecision tied, Tally tally) {
      return decision(this, tied, Choice.AGAINST, null, "a tie is lost");
    }

    /** A fixed hash, distinct from the other rules without values. */
    @Override
    public int hashCode() {
      return 2;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * The chair's casting vote, recorded in the {@link Tally}, decides; without one the motion is lost. All
   * instances are equal.
   *
   * @since 0.1.0
   */
  record CastingVote() implements TieRule {
    @Override
    public String description() {
      return "the chair has a casting vote";
    }

    @Override
    public TieDecision decide(ConditionDecision tied, Tally tally) {
      Optional<Choice> casting = tally.castingVote();
      if (casting.isEmpty()) {
        return decision(this, tied, Choice.AGAINST, null, "the chair gave no casting vote");
      }
      return decision(this, tied, casting.get(), null, "the chair's casting vote was " + casting.get().label());
    }

    /** A fixed hash, distinct from the other rules without values. */
    @Override
    public int hashCode() {
      return 3;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * The status quo prevails: the side that leaves things as they are.
   *
   * @param side {@link Choice#AGAINST} for a motion to change something, {@link Choice#FOR} for a motion
   *     to keep something that would otherwise lapse
   * @since 0.1.0
   */
  record StatusQuo(Choice side) implements TieRule {
    /**
     * Checks the side.
     *
     * @throws InvalidValueException if the side is neither for nor against
     */
    public StatusQuo {
      checkNotNull(side, "side");
      Checks.check(
          side == Choice.FOR || side == Choice.AGAINST,
          "statusQuoSide",
          side,
          "the status quo side is for or against, not %s",
          side.label());
    }

    @Override
    public String description() {
      return "the status quo prevails on a tie (the status quo is " + side.label() + ")";
    }

    @Override
    public TieDecision decide(ConditionDecision tied, Tally tally) {
      return decision(this, tied, side, null, "the status quo (" + side.label() + ") prevails");
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * The caller's tie-breaker draws between for and against (in that order, draw number 1). A {@link
   * TieBreaker} is known by its description ("seeded lot (seed 7)"), so two lots are equal when their
   * tie-breakers are described alike.
   *
   * @param tieBreaker the tie-breaker
   * @since 0.1.0
   */
  record Lot(TieBreaker tieBreaker) implements TieRule {
    /** Checks that the tie-breaker is given. */
    public Lot {
      checkNotNull(tieBreaker, "tieBreaker");
    }

    @Override
    public String description() {
      return "a tie is decided by lot (" + tieBreaker.description() + ")";
    }

    @Override
    public TieDecision decide(ConditionDecision tied, Tally tally) {
      Draw<Choice> draw = tieBreaker.draw(1, ImmutableList.of(Choice.FOR, Choice.AGAINST));
      return decision(this, tied, draw.first(), draw, "the lot (" + draw.method() + ") drew " + draw.first().label());
    }

    @Override
    public String toString() {
      return description();
    }
  }

  private static TieDecision decision(TieRule rule, ConditionDecision tied, Choice result, @Nullable Draw<Choice> draw, String why) {
    Fraction each = tied.value();
    return ImmutableTieDecision.builder().rule(rule.description()).votesEach(each).result(result).draw(Optional.ofNullable(draw))
        .explanation("tie at " + each + (each.equals(Fraction.ONE) ? " vote each; " : " votes each; ") + why + ": " + (result == Choice.FOR ? "carried" : "lost"))
        .build();
  }
}
