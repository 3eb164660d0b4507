package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Slow, obviously correct counts to check the fast ones against, on small elections: by enumerating
 * every path or every ranking of the candidates, or by counting paper by paper. The Condorcet oracles
 * work on a {@link PairwiseMatrix}, itself checked against a paper-by-paper count in {@code
 * PairwiseMatrixProperties}; the STV oracles read the ballots directly.
 */
final class Oracles {
  private Oracles() {}

  /** All orderings of 0 .. n-1. */
  static List<int[]> permutations(int n) {
    List<int[]> out = new ArrayList<>();
    permute(new int[n], new boolean[n], 0, out);
    return out;
  }

  private static void permute(int[] p, boolean[] used, int at, List<int[]> out) {
    if (at == p.length) {
      out.add(p.clone());
      return;
    }
    for (int c = 0; c < p.length; c++) {
      if (!used[c]) {
        used[c] = true;
        p[at] = c;
        permute(p, used, at + 1, out);
        used[c] = false;
      }
    }
  }

  /**
   * Schulze's potential winners by enumerating every simple path: a link x to y exists where x beats y,
   * with strength (d(x,y), d(y,x)) for winning votes (more for, then fewer against, is stronger) or
   * (d(x,y) - d(y,x), 0) for margins; a path is as strong as its weakest link.
   */
  static Set<Candidate> schulzeWinners(PairwiseMatrix m, PairwiseStrength strength) {
    int n = m.size();
    long[][][] best = new long[n][n][];
    for (int a = 0; a < n; a++) {
      boolean[] seen = new boolean[n];
      seen[a] = true;
      paths(m, strength, a, a, null, seen, best[a]);
    }
    Set<Candidate> winners = new HashSet<>();
    for (int a = 0; a < n; a++) {
      boolean ok = true;
      for (int b = 0; b < n; b++) {
        if (a != b && stronger(best[b][a], best[a][b])) {
          ok = false;
        }
      }
      if (ok) {
        winners.add(m.candidates().get(a));
      }
    }
    return winners;
  }

  private static void paths(PairwiseMatrix m, PairwiseStrength s, int from, int at, long[] weakest, boolean[] seen, long[][] best) {
    for (int next = 0; next < m.size(); next++) {
      if (seen[next] || m.at(at, next) <= m.at(next, at)) {
        continue;
      }
      long[] link =
          s == PairwiseStrength.MARGINS
              ? new long[] {m.at(at, next) - m.at(next, at), 0}
              : new long[] {m.at(at, next), m.at(next, at)};
      long[] w = weakest == null || stronger(weakest, link) ? link : weakest;
      if (best[next] == null || stronger(w, best[next])) {
        best[next] = w;
      }
      seen[next] = true;
      paths(m, s, from, next, w, seen, best);
      seen[next] = false;
    }
  }

  /** Whether x is strictly stronger than y; no path (null) is weakest. */
  private static boolean stronger(long[] x, long[] y) {
    if (x == null) {
      return false;
    }
    if (y == null) {
      return true;
    }
    return x[0] != y[0] ? x[0] > y[0] : x[1] < y[1];
  }

  /**
   * The Ranked Pairs winner by Zavist and Tideman's characterisation (1989): the ranked pairs order is
   * the one "stack", a ranking in which for every x above y whom y beats, a chain of defeats x = x0 &gt;
   * x1 &gt; ... &gt; xk = y runs down the ranking, each of higher priority than y's defeat of x. Priority:
   * larger margin first, then the defeat whose winner comes earlier in {@code tbrc}, then the one whose
   * loser comes later. Needs an election without pairwise ties.
   */
  static Candidate rankedPairsWinner(PairwiseMatrix m, List<Candidate> tbrc) {
    int n = m.size();
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = tbrc.indexOf(m.candidates().get(i));
    }
    List<Candidate> tops = new ArrayList<>();
    for (int[] order : permutations(n)) {
      if (isStack(m, rank, order)) {
        tops.add(m.candidates().get(order[0]));
      }
    }
    if (tops.size() != 1) {
      throw new AssertionError("expected exactly one stack, found " + tops.size());
    }
    return tops.get(0);
  }

  /** Whether defeat (a, b) has priority over defeat (c, d). */
  private static boolean before(PairwiseMatrix m, int[] rank, int a, int b, int c, int d) {
    long ma = m.at(a, b) - m.at(b, a);
    long mc = m.at(c, d) - m.at(d, c);
    if (ma != mc) {
      return ma > mc;
    }
    if (rank[a] != rank[c]) {
      return rank[a] < rank[c];
    }
    return rank[b] > rank[d];
  }

  private static boolean isStack(PairwiseMatrix m, int[] rank, int[] order) {
    int n = order.length;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int x = order[i];
        int y = order[j];
        if (m.at(y, x) > m.at(x, y) && !chain(m, rank, order, i, j, y, x)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a chain of defeats with priority over (y, x) runs from position i down to position j. */
  private static boolean chain(PairwiseMatrix m, int[] rank, int[] order, int i, int j, int y, int x) {
    if (i == j) {
      return true;
    }
    for (int k = i + 1; k <= j; k++) {
      int a = order[i];
      int b = order[k];
      if (m.at(a, b) > m.at(b, a) && before(m, rank, a, b, y, x) && chain(m, rank, order, k, j, y, x)) {
        return true;
      }
    }
    return false;
  }

  /** The candidates heading a ranking with the highest Kemeny score, by trying every ranking. */
  static Set<Candidate> kemenyWinners(PairwiseMatrix m) {
    long best = Long.MIN_VALUE;
    Set<Candidate> winners = new HashSet<>();
    for (int[] order : permutations(m.size())) {
      long score = 0;
      for (int i = 0; i < order.length; i++) {
        for (int j = i + 1; j < order.length; j++) {
          score += m.at(order[i], order[j]);
        }
      }
      if (score > best) {
        best = score;
        winners.clear();
      }
      if (score == best) {
        winners.add(m.candidates().get(order[0]));
      }
    }
    return winners;
  }

  /**
   * The single-seat STV winner by instant-runoff on whole papers, for elections without equal
   * preferences. Each round every paper counts for its first continuing preference; a candidate with
   * more than half of the papers still counting, or the last one left, wins; otherwise the one with
   * fewest is excluded. Returns null if that needs a tie broken.
   */
  static @Nullable Candidate instantRunoffWinner(Election e) {
    List<Candidate> continuing = new ArrayList<>(e.candidates());
    while (true) {
      Map<Candidate, Long> votes = new LinkedHashMap<>();
      for (Candidate c : continuing) {
        votes.put(c, 0L);
      }
      long live = 0;
      for (Ballot b : e.ballots()) {
        for (Candidate c : ((RankedBallot) b).marks()) {
          if (votes.containsKey(c)) {
            votes.merge(c, b.count(), Long::sum);
            live += b.count();
            break;
          }
        }
      }
      if (continuing.size() == 1) {
        return continuing.get(0);
      }
      for (Map.Entry<Candidate, Long> v : votes.entrySet()) {
        if (2 * v.getValue() > live) {
          return v.getKey();
        }
      }
      long min = Collections.min(votes.values());
      List<Candidate> lowest = new ArrayList<>();
      votes.forEach((c, v) -> {
        if (v == min) {
          lowest.add(c);
        }
      });
      if (lowest.size() > 1) {
        return null;
      }
      continuing.remove(lowest.get(0));
    }
  }
}
