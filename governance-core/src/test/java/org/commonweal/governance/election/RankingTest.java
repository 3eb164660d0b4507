package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The single stage of a method that elects the highest totals: the note naming who is elected, in the
 * singular and the plural, and the purpose of a tie for the seat or the last seat.
 */
class RankingTest {
  private static final Candidate ANN = Candidate.of("Ann");
  private static final Candidate BOB = Candidate.of("Bob");
  private static final Candidate CAL = Candidate.of("Cal");

  private static Stage onlyStage(ElectionResult r) {
    assertEquals(1, r.report().stages().size());
    return r.report().stages().get(0);
  }

  @Test
  void electHighest_oneSeat_notesTheOneElected() {
    Election e = Election.of(List.of(ANN, BOB), 1, List.of(RankedBallot.of(2, BOB), RankedBallot.of(1, ANN)));
    Stage s = onlyStage(ElectionMethods.plurality().count(e));
    assertTrue(s.notes().contains("Bob has the highest total and is elected"), s.notes().toString());
  }

  @Test
  void electHighest_twoSeats_notesBothElected() {
    Election e =
        Election.of(
            List.of(ANN, BOB, CAL),
            2,
            List.of(ApprovalBallot.of(3, ANN, CAL), ApprovalBallot.of(1, BOB)));
    Stage s = onlyStage(ElectionMethods.approval().count(e));
    assertTrue(s.notes().contains("Ann and Cal have the highest totals and are elected"), s.notes().toString());
  }

  @Test
  void electHighest_everyCandidateWithdrawn_notesNobodyStanding() {
    Election e = Election.builder().candidates(List.of(ANN, BOB)).seats(1).addWithdrawn(ANN, BOB).build();
    Stage s = onlyStage(ElectionMethods.plurality().count(e));
    assertTrue(s.notes().contains("No candidate is standing"), s.notes().toString());
  }

  @Test
  void electHighest_tieForTheOneSeat_isForTheSeat() {
    Election e = Election.of(List.of(ANN, BOB), 1, List.of(RankedBallot.of(ANN), RankedBallot.of(BOB)));
    Stage s = onlyStage(ElectionMethods.plurality().count(e));
    assertEquals(1, s.ties().size());
    assertEquals("the seat", s.ties().get(0).purpose());
  }

  @Test
  void electHighest_tieForTheSecondSeat_isForTheLastSeat() {
    Election e =
        Election.of(
            List.of(ANN, BOB, CAL),
            2,
            List.of(ApprovalBallot.of(3, ANN), ApprovalBallot.of(1, BOB), ApprovalBallot.of(1, CAL)));
    Stage s = onlyStage(ElectionMethods.approval().count(e));
    assertEquals(1, s.ties().size());
    assertEquals("the last seat", s.ties().get(0).purpose());
  }
}
