package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every STV rule gives its result by default: the election's title, conservation, stage look-back. */
class StvRuleTest {
  @Test
  void result_takesTheElectionsTitle_andCountsEveryPaper() {
    Election e = StvBallots.builder(1, "A B", "3 A", "2 B").title("Ward 7").build();
    ElectionResult r = StvMethods.scottish().count(e);
    assertEquals("Ward 7", r.title());
    assertTrue(r.report().totalsArePapers());
  }

  @Test
  void breakTie_aStageLookBack_namesTheStage() {
    // 33 papers, 1 seat, quota 17. Stage 2: E (2) excluded, to C: C 6, D 5. Stage 3: F (3) excluded,
    // one paper to D: C 6, D 6. Stage 4: C and D tie for exclusion; stage 3 has them equal, stage 2 has
    // D lower: D is excluded (r. 50, the most recent stage where they differed). The look-back is by
    // stage, as the rule counts, not by point within a stage.
    Election e = election(1, "A B C D E F", "10 A", "9 B", "4 C", "5 D", "2 E C", "1 F D", "2 F");
    List<Stage> s = StvMethods.scottish().count(e).report().stages();
    Stage four = s.get(3);
    assertEquals(List.of(c("D")), four.excluded());
    Tie tie = four.ties().get(0);
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, tie.decidedBy());
    assertEquals(2, tie.decidingStage().getAsInt());
    assertFalse(tie.explanation().contains("point"), tie.explanation());
  }
}
