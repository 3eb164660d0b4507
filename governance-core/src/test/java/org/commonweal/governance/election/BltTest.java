package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.MalformedInputException;
import org.junit.jupiter.api.Test;

class BltTest {
  private static final String CLASSIC =
      String.join(
          "\n",
          "4 2",
          "-3",
          "370 1 2 0",
          "12 4 - 2=3 0",
          "(p7) 5 2 0",
          "0",
          "\"Alice Smith\"",
          "Bob JONES (Ind)",
          "\"Carol\" \"Lab\"",
          "\"Dan\"",
          "\"Board election 2026\"",
          "");

  @Test
  void parse_classicFile() {
    Election e = Blt.parse(CLASSIC);
    assertEquals("Board election 2026", e.title());
    assertEquals(2, e.seats());
    // A single quoted string is the classic form; any other name line is kept whole and verbatim.
    assertEquals(
        List.of("Alice Smith", "Bob JONES (Ind)", "\"Carol\" \"Lab\"", "Dan"), StvBallots.names(e.candidates()));
    assertEquals(List.of(c("\"Carol\" \"Lab\"")), List.copyOf(e.withdrawn()));
    assertEquals(3, e.ballots().size());
    RankedBallot first = (RankedBallot) e.ballots().get(0);
    assertEquals(RankedBallot.of(370, c("Alice Smith"), c("Bob JONES (Ind)")), first);
    RankedBallot second = (RankedBallot) e.ballots().get(1);
    assertEquals(12, second.count());
    assertEquals(
        RankedBallot.builder()
            .count(12)
            .rank(c("Dan"))
            .skip()
            .rank(c("Bob JONES (Ind)"), c("\"Carol\" \"Lab\""))
            .build(),
        second);
    assertEquals(RankedBallot.of(5, c("Bob JONES (Ind)")), e.ballots().get(2));
    // The file marks an equal preference, so equal preferences are allowed.
    assertTrue(e.rules().equalPreferences());
  }

  @Test
  void parse_scottishNameStyles_keptVerbatim() {
    // The four styles of the Scottish council files (see their README), each a whole line.
    String text =
        "4 1\n1 1 0\n1 2 0\n1 3 0\n1 4 0\n0\nJo MOWAT (Con)\n\"Diane CALDER\" \"Scottish National Party (SNP)\"\n"
            + "\"Brian ALLAN \"\"Alba Party for independence\"\"\"\n\"\"\"Maria REID\"\" \"\"Scottish Family Party\"\"\"\n"
            + "Ward 9 - Somewhere";
    Election e = Blt.parse(text);
    assertEquals(
        List.of(
            "Jo MOWAT (Con)",
            "\"Diane CALDER\" \"Scottish National Party (SNP)\"",
            "\"Brian ALLAN \"\"Alba Party for independence\"\"\"",
            "\"\"\"Maria REID\"\" \"\"Scottish Family Party\"\"\""),
        StvBallots.names(e.candidates()));
    assertEquals("Ward 9 - Somewhere", e.title());
    assertFalse(e.rules().equalPreferences());
  }

  @Test
  void parse_toleratesCrlfByteOrderMarkBlankLinesAndNoTitle() {
    Election e = Blt.parse("\uFEFF2 1\r\n\r\n3 1 2 0\r\n  2   2\t0 \r\n0\r\nA\r\nB\r\n");
    assertEquals(List.of("A", "B"), StvBallots.names(e.candidates()));
    assertEquals("", e.title());
    assertEquals(RankedBallot.of(2, c("B")), e.ballots().get(1));
  }

  @Test
  void parse_blankPaperIsKeptAndRejectedByTheCount() {
    Election e = Blt.parse("2 1\n4 0\n3 1 0\n0\nA\nB\nT");
    assertEquals(0, ((RankedBallot) e.ballots().get(0)).rankCount());
    ElectionResult r = StvMethods.scottish().count(e);
    assertEquals(7, r.report().ballots().total());
    assertEquals(3, r.report().ballots().valid());
  }

  @Test
  void parse_malformedPerthFile_failsAtLineOne() {
    // by-elections/perth_kinross_2016_by_election_ward9.blt ends every line with a comma.
    MalformedInputException e =
        assertThrows(MalformedInputException.class, () -> Blt.parse("5 1,\n786 1 0,\n87 1 2 0,\n0,\n"));
    assertEquals(1, e.line());
    assertEquals("BLT", e.format());
    assertTrue(e.getMessage().startsWith("BLT line 1: expected the number of candidates and the number of seats"), e.getMessage());
    assertTrue(e.getMessage().contains("found \"5 1,\""), e.getMessage());
  }

  @Test
  void parse_malformedLines_nameTheLineAndTheExpectation() {
    assertMalformed("", 1, "the number of candidates");
    assertMalformed("0 1\n0\n", 1, "the number of candidates");
    assertMalformed("2 1 7\n0\nA\nB", 1, "the number of candidates");
    assertMalformed("2 1\n3 1 2\n0\nA\nB", 2, "a ballot line ending with 0");
    assertMalformed("2 1\n3 1 3 0\n0\nA\nB", 2, "candidate numbers from 1 to 2");
    assertMalformed("2 1\n3 1 0 2 0\n0\nA\nB", 2, "candidate numbers from 1 to 2");
    assertMalformed("2 1\n1.5 1 0\n0\nA\nB", 2, "a whole-number weight");
    assertMalformed("2 1\n0 1 0\n0\nA\nB", 2, "a whole-number weight");
    assertMalformed("2 1\n3 1=x 0\n0\nA\nB", 2, "= between equal preferences), where \"1=x\" is not one");
    assertMalformed("2 1\n-3\n0\nA\nB", 2, "withdrawn candidates");
    assertMalformed("2 1\n3 1 0\n", 3, "a ballot");
    assertMalformed("2 1\n3 1 0\n0\nA", 5, "the name of candidate 2 of 2");
    assertMalformed("2 1\n3 1 0\n0\nA\nA", 5, "different from the names before it");
    assertMalformed("2 1\n3 1 0\n0\nA\n\"\"", 5, "the name of candidate 2 of 2 (not empty)");
    assertMalformed("2 1\n(id 3 1 0\n0\nA\nB", 2, "a ballot identifier in parentheses");
  }

  @Test
  void read_textAfterTheTitle_isKeptAsNotes() {
    // Until text after the title was read as notes (Wichmann's source and comment fields), this file was
    // refused at line 7 with "the end of the file after the title".
    BallotFile f = Blt.read("2 1\n3 1 0\n0\nA\nB\nTitle\nextra".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("Title", f.election().title());
    assertEquals(List.of("extra"), f.notes());
  }

  @Test
  void parse_headerLimits() {
    // One candidate and a million seats are the smallest and largest the reader accepts.
    Election one = Blt.parse("1 1\n2 1 0\n0\nA\n");
    assertEquals(List.of("A"), StvBallots.names(one.candidates()));
    assertEquals(1_000_000, Blt.parse("2 1000000\n0\nA\nB\n").seats());
    assertMalformed("2 1000001\n0\nA\nB\n", 1, "the number of candidates and the number of seats");
  }

  @Test
  void parse_blankFirstLine_isSkipped() {
    Election e = Blt.parse("\n2 1\n3 1 0\n0\nA\nB\n");
    assertEquals(List.of("A", "B"), StvBallots.names(e.candidates()));
    assertEquals(RankedBallot.of(3, c("A")), e.ballots().get(0));
  }

  @Test
  void parse_weights_upTo18Digits() {
    // Weights are whole numbers of at most 18 digits (any such number fits a long); 19 are refused.
    Election e = Blt.parse("2 1\n100000000000000000 1 0\n0\nA\nB\n");
    assertEquals(100_000_000_000_000_000L, ((RankedBallot) e.ballots().get(0)).count());
    assertMalformed("2 1\n1000000000000000000 1 0\n0\nA\nB\n", 2, "a whole-number weight");
  }

  @Test
  void parse_malformedBallotLines_moreCases() {
    // A lone "-" is not a withdrawn line (that needs a number after the sign): it is read as a ballot
    // with no weight.
    assertMalformed("2 1\n-\n0\nA\nB", 2, "a ballot (a whole-number weight");
    // A ballot identifier with nothing after it.
    assertMalformed("2 1\n3 1 0\n(p7)\n0\nA\nB", 3, "a ballot (a whole-number weight");
  }

  @Test
  void parse_skippedRank_doesNotAllowEqualPreferences() {
    // Only "=" makes the file one with equal preferences; a skipped rank before a single candidate does
    // not.
    Election e = Blt.parse("2 1\n3 - 1 0\n0\nA\nB\n");
    assertFalse(e.rules().equalPreferences());
    assertEquals(2, ((RankedBallot) e.ballots().get(0)).rankCount());
  }

  @Test
  void parse_longLinesAndManyBallots() {
    // 40 candidates, a ballot ranking all of them (42 numbers on the line), then 70 more ballot lines.
    StringBuilder t = new StringBuilder("40 1\n1");
    for (int k = 40; k >= 1; k--) {
      t.append(' ').append(k);
    }
    t.append(" 0\n");
    for (int b = 1; b <= 70; b++) {
      t.append(b).append(' ').append(b % 40 + 1).append(" 0\n");
    }
    t.append("0\n");
    for (int k = 1; k <= 40; k++) {
      t.append("C").append(k).append('\n');
    }
    Election e = Blt.parse(t.toString());
    assertEquals(71, e.ballots().size());
    List<Candidate> downward = new java.util.ArrayList<>();
    for (int k = 40; k >= 1; k--) {
      downward.add(c("C" + k));
    }
    assertEquals(RankedBallot.of(1, downward), e.ballots().get(0));
    // Ballot line 71 (the 70th after the first): weight 70, candidate 70 % 40 + 1 = 31.
    assertEquals(RankedBallot.of(70, c("C31")), e.ballots().get(70));
  }

  @Test
  void format_refusesALineBreakAnywhereInAName() {
    for (String name : List.of("\nA", "\rA", "A\n", "A\rB")) {
      // Such a name is refused where it is made (Candidate.of), before the writer could see it.
      InvalidValueException x =
          assertThrows(
              InvalidValueException.class,
              () -> Blt.format(Election.builder().candidates(List.of(c(name), c("B"))).ballots(List.of(RankedBallot.of(1, c("B")))).build()),
              name);
      assertTrue(x.getMessage().contains("must not hold control characters (U+000"), x.getMessage());
    }
  }

  private static void assertMalformed(String text, int line, String expected) {
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> Blt.parse(text), text);
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void format_writesTheClassicQuotedForm() {
    Election e =
        StvBallots.builder(2, "A B C", "5 A B", "3 C - A=B")
            .title("Board 2026")
            .addWithdrawn(c("B"))
            .build();
    assertEquals("3 2\n-2\n5 1 2 0\n3 3 - 1=2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"Board 2026\"\n", Blt.format(e));
  }

  @Test
  void format_writesNamesWithQuotesVerbatim_andReadsThemBack() {
    Election e =
        Election.builder()
            .candidates(List.of(c("\"Diane CALDER\" \"SNP\""), c("Jo")))
            .seats(1)
            .addBallots(RankedBallot.of(2, c("Jo"), c("\"Diane CALDER\" \"SNP\"")))
            .title("T")
            .build();
    String text = Blt.format(e);
    assertTrue(text.contains("\n\"Diane CALDER\" \"SNP\"\n\"Jo\"\n"), text);
    assertEquals(e, Blt.parse(text));
  }

  @Test
  void format_refusesWhatItCannotWrite() {
    Election quoted = Election.of(List.of(c("\"Al\"")), 1, List.of());
    InvalidValueException q = assertThrows(InvalidValueException.class, () -> Blt.format(quoted));
    assertTrue(q.getMessage().contains("quoted string"), q.getMessage());
    assertThrows(InvalidValueException.class, () -> Blt.format(Election.of(List.of(c("Al\nBo")), 1, List.of())));
    Election approval =
        Election.of(List.of(c("A")), 1, List.of(ApprovalBallot.of(1, List.of(c("A")))));
    assertThrows(InvalidValueException.class, () -> Blt.format(approval));
    // A ranked.vote "$OVERVOTE" names no candidates; writing it as "-" would turn it into a blank rank.
    Election overvote =
        Election.of(
            List.of(c("A"), c("B")), 1, List.of(RankedBallot.builder().rank(c("A")).overvote().rank(c("B")).build()));
    InvalidValueException o = assertThrows(InvalidValueException.class, () -> Blt.format(overvote));
    assertTrue(o.getMessage().contains("ballot 1 has an overvote at rank 2"), o.getMessage());
  }

  @Test
  void roundTrip_classicText() {
    Election e = Blt.parse(CLASSIC);
    assertEquals(e, Blt.parse(Blt.format(e)));
  }

  @Test
  void format_lineBreakAnywhereInTheTitle_isRefused() {
    // At the first character too; a candidate's name cannot hold one at all.
    for (String text : List.of("\nT", "\rT", "T\n", "A\r\nB")) {
      Election titled = Election.builder().candidates(List.of(c("A"))).seats(1).title(text).build();
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Blt.format(titled));
      assertEquals("title", e.field());
      assertTrue(e.getMessage().endsWith("holds a line break, which BLT cannot write"), e.getMessage());
    }
  }
}
