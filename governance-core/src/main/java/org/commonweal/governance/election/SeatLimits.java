package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;

/**
 * The limits of a constrained count, put in the form of Hill's list ("STV with constraints", Voting
 * matters 9, 1998): the candidates fall into categories, each the candidates who belong to exactly the
 * same groups (Hill's "English men", "Scottish women"); an outcome is how many of the seats each
 * category takes, and it conforms if every group's seats lie within its limits. A continuing candidate
 * is doomed when no conforming outcome still possible gives their category a seat, and guarded when
 * every such outcome elects all their category's continuing candidates (the members of a category are
 * interchangeable as far as the limits go, so this is exact).
 *
 * <p>Rather than keep the list and cross outcomes out, each judgement lists afresh the outcomes still
 * possible from the candidates elected and continuing: the same crossings out, with no stored list.
 * Cost: the outcomes are the ways of sharing the seats left among the categories, at most C(s + k - 1, k
 * - 1) for s seats and k categories, and k grows as 2 to the number of groups (Otten, Voting matters 13,
 * 2001, shows the growth); each is checked against every group. The count is bounded before it starts
 * ({@link #MAX_OUTCOMES}). Package-private; immutable.
 */
final class SeatLimits {
  /** The most outcomes a count may have to list at a judgement. */
  static final long MAX_OUTCOMES = 200_000;

  final ImmutableList<SeatConstraint> constraints;
  /** The category of each candidate (by index in the election), or -1 for a candidate in no group. */
  private final int[] category;
  /** For each category, the groups it belongs to. */
  private final int[][] groupsOf;
  private final int categories;

  private SeatLimits(ImmutableList<SeatConstraint> constraints, int[] category, int[][] groupsOf) {
    this.constraints = constraints;
    this.category = category;
    this.groupsOf = groupsOf;
    this.categories = groupsOf.length;
  }

  /**
   * The limits for an election: every member of a group must be one of its candidates. Refuses limits
   * whose list of outcomes could exceed {@link #MAX_OUTCOMES}, and limits no outcome can meet.
   */
  static SeatLimits of(List<SeatConstraint> constraints, Election election) {
    List<Candidate> all = election.candidates();
    int n = all.size();
    List<List<Integer>> memberships = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      memberships.add(new ArrayList<>());
    }
    for (int g = 0; g < constraints.size(); g++) {
      for (Candidate c : constraints.get(g).members()) {
        int i = all.indexOf(c);
        if (i < 0) {
          throw new InvalidValueException(
              "constraints",
              c,
              "the group \"" + constraints.get(g).name() + "\" names " + c + ", who is not a candidate in this election");
        }
        memberships.get(i).add(g);
      }
    }
    Map<List<Integer>, Integer> ids = new HashMap<>();
    List<int[]> groupsOf = new ArrayList<>();
    int[] category = new int[n];
    for (int c = 0; c < n; c++) {
      List<Integer> m = memberships.get(c);
      if (m.isEmpty()) {
        category[c] = -1;
        continue;
      }
      Integer id = ids.get(m);
      if (id == null) {
        id = groupsOf.size();
        ids.put(m, id);
        groupsOf.add(m.stream().mapToInt(Integer::intValue).toArray());
      }
      category[c] = id;
    }
    SeatLimits limits = new SeatLimits(ImmutableList.copyOf(constraints), category, groupsOf.toArray(new int[0][]));
    limits.checkSize(election);
    limits.checkFeasible(election);
    return limits;
  }

  /** Refuses limits whose outcomes, at the start, could number more than {@link #MAX_OUTCOMES}. */
  private void checkSize(Election election) {
    int[] size = new int[categories + 1];
    for (Candidate c : election.standing()) {
      int k = category[election.candidates().indexOf(c)];
      size[k < 0 ? categories : k]++;
    }
    int seats = Math.min(election.seats(), election.standing().size());
    // ways[s]: the ways of sharing s seats among the categories so far, each within its size.
    long[] ways = new long[seats + 1];
    ways[0] = 1;
    for (int k = 0; k <= categories; k++) {
      long[] next = new long[seats + 1];
      for (int s = 0; s <= seats; s++) {
        for (int x = 0; x <= size[k] && s + x <= seats; x++) {
          next[s + x] = Math.min(MAX_OUTCOMES + 1, next[s + x] + ways[s]);
        }
      }
      ways = next;
    }
    if (ways[seats] > MAX_OUTCOMES) {
      throw new LimitExceededException(
          "outcomes of the seat limits to list",
          MAX_OUTCOMES,
          ways[seats],
          "the candidates fall into " + categories + " categories by their groups; merge or drop groups");
    }
  }

  /** Refuses limits that no choice of the standing candidates meets, naming the limit and why. */
  private void checkFeasible(Election election) {
    List<Integer> standing = new ArrayList<>();
    for (Candidate c : election.standing()) {
      standing.add(election.candidates().indexOf(c));
    }
    int seats = Math.min(election.seats(), standing.size());
    if (judge(standing, List.of(), seats).feasible) {
      return;
    }
    for (int g = 0; g < constraints.size(); g++) {
      SeatConstraint k = constraints.get(g);
      long in = standing.stream().filter(c -> k.members().contains(election.candidates().get(c))).count();
      if (in < k.min()) {
        throw new InvalidValueException(
            "constraints",
            k,
            "the limit \"" + k + "\" cannot be met: only " + in + " of its candidates are standing");
      }
      if (k.min() > seats) {
        throw new InvalidValueException(
            "constraints", k, "the limit \"" + k + "\" cannot be met: only " + seats + " seats are filled");
      }
      long outside = standing.size() - in;
      if (seats - outside > k.max()) {
        throw new InvalidValueException(
            "constraints",
            k,
            "the limit \""
                + k
                + "\" cannot be met: "
                + seats
                + " seats are filled and only "
                + outside
                + " standing candidates are outside the group");
      }
    }
    throw new InvalidValueException(
        "constraints",
        constraints,
        "the limits "
            + constraints
            + " cannot be met together by any "
            + seats
            + " of the "
            + standing.size()
            + " standing candidates");
  }

  /** What the limits say of the continuing candidates at one point of the count. */
  static final class Verdict {
    /** Whether some conforming outcome is still possible. */
    final boolean feasible;
    /** By category: whether some conforming outcome gives it a seat. */
    final boolean[] canWin;
    /** By category: whether every conforming outcome elects all its continuing candidates. */
    final boolean[] mustAll;
    /** The conforming outcomes found. */
    final long conforming;
    /** The outcomes listed. */
    final long outcomes;

    Verdict(boolean feasible, boolean[] canWin, boolean[] mustAll, long conforming, long outcomes) {
      this.feasible = feasible;
      this.conforming = conforming;
      this.canWin = canWin;
      this.mustAll = mustAll;
      this.outcomes = outcomes;
    }
  }

  /** The category of a candidate, with the candidates in no group as a category of their own. */
  private int cat(int c) {
    return category[c] < 0 ? categories : category[c];
  }

  /**
   * Lists the outcomes still possible: the continuing candidates {@code hopeful}, those already
   * elected, and {@code seatsLeft} seats to fill (no more than the continuing candidates).
   */
  Verdict judge(List<Integer> hopeful, List<Integer> elected, int seatsLeft) {
    return judge(hopeful, elected, seatsLeft, -1);
  }

  /** As {@link #judge(List, List, int)}, with one group's limits set aside ({@code -1} for none). */
  Verdict judge(List<Integer> hopeful, List<Integer> elected, int seatsLeft, int setAside) {
    int g = constraints.size();
    int[] have = new int[g];
    for (int c : elected) {
      if (category[c] >= 0) {
        for (int k : groupsOf[category[c]]) {
          have[k]++;
        }
      }
    }
    int[] size = new int[categories + 1];
    for (int c : hopeful) {
      size[cat(c)]++;
    }
    int seats = Math.min(seatsLeft, hopeful.size());
    boolean[] canWin = new boolean[categories + 1];
    boolean[] mustAll = new boolean[categories + 1];
    Arrays.fill(mustAll, true);
    int[] x = new int[categories + 1];
    long[] found = new long[2];
    list(0, seats, have, size, x, canWin, mustAll, found, setAside);
    if (found[0] == 0) {
      Arrays.fill(mustAll, false);
    }
    return new Verdict(found[0] > 0, canWin, mustAll, found[0], found[1]);
  }

  private void list(
      int k,
      int left,
      int[] have,
      int[] size,
      int[] x,
      boolean[] canWin,
      boolean[] mustAll,
      long[] found,
      int setAside) {
    if (k == categories) {
      // The candidates in no group take what is left, if there are enough of them.
      if (left > size[k]) {
        return;
      }
      x[k] = left;
      found[1]++;
      for (int i = 0; i < constraints.size(); i++) {
        if (i != setAside && !constraints.get(i).allows(have[i])) {
          return;
        }
      }
      found[0]++;
      for (int j = 0; j <= categories; j++) {
        if (x[j] > 0) {
          canWin[j] = true;
        }
        if (x[j] < size[j]) {
          mustAll[j] = false;
        }
      }
      return;
    }
    for (int v = 0; v <= size[k] && v <= left; v++) {
      boolean over = false;
      for (int i : groupsOf[k]) {
        have[i] += v;
        over |= i != setAside && have[i] > constraints.get(i).max();
      }
      x[k] = v;
      if (!over) {
        list(k + 1, left - v, have, size, x, canWin, mustAll, found, setAside);
      }
      for (int i : groupsOf[k]) {
        have[i] -= v;
      }
      if (over) {
        break;
      }
    }
  }

  /** Whether the candidate is doomed by the verdict. */
  boolean doomed(Verdict v, int c) {
    return v.feasible && !v.canWin[cat(c)];
  }

  /** Whether the candidate is guarded by the verdict. */
  boolean guarded(Verdict v, int c) {
    return v.feasible && v.mustAll[cat(c)] && v.canWin[cat(c)];
  }

  /**
   * The limits that doom or guard a candidate: those without which the candidate would not be doomed
   * (guarded); if no one limit alone does it, every limit, as they act together.
   */
  List<SeatConstraint> acting(List<Integer> hopeful, List<Integer> elected, int seatsLeft, int c, boolean doom) {
    List<SeatConstraint> out = new ArrayList<>();
    for (int i = 0; i < constraints.size(); i++) {
      Verdict v = judge(hopeful, elected, seatsLeft, i);
      if (doom ? !doomed(v, c) : !guarded(v, c)) {
        out.add(constraints.get(i));
      }
    }
    return out.isEmpty() ? constraints : out;
  }
}
