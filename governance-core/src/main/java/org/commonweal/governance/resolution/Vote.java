package org.commonweal.governance.resolution;

import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.meeting.Person;
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
   * Returns the person who cast the vote for the member, where given: the proxy holder, needed where the
   * member appointed several proxies, each for part of the holding (Companies Act 2006 s.324(2)); or, for
   * a vote {@link Cast#BY_MEMBER} of a corporation, the representative who cast it (s.323).
   *
   * @return the holder or representative; empty where not given
   */
  public abstract Optional<Person> holder();

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

  /**
   * Returns a vote cast for the member by one of the member's proxy holders: the holder's vote for the
   * part of the holding the appointment is for.
   *
   * @param member the member represented
   * @param holder the proxy holder casting it
   * @param choice the choice
   * @return the vote
   */
  public static Vote byProxy(MemberId member, Person holder, Choice choice) {
    return ImmutableVote.builder().member(member).choice(choice).cast(Cast.BY_PROXY).holder(holder).build();
  }

  /**
   * Returns a vote cast for a corporation that is a member by one of its representatives (Companies Act
   * 2006 s.323): the corporation votes in person through them.
   *
   * @param corporation the corporation
   * @param representative the representative casting it, one the attendance lists for the corporation
   * @param choice the choice
   * @return the vote
   */
  public static Vote byRepresentative(MemberId corporation, Person representative, Choice choice) {
    return ImmutableVote.builder().member(corporation).choice(choice).cast(Cast.BY_MEMBER).holder(representative).build();
  }

  @Value.Check
  void check() {
    Checks.check(
        holder().isEmpty() || cast() != Cast.BY_DELEGATE,
        "holder",
        holder().map(Object::toString).orElse(""),
        "a delegated vote names no holder");
  }

  static Vote byDelegate(MemberId member, Choice choice) {
    return ImmutableVote.of(member, choice, Cast.BY_DELEGATE);
  }

  /** Returns {@code member: choice}, with how it was cast if not by the member. */
  @Override
  public String toString() {
    return member() + ": " + choice().label()
        + (cast() == Cast.BY_PROXY ? holder().map(h -> " (by proxy " + h + ")").orElse(" (by proxy)")
            : cast() == Cast.BY_DELEGATE ? " (by delegate)" : holder().map(h -> " (by representative " + h + ")").orElse(""));
  }
}
