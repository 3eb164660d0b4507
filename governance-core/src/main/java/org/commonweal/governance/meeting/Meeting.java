package org.commonweal.governance.meeting;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.immutables.value.Value;

/**
 * A meeting as convened: its kind, when it starts, the day notice was given (or is deemed given), the
 * class for a class meeting, and the original start for a meeting resumed after an adjournment.
 *
 * <pre>{@code
 * Meeting agm = Meeting.builder().kind(MeetingKind.ANNUAL_GENERAL).title("AGM 2026")
 *     .startsAt(LocalDateTime.of(2026, 7, 9, 18, 30)).noticeGivenOn(LocalDate.of(2026, 6, 18)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Meeting {
  Meeting() {}

  /**
   * Returns the kind of meeting.
   *
   * @return the kind
   */
  public abstract MeetingKind kind();

  /**
   * Returns the meeting's title, for reports.
   *
   * @return the title; empty by default
   */
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * Returns when the meeting is called to start.
   *
   * @return the start, local time
   */
  public abstract LocalDateTime startsAt();

  /**
   * Returns the day notice was given, or is deemed given under the rules (for example 48 hours after
   * posting: Companies Act 2006 s.1147).
   *
   * @return the day of notice
   */
  public abstract LocalDate noticeGivenOn();

  /**
   * Returns the class whose meeting this is, for a class meeting.
   *
   * @return the class, present exactly for {@link MeetingKind#CLASS}
   */
  public abstract Optional<ClassId> forClass();

  /**
   * Returns when the meeting was first called to start, if this is a meeting resumed after an
   * adjournment.
   *
   * @return the original start, or empty
   */
  public abstract Optional<LocalDateTime> adjournedFrom();

  /**
   * Returns the matters on the agenda, as the notice of the meeting lists them.
   *
   * @return the agenda, in notice order, each identifier once; empty where not given
   */
  public abstract ImmutableList<AgendaItem> agenda();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }

  /**
   * Returns a general meeting of the given kind.
   *
   * @param kind the kind
   * @param startsAt the start
   * @param noticeGivenOn the day notice was given
   * @return the meeting
   */
  public static Meeting of(MeetingKind kind, LocalDateTime startsAt, LocalDate noticeGivenOn) {
    return builder().kind(kind).startsAt(startsAt).noticeGivenOn(noticeGivenOn).build();
  }

  /**
   * Returns the meeting resumed after an adjournment, at a new time with its own notice.
   *
   * @param resumesAt when the adjourned meeting resumes, after the original start
   * @param noticeGivenOn the day notice of the adjourned meeting was given (the original notice day
   *     where no fresh notice is needed)
   * @return the adjourned meeting
   */
  public Meeting adjournedTo(LocalDateTime resumesAt, LocalDate noticeGivenOn) {
    return builder().from(this).startsAt(resumesAt).noticeGivenOn(noticeGivenOn)
        .adjournedFrom(adjournedFrom().orElse(startsAt())).build();
  }

  /**
   * Returns whether this is a meeting resumed after an adjournment.
   *
   * @return true if adjourned
   */
  public boolean isAdjourned() {
    return adjournedFrom().isPresent();
  }

  @Value.Check
  void check() {
    Set<MatterId> matters = new HashSet<>();
    for (AgendaItem item : agenda()) {
      Checks.check(matters.add(item.id()), "agenda", item, "matter %s is on the agenda twice", item.id());
    }
    Checks.check(
        (kind() == MeetingKind.CLASS) == forClass().isPresent(),
        "forClass",
        forClass(),
        "a %s meeting %s, got %s",
        kind(),
        kind() == MeetingKind.CLASS ? "needs its class" : "has no class",
        forClass());
    Checks.check(
        !noticeGivenOn().isAfter(startsAt().toLocalDate()),
        "noticeGivenOn",
        noticeGivenOn(),
        "notice given on %s is after the meeting on %s",
        noticeGivenOn(),
        startsAt().toLocalDate());
    if (adjournedFrom().isPresent()) {
      LocalDateTime from = adjournedFrom().get();
      Checks.check(
          from.isBefore(startsAt()),
          "adjournedFrom",
          from,
          "a meeting adjourned from %s must resume after it, not at %s",
          from,
          startsAt());
    }
  }
}
