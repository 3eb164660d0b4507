package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.StvLedger.Status;
import org.commonweal.governance.election.StvRule.Move;
import org.commonweal.governance.internal.FixedDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The driver of every STV count: it owns the loop, elections and exclusions, ties with their
 * look-back, the stage records and the result, and asks a {@link StvRule} for each decision.
 *
 * <p>One stage: the rule carries out a move step by step; after each step the driver marks the totals
 * for the look-back and the rule elects whom the point elects; a move with more steps (batches) goes on
 * unless the seats are filled. Then, if the seats are filled or the continuing candidates are no more
 * than the seats left, the count ends, the continuing candidates elected higher total first; otherwise
 * the rule chooses the next move. The stage is recorded (unless the rule carries its next move out
 * within it) and the next begins.
 *
 * <p>Under limits on the seats of groups of candidates ({@link ConstrainedStv}), the driver also asks
 * the limits at each decision point which continuing candidates are doomed (excluded at once, in a
 * stage of their own, before the rule's next move) or guarded (elected when they are as many as the
 * seats left); {@link #elect} refuses a doomed candidate, and the rules take the candidate to exclude
 * from {@link #lowestExcludable()}, which passes over the guarded. Without limits nothing changes.
 *
 * <p>Cost: the rule's; the driver adds O(candidates) a decision point and O(candidates) a stage record,
 * and under limits the listing of the outcomes still possible at each decision point and election.
 * Package-private; one instance per count, not thread-safe.
 */
final class StvCount {
  final Election election;
  final StvLedger ledger;
  final int seats;
  private final TieResolver ties;
  private final StvRule rule;
  private Stage.Builder stage = Stage.builder();
  /** Candidates elected in the stage being built, in order of election. */
  private final List<Integer> electedNow = new ArrayList<>();
  /** The limits on the seats of groups of candidates (constrained STV), or null for a plain count. */
  private final @Nullable SeatLimits limits;
  /** Candidates whose guarding a stage has already noted. */
  private final Set<Integer> guardNoted = new HashSet<>();

  private StvCount(
      Election election,
      StvTree tree,
      int scale,
      int seats,
      TieBreaker tieBreaker,
      Function<StvCount, StvRule> rule,
      @Nullable SeatLimits limits) {
    this.election = election;
    this.limits = limits;
    this.ledger = new StvLedger(election, tree, scale);
    this.seats = seats;
    this.ties = new TieResolver(tieBreaker, election.candidates());
    this.rule = rule.apply(this);
  }

  /**
   * Counts an election under a rule.
   *
   * @param tree the papers to count
   * @param scale the places of the rule's arithmetic
   * @param seats the seats to fill
   * @param rule makes the rule's decisions for this count
   * @return the finished count, holding its ledger (for a countback) and its result
   */
  static StvCount run(
      Election election, StvTree tree, int scale, int seats, TieBreaker tieBreaker, Function<StvCount, StvRule> rule) {
    return run(election, tree, scale, seats, tieBreaker, rule, null);
  }

  /**
   * Counts an election under a rule and limits on the seats of groups of candidates: at each decision
   * point the doomed candidates are excluded at once, and the guarded are never excluded and are
   * elected when they are as many as the seats left (see {@link ConstrainedStv}).
   *
   * @param limits the limits, or null for a plain count
   */
  static StvCount run(
      Election election,
      StvTree tree,
      int scale,
      int seats,
      TieBreaker tieBreaker,
      Function<StvCount, StvRule> rule,
      @Nullable SeatLimits limits) {
    StvCount count = new StvCount(election, tree, scale, seats, tieBreaker, rule, limits);
    count.count();
    return count;
  }

  private void count() {
    Move move = Move.FIRST;
    begin(move);
    while (true) {
      boolean more = rule.step(move);
      ledger.point(ledger.nextStage(), rule.batch());
      rule.elect();
      if (more && seatsLeft() > 0) {
        continue;
      }
      boolean over = seatsLeft() <= 0 || continuing().size() <= seatsLeft();
      List<Integer> doomed = List.of();
      List<Integer> guardedFill = List.of();
      if (!over && limits != null) {
        List<Integer> guarded = judgeLimits(limits);
        if (!guarded.isEmpty() && guarded.size() == seatsLeft()) {
          over = true;
          guardedFill = guarded;
        } else {
          doomed = doomed();
        }
      }
      Move next = over ? Move.END : !doomed.isEmpty() ? rule.excludeDoomed(doomed) : rule.next();
      if (next.withinStage()) {
        move = next;
        begin(move);
        continue;
      }
      rule.annotate(stage);
      if (over && seatsLeft() > 0) {
        List<Integer> rest = guardedFill.isEmpty() ? continuing() : new ArrayList<>(guardedFill);
        rest.sort(ledger.byTotalDescending());
        for (int c : rest) {
          elect(c);
        }
        if (!guardedFill.isEmpty()) {
          stage.addNotes(
              "The guarded candidates are as many as the seats left: "
                  + names(guardedFill)
                  + " elected without further transfer.");
        } else if (!rest.isEmpty()) {
          stage.addNotes(rule.remainingNote());
        }
      }
      stage.addAllElected(ledger.names(electedNow));
      electedNow.clear();
      ledger.record(stage);
      if (next.kind() == Move.Kind.END) {
        return;
      }
      stage = Stage.builder();
      move = next;
      begin(move);
    }
  }

  /** Records the tie that chose a move's candidates in the stage that carries it out. */
  private void begin(Move move) {
    Tie tie = move.tie();
    if (tie != null) {
      stage.addTies(tie);
    }
  }

  /** The stage being built. */
  Stage.Builder stage() {
    return stage;
  }

  /** The number of the stage being built. */
  int stageNumber() {
    return ledger.nextStage();
  }

  /** Seats not yet filled. */
  int seatsLeft() {
    return seats - ledger.elected().size();
  }

  /** The continuing (hopeful) candidates, in ballot-paper order. */
  List<Integer> continuing() {
    return ledger.with(Status.HOPEFUL);
  }

  /**
   * Declares a candidate elected at this stage, unless the limits doom them (a candidate of a group
   * whose seats are full may reach the quota in the same move as the one who filled them): such a
   * candidate stays continuing and is excluded at the next decision point.
   *
   * @return whether the candidate was elected
   */
  boolean elect(int c) {
    if (limits != null && limits.doomed(verdict(limits), c)) {
      stage.addNotes(
          ledger.candidates.get(c)
              + " reaches the quota but is doomed: no conforming outcome elects "
              + ledger.candidates.get(c)
              + " now; not elected.");
      return false;
    }
    ledger.elect(c);
    electedNow.add(c);
    return true;
  }

  /** The limits' verdict on the count as it stands. */
  private SeatLimits.Verdict verdict(SeatLimits limits) {
    return limits.judge(continuing(), ledger.elected(), seatsLeft());
  }

  /**
   * Judges the continuing candidates under the limits, noting in the stage each candidate newly
   * guarded and each doomed, with the limits that do it; returns the guarded.
   */
  private List<Integer> judgeLimits(SeatLimits l) {
    List<Integer> hopeful = continuing();
    List<Integer> elected = ledger.elected();
    SeatLimits.Verdict v = l.judge(hopeful, elected, seatsLeft());
    List<Integer> guarded = new ArrayList<>();
    for (int c : hopeful) {
      boolean doom = l.doomed(v, c);
      if (l.guarded(v, c)) {
        guarded.add(c);
        if (!guardNoted.add(c)) {
          continue;
        }
      } else if (!doom) {
        continue;
      }
      stage.addNotes(
          ledger.candidates.get(c)
              + (doom ? " is doomed (no" : " is guarded (every")
              + " conforming outcome still possible elects them) by "
              + l.acting(hopeful, elected, seatsLeft(), c, doom)
              + (doom ? ": excluded at once." : ": not to be excluded."));
    }
    return guarded;
  }

  /** The continuing candidates the limits doom, in ballot-paper order; none without limits. */
  List<Integer> doomed() {
    if (limits == null) {
      return List.of();
    }
    SeatLimits.Verdict v = verdict(limits);
    List<Integer> out = new ArrayList<>();
    for (int c : continuing()) {
      if (limits.doomed(v, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The continuing candidates with the lowest total, in ballot-paper order, leaving out those the
   * limits guard: one, or several tied for exclusion.
   */
  List<Integer> lowestExcludable() {
    if (limits == null) {
      return ledger.lowest(Status.HOPEFUL);
    }
    SeatLimits.Verdict v = verdict(limits);
    List<Integer> low = new ArrayList<>();
    for (int c : continuing()) {
      if (limits.guarded(v, c)) {
        continue;
      }
      int cmp = low.isEmpty() ? -1 : ledger.total(c).compareTo(ledger.total(low.get(0)));
      if (cmp < 0) {
        low.clear();
        low.add(c);
      } else if (cmp == 0) {
        low.add(c);
      }
    }
    return low.isEmpty() ? ledger.lowest(Status.HOPEFUL) : low;
  }

  /** Whether the limits allow these continuing candidates to be excluded together (always, without limits). */
  boolean mayExcludeAll(List<Integer> out) {
    if (limits == null || out.isEmpty()) {
      return true;
    }
    List<Integer> rest = continuing();
    rest.removeAll(out);
    return rest.size() >= seatsLeft() && limits.judge(rest, ledger.elected(), seatsLeft()).feasible;
  }

  /**
   * Breaks a tie by the rule's look-back, then by lot, numbering it for the given stage. Where the
   * rule's look-back consults points within stages, the explanation names the stage and batch of the
   * deciding point.
   *
   * @param stageNumber the stage the tie is recorded in
   * @param purpose what the tie is for
   * @param tied candidate indices, at least two
   * @param lowest true to single out the lowest (to exclude), false the highest
   */
  Tie breakTie(int stageNumber, String purpose, List<Integer> tied, boolean lowest) {
    int[] ids = new int[tied.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = tied.get(i);
    }
    Arrays.sort(ids);
    Tie tie = ties.resolve(stageNumber, purpose, ids, ledger.history(), rule.lookBack(), lowest);
    if (!rule.lookBackByPoint() || tie.decidingStage().isEmpty()) {
      return tie;
    }
    int[] where = ledger.pointStage(tie.decidingStage().getAsInt());
    Candidate chosen = TieResolver.singledOut(tie, lowest);
    String at = "stage " + where[0] + (where[1] > 0 ? " (after batch " + where[1] + ")" : "");
    return Tie.builder()
        .from(tie)
        .decidingStage(where[0])
        .explanation(
            names(tied)
                + " tied for "
                + purpose
                + "; at "
                + at
                + ", the "
                + (rule.lookBack() == TieResolver.Direction.EARLIEST ? "earliest" : "most recent")
                + " point where they differed, "
                + chosen
                + (lowest ? " had the fewest votes." : " had the most votes."))
        .build();
  }

  /** The candidate a tie singled out, by index. */
  int singledOut(Tie tie, boolean lowest) {
    return election.indexOf(TieResolver.singledOut(tie, lowest));
  }

  /** Formats a value with the rule's places. */
  String show(FixedDecimal v) {
    return StvLedger.show(v, rule.decimals());
  }

  /** Candidates' names in ballot-paper order, as "A, B and C". */
  String names(List<Integer> ids) {
    List<Integer> sorted = new ArrayList<>(ids);
    sorted.sort(Integer::compare);
    return join(ledger.names(sorted));
  }

  /** Names as "A, B and C", in the order given. */
  static String join(List<Candidate> who) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < who.size(); i++) {
      s.append(i == 0 ? "" : i == who.size() - 1 ? " and " : ", ").append(who.get(i));
    }
    return s.toString();
  }

  /** The result of the count. */
  ElectionResult result() {
    CountReport report =
        CountReport.builder()
            .ballots(rule.account())
            .stages(ledger.stages())
            .totalsArePapers(rule.totalsArePapers())
            .decimals(rule.decimals())
            .build();
    return ElectionResult.builder()
        .method(rule.method())
        .title(rule.title())
        .seats(seats)
        .elected(ledger.names(ledger.elected()))
        .quota(rule.quota())
        .report(report)
        .build();
  }

  /** The papers a member holds at the end of the count, for a countback. */
  StvCountback.Papers papersOf(Candidate member) {
    StvCountback.checkElected(result(), member);
    return new StvCountback.Papers(
        ledger.tree, ledger.scale, rule.decimals(), rule.papersOf(election.indexOf(member)), rule.lookBack());
  }
}
