package org.commonweal.governance.voting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.junit.jupiter.api.Test;

/** The invariants a set of weights keeps however it is built: the total and each class total are sums. */
class VoteWeightsTest {
  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId CLIENTS = ClassId.of("clients");

  static ImmutableVoteWeights.Builder twoWorkers() {
    return ImmutableVoteWeights.builder()
        .putWeights(m(1), Fraction.of(1, 3)).putWeights(m(2), Fraction.of(2, 3))
        .putClassOf(m(1), WORKERS).putClassOf(m(2), WORKERS)
        .lapsed(Fraction.ZERO).withheld(Fraction.ZERO);
  }

  @Test
  void check_acceptsWeightsThatSumToTheTotalAndClassTotals() {
    VoteWeights w = twoWorkers().total(Fraction.ONE).putClassTotals(WORKERS, Fraction.ONE).build();
    assertEquals(Fraction.of(2, 3), w.weightOf(m(2)));
    assertEquals(Fraction.ONE, w.classTotal(WORKERS));
    assertEquals(Fraction.ZERO, w.classTotal(CLIENTS));
    assertEquals(Fraction.ZERO, w.weightOf(m(3)));
  }

  @Test
  void check_refusesATotalThatIsNotTheSumOfTheWeights() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> twoWorkers().total(Fraction.of(2)).putClassTotals(WORKERS, Fraction.ONE).build());
    assertEquals("total", e.field());
    assertEquals("weights sum to 1, not to the total 2", e.getMessage());
  }

  @Test
  void check_refusesAClassTotalThatIsNotItsMembersSum() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> twoWorkers().total(Fraction.ONE).putClassTotals(WORKERS, Fraction.of(2, 3)).build());
    assertEquals("class workers total 2/3 is not its members' sum 1", e.getMessage());
    // A class none of whose members takes part totals zero, and nothing else.
    assertEquals(Fraction.ZERO, twoWorkers().total(Fraction.ONE).putClassTotals(WORKERS, Fraction.ONE)
        .putClassTotals(CLIENTS, Fraction.ZERO).build().classTotal(CLIENTS));
    InvalidValueException phantom = assertThrows(InvalidValueException.class, () -> twoWorkers().total(Fraction.ONE)
        .putClassTotals(WORKERS, Fraction.ONE).putClassTotals(CLIENTS, Fraction.of(1, 2)).build());
    assertEquals("class clients total 1/2 is not its members' sum 0", phantom.getMessage());
  }
}
