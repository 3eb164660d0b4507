package org.commonweal.governance.analysis;

import java.math.BigInteger;
import java.util.Arrays;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.internal.Checks;

/** See {@link PowerAlgorithm#dynamicProgramming()}. */
final class DynamicProgrammingPower implements PowerAlgorithm {
  static final DynamicProgrammingPower INSTANCE = new DynamicProgrammingPower();

  private DynamicProgrammingPower() {}

  @Override
  public String name() {
    return "dynamic-programming";
  }

  @Override
  public void checkLimits(ClassGame game) {
    GameRule.Weighted rule = weighted(game);
    if (game.members() > MAX_DP_MEMBERS) {
      throw new LimitExceededException(
          "members of a game for the dynamic programme", MAX_DP_MEMBERS, game.members(),
          "a game of few classes of identical members goes to the class-count method");
    }
    if (rule.quota() > MAX_DP_QUOTA) {
      throw new LimitExceededException("quota of a game for the dynamic programme", MAX_DP_QUOTA, rule.quota(), "");
    }
    long work = work(game);
    if (work > MAX_DP_WORK) {
      throw new LimitExceededException(
          "members squared times the quota, the work of the dynamic programme", MAX_DP_WORK, work, "");
    }
  }

  private static long work(ClassGame game) {
    long n = game.members();
    return n * n * ((GameRule.Weighted) game.rule()).quota();
  }

  /** Whether the game is one weighted rule within the limits. */
  static boolean applies(ClassGame game) {
    return game.rule() instanceof GameRule.Weighted w
        && game.members() <= MAX_DP_MEMBERS
        && w.quota() <= MAX_DP_QUOTA
        && work(game) <= MAX_DP_WORK;
  }

  /** A rough count of additions, for {@link AutomaticPower}. */
  static double cost(ClassGame game) {
    double n = game.members();
    return n * n * ((GameRule.Weighted) game.rule()).quota();
  }

  private static GameRule.Weighted weighted(ClassGame game) {
    if (game.rule() instanceof GameRule.Weighted w) {
      return w;
    }
    throw Checks.invalid(
        "rule", game.rule(), "the dynamic programme takes a game of one weighted rule, not %s", game.rule());
  }

  /** Up to this many members, every count is at most 2^62 and the table is of longs. */
  private static final int LONG_MEMBERS = 62;

  @Override
  public PowerIndices compute(ClassGame game) {
    checkLimits(game);
    GameRule.Weighted rule = weighted(game);
    if (game.members() > LONG_MEMBERS) {
      return computeBig(game, rule);
    }
    int q = (int) rule.quota();
    int n = game.members();
    int[] c = game.sizes();
    // f[k][x]: the coalitions of k members of total weight x, for x below the quota (the losing ones);
    // a member swings in a losing coalition of the others that it lifts to the quota.
    long[][] f = new long[n + 1][q];
    f[0][0] = 1;
    int added = 0;
    for (int j = 0; j < c.length; j++) {
      long w = rule.weights().get(j);
      for (int m = 0; m < c[j]; m++) {
        if (w < q) {
          int wi = (int) w;
          for (int k = added; k >= 0; k--) {
            long[] from = f[k];
            long[] to = f[k + 1];
            for (int x = q - 1 - wi; x >= 0; x--) {
              to[x + wi] += from[x];
            }
          }
        }
        added++;
      }
    }
    BigInteger[] fact = new BigInteger[n + 1];
    fact[0] = BigInteger.ONE;
    for (int x = 1; x <= n; x++) {
      fact[x] = fact[x - 1].multiply(BigInteger.valueOf(x));
    }
    BigInteger[] swings = new BigInteger[c.length];
    BigInteger[] shapley = new BigInteger[c.length];
    long[][] g = new long[n][q];
    for (int j = 0; j < c.length; j++) {
      long w = rule.weights().get(j);
      // g = f / (1 + y x^w): the coalitions of the others of one member of class j. Exact in integers.
      for (int k = 0; k < n; k++) {
        for (int x = 0; x < q; x++) {
          long v = f[k][x];
          if (k > 0 && x >= w) {
            v -= g[k - 1][x - (int) w];
          }
          g[k][x] = v;
        }
      }
      long from = Math.max(0, q - w);
      BigInteger total = BigInteger.ZERO;
      BigInteger ss = BigInteger.ZERO;
      for (int k = 0; k < n; k++) {
        long b = 0;
        for (long x = from; x < q; x++) {
          b += g[k][(int) x];
        }
        if (b != 0) {
          BigInteger bb = BigInteger.valueOf(b);
          total = total.add(bb);
          // Joining k others as the (k+1)th: k! orders before it, (n-1-k)! after.
          ss = ss.add(bb.multiply(fact[k]).multiply(fact[n - 1 - k]));
        }
      }
      swings[j] = total;
      shapley[j] = ss;
    }
    return Counting.indices(game, swings, shapley, name());
  }

  /** The same programme in {@link BigInteger}s, for more than {@value #LONG_MEMBERS} members. */
  private PowerIndices computeBig(ClassGame game, GameRule.Weighted rule) {
    int q = (int) rule.quota();
    int n = game.members();
    int[] c = game.sizes();
    BigInteger[][] f = new BigInteger[n + 1][q];
    for (BigInteger[] row : f) {
      Arrays.fill(row, BigInteger.ZERO);
    }
    f[0][0] = BigInteger.ONE;
    int added = 0;
    for (int j = 0; j < c.length; j++) {
      long w = rule.weights().get(j);
      for (int m = 0; m < c[j]; m++) {
        if (w < q) {
          int wi = (int) w;
          for (int k = added; k >= 0; k--) {
            BigInteger[] from = f[k];
            BigInteger[] to = f[k + 1];
            for (int x = q - 1 - wi; x >= 0; x--) {
              if (from[x].signum() != 0) {
                to[x + wi] = to[x + wi].add(from[x]);
              }
            }
          }
        }
        added++;
      }
    }
    BigInteger[] fact = new BigInteger[n + 1];
    fact[0] = BigInteger.ONE;
    for (int x = 1; x <= n; x++) {
      fact[x] = fact[x - 1].multiply(BigInteger.valueOf(x));
    }
    BigInteger[] swings = new BigInteger[c.length];
    BigInteger[] shapley = new BigInteger[c.length];
    BigInteger[][] g = new BigInteger[n][q];
    for (int j = 0; j < c.length; j++) {
      int w = (int) Math.min(rule.weights().get(j), q);
      for (int k = 0; k < n; k++) {
        for (int x = 0; x < q; x++) {
          BigInteger v = f[k][x];
          if (k > 0 && x >= w) {
            v = v.subtract(g[k - 1][x - w]);
          }
          g[k][x] = v;
        }
      }
      BigInteger total = BigInteger.ZERO;
      BigInteger ss = BigInteger.ZERO;
      for (int k = 0; k < n; k++) {
        BigInteger b = BigInteger.ZERO;
        for (int x = q - w; x < q; x++) {
          b = b.add(g[k][x]);
        }
        if (b.signum() != 0) {
          total = total.add(b);
          ss = ss.add(b.multiply(fact[k]).multiply(fact[n - 1 - k]));
        }
      }
      swings[j] = total;
      shapley[j] = ss;
    }
    return Counting.indices(game, swings, shapley, name());
  }
}
