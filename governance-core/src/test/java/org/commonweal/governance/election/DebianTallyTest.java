package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonweal.governance.base.MalformedInputException;
import org.junit.jupiter.api.Test;

class DebianTallyTest {
  private static final String SHEET =
      String.join(
          "\n",
          "   Tally Sheet for the votes cast.",
          "     Option 1----->: Jonathan Carter",
          "   /  Option 2---->: Sruthi Chandran",
          "   |/  Option 3--->: None Of The Above",
          "   ||/",
          "V: 1-2 \t\t00230fd5",
          "V: 311 \t\t00a38267",
          "V: --- \t\t0104ae27",
          "");

  private static final Candidate CARTER = Candidate.of("Jonathan Carter");
  private static final Candidate CHANDRAN = Candidate.of("Sruthi Chandran");
  private static final Candidate NOTA = Candidate.of("None Of The Above");

  @Test
  void read_optionsInOrder_ranksAsMarked_equalRanksAsEqualPreferences() {
    Election e = DebianTally.read(SHEET, "DPL");
    assertEquals(List.of(CARTER, CHANDRAN, NOTA), e.candidates());
    assertEquals(
        List.of(
            RankedBallot.builder().rank(CARTER).rank(NOTA).build(),
            RankedBallot.builder().rank(CHANDRAN, NOTA).skip().rank(CARTER).build(),
            RankedBallot.builder().build()),
        e.ballots());
    assertTrue(e.rules().equalPreferences());
    // The blank paper is rejected; the others read with the equal preference kept.
    PairwiseMatrix m = PairwiseMatrix.of(e);
    assertEquals(2, m.ballots().valid());
    assertEquals(1, m.preferring(CARTER, CHANDRAN)); // first paper: Chandran unranked, below Carter
    assertEquals(0, m.preferring(CHANDRAN, NOTA)); // equal on the second paper, both below Carter on the first
  }

  @Test
  void read_voteOfTheWrongLength_namesTheLine() {
    MalformedInputException x = assertThrows(MalformedInputException.class, () -> DebianTally.read(SHEET.replace("V: 311", "V: 31")));
    assertEquals(7, x.line());
    assertTrue(x.getMessage().contains("one rank or '-' for each of the 3 options"), x.getMessage());
  }

  @Test
  void read_badRankCharacter_namesTheLine() {
    assertEquals(6, assertThrows(MalformedInputException.class, () -> DebianTally.read(SHEET.replace("V: 1-2", "V: 1x2"))).line());
  }

  @Test
  void read_optionsOutOfOrder_orMissing_areRefused() {
    assertEquals(3, assertThrows(MalformedInputException.class, () -> DebianTally.read(SHEET.replace("Option 2", "Option 4"))).line());
    assertEquals(0, assertThrows(MalformedInputException.class, () -> DebianTally.read("no options\n")).line());
    assertEquals(1, assertThrows(MalformedInputException.class, () -> DebianTally.read("V: 12 abc\n")).line());
  }

  @Test
  void readBytes_latin1Sheet_isReadAsLatin1AndSaysWhy() {
    byte[] bytes = SHEET.replace("Jonathan Carter", "Jos\u00e9 Carter").getBytes(StandardCharsets.ISO_8859_1);
    BallotFile f = DebianTally.read(bytes, ReadOptions.defaults());
    assertEquals("Jos\u00e9 Carter", f.election().candidates().get(0).name());
    assertEquals("ISO-8859-1", f.encoding());
    assertTrue(f.encodingReason().endsWith("is not valid UTF-8 (byte 0xE9), so the file was read as ISO-8859-1"), f.encodingReason());
    BallotFile given =
        DebianTally.read(bytes, ReadOptions.builder().encoding(StandardCharsets.ISO_8859_1).build());
    assertEquals("given", given.encodingReason());
    assertEquals(f.election(), given.election());
  }

  @Test
  void read_identicalVotes_areMergedWhereFirstMet_theirPapersAdded() {
    Election e = DebianTally.read(SHEET.replace("V: 1-2 \t\t00230fd5", "V: 1-2 \t\t00230fd5\nV: 1-2 \t\t1\nV: 1-2 \t\t2"));
    assertEquals(RankedBallot.builder().count(3).rank(CARTER).rank(NOTA).build(), e.ballots().get(0));
    assertEquals(3, e.ballots().size());
    assertEquals(5, e.papers());
  }

  @Test
  void read_optionNumberSkipped_saysWhichWasExpected() {
    MalformedInputException x = assertThrows(MalformedInputException.class, () -> DebianTally.read(SHEET.replace("Option 2", "Option 3")));
    assertEquals(3, x.line());
    assertEquals("option 2", x.expected());
  }

  @Test
  void read_rankOutsideOneToNine_namesTheOption() {
    MalformedInputException zero = assertThrows(MalformedInputException.class, () -> DebianTally.read(SHEET.replace("V: 1-2", "V: 102")));
    assertEquals("a rank from 1 to 9 or '-' for option 2", zero.expected());
    MalformedInputException colon = assertThrows(MalformedInputException.class, () -> DebianTally.read(SHEET.replace("V: 1-2", "V: 1-:")));
    assertEquals("a rank from 1 to 9 or '-' for option 3", colon.expected());
  }

  @Test
  void read_rankNine_isTheNinthPreference() {
    StringBuilder sheet = new StringBuilder();
    List<Candidate> options = new java.util.ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      sheet.append("Option ").append(i).append("--->: O").append(i).append('\n');
      options.add(Candidate.of("O" + i));
    }
    sheet.append("V: 9-------1 abc\n");
    Election e = DebianTally.read(sheet.toString());
    RankedBallot.Builder expected = RankedBallot.builder().rank(options.get(8));
    for (int r = 2; r < 9; r++) {
      expected.skip();
    }
    assertEquals(List.of(expected.rank(options.get(0)).build()), e.ballots());
  }

  @Test
  void read_optionNameOverTheLimit_namesItsLine() {
    String longName = "z".repeat(Candidate.MAX_NAME_LENGTH + 1);
    MalformedInputException x =
        assertThrows(MalformedInputException.class, () -> DebianTally.read("Option 1--->: " + longName + "\nV: 1\n"));
    assertEquals(1, x.line());
    assertTrue(x.getMessage().contains("expected the name of option 1, of at most 1,000 characters"), x.getMessage());
    assertEquals(
        Candidate.MAX_NAME_LENGTH,
        DebianTally.read("Option 1--->: " + longName.substring(1) + "\nV: 1\n").candidates().get(0).name().length());
  }
}
