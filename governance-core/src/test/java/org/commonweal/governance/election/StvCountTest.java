package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The driver of a constrained count: which exclusions the limits allow, and how a guard is explained. */
class StvCountTest {
  @Test
  void mayExcludeAll_aBatchLeavingExactlyTheSeatsLeft_underLimitsThatAllowIt() {
    // As in MeekStvTest: C, D and E are sure losers at stage 2, leaving B alone for the last seat. A
    // board limit of 2 among all five cannot bind, so the batch still goes together.
    Election e = election(2, "A B C D E", "12 A C", "9 B", "4 C", "1 D", "1 E");
    List<SeatConstraint> limits =
        List.of(SeatConstraint.atMost("board", 2, List.of(c("A"), c("B"), c("C"), c("D"), c("E"))));
    List<Stage> s = ConstrainedStv.of(StvMethods.meek(), limits).count(e).report().stages();
    assertEquals(List.of(c("C"), c("D"), c("E")), s.get(1).excluded());
    assertEquals(List.of(c("B")), s.get(1).elected());
  }

  @Test
  void mayExcludeAll_aBatchThatWouldBreakAMinimum_doesNotGoTogether() {
    // 40 papers, 3 seats, Meek quota 10.000000000000000001. Stage 1: A (11) elected. Stage 2: the first
    // iteration finds the surplus 0.999999999999999999: F (4) and E (5) with it stay below B and C
    // (10 each), so without limits they would go together. But at least one of E and F must be
    // elected: excluding both leaves no conforming outcome, so they do not go together.
    Election e = election(3, "A B C E F", "11 A", "10 B", "10 C", "5 E", "4 F");
    ElectionResult plain = StvMethods.meek().count(e);
    assertEquals(List.of(c("E"), c("F")), plain.report().stages().get(1).excluded());
    List<SeatConstraint> limits = List.of(SeatConstraint.atLeast("x", 1, List.of(c("E"), c("F"))));
    List<Stage> s = ConstrainedStv.of(StvMethods.meek(), limits).count(e).report().stages();
    assertTrue(s.stream().noneMatch(st -> st.excluded().containsAll(List.of(c("E"), c("F")))), s.toString());
  }

  @Test
  void judgeLimits_aGuardedCandidate_theNoteNamesTheLimitThatGuards() {
    // 100 papers, 2 seats, quota 34. Stage 1: A (40) elected. D is the only woman: every conforming
    // outcome elects D, by the women's limit alone (the board limit allows any two of A and B).
    Election e = election(2, "A B C D", "40 A", "30 B", "20 C", "10 D");
    List<SeatConstraint> limits =
        List.of(
            SeatConstraint.atMost("board", 2, List.of(c("A"), c("B"))),
            SeatConstraint.atLeast("women", 1, List.of(c("D"))));
    ElectionResult r = ConstrainedStv.of(StvMethods.scottish(), limits).count(e);
    Stage one = r.report().stages().get(0);
    assertTrue(
        one.notes()
            .contains(
                "D is guarded (every conforming outcome still possible elects them) by [women: at least 1]: not to be"
                    + " excluded."),
        one.notes().toString());
  }
}
