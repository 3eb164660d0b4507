package org.commonweal.governance.meeting;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDateTime;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.immutables.value.Value;

/**
 * A member's appointment of a proxy for one meeting: who holds it, when it was lodged, any revocation,
 * and the member's instructions.
 *
 * <p>An instructed appointment tells the holder how to vote on named matters (keyed by the
 * resolution's title); on other matters the holder votes at discretion if the appointment is
 * discretionary and the rules allow it, and otherwise may not vote for the member. The holder is named
 * by a reference: a member's id where the holder is a member, or a name.
 *
 * <pre>{@code
 * ProxyAppointment p = ProxyAppointment.builder().member(MemberId.of("M-021")).holder("M-003")
 *     .lodgedAt(LocalDateTime.of(2026, 7, 6, 12, 0)).putInstructions("Adopt the new rules", Choice.FOR).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ProxyAppointment {
  ProxyAppointment() {}

  /**
   * Returns the member appointing the proxy.
   *
   * @return the member
   */
  public abstract MemberId member();

  /**
   * Returns the proxy holder's reference: a member id's text, or a name.
   *
   * @return the holder
   */
  public abstract String holder();

  /**
   * Returns when the appointment was lodged.
   *
   * @return the time lodged
   */
  public abstract LocalDateTime lodgedAt();

  /**
   * Returns when a revocation was received, if one was.
   *
   * @return the time of revocation, or empty
   */
  public abstract Optional<LocalDateTime> revokedAt();

  /**
   * Returns the member's instructions, by matter (a resolution's title).
   *
   * @return the instructions
   */
  public abstract ImmutableMap<String, Choice> instructions();

  /**
   * Returns whether the holder may vote at discretion on matters without an instruction.
   *
   * @return true by default
   */
  @Value.Default
  public boolean discretionary() {
    return true;
  }

  /**
   * Returns a discretionary appointment without instructions.
   *
   * @param member the member appointing
   * @param holder the holder's reference
   * @param lodgedAt when it was lodged
   * @return the appointment
   */
  public static ProxyAppointment of(MemberId member, String holder, LocalDateTime lodgedAt) {
    return builder().member(member).holder(holder).lodgedAt(lodgedAt).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProxyAppointment}. */
  public static final class Builder extends ImmutableProxyAppointment.Builder {
    Builder() {}
  }

  /**
   * Returns the instruction on a matter.
   *
   * @param matter the resolution's title
   * @return the instruction, or empty
   */
  public Optional<Choice> instructionFor(String matter) {
    return Optional.ofNullable(instructions().get(matter));
  }

  @Value.Check
  void check() {
    Checks.check(!holder().isBlank(), "holder", holder(), "the proxy holder of %s must be named", member());
    Checks.check(
        !holder().equals(member().value()), "holder", holder(), "member %s cannot be their own proxy", member());
    if (revokedAt().isPresent()) {
      LocalDateTime revoked = revokedAt().get();
      Checks.check(
          !revoked.isBefore(lodgedAt()),
          "revokedAt",
          revoked,
          "revocation at %s is before the appointment was lodged at %s",
          revoked,
          lodgedAt());
    }
  }

  /** Returns {@code member -> holder}. */
  @Override
  public String toString() {
    return member() + " -> " + holder() + " (lodged " + lodgedAt() + ")";
  }
}
