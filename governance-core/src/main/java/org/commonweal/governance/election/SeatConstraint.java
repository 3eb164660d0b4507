package org.commonweal.governance.election;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import org.commonweal.governance.internal.Checks;

/**
 * A limit on how many seats a group of candidates may take: "at least two women", "at most one
 * member of staff", "exactly one of the Welsh candidates". Groups may overlap, and a candidate may
 * belong to several; {@link ConstrainedStv} applies every limit inside an STV count.
 *
 * <pre>{@code
 * SeatConstraint staff = SeatConstraint.atMost("staff", 1, List.of(ann, bob));
 * SeatConstraint women = SeatConstraint.atLeast("women", 2, List.of(ann, cat, dee));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the group's name, as reports show it; not blank
 * @param members the candidates of the group; not empty
 * @param min the fewest seats the group must take; not negative
 * @param max the most seats the group may take, at least {@code min}; {@link Integer#MAX_VALUE} for no
 *     maximum
 * @since 0.1.0
 */
public record SeatConstraint(String name, ImmutableSet<Candidate> members, int min, int max) {

  /** No maximum. */
  public static final int NO_MAXIMUM = Integer.MAX_VALUE;

  /**
   * Checks the limit.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the name is blank, the group is
   *     empty, {@code min} is negative or {@code max} is less than {@code min}
   */
  public SeatConstraint {
    Checks.notBlank("name", name);
    members = ImmutableSet.copyOf(members);
    Checks.check(!members.isEmpty(), "members", members, "the group \"%s\" must have at least one candidate", name);
    Checks.notNegative("min", min);
    Checks.check(max >= min, "max", max, "max (%s) must be at least min (%s)", max, min);
  }

  /**
   * Returns a limit with a minimum and a maximum.
   *
   * @param name the group's name
   * @param min the fewest seats
   * @param max the most seats
   * @param members the candidates of the group
   * @return the limit
   */
  public static SeatConstraint between(String name, int min, int max, Collection<Candidate> members) {
    return new SeatConstraint(name, ImmutableSet.copyOf(members), min, max);
  }

  /**
   * Returns a minimum.
   *
   * @param name the group's name
   * @param min the fewest seats
   * @param members the candidates of the group
   * @return the limit
   */
  public static SeatConstraint atLeast(String name, int min, Collection<Candidate> members) {
    return between(name, min, NO_MAXIMUM, members);
  }

  /**
   * Returns a maximum.
   *
   * @param name the group's name
   * @param max the most seats
   * @param members the candidates of the group
   * @return the limit
   */
  public static SeatConstraint atMost(String name, int max, Collection<Candidate> members) {
    return between(name, 0, max, members);
  }

  /**
   * Returns whether a number of seats taken by the group keeps this limit.
   *
   * @param seats the seats the group takes
   * @return whether {@code min <= seats <= max}
   */
  public boolean allows(int seats) {
    return seats >= min && seats <= max;
  }

  /**
   * Returns the limit in words: {@code "staff: at most 1"}, {@code "women: at least 2"}, {@code
   * "Welsh: exactly 1"} or {@code "parents: between 1 and 3"}.
   *
   * @return the limit in words
   */
  @Override
  public String toString() {
    String rule;
    if (max == NO_MAXIMUM) {
      rule = "at least " + min;
    } else if (min == 0) {
      rule = "at most " + max;
    } else if (min == max) {
      rule = "exactly " + min;
    } else {
      rule = "between " + min + " and " + max;
    }
    return name + ": " + rule;
  }
}
