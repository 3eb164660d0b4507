package org.commonweal.governance.analysis;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.commonweal.governance.base.LimitExceededException;
import org.jspecify.annotations.Nullable;

/** See {@link PowerAlgorithm#classCount()}. */
final class ClassCountPower implements PowerAlgorithm {
  static final ClassCountPower INSTANCE = new ClassCountPower();

  private ClassCountPower() {}

  @Override
  public String name() {
    return "class-count";
  }

  @Override
  public void checkLimits(ClassGame game) {
    long vectors = game.vectors();
    if (vectors > MAX_VECTORS) {
      throw new LimitExceededException(
          "class-count vectors of the game (the product of each class size plus one)", MAX_VECTORS, vectors,
          "a game of one weighted rule of at most " + MAX_DP_MEMBERS + " members goes to the dynamic programme");
    }
    if (game.members() > MAX_CLASS_COUNT_MEMBERS) {
      throw new LimitExceededException(
          "members of the game for the class-count method", MAX_CLASS_COUNT_MEMBERS, game.members(), "");
    }
  }

  /** A rough count of rule tests, for {@link AutomaticPower} to compare with the dynamic programme. */
  static double cost(ClassGame game) {
    double cost = 0;
    int[] c = game.sizes();
    double vectors = game.vectors();
    for (int size : c) {
      cost += vectors / (size + 1) * (2 + 32 - Integer.numberOfLeadingZeros(size));
    }
    return cost * c.length;
  }

  @Override
  public PowerIndices compute(ClassGame game) {
    checkLimits(game);
    int[] c = game.sizes();
    int t = c.length;
    int n = game.members();
    BigInteger[][] rows = new BigInteger[t][];
    for (int j = 0; j < t; j++) {
      rows[j] = Counting.binomialRow(c[j]);
    }
    BigInteger[] swings = new BigInteger[t];
    BigInteger[] shapley = new BigInteger[t];
    for (int i = 0; i < t; i++) {
      Search s = new Search(CompiledRule.of(game.rule()), c, i, rows, Counting.binomialRow(c[i] - 1), n);
      s.enumerate(0, BigInteger.ONE, 0);
      BigInteger total = BigInteger.ZERO;
      for (BigInteger a : s.bySize) {
        if (a != null) {
          total = total.add(a);
        }
      }
      swings[i] = total;
      shapley[i] = Counting.shapleyNumerator(s.bySize, n);
    }
    return Counting.indices(game, swings, shapley, name());
  }

  /** The swings of a member of class {@code i}, by coalition size, over every profile of the others. */
  private static final class Search {
    final CompiledRule rule;
    final int[] c;
    final int i;
    final BigInteger[][] rows;
    final BigInteger[] own;
    final int[] k;
    final int[] order;
    final @Nullable BigInteger[] bySize;

    Search(CompiledRule rule, int[] c, int i, BigInteger[][] rows, BigInteger[] own, int n) {
      this.rule = rule;
      this.c = c;
      this.i = i;
      this.rows = rows;
      this.own = own;
      this.k = new int[c.length];
      // The other classes, smallest first: the largest is enumerated innermost (see enumerate).
      this.order =
          IntStream.range(0, c.length)
              .filter(j -> j != i)
              .boxed()
              .sorted(Comparator.comparingInt(j -> c[j]))
              .mapToInt(Integer::intValue)
              .toArray();
      this.bySize = new BigInteger[n + 1];
    }

    /**
     * Every profile of the other classes, taken in {@link #order} (smallest first), with the product of
     * their binomials so far. The largest class's binomial, the one big factor, is kept apart and multiplied
     * in last, once per profile, so that the other factors are multiplied while they are small.
     */
    void enumerate(int depth, BigInteger ways, int size) {
      if (depth == order.length) {
        visit(ways, BigInteger.ONE, size);
        return;
      }
      int j = order[depth];
      boolean last = depth == order.length - 1;
      for (int x = 0; x <= c[j]; x++) {
        k[j] = x;
        BigInteger b = rows[j][x];
        if (last) {
          visit(ways, b, size + x);
        } else {
          enumerate(depth + 1, b.equals(BigInteger.ONE) ? ways : ways.multiply(b), size + x);
        }
      }
      k[j] = 0;
    }

    /**
     * The others fixed: the least number {@code m} of class {@code i} that wins, if the coalition loses
     * without any; a member of class {@code i} swings exactly in the coalitions with {@code m} of them.
     */
    private void visit(BigInteger ways, BigInteger big, int size) {
      k[i] = c[i];
      if (!rule.wins(k)) {
        return;
      }
      k[i] = 0;
      if (rule.wins(k)) {
        return;
      }
      int lo = 1;
      int hi = c[i];
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        k[i] = mid;
        if (rule.wins(k)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      k[i] = 0;
      // The member itself is one of the m; the other m - 1 are any of its class's other c_i - 1.
      BigInteger count = ways.multiply(own[lo - 1]);
      if (!big.equals(BigInteger.ONE)) {
        count = count.multiply(big);
      }
      int s = size + lo;
      BigInteger before = bySize[s];
      bySize[s] = before == null ? count : before.add(count);
    }
  }
}
