package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class SeatConstraintTest {
  private final List<Candidate> two = List.of(Candidate.of("A"), Candidate.of("B"));

  @Test
  void toString_saysTheLimitInWords() {
    assertEquals("staff: at most 1", SeatConstraint.atMost("staff", 1, two).toString());
    assertEquals("women: at least 2", SeatConstraint.atLeast("women", 2, two).toString());
    assertEquals("Welsh: exactly 1", SeatConstraint.between("Welsh", 1, 1, two).toString());
    assertEquals("parents: between 1 and 3", SeatConstraint.between("parents", 1, 3, two).toString());
  }

  @Test
  void allows_boundsInclusive() {
    SeatConstraint k = SeatConstraint.between("parents", 1, 2, two);
    assertFalse(k.allows(0));
    assertTrue(k.allows(1));
    assertTrue(k.allows(2));
    assertFalse(k.allows(3));
  }

  @Test
  void constructor_invalidValues_areRefusedNamingTheField() {
    assertEquals("max", assertThrows(InvalidValueException.class, () -> SeatConstraint.between("x", 2, 1, two)).field());
    assertEquals("min", assertThrows(InvalidValueException.class, () -> SeatConstraint.between("x", -1, 1, two)).field());
    assertEquals("members", assertThrows(InvalidValueException.class, () -> SeatConstraint.atMost("x", 1, List.of())).field());
    assertEquals("name", assertThrows(InvalidValueException.class, () -> SeatConstraint.atMost(" ", 1, two)).field());
  }
}
