package org.commonweal.governance.analysis;

import org.commonweal.governance.internal.Checks;

/**
 * A class of identical members in a voting game: members who hold the same votes in every part of the
 * rule (the same class of membership with one vote each, or the same holding), so that any one of them
 * has the power of any other. Counting over classes rather than members is what makes exact power
 * indices possible for co-operatives of thousands of members.
 *
 * <pre>{@code
 * MemberClass workers = MemberClass.of("workers", 60);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the class's name, not blank, as reports show it
 * @param size the number of members in the class, at least 1
 * @since 0.1.0
 */
public record MemberClass(String name, int size) {
  /**
   * Checks the class.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the name is blank or the size below 1
   */
  public MemberClass {
    Checks.notBlank("name", name);
    Checks.atLeast("size", size, 1);
  }

  /**
   * Returns a class of {@code size} identical members.
   *
   * @param name the class's name
   * @param size the number of members, at least 1
   * @return the class
   */
  public static MemberClass of(String name, int size) {
    return new MemberClass(name, size);
  }

  @Override
  public String toString() {
    return name + " x" + size;
  }
}
