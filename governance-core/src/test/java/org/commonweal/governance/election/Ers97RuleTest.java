package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

/**
 * ERS97's decisions at the exact boundaries of its tests (paragraph numbers are the manual's): a vote
 * exactly at the quota, a surplus exactly equal to the gap it is weighed against, a total active vote
 * reached exactly, and the notes each decision leaves. Every count is worked by hand in the comments.
 */
class Ers97RuleTest {
  private static final StvMethod RULE = StvMethods.ers97();

  private static Fraction d(String decimal) {
    return Fraction.parse(decimal);
  }

  @Test
  void elect_lastPlaceFilledByTheOnlyBatch_noNoteOfBatchesLeft() {
    // 18 papers, 1 place: quota 18 / 2 = 9.00. Stage 1: A 6, B 5, C 4, D 3; nobody qualifies (6 x 2 =
    // 12 < 18), no bulk set (3 + 4 = 7 > 5). Stage 2: D excluded, one batch of 3 papers at 1.00 to A,
    // who then has exactly 9.00, the quota: elected (5.1.7 "reaches the quota"). The place is filled by
    // the last (only) batch: no batch is left untransferred, so 5.5.2 says nothing.
    Election e = election(1, "A B C D", "6 A", "5 B", "4 C", "3 D A");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    Stage two = s.get(1);
    assertEquals(List.of(c("D")), two.excluded());
    assertEquals(Fraction.of(9), two.totals().get(c("A")));
    assertEquals(Optional.of(d("9.00")), two.quota());
    assertEquals(List.of(c("A")), two.elected());
    assertEquals(List.of("Batch 1: 3 papers at 1.00, 0 non-transferable."), two.notes());
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void next_surplusExactlyTheGapBetweenTheLowestTwo_isDeferred() {
    // 30 papers, 2 places: quota 30 / 3 = 10.00. Stage 1: A 11 elected, surplus 1.00. B 8 is short of
    // the total active vote test with one place left: 8 x 2 = 16 < 30 - 10 = 20. No bulk set: D 5 and
    // C 6 together, 11, with the surplus 12 > 8 (B). The surplus 1.00 is exactly the gap between the
    // lowest two (6 - 5): it cannot change who is excluded next, so it waits (5.2.2, "not more than").
    Election e = election(2, "A B C D", "11 A", "8 B", "6 C", "5 D");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    assertEquals(List.of(c("A")), s.get(0).elected());
    Stage two = s.get(1);
    assertEquals(Stage.Kind.EXCLUSION, two.kind());
    assertEquals(List.of(c("D")), two.excluded());
    assertEquals("Exclusion of D (5.00); surpluses of 1.00 deferred (5.2.2)", two.description());
  }

  @Test
  void elect_voteTimesPlacesLeftPlusOneExactlyTheTotalActiveVote_qualifies() {
    // 18 papers, 2 places: quota 18 / 3 = 6.00. Stage 1: A 10 elected (surplus 4.00); B 4, C 3, D 1.
    // B: 4 x 2 = 8 < 18 - 6 = 12 (the active vote holds A's surplus). The surplus 4.00 is more than the
    // gap D-C (2) and no bulk set (1 + 3 + 4 = 8 > 4): it is transferred (stage 2), but A's papers have
    // no further preference: 4.00 non-transferable. Now the total active vote is 18 - 4 - 6 = 8 and
    // B's 4 x (1 + 1) = 8 reaches it exactly: B is elected at that point (5.4.9, "equals or exceeds"),
    // with nothing more to say.
    Election e = election(2, "A B C D", "10 A", "4 B", "3 C", "1 D");
    ElectionResult r = RULE.count(e);
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    Stage two = s.get(1);
    assertEquals(Stage.Kind.SURPLUS, two.kind());
    assertEquals(Fraction.of(4), two.exhausted());
    assertEquals(List.of(c("B")), two.elected());
    assertEquals(List.of(), two.notes());
    assertEquals(List.of("A", "B"), names(r.elected()));
  }

  @Test
  void count_asManyCandidatesAsPlacesLeft_theRemainingNote() {
    // 4 papers, 2 places: quota 4 / 3 = 1.333... -> 1.34. B (3) is elected; A (1) is short of the
    // quota and of the active vote test (1 x 2 = 2 < 4 - 1.34 = 2.66), but A is the only continuing
    // candidate for the one place left: elected without a transfer (5.5.1).
    ElectionResult r = RULE.count(election(2, "A B", "1 A", "3 B"));
    List<Stage> s = r.report().stages();
    assertEquals(1, s.size());
    assertEquals(List.of(c("B"), c("A")), s.get(0).elected());
    assertEquals(
        List.of("The continuing candidates are no more than the places left: they are elected (5.5.1)."),
        s.get(0).notes());
  }

  @Test
  void count_doomedCandidateAboveTheQuota_neitherElectedNorItsSurplusPending() {
    // 100 papers, 2 places: quota 100 / 3 = 33.333... -> 33.34. Stage 1: A 40 and B 35 reach it; with
    // A elected the staff limit has no room for B, who stays continuing, doomed. Stage 2: B excluded at
    // once, in one batch of 35 papers to C (50); and A's surplus (6.66) was deferred, not B's: the
    // stage speaks of A's alone. C reaches the quota: the places are filled.
    Election e = election(2, "A B C D", "40 A", "35 B C", "15 C", "10 D");
    ElectionResult r =
        ConstrainedStv.of(RULE, List.of(SeatConstraint.atMost("staff", 1, List.of(c("A"), c("B"))))).count(e);
    List<Stage> s = r.report().stages();
    assertEquals(List.of(c("A")), s.get(0).elected());
    Stage two = s.get(1);
    assertEquals(List.of(c("B")), two.excluded());
    assertEquals("Exclusion of B (35.00); surpluses of 6.66 deferred (5.2.2)", two.description());
    assertEquals(Fraction.of(50), two.totals().get(c("C")));
    assertEquals(List.of(c("C")), two.elected());
    assertEquals(2, s.size());
    assertEquals(List.of("A", "C"), names(r.elected()));
  }
}
