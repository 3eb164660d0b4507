package org.commonweal.governance.resolution;

import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.immutables.value.Value;

/**
 * One member's vote on a motion, as recorded: the member, the choice, and whether the member cast it
 * (in person, by post or online) or a proxy holder cast it for the member.
 *
 * <pre>{@code
 * Vote v = Vote.of(MemberId.of("M-003"), Choice.FOR);
 * Vote p = Vote.byProxy(MemberId.of("M-021"), Choice.AGAINST);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Vote {
  Vote() {}

  /** Who cast a vote. */
  public enum Cast {
    /** The member, in person, by post or online. */
    BY_MEMBER,
    /** The member's proxy holder, under an accepted appointment. */
    BY_PROXY,
    /** The member's delegate, under a delegation on the roll (derived by the tally, never recorded). */
    BY_DELEGATE
  }

  /**
   * Returns the member whose vote this is.
   *
   * @return the member
   */
  @Value.Parameter
  public abstract MemberId member();

  /**
   * Returns the choice.
   *
   * @return the choice
   */
  @Value.Parameter
  public abstract Choice choice();

  /**
   * Returns who cast the vote.
   *
   * @return by the member or by proxy
   */
  @Value.Parameter
  public abstract Cast cast();

  /**
   * Returns a vote cast by the member.
   *
   * @param member the member
   * @param choice the choice
   * @return the vote
   */
  public static Vote of(MemberId member, Choice choice) {
    return ImmutableVote.of(member, choice, Cast.BY_MEMBER);
  }

  /**
   * Returns a vote cast for the member by the member's proxy holder.
   *
   * @param member the member represented
   * @param choice the choice
   * @return the vote
   */
  public static Vote byProxy(MemberId member, Choice choice) {
    return ImmutableVote.of(member, choice, Cast.BY_PROXY);
  }

  static Vote byDelegate(MemberId member, Choice choice) {
    return ImmutableVote.of(member, choice, Cast.BY_DELEGATE);
  }

  /** Returns {@code member: choice}, with how it was cast if not by the member. */
  @Override
  public String toString() {
    return member() + ": " + choice().label()
        + (cast() == Cast.BY_PROXY ? " (by proxy)" : cast() == Cast.BY_DELEGATE ? " (by delegate)" : "");
  }
}
