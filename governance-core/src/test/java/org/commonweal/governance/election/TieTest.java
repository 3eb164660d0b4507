package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * A recorded tie is whole: at least two candidates, an order that is a permutation of them, a draw
 * exactly when the lot decided it and a deciding stage exactly when an earlier stage did; a builder
 * cannot record one that breaks these.
 */
class TieTest {
  private static final Candidate ANN = Candidate.of("Ann");
  private static final Candidate BOB = Candidate.of("Bob");
  private static final Candidate CY = Candidate.of("Cy");

  private static Tie.Builder byEarlierStage() {
    return Tie.builder()
        .stage(3)
        .purpose("exclusion")
        .addTied(ANN, BOB)
        .decidedBy(Tie.DecidedBy.EARLIER_STAGE)
        .decidingStage(2)
        .addOrder(BOB, ANN)
        .explanation("Ann, Bob tied for exclusion; at stage 2 Ann had the fewest votes.");
  }

  @Test
  void builder_twoTiedDecidedByAnEarlierStage_isBuilt() {
    Tie tie = byEarlierStage().build();
    assertEquals(List.of(ANN, BOB), tie.tied());
    assertEquals(List.of(BOB, ANN), tie.order());
    assertEquals(2, tie.decidingStage().getAsInt());
  }

  @Test
  void builder_oneTied_isRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Tie.builder()
                    .stage(1)
                    .purpose("the seat")
                    .addTied(ANN)
                    .decidedBy(Tie.DecidedBy.RULE)
                    .addOrder(ANN)
                    .explanation("alone")
                    .build());
    assertEquals("tied", e.field());
    assertEquals("a tie needs at least two candidates, got [Ann]", e.getMessage());
  }

  @Test
  void builder_orderNotAPermutationOfTheTied_isRefused() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> byEarlierStage().order(List.of(ANN, CY)).build());
    assertEquals("order", e.field());
    assertEquals("order [Ann, Cy] must be a permutation of [Ann, Bob]", e.getMessage());
    // The same candidates, one of them twice, are not a permutation either.
    assertThrows(InvalidValueException.class, () -> byEarlierStage().order(List.of(ANN, ANN)).build());
  }

  @Test
  void builder_lotWithoutADraw_isRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> byEarlierStage().decidedBy(Tie.DecidedBy.LOT).decidingStage(java.util.OptionalInt.empty()).build());
    assertEquals("draw", e.field());
    assertEquals("a tie has a draw exactly when it was decided by lot", e.getMessage());
  }

  @Test
  void builder_drawWithoutTheLot_isRefused() {
    Draw<Candidate> draw = Draw.of(1, List.of(ANN, BOB), List.of(BOB, ANN), "given order");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> byEarlierStage().draw(draw).build());
    assertEquals("draw", e.field());
  }

  @Test
  void builder_earlierStageWithoutTheStage_isRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> byEarlierStage().decidingStage(java.util.OptionalInt.empty()).build());
    assertEquals("decidingStage", e.field());
    assertEquals("a tie has a deciding stage exactly when an earlier stage decided it", e.getMessage());
  }

  @Test
  void builder_stageGivenForARule_isRefused() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> byEarlierStage().decidedBy(Tie.DecidedBy.RULE).build());
    assertEquals("decidingStage", e.field());
  }

  @Test
  void builder_lotWithItsDraw_isBuilt() {
    Draw<Candidate> draw = Draw.of(1, List.of(ANN, BOB, CY), List.of(CY, ANN, BOB), "given order");
    Tie tie =
        Tie.builder()
            .stage(1)
            .purpose("the seat")
            .addTied(ANN, BOB, CY)
            .decidedBy(Tie.DecidedBy.LOT)
            .draw(draw)
            .order(draw.order())
            .explanation("lot 1 ordered Cy, Ann, Bob.")
            .build();
    assertEquals(draw, tie.draw().orElseThrow());
    assertEquals(List.of(CY, ANN, BOB), tie.order());
  }
}
