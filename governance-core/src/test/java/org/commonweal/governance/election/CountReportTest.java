package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
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

  @Test
  void check_refusesAStageNumberedOneBeyondItsPlace() {
    // Stage 1 is right; the second stage numbered 3 is one beyond its place.
    InvalidValueException x =
        assertThrows(
            InvalidValueException.class,
            () -> CountReport.builder().ballots(BallotAccount.of(10, 10, Map.of())).addStages(stage(1, 6, 4, 0), stage(3, 7, 3, 0)).build());
    assertEquals("stages", x.field());
    assertEquals("stage 2 is numbered 3", x.getMessage());
  }

  @Test
  void decimals_zeroByDefault_andNeverNegative() {
    CountReport r = CountReport.builder().ballots(BallotAccount.of(10, 10, Map.of())).addStages(stage(1, 6, 4, 0)).build();
    assertEquals(0, r.decimals());
    assertTrue(r.totalsArePapers());
    assertEquals(List.of(), r.notes());
    assertEquals(
        0, CountReport.builder().ballots(BallotAccount.of(1, 1, Map.of())).decimals(0).build().decimals());
    InvalidValueException x =
        assertThrows(
            InvalidValueException.class,
            () -> CountReport.builder().ballots(BallotAccount.of(1, 1, Map.of())).decimals(-1).build());
    assertEquals("decimals", x.field());
    assertEquals("decimals (-1) must not be negative", x.getMessage());
  }

  @Test
  void conservationErrors_countWhatWasLostToRounding() {
    // 6.4 + 3.5 = 9.9 in the candidates' hands and 0.1 lost to rounding: the 10 papers are all there.
    Stage s =
        Stage.builder()
            .number(1)
            .kind(Stage.Kind.FIRST_COUNT)
            .description("stage 1")
            .totals(Map.of(A, Fraction.of(32, 5), B, Fraction.of(7, 2)))
            .lostToRounding(Fraction.of(1, 10))
            .build();
    CountReport r = CountReport.builder().ballots(BallotAccount.of(10, 10, Map.of())).addStages(s).build();
    assertEquals(List.of(), r.conservationErrors());
    CountReport without =
        CountReport.builder()
            .ballots(BallotAccount.of(10, 10, Map.of()))
            .addStages(Stage.builder().from(s).lostToRounding(Fraction.ZERO).build())
            .build();
    assertEquals(
        List.of("stage 1: candidates 99/10 + exhausted 0 + lost to rounding 0 = 99/10, not the valid poll 10"),
        without.conservationErrors());
  }

  @Test
  void finalStage_isTheLast_andAReportWithoutStagesHasNone() {
    CountReport r =
        CountReport.builder().ballots(BallotAccount.of(10, 10, Map.of())).addStages(stage(1, 6, 4, 0), stage(2, 8, 0, 2)).build();
    assertEquals(2, r.finalStage().number());
    assertEquals(Fraction.of(8), r.finalStage().totals().get(A));
    CountReport empty = CountReport.builder().ballots(BallotAccount.of(0, 0, Map.of())).build();
    IllegalStateException x = assertThrows(IllegalStateException.class, empty::finalStage);
    assertEquals("the report has no stages", x.getMessage());
  }

  @Test
  void ties_gathersEveryStagesTies_inStageOrder() {
    Candidate c = Candidate.of("C");
    Tie first = lot(1, "exclusion", A, B);
    Tie second = lot(2, "exclusion", B, c);
    Tie third = lot(2, "last seat", A, c);
    CountReport r =
        CountReport.builder()
            .ballots(BallotAccount.of(10, 10, Map.of()))
            .addStages(
                Stage.builder().from(stage(1, 6, 4, 0)).addTies(first).build(),
                Stage.builder().from(stage(2, 8, 0, 2)).addTies(second, third).build())
            .build();
    assertEquals(List.of(first, second, third), r.ties());
    assertFalse(r.ties().isEmpty());
    assertEquals(List.of(), CountReport.builder().ballots(BallotAccount.of(10, 10, Map.of())).addStages(stage(1, 6, 4, 0)).build().ties());
  }

  private static Tie lot(int stage, String purpose, Candidate a, Candidate b) {
    TieResolver resolver = new TieResolver(TieBreaker.givenOrder(), List.of(a, b));
    Tie t = resolver.resolve(stage, purpose, new int[] {0, 1}, Counting.NO_HISTORY, TieResolver.Direction.MOST_RECENT, true);
    return t;
  }
}
