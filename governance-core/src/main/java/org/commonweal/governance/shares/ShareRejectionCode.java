package org.commonweal.governance.shares;

import org.commonweal.governance.base.Rejection;
import org.commonweal.governance.base.RejectionCode;

/**
 * The stable codes of the {@link Rejection}s that {@link ShareLedger} transitions return, besides the
 * {@link org.commonweal.governance.membership.MembershipRejectionCode membership codes} they share with
 * the register (UNKNOWN_MEMBER, MEMBER_CEASED, MEMBER_SUSPENDED, DATE_OUT_OF_ORDER, and those of
 * admission and cessation). The code of a rejection is the constant's name, and does not change between
 * releases.
 *
 * <pre>{@code
 * Outcome<ShareLedger> r = ledger.issue(member, investor, 150_000, date);
 * if (ShareRejectionCode.OVER_STATUTORY_CAP.matches(r)) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ShareRejectionCode implements RejectionCode {
  /** The share class is not one the ledger defines. Facts: {@code shareClass}. */
  UNKNOWN_SHARE_CLASS,
  /**
   * None of the member's stakeholder classes may hold the share class. Facts: {@code member}, {@code
   * shareClass}, {@code classes}, {@code holders}.
   */
  NOT_ELIGIBLE_TO_HOLD,
  /**
   * The member would hold more shares of the class than the absolute limit. Facts: {@code member},
   * {@code shareClass}, {@code holding} (after), {@code limit}.
   */
  OVER_ABSOLUTE_LIMIT,
  /**
   * The member would hold more than the relative limit of the class's issued shares, by this operation.
   * Facts: {@code member}, {@code shareClass}, {@code holding}, {@code issued}, {@code fraction}, {@code
   * limit} (the largest holding allowed).
   */
  OVER_RELATIVE_LIMIT,
  /**
   * The member, not exempt, would hold more withdrawable capital than the statutory cap (GBP 100,000 in
   * Great Britain, CCBS Act 2014 s.24). Facts: {@code member}, {@code kind}, {@code withdrawable}
   * (after), {@code cap}, {@code source}.
   */
  OVER_STATUTORY_CAP,
  /**
   * The member holds fewer shares than asked for, after those already under notice of withdrawal.
   * Facts: {@code member}, {@code shareClass}, {@code requested}, {@code available}, {@code pending}.
   */
  INSUFFICIENT_SHARES,
  /** The share class is not transferable. Facts: {@code shareClass}. */
  NOT_TRANSFERABLE,
  /** A transfer names the same member as transferor and transferee. Facts: {@code member}. */
  TRANSFER_TO_SELF,
  /** The share class is not withdrawable. Facts: {@code shareClass}. */
  NOT_WITHDRAWABLE,
  /**
   * The withdrawal's notice period has not run. Facts: {@code request}, {@code date}, {@code
   * payableFrom}.
   */
  NOTICE_NOT_EXPIRED,
  /** No pending withdrawal request has that number. Facts: {@code request}. */
  UNKNOWN_WITHDRAWAL_REQUEST;
}
