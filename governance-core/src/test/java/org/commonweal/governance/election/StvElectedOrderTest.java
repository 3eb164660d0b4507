package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Candidates elected at the same stage are listed higher total first, then in ballot-paper order
 * (docs/stv.md), under every STV rule, including the count that ends at once because the candidates are
 * no more than the seats.
 */
class StvElectedOrderTest {
  static Stream<StvMethod> rules() {
    return Stream.of(StvMethods.scottish(), StvMethods.ers97(), StvMethods.wigm(), StvMethods.meek(), StvMethods.meekNz());
  }

  private static List<String> elected(StvMethod rule, Election e) {
    return rule.count(e).elected().stream().map(Candidate::name).toList();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void asManyCandidatesAsSeats_electedHigherTotalFirst(StvMethod rule) {
    // Two candidates for two seats: both are elected on first preferences without transfers; B has 3
    // to A's 1, so B is listed first although A stands first on the paper.
    assertEquals(List.of("B", "A"), elected(rule, StvBallots.election(2, "A B", "1 A", "3 B")));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void equalTotals_electedInBallotPaperOrder(StvMethod rule) {
    // Equal totals (2 each) leave ballot-paper order: A then B.
    assertEquals(List.of("A", "B"), elected(rule, StvBallots.election(2, "A B", "2 A", "2 B")));
  }
}
