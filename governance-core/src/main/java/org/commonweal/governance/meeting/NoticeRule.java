package org.commonweal.governance.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.VotingRoll;
import org.immutables.value.Value;

/**
 * How much notice a meeting needs, in clear days, and who may consent to shorter notice.
 *
 * <p>"Clear days" exclude both the day notice is given (or deemed given) and the day of the meeting
 * (Companies Act 2006 s.360): notice given on 1 June for a meeting on 16 June gives 14 clear days. A
 * general meeting of a company needs 14 clear days, a public company's AGM 21 (s.307). A meeting may be
 * called at shorter notice with the consent of members meeting a stated rule: for a private company, a
 * majority in number holding at least 90% of the voting rights (s.307(5)-(6)), which is {@code
 * QuorumRule.greaterOf(QuorumRule.majorityOfMembers(), QuorumRule.fractionOfVotes(Fraction.of(9, 10)))}.
 *
 * <pre>{@code
 * NoticeRule companies = NoticeRule.clearDays(14).withShortNoticeConsent(consentRule);
 * NoticeDecision n = companies.decide(meeting, roll, consenting);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class NoticeRule {
  NoticeRule() {}

  /**
   * Returns the clear days of notice needed.
   *
   * @return the clear days, at least 0
   */
  public abstract int clearDays();

  /**
   * Returns the rule the members consenting to short notice must meet, if short notice is possible.
   *
   * @return the consent rule, or empty
   */
  public abstract Optional<QuorumRule> shortNoticeConsent();

  /**
   * Returns a rule needing {@code days} clear days, without short notice.
   *
   * @param days the clear days, at least 0
   * @return the rule
   */
  public static NoticeRule clearDays(int days) {
    return ImmutableNoticeRule.builder().clearDays(days).build();
  }

  /**
   * Returns this rule, allowing short notice with the consent of members meeting {@code consent}.
   *
   * @param consent the rule the consenting members must meet
   * @return the rule
   */
  public NoticeRule withShortNoticeConsent(QuorumRule consent) {
    return ImmutableNoticeRule.builder().from(this).shortNoticeConsent(consent).build();
  }

  /**
   * Returns the clear days between a day of notice and the day of a meeting, neither counted.
   *
   * @param noticeGivenOn the day notice was given
   * @param meetingOn the day of the meeting
   * @return the clear days, 0 if notice was given on the day or the day before
   */
  public static long clearDaysBetween(LocalDate noticeGivenOn, LocalDate meetingOn) {
    return Math.max(0, ChronoUnit.DAYS.between(noticeGivenOn, meetingOn) - 1);
  }

  /**
   * Decides whether the meeting had enough notice, without consents to short notice.
   *
   * @param meeting the meeting
   * @return the decision
   */
  public NoticeDecision decide(Meeting meeting) {
    return decide(meeting, Optional.empty());
  }

  /**
   * Decides whether the meeting had enough notice, counting consents to short notice if it was short.
   *
   * @param meeting the meeting
   * @param roll the voting roll of the meeting
   * @param consenting the members who consented to short notice
   * @return the decision
   */
  public NoticeDecision decide(Meeting meeting, VotingRoll roll, Collection<MemberId> consenting) {
    return decide(meeting, Optional.of(new Consent(roll, consenting)));
  }

  private NoticeDecision decide(Meeting meeting, Optional<Consent> consent) {
    long given = clearDaysBetween(meeting.noticeGivenOn(), meeting.startsAt().toLocalDate());
    ImmutableNoticeDecision.Builder b = ImmutableNoticeDecision.builder()
        .noticeGivenOn(meeting.noticeGivenOn())
        .meetingOn(meeting.startsAt().toLocalDate())
        .clearDaysGiven(given)
        .clearDaysNeeded(clearDays());
    if (given >= clearDays()) {
      return b.sufficient(true).build();
    }
    if (consent.isEmpty() || shortNoticeConsent().isEmpty()) {
      return b.sufficient(false).build();
    }
    QuorumDecision q = shortNoticeConsent().get().decide("consent to short notice", consent.get().roll, consent.get().members);
    return b.sufficient(q.quorate()).shortNoticeConsent(q).build();
  }

  private static final class Consent {
    final VotingRoll roll;
    final Collection<MemberId> members;

    Consent(VotingRoll roll, Collection<MemberId> members) {
      this.roll = roll;
      this.members = members;
    }
  }

  @Value.Check
  void check() {
    Checks.check(
        clearDays() >= 0, "clearDays", clearDays(), "clear days of notice (%s) must not be negative", clearDays());
  }
}
