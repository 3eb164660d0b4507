package org.commonweal.governance.board;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.election.ElectionMethod;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * One contest of a board election: the seats of a stakeholder class, elected by that class's members
 * from among them, or the seats elected by all members; with its candidates, the ballots by voter, and
 * the method that counts them (an STV rule, or any single-winner method for one seat).
 *
 * <pre>{@code
 * Constituency parents = Constituency.ofClass(PARENTS, 2, candidates, ballots, StvMethods.scottish());
 * Constituency everyone = Constituency.general(3, candidates, ballots, StvMethods.scottish());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param stakeholderClass the class whose seats these are, or null for the seats elected by all members
 * @param seats the seats to fill, at least 1
 * @param candidates the candidates, with distinct names
 * @param ballots each voter's ballot, whose preferences name the candidates by their names
 * @param method the counting method
 * @since 0.1.0
 */
public record Constituency(
    @Nullable ClassId stakeholderClass,
    int seats,
    ImmutableList<Director> candidates,
    ImmutableMap<MemberId, RankedBallot> ballots,
    ElectionMethod method) {

  /**
   * Checks the constituency.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if {@code seats} is less than 1, the
   *     candidates' names repeat, or the ballots carry more than one paper each
   */
  public Constituency {
    Checks.atLeast("seats", seats, 1);
    candidates = ImmutableList.copyOf(candidates);
    ballots = ImmutableMap.copyOf(ballots);
    Preconditions.checkNotNull(method, "method");
    Set<String> names = new HashSet<>();
    for (Director d : candidates) {
      Checks.check(names.add(d.name()), "candidates", d.name(), "two candidates are named \"%s\"", d.name());
    }
    for (var e : ballots.entrySet()) {
      Checks.check(e.getValue().count() == 1, "ballots", e.getKey(), "the ballot of %s must be one paper", e.getKey());
    }
  }

  /**
   * Returns the seats reserved for a class.
   *
   * @param stakeholderClass the class
   * @param seats the seats
   * @param candidates the candidates, members of the class on the record date
   * @param ballots the ballots of the class's members, by voter
   * @param method the method
   * @return the constituency
   */
  public static Constituency ofClass(
      ClassId stakeholderClass,
      int seats,
      List<Director> candidates,
      Map<MemberId, RankedBallot> ballots,
      ElectionMethod method) {
    Preconditions.checkNotNull(stakeholderClass, "stakeholderClass");
    return new Constituency(stakeholderClass, seats, ImmutableList.copyOf(candidates), ImmutableMap.copyOf(ballots), method);
  }

  /**
   * Returns the seats elected by all members.
   *
   * @param seats the seats
   * @param candidates the candidates, members on the record date
   * @param ballots the members' ballots, by voter
   * @param method the method
   * @return the constituency
   */
  public static Constituency general(
      int seats, List<Director> candidates, Map<MemberId, RankedBallot> ballots, ElectionMethod method) {
    return new Constituency(null, seats, ImmutableList.copyOf(candidates), ImmutableMap.copyOf(ballots), method);
  }

  /**
   * Returns the constituency's name: the class, or "all members".
   *
   * @return the name
   */
  public String name() {
    ClassId c = stakeholderClass;
    return c == null ? "all members" : c.value();
  }
}
