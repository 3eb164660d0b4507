package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class CountReportTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");

  private static Stage stage(int number, long a, long b, long exhausted) {
    return Stage.builder()
        .number(number)
        .kind(number == 1 ? Stage.Kind.FIRST_COUNT : Stage.Kind.EXCLUSION)
        .description("stage " + number)
        .totals(Map.of(A, Fraction.of(a), B, Fraction.of(b)))
        .exhausted(Fraction.of(exhausted))
        .build();
  }

  @Test
  void conservationErrors_namesEveryStageThatDoesNotAddUp() {
    CountReport r =
        CountReport.builder().ballots(BallotAccount.of(10, 10, Map.of())).addStages(stage(1, 6, 4, 0), stage(2, 7, 0, 2)).build();
    assertEquals(
        List.of("stage 2: candidates 7 + exhausted 2 + lost to rounding 0 = 9, not the valid poll 10"), r.conservationErrors());
  }

  @Test
  void conservationErrors_isEmptyWhenEveryPaperIsThere_orTotalsAreNotPapers() {
    CountReport good = CountReport.builder().ballots(BallotAccount.of(10, 10, Map.of())).addStages(stage(1, 6, 4, 0), stage(2, 8, 0, 2)).build();
    assertEquals(List.of(), good.conservationErrors());
    CountReport points =
        CountReport.builder().ballots(BallotAccount.of(10, 10, Map.of())).addStages(stage(1, 60, 40, 0)).totalsArePapers(false).build();
    assertEquals(List.of(), points.conservationErrors());
  }

  @Test
  void check_refusesStagesOutOfOrder() {
    InvalidValueException x =
        assertThrows(
            InvalidValueException.class,
            () -> CountReport.builder().ballots(BallotAccount.of(1, 1, Map.of())).addStages(stage(2, 1, 0, 0)).build());
    assertEquals("stage 1 is numbered 2", x.getMessage());
  }
}
