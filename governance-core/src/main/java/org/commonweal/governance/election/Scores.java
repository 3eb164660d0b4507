package org.commonweal.governance.election;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The papers of a score count (score voting, STAR) as scores per candidate, with the account of papers.
 *
 * <p>Score papers are taken as marked: a candidate left unscored scores 0, marks for withdrawn candidates
 * are passed over, a blank paper is rejected and so is one with a score above the maximum. Ranked papers
 * are converted by rank, as stated in the methods' documentation: the candidates of the first preference
 * score the maximum, each later preference one less, down to 0; unranked candidates score 0.
 *
 * <p>Package-private; built once per count.
 */
final class Scores {
  static final String ABOVE_MAXIMUM = "a score above the maximum";

  /** Scores of each distinct paper, by candidate index. */
  final List<int[]> rows;

  /** Papers per row. */
  final List<Long> weights;

  /** The account of papers. */
  final BallotAccount account;

  /** Whether the papers were ranked and converted. */
  final boolean fromRanks;

  private Scores(List<int[]> rows, List<Long> weights, BallotAccount account, boolean fromRanks) {
    this.rows = rows;
    this.weights = weights;
    this.account = account;
    this.fromRanks = fromRanks;
  }

  static Scores read(String method, Election election, int max) {
    Counting.Kind kind = Counting.kindOf(election);
    int n = election.candidates().size();
    List<int[]> rows = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    if (kind == Counting.Kind.RANKED || kind == Counting.Kind.NONE) {
      RankedProfile p = election.rankedProfile();
      for (int i = 0; i < p.size; i++) {
        int[] row = new int[n];
        int start = p.offset[i];
        int[] groups = p.groups(i);
        int k = p.offset[i + 1] - start;
        for (int q = 0; q < k; q++) {
          int group = q;
          if (groups != null) {
            group = 0;
            while (groups[group] <= q) {
              group++;
            }
          }
          row[p.flat[start + q]] = Math.max(max - group, 0);
        }
        rows.add(row);
        weights.add(p.weight[i]);
      }
      return new Scores(rows, weights, p.account(), true);
    }
    if (kind != Counting.Kind.SCORE) {
      Counting.refuseKind(method, kind, "score or ranked ballots");
    }
    boolean[] standing = Counting.standingMask(election);
    long total = 0;
    long valid = 0;
    Map<String, Long> rejected = new LinkedHashMap<>();
    String above = ABOVE_MAXIMUM + " (" + max + ")";
    for (Ballot b : election.ballots()) {
      ScoreBallot s = (ScoreBallot) b;
      total += s.count();
      if (s.scores().isEmpty()) {
        rejected.merge(RankedProfile.BLANK, s.count(), Math::addExact);
        continue;
      }
      int[] row = new int[n];
      boolean tooHigh = false;
      for (Map.Entry<Candidate, Integer> e : s.scores().entrySet()) {
        tooHigh |= e.getValue() > max;
        int c = election.indexOf(e.getKey());
        if (standing[c]) {
          row[c] = e.getValue();
        }
      }
      if (tooHigh) {
        rejected.merge(above, s.count(), Math::addExact);
        continue;
      }
      valid += s.count();
      rows.add(row);
      weights.add(s.count());
    }
    return new Scores(rows, weights, BallotAccount.of(total, valid, ImmutableMap.copyOf(rejected)), false);
  }

  /** Total score per candidate index. */
  long[] totals(int n) {
    long[] t = new long[n];
    for (int r = 0; r < rows.size(); r++) {
      int[] row = rows.get(r);
      long w = weights.get(r);
      for (int c = 0; c < n; c++) {
        t[c] += row[c] * w;
      }
    }
    return t;
  }

  /** The note saying how ranked papers were scored, if they were. */
  List<String> notes(int max) {
    return fromRanks
        ? List.of(
            "Ranked papers scored by rank: first preference "
                + max
                + ", each later preference one less, down to 0; unranked candidates 0")
        : List.of();
  }
}
