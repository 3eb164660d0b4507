/**
 * What a vote decides: resolutions and their conditions (thresholds that name their base exactly,
 * ratio supermajorities, class consents, minimum turnout), tallies checked against the roll and the
 * proxies, tie rules, written and two-meeting resolutions, escalation by a class, and outcomes that give
 * every condition with its numbers.
 *
 * <p>The entry point for "did this resolution pass?" is {@link
 * org.commonweal.governance.resolution.Resolution#decide(org.commonweal.governance.resolution.Tally)},
 * returning a {@link org.commonweal.governance.resolution.ResolutionOutcome}.
 *
 * <pre>{@code
 * Tally tally = Tally.builder(roll).vote(MemberId.of("M-001"), Choice.FOR).vote(MemberId.of("M-002"), Choice.AGAINST).build();
 * ResolutionOutcome o = Resolution.special("Adopt new rules").decide(tally);
 * String reasons = o.explain(); // every condition with its numbers
 * }</pre>
 *
 * <p>A resolution's {@link org.commonweal.governance.resolution.Condition}s and its {@link
 * org.commonweal.governance.resolution.TieRule} are data: sealed interfaces whose cases are public records
 * ({@code Threshold}, {@code RatioThreshold}, {@code Condition.InEachClass}, {@code
 * Condition.Participation}, {@code TieRule.CastingVote}, ...), equal when they are the same record holding
 * equal values. Each is decided into a {@link org.commonweal.governance.resolution.ConditionDecision} or
 * a {@link org.commonweal.governance.resolution.TieDecision}, which, like the library's other decisions,
 * say whether the rule was met, the rule in words and the numbers.
 *
 * <p>Entry points: {@link org.commonweal.governance.resolution.Resolution} (and {@link
 * org.commonweal.governance.resolution.WrittenResolution}, {@link
 * org.commonweal.governance.resolution.TwoMeetingResolution}) with its conditions and tie rule, and
 * {@link org.commonweal.governance.resolution.Tally}, which the caller builds; {@link
 * org.commonweal.governance.resolution.ResolutionOutcome} and its decisions, which it reads.
 *
 * <p>Status: new in 0.1.0; {@code Resolution}, {@code Threshold}, {@code Tally} and {@code
 * ResolutionOutcome} are meant to stay stable. Every type here is immutable and thread-safe.
 */
@NullMarked
package org.commonweal.governance.resolution;

import org.jspecify.annotations.NullMarked;
