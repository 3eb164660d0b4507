package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;

/**
 * The two-round system, with the second round counted from the same ranked papers (the contingent
 * vote): a candidate with more than half of the first preferences is elected; otherwise the two
 * candidates with most first preferences go to a runoff, in which each paper counts for whichever of the
 * two it ranks higher, and a paper ranking neither is exhausted. The runoff's higher total is elected.
 *
 * <p>Definition: the majority-runoff rule of, for example, the French presidential election (Constitution
 * of 4 October 1958, art. 7), with the runoff read from the papers' preferences as in the contingent
 * vote (Sri Lanka's presidential elections). A tie for a place in the
 * runoff, or in the runoff itself, is decided by the caller's lot: the rule has no earlier stage to look
 * back to.
 *
 * <p>Cost: O(R + n log n) for R distinct readings (read once per election) and n candidates.
 * At most {@value ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class TwoRound implements ElectionMethod {
  @Override
  public String name() {
    return "two-round";
  }

  @Override
  public String toString() {
    return "two-round (contingent vote)";
  }

  /** {@value ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE}: two stages, each listing every total. */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES_SINGLE_STAGE;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, "two-round", election, tieBreaker, Limits.SINGLE_STAGE);
    Counting.requireOneSeat("two-round", election);
    RankedProfile p = election.rankedProfile();
    Counting.refuseEqualPreferences("two-round", p);
    int[] standing = Counting.standingIndices(election);
    Round first = firstPreferences(p);
    long sum = first.sumOver(standing);
    Stage.Builder one =
        Stage.builder()
            .number(1)
            .kind(Stage.Kind.FIRST_COUNT)
            .description("First round: first preferences counted")
            .totals(Counting.totals(election, first.votes()))
            .exhausted(Fraction.of(first.exhausted()));
    int majority = majority(standing, first.votes(), sum);
    if (majority >= 0 || standing.length == 0) {
      List<Candidate> elected = new ArrayList<>();
      if (majority >= 0) {
        Candidate w = election.candidates().get(majority);
        elected.add(w);
        one.addElected(w)
            .addNotes(
                w
                    + (standing.length == 1
                        ? " is the only candidate standing and is elected"
                        : " has " + Counting.number(first.votes()[majority]) + " of " + Counting.number(sum) + " votes, a majority, and is elected"));
      }
      return result(election, elected, p, List.of(one.build()));
    }
    TieResolver resolver = new TieResolver(tieBreaker, election.candidates());
    Counting.Choice finalists = finalists(resolver, first.votes(), standing);
    one.addAllTies(finalists.ties())
        .addNotes(
            "No candidate has a majority of the "
                + Counting.number(sum)
                + " votes; "
                + Counting.names(Counting.candidates(election.candidates(), finalists.chosen()))
                + " go to the runoff");
    int a = finalists.chosen().get(0);
    int b = finalists.chosen().get(1);
    Round second = runoff(p, a, b);
    ImmutableList<Candidate> excluded = Counting.candidates(election.candidates(), others(standing, a, b));
    Stage.Builder two =
        Stage.builder()
            .number(2)
            .kind(Stage.Kind.ROUND)
            .description(
                "Runoff between "
                    + election.candidates().get(Math.min(a, b))
                    + " and "
                    + election.candidates().get(Math.max(a, b))
                    + ": each paper counts for the one it ranks higher")
            .addAllSubjects(excluded)
            .addAllExcluded(excluded)
            .totals(Counting.totals(election, second.votes()))
            .exhausted(Fraction.of(second.exhausted()));
    int winner = runoffWinner(election, resolver, second.votes(), a, b, two);
    Candidate w = election.candidates().get(winner);
    two.addElected(w).addNotes(w + " wins the runoff with " + Counting.number(second.votes()[winner]) + " votes and is elected");
    return result(election, List.of(w), p, List.of(one.build(), two.build()));
  }

  /** One round's votes by candidate, and the papers that counted for no candidate in it. */
  private static final class Round {
    private final long[] votes;
    private final long exhausted;

    Round(long[] votes, long exhausted) {
      this.votes = votes;
      this.exhausted = exhausted;
    }

    /** Votes by candidate index; the array is the round's own, not to be modified. */
    long[] votes() {
      return votes;
    }

    long exhausted() {
      return exhausted;
    }

    long sumOver(int[] candidates) {
      long sum = 0;
      for (int c : candidates) {
        sum += votes[c];
      }
      return sum;
    }
  }

  /** The first round: each paper counts for its first preference; a paper with none is exhausted. */
  private static Round firstPreferences(RankedProfile p) {
    long[] first = new long[p.candidates];
    long exhausted = 0;
    for (int i = 0; i < p.size; i++) {
      if (p.offset[i] == p.offset[i + 1]) {
        exhausted += p.weight[i];
      } else {
        first[p.flat[p.offset[i]]] += p.weight[i];
      }
    }
    return new Round(first, exhausted);
  }

  /** The candidate with more than half of the votes, or the only candidate standing; -1 if none. */
  private static int majority(int[] standing, long[] first, long sum) {
    int majority = -1;
    for (int c : standing) {
      if (first[c] > sum - first[c] || standing.length == 1) {
        majority = c;
      }
    }
    return majority;
  }

  /** The two candidates with most first preferences; a tie for a place goes to the lot. */
  private static Counting.Choice finalists(TieResolver resolver, long[] first, int[] standing) {
    Fraction[] scores = new Fraction[first.length];
    for (int c : standing) {
      scores[c] = Fraction.of(first[c]);
    }
    return Counting.highest(
        resolver, Counting.NO_HISTORY, TieResolver.Direction.NONE, 1, "a place in the runoff", scores, standing, 2);
  }

  /**
   * The runoff, read from the same papers: each paper counts for whichever finalist it ranks higher; a
   * paper ranking neither is exhausted.
   */
  private static Round runoff(RankedProfile p, int a, int b) {
    long[] second = new long[p.candidates];
    long neither = 0;
    for (int i = 0; i < p.size; i++) {
      int found = -1;
      for (int at = p.offset[i]; at < p.offset[i + 1] && found < 0; at++) {
        int c = p.flat[at];
        if (c == a || c == b) {
          found = c;
        }
      }
      if (found < 0) {
        neither += p.weight[i];
      } else {
        second[found] += p.weight[i];
      }
    }
    return new Round(second, neither);
  }

  /**
   * The standing candidates other than the two finalists, who leave the count at the runoff (here and
   * in STAR voting's automatic runoff).
   */
  static List<Integer> others(int[] standing, int a, int b) {
    List<Integer> out = new ArrayList<>();
    for (int c : standing) {
      if (c != a && c != b) {
        out.add(c);
      }
    }
    return out;
  }

  /** The finalist with more runoff votes; equal votes go to the lot, recorded in the stage. */
  private static int runoffWinner(
      Election election, TieResolver resolver, long[] second, int a, int b, Stage.Builder stage) {
    if (second[a] != second[b]) {
      return second[a] > second[b] ? a : b;
    }
    int[] tied = {Math.min(a, b), Math.max(a, b)};
    Tie tie = resolver.resolve(2, "the runoff", tied, Counting.NO_HISTORY, TieResolver.Direction.NONE, false);
    stage.addTies(tie);
    return election.indexOf(TieResolver.singledOut(tie, false));
  }

  private ElectionResult result(Election election, List<Candidate> elected, RankedProfile p, List<Stage> stages) {
    return ElectionResult.builder()
        .method(name())
        .title(election.title())
        .seats(1)
        .elected(elected)
        .report(CountReport.builder().ballots(p.account()).stages(stages).build())
        .build();
  }
}
