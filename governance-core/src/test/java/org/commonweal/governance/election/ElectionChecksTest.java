package org.commonweal.governance.election;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The checks an election makes when it is built: candidates listed once, withdrawals and the undeclared
 * write-in among them, and every mark of every kind of ballot a candidate's.
 */
class ElectionChecksTest {
  private static final Candidate ANN = Candidate.of("Ann");
  private static final Candidate BOB = Candidate.of("Bob");
  private static final Candidate CAL = Candidate.of("Cal");
  private static final Candidate ZED = Candidate.of("Zed");

  private static InvalidValueException refused(Election.Builder b) {
    return assertThrows(InvalidValueException.class, b::build);
  }

  @Test
  void build_noCandidates_isRefused() {
    InvalidValueException e = refused(Election.builder().seats(1));
    assertEquals("candidates", e.field());
    assertEquals("an election needs at least one candidate", e.getMessage());
  }

  @Test
  void build_noSeats_isRefused_oneSeatIsAccepted() {
    InvalidValueException e = refused(Election.builder().candidates(List.of(ANN)).seats(0));
    assertEquals("seats", e.field());
    assertEquals("seats (0) must be at least 1", e.getMessage());
    assertEquals(1, Election.builder().candidates(List.of(ANN)).seats(1).build().seats());
  }

  @Test
  void build_candidateListedTwice_isRefused() {
    InvalidValueException e = refused(Election.builder().candidates(List.of(ANN, BOB, Candidate.of("Ann"))).seats(1));
    assertEquals("candidates", e.field());
    assertEquals("candidate \"Ann\" is listed twice", e.getMessage());
  }

  @Test
  void build_withdrawnNotACandidate_isRefused() {
    InvalidValueException e = refused(Election.builder().candidates(List.of(ANN, BOB)).seats(1).addWithdrawn(ZED));
    assertEquals("withdrawn", e.field());
    assertEquals("withdrawn candidate \"Zed\" is not one of the candidates", e.getMessage());
  }

  @Test
  void build_writeInNotACandidate_isRefused() {
    InvalidValueException e =
        refused(Election.builder().candidates(List.of(ANN, BOB)).seats(1).undeclaredWriteIn(Optional.of(ZED)));
    assertEquals("undeclaredWriteIn", e.field());
    assertEquals("undeclared write-in \"Zed\" is not one of the candidates", e.getMessage());
  }

  @Test
  void build_writeInWithdrawn_isRefused() {
    InvalidValueException e =
        refused(
            Election.builder()
                .candidates(List.of(ANN, BOB))
                .seats(1)
                .addWithdrawn(BOB)
                .undeclaredWriteIn(Optional.of(BOB)));
    assertEquals("undeclaredWriteIn", e.field());
    assertEquals("undeclared write-in \"Bob\" is withdrawn", e.getMessage());
  }

  @Test
  void build_writeInStanding_isAccepted() {
    Election e =
        Election.builder().candidates(List.of(ANN, BOB)).seats(1).undeclaredWriteIn(Optional.of(BOB)).build();
    assertEquals(Optional.of(BOB), e.undeclaredWriteIn());
  }

  @Test
  void build_rankedMarkOfAStranger_isRefusedWithTheBallotNumber() {
    InvalidValueException e =
        refused(
            Election.builder()
                .candidates(List.of(ANN, BOB))
                .seats(1)
                .ballots(List.of(RankedBallot.of(ANN, BOB), RankedBallot.of(BOB, ZED))));
    assertEquals("ballots", e.field());
    assertEquals("ballot 2 marks \"Zed\", who is not one of the candidates", e.getMessage());
  }

  @Test
  void build_rankedMarkOfAnEqualCandidateNotTheSameObject_isAccepted() {
    Election e = Election.of(List.of(ANN, BOB), 1, List.of(RankedBallot.of(Candidate.of("Bob"), Candidate.of("Ann"))));
    assertEquals(1, e.ballots().size());
  }

  @Test
  void build_aReadersBallotsInAnotherElection_areCheckedMarkByMark() {
    // A file's ballots draw their marks from the file's table of candidates, which the election checks
    // once. Given to an election that lacks one of those candidates, the table vouches for nothing: each
    // mark is checked, and a paper marking the missing candidate is refused by its number.
    Election read =
        Blt.read("3 1\n2 1 2 0\n1 3 0\n1 2 1 0\n0\n\"Ann\"\n\"Bob\"\n\"Cy\"\n\"Poll\"\n".getBytes(UTF_8))
            .election();
    List<Candidate> cs = read.candidates();
    InvalidValueException e =
        refused(Election.builder().candidates(cs.subList(0, 2)).seats(1).ballots(read.ballots()));
    assertEquals("ballot 2 marks \"Cy\", who is not one of the candidates", e.getMessage());
    // Without a candidate no paper marks, the same ballots are accepted, checked mark by mark.
    Election twoMarked =
        Election.builder()
            .candidates(List.of(cs.get(0), cs.get(1)))
            .seats(1)
            .ballots(List.of(read.ballots().get(0), read.ballots().get(2)))
            .build();
    assertEquals(3, twoMarked.papers());
    // And in an election of the same candidates in another order, the table is checked and vouches.
    Election reordered = Election.builder().candidates(List.of(cs.get(2), cs.get(0), cs.get(1))).ballots(read.ballots()).build();
    assertEquals(4, reordered.papers());
  }

  @Test
  void build_approvalOfAStranger_isRefused_ofCandidatesIsAccepted() {
    InvalidValueException e =
        refused(
            Election.builder()
                .candidates(List.of(ANN, BOB))
                .seats(1)
                .ballots(List.of(ApprovalBallot.of(1, ANN), ApprovalBallot.of(2, BOB, ZED))));
    assertEquals("ballots", e.field());
    assertEquals("ballot 2 marks \"Zed\", who is not one of the candidates", e.getMessage());
    assertEquals(2, Election.of(List.of(ANN, BOB), 1, List.of(ApprovalBallot.of(1, ANN), ApprovalBallot.of(1, BOB))).ballots().size());
  }

  @Test
  void build_scoreOfAStranger_isRefused_ofCandidatesIsAccepted() {
    InvalidValueException e =
        refused(
            Election.builder()
                .candidates(List.of(ANN, BOB))
                .seats(1)
                .ballots(List.of(ScoreBallot.of(1, Map.of(ZED, 3)))));
    assertEquals("ballots", e.field());
    assertEquals("ballot 1 marks \"Zed\", who is not one of the candidates", e.getMessage());
    assertEquals(1, Election.of(List.of(ANN, BOB), 1, List.of(ScoreBallot.of(1, Map.of(ANN, 3, BOB, 0)))).ballots().size());
  }

  @Test
  void indexOf_candidates_areTheirBallotPaperPositions_aStrangerIsRefused() {
    Election e = Election.builder().title("Board 2026").candidates(List.of(CAL, ANN, BOB)).seats(1).build();
    assertEquals(0, e.indexOf(CAL));
    assertEquals(1, e.indexOf(ANN));
    assertEquals(2, e.indexOf(Candidate.of("Bob")));
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> e.indexOf(ZED));
    assertEquals("candidate", x.field());
    assertEquals("\"Zed\" is not a candidate in Board 2026", x.getMessage());
    Election untitled = Election.of(List.of(ANN), 1, List.of());
    assertEquals(
        "\"Zed\" is not a candidate in this election",
        assertThrows(InvalidValueException.class, () -> untitled.indexOf(ZED)).getMessage());
  }
}
