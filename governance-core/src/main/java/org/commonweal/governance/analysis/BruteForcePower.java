package org.commonweal.governance.analysis;

import java.math.BigInteger;
import java.util.Arrays;
import org.commonweal.governance.base.LimitExceededException;

/** See {@link PowerAlgorithm#bruteForce()}. */
final class BruteForcePower implements PowerAlgorithm {
  static final BruteForcePower INSTANCE = new BruteForcePower();

  private BruteForcePower() {}

  @Override
  public String name() {
    return "brute-force";
  }

  @Override
  public void checkLimits(ClassGame game) {
    if (game.members() > MAX_BRUTE_FORCE_MEMBERS) {
      throw new LimitExceededException(
          "members of a game for brute force", MAX_BRUTE_FORCE_MEMBERS, game.members(),
          "use the class-count method or the dynamic programme");
    }
  }

  @Override
  public PowerIndices compute(ClassGame game) {
    checkLimits(game);
    int n = game.members();
    int[] c = game.sizes();
    int[] classOf = new int[n];
    int[] first = new int[c.length];
    for (int j = 0, p = 0; j < c.length; j++) {
      first[j] = p;
      for (int m = 0; m < c[j]; m++) {
        classOf[p++] = j;
      }
    }
    CompiledRule rule = CompiledRule.of(game.rule());
    boolean[] wins = new boolean[1 << n];
    int[] k = new int[c.length];
    for (int mask = 0; mask < wins.length; mask++) {
      Arrays.fill(k, 0);
      for (int p = 0; p < n; p++) {
        if ((mask & (1 << p)) != 0) {
          k[classOf[p]]++;
        }
      }
      wins[mask] = rule.wins(k);
    }
    long[] fact = new long[n + 1];
    fact[0] = 1;
    for (int x = 1; x <= n; x++) {
      fact[x] = fact[x - 1] * x;
    }
    long[] swings = new long[n];
    long[] shapley = new long[n];
    for (int mask = 1; mask < wins.length; mask++) {
      if (wins[mask]) {
        int s = Integer.bitCount(mask);
        for (int p = 0; p < n; p++) {
          int bit = 1 << p;
          if ((mask & bit) != 0 && !wins[mask ^ bit]) {
            swings[p]++;
            // Orders in which p joins the rest of the coalition as its last member: (s-1)! (n-s)!.
            shapley[p] += fact[s - 1] * fact[n - s];
          }
        }
      }
    }
    BigInteger[] classSwings = new BigInteger[c.length];
    BigInteger[] classShapley = new BigInteger[c.length];
    for (int j = 0; j < c.length; j++) {
      int p0 = first[j];
      for (int m = 1; m < c[j]; m++) {
        // Members of a class are interchangeable; a difference would be a bug in the game's evaluation.
        assert swings[p0 + m] == swings[p0] && shapley[p0 + m] == shapley[p0] : "class " + j + " not symmetric";
      }
      classSwings[j] = BigInteger.valueOf(swings[p0]);
      classShapley[j] = BigInteger.valueOf(shapley[p0]);
    }
    return Counting.indices(game, classSwings, classShapley, name());
  }
}
