package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * The ballot values' checks at their limits (a count of one paper, a score of zero), the ballot file's
 * tie order and write-in, and the merging of identical papers.
 */
class BallotValuesTest {
  private static final Candidate ANN = Candidate.of("Ann");
  private static final Candidate BOB = Candidate.of("Bob");
  private static final Candidate CY = Candidate.of("Cy");

  @Test
  void approvalBallot_ofOnePaper_isBuilt_ofNoneIsRefused() {
    assertEquals(1, ApprovalBallot.of(1, ANN).count());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ApprovalBallot.of(0, List.of(ANN)));
    assertEquals("count", e.field());
    assertEquals("ballot count (0) must be at least 1", e.getMessage());
  }

  @Test
  void scoreBallot_ofOnePaperAndScoreZero_isBuilt_belowIsRefused() {
    ScoreBallot zero = ScoreBallot.of(1, Map.of(ANN, 0, BOB, 7));
    assertEquals(0, zero.scoreOf(ANN));
    assertEquals(7, zero.scoreOf(BOB));
    assertEquals(0, zero.scoreOf(CY), "a candidate the paper does not score scores 0");
    InvalidValueException count = assertThrows(InvalidValueException.class, () -> ScoreBallot.of(0, Map.of(ANN, 1)));
    assertEquals("count", count.field());
    assertEquals("ballot count (0) must be at least 1", count.getMessage());
    InvalidValueException negative = assertThrows(InvalidValueException.class, () -> ScoreBallot.of(1, Map.of(ANN, -1)));
    assertEquals("scores", negative.field());
    assertEquals("score of Ann (-1) must not be negative", negative.getMessage());
  }

  private static Election election() {
    return Election.of(List.of(ANN, BOB, CY), 1, List.of(RankedBallot.of(ANN)));
  }

  @Test
  void ballotFile_of_isUtf8WithNoTieOrder() {
    BallotFile f = BallotFile.of(election());
    assertEquals("UTF-8", f.encoding());
    assertEquals("valid UTF-8", f.encodingReason());
    assertEquals(Optional.empty(), f.tieBreaker());
    assertEquals(Optional.empty(), f.undeclaredWriteIn());
  }

  @Test
  void ballotFile_tieOrderOfEveryCandidateOnce_givesAFixedOrderTieBreaker() {
    BallotFile f = new BallotFile(election(), "UTF-8", "valid UTF-8", ImmutableList.of(), ImmutableList.of(CY, ANN, BOB));
    TieBreaker t = f.tieBreaker().orElseThrow();
    assertEquals(List.of(CY, ANN, BOB), t.draw(1, List.of(ANN, BOB, CY)).order());
  }

  @Test
  void ballotFile_tieOrderMissingOrRepeatingACandidate_isRefused() {
    for (List<Candidate> bad : List.of(List.of(CY, ANN), List.of(CY, ANN, BOB, ANN), List.of(CY, ANN, ANN))) {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> new BallotFile(election(), "UTF-8", "valid UTF-8", ImmutableList.of(), ImmutableList.copyOf(bad)),
              bad.toString());
      assertEquals("tieOrder", e.field());
      assertEquals("tie order " + bad + " must list every candidate once", e.getMessage());
    }
  }

  @Test
  void ballotFile_writeInNotACandidate_isRefused() {
    Candidate other = Candidate.of("Dee");
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new BallotFile(election(), "UTF-8", "valid UTF-8", ImmutableList.of(), ImmutableList.of(), Optional.of(other)));
    assertEquals("undeclaredWriteIn", e.field());
    assertEquals("undeclared write-in \"Dee\" must be one of the candidates", e.getMessage());
    assertEquals(
        Optional.of(CY),
        new BallotFile(election(), "UTF-8", "valid UTF-8", ImmutableList.of(), ImmutableList.of(), Optional.of(CY)).undeclaredWriteIn());
  }

  @Test
  void merger_identicalPapers_becomeOneBallotWithTheirCountInFirstSeenOrder() {
    BallotMerger m = new BallotMerger();
    assertTrue(m.isEmpty());
    m.add(RankedBallot.of(ANN, BOB));
    m.add(RankedBallot.of(BOB));
    m.add(RankedBallot.of(ANN, BOB).withCount(3));
    m.add(RankedBallot.of(CY));
    assertEquals(false, m.isEmpty());
    assertEquals(
        List.of(RankedBallot.of(ANN, BOB).withCount(4), RankedBallot.of(BOB), RankedBallot.of(CY)), m.ballots());
    assertEquals(1, m.ballots().get(1).count());
  }
}
