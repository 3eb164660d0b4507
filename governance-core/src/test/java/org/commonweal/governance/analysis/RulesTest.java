package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler's rules: constant where a condition is settled whatever the coalition, and simplified. */
class RulesTest {

  @Test
  void weighted_quotaOfNothing_isAlwaysMet() {
    assertTrue(Rules.weighted(0, new long[] {1}, new int[] {3}).always());
    assertEquals(GameRule.weighted(1, 1), Rules.weighted(1, new long[] {1}, new int[] {3}).rule());
    assertTrue(Rules.weighted(4, new long[] {1}, new int[] {3}).never());
    assertEquals(GameRule.weighted(3, 1), Rules.weighted(3, new long[] {1}, new int[] {3}).rule());
  }

  @Test
  void anyOf_dropsAPartNeverMetAndIsAlwaysMetWithAPartAlwaysMet() {
    Rules two = Rules.weighted(2, new long[] {1}, new int[] {3});
    assertEquals(GameRule.weighted(2, 1), Rules.anyOf(List.of(Rules.NEVER, two)).rule());
    assertTrue(Rules.anyOf(List.of(two, Rules.ALWAYS)).always());
    assertTrue(Rules.anyOf(List.of(Rules.NEVER, Rules.NEVER)).never());
  }
}
