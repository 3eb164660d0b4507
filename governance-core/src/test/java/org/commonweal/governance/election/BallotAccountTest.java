package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The account of papers: rejected counts of at least one, and valid plus rejected equal to the total. */
class BallotAccountTest {
  @Test
  void of_rejectedCountOfZero_isRefused_oneIsAccepted() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> BallotAccount.of(5, 5, Map.of("blank", 0L)));
    assertEquals("rejected", e.field());
    assertEquals(6, BallotAccount.of(6, 5, Map.of("blank", 1L)).total());
  }

  @Test
  void of_totalNotValidPlusRejected_isRefused() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> BallotAccount.of(7, 5, Map.of("blank", 1L)));
    assertEquals("total", e.field());
    assertEquals("papers do not add up: 5 valid + 1 rejected != 7 cast", e.getMessage());
  }

  @Test
  void of_negativeValid_isRefused_evenWhenTheSumsAgree() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> BallotAccount.of(1, -1, Map.of("blank", 2L)));
    assertEquals("total", e.field());
  }
}
