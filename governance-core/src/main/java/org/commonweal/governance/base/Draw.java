package org.commonweal.governance.base;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One drawing of lots between tied items, as recorded in a count report or a resolution outcome: which
 * items were tied, in what order they were presented, the order the lot put them in, and how the lot was
 * drawn. Anyone with the same {@link TieBreaker} and the same tied items can repeat it.
 *
 * <p>The {@linkplain #order() order} puts the item the lot favours first: the one that stays in, is
 * elected first, or wins. A rule that needs a loser (a candidate to exclude) takes the {@linkplain
 * #last() last}.
 *
 * <p>Two draws are equal when their numbers, tied items, orders and methods are. Immutable and
 * thread-safe where the items are.
 *
 * @param <T> the type of the tied items (candidates, options, members)
 * @since 0.1.0
 */
// Written by hand, like every type of this package, so that base depends on no other package of the
// library: it is the root of the package order.
public final class Draw<T> {
  private final int number;
  private final ImmutableList<T> tied;
  private final ImmutableList<T> order;
  private final String method;

  private Draw(int number, ImmutableList<T> tied, ImmutableList<T> order, String method) {
    this.number = number;
    this.tied = tied;
    this.order = order;
    this.method = method;
    check();
  }

  /**
   * Returns the number of this draw within its count or decision, from 1.
   *
   * @return the draw number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the tied items in the order they were presented to the lot.
   *
   * @return the tied items
   */
  public ImmutableList<T> tied() {
    return tied;
  }

  /**
   * Returns the tied items in the order the lot put them, the favoured first.
   *
   * @return the drawn order, a permutation of {@link #tied()}
   */
  public ImmutableList<T> order() {
    return order;
  }

  /**
   * Returns how the lot was drawn, for example {@code "seeded lot (seed 2026)"}.
   *
   * @return the method, in words
   */
  public String method() {
    return method;
  }

  /**
   * Returns the item the lot favours.
   *
   * @return the first of {@link #order()}
   */
  public T first() {
    return order().get(0);
  }

  /**
   * Returns the item the lot disfavours (for example the candidate to exclude).
   *
   * @return the last of {@link #order()}
   */
  public T last() {
    return order().get(order().size() - 1);
  }

  /**
   * Creates a record of a draw.
   *
   * @param number the draw number, from 1
   * @param tied the tied items, as presented: at least two, all different
   * @param order the drawn order, a permutation of {@code tied}
   * @param method how the lot was drawn, not blank
   * @param <T> the item type
   * @return the draw
   * @throws InvalidValueException if one of those conditions does not hold; the exception names the field
   */
  public static <T> Draw<T> of(int number, Iterable<T> tied, Iterable<T> order, String method) {
    return new Draw<>(
        number,
        ImmutableList.copyOf(Objects.requireNonNull(tied, "tied")),
        ImmutableList.copyOf(Objects.requireNonNull(order, "order")),
        Objects.requireNonNull(method, "method"));
  }

  private void check() {
    if (number() < 1) {
      throw new InvalidValueException("number", number(), "draw number " + number() + " must be at least 1");
    }
    if (tied().size() < 2) {
      throw new InvalidValueException("tied", tied(), "a draw needs at least two tied items, got " + tied());
    }
    if (ImmutableSet.copyOf(tied()).size() != tied().size()) {
      // A lot between an item and itself would weigh that item twice: a duplicate is a caller's mistake.
      throw new InvalidValueException("tied", tied(), "tied items " + tied() + " must all be different");
    }
    if (!ImmutableMultiset.copyOf(tied()).equals(ImmutableMultiset.copyOf(order()))) {
      throw new InvalidValueException(
          "order", order(), "drawn order " + order() + " must be a permutation of the tied items " + tied());
    }
    if (method().isBlank()) {
      throw new InvalidValueException("method", method(), "the method of draw " + number() + " must not be blank");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Draw<?> d
        && number == d.number
        && tied.equals(d.tied)
        && order.equals(d.order)
        && method.equals(d.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, tied, order, method);
  }

  /** Returns {@code Draw{number=1, tied=[...], order=[...], method=...}}. */
  @Override
  public String toString() {
    return "Draw{number=" + number + ", tied=" + tied + ", order=" + order + ", method=" + method + "}";
  }
}
