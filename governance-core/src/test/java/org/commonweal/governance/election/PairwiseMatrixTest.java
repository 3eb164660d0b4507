package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class PairwiseMatrixTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");

  /**
   * Papers [B, C, A], [A, B, C] and [C] (A and B unranked, below C). By hand: A-B 1-1 (a tie), B-C 2-1,
   * C-A 2-1. Every candidate reaches every other by beat-or-tie, so the Smith set is all three; only B
   * is beaten by nobody, so the Schwartz set is {B}.
   */
  private static final Election TIES =
      Election.of(List.of(A, B, C), 1, List.of(RankedBallot.of(B, C, A), RankedBallot.of(A, B, C), RankedBallot.of(C)));

  @Test
  void of_countsUnrankedCandidatesBelowRanked() {
    PairwiseMatrix m = PairwiseMatrix.of(TIES);
    assertEquals(1, m.preferring(A, B));
    assertEquals(1, m.preferring(B, A));
    assertEquals(2, m.preferring(B, C));
    assertEquals(2, m.preferring(C, A));
    assertEquals(1, m.margin(C, A));
    assertTrue(m.beats(B, C));
  }

  @Test
  void beats_isStrict_andToStringListsEveryCount() {
    // On TIES: A-B 1-1, so neither beats the other; B over C 2-1; C over A 2-1, so A does not beat C.
    PairwiseMatrix m = PairwiseMatrix.of(TIES);
    assertFalse(m.beats(A, B));
    assertFalse(m.beats(B, A));
    assertFalse(m.beats(A, C));
    assertTrue(m.beats(C, A));
    // A over B 1, over C 1; B over A 1, over C 2; C over A 2, over B 1.
    assertEquals("PairwiseMatrix[A: over B 1, over C 1; B: over A 1, over C 2; C: over A 2, over B 1]", m.toString());
  }

  @Test
  void of_equalPreferences_countForNeitherOfTheEqual() {
    // Two papers A=B then C: each puts A and B over C, and neither of A, B over the other.
    Election e =
        Election.builder()
            .candidates(List.of(A, B, C))
            .ballots(List.of(RankedBallot.ofRanks(2, List.of(Set.of(A, B), Set.of(C)))))
            .rules(BallotRules.builder().equalPreferences(true).build())
            .build();
    PairwiseMatrix m = PairwiseMatrix.of(e);
    assertEquals(2, m.preferring(A, C));
    assertEquals(2, m.preferring(B, C));
    assertEquals(0, m.preferring(A, B));
    assertEquals(0, m.preferring(B, A));
    assertEquals(0, m.preferring(C, A));
  }

  @Test
  void smithAndSchwartzSets_differWhereThereArePairwiseTies() {
    PairwiseMatrix m = PairwiseMatrix.of(TIES);
    assertEquals(Set.of(A, B, C), m.smithSet());
    assertEquals(Set.of(B), m.schwartzSet());
    assertEquals(Optional.empty(), m.condorcetWinner());
    assertEquals(Optional.empty(), m.condorcetLoser());
  }

  @Test
  void notCompared_leavesOutPairsWithAnUnrankedCandidate() {
    PairwiseMatrix m = PairwiseMatrix.of(TIES, PairwiseMatrix.Unranked.NOT_COMPARED);
    // The paper [C] says nothing now: C-A 1-1, B-C 2-0.
    assertEquals(1, m.preferring(C, A));
    assertEquals(1, m.preferring(A, C));
    assertEquals(0, m.preferring(C, B));
    assertEquals(PairwiseMatrix.Unranked.NOT_COMPARED, m.unranked());
  }

  @Test
  void preferring_aCandidateNotStanding_isRefused() {
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> PairwiseMatrix.of(TIES).preferring(A, Candidate.of("Z")));
    assertEquals("candidate", x.field());
  }

  @Test
  void equals_byCandidatesReadingAndCounts() {
    new EqualsTester()
        .addEqualityGroup(PairwiseMatrix.of(TIES), PairwiseMatrix.of(Elections.expanded(TIES)))
        .addEqualityGroup(PairwiseMatrix.of(TIES, PairwiseMatrix.Unranked.NOT_COMPARED))
        .addEqualityGroup(PairwiseMatrix.of(Election.of(List.of(A, B, C), 1, List.of(RankedBallot.of(A)))))
        .testEquals();
    assertTrue(PairwiseMatrix.of(TIES).toString().startsWith("PairwiseMatrix[A: over B 1, over C 1; B:"));
  }

  @Test
  void hashCode_matricesOfDifferentPapers_differ() {
    // A over B on 3 papers against 2 papers, then on 2 against 3: different numbers, so different codes.
    PairwiseMatrix one = PairwiseMatrix.of(Election.of(List.of(A, B), 1, List.of(RankedBallot.of(3, A, B), RankedBallot.of(2, B, A))));
    PairwiseMatrix two = PairwiseMatrix.of(Election.of(List.of(A, B), 1, List.of(RankedBallot.of(2, A, B), RankedBallot.of(3, B, A))));
    assertNotEquals(one.hashCode(), two.hashCode());
  }
}
