package org.commonweal.governance.resolution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.voting.Choice;
import org.jspecify.annotations.Nullable;

/**
 * What decides a motion when the votes for equal the votes against on its majority threshold (a
 * fraction of exactly 1/2 of the votes cast, or a 1:1 ratio).
 *
 * <table>
 *   <caption>Tie rules</caption>
 *   <tr><th>rule</th><th>factory</th><th>source</th></tr>
 *   <tr><td>the threshold decides ("more than half" fails, "at least half" passes)</td><td>{@link
 *       #byThreshold()}, the default</td><td></td></tr>
 *   <tr><td>a tie is lost</td><td>{@link #lost()}</td><td>Robert's Rules of Order; the worker co-operative
 *       model (no casting vote)</td></tr>
 *   <tr><td>the chair has a casting vote</td><td>{@link #castingVote()}</td><td>Model Articles (private
 *       companies) art. 13, for directors' meetings</td></tr>
 *   <tr><td>the status quo prevails</td><td>{@link #statusQuo(Choice)}</td><td></td></tr>
 *   <tr><td>by lot</td><td>{@link #lot(TieBreaker)}</td><td>the caller's {@link TieBreaker}, whose draw is
 *       recorded</td></tr>
 * </table>
 *
 * <p>A chair who has a casting vote and does not use it leaves the motion lost. Two tie rules are equal
 * when their descriptions are. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class TieRule {
  TieRule() {}

  /**
   * Returns the rule in words.
   *
   * @return the description
   */
  public abstract String description();

  /** Decides a tie of {@code each} votes a side; empty where the threshold itself decides. */
  abstract Optional<TieDecision> decide(Fraction each, Tally tally);

  /**
   * Returns the default rule: no special tie rule, the threshold decides.
   *
   * @return the rule
   */
  public static TieRule byThreshold() {
    return Simple.THRESHOLD;
  }

  /**
   * Returns the rule that a tie is lost.
   *
   * @return the rule
   */
  public static TieRule lost() {
    return Simple.LOST;
  }

  /**
   * Returns the rule that the chair's casting vote decides a tie; the chair's choice is recorded in the
   * {@link Tally}.
   *
   * @return the rule
   */
  public static TieRule castingVote() {
    return Simple.CASTING;
  }

  /**
   * Returns the rule that the status quo prevails: the side that leaves things as they are.
   *
   * @param statusQuoSide {@link Choice#AGAINST} for a motion to change something (the usual case), or
   *     {@link Choice#FOR} for a motion to keep something that would otherwise lapse
   * @return the rule
   */
  public static TieRule statusQuo(Choice statusQuoSide) {
    if (statusQuoSide != Choice.FOR && statusQuoSide != Choice.AGAINST) {
      throw new InvalidValueException("statusQuoSide", statusQuoSide, "the status quo side is for or against, not " + statusQuoSide.label());
    }
    return new StatusQuo(statusQuoSide);
  }

  /**
   * Returns the rule that a tie is decided by lot, drawn by the caller's tie-breaker between for and
   * against (presented in that order, draw number 1); the draw is recorded in the outcome.
   *
   * @param tieBreaker the tie-breaker
   * @return the rule
   */
  public static TieRule lot(TieBreaker tieBreaker) {
    return new Lot(checkNotNull(tieBreaker, "tieBreaker"));
  }

  /** Two rules are equal when their descriptions are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TieRule r && description().equals(r.description());
  }

  @Override
  public int hashCode() {
    return description().hashCode();
  }

  /** Returns the description. */
  @Override
  public String toString() {
    return description();
  }

  static TieDecision decision(String rule, Fraction each, Choice result, @Nullable Draw<Choice> draw, String why) {
    return ImmutableTieDecision.builder().rule(rule).votesEach(each).result(result).draw(Optional.ofNullable(draw))
        .explanation("tie at " + each + " votes each; " + why + ": " + (result == Choice.FOR ? "carried" : "lost"))
        .build();
  }

  private static final class Simple extends TieRule {
    static final Simple THRESHOLD = new Simple(0);
    static final Simple LOST = new Simple(1);
    static final Simple CASTING = new Simple(2);
    private final int kind;

    private Simple(int kind) {
      this.kind = kind;
    }

    @Override
    public String description() {
      return kind == 0 ? "the threshold decides a tie" : kind == 1 ? "a tie is lost" : "the chair has a casting vote";
    }

    @Override
    Optional<TieDecision> decide(Fraction each, Tally tally) {
      if (kind == 0) {
        return Optional.empty();
      }
      if (kind == 1) {
        return Optional.of(decision(description(), each, Choice.AGAINST, null, "a tie is lost"));
      }
      if (tally.castingVote().isEmpty()) {
        return Optional.of(decision(description(), each, Choice.AGAINST, null, "the chair gave no casting vote"));
      }
      Choice c = tally.castingVote().get();
      return Optional.of(decision(description(), each, c, null, "the chair's casting vote was " + c.label()));
    }
  }

  private static final class StatusQuo extends TieRule {
    private final Choice side;

    StatusQuo(Choice side) {
      this.side = side;
    }

    @Override
    public String description() {
      return "the status quo prevails on a tie (the status quo is " + side.label() + ")";
    }

    @Override
    Optional<TieDecision> decide(Fraction each, Tally tally) {
      return Optional.of(decision(description(), each, side, null, "the status quo (" + side.label() + ") prevails"));
    }
  }

  private static final class Lot extends TieRule {
    private final TieBreaker tieBreaker;

    Lot(TieBreaker tieBreaker) {
      this.tieBreaker = tieBreaker;
    }

    @Override
    public String description() {
      return "a tie is decided by lot (" + tieBreaker.description() + ")";
    }

    @Override
    Optional<TieDecision> decide(Fraction each, Tally tally) {
      Draw<Choice> draw = tieBreaker.draw(1, ImmutableList.of(Choice.FOR, Choice.AGAINST));
      return Optional.of(decision(description(), each, draw.first(), draw, "the lot (" + draw.method() + ") drew "
          + draw.first().label()));
    }
  }
}
