package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.TieBreaker;

class RankedPairsProperties implements CondorcetLoserContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.rankedPairs();
  }

  @Provide
  Arbitrary<Election> complete() {
    return ElectionDomain.completeOddElections(5);
  }

  /**
   * On elections without pairwise ties, the count elects the top of the oracle's unique stack, with the
   * tie-breaking ranking the lot draws (here: the ballot-paper order).
   */
  @Property(tries = 100)
  void count_agreesWithTheBruteForceStackOracle(@ForAll("complete") Election e) {
    PairwiseMatrix m = PairwiseMatrix.of(e);
    Candidate expected = Oracles.rankedPairsWinner(m, e.standing());
    assertEquals(List.of(expected), method().count(e, TieBreaker.givenOrder()).elected());
  }

  /** The same with the tie-breaking ranking drawn by a seeded lot. */
  @Property(tries = 100)
  void count_withASeededLot_agreesWithTheOracleGivenTheDrawnRanking(@ForAll("complete") Election e, @ForAll long seed) {
    ElectionResult r = method().count(e, TieBreaker.seeded(seed));
    List<Candidate> tbrc = r.report().ties().isEmpty() ? e.standing() : r.report().ties().get(0).order();
    assertEquals(List.of(Oracles.rankedPairsWinner(PairwiseMatrix.of(e), tbrc)), r.elected());
  }
}
