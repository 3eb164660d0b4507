package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PairwiseMethodTest {
  @Test
  void toString_belowRanked_isTheTitleAlone() {
    assertEquals("Copeland", ElectionMethods.copeland().toString());
    assertEquals("Kemeny-Young", ElectionMethods.kemenyYoung().toString());
    assertEquals("Minimax (margins)", ElectionMethods.minimax(PairwiseStrength.MARGINS).toString());
    assertEquals("Minimax (winning votes)", ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES).toString());
  }

  @Test
  void toString_notCompared_saysSo() {
    assertEquals(
        "Copeland, unranked candidates not compared",
        ElectionMethods.copeland(PairwiseMatrix.Unranked.NOT_COMPARED).toString());
    assertEquals(
        "Kemeny-Young, unranked candidates not compared",
        ElectionMethods.kemenyYoung(PairwiseMatrix.Unranked.NOT_COMPARED).toString());
  }
}
