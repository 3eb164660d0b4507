package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.FixedDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The state of a count by transfer of papers (Scottish STV, WIGM, ERS97, a countback): who holds which
 * parcels at what value, each candidate's total, the value exhausted and lost to rounding, and the
 * totals after every stage for the look-back of ties.
 *
 * <p>A transfer ({@link #move}) takes parcels from one candidate and gives each paper to its next
 * continuing preference, visiting only the tree nodes that hold the papers moved and the nodes of
 * candidates passed over. Package-private, mutable, one per count; not thread-safe.
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
  final Status[] status;
  final List<List<StvParcel>> holdings;
  final FixedDecimal[] total;
  FixedDecimal exhausted;
  FixedDecimal lost;
  /** Loss that no fixed-point value can show: a paper shared among 3 orders is worth 1/3 each. */
  Fraction shareLoss = Fraction.ZERO;
  /** Totals after each stage; index 0 is stage 1. */
  final List<FixedDecimal[]> history = new ArrayList<>();
  final List<Stage> stages = new ArrayList<>();
  /** Candidates in order of election. */
  final List<Integer> elected = new ArrayList<>();
  /** Order in which candidates were excluded. */
  final List<Integer> excluded = new ArrayList<>();

  StvLedger(Election election, StvTree tree, int scale) {
    this.election = election;
    this.tree = tree;
    this.scale = scale;
    this.candidates = election.candidates();
    this.n = candidates.size();
    this.status = new Status[n];
    this.holdings = new ArrayList<>(n);
    this.total = new FixedDecimal[n];
    for (int c = 0; c < n; c++) {
      status[c] = election.withdrawn().contains(candidates.get(c)) ? Status.WITHDRAWN : Status.HOPEFUL;
      holdings.add(new ArrayList<>());
      total[c] = FixedDecimal.zero(scale);
    }
    this.exhausted = FixedDecimal.zero(scale);
    this.lost = FixedDecimal.zero(scale);
  }

  /** The value of one paper of each class of the tree, rounded down to the scale. */
  FixedDecimal classValue(int k) {
    long share = tree.classShares[k];
    return share == 1 ? FixedDecimal.of(1, scale) : FixedDecimal.of(1, scale).dividedBy(share, RoundingMode.DOWN);
  }

  /** Deals out the first preferences: each candidate receives one parcel per class. O(n + nodes at depth 1). */
  void firstCount() {
    for (int k = 0; k < tree.classRoots.length; k++) {
      int root = tree.classRoots[k];
      FixedDecimal v = classValue(k);
      long share = tree.classShares[k];
      if (share != 1) {
        Fraction exact = Fraction.of(tree.papers[root]).dividedBy(share);
        shareLoss = shareLoss.plus(exact.minus(v.times(tree.papers[root]).toFraction()));
      }
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

  boolean continuing(int c) {
    return status[c] == Status.HOPEFUL;
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
    int[] stack = new int[16];
    @Nullable StvParcel[] open = new StvParcel[n];
    for (StvParcel p : parcels) {
      FixedDecimal v = newValue.apply(p.value);
      Arrays.fill(open, null);
      long nt = 0;
      for (int i = 0; i < p.count; i++) {
        int node = p.nodes[i];
        nt += tree.ends[node];
        int top = 0;
        for (int c = tree.child[node]; c < tree.child[node + 1]; c++) {
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = c;
        }
        while (top > 0) {
          int c = stack[--top];
          int who = tree.cand[c];
          if (continuing(who)) {
            StvParcel q = open[who];
            if (q == null) {
              q = parcelFor(m.received.get(who), v, stage, step);
              open[who] = q;
            }
            q.add(c, tree.papers[c]);
          } else {
            nt += tree.ends[c];
            for (int d = tree.child[c]; d < tree.child[c + 1]; d++) {
              if (top == stack.length) {
                stack = Arrays.copyOf(stack, top * 2);
              }
              stack[top++] = d;
            }
          }
        }
      }
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

  /** The look-back history for {@link TieResolver}: totals at the end of each recorded stage. */
  TieResolver.History historyView() {
    return new TieResolver.History() {
      @Override
      public int stages() {
        return history.size();
      }

      @Override
      public int compare(int stage, int a, int b) {
        FixedDecimal[] t = history.get(stage - 1);
        return t[a].compareTo(t[b]);
      }
    };
  }

  /** The totals of the standing candidates, in ballot-paper order, as exact fractions. */
  ImmutableMap<Candidate, Fraction> totals() {
    ImmutableMap.Builder<Candidate, Fraction> b = ImmutableMap.builderWithExpectedSize(n);
    for (int c = 0; c < n; c++) {
      if (status[c] != Status.WITHDRAWN) {
        b.put(candidates.get(c), total[c].toFraction());
      }
    }
    return b.buildOrThrow();
  }

  /** Names of candidates by index. */
  ImmutableList<Candidate> names(List<Integer> indices) {
    ImmutableList.Builder<Candidate> b = ImmutableList.builder();
    for (int i : indices) {
      b.add(candidates.get(i));
    }
    return b.build();
  }

  /** Ends a stage: records the totals for the look-back and adds the stage to the report. */
  void record(Stage.Builder stage) {
    history.add(total.clone());
    stages.add(
        stage
            .number(stages.size() + 1)
            .totals(totals())
            .exhausted(exhausted.toFraction())
            .lostToRounding(lost.toFraction().plus(shareLoss))
            .build());
  }

  /** Replaces the last recorded stage, for elections found after it was recorded. */
  void amendLast(UnaryOperator<Stage> change) {
    Stage last = stages.remove(stages.size() - 1);
    stages.add(change.apply(last));
  }

  /** The number of the stage being built. */
  int nextStage() {
    return stages.size() + 1;
  }

  /** Total value of a list of parcels. */
  FixedDecimal valueOf(List<StvParcel> parcels) {
    FixedDecimal sum = FixedDecimal.zero(scale);
    for (StvParcel p : parcels) {
      sum = sum.plus(p.total());
    }
    return sum;
  }

  /** Formats a value with the rule's display places. */
  static String show(FixedDecimal v, int places) {
    return v.toBigDecimal().setScale(places, RoundingMode.DOWN).toPlainString();
  }

  /** A whole number of papers as text. */
  static String papers(long p) {
    return Long.toString(p);
  }
}
