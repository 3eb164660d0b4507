package org.commonweal.governance.meeting;

import com.google.common.collect.ImmutableSortedMap;
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
 * <p>The holder is a {@link Person}: a member of the register, known by id, or a non-member the caller
 * identifies (Companies Act 2006 s.324(1): a member may appoint "another person"). An instructed
 * appointment tells the holder how to vote on matters of the meeting's agenda, named by their {@link
 * MatterId}; the holder must vote as instructed (s.324A), and a tally counts the instruction whatever the
 * holder recorded. On other matters the holder votes at discretion if the appointment is discretionary
 * and the rules allow it, and otherwise may not vote for the member. An instruction for a matter the
 * agenda does not list is not dropped: the attendance refuses the appointment ({@code
 * PROXY_INSTRUCTION_NOT_ON_AGENDA}).
 *
 * <pre>{@code
 * AgendaItem rules = AgendaItem.of("2", "Adopt the new rules");
 * ProxyAppointment p = ProxyAppointment.builder().member(MemberId.of("M-021"))
 *     .holder(Person.member(MemberId.of("M-003"))).lodgedAt(LocalDateTime.of(2026, 7, 6, 12, 0))
 *     .putInstructions(rules.id(), Choice.FOR).build();
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
   * Returns the proxy holder.
   *
   * @return the person appointed, never the member themselves
   */
  public abstract Person holder();

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
   * Returns the member's instructions, by matter of the agenda.
   *
   * @return the instructions, in matter order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<MatterId, Choice> instructions();

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
   * @param holder the person appointed
   * @param lodgedAt when it was lodged
   * @return the appointment
   */
  public static ProxyAppointment of(MemberId member, Person holder, LocalDateTime lodgedAt) {
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
   * @param matter the matter's identifier
   * @return the instruction, or empty
   */
  public Optional<Choice> instructionFor(MatterId matter) {
    return Optional.ofNullable(instructions().get(matter));
  }

  @Value.Check
  void check() {
    Checks.check(
        !holder().memberId().equals(Optional.of(member())),
        "holder",
        holder(),
        "member %s cannot be their own proxy",
        member());
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

  /** Returns {@code member -> holder (lodged ...)}. */
  @Override
  public String toString() {
    return member() + " -> " + holder() + " (lodged " + lodgedAt() + ")";
  }
}
