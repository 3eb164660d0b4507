package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.commonweal.governance.base.InvalidValueException;

/** The contract of a single-winner method: it refuses more than one seat, naming the seats. */
interface SingleWinnerContract extends ElectionMethodContract {

  @Property(tries = 20)
  default void count_refusesSeveralSeats(@ForAll("elections") Election e, @ForAll @IntRange(min = 2, max = 5) int seats) {
    Election several = Election.builder().from(e).seats(seats).build();
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> method().count(several));
    assertEquals("seats", x.field());
    assertTrue(x.getMessage().endsWith("elects one candidate; seats (" + seats + ") must be 1"), x.getMessage());
  }
}
