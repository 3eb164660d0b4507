package org.commonweal.governance.election;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.StvLedger.Status;
import org.commonweal.governance.internal.FixedDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The count of Meek's method: every candidate has a keep value; each paper gives each candidate it
 * reaches the keep value's share of what is left of it, and passes the rest on; keep values of elected
 * candidates are lowered, iteration by iteration, until each keeps no more than the quota.
 *
 * <p>The papers are held as a tree of their distinct prefixes ({@link StvTree}). Since an excluded
 * candidate's keep value is 0 and a hopeful candidate's is 1, a paper's walk passes over the excluded
 * and stops at its first hopeful candidate: at each change of status the tree is folded into a small
 * tree of "patterns" (the elected candidates a paper passes, in order, then the hopeful one it stops
 * at, or its end), and each iteration is one pass over the patterns. Because every paper's walk is
 * rounded step by step in the same way, papers with the same pattern carry the same weight, and the
 * fold changes nothing in the arithmetic.
 *
 * <p>Package-private; one instance per count, not thread-safe.
 */
final class MeekCount {
  /** Iterations of one round after which the count treats the keep values as settled. */
  static final int MAX_ITERATIONS = 100_000;

  private final MeekStv rule;
  private final Election election;
  private final StvTree tree;
  private final StvLedger ledger;
  private final TieResolver ties;
  private final int seats;
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

  // The folded tree of patterns, in creation order (a parent before its children).
  private int size;
  private int[] pParent = new int[64];
  private int[] pCand = new int[64];
  private int[] pClass = new int[64];
  private boolean[] pStops = new boolean[64];
  private long[] pPapers = new long[64];
  private long[] pEnds = new long[64];
  private FixedDecimal[] pass = new FixedDecimal[64];
  private List<Integer> electedNow = new ArrayList<>();
  /** Ties and notes from choosing among more candidates at the quota than seats, for the next stage. */
  private final List<Tie> pendingTies = new ArrayList<>();

  private final List<String> pendingNotes = new ArrayList<>();

  private MeekCount(MeekStv rule, Election election, TieBreaker tieBreaker) {
    this.rule = rule;
    this.election = election;
    RankedProfile profile = election.rankedProfile();
    this.tree = StvTree.of(profile, StvTree.EqualPreferences.SHARE);
    int scale = rule.scale();
    this.ledger = new StvLedger(election, tree, scale);
    this.ties = new TieResolver(tieBreaker, election.candidates());
    this.seats = election.seats();
    this.n = election.candidates().size();
    this.one = FixedDecimal.of(1, scale);
    this.omega = FixedDecimal.of(Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(rule.omegaPlaces())), scale, RoundingMode.UP);
    this.unit = FixedDecimal.ofUnits(BigInteger.TEN.pow(scale - rule.decimals()), scale);
    this.keep = new FixedDecimal[n];
    this.excess = new FixedDecimal[n];
    for (int c = 0; c < n; c++) {
      keep[c] = ledger.status[c] == Status.HOPEFUL ? one : FixedDecimal.zero(scale);
      excess[c] = FixedDecimal.zero(scale);
    }
    this.classValue = new FixedDecimal[tree.classRoots.length];
    for (int k = 0; k < classValue.length; k++) {
      classValue[k] = ledger.classValue(k);
      long share = tree.classShares[k];
      if (share != 1) {
        Fraction exact = Fraction.of(tree.papers[tree.classRoots[k]]).dividedBy(share);
        ledger.shareLoss = ledger.shareLoss.plus(exact.minus(classValue[k].times(tree.papers[tree.classRoots[k]]).toFraction()));
      }
    }
    this.quota = FixedDecimal.zero(scale);
    this.surplus = FixedDecimal.zero(scale);
  }

  static MeekCount run(MeekStv rule, Election election, TieBreaker tieBreaker) {
    MeekCount count = new MeekCount(rule, election, tieBreaker);
    count.count();
    return count;
  }

  StvTree tree() {
    return tree;
  }

  /**
   * The papers a member holds at the end: for every prefix that reaches the member, the part of each
   * paper the member's keep value retains. One pass over the nodes reached through non-hopeful prefixes.
   */
  List<StvParcel> papersOf(int member) {
    int scale = rule.scale();
    List<StvParcel> out = new ArrayList<>();
    Map<FixedDecimal, StvParcel> byValue = new HashMap<>();
    List<Integer> stack = new ArrayList<>();
    List<FixedDecimal> weights = new ArrayList<>();
    for (int k = 0; k < tree.classRoots.length; k++) {
      int root = tree.classRoots[k];
      for (int c = tree.child[root]; c < tree.child[root + 1]; c++) {
        stack.add(c);
        weights.add(classValue[k]);
      }
    }
    while (!stack.isEmpty()) {
      int c = stack.remove(stack.size() - 1);
      FixedDecimal w = weights.remove(weights.size() - 1);
      int who = tree.cand[c];
      FixedDecimal kf = keep[who];
      if (who == member) {
        FixedDecimal kept = w.times(kf, rule.voteRounding());
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
      FixedDecimal rest = kf.isZero() ? w : w.times(one.minus(kf), rule.voteRounding());
      for (int d = tree.child[c]; d < tree.child[c + 1]; d++) {
        stack.add(d);
        weights.add(rest);
      }
    }
    if (out.isEmpty()) {
      out.add(new StvParcel(FixedDecimal.zero(scale), 1, 0));
    }
    return out;
  }

  private enum Outcome {
    ELECTED,
    CONVERGED,
    STABLE,
    BATCH
  }

  private void count() {
    fold();
    List<Integer> batch = new ArrayList<>();
    boolean firstStage = true;
    while (true) {
      int left = seats - ledger.elected.size();
      List<Integer> hopeful = ledger.with(Status.HOPEFUL);
      if (left <= 0 || hopeful.size() <= left) {
        break;
      }
      batch.clear();
      Outcome outcome = iterate(batch);
      Stage.Builder stage = Stage.builder();
      if (firstStage) {
        stage.kind(Stage.Kind.FIRST_COUNT).description("First preferences; quota " + show(quota));
        firstStage = false;
      }
      switch (outcome) {
        case ELECTED -> {
          if (!ledger.stages.isEmpty()) {
            stage
                .kind(Stage.Kind.ROUND)
                .description(
                    "Keep values iterated " + iterations + " time" + (iterations == 1 ? "" : "s") + "; quota " + show(quota));
          }
        }
        case BATCH ->
            excludeAll(
                stage, batch, "they cannot overtake the next candidate even with the surplus of " + show(surplus));
        case CONVERGED, STABLE -> {
          if (ledger.stages.isEmpty()) {
            // Nobody reached the quota on first preferences: record them before the first exclusion.
            record(stage, List.of());
            stage = Stage.builder();
          }
          excludeLowest(stage, outcome);
        }
      }
      stage.addAllTies(pendingTies).addAllNotes(pendingNotes);
      pendingTies.clear();
      pendingNotes.clear();
      record(stage, electedNow);
      electedNow = new ArrayList<>();
    }
    // Fill any vacancies left with the continuing candidates.
    int left = seats - ledger.elected.size();
    List<Integer> hopeful = ledger.with(Status.HOPEFUL);
    if (left > 0 && !hopeful.isEmpty() && hopeful.size() <= left) {
      boolean noStageYet = ledger.stages.isEmpty();
      if (noStageYet) {
        // Count the first preferences before ordering by them: candidates elected together are listed
        // higher total first. Every keep value is still 1, so electing them changes no total.
        distribute();
      }
      hopeful.sort(ledger.byTotalDescending());
      List<Integer> rest = new ArrayList<>();
      for (int c : hopeful) {
        ledger.status[c] = Status.ELECTED;
        ledger.elected.add(c);
        rest.add(c);
      }
      if (noStageYet) {
        record(
            Stage.builder()
                .kind(Stage.Kind.FIRST_COUNT)
                .description("First preferences; quota " + show(quota))
                .addNotes("The continuing candidates are no more than the vacancies: they are elected."),
            rest);
      } else {
        ledger.amendLast(
            s ->
                Stage.builder()
                    .from(s)
                    .addAllElected(ledger.names(rest))
                    .addNotes("The continuing candidates are no more than the vacancies left: they are elected.")
                    .build());
      }
    } else if (ledger.stages.isEmpty()) {
      distribute();
      record(Stage.builder().kind(Stage.Kind.FIRST_COUNT).description("First preferences; quota " + show(quota)), List.of());
    }
  }

  private void record(Stage.Builder stage, List<Integer> now) {
    stage.quota(quota.toFraction()).addAllElected(ledger.names(now));
    for (int c = 0; c < n; c++) {
      if (ledger.status[c] == Status.ELECTED) {
        stage.putValues("keep value of " + election.candidates().get(c), keep[c].toFraction());
      }
    }
    for (int c = 0; c < n; c++) {
      if (ledger.status[c] == Status.ELECTED && !now.contains(c)) {
        // How far the candidate was from the quota at the last iteration: the convergence achieved.
        stage.putValues("excess of " + election.candidates().get(c) + " over the quota", excess[c].toFraction());
      }
    }
    stage.putValues("total surplus", surplus.toFraction());
    ledger.record(stage);
  }

  /** Iterates the keep values until someone is elected, the surplus is small or stable, or a batch can go. */
  private Outcome iterate(List<Integer> batch) {
    @Nullable FixedDecimal last = null;
    iterations = 0;
    while (true) {
      iterations++;
      distribute();
      List<Integer> reached = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (ledger.status[c] == Status.HOPEFUL && ledger.total[c].compareTo(quota) >= 0) {
          reached.add(c);
        }
      }
      surplus = FixedDecimal.zero(rule.scale());
      if (!reached.isEmpty()) {
        reached.sort(ledger.byTotalDescending());
        int left = seats - ledger.elected.size();
        if (reached.size() > left) {
          reached = mostVotes(reached, left);
        }
        for (int c : reached) {
          ledger.status[c] = Status.ELECTED;
          ledger.elected.add(c);
        }
        electedNow.addAll(reached);
        computeSurplus();
        fold();
        return Outcome.ELECTED;
      }
      computeSurplus();
      if (surplus.compareTo(omega) < 0) {
        return Outcome.CONVERGED;
      }
      if ((last != null && surplus.compareTo(last) >= 0) || iterations >= MAX_ITERATIONS) {
        return Outcome.STABLE;
      }
      if (rule.batchExclusion()) {
        batch.addAll(sureLosers());
        if (!batch.isEmpty()) {
          return Outcome.BATCH;
        }
      }
      last = surplus;
      for (int c = 0; c < n; c++) {
        if (ledger.status[c] == Status.ELECTED) {
          FixedDecimal kq = keep[c].times(quota, RoundingMode.UP);
          keep[c] = kq.dividedBy(ledger.total[c], RoundingMode.UP);
        }
      }
    }
  }

  private void computeSurplus() {
    FixedDecimal s = FixedDecimal.zero(rule.scale());
    for (int c = 0; c < n; c++) {
      if (ledger.status[c] == Status.ELECTED) {
        excess[c] = ledger.total[c].minus(quota);
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
    List<Integer> sorted = ledger.with(Status.HOPEFUL);
    sorted.sort(
        (a, b) -> {
          int cmp = ledger.total[a].compareTo(ledger.total[b]);
          return cmp != 0 ? cmp : Integer.compare(a, b);
        });
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> group = new ArrayList<>();
    FixedDecimal start = FixedDecimal.zero(rule.scale());
    for (int c : sorted) {
      if (start.plus(surplus).compareTo(ledger.total[c]) >= 0) {
        group.add(c);
      } else {
        if (!group.isEmpty()) {
          groups.add(group);
        }
        group = new ArrayList<>();
        group.add(c);
        start = ledger.total[c];
      }
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    int maxDefeat = sorted.size() - (seats - ledger.elected.size());
    FixedDecimal sum = FixedDecimal.zero(rule.scale());
    int count = 0;
    int best = -1;
    for (int g = 0; g < groups.size() - 1; g++) {
      count += groups.get(g).size();
      if (count > maxDefeat) {
        break;
      }
      for (int c : groups.get(g)) {
        sum = sum.plus(ledger.total[c]);
      }
      if (sum.plus(surplus).compareTo(ledger.total[groups.get(g + 1).get(0)]) < 0) {
        best = g;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int g = 0; g <= best; g++) {
      out.addAll(groups.get(g));
    }
    out.sort(Integer::compare);
    return out;
  }

  private void excludeAll(Stage.Builder stage, List<Integer> batch, String why) {
    for (int c : batch) {
      ledger.status[c] = Status.EXCLUDED;
      ledger.excluded.add(c);
      keep[c] = FixedDecimal.zero(rule.scale());
    }
    List<Candidate> who = ledger.names(batch);
    stage
        .kind(Stage.Kind.EXCLUSION)
        .addAllSubjects(who)
        .addAllExcluded(who)
        .description("Exclusion of " + join(who) + ": " + why)
        .addNotes("Keep values iterated " + iterations + " time" + (iterations == 1 ? "" : "s") + ".");
    fold();
    distribute();
  }

  /**
   * The {@code left} candidates with the most votes among more who reached the quota together. Rounding
   * up (the New Zealand rule) can create enough value for more candidates to reach the quota than there
   * are seats left; the seats go to the highest, a tie at the last of them broken as an exclusion's
   * would be (the look-back, then the lot). The others stay hopeful and the count ends.
   */
  private List<Integer> mostVotes(List<Integer> reached, int left) {
    FixedDecimal boundary = ledger.total[reached.get(left - 1)];
    List<Integer> chosen = new ArrayList<>();
    List<Integer> level = new ArrayList<>();
    for (int c : reached) {
      int cmp = ledger.total[c].compareTo(boundary);
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
      int[] tied = level.stream().mapToInt(Integer::intValue).toArray();
      Tie tie = ties.resolve(ledger.nextStage(), "the last seat", tied, ledger.historyView(), rule.lookBack(), false);
      pendingTies.add(tie);
      int x = election.indexOf(TieResolver.singledOut(tie, false));
      chosen.add(x);
      level.remove(Integer.valueOf(x));
    }
    chosen.sort(ledger.byTotalDescending());
    pendingNotes.add(
        join(ledger.names(reached))
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

  private void excludeLowest(Stage.Builder stage, Outcome outcome) {
    List<Integer> low = ledger.lowest(Status.HOPEFUL);
    int x = low.get(0);
    if (low.size() > 1) {
      int[] tied = low.stream().mapToInt(Integer::intValue).sorted().toArray();
      Tie tie = ties.resolve(ledger.nextStage(), "exclusion", tied, ledger.historyView(), rule.lookBack(), true);
      stage.addTies(tie);
      x = election.indexOf(TieResolver.singledOut(tie, true));
    }
    String had = show(ledger.total[x]);
    excludeAll(
        stage,
        List.of(x),
        "the lowest vote ("
            + had
            + ") once the total surplus "
            + (outcome == Outcome.CONVERGED
                ? "fell below " + show(omega)
                : "stopped falling (" + show(surplus) + ")"));
  }

  private static String join(List<Candidate> who) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < who.size(); i++) {
      s.append(i == 0 ? "" : i == who.size() - 1 ? " and " : ", ").append(who.get(i));
    }
    return s.toString();
  }

  private String show(FixedDecimal v) {
    return StvLedger.show(v, rule.decimals());
  }

  /** Folds the tree into patterns for the current statuses. O(nodes reached through non-hopeful prefixes). */
  private void fold() {
    size = 0;
    Map<Long, Integer> child = new HashMap<>();
    int[] stack = new int[64];
    int[] stackPattern = new int[64];
    for (int k = 0; k < tree.classRoots.length; k++) {
      int root = tree.classRoots[k];
      int rootPattern = newPattern(-1, -1, k, false);
      pEnds[rootPattern] += tree.ends[root];
      pPapers[rootPattern] += tree.papers[root];
      int top = 0;
      for (int c = tree.child[root]; c < tree.child[root + 1]; c++) {
        if (top == stack.length) {
          stack = Arrays.copyOf(stack, top * 2);
          stackPattern = Arrays.copyOf(stackPattern, top * 2);
        }
        stack[top] = c;
        stackPattern[top++] = rootPattern;
      }
      while (top > 0) {
        int c = stack[--top];
        int p = stackPattern[top];
        int who = tree.cand[c];
        Status s = ledger.status[who];
        if (s == Status.HOPEFUL) {
          int q = childPattern(child, p, who, k, true);
          pPapers[q] += tree.papers[c];
          continue;
        }
        int q = p;
        if (s == Status.ELECTED) {
          q = childPattern(child, p, who, k, false);
          pPapers[q] += tree.papers[c];
        }
        pEnds[q] += tree.ends[c];
        for (int d = tree.child[c]; d < tree.child[c + 1]; d++) {
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
            stackPattern = Arrays.copyOf(stackPattern, top * 2);
          }
          stack[top] = d;
          stackPattern[top++] = q;
        }
      }
    }
  }

  private int childPattern(Map<Long, Integer> child, int parent, int who, int k, boolean stops) {
    long key = (long) parent * (n + 1) + who;
    Integer q = child.get(key);
    if (q == null) {
      q = newPattern(parent, who, k, stops);
      child.put(key, q);
    }
    return q;
  }

  private int newPattern(int parent, int who, int k, boolean stops) {
    if (size == pParent.length) {
      int c = size * 2;
      pParent = Arrays.copyOf(pParent, c);
      pCand = Arrays.copyOf(pCand, c);
      pClass = Arrays.copyOf(pClass, c);
      pStops = Arrays.copyOf(pStops, c);
      pPapers = Arrays.copyOf(pPapers, c);
      pEnds = Arrays.copyOf(pEnds, c);
      pass = Arrays.copyOf(pass, c);
    }
    pParent[size] = parent;
    pCand[size] = who;
    pClass[size] = k;
    pStops[size] = stops;
    pPapers[size] = 0;
    pEnds[size] = 0;
    return size++;
  }

  /** One distribution of every paper under the current keep values; sets totals, exhausted, loss and quota. */
  private void distribute() {
    int scale = rule.scale();
    FixedDecimal zero = FixedDecimal.zero(scale);
    FixedDecimal[] votes = new FixedDecimal[n];
    Arrays.fill(votes, zero);
    FixedDecimal exhausted = zero;
    FixedDecimal lost = zero;
    RoundingMode keepRounding = rule.voteRounding();
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
    System.arraycopy(votes, 0, ledger.total, 0, n);
    ledger.exhausted = exhausted;
    ledger.lost = lost;
    FixedDecimal base = zero;
    if (rule.quotaFromCandidateVotes()) {
      for (FixedDecimal v : votes) {
        base = base.plus(v);
      }
    } else {
      base = FixedDecimal.of(tree.valid, scale).minus(exhausted);
    }
    quota = base.dividedBy(seats + 1L, RoundingMode.DOWN).plus(unit);
  }

  ElectionResult result() {
    CountReport report =
        CountReport.builder()
            .ballots(election.rankedProfile().account())
            .stages(ledger.stages)
            .decimals(rule.decimals())
            .build();
    return ElectionResult.builder()
        .method(rule.name())
        .title(election.title())
        .seats(seats)
        .elected(ledger.names(ledger.elected))
        .quota(quota.toFraction())
        .report(report)
        .build();
  }
}
