package org.commonweal.governance.election;

import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;

/**
 * The Borda count: each ranked paper gives points to candidates by their position on it, as the {@link
 * BordaVariant} says, and the N candidates with most points fill the N seats.
 *
 * <p>Definition: J.-C. de Borda, "Mémoire sur les élections au scrutin", Histoire de l'Académie Royale des
 * Sciences, 1781; the variants for partial papers are listed in {@link BordaVariant}. Totals are exact
 * (halves for {@link BordaVariant#AVERAGED}, fractions for {@link BordaVariant#DOWDALL}). A tie for the
 * last seat is decided by the caller's lot.
 *
 * <p>Cost: O(m + n^2) for m marks (papers read once per election) and n candidates; papers with equal
 * preferences cost O(k) exact fraction additions each.
 * At most {@value ElectionMethods#MAX_CANDIDATES} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class BordaCount implements ElectionMethod {
  private final BordaVariant variant;

  BordaCount(BordaVariant variant) {
    this.variant = variant;
  }

  @Override
  public String name() {
    return "borda-" + variant.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Borda count (" + variant.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  /** Points for 0-based position p on a paper ranking k of m candidates. */
  private Fraction points(int p, int k, int m) {
    switch (variant) {
      case MODIFIED:
        return Fraction.of(k - p);
      case DOWDALL:
        return Fraction.of(1, p + 1);
      case TRUNCATED:
      case AVERAGED:
      default:
        return Fraction.of(m - 1 - p);
    }
  }

  /** {@value ElectionMethods#MAX_CANDIDATES}: the papers at each position, for every candidate. */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(
        this,
        "the Borda count",
        election,
        tieBreaker,
        "it keeps the papers at each position for every candidate, a table growing as the square of the candidates");
    Counting.Kind kind = Counting.kindOf(election);
    if (kind != Counting.Kind.RANKED && kind != Counting.Kind.NONE) {
      Counting.refuseKind("the Borda count", kind, "ranked ballots");
    }
    RankedProfile p = election.rankedProfile();
    int n = p.candidates;
    int m = election.standing().size();
    // at[c][key]: papers placing c where the points depend only on key (position, or k - position).
    long[][] at = new long[n][m + 1];
    long[] length = new long[m + 1];
    long[][] rankedIn = new long[n][m + 1];
    Fraction[] extra = new Fraction[n];
    java.util.Arrays.fill(extra, Fraction.ZERO);
    for (int i = 0; i < p.size; i++) {
      int start = p.offset[i];
      int k = p.offset[i + 1] - start;
      long w = p.weight[i];
      length[k] += w;
      int[] groups = p.groups(i);
      if (groups == null) {
        for (int q = 0; q < k; q++) {
          int c = p.flat[start + q];
          at[c][variant == BordaVariant.MODIFIED ? k - q : q] += w;
          rankedIn[c][k] += w;
        }
        continue;
      }
      int from = 0;
      for (int end : groups) {
        Fraction share = Fraction.ZERO;
        for (int q = from; q < end; q++) {
          share = share.plus(points(q, k, m));
        }
        share = share.dividedBy(end - from).times(w);
        for (int q = from; q < end; q++) {
          int c = p.flat[start + q];
          extra[c] = extra[c].plus(share);
          rankedIn[c][k] += w;
        }
        from = end;
      }
    }
    Fraction[] totals = new Fraction[n];
    for (int c = 0; c < n; c++) {
      Fraction t = extra[c];
      for (int key = 0; key <= m; key++) {
        if (at[c][key] == 0) {
          continue;
        }
        Fraction pts = variant == BordaVariant.MODIFIED ? Fraction.of(key) : points(key, 0, m);
        t = t.plus(pts.times(at[c][key]));
      }
      if (variant == BordaVariant.AVERAGED) {
        for (int k = 0; k < m; k++) {
          long unranked = length[k] - rankedIn[c][k];
          if (unranked > 0) {
            t = t.plus(Fraction.of(m - 1 - k, 2).times(unranked));
          }
        }
      }
      totals[c] = t;
    }
    return Ranking.electHighest(
        this,
        election,
        tieBreaker,
        Ranking.Counted.builder()
            .ballots(p.account())
            .description(
                "Borda points counted (" + variant.name().toLowerCase(java.util.Locale.ROOT) + " variant, " + m + " candidates standing)")
            .totals(totals)
            // Dowdall's 1/p and the averaged halves show as decimals; the other variants give whole points.
            .decimals(variant == BordaVariant.DOWDALL ? 3 : variant == BordaVariant.AVERAGED ? 1 : 0)
            .build());
  }
}
