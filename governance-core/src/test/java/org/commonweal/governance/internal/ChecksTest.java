package org.commonweal.governance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void check_passing_returnsQuietly_failing_namesFieldValueAndMessage() {
    Checks.check(true, "seats", 0, "never built");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Checks.check(false, "seats", 0, "no seats"));
    assertEquals("seats", e.field());
    assertEquals("0", e.value());
    assertEquals("no seats", e.getMessage());
  }

  @Test
  void check_fillsPlaceholders_onlyOnFailure() {
    assertEquals(
        "tier bound 3 must be above the previous tier's 9",
        assertThrows(
                InvalidValueException.class,
                () -> Checks.check(false, "maxMembers", 3, "tier bound %s must be above the previous tier's %s", 3, 9))
            .getMessage());
    assertEquals(
        "a 1 b",
        assertThrows(InvalidValueException.class, () -> Checks.check(false, "f", null, "a %s b", 1)).getMessage());
    assertEquals(
        "1, 2, 3",
        assertThrows(InvalidValueException.class, () -> Checks.check(false, "f", "v", "%s, %s, %s", 1, 2, 3)).getMessage());
    // A passing check never formats: an argument whose toString would fail is not touched.
    Object bomb =
        new Object() {
          @Override
          public String toString() {
            throw new AssertionError("formatted a passing check");
          }
        };
    Checks.check(true, "f", bomb, "%s", bomb);
    Checks.check(true, "f", bomb, "%s %s", bomb, bomb);
    Checks.check(true, "f", bomb, "%s %s %s", bomb, bomb, bomb);
  }

  @Test
  void invalid_makesTheException_withANullValue() {
    InvalidValueException e = Checks.invalid("kind", null, "unknown kind %s", "X");
    assertEquals("kind", e.field());
    assertNull(e.value());
    assertEquals("unknown kind X", e.getMessage());
  }

  @Test
  void atLeast_atTheBoundary() {
    assertEquals(1, Checks.atLeast("seats", 1, 1));
    assertEquals(5L, Checks.atLeast("members", 5L, 5L));
    assertEquals(
        "seats (0) must be at least 1",
        assertThrows(InvalidValueException.class, () -> Checks.atLeast("seats", 0, 1)).getMessage());
    assertEquals(
        "members (4) must be at least 5",
        assertThrows(InvalidValueException.class, () -> Checks.atLeast("members", 4L, 5L)).getMessage());
  }

  @Test
  void notNegative_atTheBoundary() {
    assertEquals(0L, Checks.notNegative("hours", 0));
    assertEquals(
        "hours (-1) must not be negative",
        assertThrows(InvalidValueException.class, () -> Checks.notNegative("hours", -1)).getMessage());
  }

  @Test
  void between_atBothEnds() {
    assertEquals(0, Checks.between("decimals", 0, 0, 30));
    assertEquals(30, Checks.between("decimals", 30, 0, 30));
    assertEquals(
        "decimals (31) must be between 0 and 30",
        assertThrows(InvalidValueException.class, () -> Checks.between("decimals", 31, 0, 30)).getMessage());
    assertEquals(
        "decimals (-1) must be between 0 and 30",
        assertThrows(InvalidValueException.class, () -> Checks.between("decimals", -1, 0, 30)).getMessage());
  }

  @Test
  void notBlank_refusesEmptyAndWhitespace() {
    assertEquals("a", Checks.notBlank("name", "a"));
    assertEquals("name must not be blank", assertThrows(InvalidValueException.class, () -> Checks.notBlank("name", "")).getMessage());
    assertEquals("name must not be blank", assertThrows(InvalidValueException.class, () -> Checks.notBlank("name", " \t")).getMessage());
  }
}
