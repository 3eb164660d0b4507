package org.commonweal.governance.board;

import com.google.common.base.Preconditions;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * A limit on the make-up of the board, as a fraction of its seats: "paid staff at most one third of
 * the board", "no class more than half", "a majority of the board must be residents". The group is the
 * directors of a stakeholder class (on the record date) or those with an attribute.
 *
 * <p>Rounding, stated once for every limit: the fraction is taken of the board's seats filled after
 * the election (the directors who vote); a maximum rounds down and a minimum rounds up, so that no
 * rounding lets a board break the words of the rule ("at most one third" of 10 seats is 3; "at least a
 * third" of 10 is 4); a majority is more than half (6 of 10, 6 of 11).
 *
 * <pre>{@code
 * CompositionLimit staff = CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(1, 3));
 * CompositionLimit residents = CompositionLimit.majority("residents", Group.attribute("resident"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the limit's name, as reports show it; not blank
 * @param group the directors it counts
 * @param bound whether the fraction is a maximum, a minimum, or the line a majority must pass
 * @param fraction the fraction of the board, between 0 and 1
 * @since 0.1.0
 */
public record CompositionLimit(String name, Group group, Bound bound, Fraction fraction) {

  /** What the fraction bounds. */
  public enum Bound {
    /** At most the fraction of the seats, rounded down. */
    AT_MOST,
    /** At least the fraction of the seats, rounded up. */
    AT_LEAST,
    /** More than the fraction of the seats (a majority, for one half). */
    MORE_THAN
  }

  /**
   * The directors a limit counts: those of a stakeholder class, or those with an attribute.
   *
   * @param stakeholderClass the class, or null for a group by attribute
   * @param attribute the attribute, or null for a group by class
   */
  public record Group(@Nullable ClassId stakeholderClass, @Nullable String attribute) {
    /**
     * Checks that exactly one of the two is given.
     *
     * @throws org.commonweal.governance.base.InvalidValueException if neither or both are given
     */
    public Group {
      Checks.check((stakeholderClass == null) != (attribute == null), "group", attribute, "a group is a class or an attribute, not both or neither");
    }

    /**
     * Returns the directors of a class.
     *
     * @param stakeholderClass the class
     * @return the group
     */
    public static Group ofClass(ClassId stakeholderClass) {
      return new Group(Preconditions.checkNotNull(stakeholderClass), null);
    }

    /**
     * Returns the directors with an attribute.
     *
     * @param attribute the attribute
     * @return the group
     */
    public static Group attribute(String attribute) {
      return new Group(null, Checks.notBlank("attribute", attribute));
    }

    /**
     * Returns whether a director belongs to the group.
     *
     * @param d the director
     * @return whether they belong
     */
    public boolean contains(Director d) {
      ClassId c = stakeholderClass;
      String a = attribute;
      return c != null ? d.classes().contains(c) : a != null && d.has(a);
    }

    /** Returns "class X" or "attribute Y". */
    @Override
    public String toString() {
      return stakeholderClass != null ? "class " + stakeholderClass : "attribute " + attribute;
    }
  }

  /**
   * Checks the limit.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the name is blank or the fraction
   *     is not between 0 and 1
   */
  public CompositionLimit {
    Checks.notBlank("name", name);
    Preconditions.checkNotNull(group, "group");
    Preconditions.checkNotNull(bound, "bound");
    Checks.check(
        !fraction.isLessThan(Fraction.ZERO) && !fraction.isGreaterThan(Fraction.ONE),
        "fraction",
        fraction,
        "fraction (%s) must be between 0 and 1",
        fraction);
  }

  /**
   * Returns a maximum.
   *
   * @param name the name
   * @param group the group
   * @param fraction the largest fraction of the board
   * @return the limit
   */
  public static CompositionLimit atMost(String name, Group group, Fraction fraction) {
    return new CompositionLimit(name, group, Bound.AT_MOST, fraction);
  }

  /**
   * Returns a minimum.
   *
   * @param name the name
   * @param group the group
   * @param fraction the smallest fraction of the board
   * @return the limit
   */
  public static CompositionLimit atLeast(String name, Group group, Fraction fraction) {
    return new CompositionLimit(name, group, Bound.AT_LEAST, fraction);
  }

  /**
   * Returns "a majority of the board must be ...".
   *
   * @param name the name
   * @param group the group
   * @return the limit
   */
  public static CompositionLimit majority(String name, Group group) {
    return new CompositionLimit(name, group, Bound.MORE_THAN, Fraction.ONE_HALF);
  }

  /**
   * Returns the fewest of the group a board of this size must hold.
   *
   * @param boardSize the seats filled
   * @return the minimum (0 for a maximum)
   */
  public int minSeats(int boardSize) {
    Fraction share = fraction.times(boardSize);
    return switch (bound) {
      case AT_MOST -> 0;
      case AT_LEAST -> share.ceiling().intValueExact();
      case MORE_THAN -> share.floor().intValueExact() + 1;
    };
  }

  /**
   * Returns the most of the group a board of this size may hold.
   *
   * @param boardSize the seats filled
   * @return the maximum ({@code boardSize} for a minimum)
   */
  public int maxSeats(int boardSize) {
    return bound == Bound.AT_MOST ? fraction.times(boardSize).floor().intValueExact() : boardSize;
  }

  /**
   * Returns whether a board of this size with this many of the group keeps the limit.
   *
   * @param inGroup the directors of the group
   * @param boardSize the seats filled
   * @return whether the limit holds
   */
  public boolean allows(int inGroup, int boardSize) {
    return inGroup >= minSeats(boardSize) && inGroup <= maxSeats(boardSize);
  }

  /** Returns the limit in words, for example {@code "staff: attribute staff at most 1/3 of the board"}. */
  @Override
  public String toString() {
    String b =
        switch (bound) {
          case AT_MOST -> "at most ";
          case AT_LEAST -> "at least ";
          case MORE_THAN -> "more than ";
        };
    return name + ": " + group + " " + b + fraction + " of the board";
  }
}
