package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.FixedDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A US ranked-choice count under {@link RcvSettings}, round by round as RCTab 2.0.0 counts: each round
 * tallies every paper for its highest-ranked continuing candidate; a candidate at or above the round's
 * threshold wins; otherwise candidates are eliminated (the undeclared write-in first, then anyone below
 * the minimum vote, then a batch, then the lowest) and their papers move on.
 *
 * <p>Papers are read once under the election's {@link BallotRules}; under {@link
 * BallotRules.Overvote#EXHAUST_IF_MULTIPLE_CONTINUING} an overvoted rank is carried into the count as a
 * group, and decided each time a paper reaches it: exactly one continuing candidate there takes the
 * paper, none sends it to the next rank, two or more exhaust it. A paper is never read again from its
 * first rank: a rank it has passed holds no continuing candidate, and candidates never become
 * continuing again, so resuming where it stopped is RCTab's reading from the top.
 *
 * <p>Readings taken where RCTab's documentation is loose, from its behaviour: the single-seat threshold
 * is floor(V / 2) + 1 for V the round's votes for continuing candidates (the undeclared write-in
 * included), raised to the minimum vote; once a candidate has won and the count goes on until two
 * remain, the threshold stays at the winner's round; an undeclared write-in holding no votes is never
 * counted among the candidates remaining (it can be neither elected nor needed to end the count), and
 * is eliminated like any other candidate when it is the lowest; in bottoms-up to a percentage, a
 * candidate is elected with strictly more than the percentage, and cutoff elimination removes those
 * strictly below it.
 *
 * <p>Multi-seat counts that elect by threshold ({@link RcvSettings.WinnerMode#ONLY_ONE_WINNER_PER_ROUND},
 * {@link RcvSettings.WinnerMode#MULTIPLE_WINNERS_PER_ROUND}) hold every value to d decimal places
 * ({@link RcvSettings#decimalPlaces()}): the threshold is fixed by the first round, V being the
 * first round's votes for candidates (write-ins included), not the valid papers: Droop whole
 * floor(V / (S + 1)) + 1, or fractional trunc_d(V / (S + 1)) + 10^-d, or Hare ceil(V / S); a winner's
 * surplus fraction is trunc_d(surplus / total), each paper moves at trunc_d(value x fraction), paper by
 * paper as RCTab truncates, and the winner is held at the threshold with the residual reported as lost
 * to rounding. Every candidate at or above the threshold is elected; a round elects or eliminates,
 * never both.
 *
 * <p>Cost: O(R + T + r x n) for R readings, T transfers (each paper moves at most once per mark, a
 * group's continuing candidates counted at each visit), r rounds and n candidates; ties look back
 * through every earlier round, O(r x k) for k tied. At most {@value ElectionMethods#MAX_CANDIDATES_CUBIC}
 * candidates.
 *
 * <p>Immutable and thread-safe.
 */
final class RcvCount implements ElectionMethod {
  private final String name;
  private final RcvSettings settings;

  RcvCount(String name, RcvSettings settings) {
    this.name = name;
    this.settings = settings;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "ranked-choice count as RCTab (" + settings.winnerMode() + ")";
  }

  @Override
  public int maxCandidates() {
    return ElectionMethods.MAX_CANDIDATES_CUBIC;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    Limits.check(this, "rcv", election, tieBreaker, Limits.RUNOFF_STAGES);
    RcvSettings.WinnerMode mode = settings.winnerMode();
    if (mode == RcvSettings.WinnerMode.SINGLE_WINNER_MAJORITY) {
      Counting.requireOneSeat("rcv", election);
    }
    Election counted = prepare(election);
    boolean groups = election.rules().overvote() == BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING;
    List<Stage> stages = new ArrayList<>();
    List<Candidate> elected = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    BallotAccount account;
    int decimals = 0;
    if (mode == RcvSettings.WinnerMode.MULTI_PASS_IRV) {
      // Every pass reads the same papers; the winners of earlier passes are excluded from the start, as
      // RCTab excludes them (their marks still count as marks: for an overvote, a repeat, a skip run).
      account = counted.rankedProfile().account();
      for (int pass = 1; pass <= election.seats(); pass++) {
        Tabulation t =
            new Tabulation(counted, settings, tieBreaker, groups, 1, stages.size(), "Pass " + pass + ": ", elected);
        if (t.standing.length == 0) {
          break;
        }
        t.run();
        stages.addAll(t.stages);
        elected.addAll(t.elected);
        decimals = t.scale > 1 ? settings.decimalPlaces() : 0;
        if (t.stopped) {
          notes.add("count stopped after round " + t.round + " of pass " + pass);
          break;
        }
        if (t.elected.isEmpty()) {
          break;
        }
      }
    } else {
      int seats = mode == RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE ? 0 : election.seats();
      Tabulation t = new Tabulation(counted, settings, tieBreaker, groups, seats, 0, "", List.of());
      t.run();
      account = t.profile.account();
      decimals = t.scale > 1 ? settings.decimalPlaces() : 0;
      stages.addAll(t.stages);
      elected.addAll(t.elected);
      if (t.stopped) {
        notes.add("count stopped after round " + t.round);
      }
    }
    int seats = mode == RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE ? Math.max(1, elected.size()) : election.seats();
    return ElectionResult.builder()
        .method(name())
        .title(election.title())
        .seats(seats)
        .elected(elected)
        .report(CountReport.builder().ballots(account).stages(stages).notes(notes).decimals(decimals).build())
        .build();
  }

  /**
   * The election as the count reads it: overvotes carried as groups where they are decided at transfer
   * time, blank ranks read as the undeclared write-in where the settings say so.
   */
  private Election prepare(Election election) {
    BallotRules rules = election.rules();
    Election.Builder b = Election.builder().from(election);
    if (rules.overvote() == BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING) {
      int position = 0;
      for (Ballot ballot : election.ballots()) {
        position++;
        if (ballot instanceof RankedBallot r) {
          for (int k = 0; k < r.rankCount(); k++) {
            if (r.isUnidentifiedOvervote(k)) {
              throw Checks.invalid(
                  "ballots",
                  position,
                  "ballot %s records an overvote without naming its candidates; overvote rule %s needs them",
                  position,
                  rules.overvote());
            }
          }
        }
      }
      // Read as equal preferences, which keeps the group whole; the count decides it at each visit.
      b.rules(BallotRules.builder().from(rules).overvote(BallotRules.Overvote.SKIP_RANK).equalPreferences(true).build());
    } else if (rules.equalPreferences()) {
      throw Checks.invalid("rules", rules, "the rcv counts read several candidates at a rank as an overvote, not an equal preference");
    }
    if (settings.blankIsUndeclaredWriteIn()) {
      Candidate writeIn =
          election
              .undeclaredWriteIn()
              .orElseThrow(() -> Checks.invalid("undeclaredWriteIn", null, "blanks read as the undeclared write-in need one"));
      int cap = election.maxRanks();
      Checks.check(cap != Integer.MAX_VALUE, "rules", rules, "blanks read as the undeclared write-in need a cap on ranks");
      List<Ballot> ballots = new ArrayList<>(election.ballots().size());
      for (Ballot ballot : election.ballots()) {
        ballots.add(ballot instanceof RankedBallot r ? blanksAsWriteIn(r, writeIn, cap) : ballot);
      }
      b.ballots(ballots);
    }
    return b.build();
  }

  private static RankedBallot blanksAsWriteIn(RankedBallot r, Candidate writeIn, int cap) {
    RankedBallot.Builder b = RankedBallot.builder().count(r.count());
    for (int k = 0; k < cap; k++) {
      if (k < r.rankCount() && r.isUnidentifiedOvervote(k)) {
        b.overvote();
      } else if (k < r.rankCount() && !r.rank(k).isEmpty()) {
        b.rank(r.rank(k));
      } else {
        b.rank(writeIn);
      }
    }
    for (int k = cap; k < r.rankCount(); k++) {
      // Beyond the cap: kept as marked, for the rules to ignore or refuse.
      if (r.isUnidentifiedOvervote(k)) {
        b.overvote();
      } else {
        b.rank(r.rank(k));
      }
    }
    return b.build();
  }

  /** One single count (one pass of multi-pass IRV). Not thread-safe: one per count. */
  private static final class Tabulation implements TieResolver.History {
    final Election election;
    final RcvSettings settings;
    final RankedProfile profile;
    final boolean groups;
    final int seats;
    final int stageOffset;
    final String prefix;
    final int[] flat;
    final boolean[] continuing;
    final boolean[] winner;
    final int[] standing;
    final int writeIn;
    final long[] totals;
    final Parcels[] parcels;
    final List<long[]> history = new ArrayList<>();
    final TieResolver resolver;
    final @Nullable Random random;
    final @Nullable List<Candidate> permutation;
    final List<Stage> stages = new ArrayList<>();
    final List<Candidate> elected = new ArrayList<>();
    /** Votes are held in units of 1 / scale: 10^d where values may be fractional, else 1. */
    final long scale;
    /** The places of the arithmetic: {@link #scale} is ten to this power. */
    final int places;
    /** Whether winners' surpluses move on (the multi-seat modes that elect by threshold). */
    final boolean surplus;
    long exhausted;
    /** Residual surplus: the part of winners' votes above the threshold that truncation kept back. */
    long lost;
    List<Integer> lastWinners = List.of();
    int round;
    int eliminatedCount;
    boolean stopped;
    int draws;
    @Nullable Fraction frozenThreshold;

    Tabulation(
        Election election,
        RcvSettings settings,
        TieBreaker tieBreaker,
        boolean groups,
        int seats,
        int stageOffset,
        String prefix,
        List<Candidate> excluded) {
      this.election = election;
      this.settings = settings;
      this.profile = election.rankedProfile();
      this.groups = groups;
      this.seats = seats;
      this.stageOffset = stageOffset;
      this.prefix = prefix;
      this.flat = profile.flat;
      this.continuing = Counting.standingMask(election);
      for (Candidate c : excluded) {
        continuing[election.indexOf(c)] = false;
      }
      this.winner = new boolean[profile.candidates];
      this.standing = Arrays.stream(Counting.standingIndices(election)).filter(c -> continuing[c]).toArray();
      this.writeIn = election.undeclaredWriteIn().map(election::indexOf).orElse(-1);
      this.totals = new long[profile.candidates];
      this.parcels = new Parcels[profile.candidates];
      for (int c = 0; c < parcels.length; c++) {
        parcels[c] = new Parcels();
      }
      this.resolver = new TieResolver(tieBreaker, election.candidates());
      RcvSettings.WinnerMode winnerMode = settings.winnerMode();
      this.surplus =
          winnerMode == RcvSettings.WinnerMode.ONLY_ONE_WINNER_PER_ROUND
              || winnerMode == RcvSettings.WinnerMode.MULTIPLE_WINNERS_PER_ROUND;
      this.places = surplus || settings.nonIntegerThreshold() ? settings.decimalPlaces() : 0;
      this.scale = FixedDecimal.of(1, places).unitsExact();
      if (profile.valid > Long.MAX_VALUE / scale) {
        // Values are held to d places in a long: refused before any work rather than overflowing.
        throw Checks.invalid(
            "ballots",
            profile.valid,
            "%s valid papers are too many to count to %s decimal places (at most %s)",
            Counting.number(profile.valid),
            settings.decimalPlaces(),
            Counting.number(Long.MAX_VALUE / scale));
      }
      RcvSettings.TieBreak mode = settings.tieBreak();
      boolean seeded = settings.randomSeed().isPresent()
          && (mode == RcvSettings.TieBreak.RANDOM
              || mode == RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM
              || mode == RcvSettings.TieBreak.GENERATE_PERMUTATION);
      this.random = seeded ? new Random(settings.randomSeed().getAsLong()) : null;
      if (mode == RcvSettings.TieBreak.GENERATE_PERMUTATION && random != null) {
        List<Candidate> order = new ArrayList<>(election.candidates());
        order.sort(BY_NAME);
        Collections.shuffle(order, random);
        this.permutation = order;
      } else if (mode == RcvSettings.TieBreak.USE_CANDIDATE_ORDER) {
        this.permutation = election.candidates();
      } else {
        this.permutation = null;
      }
    }

    /** Whether papers may count for a candidate: continuing, or a winner while the count goes on. */
    private boolean active(int c) {
      return continuing[c] || (winner[c] && settings.continueUntilTwoRemain());
    }

    /** Stages are numbered through every pass; stages of earlier passes read as equal. */
    @Override
    public int stages() {
      return stageOffset + history.size();
    }

    @Override
    public int compare(int stage, int a, int b) {
      if (stage <= stageOffset) {
        return 0;
      }
      long[] t = history.get(stage - stageOffset - 1);
      return Long.compare(t[a], t[b]);
    }

    void run() {
      for (int i = 0; i < profile.size; i++) {
        place(i, profile.offset[i], profile.weight[i], scale);
      }
      List<Integer> pending = List.of();
      String why = "";
      List<Tie> pendingTies = List.of();
      while (true) {
        // RCTab checks before each round whether to count another.
        if (round > 0 && !another(pending) && !(surplus && !lastWinners.isEmpty())) {
          break;
        }
        if (settings.stopAfterRound().isPresent() && round >= settings.stopAfterRound().getAsInt()) {
          stopped = true;
          break;
        }
        round++;
        Stage.Builder stage = Stage.builder().number(stageOffset + round);
        if (round == 1) {
          stage.kind(Stage.Kind.FIRST_COUNT).description(prefix + "First preferences counted");
        } else if (surplus && !lastWinners.isEmpty()) {
          ImmutableList<Candidate> from = Counting.candidates(election.candidates(), lastWinners);
          String moved = moveSurpluses(lastWinners);
          stage.kind(Stage.Kind.SURPLUS).addAllSubjects(from).description(prefix + "Surplus of " + Counting.names(from) + " transferred: " + moved);
        } else if (pending.isEmpty()) {
          // RCTab counts a round after one that elected, before it eliminates anyone: the same totals.
          stage.kind(Stage.Kind.ROUND).description(prefix + "Round " + round + " counted; nobody was eliminated after round " + (round - 1));
        } else {
          long[] moved = eliminate(pending);
          ImmutableList<Candidate> out = Counting.candidates(election.candidates(), pending);
          stage
              .kind(Stage.Kind.EXCLUSION)
              .addAllSubjects(out)
              .addAllExcluded(out)
              .addAllTies(pendingTies)
              .description(
                  prefix
                      + "Exclusion of "
                      + Counting.names(out)
                      + ", who"
                      + why
                      + ": "
                      + show(moved[0])
                      + " votes transferred, "
                      + show(moved[1])
                      + " exhausted");
        }
        history.add(totals.clone());
        Fraction threshold = threshold();
        stage.quota(threshold);
        List<Integer> won = winners(threshold, stage);
        for (int w : won) {
          winner[w] = true;
          continuing[w] = false;
          Candidate c = election.candidates().get(w);
          elected.add(c);
          stage.addElected(c).addNotes(c + " has " + show(totals[w]) + " votes, the threshold being " + threshold + "; elected");
        }
        lastWinners = surplus ? won : List.of();
        if (!won.isEmpty() && settings.continueUntilTwoRemain() && frozenThreshold == null) {
          frozenThreshold = threshold;
        }
        pending = List.of();
        pendingTies = new ArrayList<>();
        if (won.isEmpty() && needMore()) {
          Exclusion e = chooseExclusion(threshold, pendingTies);
          if (e != null) {
            pending = e.candidates;
            why = e.why;
          }
        }
        stage.totals(totalsNow()).exhausted(Fraction.of(exhausted, scale)).lostToRounding(Fraction.of(lost, scale));
        stages.add(stage.build());
        if (won.isEmpty() && pending.isEmpty() && lastWinners.isEmpty()) {
          break;
        }
      }
      if (stopped && !pending.isEmpty()) {
        // The round's elimination was decided but not carried out.
        Stage last = stages.remove(stages.size() - 1);
        stages.add(
            Stage.builder()
                .from(last)
                .addNotes(
                    "the count stops here; "
                        + Counting.names(Counting.candidates(election.candidates(), pending))
                        + " would be eliminated next")
                .build());
      }
    }

    /** Whether RCTab counts another round. */
    private boolean another(List<Integer> pendingExclusion) {
      if (settings.continueUntilTwoRemain()) {
        return eliminatedCount + elected.size() + 1 < standing.length || !pendingExclusion.isEmpty();
      }
      if (settings.winnerMode() == RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE) {
        return elected.isEmpty();
      }
      return elected.size() < seats;
    }

    /** Whether more eliminations are needed after a round without winners. */
    private boolean needMore() {
      return elected.size() < seats
          || (settings.continueUntilTwoRemain() && eliminatedCount < standing.length - 2)
          || settings.winnerMode() == RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE;
    }

    /** The candidates counted as remaining: active, less an undeclared write-in holding no votes. */
    private List<Integer> remaining() {
      List<Integer> r = new ArrayList<>();
      for (int c : standing) {
        if (active(c) && !(c == writeIn && totals[c] == 0)) {
          r.add(c);
        }
      }
      return r;
    }

    private long activeVotes() {
      long v = 0;
      for (int c : standing) {
        if (active(c)) {
          v += totals[c];
        }
      }
      return v;
    }

    private Fraction threshold() {
      if (frozenThreshold != null) {
        return frozenThreshold;
      }
      if (settings.firstRoundDeterminesThreshold() && round > 1) {
        return stages.get(0).quota().orElseThrow();
      }
      if (surplus && round > 1) {
        return stages.get(0).quota().orElseThrow(); // multi-seat: the first round's, always
      }
      long v = activeVotes();
      Fraction t;
      if (settings.winnerMode() == RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE) {
        t = settings.bottomsUpPercentage().orElseThrow().times(Fraction.of(v, scale));
      } else {
        long s = settings.winnerMode() == RcvSettings.WinnerMode.MULTI_PASS_IRV ? 1 : Math.max(1, seats);
        if (settings.hareQuota()) {
          // ceil(V / S) in whole votes
          long whole = s * scale;
          t = Fraction.of(((v + whole - 1) / whole) * scale, scale);
        } else {
          // trunc(V / (S + 1)) to the threshold's places, plus one unit of the last place
          long step = settings.nonIntegerThreshold() ? 1 : scale;
          long q = v / (s + 1);
          t = Fraction.of((q / step) * step + step, scale);
        }
      }
      Fraction min = Fraction.of(settings.minimumVoteThreshold());
      return settings.minimumVoteThreshold() > 0 && min.isGreaterThan(t) ? min : t;
    }

    /** The winners of this round, as RCTab finds them. */
    private List<Integer> winners(Fraction threshold, Stage.Builder stage) {
      List<Integer> selected = new ArrayList<>();
      if (writeIn >= 0 && active(writeIn) && totals[writeIn] > 0) {
        return selected; // nobody is elected while the undeclared write-in holds votes
      }
      List<Integer> remaining = remaining();
      if (settings.winnerMode() == RcvSettings.WinnerMode.BOTTOMS_UP_PERCENTAGE) {
        boolean all = !remaining.isEmpty();
        for (int c : remaining) {
          all &= votes(totals[c]).isGreaterThan(threshold);
        }
        return all ? remaining : selected;
      }
      int unfilled = (settings.winnerMode() == RcvSettings.WinnerMode.MULTI_PASS_IRV ? 1 : seats) - elected.size();
      if (unfilled <= 0) {
        return selected;
      }
      int oneSeat = settings.winnerMode() == RcvSettings.WinnerMode.MULTI_PASS_IRV ? 1 : seats;
      if (remaining.size() == unfilled) {
        return remaining;
      }
      if (settings.firstRoundDeterminesThreshold() && remaining.size() - 1 == oneSeat) {
        selected = most(remaining);
      } else if (settings.winnerMode() != RcvSettings.WinnerMode.BOTTOMS_UP) {
        for (int c : remaining) {
          if (c != writeIn && votes(totals[c]).isAtLeast(threshold)) {
            selected.add(c);
          }
        }
      }
      boolean manyWinners =
          selected.size() > 1
              && (settings.firstRoundDeterminesThreshold()
                  || settings.winnerMode() == RcvSettings.WinnerMode.ONLY_ONE_WINNER_PER_ROUND);
      boolean lastTwo = oneSeat == 1 && selected.isEmpty() && remaining.size() == 2 && unfilled == 1 && allAtMinimum(remaining);
      if (manyWinners || lastTwo) {
        selected = most(remaining);
        if (lastTwo && selected.size() == 1) {
          stage.addNotes("two candidates remain and neither reaches the threshold: the one with more votes is elected");
        }
        if (selected.size() > 1) {
          Tie tie = breakTie(selected, false, "winner");
          stage.addTies(tie);
          selected = List.of(election.indexOf(TieResolver.singledOut(tie, false)));
        }
      }
      return selected;
    }

    private boolean allAtMinimum(List<Integer> cs) {
      for (int c : cs) {
        if (totals[c] < settings.minimumVoteThreshold() * scale) {
          return false;
        }
      }
      return true;
    }

    private List<Integer> most(List<Integer> cs) {
      long max = Long.MIN_VALUE;
      for (int c : cs) {
        max = Math.max(max, totals[c]);
      }
      List<Integer> out = new ArrayList<>();
      for (int c : cs) {
        if (totals[c] == max && c != writeIn) {
          out.add(c);
        }
      }
      return out;
    }

    /** Who is eliminated after a round without winners, and why. */
    private @Nullable Exclusion chooseExclusion(Fraction threshold, List<Tie> ties) {
      List<Integer> active = new ArrayList<>();
      for (int c : standing) {
        if (active(c)) {
          active.add(c);
        }
      }
      if (active.isEmpty()) {
        return null;
      }
      if (writeIn >= 0 && active(writeIn) && totals[writeIn] > 0) {
        return new Exclusion(List.of(writeIn), " stands for the undeclared write-ins");
      }
      long min = settings.minimumVoteThreshold();
      if (min > 0) {
        long minScaled = Math.multiplyExact(min, scale);
        List<Integer> below = new ArrayList<>();
        for (int c : active) {
          if (totals[c] < minScaled) {
            below.add(c);
          }
        }
        Checks.check(
            below.size() < active.size() || active.isEmpty(),
            "minimumVoteThreshold",
            min,
            "every candidate has fewer votes than the minimum vote threshold (%s)",
            min);
        if (!below.isEmpty()) {
          return new Exclusion(below, (below.size() == 1 ? " has" : " have") + " fewer votes than the minimum of " + Counting.number(min));
        }
      }
      if (settings.cutoffElimination()) {
        List<Integer> below = new ArrayList<>();
        for (int c : active) {
          if (votes(totals[c]).isLessThan(threshold)) {
            below.add(c);
          }
        }
        if (!below.isEmpty() && below.size() < active.size()) {
          return new Exclusion(below, (below.size() == 1 ? " is" : " are") + " below the percentage threshold " + threshold);
        }
      }
      if (settings.batchElimination()) {
        List<Integer> batch = batch(active);
        if (batch.size() > 1) {
          return new Exclusion(batch, " could not overtake the next candidate together");
        }
      }
      long lowest = Long.MAX_VALUE;
      for (int c : active) {
        lowest = Math.min(lowest, totals[c]);
      }
      List<Integer> tied = new ArrayList<>();
      for (int c : active) {
        if (totals[c] == lowest) {
          tied.add(c);
        }
      }
      int out = tied.get(0);
      if (tied.size() > 1) {
        Tie tie = breakTie(tied, true, "exclusion");
        ties.add(tie);
        out = election.indexOf(TieResolver.singledOut(tie, true));
      }
      return new Exclusion(List.of(out), " has the fewest votes (" + show(lowest) + ")");
    }

    /**
     * RCTab's batch: going up through the totals, everyone seen is eliminated whenever their votes
     * together are fewer than the next total; counting on until two remain, the last batch that would
     * leave only one candidate is dropped for the one before it.
     */
    private List<Integer> batch(List<Integer> active) {
      List<Integer> sorted = new ArrayList<>(active);
      sorted.sort(Comparator.comparingLong(c -> totals[c]));
      List<Integer> eliminations = new ArrayList<>();
      List<Integer> previous = new ArrayList<>();
      long running = 0;
      int k = 0;
      while (k < sorted.size()) {
        long tally = totals[sorted.get(k)];
        int end = k;
        while (end < sorted.size() && totals[sorted.get(end)] == tally) {
          end++;
        }
        if (running < tally && k > eliminations.size()) {
          previous = new ArrayList<>(eliminations);
          eliminations = new ArrayList<>(sorted.subList(0, k));
        }
        running += tally * (end - k);
        k = end;
      }
      if (settings.continueUntilTwoRemain() && eliminations.size() + eliminatedCount == standing.length - 1) {
        eliminations = previous;
      }
      eliminations.sort(Integer::compare);
      return eliminations;
    }

    /** Breaks a tie by the settings' rule; the tie's order singles out the winner first, the loser last. */
    private Tie breakTie(List<Integer> tiedList, boolean lowest, String purpose) {
      int[] tied = tiedList.stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(tied);
      int stage = stageOffset + round + (lowest ? 1 : 0);
      switch (settings.tieBreak()) {
        case USE_CANDIDATE_ORDER:
        case GENERATE_PERMUTATION:
          return byOrder(stage, purpose, tied, lowest);
        case STOP_COUNTING_AND_ASK:
          return resolver.resolve(stage, purpose, tied, this, TieResolver.Direction.NONE, lowest);
        case PREVIOUS_ROUND_COUNTS_THEN_ASK:
          return resolver.resolve(stage, purpose, tied, this, TieResolver.Direction.MOST_RECENT, lowest);
        case RANDOM:
        case PREVIOUS_ROUND_COUNTS_THEN_RANDOM:
        default:
          return byLot(stage, purpose, tied, lowest, settings.tieBreak() == RcvSettings.TieBreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM);
      }
    }

    /** The earliest (to win) or latest (to lose) in the fixed order; earlier rounds are not consulted. */
    private Tie byOrder(int stage, String purpose, int[] tied, boolean lowest) {
      List<Candidate> order = new ArrayList<>();
      List<Candidate> fixed = permutation == null ? election.candidates() : permutation;
      List<Candidate> tiedCandidates = new ArrayList<>();
      for (int c : tied) {
        tiedCandidates.add(election.candidates().get(c));
      }
      for (Candidate c : fixed) {
        if (tiedCandidates.contains(c)) {
          order.add(c);
        }
      }
      Candidate chosen = lowest ? order.get(order.size() - 1) : order.get(0);
      String which = settings.tieBreak() == RcvSettings.TieBreak.GENERATE_PERMUTATION ? "the generated permutation" : "the candidates' order";
      return Tie.builder()
          .stage(stage)
          .purpose(purpose)
          .addAllTied(tiedCandidates)
          .decidedBy(Tie.DecidedBy.RULE)
          .order(order)
          .explanation(
              Counting.names(tiedCandidates)
                  + " tied for "
                  + purpose
                  + "; "
                  + chosen
                  + " comes "
                  + (lowest ? "latest" : "earliest")
                  + " in "
                  + which
                  + ".")
          .build();
    }

    /**
     * RCTab's lot, after the earlier rounds where the rule looks back: the tied names sorted, index
     * floor(nextDouble() x k). The one place a double is used: it reproduces RCTab's published draw,
     * bit for bit, which an exact computation of the same index would not always do.
     */
    private Tie byLot(int stage, String purpose, int[] tied, boolean lowest, boolean lookBack) {
      List<Integer> remaining = new ArrayList<>();
      for (int c : tied) {
        remaining.add(c);
      }
      int deciding = 0;
      if (lookBack) {
        for (int s = history.size() - 1; s >= 1 && remaining.size() > 1; s--) {
          long[] t = history.get(s - 1);
          long extreme = lowest ? Long.MAX_VALUE : Long.MIN_VALUE;
          for (int c : remaining) {
            extreme = lowest ? Math.min(extreme, t[c]) : Math.max(extreme, t[c]);
          }
          List<Integer> next = new ArrayList<>();
          for (int c : remaining) {
            if (t[c] == extreme) {
              next.add(c);
            }
          }
          if (next.size() < remaining.size()) {
            deciding = s;
          }
          remaining = next;
        }
      }
      List<Candidate> tiedCandidates = new ArrayList<>();
      for (int c : tied) {
        tiedCandidates.add(election.candidates().get(c));
      }
      Tie.Builder tie = Tie.builder().stage(stage).purpose(purpose).addAllTied(tiedCandidates);
      Candidate chosen;
      String why;
      if (remaining.size() == 1) {
        chosen = election.candidates().get(remaining.get(0));
        tie.decidedBy(Tie.DecidedBy.EARLIER_STAGE).decidingStage(stageOffset + deciding);
        why = "at round " + deciding + " " + chosen + (lowest ? " had the fewest votes" : " had the most votes");
      } else {
        List<Candidate> lot = new ArrayList<>();
        for (int c : remaining) {
          lot.add(election.candidates().get(c));
        }
        lot.sort(BY_NAME);
        Random r = random;
        if (r == null) {
          throw new IllegalStateException("a seeded lot without a seed"); // RcvSettings refuses it
        }
        int index = (int) Math.floor(r.nextDouble() * (double) lot.size());
        chosen = lot.get(index);
        List<Candidate> order = new ArrayList<>(lot);
        order.remove(chosen);
        if (lowest) {
          order.add(chosen);
        } else {
          order.add(0, chosen);
        }
        draws++;
        String method = "RCTab lot (java.util.Random, seed " + settings.randomSeed().getAsLong() + ")";
        tie.decidedBy(Tie.DecidedBy.LOT).draw(Draw.of(draws, lot, order, method));
        why = "lot " + draws + " (" + method + ") picked " + chosen + " at index " + index + " of " + lot.size();
      }
      List<Candidate> order = new ArrayList<>();
      for (Candidate c : tiedCandidates) {
        if (!c.equals(chosen)) {
          order.add(c);
        }
      }
      order.add(lowest ? order.size() : 0, chosen);
      return tie.order(order).explanation(Counting.names(tiedCandidates) + " tied for " + purpose + "; " + why + ".").build();
    }

    private Fraction votes(long scaled) {
      return Fraction.of(scaled, scale);
    }

    /** Votes as a result sheet writes them: whole, or to the arithmetic's places. */
    private String show(long scaled) {
      if (scaled % scale == 0) {
        return Counting.number(scaled / scale);
      }
      return votes(scaled).toDecimalString(settings.decimalPlaces(), java.math.RoundingMode.DOWN);
    }

    private ImmutableMap<Candidate, Fraction> totalsNow() {
      ImmutableMap.Builder<Candidate, Fraction> b = ImmutableMap.builderWithExpectedSize(election.standing().size());
      for (Candidate c : election.standing()) {
        b.put(c, votes(totals[election.indexOf(c)]));
      }
      return b.buildOrThrow();
    }

    /**
     * Moves each winner's surplus on, as RCTab does: the surplus fraction trunc_d(surplus / total), each
     * paper moving at trunc_d(value x fraction); the winner is held at the threshold, and what the
     * truncations kept back is the residual surplus (reported as lost to rounding).
     */
    private String moveSurpluses(List<Integer> winners) {
      long threshold = scaled(stages.get(0).quota().orElseThrow());
      List<String> parts = new ArrayList<>();
      for (int w : winners) {
        long total = totals[w];
        long extra = total - threshold;
        long fraction =
            extra <= 0
                ? 0
                : FixedDecimal.ofUnits(extra, places)
                    .dividedBy(FixedDecimal.ofUnits(total, places), java.math.RoundingMode.DOWN)
                    .unitsExact();
        Parcels from = parcels[w];
        parcels[w] = new Parcels();
        long moved = 0;
        if (fraction > 0) {
          for (int k = 0; k < from.size; k++) {
            // Paper by paper, as RCTab truncates: each paper's value times the fraction, to d places.
            long unit =
                FixedDecimal.ofUnits(from.units[k], places)
                    .times(FixedDecimal.ofUnits(fraction, places), java.math.RoundingMode.DOWN)
                    .unitsExact();
            if (unit > 0) {
              moved = Math.addExact(moved, Math.multiplyExact(from.papers[k], unit));
              place(from.readings[k], after(from.readings[k], from.positions[k]), from.papers[k], unit);
            }
          }
        }
        long residual = total - moved - threshold;
        lost += Math.max(0, residual);
        totals[w] = total - moved - Math.max(0, residual);
        parts.add(election.candidates().get(w) + " at " + show(fraction) + " of each paper's value, " + show(moved) + " votes moved");
      }
      return String.join("; ", parts);
    }

    private long scaled(Fraction f) {
      return f.times(scale).floor().longValueExact();
    }

    /** Eliminates the candidates and moves their papers on; returns papers moved and exhausted. */
    private long[] eliminate(List<Integer> out) {
      for (int c : out) {
        continuing[c] = false;
        eliminatedCount++;
      }
      long moved = 0;
      long before = exhausted;
      for (int c : out) {
        Parcels from = parcels[c];
        parcels[c] = new Parcels();
        totals[c] = 0;
        for (int k = 0; k < from.size; k++) {
          int reading = from.readings[k];
          moved += from.papers[k] * from.units[k];
          place(reading, after(reading, from.positions[k]), from.papers[k], from.units[k]);
        }
      }
      return new long[] {moved, exhausted - before};
    }

    /** The position after the rank (group) holding position {@code at} in reading i. */
    private int after(int i, int at) {
      int @Nullable [] g = profile.groups(i);
      if (g == null) {
        return at + 1;
      }
      int rel = at - profile.offset[i];
      for (int end : g) {
        if (end > rel) {
          return profile.offset[i] + end;
        }
      }
      return profile.offset[i + 1];
    }

    /**
     * Gives papers of reading i, each worth {@code unit}, to the first active candidate from position
     * {@code at}, or exhausts them.
     */
    private void place(int i, int at, long papers, long unit) {
      long w = Math.multiplyExact(papers, unit);
      int end = profile.offset[i + 1];
      while (at < end) {
        int @Nullable [] g = groups ? profile.groups(i) : null;
        int groupEnd = g == null ? at + 1 : after(i, at);
        int found = -1;
        int count = 0;
        for (int q = at; q < groupEnd; q++) {
          if (active(flat[q])) {
            count++;
            found = q;
          }
        }
        if (count == 1) {
          totals[flat[found]] += w;
          parcels[flat[found]].add(found, i, papers, unit);
          return;
        }
        if (count > 1) {
          break; // two or more continuing at an overvoted rank: exhausted
        }
        at = groupEnd;
      }
      exhausted += w;
    }
  }

  private static final Comparator<Candidate> BY_NAME = Comparator.comparing(Candidate::name);

  /** Who is eliminated and why, in words that follow the candidates' names. */
  private record Exclusion(List<Integer> candidates, String why) {}

  /**
   * The papers sitting with one candidate: positions in the readings, readings, numbers of papers, and
   * each paper's value (papers of one parcel are worth the same).
   */
  private static final class Parcels {
    int[] positions = new int[4];
    int[] readings = new int[4];
    long[] papers = new long[4];
    long[] units = new long[4];
    int size;

    void add(int position, int reading, long count, long unit) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
        readings = Arrays.copyOf(readings, size * 2);
        papers = Arrays.copyOf(papers, size * 2);
        units = Arrays.copyOf(units, size * 2);
      }
      positions[size] = position;
      readings[size] = reading;
      papers[size] = count;
      units[size++] = unit;
    }
  }
}
