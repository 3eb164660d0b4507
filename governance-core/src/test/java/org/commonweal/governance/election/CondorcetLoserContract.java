package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The Condorcet loser criterion: the method never elects a candidate whom every other beats head to
 * head. Schulze, Ranked Pairs, Copeland and Kemeny-Young keep it; Minimax does not ({@code MinimaxTest}
 * shows the classic example).
 */
interface CondorcetLoserContract extends CondorcetContract {

  @Property(tries = 100)
  default void count_neverElectsTheCondorcetLoser(@ForAll("elections") Election e) {
    Optional<Candidate> loser = PairwiseMatrix.of(e).condorcetLoser();
    Assume.that(loser.isPresent());
    assertNotEquals(loser.orElseThrow(), method().count(e).elected().get(0));
  }
}
