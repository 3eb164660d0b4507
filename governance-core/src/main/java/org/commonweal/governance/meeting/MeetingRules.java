package org.commonweal.governance.meeting;

import java.util.Collection;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.VotingRoll;
import org.immutables.value.Value;

/**
 * A constitution's rules for one kind of meeting, together: notice, quorum, adjournment, proxies, the
 * members' power to requisition a meeting and to demand a poll. It answers the questions asked of a
 * meeting: "was it validly called?", "is it quorate?", "is this requisition (or poll demand) valid?".
 *
 * <pre>{@code
 * MeetingRules general = MeetingRules.builder()
 *     .notice(NoticeRule.clearDays(14))
 *     .quorum(QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF)))
 *     .proxies(ProxyRules.upToPerHolder(5))
 *     .requisition(QuorumRule.fractionOfMembers(Fraction.of(1, 10)))
 *     .build();
 * QuorumDecision q = general.quorum(meeting, attendance);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class MeetingRules {
  MeetingRules() {}

  /**
   * Returns the notice rule.
   *
   * @return the notice rule; no notice needed by default
   */
  @Value.Default
  public NoticeRule notice() {
    return NoticeRule.clearDays(0);
  }

  /**
   * Returns the quorum of the meeting as first called.
   *
   * @return the quorum rule
   */
  public abstract QuorumRule quorum();

  /**
   * Returns what happens when the meeting is inquorate, if the rules say.
   *
   * @return the adjournment rule, or empty
   */
  public abstract Optional<AdjournmentRule> adjournment();

  /**
   * Returns the proxy rules.
   *
   * @return the proxy rules; {@link ProxyRules#notAllowed()} by default
   */
  @Value.Default
  public ProxyRules proxies() {
    return ProxyRules.notAllowed();
  }

  /**
   * Returns the support members need to requisition a meeting of this kind, if they may.
   *
   * @return the rule, or empty
   */
  public abstract Optional<QuorumRule> requisition();

  /**
   * Returns the support members need to demand a poll, if they may.
   *
   * @return the rule, or empty
   */
  public abstract Optional<QuorumRule> pollDemand();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MeetingRules}. */
  public static final class Builder extends ImmutableMeetingRules.Builder {
    Builder() {}
  }

  /**
   * Returns the quorum rule for a meeting: the adjourned meeting's rule for a meeting resumed after an
   * adjournment, where the rules give one.
   *
   * @param meeting the meeting
   * @return the rule that applies
   */
  public QuorumRule quorumRuleFor(Meeting meeting) {
    return meeting.isAdjourned() && adjournment().isPresent() ? adjournment().get().adjournedQuorum() : quorum();
  }

  /**
   * Decides whether a meeting is quorate: the main entry point for "is this meeting quorate?".
   *
   * @param meeting the meeting (an adjourned meeting takes the adjourned quorum)
   * @param attendance who is present
   * @return the decision
   */
  public QuorumDecision quorum(Meeting meeting, Attendance attendance) {
    return quorumRuleFor(meeting).decide(attendance);
  }

  /**
   * Returns the attendance at a meeting under these rules' proxy rules.
   *
   * @param meeting the meeting
   * @param roll its voting roll
   * @param inPerson the members present in person
   * @param proxies the proxy appointments lodged
   * @return the attendance, with the meeting's agenda
   */
  public Attendance attendance(Meeting meeting, VotingRoll roll, Collection<MemberId> inPerson,
      Collection<ProxyAppointment> proxies) {
    return Attendance.builder().roll(roll).startsAt(meeting.startsAt()).agenda(meeting.agenda()).inPerson(inPerson)
        .proxies(proxies).proxyRules(proxies()).build();
  }

  /**
   * Decides whether a meeting was called on sufficient notice; an adjourned meeting needs the notice
   * its adjournment rule gives.
   *
   * @param meeting the meeting
   * @return the decision
   */
  public NoticeDecision notice(Meeting meeting) {
    return noticeRuleFor(meeting).decide(meeting);
  }

  /**
   * Decides whether a meeting was called on sufficient notice, counting consents to short notice.
   *
   * @param meeting the meeting
   * @param roll its voting roll
   * @param consenting the members consenting to short notice
   * @return the decision
   */
  public NoticeDecision notice(Meeting meeting, VotingRoll roll, Collection<MemberId> consenting) {
    return noticeRuleFor(meeting).decide(meeting, roll, consenting);
  }

  private NoticeRule noticeRuleFor(Meeting meeting) {
    if (meeting.isAdjourned() && adjournment().isPresent()) {
      return adjournment().get().noticeFor(meeting.adjournedFrom().orElseThrow(), meeting.startsAt());
    }
    return notice();
  }

  /**
   * Decides whether members requisitioning a meeting have the support the rules need (for example 10%
   * of the members, or 5% of the voting rights: Companies Act 2006 s.303).
   *
   * @param roll the voting roll on the day of the requisition
   * @param requisitionists the members requisitioning
   * @return the decision
   * @throws InvalidValueException if the rules give members no power to requisition
   */
  public QuorumDecision requisition(VotingRoll roll, Collection<MemberId> requisitionists) {
    QuorumRule rule = requisition().orElseThrow(() -> Checks.invalid(
        "requisition", "none", "these meeting rules give members no power to requisition a meeting"));
    return rule.decide("requisition of a meeting", roll, requisitionists);
  }

  /**
   * Decides whether a demand for a poll is valid (for example 5 members or 10% of the voting rights:
   * Companies Act 2006 s.321).
   *
   * @param roll the voting roll of the meeting
   * @param demanding the members demanding the poll
   * @return the decision
   * @throws InvalidValueException if the rules give members no power to demand a poll
   */
  public QuorumDecision pollDemand(VotingRoll roll, Collection<MemberId> demanding) {
    QuorumRule rule = pollDemand().orElseThrow(() -> Checks.invalid(
        "pollDemand", "none", "these meeting rules give members no power to demand a poll"));
    return rule.decide("demand for a poll", roll, demanding);
  }
}
