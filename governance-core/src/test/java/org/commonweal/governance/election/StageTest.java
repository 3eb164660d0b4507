package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A stage of a count: numbered from 1, never a negative exhausted value, its candidates' sum. */
class StageTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");

  private static Stage.Builder stage(int number) {
    return Stage.builder().number(number).kind(Stage.Kind.FIRST_COUNT).description("First preferences");
  }

  @Test
  void number_startsAt1() {
    assertEquals(1, stage(1).build().number());
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> stage(0).build());
    assertEquals("number", x.field());
    assertEquals("stage number 0 must be at least 1", x.getMessage());
  }

  @Test
  void exhausted_zeroIsAllowed_belowZeroIsRefused() {
    assertEquals(Fraction.ZERO, stage(1).exhausted(Fraction.ZERO).build().exhausted());
    InvalidValueException x =
        assertThrows(InvalidValueException.class, () -> stage(1).exhausted(Fraction.of(-1, 100)).build());
    assertEquals("exhausted", x.field());
    assertEquals("exhausted value -1/100 must not be negative", x.getMessage());
  }

  @Test
  void exhaustedAndLostToRounding_areZeroUnlessGiven() {
    Stage s = stage(1).build();
    assertEquals(Fraction.ZERO, s.exhausted());
    assertEquals(Fraction.ZERO, s.lostToRounding());
  }

  @Test
  void totalOfCandidates_addsEveryTotal() {
    // 12 1/2 + 7 1/4 = 19 3/4.
    Stage s = stage(1).totals(Map.of(A, Fraction.of(25, 2), B, Fraction.of(29, 4))).build();
    assertEquals(Fraction.of(79, 4), s.totalOfCandidates());
    assertEquals(Fraction.ZERO, stage(1).build().totalOfCandidates());
  }
}
