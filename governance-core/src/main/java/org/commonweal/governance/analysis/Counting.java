package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import org.commonweal.governance.base.Fraction;
import org.jspecify.annotations.Nullable;

/**
 * The exact arithmetic the power methods share: binomial rows, products of runs of integers, and the
 * Shapley-Shubik sum {@code sum over s of A[s] (s-1)! (n-s)!} by binary splitting, which costs a few
 * multiplications of numbers the size of {@code n!} instead of one per coalition size.
 */
final class Counting {
  private Counting() {}

  /** Returns {@code C(n, 0) ... C(n, n)}. */
  static BigInteger[] binomialRow(int n) {
    BigInteger[] row = new BigInteger[n + 1];
    row[0] = BigInteger.ONE;
    for (int k = 0; k < n; k++) {
      row[k + 1] = row[k].multiply(BigInteger.valueOf(n - k)).divide(BigInteger.valueOf(k + 1));
    }
    return row;
  }

  /** Returns {@code from * (from + 1) * ... * to}, or 1 if {@code from > to}; balanced, for big runs. */
  static BigInteger product(long from, long to) {
    if (from > to) {
      return BigInteger.ONE;
    }
    if (to - from < 16) {
      BigInteger p = BigInteger.valueOf(from);
      for (long x = from + 1; x <= to; x++) {
        p = p.multiply(BigInteger.valueOf(x));
      }
      return p;
    }
    long mid = (from + to) >>> 1;
    return product(from, mid).multiply(product(mid + 1, to));
  }

  /** Returns {@code n!}. */
  static BigInteger factorial(int n) {
    return product(1, n);
  }

  /**
   * Returns {@code sum over s = 1..n of a[s] (s-1)! (n-s)!}, the numerator over {@code n!} of a member's
   * Shapley-Shubik index when {@code a[s]} counts the coalitions of size {@code s} in which it swings. Null
   * entries count as zero.
   */
  static BigInteger shapleyNumerator(@Nullable BigInteger[] a, int n) {
    int lo = 1;
    while (lo <= n && isZero(a[lo])) {
      lo++;
    }
    int hi = n;
    while (hi >= lo && isZero(a[hi])) {
      hi--;
    }
    if (lo > hi) {
      return BigInteger.ZERO;
    }
    // split gives the sum with (s-1)!/(lo-1)! and (n-s)!/(n-hi)!; the outer factors restore the rest.
    return split(a, n, lo, hi).multiply(factorial(lo - 1)).multiply(factorial(n - hi));
  }

  /** Returns {@code sum over s in [lo, hi] of a[s] (s-1)!/(lo-1)! (n-s)!/(n-hi)!}. */
  private static BigInteger split(@Nullable BigInteger[] a, int n, int lo, int hi) {
    if (lo == hi) {
      BigInteger v = a[lo];
      return v == null ? BigInteger.ZERO : v;
    }
    int mid = (lo + hi) >>> 1;
    BigInteger left = split(a, n, lo, mid);
    BigInteger right = split(a, n, mid + 1, hi);
    BigInteger sum = BigInteger.ZERO;
    if (left.signum() != 0) {
      sum = left.multiply(product(n - hi + 1, n - mid));
    }
    if (right.signum() != 0) {
      sum = sum.add(right.multiply(product(lo, mid)));
    }
    return sum;
  }

  private static boolean isZero(@Nullable BigInteger v) {
    return v == null || v.signum() == 0;
  }

  /**
   * Makes the indices of every class from a member's swings and Shapley-Shubik numerator (over {@code
   * n!}) in each class.
   */
  static PowerIndices indices(ClassGame game, BigInteger[] swings, BigInteger[] shapleyNumerators, String method) {
    int n = game.members();
    BigInteger total = BigInteger.ZERO;
    for (int j = 0; j < swings.length; j++) {
      total = total.add(swings[j].multiply(BigInteger.valueOf(game.classes().get(j).size())));
    }
    BigInteger half = BigInteger.ONE.shiftLeft(n - 1);
    BigInteger nFactorial = factorial(n);
    ImmutableList.Builder<ClassPower> each = ImmutableList.builder();
    for (int j = 0; j < swings.length; j++) {
      // The grand coalition wins and the empty one loses, so some member swings: total is positive.
      each.add(
          new ClassPower(
              game.classes().get(j),
              swings[j],
              Fraction.of(swings[j], total),
              Fraction.of(swings[j], half),
              Fraction.of(shapleyNumerators[j], nFactorial)));
    }
    return new PowerIndices(game, each.build(), method);
  }
}
