/**
 * Who holds how many votes on a record date: one member one vote, votes per share, caps per member,
 * classes and share classes without a vote, fixed class shares of the vote (Somerset Rules), caps on a
 * class's share (Italy's civil code art. 2526, FairShares), and delegation.
 *
 * <p>The caller describes the members on the record date as an {@link
 * org.commonweal.governance.voting.Electorate}; {@link org.commonweal.governance.voting.VotingRules#roll}
 * turns it into a {@link org.commonweal.governance.voting.VotingRoll}, each member's votes with the
 * reasons, which the {@code meeting} and {@code resolution} packages count and weigh.
 *
 * <pre>{@code
 * VotingRoll roll = VotingRules.oneMemberOneVote().roll(electorate);
 * String text = roll.explain(); // the totals, each class, each member with reasons, delegations
 * }</pre>
 *
 * <p>Entry points: {@link org.commonweal.governance.voting.VotingRules} and {@link
 * org.commonweal.governance.voting.Electorate} ({@code Electorate.from(ledger, recordDate)}, or built
 * from {@link org.commonweal.governance.voting.Elector}s), giving a {@link
 * org.commonweal.governance.voting.VotingRoll}. {@link org.commonweal.governance.voting.VoteWeights} is
 * the roll's weighing of one vote, which the {@code resolution} package reads.
 *
 * <p>Status: new in 0.1.0; the entry points {@code VotingRules}, {@code Electorate} and {@code
 * VotingRoll} are meant to stay stable. Every type here is immutable and thread-safe.
 */
@NullMarked
package org.commonweal.governance.voting;

import org.jspecify.annotations.NullMarked;
