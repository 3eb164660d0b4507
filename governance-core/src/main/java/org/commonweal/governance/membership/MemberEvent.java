package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Set;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * One dated entry in a member's history: admission, a change of class, suspension, reinstatement or
 * cessation, with the classes the member belongs to after it and a note (the reason for a suspension or
 * cessation).
 *
 * <pre>{@code
 * MemberEvent e = MemberEvent.of(LocalDate.of(2025, 9, 1), MemberEvent.Kind.ADMITTED,
 *     Set.of(ClassId.of("staff")), "");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class MemberEvent {
  MemberEvent() {}

  /** What happened to a member's membership. */
  public enum Kind {
    /** Admitted to membership; always the first event. */
    ADMITTED,
    /** Moved to other classes, joined a further class or left one. */
    CLASSES_CHANGED,
    /** Rights suspended. */
    SUSPENDED,
    /** Suspension lifted. */
    REINSTATED,
    /** Membership ended; always the last event. */
    CEASED
  }

  /**
   * Returns the date the change took effect.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns what happened.
   *
   * @return the kind of event
   */
  public abstract Kind kind();

  /**
   * Returns the classes the member belongs to after the event.
   *
   * @return the classes, at least one, in identifier order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClassId> classes();

  /**
   * Returns the note recorded with the event, such as the reason for a suspension or cessation.
   *
   * @return the note, possibly empty
   */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * Creates an event.
   *
   * @param date the date it took effect
   * @param kind what happened
   * @param classes the member's classes after it, at least one
   * @param note a reason or remark, possibly empty
   * @return the event
   */
  public static MemberEvent of(LocalDate date, Kind kind, Set<ClassId> classes, String note) {
    return ImmutableMemberEvent.builder().date(date).kind(kind).classes(classes).note(note).build();
  }

  /**
   * Returns the status the member has after this event.
   *
   * @param before the status before it (ignored for an admission)
   * @return the status after it
   */
  MemberStatus statusAfter(MemberStatus before) {
    switch (kind()) {
      case ADMITTED:
      case REINSTATED:
        return MemberStatus.ADMITTED;
      case SUSPENDED:
        return MemberStatus.SUSPENDED;
      case CEASED:
        return MemberStatus.CEASED;
      default:
        return before;
    }
  }

  @Value.Check
  void check() {
    Checks.check(
        !classes().isEmpty(), "classes", classes(), "%s event on %s leaves the member in no class", kind(), date());
  }

  /** Returns {@code date KIND [classes] note}. */
  @Override
  public String toString() {
    return date() + " " + kind() + " " + classes() + (note().isEmpty() ? "" : " " + note());
  }
}
