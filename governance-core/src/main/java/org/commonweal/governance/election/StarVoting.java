package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;

/**
 * STAR voting (Score Then Automatic Runoff): papers score candidates from 0 to a maximum (5 in the
 * published rules); the two candidates with the highest total scores are the finalists, and the
 * finalist scored higher on more papers is elected. A paper scoring both finalists equally counts for
 * neither in the runoff.
 *
 * <p>Definition: the Equal Vote Coalition's STAR Voting rules (Oregon, 2014; used by the Independent Party
 * of Oregon for its 2020 primary). A tie in the runoff goes to the finalist with
 * the higher total score, as those rules say, and then to the caller's lot; a tie for a place among the
 * finalists is decided by the lot. Ranked papers are scored by rank (first preference the maximum, each
 * later preference one less, down to 0; unranked 0), and the report says so.
 *
 * <p>Cost: O(P n + n log n) for P distinct papers and n candidates.
 *
 * <p>Immutable and thread-safe.
 */
final class StarVoting implements ElectionMethod {
  private final int max;

  StarVoting(int max) {
    if (max < 1) {
      throw new InvalidValueException("max", max, "maximum score (" + max + ") must be at least 1");
    }
    this.max = max;
  }

  @Override
  public String name() {
    return "star";
  }

  @Override
  public String toString() {
    return "STAR voting (0 to " + max + ")";
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Counting.requireOneSeat("STAR voting", election);
    Scores scores = Scores.read("STAR voting", election, max);
    int n = election.candidates().size();
    int[] standing = Counting.standingIndices(election);
    long[] totals = scores.totals(n);
    Fraction[] score = Plurality.toFractions(totals);
    TieResolver resolver = new TieResolver(tieBreaker, election.candidates());
    Counting.Choice finalists =
        Counting.highest(
            resolver, Counting.NO_HISTORY, TieResolver.Direction.NONE, 1, "a place in the runoff", score, standing, 2);
    Stage.Builder one =
        Stage.builder()
            .number(1)
            .kind(Stage.Kind.FIRST_COUNT)
            .description("Scoring round: scores counted (0 to " + max + ")")
            .totals(Counting.totals(election, totals))
            .addAllTies(finalists.ties())
            .addAllNotes(scores.notes(max));
    List<Stage> stages = new ArrayList<>();
    List<Candidate> elected = new ArrayList<>();
    if (finalists.chosen().size() < 2) {
      if (finalists.chosen().size() == 1) {
        Candidate only = election.candidates().get(finalists.chosen().get(0));
        elected.add(only);
        one.addElected(only).addNotes(only + " is the only candidate standing and is elected");
      }
      stages.add(one.build());
      return result(election, scores, stages, elected);
    }
    int a = Math.min(finalists.chosen().get(0), finalists.chosen().get(1));
    int b = Math.max(finalists.chosen().get(0), finalists.chosen().get(1));
    one.addNotes(
        Counting.names(Counting.candidates(election.candidates(), List.of(a, b))) + " have the highest scores and go to the runoff");
    stages.add(one.build());
    long[] prefer = new long[n];
    long neither = 0;
    for (int r = 0; r < scores.rows.size(); r++) {
      int[] row = scores.rows.get(r);
      long w = scores.weights.get(r);
      if (row[a] > row[b]) {
        prefer[a] += w;
      } else if (row[b] > row[a]) {
        prefer[b] += w;
      } else {
        neither += w;
      }
    }
    List<Integer> others = new ArrayList<>();
    for (int c : standing) {
      if (c != a && c != b) {
        others.add(c);
      }
    }
    ImmutableList<Candidate> out = Counting.candidates(election.candidates(), others);
    Stage.Builder two =
        Stage.builder()
            .number(2)
            .kind(Stage.Kind.ROUND)
            .description(
                "Automatic runoff between "
                    + election.candidates().get(a)
                    + " and "
                    + election.candidates().get(b)
                    + ": each paper counts for the finalist it scores higher")
            .addAllSubjects(out)
            .addAllExcluded(out)
            .totals(Counting.totals(election, prefer))
            .exhausted(Fraction.of(neither))
            .addNotes(Counting.number(neither) + " papers score the finalists equally and count for neither");
    int winner;
    if (prefer[a] != prefer[b]) {
      winner = prefer[a] > prefer[b] ? a : b;
    } else if (totals[a] != totals[b]) {
      winner = totals[a] > totals[b] ? a : b;
      Candidate w = election.candidates().get(winner);
      Candidate l = election.candidates().get(winner == a ? b : a);
      two.addTies(
          Tie.builder()
              .stage(2)
              .purpose("the runoff")
              .addTied(election.candidates().get(a), election.candidates().get(b))
              .decidedBy(Tie.DecidedBy.RULE)
              .order(List.of(w, l))
              .explanation(
                  election.candidates().get(a)
                      + " and "
                      + election.candidates().get(b)
                      + " tied for the runoff; "
                      + w
                      + " has the higher total score ("
                      + Counting.number(totals[winner])
                      + ") and wins.")
              .build());
    } else {
      Tie tie = resolver.resolve(2, "the runoff", new int[] {a, b}, Counting.NO_HISTORY, TieResolver.Direction.NONE, false);
      two.addTies(tie);
      winner = election.indexOf(TieResolver.singledOut(tie, false));
    }
    Candidate w = election.candidates().get(winner);
    elected.add(w);
    two.addElected(w).addNotes(w + " wins the runoff and is elected");
    stages.add(two.build());
    return result(election, scores, stages, elected);
  }

  private ElectionResult result(Election election, Scores scores, List<Stage> stages, List<Candidate> elected) {
    return ElectionResult.builder()
        .method(name())
        .title(election.title())
        .seats(1)
        .elected(elected)
        .report(CountReport.builder().ballots(scores.account).stages(stages).totalsArePapers(false).build())
        .build();
  }
}
