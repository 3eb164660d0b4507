package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Assertions on caller errors, for tests of every package: two ways of building one value (a factory and
 * a record's constructor, a builder and an {@code of}) must refuse the same bad input alike, so that
 * neither is a way around the other's checks.
 *
 * <pre>{@code
 * Refusals.assertRefusedAlike(() -> QuorumRule.members(0), () -> new QuorumRule.Members(0));
 * }</pre>
 */
public final class Refusals {
  private Refusals() {}

  /**
   * Asserts that both throw an {@link InvalidValueException} with the same message, field and value.
   *
   * @param one the first way of building the value
   * @param other the second way
   * @return the first exception, for further checks
   */
  public static InvalidValueException assertRefusedAlike(Runnable one, Runnable other) {
    InvalidValueException first = assertThrows(InvalidValueException.class, one::run);
    InvalidValueException second = assertThrows(InvalidValueException.class, other::run);
    assertEquals(first.getMessage(), second.getMessage());
    assertEquals(first.field(), second.field());
    assertEquals(first.value(), second.value());
    return first;
  }
}
