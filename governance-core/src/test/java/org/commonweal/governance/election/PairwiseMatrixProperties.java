package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PairwiseMatrixProperties {

  @Provide
  Arbitrary<Election> simple() {
    return ElectionDomain.rankedElections(6, 1);
  }

  @Provide
  Arbitrary<Election> marked() {
    return ElectionDomain.markedElections(5, 1, true);
  }

  /** Position of c on a simple paper, withdrawn candidates passed over; -1 if unranked. */
  private static int position(RankedBallot b, Candidate c, Set<Candidate> withdrawn) {
    int at = 0;
    for (int r = 0; r < b.rankCount(); r++) {
      Candidate x = b.rank(r).iterator().next();
      if (withdrawn.contains(x)) {
        continue;
      }
      if (x.equals(c)) {
        return at;
      }
      at++;
    }
    return -1;
  }

  /** The matrix equals a paper-by-paper count of who is above whom, for both readings of unranked. */
  @Property(tries = 100)
  void of_matchesAPaperByPaperCount(@ForAll("simple") Election e) {
    PairwiseMatrix below = PairwiseMatrix.of(e);
    PairwiseMatrix left = PairwiseMatrix.of(e, PairwiseMatrix.Unranked.NOT_COMPARED);
    for (Candidate a : e.standing()) {
      for (Candidate b : e.standing()) {
        if (a.equals(b)) {
          continue;
        }
        long all = 0;
        long both = 0;
        for (Ballot ballot : e.ballots()) {
          int pa = position((RankedBallot) ballot, a, e.withdrawn());
          int pb = position((RankedBallot) ballot, b, e.withdrawn());
          if (pa >= 0 && (pb < 0 || pa < pb)) {
            all += ballot.count();
          }
          if (pa >= 0 && pb >= 0 && pa < pb) {
            both += ballot.count();
          }
        }
        assertEquals(all, below.preferring(a, b), a + " over " + b);
        assertEquals(both, left.preferring(a, b), a + " over " + b + ", unranked left out");
      }
    }
  }

  /** The Schwartz set lies within the Smith set; with a Condorcet winner both are just it. */
  @Property(tries = 200)
  void sets_nestAndNameTheCondorcetWinner(@ForAll("marked") Election e) {
    PairwiseMatrix m = PairwiseMatrix.of(e);
    assertTrue(m.smithSet().containsAll(m.schwartzSet()));
    assertEquals(e.standing().isEmpty(), m.smithSet().isEmpty());
    assertEquals(e.standing().isEmpty(), m.schwartzSet().isEmpty());
    m.condorcetWinner().ifPresent(w -> assertEquals(Set.of(w), m.smithSet()));
    m.condorcetWinner().ifPresent(w -> assertEquals(Set.of(w), m.schwartzSet()));
    m.condorcetLoser().ifPresent(l -> assertFalse(m.smithSet().contains(l)));
  }

  /** Every member of the Smith set beats every candidate outside it. */
  @Property(tries = 200)
  void smithSet_beatsEveryoneOutside(@ForAll("marked") Election e) {
    PairwiseMatrix m = PairwiseMatrix.of(e);
    for (Candidate in : m.smithSet()) {
      for (Candidate out : m.candidates()) {
        if (!m.smithSet().contains(out)) {
          assertTrue(m.beats(in, out), in + " should beat " + out);
        }
      }
    }
    assertEquals(List.copyOf(m.smithSet()), m.candidates().stream().filter(m.smithSet()::contains).toList());
  }
}
