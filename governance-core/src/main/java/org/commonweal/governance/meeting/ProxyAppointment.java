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
 * the member's instructions, and the part of the member's holding it is for.
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
 * <p>A member of a company having a share capital may appoint several proxies for one meeting, each for
 * the rights attached to different shares (Companies Act 2006 s.324(2)). An appointment {@linkplain
 * #shares() for stated shares} covers that part of the holding only: on a poll the holder exercises the
 * votes those shares carry, and the member's proxies together never exercise more than the member could
 * in person (s.285(4)); an appointment with no shares stated covers the whole holding. The attendance
 * refuses parts that exceed what the member holds.
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
   * Returns the part of the member's holding the appointment is for: a number of shares of each share
   * class, by the share class's code (Companies Act 2006 s.324(2)).
   *
   * @return the shares, each at least 1; empty for an appointment for the whole holding
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, Long> shares();

  /**
   * Returns a discretionary appointment for the whole holding, without instructions.
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

  /**
   * Returns whether the appointment is for stated shares rather than the whole holding.
   *
   * @return true if {@link #shares()} is not empty
   */
  public boolean forPartOfHolding() {
    return !shares().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.check(
        !holder().memberId().equals(Optional.of(member())),
        "holder",
        holder(),
        "member %s cannot be their own proxy",
        member());
    shares().forEach((shareClass, n) -> {
      Checks.check(!shareClass.isBlank(), "shares", shares(), "the proxy of %s names a blank share class", member());
      Checks.check(
          n >= 1, "shares", n, "the proxy of %s is for %s shares of %s: must be at least 1", member(), n, shareClass);
    });
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

  /** Returns {@code member -> holder}, the shares where the appointment is for part of the holding, and when it was lodged. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(member()).append(" -> ").append(holder());
    if (forPartOfHolding()) {
      s.append(" for ").append(String.join(", ", shares().entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).toList()));
    }
    return s.append(" (lodged ").append(lodgedAt()).append(")").toString();
  }
}
