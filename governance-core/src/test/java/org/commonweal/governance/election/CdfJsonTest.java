package org.commonweal.governance.election;

import static org.commonweal.governance.election.CdfDocs.bytes;
import static org.commonweal.governance.election.CdfDocs.contest;
import static org.commonweal.governance.election.CdfDocs.cvr;
import static org.commonweal.governance.election.CdfDocs.election;
import static org.commonweal.governance.election.CdfDocs.marks;
import static org.commonweal.governance.election.CdfDocs.position;
import static org.commonweal.governance.election.CdfDocs.report;
import static org.commonweal.governance.election.CdfDocs.selection;
import static org.commonweal.governance.election.CdfDocs.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.MalformedInputException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

class CdfJsonTest {
  private static final Candidate ADA = Candidate.of("Ada");
  private static final Candidate BO = Candidate.of("Bo");
  private static final Candidate CY = Candidate.of("Cy");
  private static final List<String> NAMES = List.of("Ada", "Bo", "Cy");
  private static final String MAYOR = contest("contest-1", "Mayor", 3, false, 1);

  private static BallotFile read(String json) {
    return CdfJson.read(bytes(json), ReadOptions.defaults(), "Mayor");
  }

  private static String mayor(String... records) {
    return report(election(NAMES, MAYOR), List.of(records));
  }

  private static MalformedInputException refused(String json) {
    return assertThrows(MalformedInputException.class, () -> read(json));
  }

  @Test
  void read_rankedRecords_givesTheContestsElection() {
    BallotFile f =
        read(
            mayor(
                cvr("b-1", marks("contest-1", selection("cs-2", 1), selection("cs-1", 2))),
                cvr("b-2", marks("contest-1", selection("cs-3", 1)))));
    Election e = f.election();
    assertEquals("Mayor", e.title());
    assertEquals(List.of(ADA, BO, CY), e.candidates());
    assertEquals(1, e.seats());
    assertEquals(List.of(RankedBallot.of(BO, ADA), RankedBallot.of(CY)), e.ballots());
    assertEquals(Optional.empty(), f.undeclaredWriteIn());
    assertEquals("UTF-8", f.encoding());
    assertEquals("valid UTF-8", f.encodingReason());
  }

  @Test
  void read_twoSelectionsAtOneRank_isAnOvervoteHoldingBothInContestOrder() {
    Election e = read(mayor(cvr("b-1", marks("contest-1", selection("cs-3", 1), selection("cs-1", 1), selection("cs-2", 2))))).election();
    RankedBallot b = (RankedBallot) e.ballots().get(0);
    assertEquals(List.of(ImmutableList.of(ADA, CY), ImmutableList.of(BO)), b.ranks().stream().map(ImmutableList::copyOf).toList());
    // Under the standard rules an overvote at the first rank exhausts the paper: nobody gets its vote.
    assertEquals(RankedBallot.builder().rank(ADA, CY).rank(BO).build(), b);
  }

  @Test
  void read_skippedRank_isABlankRank() {
    Election e = read(mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1), selection("cs-2", 3))))).election();
    assertEquals(List.of(RankedBallot.builder().rank(ADA).skip().rank(BO).build()), e.ballots());
  }

  @Test
  void read_notAllocableOrNotIndicated_marksNothing() {
    String sel =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-1\", \"SelectionPosition\": ["
            + position(1, "yes", "no", "")
            + "]}";
    String unmarked =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-3\", \"SelectionPosition\": ["
            + position(2, "no", "yes", "")
            + "]}";
    Election e = read(mayor(cvr("b-1", marks("contest-1", sel, selection("cs-2", 1), unmarked)))).election();
    assertEquals(List.of(RankedBallot.of(BO)), e.ballots());
  }

  @Test
  void read_writeIns_areOneCandidate_lastAndReported() {
    String contest = contest("contest-1", "Mayor", 2, true, 1);
    String onPosition =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-1\", \"SelectionPosition\": ["
            + position(2, "yes", "yes", ", \"CVRWriteIn\": {\"@type\": \"CVR.CVRWriteIn\", \"Text\": \"Dee\"}")
            + "]}";
    BallotFile f =
        read(
            report(
                election(NAMES, contest),
                List.of(
                    cvr("b-1", marks("contest-1", selection("cs-wi", 1), selection("cs-2", 2))),
                    cvr("b-2", marks("contest-1", selection("cs-2", 1), onPosition)))));
    Candidate w = Candidate.of(CdfJson.WRITE_IN);
    assertEquals(Optional.of(w), f.undeclaredWriteIn());
    assertEquals(Optional.of(w), f.election().undeclaredWriteIn());
    assertEquals(List.of(ADA, BO, w), f.election().candidates());
    assertEquals(List.of(RankedBallot.of(w, BO), RankedBallot.of(BO, w)), f.election().ballots());
    // Counted as RCTab counts: the write-in is excluded first and can never win; by instant-runoff it
    // is a candidate like any other, as before.
    ElectionResult rcv = ElectionMethods.rcv().count(f.election(), org.commonweal.governance.base.TieBreaker.givenOrder());
    assertEquals(List.of(BO), rcv.elected());
  }

  @Test
  void read_writeInNameTaken_isNumbered() {
    BallotFile f =
        read(
            report(
                election(List.of("Ada", CdfJson.WRITE_IN), contest("contest-1", "Mayor", 2, true, 1)),
                List.of(cvr("b-1", marks("contest-1", selection("cs-wi", 1))))));
    Candidate w = Candidate.of(CdfJson.WRITE_IN + " (2)");
    assertEquals(Optional.of(w), f.undeclaredWriteIn());
    assertEquals(List.of(RankedBallot.of(w)), f.election().ballots());
  }

  @Test
  void undeclaredWriteIn_otherReaders_empty() {
    BallotFile blt = Blt.read(bytes("2 1\n1 1 2 0\n0\n\"A\"\n\"B\"\n\"t\"\n"));
    assertEquals(Optional.empty(), blt.undeclaredWriteIn());
    assertEquals(Optional.empty(), BallotFile.of(blt.election()).undeclaredWriteIn());
  }

  @Test
  void ballotFile_writeInNotACandidate_isRefused() {
    Election e = Election.of(List.of(ADA), 1, List.of());
    assertThrows(
        org.commonweal.governance.base.InvalidValueException.class,
        () -> new BallotFile(e, "UTF-8", "valid UTF-8", ImmutableList.of(), ImmutableList.of(), Optional.of(BO)));
  }

  @Test
  void read_twoSnapshots_takesTheCurrentOne() {
    String record =
        "{\"@type\": \"CVR.CVR\", \"@id\": \"b-1\", \"CurrentSnapshotId\": \"snap-2\", \"CVRSnapshot\": ["
            + snapshot("snap-1", "original", marks("contest-1", selection("cs-1", 1), selection("cs-2", 1)))
            + ", "
            + snapshot("snap-2", "interpreted", marks("contest-1", selection("cs-2", 1)))
            + "]}";
    assertEquals(List.of(RankedBallot.of(BO)), read(mayor(record)).election().ballots());
  }

  @Test
  void read_twoSnapshotsNoCurrentId_isRefusedNamingTheRecord() {
    String record =
        "{\"@type\": \"CVR.CVR\", \"@id\": \"b-7\", \"CVRSnapshot\": ["
            + snapshot("snap-1", "original", marks("contest-1", selection("cs-1", 1)))
            + ", "
            + snapshot("snap-2", "modified", marks("contest-1", selection("cs-2", 1)))
            + "]}";
    MalformedInputException x = refused(mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1))), record));
    assertTrue(x.getMessage().contains("CurrentSnapshotId"), x.getMessage());
    assertTrue(x.getMessage().contains("record 2 (@id \"b-7\")"), x.getMessage());
    assertTrue(x.getMessage().contains("$.CVR[1]"), x.getMessage());
  }

  @Test
  void read_currentIdNamingNoSnapshot_isRefused() {
    String record =
        "{\"@type\": \"CVR.CVR\", \"CurrentSnapshotId\": \"snap-9\", \"CVRSnapshot\": ["
            + snapshot("snap-1", "original", marks("contest-1", selection("cs-1", 1)))
            + "]}";
    MalformedInputException x = refused(mayor(record));
    assertTrue(x.getMessage().contains("\"snap-9\""), x.getMessage());
    assertTrue(x.getMessage().contains("record 1"), x.getMessage());
  }

  @Test
  void read_rankOnTheSelection_readsAsOnThePosition() {
    String onSelection =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-3\", \"Rank\": 1, \"SelectionPosition\": ["
            + position(0, "yes", "yes", "")
            + "]}"
            + ", {\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-1\", \"Rank\": 2, \"SelectionPosition\": ["
            + position(0, "yes", "yes", "")
            + "]}";
    Election bySelection = read(mayor(cvr("b-1", marks("contest-1", onSelection)))).election();
    Election byPosition = read(mayor(cvr("b-1", marks("contest-1", selection("cs-3", 1), selection("cs-1", 2))))).election();
    assertEquals(List.of(RankedBallot.of(CY, ADA)), bySelection.ballots());
    assertEquals(byPosition.ballots(), bySelection.ballots());
  }

  @Test
  void read_rankOnBoth_thePositionsWins() {
    String both =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-2\", \"Rank\": 1, \"SelectionPosition\": ["
            + position(2, "yes", "yes", "")
            + "]}";
    Election e = read(mayor(cvr("b-1", marks("contest-1", both, selection("cs-1", 1))))).election();
    assertEquals(List.of(RankedBallot.of(ADA, BO)), e.ballots());
  }

  @Test
  void read_noRankAnywhere_isRefusedWithThePath() {
    String none =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-2\", \"SelectionPosition\": ["
            + position(0, "yes", "yes", "")
            + "]}";
    MalformedInputException x = refused(mayor(cvr("b-1", marks("contest-1", none))));
    assertTrue(
        x.getMessage().contains("$.CVR[0].CVRSnapshot[0].CVRContest[0].CVRContestSelection[0].SelectionPosition[0]"),
        x.getMessage());
  }

  @Test
  void read_unknownContest_isRefusedListingTheContests() {
    String json =
        report(
            election(NAMES, MAYOR, contest("contest-2", "Council", 3, false, 2)),
            List.of(cvr("b-1", marks("contest-1", selection("cs-1", 1)))));
    MalformedInputException x =
        assertThrows(MalformedInputException.class, () -> CdfJson.read(bytes(json), ReadOptions.defaults(), "Sheriff"));
    assertTrue(x.getMessage().contains("\"Sheriff\""), x.getMessage());
    assertTrue(x.getMessage().contains("\"Mayor\", \"Council\""), x.getMessage());
  }

  @Test
  void read_noContestGiven_takesTheOneRankedContest_orListsThem() {
    String one = mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1))));
    assertEquals("Mayor", CdfJson.read(bytes(one), ReadOptions.defaults()).election().title());
    String two =
        report(
            election(NAMES, MAYOR, contest("contest-2", "Council", 3, false, 2)),
            List.of(cvr("b-1", marks("contest-2", selection("cs-1", 1)))));
    MalformedInputException x =
        assertThrows(MalformedInputException.class, () -> CdfJson.read(bytes(two), ReadOptions.defaults()));
    assertTrue(x.getMessage().contains("\"Mayor\", \"Council\""), x.getMessage());
    Election council = CdfJson.read(bytes(two), ReadOptions.defaults(), "Council").election();
    assertEquals(2, council.seats());
    assertEquals(List.of(RankedBallot.of(ADA)), council.ballots());
  }

  @Test
  void read_contestById_whenNoNameMatches() {
    String json = mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1))));
    assertEquals("Mayor", CdfJson.read(bytes(json), ReadOptions.defaults(), "contest-1").election().title());
  }

  @Test
  void read_unknownSelection_isRefusedNamingTheRecordAndPath() {
    MalformedInputException x =
        refused(mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1))), cvr("b-2", marks("contest-1", selection("cs-1", 1), selection("cs-9", 2)))));
    assertTrue(x.getMessage().contains("record 2 (@id \"b-2\")"), x.getMessage());
    assertTrue(x.getMessage().contains("$.CVR[1].CVRSnapshot[0].CVRContest[0].CVRContestSelection[1].ContestSelectionId"), x.getMessage());
    assertTrue(x.getMessage().contains("cs-9"), x.getMessage());
  }

  @Test
  void read_recordsWithoutTheContest_areNoPapers_emptyContestIsABlankPaper() {
    Election e =
        read(mayor(cvr("b-1", marks("contest-9")), cvr("b-2", marks("contest-1")), cvr("b-3", marks("contest-1", selection("cs-1", 1)))))
            .election();
    assertEquals(List.of(RankedBallot.builder().build(), RankedBallot.of(ADA)), e.ballots());
  }

  @Test
  void read_identicalPapers_areMergedInOrderOfFirstAppearance() {
    String ab = marks("contest-1", selection("cs-1", 1), selection("cs-2", 2));
    String ba = marks("contest-1", selection("cs-2", 1), selection("cs-1", 2));
    Election e = read(mayor(cvr("1", ab), cvr("2", ba), cvr("3", ab), cvr("4", ab))).election();
    assertEquals(List.of(RankedBallot.of(3, ADA, BO), RankedBallot.of(1, BO, ADA)), e.ballots());
  }

  @Test
  void read_thenCount_electsTheMajorityAfterTransfers() {
    // 3 Ada, 2 Bo > Ada, 4 Cy: Bo is excluded, Ada reaches 5 of 9.
    String ada = marks("contest-1", selection("cs-1", 1));
    String boAda = marks("contest-1", selection("cs-2", 1), selection("cs-1", 2));
    String cy = marks("contest-1", selection("cs-3", 1));
    Election e = read(mayor(cvr("1", ada), cvr("2", ada), cvr("3", ada), cvr("4", boAda), cvr("5", boAda), cvr("6", cy), cvr("7", cy), cvr("8", cy), cvr("9", cy))).election();
    assertEquals(List.of(ADA), ElectionMethods.instantRunoff().count(e, TieBreaker.givenOrder()).elected());
  }

  @Test
  void read_brokenJson_namesTheLineAndPath() {
    String json = mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1))), cvr("b-2", marks("contest-1", selection("cs-2", 1))))
        .replace("\"ContestId\": \"contest-1\", \"CVRContestSelection\": [{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-2\"",
            "\"ContestId\": \"contest-1\", \"CVRContestSelection\": [{\"@type\": \"CVR.CVRContestSelection\" \"ContestSelectionId\": \"cs-2\"");
    MalformedInputException x = refused(json);
    assertTrue(x.getMessage().contains("$.CVR[1].CVRSnapshot[0].CVRContest[0].CVRContestSelection[0]"), x.getMessage());
    assertEquals(json.substring(0, json.indexOf("\"CVR.CVRContestSelection\" \"")).split("\n", -1).length, x.line());
  }

  @Test
  void read_deepNesting_isRefusedBeforeTheStackRunsOut() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String json = "{\"Extra\": " + deep + ", \"Election\": []}";
    MalformedInputException x = refused(json);
    assertTrue(x.getMessage().contains("nesting at most " + CdfJson.MAX_DEPTH + " deep"), x.getMessage());
  }

  @Test
  void read_unclosedString_namesIt() {
    MalformedInputException x = refused("{\"CVR\": [{\"@id\": \"b-1");
    assertTrue(x.getMessage().contains("closing double quote"), x.getMessage());
    assertTrue(x.getMessage().contains("$.CVR[0]"), x.getMessage());
  }

  @Test
  void read_duplicateKey_isRefused() {
    MalformedInputException x = refused("{\"Election\": [], \"Notes\": {\"a\": 1, \"a\": 2}}");
    assertTrue(x.getMessage().contains("each key once"), x.getMessage());
  }

  @Test
  void read_trailingText_isRefused() {
    MalformedInputException x = refused(mayor(cvr("b-1", marks("contest-1"))) + "{}");
    assertTrue(x.getMessage().contains("the end of the document"), x.getMessage());
  }

  @Test
  void read_overTheLimits_isRefused() {
    String json = mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1))));
    MalformedInputException size =
        assertThrows(
            MalformedInputException.class,
            () -> CdfJson.read(bytes(json), ReadOptions.builder().maxFileSize(100).build(), "Mayor"));
    assertEquals(0, size.line());
    MalformedInputException token =
        assertThrows(
            MalformedInputException.class,
            () -> CdfJson.read(bytes(json), ReadOptions.builder().maxLineLength(10).build(), "Mayor"));
    assertTrue(token.getMessage().contains("a string of at most 10 bytes"), token.getMessage());
  }

  @Test
  void read_rankBeyondTheLimit_isRefused() {
    MalformedInputException x = refused(mayor(cvr("b-1", marks("contest-1", selection("cs-1", CdfJson.MAX_RANK + 1)))));
    assertTrue(x.getMessage().contains("a whole number from 1 to " + CdfJson.MAX_RANK), x.getMessage());
    assertTrue(x.getMessage().contains(".Rank"), x.getMessage());
  }

  @Test
  void read_notAReport_isRefused() {
    MalformedInputException x = refused("{\"@type\": \"ElectionResults.ElectionReport\"}");
    assertTrue(x.getMessage().contains("CVR.CastVoteRecordReport"), x.getMessage());
    assertFalse(refused("[]").getMessage().isBlank());
    assertTrue(refused("{\"CVR\": []}").getMessage().contains("an Election array"));
  }

  @Test
  void read_invalidUtf8_isRefused() {
    byte[] json = bytes(mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1)))).replace("Ada", "A#a"));
    for (int i = 0; i < json.length; i++) {
      if (json[i] == '#') {
        json[i] = (byte) 0xC3; // a lead byte with no continuation
      }
    }
    MalformedInputException x =
        assertThrows(MalformedInputException.class, () -> CdfJson.read(json, ReadOptions.defaults(), "Mayor"));
    assertTrue(x.getMessage().contains("UTF-8"), x.getMessage());
  }

  @Test
  void read_escapesAndUnicode_inNames() {
    String json =
        report(
                election(List.of("Zo\u00eb \"Z\"", "Bo"), contest("contest-1", "Mayor", 2, false, 1)),
                List.of(cvr("b-1", marks("contest-1", selection("cs-2", 1)))))
            .replace("\"Bo\"", "\"\\u0042o\\ud83d\\uddf3\"");
    Election e = read(json).election();
    assertEquals(List.of("Zo\u00eb \"Z\"", "Bo\ud83d\uddf3"), e.candidates().stream().map(Candidate::name).toList());
  }

  @Test
  void read_recordWithoutSnapshots_isRefused() {
    MalformedInputException x = refused(mayor("{\"@type\": \"CVR.CVR\", \"@id\": \"b-1\", \"CVRSnapshot\": []}"));
    assertTrue(x.getMessage().contains("at least one CVRSnapshot at $.CVR[0] in record 1 (@id \"b-1\")"), x.getMessage());
  }

  @Test
  void read_numberVotesOtherThanOne_isRefused() {
    String two =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-1\", \"SelectionPosition\": ["
            + position(1, "yes", "yes", "").replace("\"NumberVotes\": 1", "\"NumberVotes\": 2")
            + "]}";
    MalformedInputException x = refused(mayor(cvr("b-1", marks("contest-1", two))));
    assertTrue(x.getMessage().contains("NumberVotes 1"), x.getMessage());
    assertTrue(x.getMessage().contains("SelectionPosition[0].NumberVotes"), x.getMessage());
  }

  // ---- Limits at exactly their numbers ----

  /** The text a refusal says it found, as its message quotes it last. */
  private static String found(MalformedInputException x) {
    String m = x.getMessage();
    String mark = ", found \"";
    int from = m.lastIndexOf(mark);
    assertTrue(from >= 0 && m.endsWith("\""), m);
    return m.substring(from + mark.length(), m.length() - 1);
  }

  @Test
  void read_fileOfExactlyTheSizeLimit_isRead_oneByteLonger_isRefused() {
    byte[] json = bytes(mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1)))));
    ReadOptions exactly = ReadOptions.builder().maxFileSize(json.length).build();
    assertEquals(List.of(RankedBallot.of(ADA)), CdfJson.read(json, exactly, "Mayor").election().ballots());
    ReadOptions oneShort = ReadOptions.builder().maxFileSize(json.length - 1).build();
    MalformedInputException x = assertThrows(MalformedInputException.class, () -> CdfJson.read(json, oneShort, "Mayor"));
    assertEquals("at most " + Counting.number(json.length - 1) + " bytes", x.expected());
  }

  @Test
  void read_rankOfExactlyTheLimit_isRead_rankZero_isRefused() {
    Election e = read(mayor(cvr("b-1", marks("contest-1", selection("cs-2", CdfJson.MAX_RANK))))).election();
    RankedBallot.Builder b = RankedBallot.builder();
    for (int r = 1; r < CdfJson.MAX_RANK; r++) {
      b.skip();
    }
    assertEquals(List.of(b.rank(BO).build()), e.ballots());
    assertEquals(CdfJson.MAX_RANK, ((RankedBallot) e.ballots().get(0)).rankCount());
    MalformedInputException zero = refused(mayor(cvr("b-1", marks("contest-1", selection("cs-1", 0).replace("\"NumberVotes\": 1", "\"NumberVotes\": 1, \"Rank\": 0")))));
    assertTrue(zero.expected().startsWith("a whole number from 1 to " + CdfJson.MAX_RANK + " at "), zero.expected());
    assertEquals("0", found(zero));
    assertEquals("1.5", found(refused(mayor(cvr("b-1", marks("contest-1", selection("cs-1", 0).replace("\"NumberVotes\": 1", "\"NumberVotes\": 1, \"Rank\": 1.5")))))));
  }

  // ---- Snapshots and records ----

  @Test
  void read_twoSnapshotsBearingTheCurrentId_isRefused() {
    String record =
        "{\"@type\": \"CVR.CVR\", \"@id\": \"b-1\", \"CurrentSnapshotId\": \"snap-1\", \"CVRSnapshot\": ["
            + snapshot("snap-1", "original", marks("contest-1", selection("cs-1", 1)))
            + ", "
            + snapshot("snap-1", "modified", marks("contest-1", selection("cs-2", 1)))
            + "]}";
    MalformedInputException x = refused(mayor(record));
    assertEquals("one CVRSnapshot whose @id is \"snap-1\" at $.CVR[0] in record 1 (@id \"b-1\")", x.expected());
    assertEquals("two", found(x));
  }

  @Test
  void read_recordWithoutIdOrCurrentSnapshot_readsItsOneSnapshot_andIsNamedByNumber() {
    String plain =
        "{\"@type\": \"CVR.CVR\", \"CVRSnapshot\": [" + snapshot("snap-1", "original", marks("contest-1", selection("cs-3", 1))) + "]}";
    assertEquals(List.of(RankedBallot.of(CY)), read(mayor(plain)).election().ballots());
    String unknown =
        "{\"@type\": \"CVR.CVR\", \"CVRSnapshot\": [" + snapshot("snap-1", "original", marks("contest-1", selection("cs-9", 1))) + "]}";
    MalformedInputException x = refused(mayor(plain, unknown));
    assertTrue(x.expected().endsWith(" in record 2"), x.expected());
  }

  @Test
  void read_recordWithoutSnapshotArray_isRefused() {
    MalformedInputException x = refused(mayor("{\"@type\": \"CVR.CVR\", \"@id\": \"b-1\"}"));
    assertEquals("a CVRSnapshot array at $.CVR[0] in record 1 (@id \"b-1\")", x.expected());
    assertEquals("none", found(x));
  }

  @Test
  void read_snapshotWithoutContests_isNoPaper() {
    String bare = "{\"@type\": \"CVR.CVR\", \"@id\": \"b-1\", \"CVRSnapshot\": [{\"@id\": \"snap-1\"}]}";
    Election e = read(mayor(bare, cvr("b-2", marks("contest-1", selection("cs-1", 1))))).election();
    assertEquals(List.of(RankedBallot.of(ADA)), e.ballots());
  }

  @Test
  void read_valuesOfTheWrongKind_areRefusedSayingWhatWasFound() {
    String ok = cvr("b-1", marks("contest-1", selection("cs-1", 1)));
    assertEquals("5", found(refused(mayor("5"))));
    assertEquals("an array", found(refused(mayor("[1]"))));
    assertEquals("a note", found(refused(mayor("\"a note\""))));
    assertEquals("true", found(refused(mayor("true"))));
    assertEquals("null", found(refused(mayor("null"))));
    assertEquals("a JSON object at $.CVR[1] in record 2", refused(mayor(ok, "5")).expected());
    MalformedInputException snapshots = refused(mayor("{\"@type\": \"CVR.CVR\", \"CVRSnapshot\": {}}"));
    assertEquals("an array at $.CVR[0].CVRSnapshot in record 1", snapshots.expected());
    assertEquals("an object", found(snapshots));
    MalformedInputException id = refused(mayor("{\"@type\": \"CVR.CVR\", \"@id\": 7, \"CVRSnapshot\": []}"));
    assertEquals("a string at $.CVR[0].@id in record 1", id.expected());
    assertEquals("7", found(id));
  }

  @Test
  void read_contestIdMissingOrNotAString_isRefused() {
    String noId = "{\"@type\": \"CVR.CVRContest\", \"CVRContestSelection\": []}";
    MalformedInputException none = refused(mayor(cvr("b-1", noId)));
    assertEquals("a string at $.CVR[0].CVRSnapshot[0].CVRContest[0].ContestId in record 1 (@id \"b-1\")", none.expected());
    assertEquals("none", found(none));
    MalformedInputException number = refused(mayor(cvr("b-1", noId.replace("{\"@type\"", "{\"ContestId\": 5, \"@type\""))));
    assertEquals("5", found(number));
  }

  @Test
  void read_indicationNotAString_isRefused() {
    String sel =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-1\", \"SelectionPosition\": ["
            + position(1, "yes", "yes", "").replace("\"HasIndication\": \"yes\"", "\"HasIndication\": 1")
            + "]}";
    MalformedInputException x = refused(mayor(cvr("b-1", marks("contest-1", sel))));
    assertTrue(x.expected().startsWith("\"yes\", \"no\" or \"unknown\" at "), x.expected());
    assertTrue(x.expected().contains("SelectionPosition[0].HasIndication"), x.expected());
  }

  // ---- Selections and write-ins ----

  @Test
  void read_markWithoutASelectionId_isRefused() {
    String unnamed = "{\"@type\": \"CVR.CVRContestSelection\", \"SelectionPosition\": [" + position(1, "yes", "yes", "") + "]}";
    MalformedInputException x = refused(mayor(cvr("b-1", marks("contest-1", unnamed))));
    assertEquals(
        "a ContestSelectionId naming the selection marked at $.CVR[0].CVRSnapshot[0].CVRContest[0].CVRContestSelection[0]"
            + " in record 1 (@id \"b-1\")",
        x.expected());
    // Unmarked, it names nothing and needs no id.
    String blank = "{\"@type\": \"CVR.CVRContestSelection\", \"SelectionPosition\": [" + position(1, "no", "yes", "") + "]}";
    assertEquals(List.of(RankedBallot.of(ADA)), read(mayor(cvr("b-1", marks("contest-1", blank, selection("cs-1", 1))))).election().ballots());
  }

  @Test
  void read_writeInSelectionOnTheRecord_makesTheWriteInCandidate_whereTheContestDeclaresNone() {
    String writeIn = "{\"@type\": \"CVR.CVRWriteIn\", \"SelectionPosition\": [" + position(2, "yes", "yes", "") + "]}";
    BallotFile f = read(mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1), writeIn)), cvr("b-2", marks("contest-1", selection("cs-2", 1)))));
    Candidate w = Candidate.of(CdfJson.WRITE_IN);
    assertEquals(Optional.of(w), f.undeclaredWriteIn());
    assertEquals(List.of(ADA, BO, CY, w), f.election().candidates());
    assertEquals(List.of(RankedBallot.of(ADA, w), RankedBallot.of(BO)), f.election().ballots());
  }

  @Test
  void read_writeInOnlyInAnotherContest_makesNoWriteInCandidate() {
    String writeIn = "{\"@type\": \"CVR.CVRWriteIn\", \"SelectionPosition\": [" + position(1, "yes", "yes", "") + "]}";
    String json =
        report(
            election(NAMES, MAYOR, contest("contest-2", "Council", 3, false, 2)),
            List.of(cvr("b-1", marks("contest-1", selection("cs-1", 1)), marks("contest-2", writeIn))));
    BallotFile mayor = read(json);
    assertEquals(Optional.empty(), mayor.undeclaredWriteIn());
    assertEquals(List.of(ADA, BO, CY), mayor.election().candidates());
    BallotFile council = CdfJson.read(bytes(json), ReadOptions.defaults(), "Council");
    assertEquals(Optional.of(Candidate.of(CdfJson.WRITE_IN)), council.undeclaredWriteIn());
  }

  @Test
  void read_writeInNameTakenTwice_isNumberedOnceMore() {
    BallotFile f =
        read(
            report(
                election(List.of("Ada", CdfJson.WRITE_IN, CdfJson.WRITE_IN + " (2)"), contest("contest-1", "Mayor", 3, true, 1)),
                List.of(cvr("b-1", marks("contest-1", selection("cs-wi", 1))))));
    assertEquals(Optional.of(Candidate.of(CdfJson.WRITE_IN + " (3)")), f.undeclaredWriteIn());
  }

  @Test
  void read_selectionWithoutCandidates_isNamedByItsTextOrItsId() {
    String contest =
        "{\"@id\": \"contest-1\", \"@type\": \"CVR.CandidateContest\", \"Name\": \"Mayor\", \"ContestSelection\": ["
            + "{\"@id\": \"cs-1\", \"Selection\": \"Ada Lovelace\"}, "
            + "{\"@id\": \"cs-2\"}, "
            + "{\"@id\": \"cs-3\", \"Selection\": \"\"}, "
            + "{\"@id\": \"cs-4\", \"CandidateIds\": [], \"Selection\": \"Cy\"}]}";
    Election e = read(report(election(NAMES, contest), List.of(cvr("b-1", marks("contest-1", selection("cs-2", 1), selection("cs-1", 2)))))).election();
    assertEquals(List.of("Ada Lovelace", "cs-2", "cs-3", "Cy"), e.candidates().stream().map(Candidate::name).toList());
    assertEquals(List.of(RankedBallot.of(Candidate.of("cs-2"), Candidate.of("Ada Lovelace"))), e.ballots());
  }

  // ---- Contests ----

  private static String withoutRcv(String contest) {
    return contest.replace("\"VoteVariation\": \"rcv\"", "\"VoteVariation\": \"plurality\"");
  }

  @Test
  void read_noContestGiven_takesTheRankedOne_whereverItIs() {
    String json =
        report(
            election(NAMES, withoutRcv(MAYOR), contest("contest-2", "Council", 3, false, 2)),
            List.of(cvr("b-1", marks("contest-2", selection("cs-2", 1)))));
    Election e = CdfJson.read(bytes(json), ReadOptions.defaults()).election();
    assertEquals("Council", e.title());
    assertEquals(List.of(RankedBallot.of(BO)), e.ballots());
  }

  @Test
  void read_noContestGivenNorRanked_takesTheOneCandidateContest() {
    String measure = withoutRcv(MAYOR).replace("CVR.CandidateContest", "CVR.BallotMeasureContest");
    String json =
        report(
            election(NAMES, measure, withoutRcv(contest("contest-2", "Council", 3, false, 2))),
            List.of(cvr("b-1", marks("contest-2", selection("cs-3", 1)))));
    Election e = CdfJson.read(bytes(json), ReadOptions.defaults()).election();
    assertEquals("Council", e.title());
    assertEquals(List.of(RankedBallot.of(CY)), e.ballots());
  }

  @Test
  void read_noContestGiven_twoUnrankedCandidateContests_isRefusedCountingThem() {
    String json =
        report(election(NAMES, withoutRcv(MAYOR), withoutRcv(contest("contest-2", "Council", 3, false, 2))), List.of());
    MalformedInputException x = assertThrows(MalformedInputException.class, () -> CdfJson.read(bytes(json), ReadOptions.defaults()));
    assertEquals("one ranked contest, or a contest named (--contest NAME) among the contests \"Mayor\", \"Council\"", x.expected());
    assertEquals("2 ranked contests", found(x));
    assertEquals(0, x.line());
  }

  @Test
  void read_noContests_isRefusedSayingSo() {
    MalformedInputException x =
        assertThrows(MalformedInputException.class, () -> CdfJson.read(bytes(report(election(NAMES), List.of())), ReadOptions.defaults()));
    assertEquals("one ranked contest, or a contest named (--contest NAME) among no contests", x.expected());
    assertEquals("0 ranked contests", found(x));
  }

  @Test
  void read_contestNamedNowhere_orTwice_isRefusedSayingWhichAndHowMany() {
    String two =
        report(election(NAMES, MAYOR, contest("contest-2", "Mayor", 3, false, 2)), List.of(cvr("b-1", marks("contest-1", selection("cs-1", 1)))));
    MalformedInputException twice = assertThrows(MalformedInputException.class, () -> CdfJson.read(bytes(two), ReadOptions.defaults(), "Mayor"));
    assertEquals("one contest named \"Mayor\" among the contests \"Mayor\", \"Mayor\"", twice.expected());
    assertEquals("2 contests", found(twice));
    MalformedInputException none = assertThrows(MalformedInputException.class, () -> CdfJson.read(bytes(two), ReadOptions.defaults(), "Sheriff"));
    assertEquals("a contest named \"Sheriff\" among the contests \"Mayor\", \"Mayor\"", none.expected());
    assertEquals("none", found(none));
  }

  @Test
  void read_contestWithoutAName_isNamedByItsId() {
    String unnamed = MAYOR.replace("\"Name\": \"Mayor\", ", "");
    String emptyName = contest("contest-2", "", 3, false, 1);
    String json = report(election(NAMES, unnamed, emptyName), List.of(cvr("b-1", marks("contest-1", selection("cs-1", 1)))));
    assertEquals("contest-1", CdfJson.read(bytes(json), ReadOptions.defaults(), "contest-1").election().title());
    assertEquals("contest-2", CdfJson.read(bytes(json), ReadOptions.defaults(), "contest-2").election().title());
    MalformedInputException x = assertThrows(MalformedInputException.class, () -> CdfJson.read(bytes(json), ReadOptions.defaults(), "Mayor"));
    assertEquals("a contest named \"Mayor\" among the contests \"contest-1\", \"contest-2\"", x.expected());
  }

  @Test
  void read_seats_oneWhereNotGiven_anyWholeNumberFromOneToTheLargestInt() {
    String json = mayor(cvr("b-1", marks("contest-1", selection("cs-1", 1))));
    assertEquals(1, read(json.replace("\"NumberElected\": 1, ", "")).election().seats());
    assertEquals(Integer.MAX_VALUE, read(json.replace("\"NumberElected\": 1", "\"NumberElected\": 2147483647")).election().seats());
    for (String bad : List.of("0", "-1", "2147483648", "1.5", "\"2\"")) {
      MalformedInputException x = refused(json.replace("\"NumberElected\": 1", "\"NumberElected\": " + bad));
      assertEquals("a whole number of seats, at least 1 at $.Election[0].Contest[0].NumberElected in the contest", x.expected(), bad);
      assertEquals(bad.replace("\"", ""), found(x), bad);
    }
  }

  @Test
  void read_valuesRefused_areShownAsWritten_notAsTheReadersOwnValues() {
    String votes =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-1\", \"SelectionPosition\": ["
            + position(1, "yes", "yes", "").replace("\"NumberVotes\": 1", "\"NumberVotes\": 2")
            + "]}";
    assertEquals("2", found(refused(mayor(cvr("b-1", marks("contest-1", votes))))));
    String indication =
        "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"cs-1\", \"SelectionPosition\": ["
            + position(1, "yes", "yes", "").replace("\"HasIndication\": \"yes\"", "\"HasIndication\": 1")
            + "]}";
    assertEquals("1", found(refused(mayor(cvr("b-1", marks("contest-1", indication))))));
    assertEquals("5", found(refused("{\"@type\": 5}")));
    assertEquals("an object", found(refused("{\"@type\": {\"a\": \"b\"}}")));
    // A control character in the text found is escaped, as in every message that echoes a file.
    assertEquals("CVR.\\u001B[31m", found(refused("{\"@type\": \"CVR.\\u001b[31m\"}")));
  }
}
