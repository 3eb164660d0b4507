package org.commonweal.governance.voting;

import java.time.LocalDate;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * A member's standing delegation of their vote to another member, from the day it was given until the
 * day it was revoked.
 *
 * <p>A delegation is in force on a date on or after the day it was given and before the day it was
 * revoked. It is revocable at any time, and a delegator may always vote in person instead, which
 * overrides it for that vote. Whether delegation is allowed at all, and how many delegations one member
 * may hold, are {@link DelegationRules}.
 *
 * <pre>{@code
 * Delegation d = Delegation.of(MemberId.of("M-014"), MemberId.of("M-003"), LocalDate.of(2026, 3, 1));
 * Delegation revoked = d.revokedOn(LocalDate.of(2026, 5, 20));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Delegation {
  Delegation() {}

  /**
   * Returns the member who delegates their vote.
   *
   * @return the delegator
   */
  public abstract MemberId delegator();

  /**
   * Returns the member who casts the delegated vote.
   *
   * @return the delegate
   */
  public abstract MemberId delegate();

  /**
   * Returns the day the delegation was given.
   *
   * @return the first day in force
   */
  public abstract LocalDate givenOn();

  /**
   * Returns the day the delegation was revoked, if it was.
   *
   * @return the first day no longer in force, or empty
   */
  public abstract Optional<LocalDate> revoked();

  /**
   * Returns a delegation given on a day and not revoked.
   *
   * @param delegator the member delegating
   * @param delegate the member receiving the vote, not the delegator
   * @param givenOn the day given
   * @return the delegation
   */
  public static Delegation of(MemberId delegator, MemberId delegate, LocalDate givenOn) {
    return ImmutableDelegation.builder().delegator(delegator).delegate(delegate).givenOn(givenOn).build();
  }

  /**
   * Returns this delegation revoked on a day.
   *
   * @param day the first day no longer in force, not before {@link #givenOn()}
   * @return the revoked delegation
   */
  public Delegation revokedOn(LocalDate day) {
    return ImmutableDelegation.builder().from(this).revoked(day).build();
  }

  /**
   * Returns whether the delegation is in force on a day.
   *
   * @param day the day
   * @return true from the day given until the day before revocation
   */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(givenOn()) && (revoked().isEmpty() || day.isBefore(revoked().get()));
  }

  @Value.Check
  void check() {
    Checks.check(
        !delegator().equals(delegate()), "delegate", delegate(), "member %s cannot delegate to themselves", delegator());
    if (revoked().isPresent()) {
      LocalDate revokedOn = revoked().get();
      Checks.check(
          !revokedOn.isBefore(givenOn()),
          "revoked",
          revokedOn,
          "delegation revoked on %s, before it was given on %s",
          revokedOn,
          givenOn());
    }
  }

  /** Returns {@code delegator -> delegate (from, until)}. */
  @Override
  public String toString() {
    return delegator() + " -> " + delegate() + " (given " + givenOn() + revoked().map(r -> ", revoked " + r).orElse("") + ")";
  }
}
