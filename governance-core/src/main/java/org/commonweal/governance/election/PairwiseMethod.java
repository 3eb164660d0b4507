package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;

/**
 * What the Condorcet methods share: one seat, the pairwise matrix as the first stage of the report (with
 * the Condorcet winner and loser, Smith and Schwartz sets), and a second stage where the method decides.
 *
 * <p>Package-private. Subclasses are immutable and thread-safe.
 */
abstract class PairwiseMethod implements ElectionMethod {
  final PairwiseMatrix.Unranked unranked;

  PairwiseMethod(PairwiseMatrix.Unranked unranked) {
    this.unranked = unranked;
  }

  /** The method's name in sentences, for example "Schulze (winning votes)". */
  abstract String title();

  /**
   * Decides the winner from the matrix, filling the second stage (totals, values, notes, ties); returns
   * the winner's index among the matrix's candidates. Called only with at least two candidates.
   */
  abstract int decide(PairwiseMatrix m, TieResolver resolver, Stage.Builder stage);

  /** Refuses an election the method cannot count, before any work; none by default. */
  void precheck(Election election) {}

  @Override
  public String toString() {
    return title() + (unranked == PairwiseMatrix.Unranked.NOT_COMPARED ? ", unranked candidates not compared" : "");
  }

  /** {@value ElectionMethods#MAX_CANDIDATES}: a number for every pair of candidates. */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES;
  }

  @Override
  public final ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, title(), election, tieBreaker, Limits.PAIRS);
    Counting.requireOneSeat(title(), election);
    precheck(election);
    PairwiseMatrix m = PairwiseMatrix.of(election, unranked);
    int n = m.size();
    List<Candidate> cs = m.candidates();
    long[] wins = new long[n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a != b) {
          wins[a] += m.beats(a, b) ? 1 : 0;
        }
      }
    }
    Stage.Builder one =
        Stage.builder()
            .number(1)
            .kind(Stage.Kind.FIRST_COUNT)
            .description(
                "Pairwise comparisons counted: for each pair, the papers preferring one to the other ("
                    + (unranked == PairwiseMatrix.Unranked.BELOW_RANKED
                        ? "a paper ranks the candidates it leaves unranked equally, below all it ranks"
                        : "a paper says nothing about a pair with a candidate it leaves unranked")
                    + "); totals are the candidates each beats head to head")
            .totals(totals(cs, wins))
            .pairs(m.table());
    m.condorcetWinner()
        .ifPresentOrElse(
            w -> one.addNotes("Condorcet winner: " + w + " beats every other candidate head to head"),
            () -> one.addNotes("No Condorcet winner"));
    m.condorcetLoser().ifPresent(l -> one.addNotes("Condorcet loser: " + l + " loses to every other candidate head to head"));
    one.addNotes("Smith set: " + Counting.names(m.smithSet().asList()), "Schwartz set: " + Counting.names(m.schwartzSet().asList()));
    List<Stage> stages = new ArrayList<>();
    List<Candidate> elected = new ArrayList<>();
    if (n <= 1) {
      if (n == 1) {
        elected.add(cs.get(0));
        one.addElected(cs.get(0)).addNotes(cs.get(0) + " is the only candidate standing and is elected");
      }
      stages.add(one.build());
    } else {
      stages.add(one.build());
      TieResolver resolver = new TieResolver(tieBreaker, cs);
      Stage.Builder two = Stage.builder().number(2).kind(Stage.Kind.ROUND);
      int w = decide(m, resolver, two);
      elected.add(cs.get(w));
      two.addElected(cs.get(w));
      stages.add(two.build());
    }
    return ElectionResult.builder()
        .method(name())
        .title(election.title())
        .seats(1)
        .elected(elected)
        .report(CountReport.builder().ballots(m.ballots()).stages(stages).totalsArePapers(false).build())
        .build();
  }

  static ImmutableMap<Candidate, Fraction> totals(List<Candidate> cs, long[] t) {
    ImmutableMap.Builder<Candidate, Fraction> b = ImmutableMap.builder();
    for (int i = 0; i < cs.size(); i++) {
      b.put(cs.get(i), Fraction.of(t[i]));
    }
    return b.buildOrThrow();
  }

  static ImmutableMap<Candidate, Fraction> totals(List<Candidate> cs, Fraction[] t) {
    ImmutableMap.Builder<Candidate, Fraction> b = ImmutableMap.builder();
    for (int i = 0; i < cs.size(); i++) {
      b.put(cs.get(i), t[i]);
    }
    return b.buildOrThrow();
  }

  /**
   * Elects one of the candidates marked best: the only one, or the one the lot picks (recorded in the
   * stage).
   */
  static int pick(List<Integer> best, TieResolver resolver, Stage.Builder stage, String why) {
    if (best.size() == 1) {
      return best.get(0);
    }
    int[] tied = best.stream().mapToInt(Integer::intValue).toArray();
    Tie tie = resolver.resolve(2, "the winner (" + why + ")", tied, Counting.NO_HISTORY, TieResolver.Direction.NONE, false);
    stage.addTies(tie);
    Candidate c = TieResolver.singledOut(tie, false);
    for (int t : tied) {
      if (resolver.candidate(t).equals(c)) {
        return t;
      }
    }
    throw new AssertionError("the lot picked a candidate who was not tied");
  }

  static ImmutableList<Candidate> named(List<Candidate> cs, List<Integer> indices) {
    return Counting.candidates(cs, indices);
  }
}
