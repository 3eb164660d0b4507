package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;

/**
 * Copeland's method: each candidate scores one point for every candidate it beats head to head and half
 * a point for every pairwise tie; the highest score wins. (Wins less losses, Copeland's own score, orders
 * candidates the same way.)
 *
 * <p>Definition: A. H. Copeland, "A 'reasonable' social welfare function", University of Michigan
 * seminar on applications of mathematics to the social sciences, 1951; the half point for ties as in
 * Saari and Merlin, "The Copeland method I", Economic Theory 8(1), 1996. Equal top scores, frequent with
 * few voters, are decided by the caller's lot.
 *
 * <p>Cost: the pairwise matrix, O(R k^2 + n^2) for R distinct readings of at most k preferences (papers
 * read once per election), then O(n^2).
 * At most {@value ElectionMethods#MAX_CANDIDATES} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class Copeland extends PairwiseMethod {
  Copeland(PairwiseMatrix.Unranked unranked) {
    super(unranked);
  }

  @Override
  public String name() {
    return "copeland";
  }

  @Override
  String title() {
    return "Copeland";
  }

  @Override
  int decide(PairwiseMatrix m, TieResolver resolver, Stage.Builder stage) {
    int n = m.size();
    Fraction[] score = new Fraction[n];
    Fraction best = Fraction.ZERO;
    for (int i = 0; i < n; i++) {
      long twice = 0;
      for (int j = 0; j < n; j++) {
        if (i != j) {
          twice += m.beats(i, j) ? 2 : m.at(i, j) == m.at(j, i) ? 1 : 0;
        }
      }
      score[i] = Fraction.of(twice, 2);
      best = best.max(score[i]);
    }
    List<Integer> top = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (score[i].equals(best)) {
        top.add(i);
      }
    }
    stage
        .description("Copeland: one point for each head-to-head win, half a point for each tie")
        .totals(totals(m.candidates(), score))
        .addNotes("Highest Copeland score (" + best + "): " + Counting.names(named(m.candidates(), top)));
    return pick(top, resolver, stage, "equal Copeland scores");
  }
}
