package org.commonweal.governance.analysis;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Searches over class-count vectors: the coalitions told apart when members of a type are counted
 * together. O(V) tests of a rule for V vectors (the product of each type's size plus one), which the
 * callers bound by {@link PowerAlgorithm#MAX_VECTORS}.
 */
final class Vectors {
  private Vectors() {}

  /**
   * Returns a vector with the most members (or the fewest, where {@code fewest}) that meets {@code test}, the
   * first found in lexicographic order among those of that size; null if none does.
   */
  static int @Nullable [] extreme(int[] sizes, boolean fewest, Predicate<int[]> test) {
    int[][] best = {null};
    int[] bestSize = {fewest ? Integer.MAX_VALUE : -1};
    visit(sizes, new int[sizes.length], 0, k -> {
      int n = 0;
      for (int x : k) {
        n += x;
      }
      if ((fewest ? n < bestSize[0] : n > bestSize[0]) && test.test(k)) {
        bestSize[0] = n;
        best[0] = k.clone();
      }
    });
    return best[0];
  }

  /** The number of vectors: the product of each size plus one, saturating at {@link Long#MAX_VALUE}. */
  static long count(int[] sizes) {
    long v = 1;
    for (int c : sizes) {
      if (v > Long.MAX_VALUE / (c + 1L)) {
        return Long.MAX_VALUE;
      }
      v *= c + 1L;
    }
    return v;
  }

  private interface Visitor {
    void accept(int[] k);
  }

  private static void visit(int[] sizes, int[] k, int depth, Visitor v) {
    if (depth == sizes.length) {
      v.accept(k);
      return;
    }
    for (int x = 0; x <= sizes[depth]; x++) {
      k[depth] = x;
      visit(sizes, k, depth + 1, v);
    }
    k[depth] = 0;
  }
}
