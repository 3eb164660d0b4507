/**
 * Choosing people: candidates, ballots and ballot rules, counting methods behind one interface, and
 * stage-by-stage count reports. Uses only {@code base}, so a voting platform can use it alone.
 *
 * <p>An {@link org.commonweal.governance.election.Election} holds the candidates, seats, ballots as cast
 * and the {@link org.commonweal.governance.election.BallotRules} for reading them; an {@link
 * org.commonweal.governance.election.ElectionMethod} counts it and returns an {@link
 * org.commonweal.governance.election.ElectionResult} whose {@link
 * org.commonweal.governance.election.CountReport} shows every stage, every paper and every tie. {@link
 * org.commonweal.governance.election.ElectionMethods} has a factory for each method other than the STV
 * family (plurality, approval, Borda, score, STAR, instant-runoff, two-round, Schulze, Ranked Pairs,
 * Copeland, Minimax, Kemeny-Young); {@link org.commonweal.governance.election.PairwiseMatrix} gives the
 * head-to-head counts with the Condorcet winner and loser, Smith and Schwartz sets. {@link
 * org.commonweal.governance.election.RankedVoteCsv} and {@link
 * org.commonweal.governance.election.DebianTally} read published ballot files (text in, values out).
 *
 * <pre>{@code
 * ElectionResult r = ElectionMethods.instantRunoff().count(election, TieBreaker.seeded(2026));
 * ElectionResult board = MethodRegistry.get("scottish-stv").method().count(Blt.parse(text));
 * }</pre>
 *
 * <p>Entry points: {@link org.commonweal.governance.election.Election} (with {@link
 * org.commonweal.governance.election.RankedBallot} and the other ballots, or read by {@link
 * org.commonweal.governance.election.Blt}, {@link org.commonweal.governance.election.RankedVoteCsv} and
 * {@link org.commonweal.governance.election.DebianTally}); the methods from {@link
 * org.commonweal.governance.election.ElectionMethods}, {@link
 * org.commonweal.governance.election.StvMethods} (with the settings values {@link
 * org.commonweal.governance.election.WigmStv} and {@link org.commonweal.governance.election.MeekStv}),
 * an STV rule under limits on the seats of groups of candidates ({@link
 * org.commonweal.governance.election.ConstrainedStv} with {@link
 * org.commonweal.governance.election.SeatConstraint}) or, by name, {@link org.commonweal.governance.election.MethodRegistry}; and the {@link
 * org.commonweal.governance.election.ElectionResult} they return. The methods' implementations, the STV
 * count driver and its rules, and the compact stores of papers are package-private.
 */
@NullMarked
package org.commonweal.governance.election;

import org.jspecify.annotations.NullMarked;
