package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.internal.Checks;

/**
 * STAR voting (Score Then Automatic Runoff): papers score candidates from 0 to a maximum (5 in the
 * published rules); the two candidates with the highest total scores are the finalists, and the
 * finalist scored higher on more papers is elected. A paper scoring both finalists equally counts for
 * neither in the runoff.
 *
 * <p>Definition: the Equal Vote Coalition's STAR Voting rules (Oregon, 2014; used by the Independent Party
 * of Oregon for its 2020 primary). A tie in the runoff goes to the finalist with
 * the higher total score, and then to the caller's lot. A tie for a place among the finalists goes to
 * the tied candidate scored higher by more papers: among several, those who lose the most head-to-head
 * comparisons with the others still tied drop out, repeatedly, and the lot decides only what that
 * leaves level. These are the Equal Vote Coalition's standard tie-breaking protocol (starvoting.org,
 * "Ties": steps 1 to 3), which its rules apply where an organisation has adopted no other. Ranked papers are scored by rank (first preference the maximum, each
 * later preference one less, down to 0; unranked 0), and the report says so.
 *
 * <p>Cost: O(P n + n log n) for P distinct papers and n candidates, plus O(P t^2) for t candidates
 * tied for a place in the runoff.
 * At most {@value ElectionMethods#MAX_CANDIDATES} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class StarVoting implements ElectionMethod {
  /** What a tie for a place among the finalists is for. */
  private static final String PLACE = "a place in the runoff";

  private final int max;

  StarVoting(int max) {
    Checks.check(max >= 1, "max", max, "maximum score (%s) must be at least 1", max);
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

  /** {@value ElectionMethods#MAX_CANDIDATES}: a tie for the runoff compares every pair tied. */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(
        this,
        "STAR voting",
        election,
        tieBreaker,
        "a tie for a place in the runoff compares every pair of the tied candidates, a table growing as the square of"
            + " the candidates");
    Counting.requireOneSeat("STAR voting", election);
    Scores scores = Scores.read("STAR voting", election, max);
    int n = election.candidates().size();
    int[] standing = Counting.standingIndices(election);
    long[] totals = scores.totals(n);
    TieResolver resolver = new TieResolver(tieBreaker, election.candidates());
    Counting.Choice finalists = finalists(election, scores, resolver, totals, standing);
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
    Runoff runoff = runoff(scores, n, a, b);
    ImmutableList<Candidate> out = Counting.candidates(election.candidates(), TwoRound.others(standing, a, b));
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
            .totals(Counting.totals(election, runoff.prefer))
            .exhausted(Fraction.of(runoff.neither))
            .addNotes(Counting.number(runoff.neither) + " papers score the finalists equally and count for neither");
    int winner = runoffWinner(election, resolver, runoff.prefer, totals, a, b, two);
    Candidate w = election.candidates().get(winner);
    elected.add(w);
    two.addElected(w).addNotes(w + " wins the runoff and is elected");
    stages.add(two.build());
    return result(election, scores, stages, elected);
  }

  /** The runoff's papers: for each finalist, the papers scoring it higher; and those scoring both equally. */
  private static final class Runoff {
    final long[] prefer;
    long neither;

    Runoff(int candidates) {
      this.prefer = new long[candidates];
    }
  }

  /** Counts each paper for the finalist it scores higher, or for neither if it scores them equally. */
  private static Runoff runoff(Scores scores, int candidates, int a, int b) {
    Runoff runoff = new Runoff(candidates);
    for (int r = 0; r < scores.rows.size(); r++) {
      int[] row = scores.rows.get(r);
      long w = scores.weights.get(r);
      if (row[a] > row[b]) {
        runoff.prefer[a] += w;
      } else if (row[b] > row[a]) {
        runoff.prefer[b] += w;
      } else {
        runoff.neither += w;
      }
    }
    return runoff;
  }

  /**
   * The finalist preferred on more papers; if as many prefer each, the one with the higher total score
   * (a tie decided by the rule), and then the lot. A tie is recorded in the stage.
   */
  private static int runoffWinner(
      Election election, TieResolver resolver, long[] prefer, long[] totals, int a, int b, Stage.Builder stage) {
    if (prefer[a] != prefer[b]) {
      return prefer[a] > prefer[b] ? a : b;
    }
    if (totals[a] == totals[b]) {
      Tie tie = resolver.resolve(2, "the runoff", new int[] {a, b}, Counting.NO_HISTORY, TieResolver.Direction.NONE, false);
      stage.addTies(tie);
      return election.indexOf(TieResolver.singledOut(tie, false));
    }
    int winner = totals[a] > totals[b] ? a : b;
    Candidate w = election.candidates().get(winner);
    Candidate l = election.candidates().get(winner == a ? b : a);
    stage.addTies(
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
    return winner;
  }

  /**
   * The two finalists: the highest totals, a tie for a place broken by head-to-head preference among
   * the tied candidates, then by lot. Each narrowing step drops the tied candidates with the most
   * head-to-head losses among those still tied; when dropping them would leave fewer than the places to
   * fill, the others go through and the places left are sought among the dropped alone.
   */
  private static Counting.Choice finalists(
      Election election, Scores scores, TieResolver resolver, long[] totals, int[] standing) {
    Integer[] order = Arrays.stream(standing).boxed().toArray(Integer[]::new);
    // Stable sort: equal totals keep ballot-paper order.
    Arrays.sort(order, (x, y) -> Long.compare(totals[y], totals[x]));
    int take = Math.min(2, order.length);
    if (take == 0) {
      return new Counting.Choice(ImmutableList.of(), ImmutableList.of());
    }
    long boundary = totals[order[take - 1]];
    List<Integer> chosen = new ArrayList<>();
    List<Integer> level = new ArrayList<>();
    for (Integer c : order) {
      if (totals[c] > boundary) {
        chosen.add(c);
      } else if (totals[c] == boundary) {
        level.add(c);
      }
    }
    level.sort(Integer::compare);
    int places = take - chosen.size();
    if (level.size() == places) {
      chosen.addAll(level);
      return new Counting.Choice(ImmutableList.copyOf(chosen), ImmutableList.of());
    }
    HeadToHead narrowed = HeadToHead.narrow(scores, election.candidates(), level, places);
    List<Tie> ties = new ArrayList<>();
    if (!narrowed.steps.isEmpty()) {
      ties.add(narrowed.tie(level, boundary, places));
    }
    chosen.addAll(narrowed.through);
    drawLots(election, resolver, narrowed.open, narrowed.places, chosen, ties);
    return new Counting.Choice(ImmutableList.copyOf(chosen), ImmutableList.copyOf(ties));
  }

  /**
   * The places still open after head-to-head preference, filled from the candidates it left level by
   * the lot, one draw a place; each draw is recorded as a tie.
   */
  private static void drawLots(
      Election election, TieResolver resolver, List<Integer> level, int places, List<Integer> chosen, List<Tie> ties) {
    List<Integer> lot = new ArrayList<>(level);
    int open = places;
    while (open > 0) {
      if (lot.size() == open) {
        chosen.addAll(lot);
        break;
      }
      Tie tie =
          resolver.resolve(
              1, PLACE, lot.stream().mapToInt(Integer::intValue).toArray(), Counting.NO_HISTORY, TieResolver.Direction.NONE, false);
      ties.add(tie);
      int picked = election.indexOf(TieResolver.singledOut(tie, false));
      chosen.add(picked);
      lot.remove(Integer.valueOf(picked));
      open--;
    }
  }

  /**
   * The Equal Vote Coalition's head-to-head narrowing of candidates tied for places in the runoff:
   * while more are tied than there are places, those who lose the most head-to-head comparisons with
   * the others still tied drop out (or, where dropping them would leave too few, the others go through
   * and the places left are sought among them). Stops when every one still tied loses equally often.
   * Not thread-safe: one per tie.
   */
  private static final class HeadToHead {
    private final Scores scores;
    private final List<Candidate> names;
    /** Through to the runoff by head-to-head preference. */
    final List<Integer> through = new ArrayList<>();
    /** Dropped out, the last dropped first. */
    final List<Integer> dropped = new ArrayList<>();
    /** Still level when the narrowing stopped: the lot decides among them. */
    List<Integer> open;
    /** Places left for {@link #open}. */
    int places;
    /** Each narrowing step, in words. */
    final List<String> steps = new ArrayList<>();

    private HeadToHead(Scores scores, List<Candidate> names, List<Integer> level, int places) {
      this.scores = scores;
      this.names = names;
      this.open = new ArrayList<>(level);
      this.places = places;
    }

    /** Narrows the level candidates (in ballot-paper order) for the given number of places. */
    static HeadToHead narrow(Scores scores, List<Candidate> names, List<Integer> level, int places) {
      HeadToHead h = new HeadToHead(scores, names, level, places);
      while (h.open.size() > h.places) {
        if (!h.step()) {
          break;
        }
      }
      return h;
    }

    /** One narrowing step; false when every candidate still open loses equally often. */
    private boolean step() {
      int[] losses = losses(open);
      int most = Arrays.stream(losses).max().orElse(0);
      int least = Arrays.stream(losses).min().orElse(0);
      if (most == least) {
        return false;
      }
      List<Integer> out = new ArrayList<>();
      List<Integer> in = new ArrayList<>();
      for (int i = 0; i < open.size(); i++) {
        (losses[i] == most ? out : in).add(open.get(i));
      }
      steps.add(
          Counting.names(Counting.candidates(names, out))
              + (out.size() == 1 ? " loses " : " each lose ")
              + most
              + " of "
              + (open.size() - 1)
              + " head-to-head comparisons among "
              + Counting.names(Counting.candidates(names, open)));
      if (in.size() >= places) {
        dropped.addAll(0, out);
        open = in;
      } else {
        through.addAll(in);
        places -= in.size();
        open = out;
      }
      return true;
    }

    /** For each candidate still open, how many of the others still open more papers score higher. */
    private int[] losses(List<Integer> candidates) {
      int[] losses = new int[candidates.size()];
      for (int i = 0; i < candidates.size(); i++) {
        for (int j = i + 1; j < candidates.size(); j++) {
          int preferred = headToHead(candidates.get(i), candidates.get(j));
          if (preferred > 0) {
            losses[j]++;
          } else if (preferred < 0) {
            losses[i]++;
          }
        }
      }
      return losses;
    }

    /**
     * Positive if more papers score {@code a} higher than {@code b} than the reverse, negative if fewer,
     * zero if as many.
     */
    private int headToHead(int a, int b) {
      long aOverB = 0;
      long bOverA = 0;
      for (int r = 0; r < scores.rows.size(); r++) {
        int[] row = scores.rows.get(r);
        if (row[a] > row[b]) {
          aOverB += scores.weights.get(r);
        } else if (row[b] > row[a]) {
          bOverA += scores.weights.get(r);
        }
      }
      return Long.compare(aOverB, bOverA);
    }

    /** The tie decided by the rule, for the report: the order it put the tied in, and each step. */
    Tie tie(List<Integer> level, long boundary, int placesTied) {
      List<Integer> ranked = new ArrayList<>(through);
      ranked.addAll(open);
      ranked.addAll(dropped);
      boolean settled = open.size() == places;
      return Tie.builder()
          .stage(1)
          .purpose(PLACE)
          .addAllTied(Counting.candidates(names, level))
          .decidedBy(Tie.DecidedBy.RULE)
          .order(Counting.candidates(names, ranked))
          .explanation(
              Counting.names(Counting.candidates(names, level))
                  + " tied on "
                  + Counting.number(boundary)
                  + " for "
                  + places(placesTied)
                  + " in the runoff; "
                  + String.join("; then ", steps)
                  + outcome(names, through, open, settled))
          .build();
    }
  }

  private static String outcome(List<Candidate> names, List<Integer> through, List<Integer> open, boolean settled) {
    if (settled) {
      List<Integer> all = concat(through, open);
      return ", so " + Counting.names(Counting.candidates(names, all)) + (all.size() == 1 ? " goes" : " go") + " through";
    }
    if (!through.isEmpty()) {
      return ", so "
          + Counting.names(Counting.candidates(names, through))
          + (through.size() == 1 ? " goes" : " go")
          + " through and the lot decides between "
          + Counting.names(Counting.candidates(names, open));
    }
    return ", which leaves " + Counting.names(Counting.candidates(names, open)) + " level for the lot";
  }

  private static String places(int n) {
    return n == 1 ? "one place" : n + " places";
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    List<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
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
