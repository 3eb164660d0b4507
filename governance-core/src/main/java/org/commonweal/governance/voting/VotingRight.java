package org.commonweal.governance.voting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * One member's line on a {@link VotingRoll}: the class the member votes in, the member's base votes
 * (from the basis and caps), the member's votes when every member with a vote takes part, the
 * delegations given and held, and the reasons in words.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class VotingRight {
  VotingRight() {}

  /**
   * Returns the member.
   *
   * @return the member's id
   */
  public abstract MemberId member();

  /**
   * Returns the class the member votes in, if any.
   *
   * @return the class, or empty for a member without a class (or without a vote)
   */
  public abstract Optional<ClassId> votingClass();

  /**
   * Returns the member's base votes: one, or the voting shares held, after the caps per member and
   * before class shares and class caps.
   *
   * @return the base votes, 0 for a member without a vote
   */
  public abstract long baseVotes();

  /**
   * Returns the member's votes when every member with a vote takes part: the base votes, or the
   * member's part of the class's fixed share, after class caps.
   *
   * @return the votes, exact
   */
  public abstract Fraction votes();

  /**
   * Returns the member to whom this member's vote is delegated, if a delegation was accepted.
   *
   * @return the delegate, or empty
   */
  public abstract Optional<MemberId> delegatedTo();

  /**
   * Returns the members whose delegations this member holds.
   *
   * @return the delegators, in member id order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<MemberId> delegationsHeld();

  /**
   * Returns the reasons for the member's votes, in the order they were applied.
   *
   * @return the reasons, for example {@code ["one member, one vote", "1/12 of class staff's share 1/2"]}
   */
  public abstract ImmutableList<String> reasons();

  /**
   * Returns whether the member holds a vote.
   *
   * @return true if the base votes are above 0
   */
  public boolean hasVote() {
    return baseVotes() > 0;
  }

  /** Returns the member, votes and reasons on one line. */
  @Override
  public String toString() {
    return member() + votingClass().map(c -> " [" + c + "]").orElse("") + ": " + votes() + " (" + String.join("; ", reasons()) + ")";
  }
}
