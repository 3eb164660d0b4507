package org.commonweal.governance.resolution;

import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * One condition of a resolution, evaluated: what it asked, whether it was met, and its numbers.
 *
 * <p>For a threshold, {@link #value()} is the votes (or members) in favour, {@link #base()} the base
 * and {@link #required()} the fraction of the base needed; for a ratio, the votes for, the votes
 * against and the ratio times the votes against; for a quorum condition, the members counted, the
 * body's size and the number needed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ConditionResult {
  ConditionResult() {}

  /**
   * Returns the condition in words, for example {@code "at least 3/4 of the votes cast"}.
   *
   * @return the condition
   */
  public abstract String condition();

  /**
   * Returns whether the condition was met.
   *
   * @return true if met
   */
  public abstract boolean met();

  /**
   * Returns the number measured: votes or members in favour, or members counted.
   *
   * @return the value
   */
  public abstract Fraction value();

  /**
   * Returns what the value was measured against: the base, the votes against, or the body's size.
   *
   * @return the base
   */
  public abstract Fraction base();

  /**
   * Returns the amount needed: {@link #value()} must be at least this, or more than it where {@link
   * #strict()}.
   *
   * @return the amount needed
   */
  public abstract Fraction required();

  /**
   * Returns whether the value must be strictly more than {@link #required()}.
   *
   * @return true for "more than"
   */
  public abstract boolean strict();

  /**
   * Returns the evaluation in words, with its numbers.
   *
   * @return one line, for example {@code "41 of 52 votes cast for (78.8%); needed at least 39: met"}
   */
  public abstract String explanation();

  /** Returns the condition, the verdict and the explanation. */
  @Override
  public String toString() {
    return (met() ? "[met] " : "[not met] ") + condition() + ": " + explanation();
  }
}
