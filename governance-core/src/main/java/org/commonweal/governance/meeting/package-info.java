/**
 * General, class and board meetings: notice in clear days and consent to short notice, attendance in
 * person and by proxy under the constitution's proxy rules, composable quorum rules and their explained
 * decisions, adjournment, requisitions and demands for a poll.
 *
 * <p>The entry point for "is this meeting quorate?" is {@link
 * org.commonweal.governance.meeting.QuorumRule#decide(org.commonweal.governance.meeting.Attendance)} (or
 * {@link org.commonweal.governance.meeting.MeetingRules#quorum}, which also picks an adjourned meeting's
 * rule); it returns a {@link org.commonweal.governance.meeting.QuorumDecision} naming the rule that
 * decided and the numbers.
 *
 * <pre>{@code
 * QuorumRule rule = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));
 * QuorumDecision q = rule.decide(Attendance.of(roll, startsAt, present));
 * String reasons = q.explain(); // the rule that decided, with present and needed
 * }</pre>
 *
 * <p>A {@link org.commonweal.governance.meeting.QuorumRule} is data: a sealed interface whose cases are
 * public records ({@code Members}, {@code FractionOfMembers}, {@code GreaterOf}, {@code Tiered}, ...), so
 * that a constitution can hold and compare rules; two rules are equal when they are the same record
 * holding equal values.
 *
 * <p>Entry points: {@link org.commonweal.governance.meeting.QuorumRule}, {@link
 * org.commonweal.governance.meeting.MeetingRules} and {@link org.commonweal.governance.meeting.Attendance};
 * {@link org.commonweal.governance.meeting.Meeting}, {@link
 * org.commonweal.governance.meeting.ProxyAppointment} and the rules are what the caller builds; the
 * decisions ({@link org.commonweal.governance.meeting.QuorumDecision}, notice, adjournment) are what it
 * reads.
 *
 * <p>Status: new in 0.1.0; {@code QuorumRule}, {@code QuorumDecision}, {@code Attendance} and {@code
 * MeetingRules} are meant to stay stable. Every type here is immutable and thread-safe.
 */
@NullMarked
package org.commonweal.governance.meeting;

import org.jspecify.annotations.NullMarked;
