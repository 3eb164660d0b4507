package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.commonweal.governance.base.LimitExceededException;

/**
 * The papers of an election as a tree of their distinct preference prefixes, the structure every STV
 * counter here works on.
 *
 * <p>Each node below a class root stands for one prefix "first choice A, then B, ..." and knows how many
 * papers start with it ({@link #papers}) and how many end exactly there ({@link #ends}). A candidate who
 * holds papers holds them as a list of nodes: "every paper in the subtree of node n, at value v". Moving
 * such a holding on to the next continuing preference visits the node's children, and descends further
 * only through candidates who are no longer continuing, so that a transfer costs one pass over the
 * distinct prefixes that hold the papers it moves, not a pass over every paper. Papers that share a
 * prefix, identical papers included, share the tree's nodes.
 *
 * <p>Nodes are numbered breadth-first and stored in parallel arrays; the children of node {@code n}
 * are the nodes {@code child[n] .. child[n + 1] - 1}, in candidate order. Node 0 is the root; its
 * children are class roots, one per initial paper value: papers with equal preferences, where a rule
 * shares them, stand for an equal share of every strict order of their tied candidates ({@code
 * 1/share} of a paper each), and all other papers for one paper each.
 *
 * <p>Building is a most-significant-digit radix sort of the readings, one level at a time: O(L + N)
 * for L preferences over N distinct readings, reading each level's preferences in one sequential pass.
 * Whole papers over at most 15 candidates (most elections) are built instead from readings packed one
 * to a long and sorted once, which gives the same tree in fewer, sequential passes.
 * The tree has at most L + 2 nodes and takes 24 bytes a node. Package-private; immutable once built
 * (the arrays must not be modified).
 */
final class StvTree {
  /** How a rank holding several candidates (an equal preference) is read. */
  enum EqualPreferences {
    /** The paper is shared equally among every strict order of the tied candidates. */
    SHARE,
    /** The paper ends before the rank ("void for uncertainty" from there on, as statutory rules say). */
    END_OF_PAPER
  }

  /** The most strict orders one paper's equal preferences may stand for (7!). */
  static final long MAX_SHARE = 5040;

  /** Number of candidates (withdrawn included); candidate indices run below it. */
  final int candidates;

  /** Number of nodes. */
  final int size;

  /** Candidate at each node; -1 for the root and the class roots. */
  final int[] cand;

  /** First child of each node; the children of {@code n} are {@code child[n] .. child[n + 1] - 1}. */
  final int[] child;

  /** Papers whose reading passes through each node (for class roots: papers of that class). */
  final long[] papers;

  /** Papers whose reading ends at each node (at a class root: papers exhausted from the start). */
  final long[] ends;

  /** The class roots, children of node 0, in increasing order of share. */
  final int[] classRoots;

  /** For each class root, the number of strict orders a paper there stands for (1 for most papers). */
  final long[] classShares;

  /** Papers read as valid. */
  final long valid;

  private StvTree(
      int candidates,
      int size,
      int[] cand,
      int[] child,
      long[] papers,
      long[] ends,
      int[] classRoots,
      long[] classShares,
      long valid) {
    this.candidates = candidates;
    this.size = size;
    this.cand = cand;
    this.child = child;
    this.papers = papers;
    this.ends = ends;
    this.classRoots = classRoots;
    this.classShares = classShares;
    this.valid = valid;
  }

  /** Whether every paper counts as one whole paper (no shared equal preferences). */
  boolean isWhole() {
    return classShares.length == 1 && classShares[0] == 1;
  }

  /**
   * Builds the tree of an election's ranked papers.
   *
   * @param profile the papers as read under the election's rules
   * @param equal how a rank with several candidates is read
   * @throws LimitExceededException if a paper's equal preferences stand for more than {@link #MAX_SHARE}
   *     strict orders
   */
  static StvTree of(RankedProfile profile, EqualPreferences equal) {
    if ((profile.packedKeys != null && profile.size > 0) || Packed.fits(profile)) {
      return Packed.build(profile);
    }
    return byRadixSort(profile, equal);
  }

  /** {@link #of} by the general builder, whatever the profile; the packed builder must agree with it. */
  static StvTree byRadixSort(RankedProfile profile, EqualPreferences equal) {
    Items items = new Items(profile.size);
    for (int i = 0; i < profile.size; i++) {
      int[] g = profile.groups(i);
      if (g == null) {
        items.add(profile.flat, profile.offset[i], profile.length(i), profile.weight[i], 1);
        continue;
      }
      int[] p = profile.prefs(i);
      if (equal == EqualPreferences.END_OF_PAPER) {
        items.add(p, beforeFirstEqualRank(g), profile.weight[i], 1);
      } else {
        long share = strictOrders(g);
        List<int[]> orders = new ArrayList<>();
        permute(g, 0, p.clone(), orders);
        for (int[] o : orders) {
          items.add(o, profile.weight[i], share);
        }
      }
    }
    return new Builder(profile.candidates, items).build(profile.valid);
  }

  /**
   * How many preferences of a paper come before its first rank holding several candidates, given the
   * ends of its ranks: where a statutory rule reads the paper as ending.
   */
  private static int beforeFirstEqualRank(int[] groupEnds) {
    int end = 0;
    for (int k = 0; k < groupEnds.length; k++) {
      int start = k == 0 ? 0 : groupEnds[k - 1];
      if (groupEnds[k] - start > 1) {
        break;
      }
      end = groupEnds[k];
    }
    return end;
  }

  /**
   * The number of strict orders a paper's ranks stand for (the product of the factorials of their
   * sizes), given the ends of its ranks.
   *
   * @throws LimitExceededException if it is more than {@link #MAX_SHARE}
   */
  private static long strictOrders(int[] groupEnds) {
    // The whole product first, so that the refusal states the paper's own number of orders (479,001,600
    // for twelve equal preferences), not the partial product at which it passed the limit; saturating,
    // since 21 equal preferences already stand for more orders than a long holds.
    long share = 1;
    for (int k = 0; k < groupEnds.length; k++) {
      int start = k == 0 ? 0 : groupEnds[k - 1];
      for (int m = 2; m <= groupEnds[k] - start; m++) {
        share = share > Long.MAX_VALUE / m ? Long.MAX_VALUE : share * m;
      }
    }
    if (share > MAX_SHARE) {
      throw new LimitExceededException(
          "strict orders of one paper's equal preferences",
          MAX_SHARE,
          share,
          "the paper ranks too many candidates equally to be shared among every order of them;"
              + " read such ranks as overvotes (BallotRules.equalPreferences false)");
    }
    return share;
  }

  /** The readings to put in the tree, flattened, with their papers and shares. */
  private static final class Items {
    /** Every reading's candidates, one after another. */
    int[] flat;

    int flatSize;
    int[] start;
    int[] length;
    long[] weights;
    long[] shares;
    int size;

    Items(int expected) {
      int cap = Math.max(expected, 4);
      flat = new int[cap * 4];
      start = new int[cap];
      length = new int[cap];
      weights = new long[cap];
      shares = new long[cap];
    }

    void add(int[] seq, long w, long share) {
      add(seq, seq.length, w, share);
    }

    void add(int[] seq, int len, long w, long share) {
      add(seq, 0, len, w, share);
    }

    void add(int[] source, int from, int len, long w, long share) {
      if (size == weights.length) {
        int c = size * 2;
        start = Arrays.copyOf(start, c);
        length = Arrays.copyOf(length, c);
        weights = Arrays.copyOf(weights, c);
        shares = Arrays.copyOf(shares, c);
      }
      if (flatSize + len > flat.length) {
        flat = Arrays.copyOf(flat, Math.max(flat.length * 2, flatSize + len));
      }
      System.arraycopy(source, from, flat, flatSize, len);
      start[size] = flatSize;
      length[size] = len;
      weights[size] = w;
      shares[size] = share;
      flatSize += len;
      size++;
    }
  }

  /** Every strict order of the groups of {@code p}: groups from {@code k} on are permuted in place. */
  private static void permute(int[] g, int k, int[] work, List<int[]> out) {
    if (k == g.length) {
      out.add(work.clone());
      return;
    }
    permuteRange(work, g[k], k == 0 ? 0 : g[k - 1], g, k, out);
  }

  private static void permuteRange(int[] work, int end, int at, int[] g, int k, List<int[]> out) {
    if (at >= end - 1) {
      permute(g, k + 1, work, out);
      return;
    }
    for (int i = at; i < end; i++) {
      swap(work, at, i);
      permuteRange(work, end, at + 1, g, k, out);
      swap(work, at, i);
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** Builds the arrays by a most-significant-digit radix sort of the readings, level by level. */
  private static final class Builder {
    private final int n;
    private final int[] flat;
    private final int[] start;
    private final int[] length;
    private final long[] weights;
    private final long[] shares;
    private final int items;
    private int[] cand;
    private int[] child;
    private long[] papers;
    private long[] ends;
    private int size;
    // The readings in sorted order (order), each reading's place in it (pos), and at each place the
    // reading's papers (weightAt) and its preference at the current depth (keyAt: candidate + 1, or 0
    // where the reading has ended). Keys are written in one sequential pass over the readings per level;
    // every other pass reads sequentially.
    private int[] order = new int[0];
    private int[] pos = new int[0];
    private long[] weightAt = new long[0];
    private int[] keyAt = new int[0];
    // The readings still as long as the current depth, and how many there are.
    private int[] alive = new int[0];
    private int aliveCount;
    // Counting sort: readings and papers per key, then each key's next place; zero between uses.
    private int[] count = new int[0];
    private long[] sums = new long[0];
    private int[] orderBuffer = new int[0];
    private long[] weightBuffer = new long[0];

    Builder(int n, Items all) {
      this.n = n;
      this.flat = all.flat;
      this.start = all.start;
      this.length = all.length;
      this.weights = all.weights;
      this.shares = all.shares;
      this.items = all.size;
      // Every node but the root and the class roots ends some prefix of some reading.
      int capacity = Math.max(16, all.flatSize + 2 + Math.min(items, 64));
      this.cand = new int[capacity];
      this.child = new int[capacity + 1];
      this.papers = new long[capacity];
      this.ends = new long[capacity];
    }

    private int newNode(int candidate) {
      if (size + 1 >= cand.length) {
        int c = cand.length * 2;
        cand = Arrays.copyOf(cand, c);
        child = Arrays.copyOf(child, c + 1);
        papers = Arrays.copyOf(papers, c);
        ends = Arrays.copyOf(ends, c);
      }
      cand[size] = candidate;
      return size++;
    }

    private boolean hasShare(long share) {
      for (int i = 0; i < items; i++) {
        if (shares[i] == share) {
          return true;
        }
      }
      return false;
    }

    StvTree build(long valid) {
      long[] classShares = classShares();
      int[] byClass = sortByClass(classShares);
      int root = newNode(-1);
      child[root] = 1;
      // The class roots are the first level; below them, each level holds the children of the one above.
      Level level = new Level(classShares.length);
      int[] classRoots = new int[classShares.length];
      long total = 0;
      for (int k = 0; k < classShares.length; k++) {
        classRoots[k] = newNode(-1);
        level.add(classRoots[k], byClass[k], byClass[k + 1]);
        long sum = 0;
        for (int i = byClass[k]; i < byClass[k + 1]; i++) {
          sum += weights[order[i]];
        }
        papers[classRoots[k]] = sum;
        total += sum;
      }
      papers[root] = total;
      startSorting();
      for (int depth = 0; level.size > 0; depth++) {
        readKeys(depth);
        Level next = new Level(Math.max(level.size, 16));
        for (int l = 0; l < level.size; l++) {
          branch(level.node[l], level.from[l], level.to[l], next);
        }
        level = next;
      }
      int[] first = Arrays.copyOf(child, size + 1);
      first[size] = size;
      return new StvTree(
          n,
          size,
          Arrays.copyOf(cand, size),
          first,
          Arrays.copyOf(papers, size),
          Arrays.copyOf(ends, size),
          classRoots,
          classShares,
          valid);
    }

    /**
     * The initial paper values present, as the number of strict orders a paper stands for, smallest
     * first: whole papers (share 1) come first, and are a class even when there are none, unless some
     * other class exists.
     */
    private long[] classShares() {
      TreeSet<Long> present = new TreeSet<>();
      present.add(1L);
      for (int i = 0; i < items; i++) {
        present.add(shares[i]);
      }
      if (present.size() > 1 && !hasShare(1)) {
        present.remove(1L);
      }
      long[] classShares = new long[present.size()];
      int k = 0;
      for (long share : present) {
        classShares[k++] = share;
      }
      return classShares;
    }

    /**
     * Orders the readings by class ({@link #order}) and returns where each class's readings start in
     * that order; the last entry is the number of readings.
     */
    private int[] sortByClass(long[] classShares) {
      int classes = classShares.length;
      int[] lo = new int[classes + 1];
      int[] itemClass = new int[items];
      for (int i = 0; i < items; i++) {
        itemClass[i] = classes == 1 ? 0 : Math.max(0, Arrays.binarySearch(classShares, shares[i]));
        lo[itemClass[i] + 1]++;
      }
      for (int k = 0; k < classes; k++) {
        lo[k + 1] += lo[k];
      }
      int[] fill = Arrays.copyOf(lo, classes);
      order = new int[items];
      for (int i = 0; i < items; i++) {
        order[fill[itemClass[i]]++] = i;
      }
      return lo;
    }

    /**
     * The nodes of one level of the tree, each with the range [from, to) of the sorted readings that
     * pass through it.
     */
    private static final class Level {
      int[] node;
      int[] from;
      int[] to;
      int size;

      Level(int capacity) {
        node = new int[capacity];
        from = new int[capacity];
        to = new int[capacity];
      }

      void add(int n, int f, int t) {
        if (size == node.length) {
          node = Arrays.copyOf(node, size * 2);
          from = Arrays.copyOf(from, size * 2);
          to = Arrays.copyOf(to, size * 2);
        }
        node[size] = n;
        from[size] = f;
        to[size] = t;
        size++;
      }
    }

    /** Sets up the sort's arrays once the readings are ordered by class. */
    private void startSorting() {
      pos = new int[items];
      weightAt = new long[items];
      for (int i = 0; i < items; i++) {
        pos[order[i]] = i;
        weightAt[i] = weights[order[i]];
      }
      keyAt = new int[Math.max(items, 1)];
      alive = new int[items];
      aliveCount = items;
      for (int i = 0; i < items; i++) {
        alive[i] = i;
      }
      count = new int[n + 2];
      sums = new long[n + 2];
      orderBuffer = new int[Math.max(items, 1)];
      weightBuffer = new long[Math.max(items, 1)];
    }

    /** Writes each reading's preference at this depth into its sorted place, dropping ended readings. */
    private void readKeys(int depth) {
      int[] alive = this.alive;
      int[] keyAt = this.keyAt;
      int[] pos = this.pos;
      int kept = 0;
      for (int a = 0; a < aliveCount; a++) {
        int item = alive[a];
        if (length[item] > depth) {
          keyAt[pos[item]] = flat[start[item] + depth] + 1;
          alive[kept++] = item;
        } else {
          keyAt[pos[item]] = 0;
        }
      }
      aliveCount = kept;
    }

    /**
     * Gives a node its children: the papers ending at it, and one child per next preference among the
     * readings [from, to), which are sorted by that preference so that each child's readings are
     * contiguous. The children join the next level.
     */
    private void branch(int node, int from, int to, Level next) {
      child[node] = size;
      if (to - from == 1) {
        // One reading: it ends here or goes on to one child; nothing to sort.
        int k = keyAt[from];
        if (k == 0) {
          ends[node] = weightAt[from];
        } else {
          int childNode = newNode(k - 1);
          papers[childNode] = weightAt[from];
          next.add(childNode, from, to);
        }
        return;
      }
      int[] keyAt = this.keyAt;
      int[] count = this.count;
      long[] sums = this.sums;
      for (int i = from; i < to; i++) {
        int k = keyAt[i];
        count[k]++;
        sums[k] += weightAt[i];
      }
      ends[node] = sums[0];
      // Counting sort of the range by key; the children's ranges follow in candidate order.
      int at = from;
      for (int k = 0; k <= n; k++) {
        int c = count[k];
        if (c == 0) {
          continue;
        }
        if (k > 0) {
          int childNode = newNode(k - 1);
          papers[childNode] = sums[k];
          next.add(childNode, at, at + c);
        }
        count[k] = at;
        at += c;
        sums[k] = 0;
      }
      for (int i = from; i < to; i++) {
        int t = count[keyAt[i]]++;
        orderBuffer[t] = order[i];
        weightBuffer[t] = weightAt[i];
      }
      for (int i = from; i < to; i++) {
        count[keyAt[i]] = 0;
      }
      System.arraycopy(orderBuffer, from, order, from, to - from);
      System.arraycopy(weightBuffer, from, weightAt, from, to - from);
      for (int i = from; i < to; i++) {
        pos[order[i]] = i;
      }
    }
  }

  /**
   * The builder for the common case: whole papers only (no equal preferences), at most 15 candidates
   * and readings of at most 16 preferences. Each reading is packed into one long, four bits a
   * preference (candidate + 1, most significant first, zero where the reading has ended), so that
   * numeric order (unsigned) is the order of the readings preference by preference, a reading before
   * its extensions. Sorted so, the nodes of one depth of the tree are the distinct prefixes of that
   * length in order, which is the breadth-first numbering of the general builder, children in
   * candidate order: two sequential passes over the sorted readings give the whole tree. The sort is a
   * least-significant-digit radix sort, one pass for each byte that is not the same in every reading:
   * O(N) for N readings, then O(L) for L preferences, with sequential memory access throughout.
   */
  private static final class Packed {
    private static final int MAX_CANDIDATES = 15;
    private static final int MAX_LENGTH = 16;
    private static final int DIGIT = 8;
    private static final int BUCKETS = 1 << DIGIT;

    private Packed() {}

    static boolean fits(RankedProfile profile) {
      if (profile.hasEqualPreferences() || profile.candidates > MAX_CANDIDATES || profile.size == 0) {
        return false;
      }
      for (int i = 0; i < profile.size; i++) {
        if (profile.length(i) > MAX_LENGTH) {
          return false;
        }
      }
      return true;
    }

    static StvTree build(RankedProfile profile) {
      // One loop to a method: a method with several hot loops is compiled whole for each loop it is
      // caught in, which is most of a short run's compiling (the Scottish files are counted in one).
      int items = profile.size;
      long[] keys;
      long[] weights;
      long[] given = profile.packedKeys;
      if (given != null) {
        // Copied: the sort and the merge below work in place, and the profile's keys are shared.
        keys = Arrays.copyOf(given, items);
        weights = Arrays.copyOf(profile.weight, items);
      } else {
        keys = new long[items];
        weights = new long[items];
        pack(profile, keys, weights);
      }
      long[][] sorted = sort(keys, weights);
      keys = sorted[0];
      weights = sorted[1];
      int distinct = merge(keys, weights);
      return tree(profile, keys, weights, distinct, total(weights, distinct));
    }

    /** The papers of the first {@code distinct} readings. */
    private static long total(long[] weights, int distinct) {
      long total = 0;
      for (int i = 0; i < distinct; i++) {
        total += weights[i];
      }
      return total;
    }

    /** Each reading as one key, four bits a preference, most significant first. */
    private static void pack(RankedProfile profile, long[] keys, long[] weights) {
      int[] flat = profile.flat;
      int[] offset = profile.offset;
      for (int i = 0; i < keys.length; i++) {
        long key = 0;
        int shift = 60;
        for (int j = offset[i]; j < offset[i + 1]; j++, shift -= 4) {
          key |= (long) (flat[j] + 1) << shift;
        }
        keys[i] = key;
        weights[i] = profile.weight[i];
      }
    }

    /** Sorts the readings, their papers alongside: stable, so equal readings stay together either way. */
    private static long[][] sort(long[] keys, long[] weights) {
      long[] keyBuffer = new long[keys.length];
      long[] weightBuffer = new long[keys.length];
      int[] count = new int[BUCKETS];
      for (int pass = 0; pass < Long.SIZE / DIGIT; pass++) {
        if (digitPass(pass * DIGIT, count, keys, weights, keyBuffer, weightBuffer)) {
          long[] k = keys;
          keys = keyBuffer;
          keyBuffer = k;
          long[] w = weights;
          weights = weightBuffer;
          weightBuffer = w;
        }
      }
      return new long[][] {keys, weights};
    }

    /**
     * One pass of the radix sort on the digit at the shift, from keys into the buffers; false (and
     * nothing moved) where every key has the same digit there, as the digits past the longest reading
     * do.
     */
    private static boolean digitPass(
        int shift, int[] count, long[] keys, long[] weights, long[] keyBuffer, long[] weightBuffer) {
      int items = keys.length;
      Arrays.fill(count, 0);
      for (int i = 0; i < items; i++) {
        count[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
      }
      if (count[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == items) {
        return false;
      }
      int at = 0;
      for (int b = 0; b < BUCKETS; b++) {
        int c = count[b];
        count[b] = at;
        at += c;
      }
      for (int i = 0; i < items; i++) {
        int t = count[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
        keyBuffer[t] = keys[i];
        weightBuffer[t] = weights[i];
      }
      return true;
    }

    /** Identical readings become one, their papers summed (as the general builder's nodes sum them). */
    private static int merge(long[] keys, long[] weights) {
      int distinct = 0;
      for (int i = 0; i < keys.length; i++) {
        if (distinct > 0 && keys[distinct - 1] == keys[i]) {
          weights[distinct - 1] += weights[i];
        } else {
          keys[distinct] = keys[i];
          weights[distinct] = weights[i];
          distinct++;
        }
      }
      return distinct;
    }

    /**
     * The tree of the first {@code distinct} readings, sorted and distinct, in two sequential passes.
     * Nodes are numbered breadth-first, and the nodes of one depth in the sorted order of their
     * prefixes, so that a node's children follow one another. A reading adds one node at each depth past
     * the prefix it shares with the reading before it: the first pass counts them, which says where each
     * depth's numbers start; the second walks the readings in order along the path of the current one
     * and numbers each new node with the next number of its depth. A shared prefix is the leading digits
     * two keys agree on: past a reading's end its digits are zeros, and no preference is, so a prefix
     * never reaches beyond the shorter reading.
     */
    private static StvTree tree(RankedProfile profile, long[] keys, long[] weights, int distinct, long total) {
      int[] next = new int[MAX_LENGTH + 2];
      int size = depths(keys, distinct, next);
      int[] cand = new int[size];
      int[] child = new int[size + 1];
      long[] papers = new long[size];
      long[] ends = new long[size];
      cand[0] = -1;
      cand[1] = -1;
      papers[0] = total;
      papers[1] = total;
      child[0] = 1;
      fill(keys, weights, distinct, next, cand, child, papers, ends);
      leaves(child, size);
      return new StvTree(profile.candidates, size, cand, child, papers, ends, new int[] {1}, new long[] {1}, profile.valid);
    }

    /**
     * Sets where the nodes with no children start them: where the next node does. 0 marks those not yet
     * set, as no node but the root has node 1 among its children.
     */
    private static void leaves(int[] child, int size) {
      child[size] = size;
      for (int n = size - 1; n >= 1; n--) {
        if (child[n] == 0) {
          child[n] = child[n + 1];
        }
      }
    }

    /**
     * Counts the nodes at each depth and turns {@code next[d]} into the number of the first node of depth
     * {@code d} (from 1; the root and the class root are 0 and 1); the number of nodes.
     */
    private static int depths(long[] keys, int distinct, int[] next) {
      long previous = 0;
      for (int i = 0; i < distinct; i++) {
        long key = keys[i];
        int shared = i == 0 ? 0 : Long.numberOfLeadingZeros(key ^ previous) / 4;
        for (int d = shared + 1, length = length(key); d <= length; d++) {
          next[d]++;
        }
        previous = key;
      }
      long nodes = 2;
      for (int d = 1; d < next.length; d++) {
        nodes += next[d];
      }
      if (nodes > MAX_NODES) {
        // The node arrays are indexed by int: more distinct prefixes than that cannot be held.
        throw new LimitExceededException("nodes of the tree of preference prefixes", MAX_NODES, nodes, "");
      }
      int id = 2;
      for (int d = 1; d < next.length; d++) {
        int c = next[d];
        next[d] = id;
        id += c;
      }
      return id;
    }

    /** The most nodes a tree's arrays can hold. */
    private static final int MAX_NODES = Integer.MAX_VALUE - 8;

    /** The second pass of {@link #tree}: each reading's new nodes, and its papers along its path. */
    private static void fill(
        long[] keys, long[] weights, int distinct, int[] next, int[] cand, int[] child, long[] papers, long[] ends) {
      int[] path = new int[MAX_LENGTH + 1];
      path[0] = 1;
      long previous = 0;
      for (int i = 0; i < distinct; i++) {
        long key = keys[i];
        long w = weights[i];
        int shared = i == 0 ? 0 : Long.numberOfLeadingZeros(key ^ previous) / 4;
        int length = length(key);
        for (int d = 1; d <= shared; d++) {
          papers[path[d]] += w;
        }
        for (int d = shared + 1; d <= length; d++) {
          int id = next[d]++;
          int parent = path[d - 1];
          if (child[parent] == 0) {
            child[parent] = id;
          }
          cand[id] = (int) (key >>> (Long.SIZE - 4 * d) & 0xF) - 1;
          papers[id] = w;
          path[d] = id;
        }
        ends[path[length]] += w;
        previous = key;
      }
    }

    /** The number of preferences in a packed reading: its nonzero digits, which come first. */
    private static int length(long key) {
      return key == 0 ? 0 : (Long.SIZE - Long.numberOfTrailingZeros(key) + 3) / 4;
    }
  }
}
