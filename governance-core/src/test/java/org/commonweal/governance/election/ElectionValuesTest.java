package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The checks of the election package's public values at their limits: reading options of at least one
 * byte, and a result electing no more candidates than seats, none twice.
 */
class ElectionValuesTest {
  private static final Candidate ANN = Candidate.of("Ann");
  private static final Candidate BOB = Candidate.of("Bob");

  @Test
  void readOptions_limitsOfOneByte_areAccepted_zeroIsRefused() {
    ReadOptions one = ReadOptions.builder().maxLineLength(1).maxFileSize(1).build();
    assertEquals(1, one.maxLineLength());
    assertEquals(1, one.maxFileSize());
    InvalidValueException line =
        assertThrows(InvalidValueException.class, () -> ReadOptions.builder().maxLineLength(0).build());
    assertEquals("maxLineLength", line.field());
    assertEquals("maxLineLength (0) must be at least 1", line.getMessage());
    InvalidValueException file =
        assertThrows(InvalidValueException.class, () -> ReadOptions.builder().maxFileSize(0).build());
    assertEquals("maxFileSize", file.field());
    assertEquals("maxFileSize (0) must be at least 1", file.getMessage());
  }

  @Test
  void readOptions_defaults_are64MiBLinesAnd512MiBFiles() {
    ReadOptions d = ReadOptions.defaults();
    assertEquals(64L * 1024 * 1024, d.maxLineLength());
    assertEquals(512L * 1024 * 1024, d.maxFileSize());
    assertEquals(java.util.Optional.empty(), d.encoding());
  }

  private static ElectionResult resultOf(int seats, List<Candidate> elected) {
    ElectionResult counted =
        ElectionMethods.plurality().count(Election.of(List.of(ANN, BOB), 1, List.of(RankedBallot.of(ANN, BOB))));
    return ElectionResult.builder().from(counted).seats(seats).elected(elected).build();
  }

  @Test
  void result_asManyElectedAsSeats_isBuilt_oneMoreIsRefused() {
    assertEquals(List.of(ANN, BOB), resultOf(2, List.of(ANN, BOB)).elected());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> resultOf(1, List.of(ANN, BOB)));
    assertEquals("elected", e.field());
    assertEquals("2 candidates elected to 1 seats", e.getMessage());
  }

  @Test
  void result_ofNoSeats_isRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> resultOf(0, List.of()));
    assertEquals("seats", e.field());
    assertEquals("seats (0) must be at least 1", e.getMessage());
  }

  @Test
  void result_electingACandidateTwice_isRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> resultOf(2, List.of(ANN, ANN)));
    assertEquals("elected", e.field());
    assertEquals("a candidate is elected twice: [Ann, Ann]", e.getMessage());
  }
}
