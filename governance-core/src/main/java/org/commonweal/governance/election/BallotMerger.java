package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges identical ranked ballots as a reader meets them, so that what a file costs in memory grows with
 * its distinct ballots, not its lines: each distinct ballot is kept once, where it first appeared, with
 * the papers of all its copies. Counting a merged ballot is counting its copies (every method counts a
 * ballot's papers together), so the election's results are those of the ballots one by one. O(1)
 * expected per ballot. Not thread-safe; one per file read.
 */
final class BallotMerger {
  private final Map<RankedBallot, long[]> papers = new LinkedHashMap<>();

  /** Adds a ballot's papers to those of the identical ballots met before it. */
  void add(RankedBallot ballot) {
    RankedBallot one = ballot.count() == 1 ? ballot : ballot.withCount(1);
    long[] n = papers.computeIfAbsent(one, b -> new long[1]);
    n[0] = Math.addExact(n[0], ballot.count());
  }

  /** Whether no ballot has been added. */
  boolean isEmpty() {
    return papers.isEmpty();
  }

  /** The distinct ballots in order of first appearance, each with the papers of all its copies. */
  List<Ballot> ballots() {
    List<Ballot> out = new ArrayList<>(papers.size());
    for (Map.Entry<RankedBallot, long[]> e : papers.entrySet()) {
      long n = e.getValue()[0];
      out.add(n == 1 ? e.getKey() : e.getKey().withCount(n));
    }
    return out;
  }
}
