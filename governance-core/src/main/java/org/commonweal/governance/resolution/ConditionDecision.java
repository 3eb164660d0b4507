package org.commonweal.governance.resolution;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.commonweal.governance.base.Decision;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * One condition of a resolution, decided: what it asked, whether it was met, and its numbers.
 *
 * <p>For a threshold, {@link #value()} is the votes (or members) in favour, {@link #base()} the base
 * and {@link #required()} the fraction of the base needed; for a ratio, the votes for, the votes
 * against and the ratio times the votes against; for a quorum condition, the members counted, the
 * body's size and the number needed. A condition over every class is decided class by class: its
 * {@link #parts()} are the decisions in each class, and its own numbers are those of the class that
 * decided it (the first not met, or the first if all are met).
 *
 * <pre>{@code
 * ConditionDecision d = Threshold.threeQuartersOfVotesCast().decide(tally);
 * d.met();      // true
 * d.explain();  // "[met] at least 3/4 of the votes cast: for 41 of 52 (78.8%); needed at least 39: met"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ConditionDecision implements Decision {
  ConditionDecision() {}

  /**
   * Returns the condition in words, for example {@code "at least 3/4 of the votes cast"}, or {@code "in
   * class staff: more than 1/2 of the votes cast"} for a decision within a class.
   *
   * @return the condition
   */
  @Override
  public abstract String rule();

  /**
   * Returns whether the condition was met.
   *
   * @return true if met
   */
  @Override
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
   * Returns the decision's numbers in words.
   *
   * @return one line, for example {@code "for 41 of 52 (78.8%); needed at least 39: met"}
   */
  public abstract String explanation();

  /**
   * Returns the decisions in each class, for a condition over every class.
   *
   * @return the decisions in each class, in the order of the classes; empty for any other condition
   */
  public abstract ImmutableList<ConditionDecision> parts();

  /**
   * Returns the decision in words: this decision's line ({@link #toString()}), then each part's,
   * indented.
   *
   * @return one line, and one more for each part
   */
  @Override
  public String explain() {
    StringBuilder s = new StringBuilder(toString());
    for (ConditionDecision p : parts()) {
      s.append("\n  ").append(p.explain().replace("\n", "\n  "));
    }
    return s.toString();
  }

  /** Formats {@code part/whole} as a percentage with one decimal, for people; decisions never use it. */
  static String percent(Fraction part, Fraction whole) {
    if (whole.isZero()) {
      return "-";
    }
    return part.dividedBy(whole).times(100).toDecimalString(1, RoundingMode.HALF_EVEN) + "%";
  }

  /**
   * The percentage {@code part / whole}, to one decimal place unless that would put it on the wrong side
   * of the threshold {@code fraction} for the verdict (749,999 of 1,000,000 is "74.9999%", never "75.0%"
   * beside "not met"): then with as many more places as it takes, up to the exact value's side. A value
   * exactly on the line of a "more than" threshold whose decimals repeat (13 of 78 against "more than
   * 1/6") is given as an exact fraction: "exactly 50/3%".
   */
  static String percent(Fraction part, Fraction whole, Fraction fraction, boolean strict, boolean met) {
    if (whole.isZero()) {
      return "-";
    }
    Fraction exact = part.dividedBy(whole).times(100);
    Fraction line = fraction.times(100);
    for (int scale = 1; scale <= 18; scale++) {
      BigDecimal shown = exact.toBigDecimal(scale, RoundingMode.HALF_EVEN);
      int c = Fraction.of(shown).compareTo(line);
      boolean agrees = met ? (strict ? c > 0 : c >= 0) : (strict ? c <= 0 : c < 0);
      if (agrees) {
        return shown.toPlainString() + "%";
      }
    }
    // Only a value exactly on the line under "more than" can get here (a repeating decimal such as 50/3
    // rounds to the wrong side at every scale): say so exactly.
    return "exactly " + exact + "%";
  }

  /** Returns the condition, the verdict and the explanation. */
  @Override
  public String toString() {
    return (met() ? "[met] " : "[not met] ") + rule() + ": " + explanation();
  }
}
