package org.commonweal.governance.base;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a tie is settled when a rule says "by lot": a fixed order, or a seeded lot whose every draw can be
 * repeated by anyone who knows the seed.
 *
 * <p>Rules decide ties by their own tests first (an earlier stage, a casting vote, the status quo); a
 * {@code TieBreaker} is consulted only where the rule text falls back to the lot. The library never draws
 * an unseeded lot: the caller supplies the tie-breaker, and the report of a count or the outcome of a
 * resolution records each {@link Draw}.
 *
 * <table>
 *   <caption>Factories</caption>
 *   <tr><th>factory</th><th>the lot favours</th></tr>
 *   <tr><td>{@link #givenOrder()}</td><td>the item presented first (a count presents tied candidates in
 *       the order of the ballot paper or file)</td></tr>
 *   <tr><td>{@link #fixedOrder(List)}</td><td>the item earliest in a list the caller gives, for example
 *       an order drawn by the returning officer before the count</td></tr>
 *   <tr><td>{@link #seeded(long)}</td><td>a pseudo-random order from the seed and the draw number</td></tr>
 * </table>
 *
 * <p>Implementations must be deterministic: the same draw number and tied items give the same order.
 * Two tie-breakers of the factories are equal when they draw alike: both in the order given, both the
 * same fixed order, or both seeded with the same seed. They are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class TieBreaker {
  TieBreaker() {}

  /**
   * Draws lots between tied items.
   *
   * @param number the number of this draw within the count or decision, from 1
   * @param tied the tied items, at least two and all different, in the order the rule presents them
   * @param <T> the item type
   * @return the draw, recording the order the lot put them in
   * @throws InvalidValueException if {@code number} is below 1, or there are fewer than two tied items,
   *     or an item is tied twice
   */
  public abstract <T> Draw<T> draw(int number, List<T> tied);

  /**
   * Describes the tie-breaker, for reports.
   *
   * @return for example {@code "seeded lot (seed 2026)"}
   */
  public abstract String description();

  @Override
  public String toString() {
    return description();
  }

  /**
   * Returns a tie-breaker that favours the item presented first.
   *
   * @return the tie-breaker
   */
  public static TieBreaker givenOrder() {
    return GivenOrder.INSTANCE;
  }

  /**
   * Returns a tie-breaker that favours the item earliest in {@code order}.
   *
   * @param order every item that may be tied, the favoured first; no duplicates
   * @return the tie-breaker
   * @throws InvalidValueException if {@code order} has a duplicate; a draw throws it if a tied item is
   *     not in {@code order}
   */
  public static TieBreaker fixedOrder(List<?> order) {
    return new FixedOrder(order);
  }

  /**
   * Returns a tie-breaker that draws a pseudo-random order from a seed.
   *
   * <p>Draw {@code n} shuffles the tied items, as presented, by a Fisher-Yates shuffle driven by a
   * SplitMix64 stream of its own (Steele, Lea and Flood, "Fast splittable pseudorandom number
   * generators", OOPSLA 2014). With {@code mix} the SplitMix64 output function and {@code GAMMA =
   * 0x9E3779B97F4A7C15}, the state starts at {@code mix(mix(seed) + n * GAMMA)}; then, for {@code i}
   * from {@code k - 1} down to 1 ({@code k} tied items), the state grows by {@code GAMMA} and the item at
   * {@code i} is swapped with the one at {@code j = mix(state) mod (i + 1)}, all arithmetic on unsigned
   * 64-bit words. Mixing the seed and the draw number gives every draw its own stream, so that the draws
   * of one count are not correlated. The same seed, draw number and tied items always give the same
   * order, on any machine. Each draw costs O(k).
   *
   * @param seed the seed, to be published with the result
   * @return the tie-breaker
   */
  public static TieBreaker seeded(long seed) {
    return new Seeded(seed);
  }

  private static final class GivenOrder extends TieBreaker {
    static final GivenOrder INSTANCE = new GivenOrder();

    @Override
    public <T> Draw<T> draw(int number, List<T> tied) {
      return Draw.of(number, tied, tied, description());
    }

    @Override
    public String description() {
      return "lot in the order given";
    }
  }

  private static final class FixedOrder extends TieBreaker {
    private final ImmutableMap<Object, Integer> position;
    /**
     * Built once: every draw records it, so that a count with many ties shares one copy of a long order
     * rather than a copy a draw.
     */
    private final String description;

    FixedOrder(List<?> order) {
      ImmutableMap.Builder<Object, Integer> b = ImmutableMap.builder();
      Set<Object> seen = new HashSet<>();
      for (int i = 0; i < order.size(); i++) {
        Object item = checkNotNull(order.get(i), "order[%s]", i);
        if (!seen.add(item)) {
          throw new InvalidValueException(
              "order", order, "fixed tie-break order " + order + " has a duplicate: " + item);
        }
        b.put(item, i);
      }
      this.position = b.buildOrThrow();
      this.description = "fixed order " + position.keySet();
    }

    @Override
    public <T> Draw<T> draw(int number, List<T> tied) {
      List<T> sorted = new ArrayList<>(tied);
      for (T t : tied) {
        if (!position.containsKey(t)) {
          throw new InvalidValueException(
              "tied", t, "tied item " + t + " is not in the fixed tie-break order " + position.keySet());
        }
      }
      sorted.sort((a, b) -> Integer.compare(positionOf(a), positionOf(b)));
      return Draw.of(number, tied, sorted, description());
    }

    private int positionOf(Object o) {
      Integer p = position.get(o);
      return p == null ? Integer.MAX_VALUE : p;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      // The order of the items is what matters: a map's equality alone would ignore it.
      return o instanceof FixedOrder f && position.keySet().asList().equals(f.position.keySet().asList());
    }

    @Override
    public int hashCode() {
      return position.keySet().asList().hashCode();
    }
  }

  private static final class Seeded extends TieBreaker {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private final long seed;

    Seeded(long seed) {
      this.seed = seed;
    }

    @Override
    public <T> Draw<T> draw(int number, List<T> tied) {
      List<T> order = new ArrayList<>(tied);
      // A start of seed + number * GOLDEN would make the stream of draw n the stream of draw n + 1 shifted
      // by one step, so that draws of one count would share numbers; mixing separates the streams.
      long state = mix(mix(seed) + number * GOLDEN);
      for (int i = order.size() - 1; i > 0; i--) {
        state += GOLDEN;
        int j = (int) Long.remainderUnsigned(mix(state), i + 1L);
        T tmp = order.get(i);
        order.set(i, order.get(j));
        order.set(j, tmp);
      }
      return Draw.of(number, tied, ImmutableList.copyOf(order), description());
    }

    /** The SplitMix64 output function (Steele, Lea and Flood, 2014). */
    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    @Override
    public String description() {
      return "seeded lot (seed " + seed + ")";
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Seeded other && seed == other.seed;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(seed);
    }
  }

}
