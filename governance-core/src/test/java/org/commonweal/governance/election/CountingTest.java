package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/** The helpers every count's report uses: names in prose, numbers with separators, ties for places. */
class CountingTest {
  @Test
  void names_inProse() {
    assertEquals("nobody", Counting.names(List.of()));
    assertEquals("A", Counting.names(List.of(c("A"))));
    assertEquals("A and B", Counting.names(List.of(c("A"), c("B"))));
    assertEquals("A, B and C", Counting.names(List.of(c("A"), c("B"), c("C"))));
  }

  @Test
  void number_withThousandsSeparators() {
    assertEquals("1,234,567", Counting.number(1_234_567));
    assertEquals("0", Counting.number(0));
  }

  @Test
  void number_separatorsStartAtFourDigits_withOrWithoutASign() {
    assertEquals("999", Counting.number(999));
    assertEquals("1,000", Counting.number(1000));
    assertEquals("-999", Counting.number(-999));
    assertEquals("-1,000", Counting.number(-1000));
    assertEquals("12,345", Counting.number(12_345));
    assertEquals("100,000", Counting.number(100_000));
    assertEquals("-123,456,789", Counting.number(-123_456_789));
    assertEquals("-9,223,372,036,854,775,808", Counting.number(Long.MIN_VALUE));
  }

  @Test
  void requireOneSeat_refusesTwo() {
    Counting.requireOneSeat("instant-runoff", election(1, "A B", "1 A"));
    InvalidValueException x =
        assertThrows(InvalidValueException.class, () -> Counting.requireOneSeat("instant-runoff", election(2, "A B", "1 A")));
    assertEquals("seats", x.field());
    assertEquals("instant-runoff elects one candidate; seats (2) must be 1", x.getMessage());
  }

  @Test
  void refuseEqualPreferences_countsThePapersThatHaveThem() {
    Counting.refuseEqualPreferences("two-round", election(1, "A B C", "4 A B", "3 C").rankedProfile());
    // 4 + 2 papers rank two candidates equal; the 3 papers for C alone do not.
    Election e = election(1, "A B C", "4 A=B", "3 C", "2 C A=B");
    InvalidValueException x =
        assertThrows(InvalidValueException.class, () -> Counting.refuseEqualPreferences("two-round", e.rankedProfile()));
    assertEquals("ballots", x.field());
    assertEquals(
        "two-round gives each paper to one candidate at a time, so it cannot count equal preferences (6 papers have"
            + " them); count with rules that read several candidates at one rank as an overvote",
        x.getMessage());
  }

  @Test
  void kindOf_isTheOneKindOfBallot_orNoneWithoutBallots() {
    List<Candidate> ab = List.of(c("A"), c("B"));
    assertEquals(Counting.Kind.NONE, Counting.kindOf(Election.of(ab, 1, List.of())));
    assertEquals(Counting.Kind.RANKED, Counting.kindOf(Election.of(ab, 1, List.of(RankedBallot.of(2, c("A"))))));
    assertEquals(
        Counting.Kind.APPROVAL,
        Counting.kindOf(Election.of(ab, 1, List.of(ApprovalBallot.of(1, c("A")), ApprovalBallot.of(1, c("B"))))));
    assertEquals(
        Counting.Kind.SCORE,
        Counting.kindOf(Election.of(ab, 1, List.of(ScoreBallot.of(1, Map.of(c("A"), 3)), ScoreBallot.of(1, Map.of(c("B"), 1))))));
  }

  @Test
  void refuseKind_namesTheMethodAndBothKinds() {
    InvalidValueException x =
        assertThrows(InvalidValueException.class, () -> Counting.refuseKind("the Borda count", Counting.Kind.SCORE, "ranked ballots"));
    assertEquals("ballots", x.field());
    assertEquals("the Borda count counts ranked ballots, not score ballots", x.getMessage());
  }

  @Test
  void standing_leavesOutTheWithdrawn() {
    Election e = StvBallots.builder(1, "A B C D", "3 A", "2 C", "1 D").addWithdrawn(c("B")).build();
    assertArrayEquals(new boolean[] {true, false, true, true}, Counting.standingMask(e));
    assertArrayEquals(new int[] {0, 2, 3}, Counting.standingIndices(e));
    assertEquals(
        Map.of(c("A"), Fraction.of(3), c("C"), Fraction.of(2), c("D"), Fraction.of(1)),
        Counting.totals(e, new long[] {3, 9, 2, 1}));
    assertEquals(
        List.of(c("A"), c("C"), c("D")), List.copyOf(Counting.totals(e, new long[] {3, 9, 2, 1}).keySet()));
    assertEquals(
        Map.of(c("A"), Fraction.of(1, 2), c("C"), Fraction.ZERO, c("D"), Fraction.of(7)),
        Counting.totals(e, new Fraction[] {Fraction.of(1, 2), Fraction.of(9), Fraction.ZERO, Fraction.of(7)}));
  }

  private static Counting.Choice highest(TieBreaker lot, long[] scores, int wanted) {
    Fraction[] f = new Fraction[scores.length];
    int[] among = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      f[i] = Fraction.of(scores[i]);
      among[i] = i;
    }
    TieResolver resolver = new TieResolver(lot, List.of(c("A"), c("B"), c("C"), c("D")));
    return Counting.highest(
        resolver, Counting.NO_HISTORY, TieResolver.Direction.MOST_RECENT, 3, "runoff place", f, among, wanted);
  }

  @Test
  void highest_highestFirst_andATieOnlyWhereEqualScoresStraddleTheLastPlace() {
    // A 5, B 3, C 3, D 1. Two places: A, then one of B and C by lot.
    Counting.Choice two = highest(TieBreaker.givenOrder(), new long[] {5, 3, 3, 1}, 2);
    assertEquals(List.of(0, 1), two.chosen());
    assertEquals(1, two.ties().size());
    assertEquals(List.of(c("B"), c("C")), two.ties().get(0).tied());
    assertEquals(3, two.ties().get(0).stage());
    assertEquals("runoff place", two.ties().get(0).purpose());
    Counting.Choice other = highest(TieBreaker.fixedOrder(List.of(c("C"), c("B"))), new long[] {5, 3, 3, 1}, 2);
    assertEquals(List.of(0, 2), other.chosen());
    // Three places take B and C both: no tie.
    Counting.Choice three = highest(TieBreaker.givenOrder(), new long[] {5, 3, 3, 1}, 3);
    assertEquals(List.of(0, 1, 2), three.chosen());
    assertEquals(List.of(), three.ties());
    // D 9 first, then B 4, C 2: by score, not by ballot-paper order.
    assertEquals(List.of(3, 1, 2), highest(TieBreaker.givenOrder(), new long[] {1, 4, 2, 9}, 3).chosen());
    // More places than candidates: everyone; none wanted: nobody.
    assertEquals(List.of(0, 1, 2, 3), highest(TieBreaker.givenOrder(), new long[] {4, 3, 2, 1}, 6).chosen());
    Counting.Choice none = highest(TieBreaker.givenOrder(), new long[] {4, 3, 2, 1}, 0);
    assertEquals(List.of(), none.chosen());
    assertEquals(List.of(), none.ties());
  }

  @Test
  void highest_aThreeWayTieForTwoPlaces_drawsTwice() {
    // A, B and C all 2, D 1: two places among three equal candidates take two draws, in the lot's order.
    Counting.Choice choice = highest(TieBreaker.fixedOrder(List.of(c("C"), c("A"), c("B"))), new long[] {2, 2, 2, 1}, 2);
    assertEquals(List.of(2, 0), choice.chosen());
    assertEquals(2, choice.ties().size());
    assertEquals(List.of(c("A"), c("B"), c("C")), choice.ties().get(0).tied());
    assertEquals(List.of(c("A"), c("B")), choice.ties().get(1).tied());
  }

  @Test
  void mixedBallots_theRefusalNamesTheFirstOddOne() {
    // Two ranked papers, then an approval paper: the third is the odd one.
    Election e =
        Election.of(
            List.of(c("A"), c("B")),
            1,
            List.of(RankedBallot.of(1, c("A")), RankedBallot.of(1, c("B")), ApprovalBallot.of(1, c("A"))));
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> Counting.kindOf(e));
    assertEquals(
        "ballot 3 is approval but earlier ballots are ranked; an election holds one kind of ballot", x.getMessage());
  }

  @Test
  void tieForTheLastPlace_goesToTheCandidateTheLotSingledOut() {
    // Two-round: 10 papers, A 4 (no majority), B 3, C 3. B and C tie for the second runoff place; the
    // lot decides, and whoever it puts in the runoff wins it with the other's 3 papers: 6 to A's 4. The
    // given order favours B; an order drawn as C, B favours C.
    Election e = election(1, "A B C", "4 A", "3 B C", "3 C B");
    assertEquals(List.of("B"), names(ElectionMethods.twoRound().count(e, TieBreaker.givenOrder()).elected()));
    assertEquals(
        List.of("C"),
        names(ElectionMethods.twoRound().count(e, TieBreaker.fixedOrder(List.of(c("C"), c("B")))).elected()));
  }
}
