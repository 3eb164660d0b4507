package org.commonweal.governance.meeting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * One elementary test within a quorum rule, with its numbers: what was counted, how many were
 * present, how many were needed, and whether it was met. A {@link QuorumDecision} lists one check for
 * every elementary rule it evaluated.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class QuorumCheck {
  QuorumCheck() {}

  /** What a check counts: members, persons or votes. */
  public enum Unit {
    /** Members with a vote, present in person or (where proxies count) by proxy. */
    MEMBERS,
    /**
     * Distinct individuals present who count: members in person and proxy holders, each once
     * (the "qualifying persons" of the Companies Act 2006 s.318).
     */
    PERSONS,
    /** The votes of the members counted, as on the voting roll. */
    VOTES,
    /**
     * The sum paid up on the voting shares of the members counted, in the currency's major unit
     * (Companies Act 2006 s.303(2)(a), s.321(2)(c)).
     */
    CAPITAL
  }

  /**
   * Returns the elementary rule, in words, for example {@code "1/2 of the members (of 11)"}.
   *
   * @return the rule
   */
  public abstract String rule();

  /**
   * Returns what was counted.
   *
   * @return the unit: members, persons or votes
   */
  public abstract Unit unit();

  /**
   * Returns how many were counted.
   *
   * @return members, persons or votes counted
   */
  public abstract Fraction present();

  /**
   * Returns how many were needed.
   *
   * @return the number needed: at least this many, or more than this many where {@link #strict()}
   */
  public abstract Fraction needed();

  /**
   * Returns whether the check needs strictly more than {@link #needed()}.
   *
   * @return true for "more than"
   */
  public abstract boolean strict();

  /**
   * Returns whether the check was met.
   *
   * @return true if met
   */
  @Value.Derived
  public boolean met() {
    int c = present().compareTo(needed());
    return strict() ? c > 0 : c >= 0;
  }

  /**
   * Returns the check in words, for example {@code "1/2 of the members (of 11): 5 members present, 6
   * needed: not met"}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    boolean one = present().equals(Fraction.ONE);
    String unit = switch (unit()) {
      case VOTES -> one ? " vote" : " votes";
      case PERSONS -> one ? " person" : " persons";
      case MEMBERS -> one ? " member" : " members";
      case CAPITAL -> " paid up";
    };
    return rule() + ": " + amount(present()) + unit + " present, " + (strict() ? "more than " : "") + amount(needed())
        + " needed: " + (met() ? "met" : "not met");
  }

  /**
   * A number for the sentence: sums of money as decimals ("49.75", not "199/4") where they end within
   * four places, as paid-up amounts do; every other number, and a sum that does not end, exactly.
   */
  private String amount(Fraction f) {
    if (unit() == Unit.CAPITAL && !f.denominator().equals(BigInteger.ONE)) {
      for (int scale = 2; scale <= 4; scale++) {
        BigDecimal d = f.toBigDecimal(scale, RoundingMode.DOWN);
        if (Fraction.of(d).equals(f)) {
          return d.toPlainString();
        }
      }
    }
    return f.toString();
  }
}
