package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.LimitExceededException;

/**
 * The Kemeny-Young method: the winner heads the ranking of all candidates that agrees with the most
 * pairwise preferences of the papers (the Kemeny score of a ranking is the sum, over every pair it puts
 * in order A above B, of the papers preferring A to B).
 *
 * <p>Definition: J. G. Kemeny, "Mathematics without numbers", Daedalus 88(4), 1959; H. P. Young and A.
 * Levenglick, "A consistent extension of Condorcet's election principle", SIAM Journal on Applied
 * Mathematics 35(2), 1978. Finding the best ranking is NP-hard (Bartholdi, Tovey and Trick, 1989); this
 * count finds it exactly by dynamic programming over subsets of candidates (the best score of each set
 * ranked below the candidates above it), and refuses more than {@link
 * ElectionMethods#KEMENY_YOUNG_MAX_CANDIDATES} candidates standing with a {@link LimitExceededException}.
 * Candidates heading equally good rankings are decided by the caller's lot.
 *
 * <p>Cost: the pairwise matrix, O(R k^2 + n^2) for R distinct readings of at most k preferences (papers
 * read once per election), then O(2^n n^2) time and O(2^n) memory.
 *
 * <p>Immutable and thread-safe.
 */
final class KemenyYoung extends PairwiseMethod {
  KemenyYoung(PairwiseMatrix.Unranked unranked) {
    super(unranked);
  }

  @Override
  public String name() {
    return "kemeny-young";
  }

  @Override
  String title() {
    return "Kemeny-Young";
  }

  @Override
  void precheck(Election election) {
    checkLimit(election.standing().size());
  }

  /** Refuses too many candidates before any work is done. */
  static void checkLimit(int standing) {
    if (standing > ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES) {
      throw new LimitExceededException(
          "candidates standing for Kemeny-Young",
          ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES,
          standing,
          "its exact count takes time and memory that double with each candidate; count with Schulze or Ranked Pairs, which scale");
    }
  }

  /**
   * For every subset T of candidates (a bit mask), the best Kemeny score of T ranked among themselves.
   * O(2^n n^2).
   */
  static long[] bestBelow(PairwiseMatrix m) {
    int n = m.size();
    long[] h = new long[1 << n];
    for (int t = 1; t < h.length; t++) {
      long best = Long.MIN_VALUE;
      for (int c = 0; c < n; c++) {
        if ((t & (1 << c)) == 0) {
          continue;
        }
        int rest = t & ~(1 << c);
        long s = h[rest];
        for (int y = 0; y < n; y++) {
          if ((rest & (1 << y)) != 0) {
            s += m.at(c, y);
          }
        }
        best = Math.max(best, s);
      }
      h[t] = best;
    }
    return h;
  }

  /** The score of c placed above the set {@code rest}, plus the best ranking of {@code rest}. */
  private static long headed(PairwiseMatrix m, long[] h, int c, int rest) {
    long s = h[rest];
    for (int y = 0; y < m.size(); y++) {
      if ((rest & (1 << y)) != 0) {
        s += m.at(c, y);
      }
    }
    return s;
  }

  @Override
  int decide(PairwiseMatrix m, TieResolver resolver, Stage.Builder stage) {
    int n = m.size();
    checkLimit(n);
    long[] h = bestBelow(m);
    int all = (1 << n) - 1;
    long[] best = new long[n];
    long top = Long.MIN_VALUE;
    for (int c = 0; c < n; c++) {
      best[c] = headed(m, h, c, all & ~(1 << c));
      top = Math.max(top, best[c]);
    }
    List<Integer> winners = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (best[c] == top) {
        winners.add(c);
      }
    }
    stage
        .description(
            "Kemeny-Young: totals are the best Kemeny score of a ranking headed by each candidate (the papers agreeing with its pairwise orders)")
        .totals(totals(m.candidates(), best));
    int w = pick(winners, resolver, stage, "heading equally good rankings");
    // One best ranking headed by the winner, for the report: at each place the first candidate in
    // ballot-paper order that keeps the score best.
    List<Candidate> ranking = new ArrayList<>();
    ranking.add(m.candidates().get(w));
    int rest = all & ~(1 << w);
    while (rest != 0) {
      for (int c = 0; c < n; c++) {
        if ((rest & (1 << c)) != 0 && headed(m, h, c, rest & ~(1 << c)) == h[rest]) {
          ranking.add(m.candidates().get(c));
          rest &= ~(1 << c);
          break;
        }
      }
    }
    stage.addNotes(
        "A best ranking: " + String.join(" > ", ranking.stream().map(Candidate::name).toList()) + " (Kemeny score " + Fraction.of(top) + ")");
    return w;
  }
}
