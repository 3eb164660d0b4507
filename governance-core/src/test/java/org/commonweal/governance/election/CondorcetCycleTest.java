package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * Schulze and Ranked Pairs on a three-candidate cycle, every count by hand. Papers: 4 A B C, 3 B C A,
 * 2 C A B. Head to head: A over B 4 + 2 = 6 to 3 (margin 3); B over C 4 + 3 = 7 to 2 (margin 5); C over
 * A 3 + 2 = 5 to 4 (margin 1). A cycle: no Condorcet winner.
 */
class CondorcetCycleTest {
  private static final Election CYCLE = election(1, "A B C", "4 A B C", "3 B C A", "2 C A B");

  @Test
  void schulze_winningVotes() {
    // Links A>B 6, B>C 7, C>A 5. Strongest paths: A to B 6, A to C min(6, 7) = 6; B to C 7, B to A
    // min(7, 5) = 5; C to A 5, C to B min(5, 6) = 5. A beats B (6 > 5) and C (6 > 5); B beats C (7 > 5).
    ElectionResult r = ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES).count(CYCLE);
    Stage two = r.report().stages().get(1);
    assertTrue(two.description().startsWith("Schulze (winning votes): strongest beat-paths"), two.description());
    assertEquals(Fraction.of(6), Fraction.of(two.pairs().orElseThrow().get(c("A"), c("B"))));
    assertEquals(Fraction.of(6), Fraction.of(two.pairs().orElseThrow().get(c("A"), c("C"))));
    assertEquals(Fraction.of(5), Fraction.of(two.pairs().orElseThrow().get(c("B"), c("A"))));
    assertEquals(Fraction.of(5), Fraction.of(two.pairs().orElseThrow().get(c("C"), c("B"))));
    assertEquals(Fraction.of(2), two.totals().get(c("A")));
    assertEquals(Fraction.of(1), two.totals().get(c("B")));
    assertEquals(Fraction.ZERO, two.totals().get(c("C")));
    assertTrue(two.notes().contains("Schulze winner: A, beaten by no candidate by strongest path"), two.notes().toString());
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void schulze_margins() {
    // Links A>B 3, B>C 5, C>A 1. Paths: A to B 3, A to C min(3, 5) = 3; B to C 5, B to A min(5, 1) = 1;
    // C to A 1, C to B min(1, 3) = 1. The same order: A, then B, then C.
    ElectionResult r = ElectionMethods.schulze(PairwiseStrength.MARGINS).count(CYCLE);
    Stage two = r.report().stages().get(1);
    assertTrue(two.description().startsWith("Schulze (margins): strongest beat-paths"), two.description());
    assertEquals(Fraction.of(3), Fraction.of(two.pairs().orElseThrow().get(c("A"), c("B"))));
    assertEquals(Fraction.of(3), Fraction.of(two.pairs().orElseThrow().get(c("A"), c("C"))));
    assertEquals(Fraction.of(5), Fraction.of(two.pairs().orElseThrow().get(c("B"), c("C"))));
    assertEquals(Fraction.of(1), Fraction.of(two.pairs().orElseThrow().get(c("B"), c("A"))));
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void schulze_aPerfectTie_leavesPotentialWinners() {
    // One paper A B, one B A: no defeats at all, so no paths: both are potential winners; the lot picks.
    Election tie = election(1, "A B", "1 A B", "1 B A");
    Stage two = ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES).count(tie, TieBreaker.givenOrder()).report().stages().get(1);
    assertTrue(
        two.notes().contains("Potential Schulze winners: A and B, none beaten by another by strongest path"),
        two.notes().toString());
    assertEquals(Fraction.ZERO, Fraction.of(two.pairs().orElseThrow().get(c("A"), c("B"))));
  }

  @Test
  void rankedPairs_locksLargestMarginsFirst_skipsTheCycle_noLotNeeded() {
    // Margins 5 (B over C), 3 (A over B), 1 (C over A). B>C locked, A>B locked, C>A would close the
    // cycle A>B>C>A: skipped. Each margin is a group of one, so no tie-breaking ranking is drawn. A is
    // locked above B and C (2), B above C (1), C above nobody.
    ElectionResult r = ElectionMethods.rankedPairs().count(CYCLE);
    Stage two = r.report().stages().get(1);
    assertTrue(two.description().startsWith("Ranked Pairs (margins): defeats locked"), two.description());
    assertTrue(two.ties().isEmpty(), two.ties().toString());
    assertEquals(
        List.of(
            "B over C by 5: locked",
            "A over B by 3: locked",
            "C over A by 1: skipped, it would make a cycle",
            "Ranked Pairs winner: A"),
        two.notes());
    assertEquals(Fraction.of(2), two.totals().get(c("A")));
    assertEquals(Fraction.of(1), two.totals().get(c("B")));
    assertEquals(Fraction.ZERO, two.totals().get(c("C")));
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void rankedPairs_equalMarginsWithoutACycle_lockAllWithoutALot() {
    // One paper A B C: A over B, A over C and B over C, each by 1. The three equal defeats make no
    // cycle, so all are locked and no ranking is drawn.
    ElectionResult r = ElectionMethods.rankedPairs().count(election(1, "A B C", "1 A B C"));
    Stage two = r.report().stages().get(1);
    assertTrue(two.ties().isEmpty(), two.ties().toString());
    assertEquals(3, two.notes().stream().filter(n -> n.endsWith(": locked")).count());
  }

  @Test
  void rankedPairs_twoUndefeated() {
    // One paper A B, one B A: nothing to lock; both are undefeated in the locked order.
    Stage two = ElectionMethods.rankedPairs().count(election(1, "A B", "1 A B", "1 B A"), TieBreaker.givenOrder()).report().stages().get(1);
    assertTrue(two.notes().contains("Undefeated in the locked order: A and B"), two.notes().toString());
  }
}
