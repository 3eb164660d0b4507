package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code count --input cdf-json}: cast vote records of one contest, chosen with {@code --contest}. */
class CountCdfJsonTest {
  /**
   * Two contests. Mayor: 4 Ada, 2 Bo then Ada, 4 Cy, 1 write-in then Bo: the write-in is excluded
   * (Bo 3), then Bo, and Ada wins 6 to 4. Council: one paper, for Cy.
   */
  private static final String REPORT = report();

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CommonwealCli.run(
            args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String sel(String id, int rank) {
    return "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": \"" + id + "\", \"SelectionPosition\": "
        + "[{\"@type\": \"CVR.SelectionPosition\", \"HasIndication\": \"yes\", \"IsAllocable\": \"yes\","
        + " \"NumberVotes\": 1, \"Rank\": " + rank + "}]}";
  }

  private static String cvr(int n, String contest, String... sels) {
    return "{\"@type\": \"CVR.CVR\", \"@id\": \"b-" + n + "\", \"CurrentSnapshotId\": \"s-" + n + "\", \"CVRSnapshot\": "
        + "[{\"@id\": \"s-" + n + "\", \"@type\": \"CVR.CVRSnapshot\", \"Type\": \"original\", \"CVRContest\": "
        + "[{\"@type\": \"CVR.CVRContest\", \"ContestId\": \"" + contest + "\", \"CVRContestSelection\": ["
        + String.join(", ", sels) + "]}]}]}";
  }

  private static String contest(String id, String name) {
    return "{\"@id\": \"" + id + "\", \"@type\": \"CVR.CandidateContest\", \"Name\": \"" + name + "\","
        + " \"VoteVariation\": \"rcv\", \"ContestSelection\": ["
        + "{\"@id\": \"" + id + "-1\", \"@type\": \"CVR.CandidateSelection\", \"CandidateIds\": [\"c-1\"]},"
        + "{\"@id\": \"" + id + "-2\", \"@type\": \"CVR.CandidateSelection\", \"CandidateIds\": [\"c-2\"]},"
        + "{\"@id\": \"" + id + "-3\", \"@type\": \"CVR.CandidateSelection\", \"CandidateIds\": [\"c-3\"]},"
        + "{\"@id\": \"" + id + "-wi\", \"@type\": \"CVR.CandidateSelection\", \"IsWriteIn\": true}]}";
  }

  private static String report() {
    StringBuilder cvrs = new StringBuilder();
    int n = 0;
    for (int i = 0; i < 4; i++) {
      cvrs.append(cvr(++n, "mayor", sel("mayor-1", 1))).append(",\n");
    }
    for (int i = 0; i < 2; i++) {
      cvrs.append(cvr(++n, "mayor", sel("mayor-2", 1), sel("mayor-1", 2))).append(",\n");
    }
    for (int i = 0; i < 4; i++) {
      cvrs.append(cvr(++n, "mayor", sel("mayor-3", 1))).append(",\n");
    }
    cvrs.append(cvr(++n, "mayor", sel("mayor-wi", 1), sel("mayor-2", 2))).append(",\n");
    cvrs.append(cvr(++n, "council", sel("council-3", 1)));
    return "{\"@type\": \"CVR.CastVoteRecordReport\", \"Version\": \"1.0.0\",\n\"CVR\": [\n" + cvrs + "],\n"
        + "\"Election\": [{\"@id\": \"e-1\", \"@type\": \"CVR.Election\", \"Candidate\": ["
        + "{\"@id\": \"c-1\", \"Name\": \"Ada\"}, {\"@id\": \"c-2\", \"Name\": \"Bo\"}, {\"@id\": \"c-3\", \"Name\": \"Cy\"}],"
        + " \"Contest\": [" + contest("mayor", "Mayor") + ", " + contest("council", "Council") + "]}]}\n";
  }

  private static String file(Path dir) throws IOException {
    Path p = dir.resolve("cvr.json");
    Files.writeString(p, REPORT, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void cdfJson_countsTheNamedContest(@TempDir Path dir) throws IOException {
    Run r = run("count", "--rule", "irv", "--input", "cdf-json", "--contest", "Mayor", "--format", "json", file(dir));
    assertEquals(0, r.status(), r.err());
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals("Ada", o.get("elected").get(0).asText());
    // A report is UTF-8 by definition: no encoding field or note, as for any valid UTF-8 file.
    assertTrue(o.get("encoding") == null, r.out());
    Run council = run("count", "--rule", "irv", "--input", "cdf-json", "--contest=Council", file(dir));
    assertEquals(0, council.status(), council.err());
    assertTrue(council.out().contains("Cy"), council.out());
  }

  @Test
  void cdfJson_severalContestsAndNoneNamed_failsListingThem(@TempDir Path dir) throws IOException {
    Run r = run("count", "--rule", "irv", "--input", "cdf-json", file(dir));
    assertEquals(1, r.status());
    assertTrue(r.out().contains("\"Mayor\", \"Council\""), r.out());
    Run unknown = run("count", "--rule", "irv", "--input", "cdf-json", "--contest", "Sheriff", file(dir));
    assertEquals(1, unknown.status());
    assertTrue(unknown.out().contains("\"Sheriff\""), unknown.out());
  }

  @Test
  void contest_withAnotherInput_isAUsageError(@TempDir Path dir) throws IOException {
    Run r = run("count", "--rule", "irv", "--contest", "Mayor", file(dir));
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--contest applies to --input cdf-json only"), r.err());
  }

  @Test
  void help_documentsTheInputAndTheOption() {
    Run r = run("count", "--help");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("cdf-json"), r.out());
    assertTrue(r.out().contains("--contest=NAME"), r.out());
  }
}
