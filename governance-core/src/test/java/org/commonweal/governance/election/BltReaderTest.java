package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.MalformedInputException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * The BLT reader from bytes: the options of files written for Droop and OpenSTV, the limits, the
 * encodings, weight totals, and control characters in its messages.
 */
class BltReaderTest {
  private static BallotFile read(String text) {
    return Blt.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MalformedInputException refused(String text, ReadOptions options) {
    return assertThrows(
        MalformedInputException.class, () -> Blt.read(text.getBytes(StandardCharsets.ISO_8859_1), options));
  }

  private static MalformedInputException refused(String text) {
    return refused(text, ReadOptions.defaults());
  }

  @Test
  void read_droopOptions_nicknamesTieOrderWithdrawnAndEqualPreferences() {
    BallotFile f =
        read(
            String.join(
                "\n",
                "3 1",
                "[nick al bo ca]  # one nickname per candidate",
                "[tie ca al]",
                "[withdrawn bo]",
                "4 al bo=ca 0",
                "2 ca - al 0",
                "1 3 1 0",
                "0",
                "\"Alice\"",
                "\"Bob\"",
                "\"Carol\"",
                "\"The title\"",
                "Source: the returning officer",
                "",
                "\"A printed table\""));
    Election e = f.election();
    assertEquals("The title", e.title());
    assertEquals(List.of(c("Bob")), List.copyOf(e.withdrawn()));
    assertTrue(e.rules().equalPreferences());
    assertEquals(
        RankedBallot.builder().count(4).rank(c("Alice")).rank(c("Bob"), c("Carol")).build(), e.ballots().get(0));
    assertEquals(RankedBallot.builder().count(2).rank(c("Carol")).skip().rank(c("Alice")).build(), e.ballots().get(1));
    assertEquals(RankedBallot.of(1, c("Carol"), c("Alice")), e.ballots().get(2));
    // Candidates the order leaves out follow, in file order.
    assertEquals(List.of(c("Carol"), c("Alice"), c("Bob")), f.tieOrder());
    assertEquals(TieBreaker.fixedOrder(List.of(c("Carol"), c("Alice"), c("Bob"))), f.tieBreaker().orElseThrow());
    assertEquals(List.of("Source: the returning officer", "A printed table"), f.notes());
  }

  @Test
  void read_droopSettings_keptAsANoteNotApplied() {
    BallotFile f = read("2 1\n[droop meek]\n1 1 0\n0\nA\nB\n");
    assertEquals(List.of("[droop meek] (options for another counter, not applied)"), f.notes());
    assertTrue(f.tieBreaker().isEmpty());
  }

  @Test
  void read_unknownOrMalformedOption_namesItsLine() {
    MalformedInputException e = refused("3 1\n[nick a b c]\n\n[colour red]\n1 a 0\n0\nA\nB\nC\n");
    assertEquals(4, e.line());
    assertTrue(e.expected().startsWith("an option in square brackets on one line"), e.getMessage());
    assertEquals(2, refused("2 1\n[tie 1 2\n1 1 0\n0\nA\nB\n").line());
    assertEquals(2, refused("2 1\n[tie 1 1]\n1 1 0\n0\nA\nB\n").line());
    assertEquals(3, refused("2 1\n[nick a b]\n[nick c d]\n1 1 0\n0\nA\nB\n").line());
    assertEquals(2, refused("2 1\n[nick a 7]\n1 1 0\n0\nA\nB\n").line());
    assertEquals(2, refused("2 1\n[withdrawn 3]\n1 1 0\n0\nA\nB\n").line());
    // A nickname on a ballot line where the file gives none.
    MalformedInputException nick = refused("2 1\n1 al 0\n0\nA\nB\n");
    assertEquals(2, nick.line());
    assertTrue(nick.expected().contains("where \"al\" is not one"), nick.getMessage());
  }

  @Test
  void read_weightTotalPastTheLimit_namesTheLineThatTookIt() {
    StringBuilder s = new StringBuilder("2 1\n");
    for (int i = 0; i < 10; i++) {
      s.append("999999999999999999 ").append(1 + i % 2).append(" 0\n");
    }
    s.append("0\nA\nB\n");
    MalformedInputException e = refused(s.toString());
    // Nine lines make 8,999,999,999,999,999,991; the tenth (line 11) takes the total past 2^63 - 1.
    assertEquals(11, e.line());
    assertEquals(
        "ballot weights whose total stays within 9,223,372,036,854,775,807 papers; this line's weight takes"
            + " the total past it",
        e.expected());
  }

  @Test
  void electionBuilder_refusesBallotsWhosePapersOverflow() {
    Candidate a = c("A");
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Election.builder()
                    .candidates(List.of(a))
                    .seats(1)
                    .addBallots(RankedBallot.of(Long.MAX_VALUE - 1, a), RankedBallot.of(1, a), RankedBallot.of(1, a))
                    .build());
    assertTrue(e.getMessage().contains("ballot 3 takes the number of papers past 9,223,372,036,854,775,807"), e.getMessage());
    Election.builder().candidates(List.of(a)).seats(1).addBallots(RankedBallot.of(Long.MAX_VALUE, a)).build();
  }

  @Test
  void read_lineOverTheLimit_isRefusedWithItsNumber() {
    ReadOptions small = ReadOptions.builder().maxLineLength(10).build();
    MalformedInputException e = refused("2 1\n1 1 2 1 2 1 2 1 2 0\n0\nA\nB\n", small);
    assertEquals(2, e.line());
    assertEquals("a line of at most 10 bytes", e.expected());
    // Exactly at the limit is read, and a CRLF's carriage return does not count.
    Blt.read("2 1\r\n10 1 2 1 0\r\n0\r\nA\r\nB\r\n".getBytes(StandardCharsets.US_ASCII), small);
  }

  @Test
  void reader_refusesALongLineBeforeBufferingIt() {
    BltReader reader = Blt.reader(ReadOptions.builder().maxLineLength(1000).build());
    byte[] zeros = new byte[600];
    reader.feed(zeros, 0, zeros.length);
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> reader.feed(zeros, 0, zeros.length));
    assertEquals(1, e.line());
    // The bytes are shown escaped, shortened.
    assertTrue(e.getMessage().contains("\\u0000\\u0000"), e.getMessage());
    assertFalse(e.getMessage().contains("\u0000"));
  }

  @Test
  void reader_refusesMoreBytesThanTheFileLimit() {
    BltReader reader = Blt.reader(ReadOptions.builder().maxFileSize(20).build());
    byte[] ballots = "1 1 0\n".getBytes(StandardCharsets.US_ASCII);
    reader.feed("2 1\n".getBytes(StandardCharsets.US_ASCII), 0, 4);
    reader.feed(ballots, 0, ballots.length);
    reader.feed(ballots, 0, ballots.length);
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> reader.feed(ballots, 0, ballots.length));
    assertEquals(0, e.line());
    assertEquals("at most 20 bytes", e.expected());
  }

  @Test
  void read_oneLatin1Byte_readsLatin1AndSaysWhy() {
    byte[] bytes = "2 1\n3 1 0\n0\nJos\u00e9\nB\n".getBytes(StandardCharsets.ISO_8859_1);
    BallotFile f = Blt.read(bytes);
    assertEquals("ISO-8859-1", f.encoding());
    assertEquals("line 4 is not valid UTF-8 (byte 0xE9), so the file was read as ISO-8859-1", f.encodingReason());
    assertEquals("Jos\u00e9", f.election().candidates().get(0).name());
    BallotFile utf8 = read("2 1\n3 1 0\n0\nJos\u00e9\nB\n");
    assertEquals("UTF-8", utf8.encoding());
    assertEquals("valid UTF-8", utf8.encodingReason());
    assertEquals("Jos\u00e9", utf8.election().candidates().get(0).name());
  }

  @Test
  void read_givenEncoding_isUsedAndCheckedForUtf8() {
    byte[] utf8 = "2 1\n3 1 0\n0\nJos\u00e9\nB\n".getBytes(StandardCharsets.UTF_8);
    BallotFile latin = Blt.read(utf8, ReadOptions.builder().encoding(StandardCharsets.ISO_8859_1).build());
    assertEquals("ISO-8859-1", latin.encoding());
    assertEquals("given", latin.encodingReason());
    assertEquals("Jos\u00c3\u00a9", latin.election().candidates().get(0).name());
    byte[] latinBytes = "2 1\n3 1 0\n0\nJos\u00e9\nB\n".getBytes(StandardCharsets.ISO_8859_1);
    MalformedInputException e =
        assertThrows(
            MalformedInputException.class,
            () -> Blt.read(latinBytes, ReadOptions.builder().encoding(StandardCharsets.UTF_8).build()));
    assertEquals(4, e.line());
    assertEquals("text in UTF-8, as asked", e.expected());
  }

  @Test
  void read_controlCharacters_areEscapedInMessages() {
    MalformedInputException e = refused("2 1\n3 1 \u001b[31m0\n0\nA\nB\n");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("\\u001B[31m0"), e.getMessage());
    assertFalse(e.getMessage().contains("\u001b"));
    MalformedInputException bidi = refused("2 1\n3 \u202e1 0\n0\nA\nB\n".replace("\u202e", "\u00e2\u0080\u00ae"));
    assertFalse(bidi.getMessage().contains("\u202e"), bidi.getMessage());
  }

  @Test
  void read_ballotOfAMillionCandidates_readsInLinearTime() {
    int n = 1_000_000;
    StringBuilder s = new StringBuilder(8 * n).append(n).append(" 1\n1");
    for (int k = n; k >= 1; k--) {
      s.append(' ').append(k);
    }
    s.append(" 0\n0\n");
    for (int k = 1; k <= n; k++) {
      s.append('c').append(k).append('\n');
    }
    byte[] bytes = s.toString().getBytes(StandardCharsets.US_ASCII);
    long start = System.nanoTime();
    Election e = Blt.read(bytes).election();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(n, ((RankedBallot) e.ballots().get(0)).rankCount());
    assertEquals(c("c" + n), ((RankedBallot) e.ballots().get(0)).rank(0).iterator().next());
    // Quadratic reading took minutes; linear takes well under a second even on a loaded machine.
    assertTrue(millis < 10_000, millis + " ms");
  }

  @Test
  void read_givesTheSameElectionAsOneBuiltAndCheckedInFull() {
    BallotFile read = Blt.read("3 1\n2 1 2 0\n1 3 1 0\n1 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n".getBytes(StandardCharsets.UTF_8));
    Election e = read.election();
    Election full = Election.builder().from(e).build();
    assertEquals(full, e);
    assertEquals(4, full.papers());
  }

  private static final byte[] LATIN1_NAME = "2 1\n1 1 0\n0\nA\nB\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void feed_outsideTheBufferOrAfterFinish_isRefused() {
    byte[] bytes = "2 1\n".getBytes(StandardCharsets.US_ASCII);
    BltReader reader = Blt.reader(ReadOptions.defaults());
    assertThrows(IndexOutOfBoundsException.class, () -> reader.feed(bytes, -1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> reader.feed(bytes, 3, -1));
    reader.feed("2 1\n1 1 0\n0\nA\nB\n".getBytes(StandardCharsets.US_ASCII), 0, 16);
    assertEquals(2, reader.finish().election().candidates().size());
    assertThrows(IllegalStateException.class, () -> reader.feed(bytes, 0, bytes.length));
    assertThrows(IllegalStateException.class, reader::finish);
  }

  @Test
  void read_fileOfExactlyTheLimit_isRead() {
    byte[] bytes = "2 1\n1 1 0\n0\nA\nB\n".getBytes(StandardCharsets.US_ASCII);
    BallotFile f = Blt.read(bytes, ReadOptions.builder().maxFileSize(bytes.length).build());
    assertEquals(List.of(RankedBallot.of(1, c("A"))), f.election().ballots());
    assertThrows(MalformedInputException.class, () -> Blt.read(bytes, ReadOptions.builder().maxFileSize(bytes.length - 1).build()));
  }

  @Test
  void read_lineOverTheLimitInOnePiece_showsTheLine() {
    MalformedInputException e = refused("2 1\n1 1 2 1 2 1 2 1 2 0\n0\nA\nB\n", ReadOptions.builder().maxLineLength(10).build());
    assertEquals("BLT line 2: expected a line of at most 10 bytes, found \"1 1 2 1 2 1 2 1 2 0\"", e.getMessage());
  }

  @Test
  void reader_lineOneByteOverTheLimitAcrossTwoPieces_isRefused() {
    BltReader reader = Blt.reader(ReadOptions.builder().maxLineLength(10).build());
    reader.feed("2 1\n1 1 2 ".getBytes(StandardCharsets.US_ASCII), 0, 10);
    // The line "1 1 2 1 2 0" has 11 bytes, no carriage return among them.
    byte[] rest = "1 2 0\n0\nA\nB\n".getBytes(StandardCharsets.US_ASCII);
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> reader.feed(rest, 0, rest.length));
    assertEquals(2, e.line());
    assertEquals("a line of at most 10 bytes", e.expected());
  }

  @Test
  void read_lastLineWithoutLineEndOverTheLimit_isRefused() {
    ReadOptions ten = ReadOptions.builder().maxLineLength(10).build();
    MalformedInputException e = refused("2 1\n1 1 0\n0\nA\nB\nABCDEFGHIJK", ten);
    assertEquals(6, e.line());
    assertEquals("a line of at most 10 bytes", e.expected());
    assertEquals("ABCDEFGHIJ", Blt.read("2 1\n1 1 0\n0\nA\nB\nABCDEFGHIJ".getBytes(StandardCharsets.US_ASCII), ten).election().title());
  }

  @Test
  void reader_pieceOfExactlyTheLimitAndItsCarriageReturn_isKeptForItsLineEnd() {
    BltReader reader = Blt.reader(ReadOptions.builder().maxLineLength(10).build());
    reader.feed("2 1\n".getBytes(StandardCharsets.US_ASCII), 0, 4);
    // Ten bytes of ballot and the carriage return, with the line feed still to come.
    reader.feed("10 1 2 1 0\r".getBytes(StandardCharsets.US_ASCII), 0, 11);
    byte[] rest = "\n0\nA\nB\n".getBytes(StandardCharsets.US_ASCII);
    reader.feed(rest, 0, rest.length);
    assertEquals(List.of(RankedBallot.of(10, c("A"), c("B"), c("A"))), reader.finish().election().ballots());
  }

  @Test
  void read_byteOrderMarkAloneOnTheFirstLine_isABlankLine() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = "\n2 1\n1 2 0\n0\nA\nB\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(rest, 0, bytes, bom.length, rest.length);
    assertEquals(List.of(RankedBallot.of(1, c("B"))), Blt.read(bytes).election().ballots());
  }

  @Test
  void read_optionLine_textAfterTheBracketIsRefused_aBracketOnItsOwnIsNot() {
    MalformedInputException e = refused("2 1\n[tie 2] 1\n1 1 0\n0\nA\nB\n");
    assertEquals(2, e.line());
    assertEquals(
        "an option in square brackets on one line: [nick ...], [tie ...], [withdrawn ...] or [droop ...], then"
            + " nothing but a # comment",
        e.expected());
    assertEquals(List.of(c("B"), c("A")), read("2 1\n[tie 2 ]\n1 1 0\n0\nA\nB\n").tieOrder());
  }

  @Test
  void read_nicknamesThatAreDigitsOrHoldAnEqualsSign_areRefused() {
    for (String nick : List.of("0", "9", "=a", "a=", "(a", "-")) {
      MalformedInputException e = refused("2 1\n[nick " + nick + " b]\n1 1 0\n0\nA\nB\n");
      assertEquals(2, e.line(), nick);
      assertEquals(
          "nicknames that are not numbers, not -, and hold no = or leading (, where \"" + nick + "\" is not one",
          e.expected());
    }
    assertEquals(List.of(c("B"), c("A")), read("2 1\n[nick a( b9]\n[tie b9]\n1 a( 0\n0\nA\nB\n").tieOrder());
  }

  @Test
  void read_optionNamingNoCandidate_saysWhatItExpected() {
    assertEquals(
        "a [withdrawn ...] option of candidate numbers from 1 to 2, where \"3\" is not one",
        refused("2 1\n[withdrawn 3]\n1 1 0\n0\nA\nB\n").expected());
    assertEquals(
        "a [tie ...] option of candidate numbers from 1 to 2 or nicknames, each at most once, where \"a\" is"
            + " not one",
        refused("2 1\n[nick a b]\n[tie a 2 a]\n1 1 0\n0\nA\nB\n").expected());
  }

  @Test
  void read_optionCandidateNumbers_withLeadingZerosUpToEighteenDigits() {
    assertEquals(List.of(c("B"), c("A")), read("2 1\n[tie 000000000000000002]\n1 1 0\n0\nA\nB\n").tieOrder());
    assertEquals(2, refused("2 1\n[tie 0000000000000000002]\n1 1 0\n0\nA\nB\n").line());
    StringBuilder nine = new StringBuilder("9 1\n[tie 9 10]\n1 1 0\n0\n");
    for (int k = 1; k <= 9; k++) {
      nine.append('c').append(k).append('\n');
    }
    assertEquals(2, refused(nine.toString()).line());
    BallotFile f = read(nine.toString().replace("[tie 9 10]", "[tie 9 2]"));
    assertEquals(List.of(c("c9"), c("c2"), c("c1"), c("c3")), f.tieOrder().subList(0, 4));
  }

  @Test
  void read_rankNamingNoCandidate_withNicknames_saysTheyMayBeUsed() {
    MalformedInputException e = refused("2 1\n[nick a b]\n1 a=x 0\n0\nA\nB\n");
    assertEquals(3, e.line());
    assertEquals(
        "a ballot of candidate numbers from 1 to 2 or nicknames (- for a skipped rank, = between equal preferences),"
            + " where \"a=x\" is not one",
        e.expected());
  }

  @Test
  void read_skipAfterTheLastMark_meansNothing() {
    assertEquals(List.of(RankedBallot.of(3, c("A"))), read("2 1\n3 1 - 0\n0\nA\nB\n").election().ballots());
    assertEquals(
        List.of(RankedBallot.builder().count(3).skip().rank(c("B")).build()),
        read("2 1\n3 - 2 - - 0\n0\nA\nB\n").election().ballots());
  }

  @Test
  void read_skipAfterTheLastMark_isTheSameBallotAsWithoutIt() {
    assertEquals(List.of(RankedBallot.of(5, c("A"))), read("2 1\n3 1 - 0\n2 1 0\n0\nA\nB\n").election().ballots());
    assertEquals(List.of(RankedBallot.of(5, c("A"))), read("2 1\n2 1 0\n3 1 - - 0\n0\nA\nB\n").election().ballots());
  }

  @Test
  void read_nicknamesWithoutEqualSigns_areSingleMarks() {
    Election e = read("2 1\n[nick al bo]\n3 bo al 0\n2 bo 1 0\n0\nA\nB\n").election();
    assertEquals(List.of(RankedBallot.of(5, c("B"), c("A"))), e.ballots());
    assertFalse(e.rules().equalPreferences());
  }

  @Test
  void read_weightThatIsNotAWholeNumberOfAtMostEighteenDigits_isRefused() {
    for (String weight : List.of("A", "0", "1000000000000000000", "1x")) {
      // After a first ballot line, which ends the preamble.
      MalformedInputException e = refused("2 1\n1 2 0\n" + weight + " 1 0\n0\nA\nB\n");
      assertEquals(3, e.line(), weight);
      assertTrue(e.expected().startsWith("a ballot (a whole-number weight"), e.getMessage());
    }
    assertEquals(
        List.of(RankedBallot.of(999_999_999_999_999_999L, c("A"))),
        read("2 1\n999999999999999999 1 0\n0\nA\nB\n").election().ballots());
  }

  @Test
  void read_candidateNumberPastTheLast_isRefused() {
    MalformedInputException e = refused("2 1\n1 2 0\n1 3 0\n0\nA\nB\n");
    assertEquals(3, e.line());
    assertTrue(e.expected().contains("where \"3\" is not one"), e.getMessage());
  }

  @Test
  void read_fifteenRanksOfFifteenCandidates_areAllKept() {
    // The first ballot line ends the preamble and is read on its own; the lines after it are the plain ones.
    StringBuilder s = new StringBuilder("15 1\n1 15 14 0\n2");
    List<Candidate> ranked = new java.util.ArrayList<>();
    for (int k = 15; k >= 1; k--) {
      s.append(' ').append(k);
      ranked.add(c("c" + k));
    }
    s.append(" 0\n0\n");
    for (int k = 1; k <= 15; k++) {
      s.append('c').append(k).append('\n');
    }
    Election e = read(s.toString()).election();
    assertEquals(List.of(RankedBallot.of(1, c("c15"), c("c14")), RankedBallot.of(2, ranked)), e.ballots());
    assertEquals(3, e.papers());
  }

  @Test
  void read_candidateNumbersPastFifteen_areReadWhole() {
    StringBuilder s = new StringBuilder("17 1\n1 17 2 0\n2 16 17 0\n1 17 2 0\n0\n");
    for (int k = 1; k <= 17; k++) {
      s.append('c').append(k).append('\n');
    }
    assertEquals(
        List.of(RankedBallot.of(2, c("c17"), c("c2")), RankedBallot.of(2, c("c16"), c("c17"))),
        read(s.toString()).election().ballots());
  }

  @Test
  void read_ballotsWhoseHashesCollide_areKeptApart() {
    // With 40 candidates, 31 * 0 + 39 == 31 * 1 + 8: the rankings (1, 40) and (2, 9) hash alike.
    StringBuilder s = new StringBuilder("40 1\n1 1 40 0\n2 2 9 0\n4 1 40 0\n0\n");
    for (int k = 1; k <= 40; k++) {
      s.append('c').append(k).append('\n');
    }
    assertEquals(
        List.of(RankedBallot.of(5, c("c1"), c("c40")), RankedBallot.of(2, c("c2"), c("c9"))),
        read(s.toString()).election().ballots());
  }

  @Test
  void read_latin1InALaterNameOrANote_namesItsLine() {
    BallotFile name = Blt.read(LATIN1_NAME);
    assertEquals("line 5 is not valid UTF-8 (byte 0xE9), so the file was read as ISO-8859-1", name.encodingReason());
    assertEquals("B\u00e9", name.election().candidates().get(1).name());
    byte[] note = "2 1\n1 1 0\n0\nA\nB\nTitle\n\nNote \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    BallotFile f = Blt.read(note);
    assertEquals("line 8 is not valid UTF-8 (byte 0xE9), so the file was read as ISO-8859-1", f.encodingReason());
    assertEquals(List.of("Note \u00e9"), f.notes());
  }

  @Test
  void read_nameStartingWithAByteThatIsNotUtf8_isLatin1OrRefusedWhereUtf8IsGiven() {
    byte[] bytes = "2 1\n1 1 0\n0\n\u00c9mile\nB\n".getBytes(StandardCharsets.ISO_8859_1);
    BallotFile f = Blt.read(bytes);
    assertEquals("ISO-8859-1", f.encoding());
    assertEquals("line 4 is not valid UTF-8 (byte 0xC9), so the file was read as ISO-8859-1", f.encodingReason());
    assertEquals("\u00c9mile", f.election().candidates().get(0).name());
    MalformedInputException e =
        assertThrows(
            MalformedInputException.class, () -> Blt.read(bytes, ReadOptions.builder().encoding(StandardCharsets.UTF_8).build()));
    assertEquals(4, e.line());
    assertEquals("text in UTF-8, as asked", e.expected());
  }

  @Test
  void read_nameLineOverTheLimit_namesItsLine() {
    // The third name (line 6 of the file) is one character over Candidate.MAX_NAME_LENGTH.
    String longName = "x".repeat(Candidate.MAX_NAME_LENGTH + 1);
    MalformedInputException x =
        assertThrows(
            MalformedInputException.class,
            () -> Blt.read(("3 1\n1 1 0\n0\nA\nB\n" + longName + "\nT\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(6, x.line());
    assertTrue(x.getMessage().contains("of at most 1,000 characters, found \"xxx"), x.getMessage());
    assertEquals(
        Candidate.MAX_NAME_LENGTH,
        Blt.read(("3 1\n1 1 0\n0\nA\nB\n" + longName.substring(1) + "\nT\n").getBytes(StandardCharsets.UTF_8))
            .election()
            .candidates()
            .get(2)
            .name()
            .length());
  }
}
