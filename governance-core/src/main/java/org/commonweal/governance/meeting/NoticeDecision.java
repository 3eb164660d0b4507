package org.commonweal.governance.meeting;

import java.time.LocalDate;
import java.util.Optional;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * Whether a meeting was called on sufficient notice: the clear days given and needed, and where
 * notice was short, whether enough members consented to short notice.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class NoticeDecision {
  NoticeDecision() {}

  /**
   * Returns whether notice was sufficient: enough clear days, or short notice with enough consent.
   *
   * @return true if the meeting is validly called
   */
  public abstract boolean sufficient();

  /**
   * Returns the day notice was given.
   *
   * @return the day
   */
  public abstract LocalDate noticeGivenOn();

  /**
   * Returns the day of the meeting.
   *
   * @return the day
   */
  public abstract LocalDate meetingOn();

  /**
   * Returns the clear days given: the whole days between the day of notice and the day of the meeting,
   * neither counted.
   *
   * @return the clear days, at least 0
   */
  public abstract long clearDaysGiven();

  /**
   * Returns the clear days the rules need.
   *
   * @return the clear days needed
   */
  public abstract int clearDaysNeeded();

  /**
   * Returns the decision on consent to short notice, where notice was short and consents were counted.
   *
   * @return the consent decision, or empty
   */
  public abstract Optional<QuorumDecision> shortNoticeConsent();

  /**
   * Returns the decision in words.
   *
   * @return one or two lines
   */
  public String explain() {
    String s = "notice given " + noticeGivenOn() + " for " + meetingOn() + ": " + clearDaysGiven() + " clear days, "
        + clearDaysNeeded() + " needed";
    if (clearDaysGiven() >= clearDaysNeeded()) {
      return s + ": sufficient";
    }
    return s + ": short" + shortNoticeConsent().map(q -> "; " + q).orElse("; no consent to short notice")
        + (sufficient() ? ": sufficient" : ": not sufficient");
  }

  @Override
  public String toString() {
    return explain();
  }
}
