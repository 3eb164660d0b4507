package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The class-count vectors: how many there are, and the first of the fewest or most members that passes a test. */
class VectorsTest {

  @Test
  void count_isTheProductOfEachSizePlusOne() {
    assertEquals(1, Vectors.count(new int[0]));
    assertEquals(6, Vectors.count(new int[] {1, 2}));
    assertEquals(2 * 4 * 11, Vectors.count(new int[] {1, 3, 10}));
  }

  @Test
  void count_saturatesAtTheLargestLong() {
    assertEquals(Long.MAX_VALUE, Vectors.count(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}));
  }

  @Test
  void count_reachesExactlyTheLargestMultipleBelowTheLargestLong() {
    // (2^63 - 1) / 9, rounded down, is 1,320,498,020 x 776,085,310; times 9 it is 2^63 - 8, which a long holds.
    assertEquals(9_223_372_036_854_775_800L, Vectors.count(new int[] {1_320_498_019, 776_085_309, 8}));
    assertEquals(9_223_372_036_854_775_800L,
        ClassGame.of(List.of(MemberClass.of("a", 1_320_498_019), MemberClass.of("b", 776_085_309),
            MemberClass.of("c", 8)), GameRule.weighted(1, 1, 1, 1)).vectors());
  }

  @Test
  void extreme_fewest_givesTheFirstSmallestVectorThatPasses() {
    // Two classes of one: (0,1) and (1,0) both have one member; (0,1) comes first.
    assertArrayEquals(new int[] {0, 1}, Vectors.extreme(new int[] {1, 1}, true, k -> k[0] + k[1] >= 1));
    assertArrayEquals(new int[] {1, 1}, Vectors.extreme(new int[] {1, 1}, true, k -> k[0] + k[1] >= 2));
    assertNull(Vectors.extreme(new int[] {1, 1}, true, k -> false));
  }

  @Test
  void extreme_most_givesTheFirstLargestVectorThatPasses() {
    assertArrayEquals(new int[] {0, 1}, Vectors.extreme(new int[] {1, 1}, false, k -> k[0] + k[1] <= 1));
    assertArrayEquals(new int[] {0, 0}, Vectors.extreme(new int[] {1, 1}, false, k -> k[0] + k[1] == 0));
  }
}
