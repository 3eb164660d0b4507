package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.BallotFile;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.MethodRegistry;
import org.commonweal.governance.election.ReadOptions;
import org.commonweal.governance.election.RegisteredMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report: names as a person reads them, and no row that means nothing for the count. */
class TextReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // 11 papers in a Condorcet cycle (A beats B 7-4, B beats C 9-2, C beats A 6-5); the first name is
  // quoted as a spreadsheet quotes a cell, the second is two quoted tokens (a whole name, verbatim).
  private static final String CYCLE =
      "3 1\n5 1 2 3 0\n4 2 3 1 0\n2 3 1 2 0\n0\n\"Smith, \"\"Jo\"\"\"\n\"Ben\" \"Lab\"\nCara\n\"Cycle\"\n";

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = CommonwealCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, status);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String file(Path dir, String text) throws IOException {
    Path p = dir.resolve("cycle.blt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void of_condorcetCount_hasNoNonTransferableRow(@TempDir Path dir) throws IOException {
    String f = file(dir, CYCLE);
    for (String rule : List.of("schulze", "schulze-margins", "ranked-pairs", "copeland", "minimax", "minimax-margins", "kemeny-young")) {
      String out = run("count", "--rule", rule, f);
      assertFalse(out.contains("Non-transferable"), rule + ":\n" + out);
      // Still a row for every candidate and a column for every stage.
      assertTrue(out.contains("Candidate ") && out.contains("Stage 2"), out);
    }
  }

  @Test
  void of_countOfPapers_keepsTheNonTransferableRow(@TempDir Path dir) throws IOException {
    String f = file(dir, CYCLE);
    for (String rule : List.of("irv", "scottish-stv", "plurality")) {
      assertTrue(run("count", "--rule", rule, f).contains("\nNon-transferable "), rule);
    }
  }

  @Test
  void nonTransferableMeansSomething_followsTheReport(@TempDir Path dir) throws IOException {
    BallotFile read = Blt.read(Files.readAllBytes(Path.of(file(dir, CYCLE))), ReadOptions.defaults());
    for (RegisteredMethod r : MethodRegistry.all()) {
      if (r.name().startsWith("rcv")) {
        continue;
      }
      ElectionResult result = r.method().count(read.election(), TieBreaker.givenOrder());
      boolean anyExhausted = result.report().stages().stream().anyMatch(s -> s.exhausted().signum() != 0);
      assertEquals(
          result.report().totalsArePapers() || anyExhausted, TextReport.nonTransferableMeansSomething(result), r.name());
      assertEquals(
          TextReport.nonTransferableMeansSomething(result),
          TextReport.of("f", result, read).contains("\nNon-transferable "),
          r.name());
    }
  }

  @Test
  void of_showsNamesAsAPersonReadsThem_whileJsonKeepsTheLines(@TempDir Path dir) throws IOException {
    String f = file(dir, CYCLE);
    String text = run("count", "--rule", "schulze", f);
    assertTrue(text.contains("\nSmith, \"Jo\"  "), text);
    assertTrue(text.contains("Elected, in order of election: Smith, \"Jo\" (stage 2)"), text);
    // In the count's own sentences too, and never with the doubled quotes.
    assertTrue(text.contains("Schulze winner: Smith, \"Jo\", beaten by no candidate"), text);
    assertFalse(text.contains("\"\"Jo"), text);
    // Two quoted tokens are not one quoted string: that name is shown as the file gives it.
    assertTrue(text.contains("\n\"Ben\" \"Lab\"  "), text);
    JsonNode json = JSON.readTree(run("count", "--rule", "schulze", "--format", "json", f));
    List<String> elected = new ArrayList<>();
    json.get("elected").forEach(n -> elected.add(n.asText()));
    assertEquals(List.of("\"Smith, \"\"Jo\"\"\""), elected);
    assertTrue(json.get("stages").get(0).get("totals").has("\"Smith, \"\"Jo\"\"\""), json.toString());
    assertTrue(json.get("stages").get(1).get("action").asText().endsWith("elected: \"Smith, \"\"Jo\"\"\""), json.toString());
  }

  @Test
  void of_tieExplanation_readsTheNamesToo(@TempDir Path dir) throws IOException {
    // 22 papers, 1 seat: the two quoted names tie on 6 for exclusion; the lot decides.
    String f = file(dir, "3 1\n10 1 0\n6 2 0\n6 3 0\n0\nA\n\"B \"\"the elder\"\"\"\n\"C\"\"\"\nTie\n");
    String text = run("count", "--rule", "scottish-stv", f);
    assertTrue(text.contains("Tie at stage 2: B \"the elder\", C\" tied for exclusion;"), text);
  }
}
