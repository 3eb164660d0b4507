package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.StvLedger.Status;
import org.commonweal.governance.election.StvRule.Move;
import org.commonweal.governance.internal.FixedDecimal;

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
 * <p>Cost: the rule's; the driver adds O(candidates) a decision point and O(candidates) a stage record.
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

  private StvCount(
      Election election, StvTree tree, int scale, int seats, TieBreaker tieBreaker, Function<StvCount, StvRule> rule) {
    this.election = election;
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
    StvCount count = new StvCount(election, tree, scale, seats, tieBreaker, rule);
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
      Move next = over ? Move.END : rule.next();
      if (next.withinStage()) {
        move = next;
        begin(move);
        continue;
      }
      rule.annotate(stage);
      if (over && seatsLeft() > 0) {
        List<Integer> rest = continuing();
        rest.sort(ledger.byTotalDescending());
        for (int c : rest) {
          elect(c);
        }
        if (!rest.isEmpty()) {
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

  /** Declares a candidate elected at this stage. */
  void elect(int c) {
    ledger.elect(c);
    electedNow.add(c);
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
    int[] ids = tied.stream().mapToInt(Integer::intValue).sorted().toArray();
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
