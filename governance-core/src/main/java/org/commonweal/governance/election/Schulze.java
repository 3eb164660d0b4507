package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.List;

/**
 * The Schulze method (beatpath, cloneproof Schwartz sequential dropping): the strength of a path of
 * pairwise defeats is that of its weakest link; candidate A beats B when A's strongest path to B is
 * stronger than B's strongest path to A; the winner is a candidate no other beats this way.
 *
 * <p>Definition: M. Schulze, "A new monotonic, clone-independent, reversal symmetric, and
 * Condorcet-consistent single-winner election method", Social Choice and Welfare 36(2), 2011, 267-303,
 * section 2; link strength by {@link PairwiseStrength} (winning votes with fewer opposing votes as the
 * secondary test, section 2.1, or margins). Debian elects its project leader this way (constitution,
 * Appendix A). Several potential winners (possible only with equal strengths) are decided by the
 * caller's lot.
 *
 * <p>The report's second stage gives the strongest path from each candidate to each other as a {@link
 * PairTable} named {@code "strongest path"} (0 where there is none), beside the first stage's table of
 * papers preferring.
 *
 * <p>Cost: the pairwise matrix, O(R k^2 + n^2) for R distinct readings of at most k preferences (papers
 * read once per election), then the strongest paths by the Floyd-Warshall scheme, O(n^3) time and O(n^2)
 * memory. At most {@value ElectionMethods#MAX_CANDIDATES_CUBIC} candidates may be listed ({@link
 * org.commonweal.governance.base.LimitExceededException} before any work), where the paths take a few
 * seconds at most.
 *
 * <p>Immutable and thread-safe.
 */
final class Schulze extends PairwiseMethod {
  private final PairwiseStrength strength;

  Schulze(PairwiseStrength strength, PairwiseMatrix.Unranked unranked) {
    super(unranked);
    this.strength = strength;
  }

  @Override
  public String name() {
    return strength == PairwiseStrength.MARGINS ? "schulze-margins" : "schulze";
  }

  /** {@value ElectionMethods#MAX_CANDIDATES_CUBIC}: the strongest paths take O(n^3). */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES_CUBIC;
  }

  @Override
  String title() {
    return "Schulze (" + (strength == PairwiseStrength.MARGINS ? "margins" : "winning votes") + ")";
  }

  /**
   * Strongest path strengths: {@code [0]} the main measure (winning votes or margin; -1 where there is no
   * path), {@code [1]} the opposing votes of winning votes' secondary test (0 for margins).
   */
  static long[][][] strongestPaths(PairwiseMatrix m, PairwiseStrength strength) {
    int n = m.size();
    long[][] main = new long[n][n];
    long[][] against = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && m.beats(i, j)) {
          main[i][j] = strength == PairwiseStrength.MARGINS ? m.at(i, j) - m.at(j, i) : m.at(i, j);
          against[i][j] = strength == PairwiseStrength.MARGINS ? 0 : m.at(j, i);
        } else {
          main[i][j] = -1;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        if (i == k || main[i][k] < 0) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          if (j == i || j == k || main[k][j] < 0) {
            continue;
          }
          // The path through k is as strong as its weaker half.
          boolean firstWeaker = stronger(main[k][j], against[k][j], main[i][k], against[i][k]);
          long viaMain = firstWeaker ? main[i][k] : main[k][j];
          long viaAgainst = firstWeaker ? against[i][k] : against[k][j];
          if (stronger(viaMain, viaAgainst, main[i][j], against[i][j])) {
            main[i][j] = viaMain;
            against[i][j] = viaAgainst;
          }
        }
      }
    }
    return new long[][][] {main, against};
  }

  /** Whether link (m1, a1) is strictly stronger than (m2, a2): more main, or equal main and fewer against. */
  static boolean stronger(long m1, long a1, long m2, long a2) {
    return m1 != m2 ? m1 > m2 : m1 >= 0 && a1 < a2;
  }

  @Override
  int decide(PairwiseMatrix m, TieResolver resolver, Stage.Builder stage) {
    int n = m.size();
    long[][][] p = strongestPaths(m, strength);
    long[][] main = p[0];
    long[][] against = p[1];
    long[] beaten = new long[n];
    List<Integer> winners = new ArrayList<>();
    // One number a pair, the names held once by the table: the report stays the size of what it says.
    long[] paths = new long[n * n];
    for (int i = 0; i < n; i++) {
      boolean potential = true;
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        paths[i * n + j] = Math.max(main[i][j], 0);
        if (stronger(main[i][j], against[i][j], main[j][i], against[j][i])) {
          beaten[i]++;
        }
        if (stronger(main[j][i], against[j][i], main[i][j], against[i][j])) {
          potential = false;
        }
      }
      if (potential) {
        winners.add(i);
      }
    }
    stage
        .description(
            title()
                + ": strongest beat-paths between every pair; totals are the candidates each beats by strongest path")
        .totals(totals(m.candidates(), beaten))
        .pairs(PairTable.of("strongest path", m.candidates(), paths));
    stage.addNotes(
        (winners.size() == 1 ? "Schulze winner: " : "Potential Schulze winners: ")
            + Counting.names(named(m.candidates(), winners))
            + (winners.size() == 1 ? ", beaten by no candidate by strongest path" : ", none beaten by another by strongest path"));
    return pick(winners, resolver, stage, "equal strongest paths");
  }
}
