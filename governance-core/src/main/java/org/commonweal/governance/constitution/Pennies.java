package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonweal.governance.membership.MemberId;

/**
 * Divides a whole number of pennies among members in proportion to weights, by largest remainder
 * (Hamilton's method applied to money): exact, and the shares add up to the pool.
 */
final class Pennies {
  private Pennies() {}

  /**
   * Each member receives the floor of pool × weight / total; the pennies left over go one each to the
   * largest remainders, equal remainders in member order. Cost O(m log m).
   */
  static ImmutableMap<MemberId, Long> split(long pool, ImmutableSortedMap<MemberId, BigInteger> weights) {
    BigInteger total = weights.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    if (total.signum() == 0 || pool == 0) {
      ImmutableMap.Builder<MemberId, Long> zero = ImmutableMap.builder();
      weights.keySet().forEach(m -> zero.put(m, 0L));
      return zero.buildOrThrow();
    }
    BigInteger p = BigInteger.valueOf(pool);
    List<MemberId> members = new ArrayList<>(weights.keySet());
    List<BigInteger> w = new ArrayList<>(weights.values());
    int n = members.size();
    long[] floors = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = p.multiply(w.get(i)).divideAndRemainder(total);
      floors[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += floors[i];
    }
    // Stable sort of positions: equal remainders keep member order, which is the stated tie rule.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
    for (int k = 0; k < pool - given; k++) {
      floors[order.get(k)]++;
    }
    ImmutableMap.Builder<MemberId, Long> out = ImmutableMap.builder();
    for (int i = 0; i < n; i++) {
      out.put(members.get(i), floors[i]);
    }
    return out.buildOrThrow();
  }
}
