package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;

/**
 * Instant-runoff voting (the alternative vote, ranked-choice voting for one seat): every paper counts
 * for its highest-ranked continuing candidate; while no candidate has more than half of the continuing
 * votes, the candidate with fewest votes is excluded and each of its papers passes to the next continuing
 * candidate it ranks, or is exhausted.
 *
 * <p>Definition: Hare's single-seat case as in the US ranked-choice ordinances (for example Burlington,
 * Vermont, City Charter, Appendix A, Art. II, Sec. 5, 2005-2010; Maine, 21-A M.R.S. section 723-A). A tie
 * for exclusion is broken by the most recent earlier round at which the tied candidates had unequal
 * votes, then by the caller's lot. With batch elimination, the lowest candidates whose votes together are
 * fewer than the next candidate's are excluded at once (none of them could overtake it), as San Francisco
 * and Burlington did; the winner is the same.
 *
 * <p>Cost: the papers are read once per election (cached); a count is O(R + T + n^2) for R distinct
 * readings, T transfers (each paper moves only when its candidate is excluded, at most once per mark)
 * and n candidates. Only the papers of the excluded candidate are moved at each round; papers are never
 * recounted.
 * At most {@value ElectionMethods#MAX_CANDIDATES_CUBIC} candidates may be listed, withdrawn ones
 * included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Immutable and thread-safe.
 */
final class InstantRunoff implements ElectionMethod {
  private final boolean batch;

  InstantRunoff(boolean batch) {
    this.batch = batch;
  }

  @Override
  public String name() {
    return batch ? "irv-batch" : "irv";
  }

  @Override
  public String toString() {
    return "instant-runoff" + (batch ? " with batch elimination" : "");
  }

  /**
   * {@value ElectionMethods#MAX_CANDIDATES_CUBIC}: a stage per exclusion, each listing every total, and
   * a look-back through every earlier stage for each tie.
   */
  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES_CUBIC;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, "instant-runoff", election, tieBreaker, Limits.RUNOFF_STAGES);
    Counting.requireOneSeat("instant-runoff", election);
    RankedProfile p = election.rankedProfile();
    Counting.refuseEqualPreferences("instant-runoff", p);
    Runoff count = new Runoff(election, p, tieBreaker);
    List<Stage> stages = new ArrayList<>();
    List<Candidate> elected = new ArrayList<>();
    Stage.Builder stage =
        Stage.builder().number(1).kind(Stage.Kind.FIRST_COUNT).description("First preferences counted");
    while (true) {
      int number = count.closeRound();
      long continuing = count.continuingVotes();
      int winner = count.winner(continuing);
      count.recordTotals(stage);
      if (winner >= 0) {
        elected.add(count.declare(stage, winner, continuing));
      }
      stages.add(stage.build());
      if (winner >= 0 || count.remaining == 0) {
        break;
      }
      stage = Stage.builder().number(number + 1).kind(Stage.Kind.EXCLUSION);
      Exclusion exclusion = batch ? count.batchExclusion() : Exclusion.NONE;
      if (exclusion.isEmpty()) {
        exclusion = count.lowestExclusion(number + 1, stage);
      }
      Transfer moved = count.exclude(exclusion.candidates());
      ImmutableList<Candidate> out = Counting.candidates(election.candidates(), exclusion.candidates());
      stage
          .addAllSubjects(out)
          .addAllExcluded(out)
          .description(
              "Exclusion of "
                  + Counting.names(out)
                  + ", who"
                  + exclusion.why()
                  + ": "
                  + Counting.number(moved.papers())
                  + " papers transferred, "
                  + Counting.number(moved.exhausted())
                  + " exhausted");
    }
    return ElectionResult.builder()
        .method(name())
        .title(election.title())
        .seats(1)
        .elected(elected)
        .report(CountReport.builder().ballots(p.account()).stages(stages).build())
        .build();
  }

  /**
   * Who is excluded at a stage (indices in {@link Election#candidates()}, in ballot-paper order) and why,
   * in words that follow the candidates' names in the stage's description.
   */
  private record Exclusion(List<Integer> candidates, String why) {
    static final Exclusion NONE = new Exclusion(List.of(), "");

    boolean isEmpty() {
      return candidates.isEmpty();
    }
  }

  /** The papers an exclusion moved, and how many of them found no continuing candidate. */
  private record Transfer(long papers, long exhausted) {}

  /**
   * The state of one count as the rule reads it: each continuing candidate's votes and the papers that
   * give them, the papers exhausted so far, and every round's totals for the look-back on a tie.
   *
   * <p>Each candidate's papers are a list of parcels (a reading's position in the flat readings, its
   * end, and its papers), appended to in chunks of one preallocated pool: a parcel is appended at most
   * once per mark, so the pool never runs out. Moving an excluded candidate's papers reads its list
   * sequentially and touches the readings themselves only to find each parcel's next continuing
   * preference. Not thread-safe: one per count.
   */
  private static final class Runoff implements TieResolver.History {
    private final Election election;
    private final int[] flat;
    private final boolean[] continuing;
    private final int[] standing;
    private final long[] totals;
    private final Bucket[] buckets;
    private final List<long[]> history = new ArrayList<>();
    private final TieResolver resolver;
    private long exhausted;
    int remaining;

    /** Sets up the count and gives every paper to its first preference (or exhausts it, if blank). */
    Runoff(Election election, RankedProfile p, TieBreaker tieBreaker) {
      this.election = election;
      this.flat = p.flat;
      this.continuing = Counting.standingMask(election);
      this.standing = Counting.standingIndices(election);
      this.remaining = standing.length;
      this.totals = new long[p.candidates];
      this.buckets = new Bucket[p.candidates];
      for (int c = 0; c < buckets.length; c++) {
        buckets[c] = new Bucket();
      }
      this.resolver = new TieResolver(tieBreaker, election.candidates());
      dealFirstPreferences(p);
    }

    private void dealFirstPreferences(RankedProfile p) {
      int[] offset = p.offset;
      long[] weight = p.weight;
      for (int i = 0; i < p.size; i++) {
        int at = offset[i];
        int end = offset[i + 1];
        if (at == end) {
          exhausted += weight[i];
          continue;
        }
        int c = flat[at];
        totals[c] += weight[i];
        buckets[c].add(at, end, weight[i]);
      }
    }

    @Override
    public int stages() {
      return history.size();
    }

    @Override
    public int compare(int stage, int a, int b) {
      long[] t = history.get(stage - 1);
      return Long.compare(t[a], t[b]);
    }

    /** Keeps this round's totals for later look-backs; returns the round's number, from 1. */
    int closeRound() {
      history.add(totals.clone());
      return history.size();
    }

    /** The votes of the continuing candidates. */
    long continuingVotes() {
      long sum = 0;
      for (int c : standing) {
        sum += continuing[c] ? totals[c] : 0;
      }
      return sum;
    }

    /**
     * The candidate with more than half of the continuing votes, or else the only continuing candidate
     * left; -1 if neither.
     */
    int winner(long continuingVotes) {
      int winner = -1;
      for (int c : standing) {
        if (continuing[c] && totals[c] > continuingVotes - totals[c]) {
          winner = c;
        }
      }
      if (winner < 0 && remaining == 1) {
        for (int c : standing) {
          if (continuing[c]) {
            winner = c;
          }
        }
      }
      return winner;
    }

    void recordTotals(Stage.Builder stage) {
      stage.totals(Counting.totals(election, totals)).exhausted(Fraction.of(exhausted));
    }

    /** Elects the winner at this stage, saying whether by a majority or as the last one left. */
    Candidate declare(Stage.Builder stage, int winner, long continuingVotes) {
      Candidate w = election.candidates().get(winner);
      stage
          .addElected(w)
          .addNotes(
              w
                  + " has "
                  + Counting.number(totals[winner])
                  + " of the "
                  + Counting.number(continuingVotes)
                  + " continuing votes"
                  + (totals[winner] > continuingVotes - totals[winner]
                      ? ", a majority, and is elected"
                      : " and is the only continuing candidate; elected"));
      return w;
    }

    /**
     * The largest set of lowest candidates whose votes together are fewer than the next lowest
     * candidate's, with the reason; {@link Exclusion#NONE} if not even the single lowest is below the
     * next (then the tie rule decides).
     */
    Exclusion batchExclusion() {
      List<Integer> excluded = batchToExclude(standing, continuing, totals);
      if (excluded.isEmpty()) {
        return Exclusion.NONE;
      }
      long together = 0;
      for (int c : excluded) {
        together += totals[c];
      }
      long nextLowest = Long.MAX_VALUE;
      for (int c : standing) {
        if (continuing[c] && !excluded.contains(c)) {
          nextLowest = Math.min(nextLowest, totals[c]);
        }
      }
      return new Exclusion(
          excluded,
          (excluded.size() == 1 ? " has " : " have together ")
              + Counting.number(together)
              + " votes, fewer than the next candidate's "
              + Counting.number(nextLowest));
    }

    /**
     * The continuing candidate with the fewest votes; a tie among several is broken by the most recent
     * earlier round at which they differed, then by lot, and recorded in the stage.
     */
    Exclusion lowestExclusion(int stageNumber, Stage.Builder stage) {
      long lowest = Long.MAX_VALUE;
      for (int c : standing) {
        if (continuing[c]) {
          lowest = Math.min(lowest, totals[c]);
        }
      }
      List<Integer> tied = new ArrayList<>();
      for (int c : standing) {
        if (continuing[c] && totals[c] == lowest) {
          tied.add(c);
        }
      }
      int out;
      if (tied.size() == 1) {
        out = tied.get(0);
      } else {
        Tie tie =
            resolver.resolve(
                stageNumber,
                "exclusion",
                tied.stream().mapToInt(Integer::intValue).toArray(),
                this,
                TieResolver.Direction.MOST_RECENT,
                true);
        stage.addTies(tie);
        out = election.indexOf(TieResolver.singledOut(tie, true));
      }
      return new Exclusion(List.of(out), " has the fewest votes (" + Counting.number(lowest) + ")");
    }

    /**
     * Excludes the candidates and moves each of their papers to its next continuing preference, or
     * exhausts it.
     */
    Transfer exclude(List<Integer> excluded) {
      for (int c : excluded) {
        continuing[c] = false;
        remaining--;
      }
      long moved = 0;
      long exhaustedNow = 0;
      for (int e : excluded) {
        Transfer t = moveOn(buckets[e]);
        moved += t.papers();
        exhaustedNow += t.exhausted();
        buckets[e] = new Bucket(); // the excluded candidate's parcels are garbage now
        totals[e] = 0;
      }
      exhausted += exhaustedNow;
      return new Transfer(moved, exhaustedNow);
    }

    /** Moves every parcel of one excluded candidate on to its next continuing preference. */
    private Transfer moveOn(Bucket from) {
      int[] flat = this.flat;
      boolean[] continuing = this.continuing;
      long[] totals = this.totals;
      Bucket[] buckets = this.buckets;
      long moved = 0;
      long exhaustedNow = 0;
      for (int chunk = 0; chunk < from.chunks; chunk++) {
        int stop = chunk == from.chunks - 1 ? from.fill : Bucket.CHUNK;
        int[] positions = from.positions[chunk];
        int[] ends = from.ends[chunk];
        long[] weights = from.weights[chunk];
        for (int k = 0; k < stop; k++) {
          int at = positions[k] + 1;
          int end = ends[k];
          long w = weights[k];
          while (at < end && !continuing[flat[at]]) {
            at++;
          }
          moved += w;
          if (at == end) {
            exhaustedNow += w;
          } else {
            int c = flat[at];
            totals[c] += w;
            buckets[c].add(at, end, w);
          }
        }
      }
      return new Transfer(moved, exhaustedNow);
    }
  }

  /**
   * The parcels sitting with one candidate (a parcel is a reading's position in the flat readings, the
   * end of its reading, and its papers), in chunks small enough to stay out of the garbage collector's
   * large-object paths, allocated as the list grows.
   */
  private static final class Bucket {
    static final int CHUNK = 8192;
    int[][] positions = new int[4][];
    int[][] ends = new int[4][];
    long[][] weights = new long[4][];
    int chunks;
    int fill = CHUNK;

    void add(int position, int end, long w) {
      if (fill == CHUNK) {
        if (chunks == positions.length) {
          positions = Arrays.copyOf(positions, chunks * 2);
          ends = Arrays.copyOf(ends, chunks * 2);
          weights = Arrays.copyOf(weights, chunks * 2);
        }
        positions[chunks] = new int[CHUNK];
        ends[chunks] = new int[CHUNK];
        weights[chunks] = new long[CHUNK];
        chunks++;
        fill = 0;
      }
      positions[chunks - 1][fill] = position;
      ends[chunks - 1][fill] = end;
      weights[chunks - 1][fill++] = w;
    }
  }

  /**
   * The largest set of lowest candidates whose votes together are fewer than the next lowest
   * candidate's, or none if not even the single lowest is below the next (then the tie rule decides).
   */
  private static List<Integer> batchToExclude(int[] standing, boolean[] continuing, long[] totals) {
    List<Integer> order = new ArrayList<>();
    for (int c : standing) {
      if (continuing[c]) {
        order.add(c);
      }
    }
    order.sort((a, b) -> Long.compare(totals[a], totals[b]));
    int best = 0;
    long sum = 0;
    for (int j = 1; j < order.size(); j++) {
      sum += totals[order.get(j - 1)];
      if (sum < totals[order.get(j)]) {
        best = j;
      }
    }
    List<Integer> out = new ArrayList<>(order.subList(0, best));
    out.sort(Integer::compare);
    return out;
  }
}
