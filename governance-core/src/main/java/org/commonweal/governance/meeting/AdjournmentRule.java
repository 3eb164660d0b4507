package org.commonweal.governance.meeting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * What a constitution says when a meeting is not quorate: how long to wait, the quorum at the adjourned
 * meeting, and the notice an adjourned meeting needs.
 *
 * <p>The Co-operatives UK worker co-operative model: if a quorum is not present within 30 minutes the
 * meeting stands adjourned; at the adjourned meeting the members present are a quorum; an adjournment
 * of 14 days or more needs 7 clear days' notice:
 *
 * <pre>{@code
 * AdjournmentRule rule = AdjournmentRule.builder().waitFor(Duration.ofMinutes(30))
 *     .adjournedQuorum(QuorumRule.thosePresent()).longAdjournmentDays(14).longAdjournmentNoticeDays(7).build();
 * AdjournmentDecision d = rule.decide(quorumDecision, Duration.ofMinutes(31));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class AdjournmentRule {
  AdjournmentRule() {}

  /**
   * Returns how long after the start an inquorate meeting waits before it stands adjourned.
   *
   * @return the waiting time, not negative
   */
  public abstract Duration waitFor();

  /**
   * Returns the quorum at the adjourned meeting.
   *
   * @return the rule, for example {@link QuorumRule#thosePresent()}
   */
  public abstract QuorumRule adjournedQuorum();

  /**
   * Returns the length of adjournment, in days, from which fresh notice is needed, if any.
   *
   * @return the days, at least 1, or empty where no fresh notice is needed
   */
  public abstract OptionalInt longAdjournmentDays();

  /**
   * Returns the clear days of notice a long adjournment needs.
   *
   * @return the clear days; 0 by default
   */
  @Value.Default
  public int longAdjournmentNoticeDays() {
    return 0;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdjournmentRule}. */
  public static final class Builder extends ImmutableAdjournmentRule.Builder {
    Builder() {}
  }

  /**
   * Decides what an inquorate or quorate meeting does after waiting.
   *
   * @param quorum the quorum decision at that moment
   * @param waited the time since the meeting's start, not negative
   * @return proceed, wait or adjourn
   */
  public AdjournmentDecision decide(QuorumDecision quorum, Duration waited) {
    Checks.check(!waited.isNegative(), "waited", waited, "time waited (%s) must not be negative", waited);
    AdjournmentDecision.Status status = quorum.quorate()
        ? AdjournmentDecision.Status.PROCEED
        : waited.compareTo(waitFor()) >= 0 ? AdjournmentDecision.Status.ADJOURN : AdjournmentDecision.Status.WAIT;
    return ImmutableAdjournmentDecision.builder().status(status).quorum(quorum).waited(waited).waitFor(waitFor()).build();
  }

  /**
   * Returns the notice rule for the adjourned meeting: fresh notice for a long adjournment, none
   * otherwise.
   *
   * @param originalStart when the meeting was first called to start
   * @param resumesAt when the adjourned meeting resumes
   * @return the notice rule
   */
  public NoticeRule noticeFor(LocalDateTime originalStart, LocalDateTime resumesAt) {
    long days = ChronoUnit.DAYS.between(originalStart.toLocalDate(), resumesAt.toLocalDate());
    boolean isLong = longAdjournmentDays().isPresent() && days >= longAdjournmentDays().getAsInt();
    return NoticeRule.clearDays(isLong ? longAdjournmentNoticeDays() : 0);
  }

  @Value.Check
  void check() {
    Checks.check(!waitFor().isNegative(), "waitFor", waitFor(), "waiting time (%s) must not be negative", waitFor());
    if (longAdjournmentDays().isPresent()) {
      int days = longAdjournmentDays().getAsInt();
      Checks.check(days >= 1, "longAdjournmentDays", days, "long adjournment days (%s) must be at least 1", days);
    }
    Checks.check(
        longAdjournmentNoticeDays() >= 0,
        "longAdjournmentNoticeDays",
        longAdjournmentNoticeDays(),
        "notice days (%s) must not be negative",
        longAdjournmentNoticeDays());
  }
}
