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
 * read once per election), then O(n^2 log n) to sort the defeats and O(n^2) per cycle test, O(n^4) in
 * all.
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
        if (reaches(locked, e[1], e[0])) {
          stage.addNotes(what + ": skipped, it would make a cycle");
        } else {
          locked[e[0]][e[1]] = true;
          stage.addNotes(what + ": locked");
        }
      }
      from = to;
    }
    long[] below = new long[n];
    List<Integer> sources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean source = true;
      for (int j = 0; j < n; j++) {
        if (i != j) {
          below[i] += reaches(locked, i, j) ? 1 : 0;
          source &= !locked[j][i];
        }
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

  /** Whether the locked graph plus every defeat of the group has no cycle. */
  private static boolean acyclicWith(boolean[][] locked, List<int[]> group) {
    int n = locked.length;
    boolean[][] g = new boolean[n][];
    for (int i = 0; i < n; i++) {
      g[i] = locked[i].clone();
    }
    for (int[] e : group) {
      g[e[0]][e[1]] = true;
    }
    for (int[] e : group) {
      if (reaches(g, e[1], e[0])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a path of locked defeats leads from {@code from} to {@code to}. O(n^2). */
  static boolean reaches(boolean[][] g, int from, int to) {
    int n = g.length;
    boolean[] seen = new boolean[n];
    int[] stack = new int[n];
    int top = 0;
    stack[top++] = from;
    seen[from] = true;
    while (top > 0) {
      int v = stack[--top];
      if (v == to) {
        return true;
      }
      for (int w = 0; w < n; w++) {
        if (g[v][w] && !seen[w]) {
          seen[w] = true;
          stack[top++] = w;
        }
      }
    }
    return false;
  }
}
