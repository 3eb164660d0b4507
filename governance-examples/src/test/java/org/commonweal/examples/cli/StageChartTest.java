package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The chart's scale and labels. */
class StageChartTest {
  @Test
  void step_dividesTheAxisIntoAtMostEightSteps() {
    assertEquals(1, StageChart.step(0));
    assertEquals(1, StageChart.step(8));
    assertEquals(2, StageChart.step(9));
    assertEquals(500, StageChart.step(2614));
    assertEquals(1000, StageChart.step(7508));
    for (long max = 0; max < 100_000; max += 37) {
      long step = StageChart.step(max);
      assertTrue(step * 8 >= max, max + " by " + step);
    }
  }

  @Test
  void spread_keepsLabelsApartAndNearTheirLines() {
    double[] placed = StageChart.spread(new double[] {100, 100, 101, 300, 398}, 20, 400);
    double[] sorted = placed.clone();
    java.util.Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      assertTrue(sorted[i] - sorted[i - 1] >= 14 - 1e-9, java.util.Arrays.toString(placed));
    }
    assertEquals(300, placed[3]);
    assertTrue(placed[4] <= 400, java.util.Arrays.toString(placed));
    // Labels crowded at the bottom are pushed up within it.
    double[] bottom = StageChart.spread(new double[] {400, 400, 400}, 20, 400);
    java.util.Arrays.sort(bottom);
    assertEquals(400, bottom[2]);
    assertEquals(372, bottom[0]);
  }

  @Test
  void shortened_cutsLongNamesWithAnEllipsis() {
    assertEquals("Ann", StageChart.shortened("Ann"));
    String longName = "\"Kenneth Alexander SUTHERLAND\" \"Scottish Family Party Pro-Family\"";
    String cut = StageChart.shortened(longName);
    assertEquals(40, cut.length());
    assertTrue(cut.endsWith("…") && longName.startsWith(cut.substring(0, 39)), cut);
  }
}
