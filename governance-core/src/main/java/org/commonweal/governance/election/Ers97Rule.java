package org.commonweal.governance.election;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.FixedDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of the Electoral Reform Society's 1997 rules (How to conduct an election by the Single
 * Transferable Vote, 3rd edition, 1997; paragraph numbers are the manual's), which fix its settings
 * ({@link #PLACES two places}, equal preferences ending a paper; {@link FixedStv#ERS97}): the quota
 * reduced for non-transferable papers until the first election, election on the quota or the total
 * active vote, deferred surpluses, a later surplus from the last batch received,
 * bulk exclusion, excluded papers in batches by value (each batch a decision point), ties by the
 * earliest point of the count at which the candidates differed. See {@link StvMethods#ers97()}.
 *
 * <p>Cost: per stage one pass over the tree nodes holding the papers moved, plus O(c log c) for the
 * choice of the next move among c continuing candidates. Package-private; one instance per count, not
 * thread-safe.
 */
final class Ers97Rule extends StvRule {
  /** The places of every value (5.1.6). */
  static final int PLACES = 2;

  private final FixedStv settings;
  private final int places;
  private FixedDecimal quota;
  private boolean quotaFrozen;
  /** Elected candidates whose surplus has not been transferred, in order of election. */
  private final List<Integer> pending = new ArrayList<>();
  /** Stage at which each candidate was elected (0 if not). */
  private final int[] electedAt;
  /** The exclusion being carried out: its candidates, and its batches by value, highest first. */
  private List<Integer> excluding = List.of();

  private final List<Map.Entry<FixedDecimal, List<StvParcel>>> batches = new ArrayList<>();
  /** The batch last moved, from 1; 0 outside an exclusion. */
  private int batch;
  /** Whether the last step moved no papers (an exclusion of candidates holding none). */
  private boolean idle;

  Ers97Rule(FixedStv settings, StvCount count) {
    super(count);
    this.settings = settings;
    this.places = settings.places();
    this.electedAt = new int[ledger.n];
    this.quota = quotaOf(FixedDecimal.of(ledger.tree.valid, places));
  }

  @Override
  String name() {
    return settings.name();
  }

  @Override
  int decimals() {
    return places;
  }

  @Override
  TieResolver.Direction lookBack() {
    return TieResolver.Direction.EARLIEST;
  }

  @Override
  boolean lookBackByPoint() {
    return true;
  }

  @Override
  int batch() {
    return batch;
  }

  @Override
  Fraction quota() {
    return quota.toFraction();
  }

  @Override
  void annotate(Stage.Builder stage) {
    stage.quota(quota.toFraction());
  }

  @Override
  String remainingNote() {
    return "The continuing candidates are no more than the places left: they are elected (5.5.1).";
  }

  /** Quota = votes / (seats + 1) to two places; if not exact, truncated and 0.01 added (5.1.6). */
  private FixedDecimal quotaOf(FixedDecimal votes) {
    return votes.dividedBy(count.seats + 1L, RoundingMode.CEILING);
  }

  private FixedDecimal nonTransferable() {
    return ledger.exhausted().plus(ledger.lost());
  }

  @Override
  boolean step(Move move) {
    switch (move.kind()) {
      case FIRST_COUNT -> {
        ledger.firstCount();
        count.stage().kind(Stage.Kind.FIRST_COUNT).description("First preferences; quota " + count.show(quota));
        return false;
      }
      case SURPLUS -> {
        batch = 0;
        surplus();
        return false;
      }
      case EXCLUSION -> {
        if (batch == 0) {
          startExclusion(move.subjects());
          if (batches.isEmpty()) {
            // Candidates without papers: nothing moves, so no point of the count is reached.
            idle = true;
            return false;
          }
        }
        return moveBatch();
      }
      default -> throw new AssertionError(move);
    }
  }

  /**
   * At every point: before anyone is elected the quota follows the non-transferable papers (5.4.8);
   * then the qualifiers are elected. All places filled with batches left: they stay (5.5.2).
   */
  @Override
  void elect() {
    if (idle) {
      idle = false;
      return;
    }
    reduceQuota();
    electQualifiers();
    if (batch > 0 && batch < batches.size() && count.seatsLeft() <= 0) {
      count.stage().addNotes("All places are filled: the remaining batches are not transferred (5.5.2).");
    }
    if (batch >= batches.size()) {
      batch = 0;
    }
  }

  /**
   * The largest surplus, unless the surpluses may wait (5.2.2); else the bulk set or the lowest
   * candidate, or, if that exclusion would leave no more continuing candidates than places, the
   * election of the others (5.5.1).
   */
  @Override
  Move next() {
    int unfilled = count.seatsLeft();
    List<Integer> continuing = count.continuing();
    FixedDecimal s = pendingSurplus();
    List<Integer> bulk = bulkSet(continuing, s, unfilled);
    boolean defer = s.isZero() || deferrable(continuing, s, bulk);
    if (!defer) {
      return Move.of(Move.Kind.SURPLUS);
    }
    List<Integer> out = count.mayExcludeAll(bulk) ? bulk : List.of();
    @Nullable Tie tie = null;
    if (out.isEmpty()) {
      List<Integer> low = count.lowestExcludable();
      int x = low.get(0);
      if (low.size() > 1) {
        tie = count.breakTie(count.stageNumber() + 1, "exclusion", low, true);
        x = count.singledOut(tie, true);
      }
      out = List.of(x);
    }
    if (continuing.size() - out.size() <= unfilled) {
      List<Integer> rest = new ArrayList<>(continuing);
      rest.removeAll(out);
      if (tie != null) {
        count.stage().addTies(Tie.builder().from(tie).stage(count.stageNumber()).build());
      }
      electRemaining(
          rest,
          "Excluding "
              + count.names(out)
              + " would leave no more continuing candidates than places: the others are elected without"
              + " further transfer (5.5.1).");
      return Move.END;
    }
    return Move.of(Move.Kind.EXCLUSION, out, tie);
  }

  private void reduceQuota() {
    if (quotaFrozen || nonTransferable().isZero()) {
      return;
    }
    FixedDecimal reduced = quotaOf(FixedDecimal.of(ledger.tree.valid, places).minus(nonTransferable()));
    if (reduced.compareTo(quota) < 0) {
      count
          .stage()
          .addNotes(
              "Quota reduced from "
                  + count.show(quota)
                  + " to "
                  + count.show(reduced)
                  + " for the non-transferable papers (5.4.8).");
      quota = reduced;
    }
  }

  private FixedDecimal pendingSurplus() {
    FixedDecimal s = FixedDecimal.zero(places);
    for (int c : pending) {
      s = s.plus(ledger.total(c).minus(quota));
    }
    return s;
  }

  /**
   * Total active vote: the valid vote less the non-transferable vote and the elected candidates' votes
   * up to the quota, that is the continuing votes, the surpluses awaiting transfer, and the papers of
   * excluded candidates not yet transferred (6.20, 5.6.1).
   */
  private FixedDecimal tav() {
    FixedDecimal t = FixedDecimal.of(ledger.tree.valid, places).minus(nonTransferable());
    for (int c : ledger.elected()) {
      t = t.minus(ledger.total(c).min(quota));
    }
    return t;
  }

  /**
   * Deems elected, highest first, every continuing candidate whose vote reaches the quota or the total
   * active vote divided by one more than the places left, until the places are filled (5.1.7, 5.3.13,
   * 5.4.9). More candidates tied for fewer places are separated by the look-back; if they never
   * differed, none of them is elected at this point (5.6.2).
   */
  private void electQualifiers() {
    while (true) {
      int unfilled = count.seatsLeft();
      if (unfilled <= 0) {
        return;
      }
      List<Integer> continuing = count.continuing();
      // Under limits, a doomed candidate is never elected, whatever their vote.
      continuing.removeAll(count.doomed());
      if (continuing.isEmpty()) {
        return;
      }
      continuing.sort(ledger.byTotalDescending());
      int top = continuing.get(0);
      FixedDecimal v = ledger.total(top);
      boolean qualifies = v.compareTo(quota) >= 0 || v.times(unfilled + 1L).compareTo(tav()) >= 0;
      if (!qualifies) {
        return;
      }
      List<Integer> tied = new ArrayList<>();
      for (int c : continuing) {
        if (ledger.total(c).equals(v)) {
          tied.add(c);
        }
      }
      if (tied.size() <= unfilled) {
        tied.sort(Integer::compare);
        for (int c : tied) {
          elect(c);
        }
        continue;
      }
      if (equalAtEveryPoint(tied)) {
        count
            .stage()
            .addNotes(
                count.names(tied)
                    + " qualify equally for fewer places and were equal at every earlier point: none of them is"
                    + " elected at this stage (5.6.2).");
        return;
      }
      Tie tie = count.breakTie(count.stageNumber(), "election to the last places", tied, false);
      count.stage().addTies(tie);
      elect(count.singledOut(tie, false));
    }
  }

  private void elect(int c) {
    if (!count.elect(c)) {
      return;
    }
    electedAt[c] = count.stageNumber();
    quotaFrozen = true;
    if (ledger.total(c).compareTo(quota) > 0) {
      pending.add(c);
    }
  }

  private void electRemaining(List<Integer> rest, String note) {
    List<Integer> sorted = new ArrayList<>(rest);
    sorted.sort(ledger.byTotalDescending());
    for (int c : sorted) {
      elect(c);
    }
    if (!sorted.isEmpty()) {
      count.stage().addNotes(note);
    }
  }

  /**
   * The largest set of at least two lowest candidates whose votes together with the surpluses not
   * transferred do not exceed the next candidate's vote, leaving enough continuing candidates to fill
   * the places (5.2.5); empty if there is none. A set never splits candidates with equal votes.
   */
  private List<Integer> bulkSet(List<Integer> continuing, FixedDecimal s, int unfilled) {
    List<Integer> up = new ArrayList<>(continuing);
    up.sort(Comparator.<Integer, FixedDecimal>comparing(ledger::total).thenComparing(Integer::compare));
    FixedDecimal sum = FixedDecimal.zero(places);
    int best = 0;
    for (int k = 1; k <= up.size() - unfilled && k < up.size(); k++) {
      sum = sum.plus(ledger.total(up.get(k - 1)));
      FixedDecimal next = ledger.total(up.get(k));
      if (k >= 2 && ledger.total(up.get(k - 1)).compareTo(next) < 0 && sum.plus(s).compareTo(next) <= 0) {
        best = k;
      }
    }
    List<Integer> out = new ArrayList<>(up.subList(0, best));
    out.sort(Integer::compare);
    return out;
  }

  /** Whether the surpluses may wait: they cannot change which candidates are excluded next (5.2.2). */
  private boolean deferrable(List<Integer> continuing, FixedDecimal s, List<Integer> bulk) {
    if (!bulk.isEmpty()) {
      return true;
    }
    List<Integer> up = new ArrayList<>(continuing);
    up.sort(Comparator.comparing(ledger::total));
    return up.size() >= 2 && s.compareTo(ledger.total(up.get(1)).minus(ledger.total(up.get(0)))) <= 0;
  }

  /** Transfers the largest surplus (5.3). */
  private void surplus() {
    int number = count.stageNumber();
    Stage.Builder stage = count.stage().kind(Stage.Kind.SURPLUS);
    FixedDecimal allSurpluses = pendingSurplus();
    List<Integer> top = new ArrayList<>();
    @Nullable FixedDecimal max = null;
    for (int c : pending) {
      FixedDecimal v = ledger.total(c);
      int cmp = max == null ? 1 : v.compareTo(max);
      if (cmp > 0) {
        max = v;
        top.clear();
        top.add(c);
      } else if (cmp == 0) {
        top.add(c);
      }
    }
    int x = top.get(0);
    if (top.size() > 1) {
      Tie tie = count.breakTie(number, "order of surpluses", top, false);
      stage.addTies(tie);
      x = count.singledOut(tie, false);
    }
    pending.remove(Integer.valueOf(x));
    Candidate who = ledger.candidates.get(x);
    FixedDecimal s = ledger.total(x).minus(quota);
    List<StvParcel> all = ledger.holdings(x);
    // A surplus arising at the first stage takes all the candidate's papers; a later one the last batch
    // received (5.3.1-2).
    List<StvParcel> moving = new ArrayList<>();
    if (electedAt[x] == 1) {
      moving.addAll(all);
    } else {
      StvParcel last = all.get(0);
      for (StvParcel p : all) {
        if (p.stage > last.stage || (p.stage == last.stage && p.step > last.step)) {
          last = p;
        }
      }
      for (StvParcel p : all) {
        if (p.stage == last.stage && p.step == last.step) {
          moving.add(p);
        }
      }
    }
    StvLedger.Moved m = ledger.move(moving, v -> v, number, 0);
    long transferable = m.papers - m.ntPapers;
    @Nullable FixedDecimal tv = null;
    if (m.credited().compareTo(s) > 0) {
      // Worth more than the surplus: each transferable paper carries surplus / papers, truncated (5.3.7).
      tv = s.dividedBy(transferable, RoundingMode.DOWN);
      m.revalue(ledger.tree, tv);
    }
    ledger.credit(m);
    FixedDecimal difference = s.minus(m.credited());
    if (tv != null) {
      ledger.addLost(difference);
    } else {
      ledger.addExhausted(difference);
    }
    ledger.setTotal(x, quota);
    String how;
    if (tv != null) {
      // What each paper of the batch kept for the member, for a countback.
      FixedDecimal passed = tv;
      ledger.keepRest(x, moving, v -> passed);
      how = "at " + count.show(tv) + " a paper (" + transferable + " transferable papers)";
    } else {
      how = "at their present values (worth no more than the surplus)";
    }
    stage
        .addSubjects(who)
        .description(
            "Surplus of "
                + who
                + " ("
                + count.show(s)
                + ") transferred from "
                + (electedAt[x] == 1 ? "all their papers " : "the last batch received ")
                + how
                + "; non-transferable difference "
                + count.show(difference));
    if (tv != null) {
      stage.putValues("transfer value", tv.toFraction());
    }
    stage.putValues("surpluses not transferred before this stage", allSurpluses.toFraction());
  }

  /** Excludes candidates; their papers are pooled into batches by value, highest first (5.4). */
  private void startExclusion(List<Integer> out) {
    Stage.Builder stage = count.stage().kind(Stage.Kind.EXCLUSION);
    FixedDecimal deferred = pendingSurplus();
    Map<FixedDecimal, List<StvParcel>> byValue = new TreeMap<>(Comparator.reverseOrder());
    StringBuilder had = new StringBuilder();
    for (int x : out) {
      ledger.exclude(x);
      had.append(had.length() == 0 ? "" : ", ")
          .append(ledger.candidates.get(x))
          .append(" (")
          .append(count.show(ledger.total(x)))
          .append(")");
      for (StvParcel p : ledger.holdings(x)) {
        byValue.computeIfAbsent(p.value, v -> new ArrayList<>()).add(p);
      }
    }
    excluding = out;
    batches.clear();
    batches.addAll(byValue.entrySet());
    List<Candidate> who = ledger.names(out);
    stage.addAllSubjects(who).addAllExcluded(who);
    StringBuilder d = new StringBuilder(out.size() > 1 ? "Exclusion together of " : "Exclusion of ").append(had);
    if (!deferred.isZero()) {
      d.append("; surpluses of ").append(count.show(deferred)).append(" deferred (5.2.2)");
    }
    stage.description(d.toString());
  }

  /** Moves the next batch of the exclusion; whether more remain. */
  private boolean moveBatch() {
    var e = batches.get(batch);
    batch++;
    StvLedger.Moved m = ledger.move(e.getValue(), v -> v, count.stageNumber(), batch);
    ledger.credit(m);
    ledger.addExhausted(m.ntValue);
    ledger.release(e.getValue(), excluding);
    count
        .stage()
        .addNotes(
            "Batch "
                + batch
                + ": "
                + m.papers
                + " papers at "
                + count.show(e.getKey())
                + ", "
                + m.ntPapers
                + " non-transferable.");
    return batch < batches.size();
  }

  /** Whether the candidates' totals were equal at every earlier point of the count. */
  private boolean equalAtEveryPoint(List<Integer> tied) {
    TieResolver.History history = ledger.history();
    for (int p = 1; p <= history.stages(); p++) {
      for (int c : tied) {
        if (history.compare(p, c, tied.get(0)) != 0) {
          return false;
        }
      }
    }
    return true;
  }
}
