package org.commonweal.governance.shares;

import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * The shares of one class that one member holds, with their value at par: a line of the register of
 * members' shareholdings.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Holding {
  Holding() {}

  /**
   * Returns the holder.
   *
   * @return the member
   */
  public abstract MemberId member();

  /**
   * Returns the class of the shares.
   *
   * @return the share class
   */
  public abstract ShareClassId shareClass();

  /**
   * Returns the number of shares.
   *
   * @return at least 1
   */
  public abstract long shares();

  /**
   * Returns the value of the shares at par.
   *
   * @return the value
   */
  public abstract Money value();

  /**
   * Creates a holding.
   *
   * <p>Package-private: holdings come from the ledger, which replays them from its journal.
   *
   * @param member the holder
   * @param shareClass the class
   * @param shares the number of shares, at least 1
   * @param value their value at par, positive
   * @return the holding
   */
  static Holding of(MemberId member, ShareClassId shareClass, long shares, Money value) {
    return ImmutableHolding.builder().member(member).shareClass(shareClass).shares(shares).value(value).build();
  }

  @Value.Check
  void check() {
    Checks.check(shares() >= 1, "shares", shares(), "a holding of %s shares must be at least 1", shares());
    Checks.check(value().signum() > 0, "value", value(), "a holding's value %s must be positive", value());
  }

  /** Returns {@code member: shares x class (value)}. */
  @Override
  public String toString() {
    return member() + ": " + shares() + " x " + shareClass() + " (" + value() + ")";
  }
}
