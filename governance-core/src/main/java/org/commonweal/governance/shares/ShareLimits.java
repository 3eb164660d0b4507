package org.commonweal.governance.shares;

import java.util.Optional;
import java.util.OptionalLong;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * What a constitution says about how many shares of a class a member must and may hold: the holding
 * needed to be a member, and the maximum holding per member, absolute and as a fraction of the class's
 * issued shares. (The statutory cap on withdrawable capital is a {@link StatutoryCap} of the ledger,
 * across classes.)
 *
 * <p>Every society's rules must state a maximum shareholding, and most also set a minimum for
 * membership (Community Shares Handbook 3.2.7). A relative limit alone would bar the first issues of a
 * class (the first holder holds all of it), so it has a floor: a holding of up to {@link
 * #relativeFloor()} shares is never over the relative limit.
 *
 * <pre>{@code
 * ShareLimits limits = ShareLimits.builder()
 *     .toBeMember(1)                                   // one share to be a member
 *     .maxPerMember(100_000)                           // at most 100,000 shares
 *     .maxFractionOfIssued(Fraction.of(1, 10))         // and at most 10% of those issued,
 *     .relativeFloor(1_000)                            // once a holding exceeds 1,000
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ShareLimits {
  private static final ShareLimits NONE = new Builder().build();

  ShareLimits() {}

  /**
   * Returns the number of shares of this class a member must hold to be a member, where the member's
   * stakeholder class may hold it; zero where the class confers no membership.
   *
   * @return the membership holding, not negative
   */
  @Value.Default
  public long toBeMember() {
    return 0;
  }

  /**
   * Returns the most shares of this class one member may hold, if limited.
   *
   * @return the absolute limit, at least 1 and at least {@link #toBeMember()}
   */
  public abstract OptionalLong maxPerMember();

  /**
   * Returns the largest fraction of the class's issued shares one member may hold, if limited.
   *
   * @return the relative limit, above 0 and at most 1
   */
  public abstract Optional<Fraction> maxFractionOfIssued();

  /**
   * Returns the holding up to which the relative limit does not apply.
   *
   * @return the floor in shares, not negative; 0 unless set
   */
  @Value.Default
  public long relativeFloor() {
    return 0;
  }

  /**
   * Returns limits that limit nothing.
   *
   * @return no membership holding and no maxima
   */
  public static ShareLimits none() {
    return NONE;
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
   * Returns the largest holding the relative limit allows when {@code issued} shares of the class are
   * issued: {@code max(relativeFloor, floor(fraction * issued))}, or {@link Long#MAX_VALUE} without a
   * relative limit.
   *
   * @param issued the issued shares of the class
   * @return the largest holding allowed
   */
  public long relativeLimit(long issued) {
    if (maxFractionOfIssued().isEmpty()) {
      return Long.MAX_VALUE;
    }
    long share = maxFractionOfIssued().get().times(issued).floor().longValueExact();
    return Math.max(relativeFloor(), share);
  }

  @Value.Check
  void check() {
    Checks.check(
        toBeMember() >= 0, "toBeMember", toBeMember(), "membership holding %s must not be negative", toBeMember());
    if (maxPerMember().isPresent()) {
      long max = maxPerMember().getAsLong();
      Checks.check(
          max >= 1 && max >= toBeMember(),
          "maxPerMember",
          max,
          "maximum holding %s must be at least 1 and at least the membership holding %s",
          max,
          toBeMember());
    }
    if (maxFractionOfIssued().isPresent()) {
      Fraction f = maxFractionOfIssued().get();
      Checks.check(
          f.signum() > 0 && !f.isGreaterThan(Fraction.ONE),
          "maxFractionOfIssued",
          f,
          "maximum fraction of issued shares %s must be above 0 and at most 1",
          f);
    }
    Checks.check(
        relativeFloor() >= 0, "relativeFloor", relativeFloor(), "relative limit floor %s must not be negative", relativeFloor());
  }

  /** Builds {@link ShareLimits}; every limit is optional. */
  public static final class Builder extends ImmutableShareLimits.Builder {
    Builder() {}
  }
}
