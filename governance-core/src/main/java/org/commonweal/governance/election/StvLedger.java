package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.FixedDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The state of an STV count: each candidate's part in it, the parcels of papers they hold at what
 * value, their totals, the value exhausted and lost to rounding, the stages recorded, and the totals
 * of earlier points for the look-back of ties.
 *
 * <p>Only the ledger's own methods change it: the rules and the driver ({@link StvCount}) elect,
 * exclude, {@link #move} and {@link #credit} papers, set totals and {@link #record} stages through
 * them. A transfer visits only the tree nodes that hold the papers moved and the nodes of candidates
 * passed over.
 *
 * <p>Package-private, mutable, one per count; not thread-safe.
 */
final class StvLedger {
  /** A candidate's part in the count. */
  enum Status {
    HOPEFUL,
    ELECTED,
    EXCLUDED,
    WITHDRAWN
  }

  final Election election;
  final StvTree tree;
  final int scale;
  final int n;
  final ImmutableList<Candidate> candidates;
  private final Status[] status;
  private final List<List<StvParcel>> holdings;
  private final FixedDecimal[] total;
  /** Each candidate's total when last turned into a fraction for a stage, and that fraction. */
  private final @Nullable FixedDecimal[] recordedTotal;

  private final @Nullable Fraction[] recordedFraction;
  private FixedDecimal exhausted;
  private FixedDecimal lost;
  /** Loss that no fixed-point value can show: a paper shared among 3 orders is worth 1/3 each. */
  private Fraction shareLoss = Fraction.ZERO;
  /** Totals at each point of the look-back, and the stage and batch each point closed. */
  private final List<FixedDecimal[]> points = new ArrayList<>();

  private final List<int[]> pointStages = new ArrayList<>();
  private final List<Stage> stages = new ArrayList<>();
  /** Candidates in order of election. */
  private final List<Integer> elected = new ArrayList<>();

  StvLedger(Election election, StvTree tree, int scale) {
    this.election = election;
    this.tree = tree;
    this.scale = scale;
    this.candidates = election.candidates();
    this.n = candidates.size();
    this.status = new Status[n];
    this.holdings = new ArrayList<>(n);
    this.total = new FixedDecimal[n];
    this.recordedTotal = new FixedDecimal[n];
    this.recordedFraction = new Fraction[n];
    for (int c = 0; c < n; c++) {
      status[c] = election.withdrawn().contains(candidates.get(c)) ? Status.WITHDRAWN : Status.HOPEFUL;
      holdings.add(new ArrayList<>());
      total[c] = FixedDecimal.zero(scale);
    }
    this.exhausted = FixedDecimal.zero(scale);
    this.lost = FixedDecimal.zero(scale);
  }

  // ---- candidates

  Status status(int c) {
    return status[c];
  }

  boolean continuing(int c) {
    return status[c] == Status.HOPEFUL;
  }

  /** Leaves only the given candidates standing (a countback); the others count as withdrawn. */
  void standOnly(Set<Integer> standing) {
    for (int c = 0; c < n; c++) {
      status[c] = standing.contains(c) ? Status.HOPEFUL : Status.WITHDRAWN;
    }
  }

  /** Declares a candidate elected, after those elected before. */
  void elect(int c) {
    status[c] = Status.ELECTED;
    elected.add(c);
  }

  /** Excludes a candidate; their papers stay with them until moved. */
  void exclude(int c) {
    status[c] = Status.EXCLUDED;
  }

  /** Candidates in order of election. */
  List<Integer> elected() {
    return elected;
  }

  /** Candidates with the given status, in ballot-paper order. */
  List<Integer> with(Status s) {
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (status[c] == s) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The candidates of a status with the lowest total, in ballot-paper order: one, or several tied for
   * exclusion.
   */
  List<Integer> lowest(Status s) {
    List<Integer> low = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (status[c] != s) {
        continue;
      }
      int cmp = low.isEmpty() ? -1 : total[c].compareTo(total[low.get(0)]);
      if (cmp < 0) {
        low.clear();
        low.add(c);
      } else if (cmp == 0) {
        low.add(c);
      }
    }
    return low;
  }

  /** Orders candidates by total, highest first, then ballot-paper order. */
  Comparator<Integer> byTotalDescending() {
    return (a, b) -> {
      int cmp = total[b].compareTo(total[a]);
      return cmp != 0 ? cmp : Integer.compare(a, b);
    };
  }

  // ---- values

  FixedDecimal total(int c) {
    return total[c];
  }

  void setTotal(int c, FixedDecimal value) {
    total[c] = value;
  }

  /**
   * Sets every total, the exhausted value and the loss at once (Meek's distribution, which recomputes
   * them all). O(candidates).
   */
  void setAll(FixedDecimal[] totals, FixedDecimal exhaustedValue, FixedDecimal lostValue) {
    System.arraycopy(totals, 0, total, 0, n);
    exhausted = exhaustedValue;
    lost = lostValue;
  }

  FixedDecimal exhausted() {
    return exhausted;
  }

  FixedDecimal lost() {
    return lost;
  }

  void addExhausted(FixedDecimal v) {
    exhausted = exhausted.plus(v);
  }

  void addLost(FixedDecimal v) {
    lost = lost.plus(v);
  }

  /** The value of one paper of each class of the tree at the ledger's scale. */
  static FixedDecimal classValue(StvTree tree, int k, int scale) {
    long share = tree.classShares[k];
    return share == 1 ? FixedDecimal.of(1, scale) : FixedDecimal.of(1, scale).dividedBy(share, RoundingMode.DOWN);
  }

  /**
   * The value of one paper of each class, rounded down to the scale; records what rounding a shared
   * paper's value loses. Called once, when the papers are first dealt.
   */
  FixedDecimal[] dealClasses() {
    FixedDecimal[] values = new FixedDecimal[tree.classRoots.length];
    for (int k = 0; k < values.length; k++) {
      values[k] = classValue(tree, k, scale);
      long share = tree.classShares[k];
      if (share != 1) {
        long papers = tree.papers[tree.classRoots[k]];
        Fraction exact = Fraction.of(papers).dividedBy(share);
        shareLoss = shareLoss.plus(exact.minus(values[k].times(papers).toFraction()));
      }
    }
    return values;
  }

  /** Deals out the first preferences: each candidate receives one parcel per class. O(n + nodes at depth 1). */
  void firstCount() {
    FixedDecimal[] values = dealClasses();
    for (int k = 0; k < tree.classRoots.length; k++) {
      int root = tree.classRoots[k];
      FixedDecimal v = values[k];
      exhausted = exhausted.plus(v.times(tree.ends[root]));
      for (int c = tree.child[root]; c < tree.child[root + 1]; c++) {
        int who = tree.cand[c];
        StvParcel p = new StvParcel(v, 1, 0);
        p.add(c, tree.papers[c]);
        holdings.get(who).add(p);
        total[who] = total[who].plus(p.total());
      }
    }
  }

  // ---- papers

  /** The parcels a candidate holds, as a read-only view: they change only through the ledger. */
  List<StvParcel> holdings(int c) {
    return Collections.unmodifiableList(holdings.get(c));
  }

  /** The papers a transfer sent to one candidate, and those it found with no next preference. */
  static final class Moved {
    /** Parcels received, by candidate (empty lists for none). */
    final List<List<StvParcel>> received;
    /** Value received, by candidate. */
    final FixedDecimal[] value;
    /** Papers with no further continuing preference, and their value at the new value. */
    long ntPapers;

    FixedDecimal ntValue;
    /** Papers moved in all (transferable or not). */
    long papers;

    Moved(int n, int scale) {
      received = new ArrayList<>(n);
      value = new FixedDecimal[n];
      for (int c = 0; c < n; c++) {
        received.add(new ArrayList<>());
        value[c] = FixedDecimal.zero(scale);
      }
      ntValue = FixedDecimal.zero(scale);
    }

    /** The value received by all candidates. */
    FixedDecimal credited() {
      FixedDecimal sum = FixedDecimal.zero(ntValue.scale());
      for (FixedDecimal v : value) {
        sum = sum.plus(v);
      }
      return sum;
    }

    /** Puts every transferable paper moved at one value, and the papers with no next preference at none. */
    void revalue(StvTree tree, FixedDecimal tv) {
      for (int c = 0; c < value.length; c++) {
        List<StvParcel> got = received.get(c);
        FixedDecimal sum = FixedDecimal.zero(tv.scale());
        for (int i = 0; i < got.size(); i++) {
          StvParcel q = got.get(i).at(tv, tree);
          got.set(i, q);
          sum = sum.plus(q.total());
        }
        value[c] = sum;
      }
      ntValue = FixedDecimal.zero(tv.scale());
    }
  }

  /**
   * Moves the papers of some parcels to their next continuing preferences. Each parcel's papers move at
   * the value {@code newValue} gives for the parcel's value. The candidates' totals are not changed;
   * the caller credits the result with {@link #credit}.
   *
   * <p>O(nodes visited): the parcels' nodes, their children, and the subtrees of candidates passed over.
   */
  Moved move(List<StvParcel> parcels, UnaryOperator<FixedDecimal> newValue, int stage, int step) {
    Moved m = new Moved(n, scale);
    @Nullable StvParcel[] open = new StvParcel[n];
    for (StvParcel p : parcels) {
      FixedDecimal v = newValue.apply(p.value);
      Arrays.fill(open, null);
      long nt = moveParcel(p, v, open, m, stage, step);
      m.papers += p.papers;
      m.ntPapers += nt;
      m.ntValue = m.ntValue.plus(v.times(nt));
    }
    for (int c = 0; c < n; c++) {
      FixedDecimal sum = FixedDecimal.zero(scale);
      for (StvParcel q : m.received.get(c)) {
        sum = sum.plus(q.total());
      }
      m.value[c] = sum;
    }
    return m;
  }

  /** Where the walk of the tree keeps the nodes still to visit; grown as a deep reading needs. */
  private int[] stack = new int[16];

  /**
   * Moves one parcel's papers at the value v, each to the next hopeful candidate below it in the tree,
   * into the open parcels of the transfer; returns the papers that reach no hopeful candidate. Its own
   * method, apart from the loop over parcels, so that its loops are compiled on their own.
   */
  private long moveParcel(StvParcel p, FixedDecimal v, @Nullable StvParcel[] open, Moved m, int stage, int step) {
    long nt = 0;
    for (int i = 0; i < p.count; i++) {
      int node = p.nodes[i];
      nt += tree.ends[node];
      int top = push(node, 0);
      while (top > 0) {
        int c = stack[--top];
        int who = tree.cand[c];
        if (status[who] == Status.HOPEFUL) {
          StvParcel q = open[who];
          if (q == null) {
            q = parcelFor(m.received.get(who), v, stage, step);
            open[who] = q;
          }
          q.add(c, tree.papers[c]);
        } else {
          nt += tree.ends[c];
          top = push(c, top);
        }
      }
    }
    return nt;
  }

  /** Pushes the children of the node onto the stack above its top; returns the new top. */
  private int push(int node, int top) {
    int from = tree.child[node];
    int to = tree.child[node + 1];
    if (top + to - from > stack.length) {
      stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + to - from));
    }
    for (int c = from; c < to; c++) {
      stack[top++] = c;
    }
    return top;
  }

  /** The parcel at this value received in this transfer, or a new one. */
  private static StvParcel parcelFor(List<StvParcel> list, FixedDecimal v, int stage, int step) {
    for (StvParcel q : list) {
      if (q.value.equals(v)) {
        return q;
      }
    }
    StvParcel q = new StvParcel(v, stage, step);
    list.add(q);
    return q;
  }

  /** Hands the moved parcels to their candidates and adds to their totals. */
  void credit(Moved m) {
    for (int c = 0; c < n; c++) {
      List<StvParcel> got = m.received.get(c);
      if (!got.isEmpty()) {
        holdings.get(c).addAll(got);
        total[c] = total[c].plus(m.value[c]);
      }
    }
  }

  /**
   * Moves every paper a candidate holds to its next continuing preference at its present value (an
   * exclusion, or a countback's first count), credits it, sets the papers with none aside as
   * exhausted, and leaves the candidate with nothing.
   */
  Moved transferAll(int from, int stage) {
    List<StvParcel> parcels = holdings.get(from);
    Moved m = move(parcels, v -> v, stage, 0);
    credit(m);
    exhausted = exhausted.plus(m.ntValue);
    total[from] = FixedDecimal.zero(scale);
    parcels.clear();
    return m;
  }

  /**
   * What a member keeps of the papers whose surplus moved on: each moved parcel ({@code moved}, or all
   * the member's parcels if null) is kept at its value less the value {@code passedOn} gives for it
   * (never below zero); the others as they are. For a countback.
   */
  void keepRest(int member, @Nullable List<StvParcel> moved, UnaryOperator<FixedDecimal> passedOn) {
    List<StvParcel> all = holdings.get(member);
    FixedDecimal zero = FixedDecimal.zero(scale);
    for (int i = 0; i < all.size(); i++) {
      StvParcel p = all.get(i);
      if (moved == null || moved.contains(p)) {
        all.set(i, p.at(p.value.minus(passedOn.apply(p.value)).max(zero), tree));
      }
    }
  }

  /** Takes parcels away from the candidates holding them, and their value from their totals. */
  void release(List<StvParcel> parcels, List<Integer> from) {
    for (StvParcel p : parcels) {
      for (int x : from) {
        if (holdings.get(x).remove(p)) {
          total[x] = total[x].minus(p.total());
        }
      }
    }
  }

  /** Total value of a list of parcels. */
  FixedDecimal valueOf(List<StvParcel> parcels) {
    FixedDecimal sum = FixedDecimal.zero(scale);
    for (StvParcel p : parcels) {
      sum = sum.plus(p.total());
    }
    return sum;
  }

  // ---- stages and the look-back

  /**
   * Marks a point of the count for the look-back of ties: the totals now, as the end of a stage (and
   * batch). A point of the same stage and batch as the last replaces it.
   */
  void point(int stage, int batch) {
    int last = pointStages.size() - 1;
    if (last >= 0 && pointStages.get(last)[0] == stage && pointStages.get(last)[1] == batch) {
      points.set(last, total.clone());
    } else {
      points.add(total.clone());
      pointStages.add(new int[] {stage, batch});
    }
  }

  /** The stage and batch (0 for none) a look-back point closed; points are numbered from 1. */
  int[] pointStage(int point) {
    return pointStages.get(point - 1);
  }

  /** The look-back history for {@link TieResolver}: totals at each point marked. */
  TieResolver.History history() {
    return new TieResolver.History() {
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
  }

  /** The totals of the standing candidates, in ballot-paper order, as exact fractions. */
  ImmutableMap<Candidate, Fraction> totals() {
    ImmutableMap.Builder<Candidate, Fraction> b = ImmutableMap.builderWithExpectedSize(n);
    for (int c = 0; c < n; c++) {
      if (status[c] != Status.WITHDRAWN) {
        b.put(candidates.get(c), fraction(c));
      }
    }
    return b.buildOrThrow();
  }

  /**
   * A candidate's total as an exact fraction: the one given at the last stage where the total is
   * unchanged (most totals, in most stages), so that it is reduced once, and a report's reader can
   * tell at a glance it is the same.
   */
  private Fraction fraction(int c) {
    FixedDecimal t = total[c];
    Fraction f = recordedFraction[c];
    if (f == null || !t.equals(recordedTotal[c])) {
      f = t.toFraction();
      recordedTotal[c] = t;
      recordedFraction[c] = f;
    }
    return f;
  }

  /** Names of candidates by index. */
  ImmutableList<Candidate> names(List<Integer> indices) {
    ImmutableList.Builder<Candidate> b = ImmutableList.builder();
    for (int i : indices) {
      b.add(candidates.get(i));
    }
    return b.build();
  }

  /** Ends a stage: adds it to the report with the totals, exhausted and lost values now. */
  void record(Stage.Builder stage) {
    stages.add(
        stage
            .number(stages.size() + 1)
            .totals(totals())
            .exhausted(exhausted.toFraction())
            .lostToRounding(lost.toFraction().plus(shareLoss))
            .build());
  }

  /** The stages recorded. */
  List<Stage> stages() {
    return stages;
  }

  /** The number of the stage being built. */
  int nextStage() {
    return stages.size() + 1;
  }

  /** Formats a value with the rule's display places. */
  static String show(FixedDecimal v, int places) {
    // The text is BigDecimal's, rounded down: from the value's own digits where it has the places, or
    // through the exact fraction where it has fewer.
    return places <= v.scale() ? v.toPlainString(places) : v.toFraction().toDecimalString(places, RoundingMode.DOWN);
  }
}
