package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * A tie met during a count and how it was broken: which candidates were tied, for what (the exclusion,
 * the order of surpluses, a place), and what decided it: an earlier stage of the count, a rule of the
 * method, or a lot whose {@link Draw} is recorded so that anyone can repeat the count.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Tie {
  Tie() {}

  /** What broke a tie. */
  public enum DecidedBy {
    /** The candidates' totals at an earlier stage (the look-back rule of most STV and IRV rules). */
    EARLIER_STAGE,
    /** A further rule of the method (for example STAR's head-to-head preference). */
    RULE,
    /** The lot, drawn by the caller's {@link org.commonweal.governance.base.TieBreaker}. */
    LOT
  }

  /**
   * Returns the stage at which the tie arose.
   *
   * @return the stage number, from 1
   */
  public abstract int stage();

  /**
   * Returns what the tie was for, in words: {@code "exclusion"}, {@code "order of surpluses"}, {@code
   * "last seat"}.
   *
   * @return the purpose
   */
  public abstract String purpose();

  /**
   * Returns the tied candidates, in ballot-paper order.
   *
   * @return at least two candidates
   */
  public abstract ImmutableList<Candidate> tied();

  /**
   * Returns what decided the tie.
   *
   * @return the deciding rule
   */
  public abstract DecidedBy decidedBy();

  /**
   * Returns the earlier stage whose totals decided the tie, where {@link #decidedBy()} is {@link
   * DecidedBy#EARLIER_STAGE}.
   *
   * @return the deciding stage, or empty
   */
  public abstract OptionalInt decidingStage();

  /**
   * Returns the lot drawn, where {@link #decidedBy()} is {@link DecidedBy#LOT}.
   *
   * @return the draw, or empty
   */
  public abstract Optional<Draw<Candidate>> draw();

  /**
   * Returns the tied candidates in the order the tie was broken: the favoured (kept, elected first,
   * transferred first) first, the one excluded last.
   *
   * @return a permutation of {@link #tied()}
   */
  public abstract ImmutableList<Candidate> order();

  /**
   * Returns one sentence for the report, for example "Smith and Jones tied on 210 for exclusion; Jones
   * had fewer votes at stage 3 and is excluded".
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tie}. */
  public static final class Builder extends ImmutableTie.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(tied().size() >= 2, "tied", tied(), "a tie needs at least two candidates, got %s", tied());
    Checks.check(
        ImmutableMultiset.copyOf(tied()).equals(ImmutableMultiset.copyOf(order())),
        "order",
        order(),
        "order %s must be a permutation of %s",
        order(),
        tied());
    Checks.check(
        (decidedBy() == DecidedBy.LOT) == draw().isPresent(),
        "draw",
        draw(),
        "a tie has a draw exactly when it was decided by lot");
    Checks.check(
        (decidedBy() == DecidedBy.EARLIER_STAGE) == decidingStage().isPresent(),
        "decidingStage",
        decidingStage(),
        "a tie has a deciding stage exactly when an earlier stage decided it");
  }
}
