package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The contract of a Condorcet method: it elects the Condorcet winner whenever there is one, and its
 * report's first stage is the pairwise matrix.
 */
interface CondorcetContract extends SingleWinnerContract {

  @Override
  default Arbitrary<Election> countable() {
    return ElectionDomain.markedElections(5, 1, true);
  }

  @Property(tries = 100)
  default void count_electsTheCondorcetWinner_whenThereIsOne(@ForAll("elections") Election e) {
    Optional<Candidate> winner = PairwiseMatrix.of(e).condorcetWinner();
    Assume.that(winner.isPresent());
    assertEquals(List.of(winner.orElseThrow()), method().count(e).elected());
  }

  @Property(tries = 60)
  default void count_reportsThePairwiseMatrix_asItsFirstStage(@ForAll("elections") Election e) {
    Assume.that(e.standing().size() >= 2);
    PairwiseMatrix m = PairwiseMatrix.of(e);
    Stage first = method().count(e).report().stages().get(0);
    for (Candidate a : m.candidates()) {
      for (Candidate b : m.candidates()) {
        if (!a.equals(b)) {
          assertEquals(org.commonweal.governance.base.Fraction.of(m.preferring(a, b)), org.commonweal.governance.base.Fraction.of(first.pairs().orElseThrow().get(a, b)));
        }
      }
    }
    assertTrue(first.notes().contains("Smith set: " + Counting.names(m.smithSet().asList())));
  }
}
