package org.commonweal.governance.resolution;

import java.util.Optional;
import org.commonweal.governance.base.Decision;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.voting.Choice;
import org.immutables.value.Value;

/**
 * How a tie between the votes for and against a motion was decided: the rule, the votes on each side,
 * the side that prevailed, and the lot drawn where the rule is a lot.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class TieDecision implements Decision {
  TieDecision() {}

  /**
   * Returns the tie rule, in words.
   *
   * @return the rule
   */
  @Override
  public abstract String rule();

  /**
   * Returns the votes on each side.
   *
   * @return the votes for, equal to the votes against
   */
  public abstract Fraction votesEach();

  /**
   * Returns the side that prevailed: {@link Choice#FOR} carries the motion's deciding condition,
   * {@link Choice#AGAINST} defeats it.
   *
   * @return for or against
   */
  public abstract Choice result();

  /**
   * Returns the lot drawn between for and against, where the rule is a lot.
   *
   * @return the draw, or empty
   */
  public abstract Optional<Draw<Choice>> draw();

  /**
   * Returns the decision in words, for example {@code "tie at 4 votes each; the chair's casting vote was
   * for: carried"}.
   *
   * @return one line
   */
  public abstract String explanation();

  /**
   * Returns whether the tie went the motion's way: the prevailing side is {@link Choice#FOR}.
   *
   * @return true if the motion's deciding condition is carried
   */
  @Override
  public boolean met() {
    return result() == Choice.FOR;
  }

  /**
   * Returns {@link #explanation()}: the votes on each side, what decided, and the verdict.
   *
   * @return one line
   */
  @Override
  public String explain() {
    return explanation();
  }

  /** Returns the explanation. */
  @Override
  public String toString() {
    return explanation();
  }
}
