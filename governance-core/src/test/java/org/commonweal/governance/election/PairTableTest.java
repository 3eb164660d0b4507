package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class PairTableTest {
  static final Candidate ANN = Candidate.of("Ann");
  static final Candidate BOB = Candidate.of("Bob");
  static final Candidate CAL = Candidate.of("Cal");

  @Test
  void of_givesEachNumberByItsPair() {
    long[][] counts = {{0, 4, 7}, {3, 0, 5}, {1, 2, 0}};
    PairTable t = PairTable.of("papers preferring", List.of(ANN, BOB, CAL), counts);
    assertEquals("papers preferring", t.name());
    assertEquals(List.of(ANN, BOB, CAL), t.candidates());
    assertEquals(4, t.get(ANN, BOB));
    assertEquals(3, t.get(BOB, ANN));
    assertEquals(5, t.get(BOB, CAL));
    assertEquals(1, t.get(CAL, ANN));
    assertEquals(0, t.get(CAL, CAL));
  }

  @Test
  void of_copiesTheNumbers() {
    long[][] counts = {{0, 4}, {3, 0}};
    PairTable t = PairTable.of("papers preferring", List.of(ANN, BOB), counts);
    counts[0][1] = 9;
    assertEquals(4, t.get(ANN, BOB));
  }

  @Test
  void of_equalsTheTableACountBuilds() {
    Election e =
        Election.of(
            List.of(ANN, BOB, CAL),
            1,
            List.of(RankedBallot.of(4, ANN, BOB), RankedBallot.of(3, CAL, ANN), RankedBallot.of(2, BOB)));
    PairTable counted = PairwiseMatrix.of(e).table();
    int n = counted.candidates().size();
    long[][] counts = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        counts[i][j] = counted.get(counted.candidates().get(i), counted.candidates().get(j));
      }
    }
    PairTable rebuilt = PairTable.of(counted.name(), counted.candidates(), counts);
    assertEquals(counted, rebuilt);
    assertEquals(counted.hashCode(), rebuilt.hashCode());
  }

  @Test
  void of_wrongNumberOfRows_namesTheCounts() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PairTable.of("x", List.of(ANN, BOB), new long[][] {{0, 1}}));
    assertEquals("counts", e.field());
  }

  @Test
  void of_rowOfWrongLength_namesTheCounts() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> PairTable.of("x", List.of(ANN, BOB), new long[][] {{0, 1}, {2, 0, 3}}));
    assertEquals("counts", e.field());
  }

  @Test
  void of_diagonalNotZero_namesTheCounts() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> PairTable.of("x", List.of(ANN, BOB), new long[][] {{0, 1}, {2, 6}}));
    assertEquals("counts", e.field());
    assertEquals("6", e.value());
  }

  @Test
  void of_candidateTwice_namesTheCandidates() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> PairTable.of("x", List.of(ANN, ANN), new long[][] {{0, 1}, {2, 0}}));
    assertEquals("candidates", e.field());
  }

  @Test
  void of_blankName_namesTheName() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PairTable.of(" ", List.of(ANN), new long[][] {{0}}));
    assertEquals("name", e.field());
  }

  @Test
  void get_candidateNotInTheTable_namesTheCandidate() {
    PairTable t = PairTable.of("papers preferring", List.of(ANN, BOB), new long[][] {{0, 4}, {3, 0}});
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> t.get(ANN, CAL));
    assertEquals("candidate", e.field());
    assertEquals("Cal", e.value());
  }

  @Test
  void equals_differentName_candidatesOrNumbers_isNotEqual() {
    PairTable t = PairTable.of("papers preferring", List.of(ANN, BOB), new long[][] {{0, 4}, {3, 0}});
    PairTable otherName = PairTable.of("margins", List.of(ANN, BOB), new long[][] {{0, 4}, {3, 0}});
    PairTable otherCandidates = PairTable.of("papers preferring", List.of(ANN, CAL), new long[][] {{0, 4}, {3, 0}});
    PairTable otherNumbers = PairTable.of("papers preferring", List.of(ANN, BOB), new long[][] {{0, 4}, {2, 0}});
    assertNotEquals(t, otherName);
    assertNotEquals(t, otherCandidates);
    assertNotEquals(t, otherNumbers);
    assertNotEquals(t, (Object) "papers preferring");
    assertEquals(t, PairTable.of("papers preferring", List.of(ANN, BOB), new long[][] {{0, 4}, {3, 0}}));
  }

  @Test
  void hashCode_tablesDifferingInTheirNumbers_differ() {
    PairTable t = PairTable.of("papers preferring", List.of(ANN, BOB), new long[][] {{0, 4}, {3, 0}});
    PairTable otherNumbers = PairTable.of("papers preferring", List.of(ANN, BOB), new long[][] {{0, 4}, {2, 0}});
    assertNotEquals(t.hashCode(), otherNumbers.hashCode());
  }

  @Test
  void toString_givesTheNameAndSize() {
    PairTable t = PairTable.of("papers preferring", List.of(ANN, BOB, CAL), new long[3][3]);
    assertEquals("PairTable[papers preferring, 3 candidates]", t.toString());
  }
}
