package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
