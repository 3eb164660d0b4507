package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

class TieResolverTest {
  private static final List<Candidate> CS = ElectionDomain.candidates(3);

  /** Totals by stage (rows) and candidate (columns): A and B tie now (stage 3), differ before. */
  private static final long[][] TOTALS = {{5, 3, 9}, {2, 4, 9}, {6, 6, 1}};

  private static final TieResolver.History HISTORY =
      new TieResolver.History() {
        @Override
        public int stages() {
          return TOTALS.length;
        }

        @Override
        public int compare(int stage, int a, int b) {
          return Long.compare(TOTALS[stage - 1][a], TOTALS[stage - 1][b]);
        }
      };

  @Test
  void mostRecent_looksAtTheLatestStageWhereTheyDiffered() {
    Tie t = new TieResolver(TieBreaker.givenOrder(), CS).resolve(4, "exclusion", new int[] {0, 1}, HISTORY, TieResolver.Direction.MOST_RECENT, true);
    // Stage 2: A 2, B 4: A is lower.
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, t.decidedBy());
    assertEquals(2, t.decidingStage().getAsInt());
    assertEquals(CS.get(0), TieResolver.singledOut(t, true));
    assertTrue(t.explanation().contains("at stage 2, the most recent where they differed, A had the fewest votes"), t.explanation());
  }

  @Test
  void earliest_looksAtTheFirstStageWhereTheyDiffered() {
    Tie t = new TieResolver(TieBreaker.givenOrder(), CS).resolve(4, "exclusion", new int[] {0, 1}, HISTORY, TieResolver.Direction.EARLIEST, true);
    // Stage 1: A 5, B 3: B is lower.
    assertEquals(1, t.decidingStage().getAsInt());
    assertEquals(CS.get(1), TieResolver.singledOut(t, true));
  }

  @Test
  void highest_isSingledOutFirst() {
    Tie t = new TieResolver(TieBreaker.givenOrder(), CS).resolve(4, "election", new int[] {0, 1}, HISTORY, TieResolver.Direction.MOST_RECENT, false);
    assertEquals(CS.get(1), TieResolver.singledOut(t, false));
    assertEquals(List.of(CS.get(1), CS.get(0)), t.order());
  }

  @Test
  void none_goesStraightToTheLot_andNumbersTheDraws() {
    TieResolver r = new TieResolver(TieBreaker.seeded(2026), CS);
    Tie first = r.resolve(1, "exclusion", new int[] {0, 1, 2}, HISTORY, TieResolver.Direction.NONE, true);
    Tie second = r.resolve(2, "exclusion", new int[] {0, 2}, HISTORY, TieResolver.Direction.NONE, true);
    assertEquals(Tie.DecidedBy.LOT, first.decidedBy());
    assertEquals(1, first.draw().orElseThrow().number());
    assertEquals(2, second.draw().orElseThrow().number());
    assertEquals(2, r.draws());
    // The seeded lot is reproducible: the same seed draws the same order.
    Tie again = new TieResolver(TieBreaker.seeded(2026), CS).resolve(1, "exclusion", new int[] {0, 1, 2}, HISTORY, TieResolver.Direction.NONE, true);
    assertEquals(first, again);
  }

  @Test
  void equalAtEveryEarlierStage_fallsToTheLot() {
    TieResolver.History equal =
        new TieResolver.History() {
          @Override
          public int stages() {
            return 2;
          }

          @Override
          public int compare(int stage, int a, int b) {
            return 0;
          }
        };
    Tie t = new TieResolver(TieBreaker.givenOrder(), CS).resolve(3, "exclusion", new int[] {1, 2}, equal, TieResolver.Direction.MOST_RECENT, true);
    assertEquals(Tie.DecidedBy.LOT, t.decidedBy());
    assertEquals(CS.get(2), TieResolver.singledOut(t, true));
    assertTrue(t.explanation().contains("equal at every earlier stage; lot 1"), t.explanation());
  }
}
