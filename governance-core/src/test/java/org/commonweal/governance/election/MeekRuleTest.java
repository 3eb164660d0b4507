package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * The decisions of Meek's method (Hill, Wichmann and Woodall, Algorithm 123, The Computer Journal 30,
 * 1987): the order of candidates elected together, iterations that go on while the surplus falls, the
 * look-back direction, the notes at the end, and the papers a member keeps for a countback. Every count
 * is worked by hand in the comments.
 */
class MeekRuleTest {
  @Test
  void elect_twoReachTheQuotaAsManyAsTheSeatsLeft_bothElectedHigherFirstWithoutANote() {
    // 36 papers, 3 seats: quota 36 / 4 plus a unit, 9.000000000000000001. Stage 1: A (20) elected.
    // Stage 2: A's keep value falls to about 0.45, and each of A's papers passes about 0.55 on: B
    // about 5 + 5.5 = 10.5 and C about 6 + 5.5 = 11.5 reach the quota on the same iteration. They are
    // exactly as many as the seats left: both elected, C (the higher) first, and no choice among them
    // to explain.
    Election e = election(3, "A B C D E", "10 A B", "10 A C", "5 B", "6 C", "3 D", "2 E");
    ElectionResult r = StvMethods.meek().count(e);
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(List.of(c("A")), s.get(0).elected());
    assertEquals(List.of(c("C"), c("B")), s.get(1).elected());
    assertTrue(s.get(1).notes().stream().noneMatch(n -> n.contains("reached the quota together")), s.get(1).notes().toString());
    assertEquals(List.of("A", "C", "B"), names(r.elected()));
  }

  @Test
  void iterate_whileTheSurplusFalls_goesOnUntilTheLowestAreSureLosers() {
    // 34 papers, 3 seats: quota 8.500000000000000001. Stage 1: A (12) and B (10) elected. Their papers
    // pass to each other and end there, so each iteration lowers both keep values and the surplus
    // falls (5, then about 4.52 as the papers that end there lower the quota, ...), never stopping, while C 5, D 4 and E 3 stay as they are. Once
    // the surplus is below 1, E with the whole surplus cannot reach D (3 + surplus < 4), and E alone
    // may go: a batch of one, excluded as a sure loser (not as the lowest once the surplus stopped
    // falling).
    Election e = election(3, "A B C D E", "12 A B", "10 B A", "5 C", "4 D", "3 E");
    ElectionResult r = StvMethods.meek().count(e);
    List<Stage> s = r.report().stages();
    assertEquals(List.of(c("A"), c("B")), s.get(0).elected());
    Stage two = s.get(1);
    assertEquals(List.of(c("E")), two.excluded());
    assertTrue(
        two.description().startsWith("Exclusion of E: they cannot overtake the next candidate even with the surplus of 0."),
        two.description());
  }

  @Test
  void count_batchLeavesOneForTheLastSeat_theRemainingNote() {
    // As in MeekStvTest: C, D and E go together as sure losers at stage 2, leaving B alone for the
    // last seat, elected without iterating again.
    Election e = election(2, "A B C D E", "12 A C", "9 B", "4 C", "1 D", "1 E");
    Stage two = StvMethods.meek().count(e).report().stages().get(1);
    assertEquals(List.of(c("B")), two.elected());
    assertTrue(
        two.notes().contains("The continuing candidates are no more than the vacancies left: they are elected."),
        two.notes().toString());
  }

  @Test
  void lookBack_earliestOrMostRecent_decidesATieForExclusionDifferently() {
    // 33 papers, 1 seat: nobody near the quota (16.5 or more). Stage 1: C 4, D 5. Stage 2: E (2)
    // excluded, its papers to C: C 6, D 5. Stage 3: F (3) excluded, one paper to D: C 6, D 6.
    // Stage 4: C and D tie for exclusion. The most recent stage where they differed (2) has D lower;
    // the earliest (1) has C lower.
    Election e = election(1, "A B C D E F", "10 A", "9 B", "4 C", "5 D", "2 E C", "1 F D", "2 F");
    MeekStv recent = MeekStv.builder().name("meek-recent").earliestLookBack(false).build();
    MeekStv earliest = MeekStv.builder().name("meek-earliest").earliestLookBack(true).build();
    List<Stage> byRecent = recent.count(e).report().stages();
    assertEquals(List.of(c("E")), byRecent.get(1).excluded());
    assertEquals(List.of(c("F")), byRecent.get(2).excluded());
    assertEquals(Fraction.of(6), byRecent.get(2).totals().get(c("C")));
    assertEquals(Fraction.of(6), byRecent.get(2).totals().get(c("D")));
    assertEquals(List.of(c("D")), byRecent.get(3).excluded());
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, byRecent.get(3).ties().get(0).decidedBy());
    List<Stage> byEarliest = earliest.count(e).report().stages();
    assertEquals(List.of(c("C")), byEarliest.get(3).excluded());
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, byEarliest.get(3).ties().get(0).decidedBy());
  }

  @Test
  void papersOf_aPaperThroughAnElectedCandidate_keepsOnlyWhatThatCandidatePassedOn() {
    // 18 papers, 2 seats (as MeekStvTest's first count): A elected at stage 1, B at stage 2, when A
    // keeps 0.666666666666666666777777778 of each A B C paper and passes 0.333333333333333333222222222
    // to B, whose keep value is still 1. B's papers for a countback: the 4 B D papers whole, and the 9
    // A B C papers at about a third each. Among C and D: D 4, C about 3 of about 7: D has more than
    // half.
    Election e = election(2, "A B C D", "9 A B C", "4 B D", "5 C");
    assertEquals(List.of("A", "B"), names(StvMethods.meek().count(e).elected()));
    ElectionResult r = StvMethods.meek().countback(e, c("B"), List.of(c("C"), c("D")), TieBreaker.givenOrder());
    assertEquals(List.of("D"), names(r.elected()));
    Stage one = r.report().stages().get(0);
    assertEquals(Fraction.of(4), one.totals().get(c("D")));
    Fraction cTotal = one.totals().get(c("C"));
    assertTrue(cTotal.compareTo(Fraction.parse("2.99")) > 0 && cTotal.compareTo(Fraction.of(3)) <= 0, cTotal.toString());
  }

  @Test
  void mostVotes_twoReachTheQuotaForOneSeat_theNoteSaysTheOneWithTheMostVotesIsElected() {
    // New Zealand rules, as in EqualPreferencesCountTest: rounding up creates value, and Alice and
    // Carol reach the quota together (0.666666667 each) with one seat left, so the seat goes to the one
    // with the most votes (here by lot, as they are equal).
    Election e = election(2, "Alice Bob Carol", "1 Alice=Bob", "1 Carol=Bob");
    ElectionResult r = StvMethods.meekNz().count(e, TieBreaker.givenOrder());
    List<Stage> s = r.report().stages();
    Stage last = s.get(s.size() - 1);
    assertEquals(
        "Alice and Carol reached the quota together with 1 seat left, the rounding having created value: the one"
            + " with the most votes is elected.",
        last.notes().get(0));
    assertEquals(List.of(c("Alice")), last.elected());
  }

  @Test
  void iterate_aSurplusExactlyOmegaThatStopsFalling_isStableNotConverged() {
    // One place and no guard digits, omega 10^-1 = 0.1. 34 papers, 4 seats: quota 34 / 5 = 6.8 plus a
    // unit, 6.9. Stage 1: A (7) elected. Stage 2, first iteration: the surplus is 7 - 6.9 = 0.1, exactly
    // omega, so not below it: iterate again. A's keep value, 6.9 / 7 = 0.98... rounded up at one place,
    // is still 1.0: the second iteration finds the same surplus 0.1, which has stopped falling. F, the
    // lowest (4), is excluded after 2 iterations.
    MeekStv onePlace =
        MeekStv.builder().name("meek-1").decimals(1).guardDigits(0).omegaPlaces(1).batchExclusion(false).build();
    Election e = election(4, "A B C D E F", "7 A", "6 B", "6 C", "6 D", "5 E", "4 F");
    List<Stage> s = onePlace.count(e).report().stages();
    assertEquals(List.of(c("A")), s.get(0).elected());
    Stage two = s.get(1);
    assertEquals(List.of(c("F")), two.excluded());
    assertEquals("Exclusion of F: the lowest vote (4.0) once the total surplus stopped falling (0.1)", two.description());
    assertEquals(List.of("Keep values iterated 2 times."), two.notes());
  }

  @Test
  void iterate_aSurplusExactlyOmega_stillFindsSureLosers() {
    // As above with batch exclusion: on the first iteration the surplus 0.1 is not below omega, so the
    // count looks for sure losers. F (4) with the whole surplus, 4.1, cannot reach E (5); E and F with
    // it, 9.1, would pass B (6). So F alone goes, as a sure loser.
    MeekStv onePlace =
        MeekStv.builder().name("meek-1").decimals(1).guardDigits(0).omegaPlaces(1).batchExclusion(true).build();
    Election e = election(4, "A B C D E F", "7 A", "6 B", "6 C", "6 D", "5 E", "4 F");
    Stage two = onePlace.count(e).report().stages().get(1);
    assertEquals(List.of(c("F")), two.excluded());
    assertEquals("Exclusion of F: they cannot overtake the next candidate even with the surplus of 0.1", two.description());
  }

  @Test
  void sureLosers_withTheSurplusExactlyReachingTheNext_areNotSure() {
    // One place, omega 0.1. 99 papers, 9 seats: quota 99 / 10 = 9.9 plus a unit, 10.0. Stage 1: A (11)
    // elected. Stage 2, first iteration: surplus 1.0. The lowest: B 2, C 4, D 7, then six on 8 and three
    // on 9. B with the surplus (3.0) cannot reach C (4): a sure loser. B and C with it make exactly
    // 7.0, D's vote: they could tie D, so they are not sure losers together. B goes alone.
    MeekStv onePlace =
        MeekStv.builder().name("meek-1").decimals(1).guardDigits(0).omegaPlaces(1).batchExclusion(true).build();
    Election e =
        election(
            9,
            "A B C D E F G H I J K L M",
            "11 A",
            "2 B",
            "4 C",
            "7 D",
            "8 E",
            "8 F",
            "8 G",
            "8 H",
            "8 I",
            "8 J",
            "9 K",
            "9 L",
            "9 M");
    List<Stage> s = onePlace.count(e).report().stages();
    assertEquals(List.of(c("A")), s.get(0).elected());
    Stage two = s.get(1);
    assertEquals(List.of(c("B")), two.excluded());
    assertEquals("Exclusion of B: they cannot overtake the next candidate even with the surplus of 1.0", two.description());
  }
}
