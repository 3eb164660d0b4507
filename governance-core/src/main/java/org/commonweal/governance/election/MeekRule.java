package org.commonweal.governance.election;

import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.election.StvLedger.Status;
import org.commonweal.governance.internal.FixedDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of Meek's method (settings in {@link MeekStv}): every candidate has a keep value; each
 * paper gives each candidate it reaches the keep value's share of what is left of it, and passes the
 * rest on; keep values of elected candidates are lowered, iteration by iteration, until each keeps no
 * more than the quota. The rule's move is a run of iterations to the next decision point: someone
 * reaches the quota (elected; more than the seats left go to the most votes), or the total surplus is
 * small, stops falling or cannot save the lowest candidates, who are then excluded in the same stage.
 *
 * <p>The papers are held as a tree of their distinct prefixes ({@link StvTree}). Since an excluded
 * candidate's keep value is 0 and a hopeful candidate's is 1, a paper's walk passes over the excluded
 * and stops at its first hopeful candidate: at each change of status the tree is folded into a small
 * tree of "patterns" (the elected candidates a paper passes, in order, then the hopeful one it stops
 * at, or its end), and each iteration is one pass over the patterns. Because every paper's walk is
 * rounded step by step in the same way, papers with the same pattern carry the same weight, and the
 * fold changes nothing in the arithmetic.
 *
 * <p>Cost: a fold is one pass over the tree nodes reached through non-hopeful prefixes; an iteration
 * one pass over the patterns with d-digit arithmetic. Package-private; one instance per count, not
 * thread-safe.
 */
final class MeekRule extends StvRule {
  /** Iterations of one round after which the count treats the keep values as settled. */
  static final int MAX_ITERATIONS = 100_000;

  /** Where the last run of iterations stopped. */
  private enum IterationEnd {
    /** Candidates reached the quota. */
    ELECTED,
    /** The total surplus fell below omega. */
    CONVERGED,
    /** The total surplus stopped falling. */
    STABLE,
    /** Sure losers can be excluded together. */
    BATCH,
    /** The continuing candidates were no more than the seats from the start: no iteration. */
    AT_ONCE
  }

  private final MeekStv settings;
  private final StvTree tree;
  private final int n;
  private final FixedDecimal one;
  private final FixedDecimal omega;
  private final FixedDecimal unit;
  private final FixedDecimal[] keep;
  private final FixedDecimal[] excess;
  private final FixedDecimal[] classValue;
  private FixedDecimal quota;
  private FixedDecimal surplus;
  private int iterations;
  private IterationEnd ended = IterationEnd.CONVERGED;
  /** Whether the last step was an exclusion (the next move is a run of iterations). */
  private boolean excluded;
  /** Who reached the quota in the last run of iterations, to be elected at the decision point. */
  private List<Integer> reached = new ArrayList<>();
  /** Sure losers found by the last run of iterations. */
  private List<Integer> sureLosers = new ArrayList<>();
  /** Candidates elected in the stage being built. */
  private final List<Integer> electedNow = new ArrayList<>();

  // The folded tree of patterns, in creation order (a parent before its children).
  private int size;
  private int[] pParent = new int[64];
  private int[] pCand = new int[64];
  private int[] pClass = new int[64];
  private boolean[] pStops = new boolean[64];
  private long[] pPapers = new long[64];
  private long[] pEnds = new long[64];
  private FixedDecimal[] pass = new FixedDecimal[64];
  // The walk's stack of tree nodes and the pattern each continues.
  private int[] foldStack = new int[64];
  private int[] foldStackPattern = new int[64];
  // The child patterns of each pattern, by candidate: an open-addressing table keyed by
  // parent * (n + 1) + candidate, empty slots holding -1.
  private long[] childKeys = new long[256];
  private int[] childValues = new int[256];
  private int children;

  /** How a paper meets a candidate in the fold: stops (hopeful), leaves a share (elected), or passes. */
  private static final byte STOPS = 0;
  private static final byte KEEPS = 1;
  private static final byte PASSES = 2;

  MeekRule(MeekStv settings, StvCount count) {
    super(count);
    this.settings = settings;
    this.tree = ledger.tree;
    int scale = settings.scale();
    this.n = ledger.n;
    this.one = FixedDecimal.of(1, scale);
    // 10^-omegaPlaces and 10^-decimals, exact at this scale (both places are at most the scale).
    this.omega = FixedDecimal.unitOf(settings.omegaPlaces(), scale);
    this.unit = FixedDecimal.unitOf(settings.decimals(), scale);
    this.keep = new FixedDecimal[n];
    this.excess = new FixedDecimal[n];
    for (int c = 0; c < n; c++) {
      keep[c] = ledger.status(c) == Status.HOPEFUL ? one : FixedDecimal.zero(scale);
      excess[c] = FixedDecimal.zero(scale);
    }
    this.classValue = ledger.dealClasses();
    this.quota = FixedDecimal.zero(scale);
    this.surplus = FixedDecimal.zero(scale);
  }

  @Override
  String name() {
    return settings.name();
  }

  @Override
  int decimals() {
    return settings.decimals();
  }

  @Override
  TieResolver.Direction lookBack() {
    return settings.earliestLookBack() ? TieResolver.Direction.EARLIEST : TieResolver.Direction.MOST_RECENT;
  }

  @Override
  Fraction quota() {
    return quota.toFraction();
  }

  @Override
  String remainingNote() {
    return "The continuing candidates are no more than the vacancies left: they are elected.";
  }

  @Override
  boolean step(Move move) {
    Stage.Builder stage = count.stage();
    excluded = false;
    switch (move.kind()) {
      case FIRST_COUNT -> {
        fold();
        if (count.seatsLeft() <= 0 || count.continuing().size() <= count.seatsLeft()) {
          // Decided before any iteration: the first preferences order the candidates elected.
          distribute();
          ended = IterationEnd.AT_ONCE;
        } else {
          iterate();
        }
        stage.kind(Stage.Kind.FIRST_COUNT).description("First preferences; quota " + count.show(quota));
      }
      case ITERATION -> {
        iterate();
        if (ended == IterationEnd.ELECTED) {
          stage
              .kind(Stage.Kind.ROUND)
              .description("Keep values iterated " + times() + "; quota " + count.show(quota));
        }
      }
      case EXCLUSION -> {
        excluded = true;
        if (!move.subjects().isEmpty()) {
          exclude(move.subjects(), "doomed by the limits");
        } else if (ended == IterationEnd.BATCH) {
          exclude(sureLosers, "they cannot overtake the next candidate even with the surplus of " + count.show(surplus));
        } else {
          excludeLowest();
        }
      }
      default -> throw new AssertionError(move);
    }
    return false;
  }

  private String times() {
    return iterations + " time" + (iterations == 1 ? "" : "s");
  }

  /**
   * Elects whoever the iterations brought to the quota, highest first (the most votes if more than the
   * seats left), or, in a count decided from the start, every continuing candidate.
   */
  @Override
  void elect() {
    electedNow.clear();
    if (ended == IterationEnd.AT_ONCE) {
      List<Integer> rest = count.continuing();
      rest.sort(ledger.byTotalDescending());
      for (int c : rest) {
        count.elect(c);
        electedNow.add(c);
      }
      if (!rest.isEmpty()) {
        count.stage().addNotes("The continuing candidates are no more than the vacancies: they are elected.");
      }
      return;
    }
    if (excluded || ended != IterationEnd.ELECTED || reached.isEmpty()) {
      return;
    }
    List<Integer> now = reached;
    reached = new ArrayList<>();
    now.sort(ledger.byTotalDescending());
    int left = count.seatsLeft();
    if (now.size() > left) {
      now = mostVotes(now, left);
    }
    for (int c : now) {
      if (count.elect(c)) {
        electedNow.add(c);
      }
    }
    computeSurplus();
    fold();
  }

  /**
   * After an election, or an exclusion, another run of iterations in a new stage; after iterations
   * that elected nobody, an exclusion in the same stage (in a stage of its own after the first count).
   */
  @Override
  Move next() {
    if (excluded || ended == IterationEnd.ELECTED) {
      return Move.of(Move.Kind.ITERATION);
    }
    Move exclusion = Move.of(Move.Kind.EXCLUSION);
    return count.stageNumber() == 1 ? exclusion : exclusion.inSameStage();
  }

  /** The quota, the keep values and the convergence reached, for the stage record. */
  @Override
  void annotate(Stage.Builder stage) {
    stage.quota(quota.toFraction());
    for (int c = 0; c < n; c++) {
      if (ledger.status(c) == Status.ELECTED) {
        stage.putValues("keep value of " + ledger.candidates.get(c), keep[c].toFraction());
      }
    }
    for (int c = 0; c < n; c++) {
      if (ledger.status(c) == Status.ELECTED && !electedNow.contains(c)) {
        // How far the candidate was from the quota at the last iteration: the convergence achieved.
        stage.putValues("excess of " + ledger.candidates.get(c) + " over the quota", excess[c].toFraction());
      }
    }
    stage.putValues("total surplus", surplus.toFraction());
    electedNow.clear();
  }

  /** Iterates the keep values until someone reaches the quota, the surplus is small or stable, or a batch can go. */
  private void iterate() {
    @Nullable FixedDecimal last = null;
    iterations = 0;
    while (true) {
      iterations++;
      distribute();
      List<Integer> found = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (ledger.status(c) == Status.HOPEFUL && ledger.total(c).compareTo(quota) >= 0) {
          found.add(c);
        }
      }
      surplus = FixedDecimal.zero(settings.scale());
      if (!found.isEmpty()) {
        reached = found;
        ended = IterationEnd.ELECTED;
        return;
      }
      computeSurplus();
      if (surplus.compareTo(omega) < 0) {
        ended = IterationEnd.CONVERGED;
        return;
      }
      if ((last != null && surplus.compareTo(last) >= 0) || iterations >= MAX_ITERATIONS) {
        ended = IterationEnd.STABLE;
        return;
      }
      if (settings.batchExclusion()) {
        sureLosers = sureLosers();
        if (!sureLosers.isEmpty() && count.mayExcludeAll(sureLosers)) {
          ended = IterationEnd.BATCH;
          return;
        }
      }
      last = surplus;
      for (int c = 0; c < n; c++) {
        if (ledger.status(c) == Status.ELECTED) {
          FixedDecimal kq = keep[c].times(quota, RoundingMode.UP);
          keep[c] = kq.dividedBy(ledger.total(c), RoundingMode.UP);
        }
      }
    }
  }

  private void exclude(List<Integer> batch, String why) {
    for (int c : batch) {
      ledger.exclude(c);
      keep[c] = FixedDecimal.zero(settings.scale());
    }
    List<Candidate> who = ledger.names(batch);
    count
        .stage()
        .kind(Stage.Kind.EXCLUSION)
        .addAllSubjects(who)
        .addAllExcluded(who)
        .description("Exclusion of " + StvCount.join(who) + ": " + why)
        .addNotes("Keep values iterated " + times() + ".");
    fold();
    distribute();
  }

  private void excludeLowest() {
    List<Integer> low = count.lowestExcludable();
    int x = low.get(0);
    if (low.size() > 1) {
      Tie tie = count.breakTie(count.stageNumber(), "exclusion", low, true);
      count.stage().addTies(tie);
      x = count.singledOut(tie, true);
    }
    String had = count.show(ledger.total(x));
    exclude(
        List.of(x),
        "the lowest vote ("
            + had
            + ") once the total surplus "
            + (ended == IterationEnd.CONVERGED
                ? "fell below " + count.show(omega)
                : "stopped falling (" + count.show(surplus) + ")"));
  }

  /**
   * The papers a member holds at the end: for every prefix that reaches the member, the part of each
   * paper the member's keep value retains. One pass over the nodes reached through non-hopeful prefixes.
   */
  @Override
  List<StvParcel> papersOf(int member) {
    int scale = settings.scale();
    List<StvParcel> out = new ArrayList<>();
    Map<FixedDecimal, StvParcel> byValue = new HashMap<>();
    Deque<Integer> stack = new ArrayDeque<>();
    Deque<FixedDecimal> weights = new ArrayDeque<>();
    for (int k = 0; k < tree.classRoots.length; k++) {
      int root = tree.classRoots[k];
      for (int c = tree.child[root]; c < tree.child[root + 1]; c++) {
        stack.push(c);
        weights.push(classValue[k]);
      }
    }
    while (!stack.isEmpty()) {
      int c = stack.pop();
      FixedDecimal w = weights.pop();
      int who = tree.cand[c];
      FixedDecimal kf = keep[who];
      if (who == member) {
        FixedDecimal kept = w.times(kf, settings.voteRounding());
        if (kept.signum() > 0) {
          StvParcel p = byValue.get(kept);
          if (p == null) {
            p = new StvParcel(kept, 1, 0);
            byValue.put(kept, p);
            out.add(p);
          }
          p.add(c, tree.papers[c]);
        }
        continue;
      }
      if (kf.equals(one) || w.signum() == 0) {
        continue;
      }
      FixedDecimal rest = kf.isZero() ? w : w.times(one.minus(kf), settings.voteRounding());
      for (int d = tree.child[c]; d < tree.child[c + 1]; d++) {
        stack.push(d);
        weights.push(rest);
      }
    }
    if (out.isEmpty()) {
      out.add(new StvParcel(FixedDecimal.zero(scale), 1, 0));
    }
    return out;
  }

  private void computeSurplus() {
    FixedDecimal s = FixedDecimal.zero(settings.scale());
    for (int c = 0; c < n; c++) {
      if (ledger.status(c) == Status.ELECTED) {
        excess[c] = ledger.total(c).minus(quota);
        s = s.plus(excess[c]);
      }
    }
    surplus = s;
  }

  /**
   * The largest set of lowest hopeful candidates who together, with the whole surplus, cannot reach
   * the next candidate up, leaving enough to fill the seats; candidates within the surplus of each
   * other are not split.
   */
  private List<Integer> sureLosers() {
    // Run at every iteration of every count: kept to arrays of indices, not lists of boxed ones.
    int[] sorted = new int[n];
    int m = 0;
    for (int c = 0; c < n; c++) {
      if (ledger.status(c) == Status.HOPEFUL) {
        // Insertion by (total, index): there are at most a few hundred, and in practice a dozen.
        int at = m++;
        while (at > 0 && ledger.total(sorted[at - 1]).compareTo(ledger.total(c)) > 0) {
          sorted[at] = sorted[at - 1];
          at--;
        }
        sorted[at] = c;
      }
    }
    // Groups of candidates within the surplus of the lowest of the group: groupStart[g] is where group g
    // starts in sorted, groupStart[groups] the end.
    int[] groupStart = new int[m + 1];
    int groups = 0;
    FixedDecimal start = FixedDecimal.zero(settings.scale());
    for (int i = 0; i < m; i++) {
      FixedDecimal t = ledger.total(sorted[i]);
      if (start.plus(surplus).compareTo(t) >= 0) {
        if (i == 0) {
          groupStart[groups++] = 0; // the lowest group, counted from nothing
        }
      } else {
        groupStart[groups++] = i;
        start = t;
      }
    }
    groupStart[groups] = m;
    int maxDefeat = m - count.seatsLeft();
    FixedDecimal sum = FixedDecimal.zero(settings.scale());
    int best = -1;
    for (int g = 0; g < groups - 1; g++) {
      if (groupStart[g + 1] > maxDefeat) {
        break;
      }
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        sum = sum.plus(ledger.total(sorted[i]));
      }
      if (sum.plus(surplus).compareTo(ledger.total(sorted[groupStart[g + 1]])) < 0) {
        best = g;
      }
    }
    List<Integer> out = new ArrayList<>();
    if (best >= 0) {
      int end = groupStart[best + 1];
      Arrays.sort(sorted, 0, end);
      for (int i = 0; i < end; i++) {
        out.add(sorted[i]);
      }
    }
    return out;
  }

  /**
   * The {@code left} candidates with the most votes among more who reached the quota together. Rounding
   * up (the New Zealand rule) can create enough value for more candidates to reach the quota than there
   * are seats left; the seats go to the highest, a tie at the last of them broken as an exclusion's
   * would be (the look-back, then the lot). The others stay hopeful and the count ends.
   */
  private List<Integer> mostVotes(List<Integer> reached, int left) {
    FixedDecimal boundary = ledger.total(reached.get(left - 1));
    List<Integer> chosen = new ArrayList<>();
    List<Integer> level = new ArrayList<>();
    for (int c : reached) {
      int cmp = ledger.total(c).compareTo(boundary);
      if (cmp > 0) {
        chosen.add(c);
      } else if (cmp == 0) {
        level.add(c);
      }
    }
    level.sort(Integer::compare);
    while (chosen.size() < left) {
      if (level.size() == left - chosen.size()) {
        chosen.addAll(level);
        break;
      }
      Tie tie = count.breakTie(count.stageNumber(), "the last seat", level, false);
      count.stage().addTies(tie);
      int x = count.singledOut(tie, false);
      chosen.add(x);
      level.remove(Integer.valueOf(x));
    }
    chosen.sort(ledger.byTotalDescending());
    count
        .stage()
        .addNotes(
        StvCount.join(ledger.names(reached))
            + " reached the quota together with "
            + left
            + (left == 1 ? " seat" : " seats")
            + " left, the rounding having created value: "
            + (left == 1 ? "the one" : "the " + left)
            + " with the most votes "
            + (left == 1 ? "is" : "are")
            + " elected.");
    return chosen;
  }

  /**
   * Folds the tree into patterns for the current statuses. O(nodes reached through non-hopeful prefixes).
   *
   * <p>The loop is kept free of boxed maps and enum switches: it runs once per change of status in every
   * count, and in a short run (a batch of ward files) the time to compile it matters as much as the time
   * to run it.
   */
  private void fold() {
    size = 0;
    clearChildren();
    byte[] kind = new byte[n];
    for (int c = 0; c < n; c++) {
      Status s = ledger.status(c);
      kind[c] = s == Status.HOPEFUL ? STOPS : s == Status.ELECTED ? KEEPS : PASSES;
    }
    for (int k = 0; k < tree.classRoots.length; k++) {
      foldClass(k, kind);
    }
  }

  /** Folds the subtree of one class of papers: a depth-first walk that stops at hopeful candidates. */
  private void foldClass(int k, byte[] kind) {
    int root = tree.classRoots[k];
    int rootPattern = newPattern(-1, -1, k, false);
    pEnds[rootPattern] += tree.ends[root];
    pPapers[rootPattern] += tree.papers[root];
    int top = push(0, root, rootPattern);
    int[] stack = foldStack;
    int[] stackPattern = foldStackPattern;
    while (top > 0) {
      int c = stack[--top];
      int p = stackPattern[top];
      int who = tree.cand[c];
      byte w = kind[who];
      if (w == STOPS) {
        int q = childPattern(p, who, k, true);
        pPapers[q] += tree.papers[c];
        continue;
      }
      int q = p;
      if (w == KEEPS) {
        q = childPattern(p, who, k, false);
        pPapers[q] += tree.papers[c];
      }
      pEnds[q] += tree.ends[c];
      top = push(top, c, q);
      stack = foldStack;
      stackPattern = foldStackPattern;
    }
  }

  /**
   * Pushes the children of tree node {@code c} onto the walk's stack, each to continue pattern {@code
   * q}; the new top. A method of its own, so that the walk has one loop to compile.
   */
  private int push(int top, int c, int q) {
    int from = tree.child[c];
    int to = tree.child[c + 1];
    if (top + (to - from) > foldStack.length) {
      growFoldStack(top + (to - from));
    }
    int[] stack = foldStack;
    int[] stackPattern = foldStackPattern;
    for (int d = from; d < to; d++) {
      stack[top] = d;
      stackPattern[top++] = q;
    }
    return top;
  }

  private void growFoldStack(int atLeast) {
    int c = Math.max(atLeast, foldStack.length * 2);
    foldStack = Arrays.copyOf(foldStack, c);
    foldStackPattern = Arrays.copyOf(foldStackPattern, c);
  }

  private void clearChildren() {
    Arrays.fill(childKeys, -1L);
    children = 0;
  }

  private int childPattern(int parent, int who, int k, boolean stops) {
    long key = (long) parent * (n + 1) + who;
    int mask = childKeys.length - 1;
    int slot = (int) mix(key) & mask;
    while (true) {
      long at = childKeys[slot];
      if (at == key) {
        return childValues[slot];
      }
      if (at == -1L) {
        break;
      }
      slot = (slot + 1) & mask;
    }
    int q = newPattern(parent, who, k, stops);
    childKeys[slot] = key;
    childValues[slot] = q;
    if (++children * 2 > childKeys.length) {
      growChildren();
    }
    return q;
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  private void growChildren() {
    long[] keys = childKeys;
    int[] values = childValues;
    childKeys = new long[keys.length * 2];
    childValues = new int[keys.length * 2];
    Arrays.fill(childKeys, -1L);
    int mask = childKeys.length - 1;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != -1L) {
        int slot = (int) mix(keys[i]) & mask;
        while (childKeys[slot] != -1L) {
          slot = (slot + 1) & mask;
        }
        childKeys[slot] = keys[i];
        childValues[slot] = values[i];
      }
    }
  }

  private int newPattern(int parent, int who, int k, boolean stops) {
    if (size == pParent.length) {
      growPatterns();
    }
    pParent[size] = parent;
    pCand[size] = who;
    pClass[size] = k;
    pStops[size] = stops;
    pPapers[size] = 0;
    pEnds[size] = 0;
    return size++;
  }

  private void growPatterns() {
    int c = size * 2;
    pParent = Arrays.copyOf(pParent, c);
    pCand = Arrays.copyOf(pCand, c);
    pClass = Arrays.copyOf(pClass, c);
    pStops = Arrays.copyOf(pStops, c);
    pPapers = Arrays.copyOf(pPapers, c);
    pEnds = Arrays.copyOf(pEnds, c);
    pass = Arrays.copyOf(pass, c);
  }

  /** One distribution of every paper under the current keep values; sets totals, exhausted, loss and quota. */
  private void distribute() {
    int scale = settings.scale();
    FixedDecimal zero = FixedDecimal.zero(scale);
    FixedDecimal[] votes = new FixedDecimal[n];
    Arrays.fill(votes, zero);
    FixedDecimal exhausted = zero;
    FixedDecimal lost = zero;
    RoundingMode keepRounding = settings.voteRounding();
    for (int p = 0; p < size; p++) {
      FixedDecimal w = pParent[p] < 0 ? classValue[pClass[p]] : pass[pParent[p]];
      int who = pCand[p];
      if (who < 0) {
        pass[p] = w;
      } else if (pStops[p]) {
        votes[who] = votes[who].plus(w.times(pPapers[p]));
        pass[p] = zero;
        continue;
      } else {
        FixedDecimal kept = w.times(keep[who], keepRounding);
        FixedDecimal rest = w.times(one.minus(keep[who]), keepRounding);
        votes[who] = votes[who].plus(kept.times(pPapers[p]));
        lost = lost.plus(w.minus(kept).minus(rest).times(pPapers[p]));
        pass[p] = rest;
      }
      if (pEnds[p] != 0) {
        exhausted = exhausted.plus(pass[p].times(pEnds[p]));
      }
    }
    ledger.setAll(votes, exhausted, lost);
    FixedDecimal base = zero;
    if (settings.quotaFromCandidateVotes()) {
      for (FixedDecimal v : votes) {
        base = base.plus(v);
      }
    } else {
      base = FixedDecimal.of(tree.valid, scale).minus(exhausted);
    }
    quota = base.dividedBy(count.seats + 1L, RoundingMode.DOWN).plus(unit);
  }}
