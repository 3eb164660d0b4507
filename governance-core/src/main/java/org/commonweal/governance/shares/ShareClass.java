package org.commonweal.governance.shares;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.immutables.value.Value;

/**
 * A class of shares as the constitution defines it: par value and the amount paid up on each share,
 * whether the shares may be withdrawn or transferred, whether they carry a vote, the most interest they
 * may pay, which stakeholder classes may hold them, and the limits on holdings.
 *
 * <p>Society shares stay at par (FCA RFCCBS 6.1.3) and votes in a society do not follow shares; in a
 * multi-stakeholder society, classes of shares are often reserved to classes of members (investor shares
 * to investor members, under the Somerset Rules and FairShares). Withdrawable shares are repaid at par
 * after the notice the rules require; most community share offers also pay a capped interest (Community
 * Shares Handbook 2.2 and 3.2).
 *
 * <pre>{@code
 * ShareClass membership = ShareClass.builder()
 *     .id(ShareClassId.of("membership"))
 *     .name("Membership share")
 *     .parValue(Money.ofMajor(1, GBP))
 *     .withdrawable(false).transferable(false).voting(true)
 *     .addHolders(students, parents, staff, leaders, residents)
 *     .limits(ShareLimits.builder().toBeMember(1).maxPerMember(1).build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ShareClass {
  ShareClass() {}

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract ShareClassId id();

  /**
   * Returns the name, for reports.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the nominal value of one share, at which shares are issued and repaid.
   *
   * @return the par value, positive
   */
  public abstract Money parValue();

  /**
   * Returns the amount paid up on each share: the part of the nominal value the holder has paid (or is
   * treated as having paid) to the society or company. Rights measured in capital count it, not the
   * nominal value: members holding 5% of the paid-up capital carrying the right of voting may require a
   * general meeting (Companies Act 2006 s.303(2)(a)), holders of 10% of the sum paid up on voting shares
   * may demand a poll (s.321(2)(c)).
   *
   * @return the amount paid up per share, from zero to the par value, in its currency; the par value
   *     (fully paid) unless set
   */
  @Value.Default
  public Money paidUpPerShare() {
    return parValue();
  }

  /**
   * Returns the nominal value and the amount paid up of one share of this class, as an electorate
   * records them on a record date.
   *
   * @return the share's value
   */
  public ShareValue shareValue() {
    return ShareValue.of(parValue(), paidUpPerShare());
  }

  /**
   * Returns whether holders may withdraw the shares (have them repaid at par by the society).
   *
   * @return true for withdrawable shares
   */
  public abstract boolean withdrawable();

  /**
   * Returns whether holders may transfer the shares to another member.
   *
   * @return true for transferable shares
   */
  public abstract boolean transferable();

  /**
   * Returns whether the shares carry voting rights, where the constitution gives votes by shares or
   * limits voting to holders of this class.
   *
   * @return true for voting shares
   */
  public abstract boolean voting();

  /**
   * Returns the most interest a year the shares may pay, as a fraction of par, if capped.
   *
   * @return the annual rate, from 0 to 1 (for example 3/100 for 3%)
   */
  public abstract Optional<Fraction> maxInterestRate();

  /**
   * Returns the stakeholder classes whose members may hold these shares.
   *
   * @return at least one class
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClassId> holders();

  /**
   * Returns the limits on holdings of this class.
   *
   * @return the limits; none unless set
   */
  @Value.Default
  public ShareLimits limits() {
    return ShareLimits.none();
  }

  /**
   * Returns the notice a member must give to withdraw: a withdrawal requested on date D may be
   * completed from D plus this period.
   *
   * @return the notice period, not negative; zero unless set
   */
  @Value.Default
  public Period withdrawalNotice() {
    return Period.ZERO;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether a member in the given stakeholder classes may hold these shares.
   *
   * @param classes the member's classes
   * @return true if any of them is among {@link #holders()}
   */
  public boolean mayBeHeldBy(Set<ClassId> classes) {
    return classes.stream().anyMatch(holders()::contains);
  }

  /**
   * Returns the value at par of a number of shares.
   *
   * @param shares the number of shares, not negative
   * @return {@code parValue * shares}
   * @throws InvalidValueException if {@code shares} is negative
   * @throws ArithmeticException on overflow
   */
  public Money valueOf(long shares) {
    return parValue().times(Checks.notNegative("shares", shares));
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", name(), "share class %s needs a name", id());
    Checks.check(
        parValue().signum() > 0, "parValue", parValue(), "par value %s of share class %s must be positive", parValue(), id());
    Checks.check(
        paidUpPerShare().currency().equals(parValue().currency())
            && paidUpPerShare().signum() >= 0
            && !paidUpPerShare().isGreaterThan(parValue()),
        "paidUpPerShare",
        paidUpPerShare(),
        "amount paid up %s on each share of %s must be from zero to its par value %s",
        paidUpPerShare(),
        id(),
        parValue());
    if (maxInterestRate().isPresent()) {
      Fraction r = maxInterestRate().get();
      Checks.check(
          r.signum() >= 0 && !r.isGreaterThan(Fraction.ONE),
          "maxInterestRate",
          r,
          "maximum interest rate %s of share class %s must be between 0 and 1",
          r,
          id());
    }
    Checks.check(
        !holders().isEmpty(), "holders", holders(), "share class %s names no stakeholder class that may hold it", id());
    Checks.check(
        !withdrawalNotice().isNegative(),
        "withdrawalNotice",
        withdrawalNotice(),
        "withdrawal notice %s of share class %s must not be negative",
        withdrawalNotice(),
        id());
  }

  /** Returns {@code name (id), par value}. */
  @Override
  public String toString() {
    return name() + " (" + id() + "), " + parValue() + " each";
  }

  /** Builds a {@link ShareClass}; the three yes-or-no attributes must be set. */
  public static final class Builder extends ImmutableShareClass.Builder {
    Builder() {}
  }
}
