package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An entry in the register of members: the member's id, name and kind, and the dated history of their
 * membership, from which their status and classes on any date follow.
 *
 * <p>The history starts with the admission and records every change of class, suspension,
 * reinstatement and the cessation, in date order, so that the register can answer "who was a member of
 * which class on the record date" as well as "who is a member now". Members are normally created by
 * {@link Register#admit}; the builder serves to reload a stored register, and checks the history as
 * strictly as the register's transitions do.
 *
 * <pre>{@code
 * Member m = register.member(MemberId.of("M-0042")).orElseThrow();
 * m.status();                                 // ADMITTED, SUSPENDED or CEASED
 * m.classesOn(LocalDate.of(2026, 3, 31));     // the classes on a record date
 * }</pre>
 *
 * <p>Queries over the history cost O(number of events). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Member {
  Member() {}

  /**
   * Returns the member's reference in the register.
   *
   * @return the id
   */
  public abstract MemberId id();

  /**
   * Returns the member's name as entered in the register.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns what kind of person the member is.
   *
   * @return the kind; {@link MemberKind#INDIVIDUAL} unless set
   */
  @Value.Default
  public MemberKind kind() {
    return MemberKind.INDIVIDUAL;
  }

  /**
   * Returns the history of the membership, in date order, starting with the admission.
   *
   * @return the events
   */
  public abstract ImmutableList<MemberEvent> history();

  /**
   * Returns a builder, for reloading a stored register.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the status now (after the last event).
   *
   * @return the status
   */
  public MemberStatus status() {
    MemberStatus s = MemberStatus.ADMITTED;
    for (MemberEvent e : history()) {
      s = e.statusAfter(s);
    }
    return s;
  }

  /**
   * Returns the classes the member belongs to now (for a ceased member, those at cessation).
   *
   * @return the classes, in identifier order
   */
  public ImmutableSortedSet<ClassId> classes() {
    return last().classes();
  }

  /**
   * Returns the date of admission.
   *
   * @return the date of the first event
   */
  public LocalDate admittedOn() {
    return history().get(0).date();
  }

  /**
   * Returns the date of cessation, if the member has ceased.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> ceasedOn() {
    MemberEvent last = last();
    return last.kind() == MemberEvent.Kind.CEASED ? Optional.of(last.date()) : Optional.empty();
  }

  /**
   * Returns the date from which the current status has held: the admission, the latest suspension or
   * reinstatement, or the cessation. Changes of class do not change it.
   *
   * @return the date
   */
  public LocalDate statusSince() {
    for (MemberEvent e : history().reverse()) {
      if (e.kind() != MemberEvent.Kind.CLASSES_CHANGED) {
        return e.date();
      }
    }
    throw new AssertionError("a history always starts with an admission");
  }

  /**
   * Returns the date of the latest event; a further change may not be dated before it.
   *
   * @return the date
   */
  public LocalDate lastChangedOn() {
    return last().date();
  }

  /**
   * Returns the status at the end of a date (after every event of that date), or empty if the member
   * had not yet been admitted.
   *
   * @param date the date, for example a record date for a vote
   * @return the status on that date
   */
  public Optional<MemberStatus> statusOn(LocalDate date) {
    return eventOn(date).map(ignored -> {
      MemberStatus s = MemberStatus.ADMITTED;
      for (MemberEvent e : history()) {
        if (e.date().isAfter(date)) {
          break;
        }
        s = e.statusAfter(s);
      }
      return s;
    });
  }

  /**
   * Returns the classes at the end of a date, or an empty set if the member had not yet been admitted.
   *
   * @param date the date
   * @return the classes on that date
   */
  public ImmutableSortedSet<ClassId> classesOn(LocalDate date) {
    return eventOn(date).map(MemberEvent::classes).orElse(ImmutableSortedSet.of());
  }

  /**
   * Returns whether this is a member (admitted or suspended) at the end of a date.
   *
   * @param date the date
   * @return true if admitted and not ceased by then
   */
  public boolean isMemberOn(LocalDate date) {
    return statusOn(date).map(MemberStatus::isMember).orElse(false);
  }

  /** The last event dated on or before {@code date}. */
  private Optional<MemberEvent> eventOn(LocalDate date) {
    MemberEvent found = null;
    for (MemberEvent e : history()) {
      if (e.date().isAfter(date)) {
        break;
      }
      found = e;
    }
    return Optional.ofNullable(found);
  }

  private MemberEvent last() {
    return history().get(history().size() - 1);
  }

  /** Returns this member with one more event; the caller has checked that it may follow. */
  Member with(MemberEvent event) {
    return builder().from(this).addHistory(event).build();
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", name(), "member %s needs a name", id());
    Checks.check(
        !history().isEmpty(), "history", history(), "member %s has no history; it must start with an admission", id());
    MemberStatus status = MemberStatus.ADMITTED;
    MemberEvent previous = null;
    for (MemberEvent e : history()) {
      String problem = problem(previous, status, e);
      Checks.check(problem == null, "history", e, "member %s: %s", id(), problem);
      status = e.statusAfter(status);
      previous = e;
    }
  }

  private static @Nullable String problem(
      @Nullable MemberEvent previous, MemberStatus status, MemberEvent e) {
    if (previous == null) {
      return e.kind() == MemberEvent.Kind.ADMITTED ? null : "the first event must be an admission, not " + e.kind();
    }
    if (e.date().isBefore(previous.date())) {
      return "event " + e + " is dated before the previous event " + previous;
    }
    if (e.kind() != MemberEvent.Kind.CLASSES_CHANGED && !e.classes().equals(previous.classes())) {
      return "event " + e + " changes the classes; only a change of class may";
    }
    switch (e.kind()) {
      case ADMITTED:
        return "a member is admitted only once";
      case CLASSES_CHANGED:
        return status == MemberStatus.ADMITTED ? null : "a change of class needs an admitted member, not " + status;
      case SUSPENDED:
        return status == MemberStatus.ADMITTED ? null : "only an admitted member can be suspended, not " + status;
      case REINSTATED:
        return status == MemberStatus.SUSPENDED ? null : "only a suspended member can be reinstated, not " + status;
      default:
        return status.isMember() ? null : "a ceased member cannot cease again";
    }
  }

  /** Returns {@code id name status classes}. */
  @Override
  public String toString() {
    return id() + " " + name() + " " + status() + " " + classes();
  }

  /** Builds a {@link Member}, for reloading a stored register; the history is checked on build. */
  public static final class Builder extends ImmutableMember.Builder {
    Builder() {}
  }
}
