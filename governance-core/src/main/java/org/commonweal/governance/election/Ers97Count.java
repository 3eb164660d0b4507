package org.commonweal.governance.election;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.StvLedger.Status;
import org.commonweal.governance.internal.FixedDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The count of the Electoral Reform Society's 1997 rules (How to conduct an election by the Single
 * Transferable Vote, 3rd edition, 1997; paragraph numbers are the manual's). See {@link
 * StvMethods#ers97()} for the rule in full.
 *
 * <p>Package-private; one instance per count, not thread-safe.
 */
final class Ers97Count {
  static final int SCALE = 2;

  private final Election election;
  private final StvLedger ledger;
  private final TieResolver ties;
  private final int seats;
  private final int n;
  private FixedDecimal quota;
  private boolean quotaFrozen;
  /** Totals at every point of the count (after stage 1, each surplus, each batch), for the look-back. */
  private final List<FixedDecimal[]> points = new ArrayList<>();
  /** The stage each point belongs to, and its batch within an exclusion (0 if none). */
  private final List<int[]> pointStages = new ArrayList<>();
  /** Elected candidates whose surplus has not been transferred, in order of election. */
  private final List<Integer> pending = new ArrayList<>();
  /** Stage at which each candidate was elected (0 if not). */
  private final int[] electedAt;
  private Stage.Builder stage;
  private final List<Integer> electedNow = new ArrayList<>();

  private Ers97Count(Election election, TieBreaker tieBreaker) {
    this.election = election;
    StvTree tree = StvTree.of(election.rankedProfile(), StvTree.EqualPreferences.END_OF_PAPER);
    this.ledger = new StvLedger(election, tree, SCALE);
    this.ties = new TieResolver(tieBreaker, election.candidates());
    this.seats = election.seats();
    this.n = election.candidates().size();
    this.electedAt = new int[n];
    this.quota = quotaOf(FixedDecimal.of(tree.valid, SCALE));
    this.stage = Stage.builder();
  }

  static Ers97Count run(Election election, TieBreaker tieBreaker) {
    Ers97Count count = new Ers97Count(election, tieBreaker);
    count.count();
    return count;
  }

  StvLedger ledger() {
    return ledger;
  }

  /** Quota = votes / (seats + 1) to two places; if not exact, truncated and 0.01 added (§5.1.6). */
  FixedDecimal quotaOf(FixedDecimal votes) {
    return votes.dividedBy(seats + 1L, RoundingMode.CEILING);
  }

  private FixedDecimal nonTransferable() {
    return ledger.exhausted.plus(ledger.lost);
  }

  private void count() {
    ledger.firstCount();
    stage = Stage.builder().kind(Stage.Kind.FIRST_COUNT);
    String first = "First preferences; quota " + StvLedger.show(quota, SCALE);
    point(1, 0);
    reduceQuota();
    electQualifiers();
    stage.description(first);
    while (true) {
      int unfilled = seats - ledger.elected.size();
      List<Integer> continuing = ledger.with(Status.HOPEFUL);
      if (unfilled <= 0) {
        finishStage();
        return;
      }
      if (continuing.size() <= unfilled) {
        electRemaining(continuing, "The continuing candidates are no more than the places left: they are elected (5.5.1).");
        finishStage();
        return;
      }
      FixedDecimal s = pendingSurplus();
      List<Integer> bulk = bulkSet(continuing, s, unfilled);
      boolean defer = s.isZero() || deferrable(continuing, s, bulk);
      if (!defer) {
        finishStage();
        surplusStage(s);
        continue;
      }
      // Exclusion: the bulk set if there is one, else the single lowest candidate.
      List<Integer> out = bulk;
      @Nullable Tie tie = null;
      if (out.isEmpty()) {
        int number = ledger.nextStage() + 1;
        List<Integer> low = lowest(continuing);
        int x = low.get(0);
        if (low.size() > 1) {
          tie = resolve(number, "exclusion", low, true);
          x = election.indexOf(TieResolver.singledOut(tie, true));
        }
        out = List.of(x);
      }
      if (continuing.size() - out.size() <= unfilled) {
        // 5.5.1: the exclusion would leave no more continuing candidates than places.
        List<Integer> rest = new ArrayList<>(continuing);
        rest.removeAll(out);
        if (tie != null) {
          stage.addTies(Tie.builder().from(tie).stage(ledger.nextStage()).build());
        }
        electRemaining(
            rest,
            "Excluding "
                + names(out)
                + " would leave no more continuing candidates than places: the others are elected without"
                + " further transfer (5.5.1).");
        finishStage();
        return;
      }
      finishStage();
      exclusionStage(out, tie, s);
      if (seats - ledger.elected.size() <= 0) {
        finishStage();
        return;
      }
    }
  }

  /** Records the stage under construction. */
  private void finishStage() {
    stage.addAllElected(ledger.names(electedNow));
    electedNow.clear();
    ledger.record(stage.quota(quota.toFraction()));
    stage = Stage.builder();
  }

  private void point(int stageNumber, int batch) {
    points.add(ledger.total.clone());
    pointStages.add(new int[] {stageNumber, batch});
  }

  /** Before anyone is elected, the quota follows the non-transferable papers (5.4.8). */
  private void reduceQuota() {
    if (quotaFrozen || nonTransferable().isZero()) {
      return;
    }
    FixedDecimal reduced = quotaOf(FixedDecimal.of(ledger.tree.valid, SCALE).minus(nonTransferable()));
    if (reduced.compareTo(quota) < 0) {
      stage.addNotes(
          "Quota reduced from "
              + StvLedger.show(quota, SCALE)
              + " to "
              + StvLedger.show(reduced, SCALE)
              + " for the non-transferable papers (5.4.8).");
      quota = reduced;
    }
  }

  private FixedDecimal pendingSurplus() {
    FixedDecimal s = FixedDecimal.zero(SCALE);
    for (int c : pending) {
      s = s.plus(ledger.total[c].minus(quota));
    }
    return s;
  }

  /**
   * Total active vote: the valid vote less the non-transferable vote and the elected candidates' votes
   * up to the quota, that is the continuing votes, the surpluses awaiting transfer, and the papers of
   * excluded candidates not yet transferred (6.20, 5.6.1).
   */
  private FixedDecimal tav() {
    FixedDecimal t = FixedDecimal.of(ledger.tree.valid, SCALE).minus(nonTransferable());
    for (int c : ledger.elected) {
      t = t.minus(ledger.total[c].min(quota));
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
      int unfilled = seats - ledger.elected.size();
      if (unfilled <= 0) {
        return;
      }
      List<Integer> continuing = ledger.with(Status.HOPEFUL);
      if (continuing.isEmpty()) {
        return;
      }
      continuing.sort(ledger.byTotalDescending());
      int top = continuing.get(0);
      FixedDecimal v = ledger.total[top];
      boolean qualifies =
          v.compareTo(quota) >= 0 || v.times(unfilled + 1L).compareTo(tav()) >= 0;
      if (!qualifies) {
        return;
      }
      List<Integer> tied = new ArrayList<>();
      for (int c : continuing) {
        if (ledger.total[c].equals(v)) {
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
      if (earliestDifference(tied) < 0) {
        stage.addNotes(
            names(tied)
                + " qualify equally for fewer places and were equal at every earlier point: none of them is"
                + " elected at this stage (5.6.2).");
        return;
      }
      Tie tie = resolve(ledger.nextStage(), "election to the last places", tied, false);
      stage.addTies(tie);
      elect(election.indexOf(TieResolver.singledOut(tie, false)));
    }
  }

  private void elect(int c) {
    ledger.status[c] = Status.ELECTED;
    ledger.elected.add(c);
    electedNow.add(c);
    electedAt[c] = ledger.nextStage();
    quotaFrozen = true;
    if (ledger.total[c].compareTo(quota) > 0) {
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
      stage.addNotes(note);
    }
  }

  /** The continuing candidates with the lowest vote. */
  private List<Integer> lowest(List<Integer> continuing) {
    @Nullable FixedDecimal min = null;
    List<Integer> low = new ArrayList<>();
    for (int c : continuing) {
      FixedDecimal v = ledger.total[c];
      int cmp = min == null ? -1 : v.compareTo(min);
      if (cmp < 0) {
        min = v;
        low.clear();
        low.add(c);
      } else if (cmp == 0) {
        low.add(c);
      }
    }
    return low;
  }

  /**
   * The largest set of at least two lowest candidates whose votes together with the surpluses not
   * transferred do not exceed the next candidate's vote, leaving enough continuing candidates to fill
   * the places (5.2.5); empty if there is none. A set never splits candidates with equal votes.
   */
  private List<Integer> bulkSet(List<Integer> continuing, FixedDecimal s, int unfilled) {
    List<Integer> up = new ArrayList<>(continuing);
    up.sort(
        Comparator.<Integer, FixedDecimal>comparing(c -> ledger.total[c]).thenComparing(Integer::compare));
    FixedDecimal sum = FixedDecimal.zero(SCALE);
    int best = 0;
    for (int k = 1; k <= up.size() - unfilled && k < up.size(); k++) {
      sum = sum.plus(ledger.total[up.get(k - 1)]);
      FixedDecimal next = ledger.total[up.get(k)];
      if (k >= 2 && ledger.total[up.get(k - 1)].compareTo(next) < 0 && sum.plus(s).compareTo(next) <= 0) {
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
    up.sort(Comparator.comparing(c -> ledger.total[c]));
    return up.size() >= 2 && s.compareTo(ledger.total[up.get(1)].minus(ledger.total[up.get(0)])) <= 0;
  }

  /** Transfers the largest surplus (5.3). */
  private void surplusStage(FixedDecimal allSurpluses) {
    int number = ledger.nextStage();
    stage.kind(Stage.Kind.SURPLUS);
    List<Integer> top = new ArrayList<>();
    @Nullable FixedDecimal max = null;
    for (int c : pending) {
      FixedDecimal v = ledger.total[c];
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
      Tie tie = resolve(number, "order of surpluses", top, false);
      stage.addTies(tie);
      x = election.indexOf(TieResolver.singledOut(tie, false));
    }
    pending.remove(Integer.valueOf(x));
    Candidate who = election.candidates().get(x);
    FixedDecimal s = ledger.total[x].minus(quota);
    List<StvParcel> all = ledger.holdings.get(x);
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
    FixedDecimal worth = FixedDecimal.zero(SCALE);
    for (FixedDecimal v : m.value) {
      worth = worth.plus(v);
    }
    @Nullable FixedDecimal tv = null;
    if (worth.compareTo(s) > 0) {
      // Worth more than the surplus: each transferable paper carries surplus / papers, truncated (5.3.7).
      tv = s.dividedBy(transferable, RoundingMode.DOWN);
      revalue(m, tv);
    }
    ledger.credit(m);
    FixedDecimal credited = FixedDecimal.zero(SCALE);
    for (FixedDecimal v : m.value) {
      credited = credited.plus(v);
    }
    FixedDecimal difference = s.minus(credited);
    if (tv != null) {
      ledger.lost = ledger.lost.plus(difference);
    } else {
      ledger.exhausted = ledger.exhausted.plus(difference);
    }
    ledger.total[x] = quota;
    // What each paper of the batch kept for the member, for a countback.
    if (tv != null) {
      List<StvParcel> kept = new ArrayList<>();
      for (StvParcel p : all) {
        if (moving.contains(p)) {
          StvParcel k = new StvParcel(p.value.minus(tv).max(FixedDecimal.zero(SCALE)), p.stage, p.step);
          for (int i = 0; i < p.count; i++) {
            k.add(p.nodes[i], ledger.tree.papers[p.nodes[i]]);
          }
          kept.add(k);
        } else {
          kept.add(p);
        }
      }
      all.clear();
      all.addAll(kept);
    }
    String how =
        tv != null
            ? "at " + StvLedger.show(tv, SCALE) + " a paper (" + transferable + " transferable papers)"
            : "at their present values (worth no more than the surplus)";
    stage
        .addSubjects(who)
        .description(
            "Surplus of "
                + who
                + " ("
                + StvLedger.show(s, SCALE)
                + ") transferred from "
                + (electedAt[x] == 1 ? "all their papers " : "the last batch received ")
                + how
                + "; non-transferable difference "
                + StvLedger.show(difference, SCALE));
    if (tv != null) {
      stage.putValues("transfer value", tv.toFraction());
    }
    stage.putValues("surpluses not transferred before this stage", allSurpluses.toFraction());
    point(number, 0);
    reduceQuota();
    electQualifiers();
  }

  /** Puts every paper a transfer moved at the transfer value. */
  private void revalue(StvLedger.Moved m, FixedDecimal tv) {
    for (int c = 0; c < n; c++) {
      List<StvParcel> got = m.received.get(c);
      FixedDecimal sum = FixedDecimal.zero(SCALE);
      for (int i = 0; i < got.size(); i++) {
        StvParcel p = got.get(i);
        StvParcel q = new StvParcel(tv, p.stage, p.step);
        for (int j = 0; j < p.count; j++) {
          q.add(p.nodes[j], ledger.tree.papers[p.nodes[j]]);
        }
        got.set(i, q);
        sum = sum.plus(q.total());
      }
      m.value[c] = sum;
    }
    m.ntValue = FixedDecimal.zero(SCALE);
  }

  /** Excludes candidates; their papers move in batches by value, highest first (5.4). */
  private void exclusionStage(List<Integer> out, @Nullable Tie tie, FixedDecimal deferred) {
    int number = ledger.nextStage();
    stage.kind(Stage.Kind.EXCLUSION);
    if (tie != null) {
      stage.addTies(tie);
    }
    Map<FixedDecimal, List<StvParcel>> batches = new TreeMap<>(Comparator.reverseOrder());
    StringBuilder had = new StringBuilder();
    for (int x : out) {
      ledger.status[x] = Status.EXCLUDED;
      ledger.excluded.add(x);
      had.append(had.length() == 0 ? "" : ", ")
          .append(election.candidates().get(x))
          .append(" (")
          .append(StvLedger.show(ledger.total[x], SCALE))
          .append(")");
      for (StvParcel p : ledger.holdings.get(x)) {
        batches.computeIfAbsent(p.value, v -> new ArrayList<>()).add(p);
      }
    }
    List<Candidate> who = ledger.names(out);
    stage.addAllSubjects(who).addAllExcluded(who);
    StringBuilder d =
        new StringBuilder(out.size() > 1 ? "Exclusion together of " : "Exclusion of ").append(had);
    if (!deferred.isZero()) {
      d.append("; surpluses of ").append(StvLedger.show(deferred, SCALE)).append(" deferred (5.2.2)");
    }
    int batch = 0;
    for (var e : batches.entrySet()) {
      batch++;
      StvLedger.Moved m = ledger.move(e.getValue(), v -> v, number, batch);
      ledger.credit(m);
      ledger.exhausted = ledger.exhausted.plus(m.ntValue);
      for (StvParcel p : e.getValue()) {
        for (int x : out) {
          if (ledger.holdings.get(x).remove(p)) {
            ledger.total[x] = ledger.total[x].minus(p.total());
          }
        }
      }
      stage.addNotes(
          "Batch "
              + batch
              + ": "
              + m.papers
              + " papers at "
              + StvLedger.show(e.getKey(), SCALE)
              + ", "
              + m.ntPapers
              + " non-transferable.");
      point(number, batch);
      reduceQuota();
      electQualifiers();
      if (seats - ledger.elected.size() <= 0) {
        if (batch < batches.size()) {
          stage.addNotes("All places are filled: the remaining batches are not transferred (5.5.2).");
        }
        break;
      }
    }
    stage.description(d.toString());
  }

  /** The earliest point at which the candidates' totals were not all equal, or -1. */
  private int earliestDifference(List<Integer> tied) {
    for (int p = 0; p < points.size(); p++) {
      FixedDecimal[] t = points.get(p);
      for (int c : tied) {
        if (!t[c].equals(t[tied.get(0)])) {
          return p;
        }
      }
    }
    return -1;
  }

  /**
   * Breaks a tie by the earliest point of the count at which the candidates differed (5.2.3, 5.2.5,
   * 5.6.2), then by lot; reports the deciding point by its stage (and batch).
   */
  private Tie resolve(int number, String purpose, List<Integer> tied, boolean lowest) {
    int[] ids = tied.stream().mapToInt(Integer::intValue).sorted().toArray();
    TieResolver.History history =
        new TieResolver.History() {
          @Override
          public int stages() {
            return points.size();
          }

          @Override
          public int compare(int point, int a, int b) {
            FixedDecimal[] t = points.get(point - 1);
            return t[a].compareTo(t[b]);
          }
        };
    Tie tie = ties.resolve(number, purpose, ids, history, TieResolver.Direction.EARLIEST, lowest);
    if (tie.decidingStage().isEmpty()) {
      return tie;
    }
    int[] where = pointStages.get(tie.decidingStage().getAsInt() - 1);
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
                + ", the earliest point where they differed, "
                + chosen
                + (lowest ? " had the fewest votes." : " had the most votes."))
        .build();
  }

  private String names(List<Integer> ids) {
    StringBuilder s = new StringBuilder();
    List<Integer> sorted = new ArrayList<>(ids);
    sorted.sort(Integer::compare);
    for (int i = 0; i < sorted.size(); i++) {
      s.append(i == 0 ? "" : i == sorted.size() - 1 ? " and " : ", ").append(election.candidates().get(sorted.get(i)));
    }
    return s.toString();
  }

  ElectionResult result() {
    CountReport report =
        CountReport.builder()
            .ballots(election.rankedProfile().account())
            .stages(ledger.stages)
            .decimals(SCALE)
            .build();
    return ElectionResult.builder()
        .method("ers97")
        .title(election.title())
        .seats(seats)
        .elected(ledger.names(ledger.elected))
        .quota(quota.toFraction())
        .report(report)
        .build();
  }
}
