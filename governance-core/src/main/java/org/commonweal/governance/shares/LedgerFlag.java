package org.commonweal.governance.shares;

import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * A condition of a member's holding that the rules do not allow to persist but that the ledger does not
 * change by itself: the secretary must act (ask the member to buy a share, cease the membership, arrange
 * a transfer). Flags are computed from the ledger on demand by {@link ShareLedger#flags()}.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>arises when</th><th>threshold</th></tr>
 *   <tr><td>BELOW_MEMBERSHIP_HOLDING</td><td>a current member holds fewer shares of a class than
 *       needed to be a member (after a withdrawal, or on admission without shares)</td><td>the holding
 *       needed</td></tr>
 *   <tr><td>OVER_RELATIVE_LIMIT</td><td>a holding exceeds the class's relative limit because others
 *       withdrew or ceased</td><td>the largest holding now allowed</td></tr>
 *   <tr><td>HELD_OUTSIDE_CLASS</td><td>a member holds shares that their stakeholder classes may no
 *       longer hold (after a change of class)</td><td>0</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class LedgerFlag {
  LedgerFlag() {}

  /** The stable codes of flags. */
  public enum Code {
    /** Fewer shares than the holding needed to be a member. */
    BELOW_MEMBERSHIP_HOLDING,
    /** More shares than the relative limit allows, through others' withdrawals or cessations. */
    OVER_RELATIVE_LIMIT,
    /** Shares of a class the member's stakeholder classes may not hold. */
    HELD_OUTSIDE_CLASS
  }

  /**
   * Returns the flag's code.
   *
   * @return the code
   */
  public abstract Code code();

  /**
   * Returns the member concerned.
   *
   * @return the member
   */
  public abstract MemberId member();

  /**
   * Returns the share class concerned.
   *
   * @return the share class
   */
  public abstract ShareClassId shareClass();

  /**
   * Returns the member's holding of the class.
   *
   * @return the shares held
   */
  public abstract long held();

  /**
   * Returns the threshold the holding fails, as the code says.
   *
   * @return the threshold in shares
   */
  public abstract long threshold();

  /**
   * Returns a sentence for people.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Creates a flag.
   *
   * <p>Package-private: flags come from the ledger, which computes them from its rules.
   *
   * @param code the code
   * @param member the member
   * @param shareClass the share class
   * @param held the shares held
   * @param threshold the threshold
   * @param message the explanation
   * @return the flag
   */
  static LedgerFlag of(Code code, MemberId member, ShareClassId shareClass, long held, long threshold, String message) {
    return ImmutableLedgerFlag.builder()
        .code(code)
        .member(member)
        .shareClass(shareClass)
        .held(held)
        .threshold(threshold)
        .message(message)
        .build();
  }

  /** Returns {@code CODE: message}. */
  @Override
  public String toString() {
    return code() + ": " + message();
  }
}
