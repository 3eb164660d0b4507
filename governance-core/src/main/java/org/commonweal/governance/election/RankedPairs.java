package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranked Pairs (Tideman): take the pairwise defeats from the largest margin to the smallest, and lock
 * each one in unless it would make a cycle with those already locked; the winner is the candidate no
 * locked defeat points to.
 *
 * <p>Definition: T. N. Tideman, "Independence of clones as a criterion for voting rules", Social Choice
 * and Welfare 4(3), 1987, 185-206, with defeats measured by margins. Where defeats of equal margin
 * conflict (locking all of them would make a cycle), they are taken in the order of a tie-breaking
 * ranking of the candidates drawn by the caller's lot (Zavist and Tideman, "Complete independence of
 * clones in the ranked pairs rule", Social Choice and Welfare 6(2), 1989): the defeat whose winner ranks
 * higher first, then the one whose loser ranks lower. Pairs with a margin of 0 lock nothing; if several
 * candidates are then undefeated, the lot decides.
 *
 * <p>Cost: the pairwise matrix, O(R k^2 + n^2) for R distinct readings of at most k preferences (papers
 * read once per election), then O(n^2 log n) to sort the defeats, O(1) per cycle test against a closure
 * of the locked defeats kept as bit sets, O(n^2 / 64) per defeat that adds to it, and O(n^2) per group of
 * equal defeats while no tie-breaking ranking has been drawn: O(n^4 / 64) at worst. At most {@value
 * ElectionMethods#MAX_CANDIDATES_CUBIC} candidates may be listed ({@link
 * org.commonweal.governance.base.LimitExceededException} before any work); the report notes every defeat,
 * locked or skipped.
 *
 * <p>Immutable and thread-safe.
 */
final class RankedPairs extends PairwiseMethod {
  RankedPairs(PairwiseMatrix.Unranked unranked) {
    super(unranked);
  }

  @Override
  public String name() {
    return "ranked-pairs";
  }

  @Override
  String title() {
    return "Ranked Pairs (margins)";
  }

  /** {@value ElectionMethods#MAX_CANDIDATES_CUBIC}: a note for every pair of candidates, and their closure. */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES_CUBIC;
  }

  @Override
  int decide(PairwiseMatrix m, TieResolver resolver, Stage.Builder stage) {
    int n = m.size();
    List<int[]> defeats = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && m.beats(i, j)) {
          defeats.add(new int[] {i, j});
        }
      }
    }
    Comparator<int[]> byMargin = Comparator.comparingLong(e -> -(m.at(e[0], e[1]) - m.at(e[1], e[0])));
    defeats.sort(byMargin);
    boolean[][] locked = new boolean[n][n];
    Closure reach = new Closure(n);
    int[] rank = null;
    int from = 0;
    while (from < defeats.size()) {
      long margin = margin(m, defeats.get(from));
      int to = from;
      while (to < defeats.size() && margin(m, defeats.get(to)) == margin) {
        to++;
      }
      List<int[]> group = new ArrayList<>(defeats.subList(from, to));
      if (rank == null && group.size() > 1 && !acyclicWith(locked, group)) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
          all[i] = i;
        }
        Tie tie = resolver.drawOrder(2, "the order of equal defeats (a tie-breaking ranking of the candidates)", all);
        stage.addTies(tie);
        rank = new int[n];
        for (int r = 0; r < n; r++) {
          rank[m.candidates().indexOf(tie.order().get(r))] = r;
        }
      }
      if (rank != null) {
        int[] tbrc = rank;
        group.sort(Comparator.<int[]>comparingInt(e -> tbrc[e[0]]).thenComparingInt(e -> -tbrc[e[1]]));
      }
      for (int[] e : group) {
        String what = m.candidates().get(e[0]) + " over " + m.candidates().get(e[1]) + " by " + Counting.number(margin);
        if (reach.reaches(e[1], e[0])) {
          stage.addNotes(what + ": skipped, it would make a cycle");
        } else {
          locked[e[0]][e[1]] = true;
          reach.add(e[0], e[1]);
          stage.addNotes(what + ": locked");
        }
      }
      from = to;
    }
    long[] below = new long[n];
    List<Integer> sources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean source = true;
      below[i] = reach.count(i);
      for (int j = 0; j < n; j++) {
        source &= !locked[j][i];
      }
      if (source) {
        sources.add(i);
      }
    }
    stage
        .description(title() + ": defeats locked in from the largest margin down, unless they make a cycle; totals are the candidates each is locked above")
        .totals(totals(m.candidates(), below));
    stage.addNotes(
        (sources.size() == 1 ? "Ranked Pairs winner: " : "Undefeated in the locked order: ")
            + Counting.names(named(m.candidates(), sources)));
    return pick(sources, resolver, stage, "undefeated in the locked order");
  }

  private static long margin(PairwiseMatrix m, int[] e) {
    return m.at(e[0], e[1]) - m.at(e[1], e[0]);
  }

  /**
   * Whether the locked graph plus every defeat of the group has no cycle: a topological sort (Kahn's),
   * O(n^2).
   */
  private static boolean acyclicWith(boolean[][] locked, List<int[]> group) {
    int n = locked.length;
    boolean[][] g = new boolean[n][];
    for (int i = 0; i < n; i++) {
      g[i] = locked[i].clone();
    }
    for (int[] e : group) {
      g[e[0]][e[1]] = true;
    }
    int[] in = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        in[j] += g[i][j] ? 1 : 0;
      }
    }
    int[] ready = new int[n];
    int top = 0;
    for (int i = 0; i < n; i++) {
      if (in[i] == 0) {
        ready[top++] = i;
      }
    }
    int sorted = 0;
    while (top > 0) {
      int v = ready[--top];
      sorted++;
      for (int w = 0; w < n; w++) {
        if (g[v][w] && --in[w] == 0) {
          ready[top++] = w;
        }
      }
    }
    return sorted == n;
  }

  /**
   * Who reaches whom through locked defeats, kept up to date as defeats are locked: row a holds, as
   * bits, every candidate a path of locked defeats leads to from a. Asking costs O(1); locking a defeat
   * that adds to the closure costs O(n^2 / 64).
   */
  private static final class Closure {
    private final long[][] rows;

    Closure(int n) {
      rows = new long[n][(n + 63) >>> 6];
    }

    boolean reaches(int from, int to) {
      return (rows[from][to >>> 6] & (1L << to)) != 0;
    }

    /** Locks from over to: everyone reaching from (and from itself) now reaches to and all it reaches. */
    void add(int from, int to) {
      if (reaches(from, to)) {
        return;
      }
      long[] gained = rows[to].clone();
      gained[to >>> 6] |= 1L << to;
      for (int x = 0; x < rows.length; x++) {
        if (x == from || reaches(x, from)) {
          long[] row = rows[x];
          for (int w = 0; w < row.length; w++) {
            row[w] |= gained[w];
          }
        }
      }
    }

    /** How many candidates {@code from} reaches. */
    int count(int from) {
      int c = 0;
      for (long w : rows[from]) {
        c += Long.bitCount(w);
      }
      return c;
    }
  }
}
