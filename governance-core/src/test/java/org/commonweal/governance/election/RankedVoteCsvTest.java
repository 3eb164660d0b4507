package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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

  @Test
  void readBytes_saysItsEncodingAndKeepsItsLimits() {
    byte[] latin1 = "ballot_id,rank,choice\nb1,1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    BallotFile f = RankedVoteCsv.read(latin1, ReadOptions.defaults());
    assertEquals("ISO-8859-1", f.encoding());
    assertEquals("line 2 is not valid UTF-8 (byte 0xE9), so the file was read as ISO-8859-1", f.encodingReason());
    assertEquals(List.of(Candidate.of("Jos\u00e9")), f.election().candidates());
    byte[] utf8 = "ballot_id,rank,choice\nb1,1,Jos\u00e9\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("valid UTF-8", RankedVoteCsv.read(utf8, ReadOptions.defaults()).encodingReason());
    MalformedInputException line =
        assertThrows(
            MalformedInputException.class,
            () -> RankedVoteCsv.read(utf8, ReadOptions.builder().maxLineLength(12).build()));
    assertEquals(1, line.line());
    assertEquals("a line of at most 12 bytes", line.expected());
    MalformedInputException size =
        assertThrows(
            MalformedInputException.class, () -> RankedVoteCsv.read(utf8, ReadOptions.builder().maxFileSize(20).build()));
    assertEquals(0, size.line());
    assertEquals("at most 20 bytes", size.expected());
  }

  @Test
  void read_identicalBallots_areMergedWhereFirstMet_theirPapersAdded() {
    String csv = "ballot_id,rank,choice\nb1,1,A\nb1,2,B\nb2,1,B\nb3,1,A\nb3,2,B\nb4,1,A\nb4,2,B\n";
    Election e = RankedVoteCsv.read(csv);
    Candidate a = e.candidates().get(0);
    Candidate b = e.candidates().get(1);
    assertEquals(List.of(RankedBallot.of(3, a, b), RankedBallot.of(1, b)), e.ballots());
    assertEquals(4, e.papers());
    // The merged election counts as the ballots one by one do.
    Election oneByOne =
        Election.of(e.candidates(), 1, List.of(RankedBallot.of(a, b), RankedBallot.of(b), RankedBallot.of(a, b), RankedBallot.of(a, b)));
    assertEquals(
        ElectionMethods.instantRunoff().count(oneByOne, org.commonweal.governance.base.TieBreaker.givenOrder()).elected(),
        ElectionMethods.instantRunoff().count(e, org.commonweal.governance.base.TieBreaker.givenOrder()).elected());
  }

  private static MalformedInputException refused(String csv) {
    return assertThrows(MalformedInputException.class, () -> RankedVoteCsv.read(csv));
  }

  @Test
  void read_emptyText_isRefusedAtLineOne_findingNothing() {
    MalformedInputException x = refused("");
    assertEquals(1, x.line());
    assertEquals("the header ballot_id,rank,choice", x.expected());
    assertTrue(x.getMessage().endsWith("found \"\""), x.getMessage());
  }

  @Test
  void read_blankLines_arePassedOver_andCounted() {
    Election e = RankedVoteCsv.read("ballot_id,rank,choice\n\nb1,1,A\n\nb1,2,B\n\n");
    assertEquals(List.of(RankedBallot.of(Candidate.of("A"), Candidate.of("B"))), e.ballots());
    assertEquals(5, refused("ballot_id,rank,choice\n\nb1,1,A\n\nb1,3,B\n").line());
  }

  @Test
  void read_rowOfOneField_isRefused() {
    MalformedInputException x = refused("ballot_id,rank,choice\nb1\n");
    assertEquals(2, x.line());
    assertEquals("three fields: ballot_id,rank,choice", x.expected());
  }

  @Test
  void read_lastRowWithoutALineEnd_isRead() {
    assertEquals(List.of(Candidate.of("A")), RankedVoteCsv.read("ballot_id,rank,choice\nb1,1,A").candidates());
    assertEquals(List.of(Candidate.of("A")), RankedVoteCsv.read("ballot_id,rank,choice\nb1,1,\"A\"").candidates());
    assertEquals(List.of(Candidate.of("A\"")), RankedVoteCsv.read("ballot_id,rank,choice\nb1,1,\"A\"\"\"").candidates());
  }

  @Test
  void read_lineEndInsideAQuotedField_isPartOfIt_andCounted() {
    Election e = RankedVoteCsv.read("ballot_id,rank,choice\n\"b\n1\",1,A\n\"b\n1\",2,C\nb2,1,C\n");
    assertEquals(List.of(RankedBallot.of(Candidate.of("A"), Candidate.of("C")), RankedBallot.of(Candidate.of("C"))), e.ballots());
    MalformedInputException x = refused("ballot_id,rank,choice\n\"b\n1\",1,A\n\"b\n1\",3,C\n");
    assertEquals(4, x.line());
    // The id's line end is shown escaped: a file's text is never echoed raw in a message.
    assertEquals("rank 2 of ballot b\\u000A1", x.expected());
    assertEquals(5, refused("ballot_id,rank,choice\n\"b\n\n1\",1,A\nb1,3,C\n").line());
  }

  @Test
  void read_crLfAndCrLineEnds_eachEndOneLine() {
    assertEquals(3, refused("ballot_id,rank,choice\r\nb1,1,A\r\nb1,3,B\r\n").line());
    assertEquals(3, refused("ballot_id,rank,choice\rb1,1,A\rb1,3,B\r").line());
    Election cr = RankedVoteCsv.read("ballot_id,rank,choice\rb1,1,A\rb1,2,B\rb2,1,B\r");
    Candidate a = Candidate.of("A");
    Candidate b = Candidate.of("B");
    assertEquals(List.of(RankedBallot.of(a, b), RankedBallot.of(b)), cr.ballots());
    // A blank line between two CR LF line ends is still a line.
    assertEquals(4, refused("ballot_id,rank,choice\r\nb1,1,A\r\n\r\nb1,3,B\r\n").line());
  }

  @Test
  void read_nameOverTheLimit_namesItsLine_idsAreShownEscaped() {
    // A name over Candidate.MAX_NAME_LENGTH is refused by its line, not by the candidate's own check
    // (which names no line); a ballot_id holding a control character is shown escaped, never raw.
    String longName = "y".repeat(Candidate.MAX_NAME_LENGTH + 1);
    MalformedInputException x =
        assertThrows(
            MalformedInputException.class, () -> RankedVoteCsv.read("ballot_id,rank,choice\nb1,1,A\nb2,1," + longName + "\n"));
    assertEquals(3, x.line());
    assertTrue(x.getMessage().contains("expected a candidate's name of at most 1,000 characters, found \"yyy"), x.getMessage());
    assertEquals(Candidate.MAX_NAME_LENGTH, RankedVoteCsv.read("ballot_id,rank,choice\nb1,1," + longName.substring(1) + "\n")
        .candidates().get(0).name().length());
    MalformedInputException escaped =
        assertThrows(
            MalformedInputException.class, () -> RankedVoteCsv.read("ballot_id,rank,choice\nb\u001B1,1,A\nb\u001B1,3,B\n"));
    assertEquals(3, escaped.line());
    assertTrue(escaped.getMessage().contains("expected rank 2 of ballot b\\u001B1"), escaped.getMessage());
    assertTrue(escaped.getMessage().indexOf('\u001B') < 0, escaped.getMessage());
  }
}
