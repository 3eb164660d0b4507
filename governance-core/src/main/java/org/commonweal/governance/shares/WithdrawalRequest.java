package org.commonweal.governance.shares;

import java.time.LocalDate;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * A member's notice to withdraw withdrawable shares, pending until the notice has run and the
 * withdrawal is completed. The shares stay in the member's holding, and count for limits and votes,
 * until then; they can no longer be transferred or asked for again.
 *
 * <p>Society rules usually require notice of withdrawal, and let the board suspend withdrawals to
 * protect the society's capital (Community Shares Handbook 1.2 and 3.2); a request made on date D may
 * be completed from D plus the share class's notice period.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class WithdrawalRequest {
  WithdrawalRequest() {}

  /**
   * Returns the request's number in the ledger, from 1, by which it is completed.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Returns the member withdrawing.
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
   * Returns the number of shares to withdraw.
   *
   * @return at least 1
   */
  public abstract long shares();

  /**
   * Returns the date notice was given.
   *
   * @return the date of the request
   */
  public abstract LocalDate requestedOn();

  /**
   * Returns the first date on which the withdrawal may be completed: the request date plus the notice
   * period.
   *
   * @return the date the notice expires
   */
  public abstract LocalDate payableFrom();

  /**
   * Creates a request.
   *
   * @param number its number, from 1
   * @param member the member
   * @param shareClass the class
   * @param shares the number of shares, at least 1
   * @param requestedOn the date of the request
   * @param payableFrom the date the notice expires, not before the request
   * @return the request
   */
  public static WithdrawalRequest of(
      int number, MemberId member, ShareClassId shareClass, long shares, LocalDate requestedOn, LocalDate payableFrom) {
    return ImmutableWithdrawalRequest.builder()
        .number(number)
        .member(member)
        .shareClass(shareClass)
        .shares(shares)
        .requestedOn(requestedOn)
        .payableFrom(payableFrom)
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(number() >= 1, "number", number(), "withdrawal request number %s must be at least 1", number());
    Checks.check(shares() >= 1, "shares", shares(), "a withdrawal of %s shares must be of at least 1", shares());
    Checks.check(
        !payableFrom().isBefore(requestedOn()),
        "payableFrom",
        payableFrom(),
        "withdrawal payable from %s is before its request on %s",
        payableFrom(),
        requestedOn());
  }

  /** Returns {@code #number member: shares x class, requested on D, payable from E}. */
  @Override
  public String toString() {
    return "#" + number() + " " + member() + ": " + shares() + " x " + shareClass() + ", requested " + requestedOn()
        + ", payable from " + payableFrom();
  }
}
