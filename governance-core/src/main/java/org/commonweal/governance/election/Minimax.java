package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.List;


/**
 * Minimax (Simpson-Kramer): each candidate's score is its worst pairwise defeat, and the candidate whose
 * worst defeat is the least bad wins. With winning votes, the worst defeat is the largest number of
 * papers preferring an opponent who beats the candidate (0 if none does); with margins, it is the largest
 * d(opponent, candidate) - d(candidate, opponent) over all opponents.
 *
 * <p>Definition: P. B. Simpson, "On defining areas of voter choice", Quarterly Journal of Economics 83(3),
 * 1969; G. H. Kramer, "A dynamical model of political equilibrium", Journal of Economic Theory 16(2),
 * 1977. It elects the Condorcet winner when there is one, but, unlike Schulze, Ranked Pairs and Copeland,
 * it can elect the Condorcet loser. Equal best scores are decided by the caller's lot.
 *
 * <p>Cost: the pairwise matrix, O(R k^2 + n^2) for R distinct readings of at most k preferences (papers
 * read once per election), then O(n^2).
 * At most {@value ElectionMethods#MAX_CANDIDATES} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class Minimax extends PairwiseMethod {
  private final PairwiseStrength strength;

  Minimax(PairwiseStrength strength, PairwiseMatrix.Unranked unranked) {
    super(unranked);
    this.strength = strength;
  }

  @Override
  public String name() {
    return strength == PairwiseStrength.MARGINS ? "minimax-margins" : "minimax";
  }

  @Override
  String title() {
    return "Minimax (" + (strength == PairwiseStrength.MARGINS ? "margins" : "winning votes") + ")";
  }

  /** The worst defeat of candidate {@code a}: lower is better. */
  static long worstDefeat(PairwiseMatrix m, int a, PairwiseStrength strength) {
    long worst = strength == PairwiseStrength.MARGINS ? Long.MIN_VALUE : 0;
    for (int b = 0; b < m.size(); b++) {
      if (b == a) {
        continue;
      }
      if (strength == PairwiseStrength.MARGINS) {
        worst = Math.max(worst, m.at(b, a) - m.at(a, b));
      } else if (m.beats(b, a)) {
        worst = Math.max(worst, m.at(b, a));
      }
    }
    return worst;
  }

  @Override
  int decide(PairwiseMatrix m, TieResolver resolver, Stage.Builder stage) {
    int n = m.size();
    long[] worst = new long[n];
    long best = Long.MAX_VALUE;
    for (int a = 0; a < n; a++) {
      worst[a] = worstDefeat(m, a, strength);
      best = Math.min(best, worst[a]);
    }
    List<Integer> top = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      if (worst[a] == best) {
        top.add(a);
      }
    }
    stage
        .description(
            title()
                + ": totals are each candidate's worst defeat ("
                + (strength == PairwiseStrength.MARGINS ? "largest margin against it" : "most papers preferring an opponent who beats it, 0 if none does")
                + "); the lowest wins")
        .totals(totals(m.candidates(), worst))
        .addNotes("Least bad worst defeat (" + best + "): " + Counting.names(named(m.candidates(), top)));
    return pick(top, resolver, stage, "equal worst defeats");
  }

}
