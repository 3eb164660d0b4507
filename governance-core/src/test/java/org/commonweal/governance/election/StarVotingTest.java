package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class StarVotingTest {
  @Test
  void toString_namesTheRange() {
    assertEquals("STAR voting (0 to 5)", ElectionMethods.star(5).toString());
  }

  @Test
  void star_maximumOfOne_isAccepted() {
    assertEquals("STAR voting (0 to 1)", ElectionMethods.star(1).toString());
  }

  @Test
  void star_maximumOfZero_namesTheMaximum() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ElectionMethods.star(0));
    assertEquals("max", e.field());
    assertEquals("0", e.value());
  }
}
