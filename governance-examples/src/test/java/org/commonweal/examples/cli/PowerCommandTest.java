package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code power} command, run in-process on published games. */
class PowerCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CommonwealCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> field(JsonNode players, String name) {
    List<String> values = new ArrayList<>();
    players.forEach(p -> values.add(p.get(name).asText()));
    return values;
  }

  @Test
  void json_givesTheEecCouncilsExactValuesInInputOrder() throws IOException {
    Run r = run("power", "--quota", "12", "--weights", "4,4,4,2,2,1", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode game = r.json();
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = game.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertEquals(List.of("quota", "players"), names);
    assertEquals(12, game.get("quota").asLong());
    assertTrue(game.get("quota").isIntegralNumber());
    JsonNode players = game.get("players");
    assertEquals(List.of("4", "4", "4", "2", "2", "1"), field(players, "weight"));
    assertTrue(players.get(0).get("weight").isIntegralNumber());
    assertEquals(List.of("10", "10", "10", "6", "6", "0"), field(players, "swings"));
    assertEquals(List.of("5/21", "5/21", "5/21", "1/7", "1/7", "0"), field(players, "banzhaf"));
    assertEquals(List.of("7/30", "7/30", "7/30", "3/20", "3/20", "0"), field(players, "shapleyShubik"));
    assertTrue(players.get(0).get("swings").isTextual());
    List<String> keys = new ArrayList<>();
    players.get(0).fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("weight", "swings", "banzhaf", "shapleyShubik"), keys);
  }

  @Test
  void json_expandsNxWIntoNPlayersInPlace() throws IOException {
    Run r = run("power", "--quota", "39", "--weights", "5x7,10x1", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode players = r.json().get("players");
    assertEquals(15, players.size());
    List<String> ss = field(players, "shapleyShubik");
    assertEquals(List.of("421/2145", "4/2145"), List.of(ss.get(4), ss.get(5)));
    assertEquals(List.of("848", "84"), List.of(field(players, "swings").get(0), field(players, "swings").get(14)));
    Run mixed = run("power", "--quota", "4", "--weights", "3, 2 ,2x1", "--format", "json");
    assertEquals(0, mixed.status(), mixed.err());
    assertEquals(List.of("3", "2", "1", "1"), field(mixed.json().get("players"), "weight"));
    assertEquals(List.of("1/2", "1/6", "1/6", "1/6"), field(mixed.json().get("players"), "shapleyShubik"));
  }

  @Test
  void text_showsFractionsAndDecimals() {
    Run r = run("power", "--quota", "12", "--weights", "4,4,4,2,2,1");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("5/21 (0.238095)"), r.out());
    assertTrue(r.out().contains("7/30 (0.233333)"), r.out());
    assertTrue(r.out().contains("3/20 (0.150000)"), r.out());
    String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow().strip();
    assertTrue(last.startsWith("total") && last.matches(".*\\b1\\s+1$"), last);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--quota 0 --weights 1,2",
        "--quota 4 --weights 1,2",
        "--quota x --weights 1,2",
        "--quota 2 --weights 1,,2",
        "--quota 2 --weights 1,-2",
        "--quota 2 --weights 0,2",
        "--quota 2 --weights 0x3,2",
        "--quota 2 --weights 1,2 --format xml",
        "--quota 2 --weights 99999999999999999999",
        "--weights 1,2",
        "--quota 2"
      })
  void badArguments_exitTwoWithAMessage(String args) {
    List<String> argv = new ArrayList<>(List.of("power"));
    argv.addAll(List.of(args.split(" ")));
    Run r = run(argv.toArray(String[]::new));
    assertEquals(2, r.status(), r.out() + r.err());
    assertTrue(r.err().contains("power"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void beyondTheLimits_exitsOneWithoutAnApproximation() {
    // 201 players of distinct weights: too many for the dynamic programme, 2^201 class-count vectors.
    StringBuilder w = new StringBuilder();
    for (int p = 1; p <= 201; p++) {
      w.append(p == 1 ? "" : ",").append(p);
    }
    Run r = run("power", "--quota", "1000", "--weights", w.toString());
    assertEquals(1, r.status(), r.out());
    assertTrue(r.err().contains("limit"), r.err());
    assertEquals("", r.out());
    Run many = run("power", "--quota", "2", "--weights", "1000000000x1");
    assertEquals(1, many.status(), many.out());
    assertEquals("", many.out());
  }
}
