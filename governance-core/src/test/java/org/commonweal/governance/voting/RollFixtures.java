package org.commonweal.governance.voting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;

/**
 * Small hand-made voting rolls for example-based tests, shared by the tests of every package that
 * counts votes or members (meeting, resolution, and systems built on them through the test-jar).
 *
 * <p>Members are numbered from 1 as {@code M-001}, {@code M-002}, ... ({@link VotingDomain#member(int)});
 * every roll is one member one vote, on the record date {@link #RECORD}.
 *
 * <pre>{@code
 * VotingRoll roll = RollFixtures.roll(11);                                   // M-001 .. M-011
 * QuorumDecision q = QuorumRule.majorityOfMembers().decide("quorum", roll, RollFixtures.range(1, 6));
 * }</pre>
 */
public final class RollFixtures {
  /** The record date of every roll made here. */
  public static final LocalDate RECORD = LocalDate.of(2026, 6, 1);

  private RollFixtures() {}

  /**
   * Returns the i-th member.
   *
   * @param i the number, from 1
   * @return {@code M-001} for 1
   */
  public static MemberId m(int i) {
    return VotingDomain.member(i);
  }

  /**
   * Returns the members numbered {@code from} to {@code to}, both included.
   *
   * @param from the first number
   * @param to the last number
   * @return the members, in order; empty if {@code to} is below {@code from}
   */
  public static List<MemberId> range(int from, int to) {
    List<MemberId> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(m(i));
    }
    return out;
  }

  /**
   * Returns a one-member-one-vote roll of members 1 to {@code n}, in no class.
   *
   * @param n the number of members
   * @return the roll
   */
  public static VotingRoll roll(int n) {
    return VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RECORD, range(1, n)));
  }

  /**
   * Returns {@code count} electors numbered from {@code from}, in class {@code c}.
   *
   * @param from the first number
   * @param count how many
   * @param c their class
   * @return the electors, in order
   */
  public static List<Elector> electors(int from, int count, ClassId c) {
    List<Elector> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      out.add(Elector.of(m(i), c));
    }
    return out;
  }

  /**
   * Returns a one-member-one-vote roll with members 1 to {@code a} in class {@code x} and {@code a + 1}
   * to {@code a + b} in class {@code y}.
   *
   * @param x the first class
   * @param a how many in it
   * @param y the second class
   * @param b how many in it
   * @return the roll
   */
  public static VotingRoll twoClasses(ClassId x, int a, ClassId y, int b) {
    List<Elector> all = new ArrayList<>(electors(1, a, x));
    all.addAll(electors(a + 1, b, y));
    return VotingRules.oneMemberOneVote().roll(Electorate.of(RECORD, all));
  }
}
