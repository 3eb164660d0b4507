package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * The two-round (contingent vote) count by hand: a majority is more than half, so exactly half goes to
 * a runoff; the runoff counts each paper for the finalist it ranks higher, papers ranking neither are
 * exhausted, and an equal runoff is decided by the lot. Each test's comment shows the arithmetic.
 */
class TwoRoundTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");

  private static Election ranked(RankedBallot... ballots) {
    return Election.of(List.of(A, B, C, D), 1, List.of(ballots));
  }

  private static Fraction f(long n) {
    return Fraction.of(n);
  }

  @Test
  void count_oneVoteOverHalf_electsAtTheFirstRound() {
    // A 6 of 10: 6 > 4, a majority.
    ElectionResult r = ElectionMethods.twoRound().count(ranked(RankedBallot.of(6, A), RankedBallot.of(4, B)));
    assertEquals(List.of(A), r.elected());
    assertEquals(1, r.report().stages().size());
    Stage one = r.report().stages().get(0);
    assertEquals(List.of(A), one.elected());
    assertEquals(List.of("A has 6 of 10 votes, a majority, and is elected"), one.notes());
    assertEquals(Map.of(A, f(6), B, f(4), C, f(0), D, f(0)), one.totals());
  }

  @Test
  void count_exactlyHalf_isNoMajority_andGoesToTheRunoff() {
    // A 5 of 10 is not more than the other 5. Finalists A and B; C's paper ranks A: runoff A 6, B 4.
    ElectionResult r =
        ElectionMethods.twoRound().count(ranked(RankedBallot.of(5, A), RankedBallot.of(4, B), RankedBallot.of(1, C, A)));
    assertEquals(2, r.report().stages().size());
    Stage one = r.report().stages().get(0);
    assertEquals(List.of(), one.elected());
    assertEquals(List.of("No candidate has a majority of the 10 votes; A and B go to the runoff"), one.notes());
    Stage two = r.report().stages().get(1);
    assertEquals("Runoff between A and B: each paper counts for the one it ranks higher", two.description());
    assertEquals(Map.of(A, f(6), B, f(4), C, f(0), D, f(0)), two.totals());
    assertEquals(List.of(C, D), two.excluded());
    assertEquals(f(0), two.exhausted());
    assertEquals(List.of("A wins the runoff with 6 votes and is elected"), two.notes());
    assertEquals(List.of(A), r.elected());
  }

  @Test
  void count_theSecondFinalistWinningTheRunoff_isElected() {
    // First round B 5, A 4, C 3 of 12: no majority (5 is not more than 7). Runoff: C's papers rank A:
    // B 5, A 7.
    ElectionResult r =
        ElectionMethods.twoRound().count(ranked(RankedBallot.of(5, B), RankedBallot.of(4, A), RankedBallot.of(3, C, A)));
    Stage two = r.report().stages().get(1);
    assertEquals("Runoff between A and B: each paper counts for the one it ranks higher", two.description());
    assertEquals(f(7), two.totals().get(A));
    assertEquals(f(5), two.totals().get(B));
    assertEquals(List.of(A), r.elected());
    assertEquals(List.of("A wins the runoff with 7 votes and is elected"), two.notes());
  }

  @Test
  void count_equalRunoff_isDecidedByTheLot_andPapersForNeitherAreExhausted() {
    // First round A 4, B 3, C 2, D 1 of 10. Runoff: C's papers rank neither finalist (2 exhausted), D's
    // paper ranks B: A 4, B 4, decided by the lot.
    Election e = ranked(RankedBallot.of(4, A), RankedBallot.of(3, B), RankedBallot.of(2, C), RankedBallot.of(1, D, B));
    ElectionResult given = ElectionMethods.twoRound().count(e, TieBreaker.givenOrder());
    Stage two = given.report().stages().get(1);
    assertEquals(f(2), two.exhausted());
    assertEquals(f(4), two.totals().get(A));
    assertEquals(f(4), two.totals().get(B));
    assertEquals(List.of(A), given.elected());
    Tie tie = two.ties().get(0);
    assertEquals("the runoff", tie.purpose());
    assertEquals(2, tie.stage());
    assertEquals(List.of(A, B), tie.tied());
    assertEquals(Tie.DecidedBy.LOT, tie.decidedBy());
    ElectionResult reversed = ElectionMethods.twoRound().count(e, TieBreaker.fixedOrder(List.of(D, C, B, A)));
    assertEquals(List.of(B), reversed.elected());
    assertEquals(List.of("B wins the runoff with 4 votes and is elected"), reversed.report().stages().get(1).notes());
  }

  @Test
  void count_firstRoundExhaustedPapers_areReported() {
    // D withdrawn: the paper ranking only D gives no vote. A 3 of 5 valid votes standing is a majority.
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .addWithdrawn(D)
            .addBallots(RankedBallot.of(3, A), RankedBallot.of(2, B), RankedBallot.of(1, D))
            .build();
    ElectionResult r = ElectionMethods.twoRound().count(e);
    Stage one = r.report().stages().get(0);
    assertEquals(f(1), one.exhausted());
    assertEquals(List.of("A has 3 of 5 votes, a majority, and is elected"), one.notes());
  }

  @Test
  void count_onlyOneCandidateStanding_isElectedWhateverTheVotes() {
    Election e =
        Election.builder()
            .addCandidates(A, B)
            .addWithdrawn(A)
            .addBallots(RankedBallot.of(3, A))
            .build();
    ElectionResult r = ElectionMethods.twoRound().count(e);
    assertEquals(List.of(B), r.elected());
    assertEquals(List.of("B is the only candidate standing and is elected"), r.report().stages().get(0).notes());
  }

  @Test
  void toString_namesTheMethod() {
    assertEquals("two-round (contingent vote)", ElectionMethods.twoRound().toString());
  }

  @Test
  void count_equalPreferences_areRefused() {
    Election e =
        Election.builder()
            .candidates(List.of(A, B, C, D))
            .rules(BallotRules.builder().equalPreferences(true).build())
            .addBallots(RankedBallot.of(3, A), RankedBallot.ofRanks(2, List.of(Set.of(B, C))))
            .build();
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> ElectionMethods.twoRound().count(e));
    assertEquals("ballots", x.field());
    assertEquals("2 papers", x.value());
  }
}
