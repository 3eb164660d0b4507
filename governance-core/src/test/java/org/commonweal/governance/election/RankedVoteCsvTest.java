package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.MalformedInputException;
import org.junit.jupiter.api.Test;

class RankedVoteCsvTest {
  private static final Candidate KISS = Candidate.of("Bob Kiss");
  private static final Candidate WRIGHT = Candidate.of("Wright, \"Kurt\"");

  @Test
  void read_oneBallotPerId_candidatesInOrderOfFirstAppearance_markersAsOvervotesAndBlanks() {
    String csv =
        "ballot_id,rank,choice\r\n"
            + "b1,1,Bob Kiss\r\n"
            + "b1,2,\"Wright, \"\"Kurt\"\"\"\r\n"
            + "b2,1,$OVERVOTE\n"
            + "b2,2,$UNDERVOTE\n"
            + "b3,1,\"Wright, \"\"Kurt\"\"\"\n"
            + "b3,2,$UNDERVOTE\n"
            + "b3,3,Bob Kiss\n";
    Election e = RankedVoteCsv.read(csv, "test");
    assertEquals("test", e.title());
    assertEquals(List.of(KISS, WRIGHT), e.candidates());
    assertEquals(
        List.of(
            RankedBallot.of(KISS, WRIGHT),
            RankedBallot.builder().overvote().build(),
            RankedBallot.builder().rank(WRIGHT).skip().rank(KISS).build()),
        e.ballots());
  }

  @Test
  void read_badHeader_namesLineOne() {
    MalformedInputException x = assertThrows(MalformedInputException.class, () -> RankedVoteCsv.read("id,rank,choice\n"));
    assertEquals(1, x.line());
    assertEquals(RankedVoteCsv.FORMAT, x.format());
  }

  @Test
  void read_rankOutOfSequence_namesTheLine() {
    MalformedInputException x =
        assertThrows(MalformedInputException.class, () -> RankedVoteCsv.read("ballot_id,rank,choice\nb1,1,A\nb1,3,B\n"));
    assertEquals(3, x.line());
    assertTrue(x.getMessage().contains("expected rank 2 of ballot b1"), x.getMessage());
  }

  @Test
  void read_ballotSplitAcrossTheFile_isRefused() {
    MalformedInputException x =
        assertThrows(MalformedInputException.class, () -> RankedVoteCsv.read("ballot_id,rank,choice\nb1,1,A\nb2,1,B\nb1,2,B\n"));
    assertEquals(4, x.line());
  }

  @Test
  void read_wrongFieldCount_orUnclosedQuote_isRefused() {
    assertEquals(2, assertThrows(MalformedInputException.class, () -> RankedVoteCsv.read("ballot_id,rank,choice\nb1,1\n")).line());
    assertEquals(2, assertThrows(MalformedInputException.class, () -> RankedVoteCsv.read("ballot_id,rank,choice\nb1,1,\"A\n")).line());
    assertEquals(2, assertThrows(MalformedInputException.class, () -> RankedVoteCsv.read("ballot_id,rank,choice\nb1,one,A\n")).line());
  }

  @Test
  void read_noBallots_isRefused() {
    assertEquals(0, assertThrows(MalformedInputException.class, () -> RankedVoteCsv.read("ballot_id,rank,choice\n")).line());
  }
}
