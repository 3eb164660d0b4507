package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** Instant-runoff, one exclusion at a time and in batches, on small counts worked by hand. */
class InstantRunoffTest {
  @Test
  void majority_theReportSaysSo() {
    // 9 papers: A 5 > 9 - 5 = 4, a majority at the first stage.
    ElectionResult r = ElectionMethods.instantRunoff().count(election(1, "A B C", "5 A", "3 B", "1 C"));
    Stage one = r.report().stages().get(0);
    assertEquals(List.of("A has 5 of the 9 continuing votes, a majority, and is elected"), one.notes());
  }

  @Test
  void everyPaperExhausted_theLastCandidateIsElectedAsTheOnlyOneLeft() {
    // Both papers mark A and B at the first rank: an overvote, exhausted at once. Stage 1: A 0, B 0,
    // no majority (0 > 0 is false). Stage 2: the tie for exclusion goes to the lot (the given order puts
    // B last); A is then the only continuing candidate, with 0 of 0 votes.
    Election e = StvBallots.builder(1, "A B", "2 A=B").rules(BallotRules.builder().build()).build();
    ElectionResult r = ElectionMethods.instantRunoff().count(e, TieBreaker.givenOrder());
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(Fraction.of(2), s.get(0).exhausted());
    Tie tie = s.get(1).ties().get(0);
    assertEquals(2, tie.stage());
    assertEquals(List.of(c("B")), s.get(1).excluded());
    assertEquals(
        List.of("A has 0 of the 0 continuing votes and is the only continuing candidate; elected"), s.get(1).notes());
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void batchElimination_excludesTheLowestWhoTogetherHaveFewerThanTheNext() {
    // 51 papers, a majority needs 26. Stage 1: A 20, B 15, C 9, D 4, E 2, F 1.
    // From the bottom: F 1 < E 2; F + E = 3 < D 4; + D = 7 < C 9; + C = 16 is not < B 15. So D, E and F
    // go together; their 7 papers go to C (16).
    // Stage 3: B 15 < C 16; B + C = 31 is not < A 20: B alone goes, 15 papers to A (35 of 51), elected
    // at the stage that moved them.
    Election e = election(1, "A B C D E F", "20 A", "15 B A", "9 C", "4 D C", "2 E C", "1 F C");
    ElectionResult r = ElectionMethods.instantRunoff(true).count(e);
    List<Stage> s = r.report().stages();
    assertEquals(3, s.size());
    assertEquals(
        "Exclusion of D, E and F, who have together 7 votes, fewer than the next candidate's 9: 7 papers"
            + " transferred, 0 exhausted",
        s.get(1).description());
    assertEquals(List.of(c("D"), c("E"), c("F")), s.get(1).excluded());
    assertEquals(Fraction.of(16), s.get(1).totals().get(c("C")));
    assertEquals(
        "Exclusion of B, who has 15 votes, fewer than the next candidate's 16: 15 papers transferred, 0 exhausted",
        s.get(2).description());
    assertEquals(List.of("A has 35 of the 51 continuing votes, a majority, and is elected"), s.get(2).notes());
    // One at a time, the same winner after four exclusions (F, E, D, then B): five stages.
    ElectionResult single = ElectionMethods.instantRunoff().count(e);
    assertEquals(5, single.report().stages().size());
    assertEquals(List.of("A"), names(single.elected()));
  }

  @Test
  void manySeparatePapers_atOneCandidate_allMoveOnExclusion() {
    // C holds 40,960 papers given one by one (the count keeps each as its own parcel, in blocks of 8,192:
    // exactly five full blocks), A 41,000 and B 45,000 as single entries. Stage 1: 126,960 papers, no
    // majority; C is lowest and all 40,960 go to A: 81,960 > 126,960 - 81,960 = 45,000.
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < 40_960; i++) {
      ballots.add(RankedBallot.of(1, c("C"), c("A")));
    }
    ballots.add(RankedBallot.of(41_000, c("A")));
    ballots.add(RankedBallot.of(45_000, c("B")));
    Election e = Election.of(List.of(c("A"), c("B"), c("C")), 1, ballots);
    ElectionResult r = ElectionMethods.instantRunoff().count(e);
    Stage two = r.report().stages().get(1);
    assertEquals(
        "Exclusion of C, who has the fewest votes (40,960): 40,960 papers transferred, 0 exhausted", two.description());
    assertEquals(Fraction.of(81_960), two.totals().get(c("A")));
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void toString_saysWhetherExclusionsAreBatched() {
    assertEquals("instant-runoff", ElectionMethods.instantRunoff().toString());
    assertEquals("instant-runoff with batch elimination", ElectionMethods.instantRunoff(true).toString());
  }
}
