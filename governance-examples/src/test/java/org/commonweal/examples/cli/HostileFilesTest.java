package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code count} command on files an attacker or a mistake would give it: each gives its exact error
 * (or its result, with what the reader has to say), never a stack trace, and the file after it is still
 * counted. The small files are kept in the test resources ({@code hostile/}); the large ones are made
 * here, under raised-down limits so that the test stays quick.
 */
class HostileFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "2 1\n3 1 0\n2 2 0\n0\n\"Good A\"\n\"Good B\"\n\"Good\"\n";

  /** Each small hostile file, and the error it gives: {@code line} 0 where the error names none. */
  private static final Map<String, Expected> CORPUS = new LinkedHashMap<>();

  private record Expected(String error, int line) {}

  private static void refused(String file, int line, String error) {
    CORPUS.put(file, new Expected(error, line));
  }

  static {
    String header = "expected the number of candidates and the number of seats (two whole numbers, at least 1)";
    refused("empty.blt", 1, "BLT line 1: " + header + ", found \"the end of the file\"");
    refused("header-negative.blt", 1, "BLT line 1: " + header + ", found \"-2 1\"");
    refused("header-huge.blt", 1, "BLT line 1: " + header + ", found \"99999999999999999999 1\"");
    refused(
        "header-only.blt",
        2,
        "BLT line 2: expected a ballot (a whole-number weight, candidate numbers from 1 to 1000000, then 0) or"
            + " the 0 that ends the ballots, found \"the end of the file\"");
    refused(
        "weights-overflow.blt",
        11,
        "BLT line 11: expected ballot weights whose total stays within 9,223,372,036,854,775,807 papers; this"
            + " line's weight takes the total past it, found \"999999999999999999 2 0\"");
    refused(
        "weight-zero.blt",
        2,
        "BLT line 2: expected a ballot (a whole-number weight, candidate numbers from 1 to 2, then 0) or the 0"
            + " that ends the ballots, found \"0 1 0\"");
    refused(
        "candidate-out-of-range.blt",
        2,
        "BLT line 2: expected a ballot of candidate numbers from 1 to 3 (- for a skipped rank, = between equal"
            + " preferences), where \"4\" is not one, found \"1 4 0\"");
    refused("ballot-without-end.blt", 2, "BLT line 2: expected a ballot line ending with 0, found \"5 1 2\"");
    refused("names-missing.blt", 5, "BLT line 5: expected the name of candidate 2 of 3, found \"the end of the file\"");
    refused(
        "name-twice.blt",
        5,
        "BLT line 5: expected the name of candidate 2 of 2, different from the names before it, found \"A\"");
    refused("name-empty.blt", 5, "BLT line 5: expected the name of candidate 2 of 2 (not empty), found \"\"\"\"");
    // Terminal escape sequences and a bidirectional override are shown escaped, never raw.
    refused(
        "escape-sequence.blt",
        2,
        "BLT line 2: expected a ballot of candidate numbers from 1 to 2 (- for a skipped rank, = between equal"
            + " preferences), where \"\\u001B[31m\\u001B]0;owned\\u0007\" is not one, found \"3 1"
            + " \\u001B[31m\\u001B]0;owned\\u0007 0\"");
    refused(
        "bidi-override.blt",
        2,
        "BLT line 2: expected a ballot of candidate numbers from 1 to 2 (- for a skipped rank, = between equal"
            + " preferences), where \"\\u202E1\" is not one, found \"3 \\u202E1 0\"");
    refused(
        "binary.blt",
        1,
        "BLT line 1: "
            + header
            + ", found \"\\u007FELF\\u0002\\u0001\\u0001\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u...\"");
    refused(
        "json-not-blt.blt",
        1,
        "BLT line 1: " + header + ", found \"{\"candidates\": [\"A\", \"B\"], \"seats\": 1}\"");
    String options =
        "expected an option in square brackets on one line: [nick ...], [tie ...], [withdrawn ...] or [droop ...]";
    refused("unknown-option.blt", 3, "BLT line 3: " + options + ", found \"[colour red]\"");
    refused("option-unclosed.blt", 2, "BLT line 2: " + options + ", found \"[tie 1 2\"");
    refused(
        "option-after-ballots.blt",
        3,
        "BLT line 3: expected a ballot (a whole-number weight, candidate numbers from 1 to 2, then 0) or the 0"
            + " that ends the ballots, found \"[tie 2 1]\"");
    refused(
        "nick-twice.blt",
        2,
        "BLT line 2: expected nicknames different from each other, where \"a\" is given twice, found \"[nick a a]\"");
    refused(
        "nick-number.blt",
        2,
        "BLT line 2: expected nicknames that are not numbers, not -, and hold no = or leading (, where \"2\" is"
            + " not one, found \"[nick a 2]\"");
    refused(
        "tie-unknown.blt",
        2,
        "BLT line 2: expected a [tie ...] option of candidate numbers from 1 to 2, each at most once, where \"x\""
            + " is not one, found \"[tie 1 x]\"");
    refused(
        "equal-unknown.blt",
        2,
        "BLT line 2: expected a ballot of candidate numbers from 1 to 3 (- for a skipped rank, = between equal"
            + " preferences), where \"1=9\" is not one, found \"4 1=9 0\"");
    refused(
        "withdrawn-out-of-range.blt",
        2,
        "BLT line 2: expected withdrawn candidates as negative candidate numbers from -1 to -2, found \"-3\"");
  }

  /** What one run printed and returned. */
  private record Run(int status, String out) {
    List<JsonNode> json() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        nodes.add(JSON.readTree(line));
      }
      return nodes;
    }
  }

  private static Run run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CommonwealCli.run(
            args.toArray(new String[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8));
  }

  /** Copies a resource of the corpus into the directory. */
  private static Path corpusFile(Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = HostileFilesTest.class.getResourceAsStream("hostile/" + name)) {
      assertTrue(in != null, name);
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  /** Runs each hostile file followed by a good one; checks each error and that each good file counted. */
  private static void assertEachFailsAndTheNextCounts(Map<Path, Expected> cases, List<String> options, Path good)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("count", "--rule", "irv", "--format", "json"));
    args.addAll(options);
    for (Path p : cases.keySet()) {
      args.add(p.toString());
      args.add(good.toString());
    }
    Run r = run(args);
    assertEquals(1, r.status());
    List<JsonNode> o = r.json();
    assertEquals(2 * cases.size(), o.size());
    int i = 0;
    for (Map.Entry<Path, Expected> c : cases.entrySet()) {
      JsonNode bad = o.get(2 * i);
      JsonNode next = o.get(2 * i + 1);
      String name = c.getKey().getFileName().toString();
      assertEquals(c.getKey().toString(), bad.get("file").asText());
      assertEquals(c.getValue().error(), bad.get("error").asText(), name);
      assertEquals(c.getValue().line(), bad.has("line") ? bad.get("line").asInt() : 0, name);
      assertEquals("[\"Good A\"]", next.get("elected").toString(), "the file after " + name);
      i++;
    }
  }

  @Test
  void smallHostileFiles_eachGiveTheirErrorAndTheNextFileCounts(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.blt"), GOOD);
    Map<Path, Expected> cases = new LinkedHashMap<>();
    for (Map.Entry<String, Expected> e : CORPUS.entrySet()) {
      cases.put(corpusFile(dir, e.getKey()), e.getValue());
    }
    assertEachFailsAndTheNextCounts(cases, List.of(), good);
  }

  @Test
  void smallHostileFiles_asText_neverEchoAControlCharacter(@TempDir Path dir) throws IOException {
    List<String> args = new ArrayList<>(List.of("count", "--rule", "irv"));
    for (String name : CORPUS.keySet()) {
      args.add(corpusFile(dir, name).toString());
    }
    args.add(corpusFile(dir, "control-in-name.blt").toString());
    Run r = run(args);
    assertEquals(1, r.status());
    for (char c : r.out().toCharArray()) {
      assertFalse(c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')), r.out());
    }
    assertTrue(r.out().contains("A\\u001B[2J"), r.out());
  }

  @Test
  void filesWithSomethingToSay_countAndSayIt(@TempDir Path dir) throws IOException {
    Run r =
        run(
            List.of(
                "count",
                "--rule",
                "irv",
                "--format",
                "json",
                corpusFile(dir, "latin1-one-byte.blt").toString(),
                corpusFile(dir, "control-in-name.blt").toString(),
                corpusFile(dir, "crlf-bom-droop.blt").toString()));
    assertEquals(0, r.status(), r.out());
    List<JsonNode> o = r.json();
    // One byte that is not UTF-8: the file is read as ISO-8859-1, and the result says so and why.
    assertEquals("[\"Jos\u00e9\"]", o.get(0).get("elected").toString());
    assertEquals("ISO-8859-1", o.get(0).get("encoding").asText());
    assertEquals(
        "[\"read as ISO-8859-1: line 5 is not valid UTF-8 (byte 0xE9), so the file was read as ISO-8859-1\"]",
        o.get(0).get("notes").toString());
    // A control character in a name is kept in the name, and escaped in the JSON text.
    assertEquals("A\u001b[2J", o.get(1).get("elected").get(0).asText());
    assertFalse(r.out().contains("\u001b"));
    assertFalse(o.get(1).has("encoding"));
    // Droop's options under CRLF and a byte-order mark: the tie order is recorded, the text kept.
    assertEquals("[\"Source: x\",\"ties broken in the file's order: C, B, A\"]", o.get(2).get("notes").toString());
    assertEquals("[\"C\"]", o.get(2).get("elected").toString());
  }

  @Test
  void largeAndEndlessInputs_stopAtTheirLimits(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.blt"), GOOD);
    Map<Path, Expected> cases = new LinkedHashMap<>();
    StringBuilder big = new StringBuilder("2 1\n");
    while (big.length() < 40_000) {
      big.append("1 1 2 0\n");
    }
    big.append("0\nA\nB\n");
    Path large = Files.writeString(dir.resolve("large.blt"), big);
    cases.put(
        large,
        new Expected(
            String.format(
                Locale.ROOT,
                "the file holds %,d bytes, more than the limit of 32,768; raise the limit with --max-file-size",
                Files.size(large)),
            0));
    Path longLine = Files.writeString(dir.resolve("long-line.blt"), "2 1\n1" + " 1 2".repeat(1500) + " 0\n0\nA\nB\n");
    cases.put(
        longLine,
        new Expected(
            "BLT line 2: expected a line of at most 4,096 bytes, found \"1" + " 1 2".repeat(19) + "...\"; raise the"
                + " limit with --max-line-length",
            2));
    cases.put(dir.resolve("missing.blt"), new Expected("cannot read the file: no such file", 0));
    Path sub = Files.createDirectory(dir.resolve("a-directory.blt"));
    cases.put(sub, new Expected("cannot read the file: it is a directory", 0));
    assertEachFailsAndTheNextCounts(cases, List.of("--max-file-size", "32K", "--max-line-length", "4K"), good);
  }

  @Test
  void devZero_isRefusedAtTheLineLimit_andTheNextFileCounts(@TempDir Path dir) throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero));
    Path good = Files.writeString(dir.resolve("good.blt"), GOOD);
    assertEachFailsAndTheNextCounts(
        Map.of(
            zero,
            new Expected(
                "BLT line 1: expected a line of at most 1,048,576 bytes, found \""
                    + "\\u0000".repeat(12)
                    + "\\u000...\"; raise the limit with --max-line-length",
                1)),
        List.of("--max-line-length", "1M"),
        good);
  }

  @Test
  void help_showsTheLimitsAndTheEncodingOption() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        CommonwealCli.run(
            new String[] {"count", "--help"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertEquals(0, status);
    assertTrue(help.contains("--max-line-length=BYTES Refuse a file with a longer line (default: 64M;"), help);
    assertTrue(help.contains("--max-file-size=BYTES Refuse a larger file before reading it (default: 512M)"), help);
    assertTrue(help.contains("--encoding=CHARSET Encoding of the files' text"), help);
  }

  @Test
  void outOfMemory_givesThatFileAnErrorAndTheNextFileCounts(@TempDir Path dir) throws Exception {
    // 300,000 distinct ballots of 20 candidates need more than the 24 MB heap the command is given here.
    StringBuilder big = new StringBuilder(16 << 20).append("20 1\n");
    Random random = new Random(2026);
    List<Integer> order = new ArrayList<>();
    for (int k = 1; k <= 20; k++) {
      order.add(k);
    }
    for (int i = 0; i < 300_000; i++) {
      Collections.shuffle(order, random);
      big.append('1');
      for (int k : order) {
        big.append(' ').append(k);
      }
      big.append(" 0\n");
    }
    big.append("0\n");
    for (int k = 1; k <= 20; k++) {
      big.append("C").append(k).append('\n');
    }
    Path bigFile = Files.writeString(dir.resolve("big.blt"), big);
    Path good = Files.writeString(dir.resolve("good.blt"), GOOD);
    Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                javaCommand.toString(),
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                CommonwealCli.class.getName(),
                "count",
                "--rule",
                "irv",
                "--seats",
                "1",
                "--format",
                "json",
                bigFile.toString(),
                good.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
    assertEquals(1, p.exitValue(), out);
    List<JsonNode> o = new Run(1, out.strip()).json();
    assertEquals(2, o.size(), out);
    String error = o.get(0).get("error").asText();
    assertTrue(error.startsWith("not enough memory to read and count the file in the "), error);
    assertTrue(error.endsWith(" MB the Java heap may take; give it more (java -Xmx...)"), error);
    assertEquals("[\"Good A\"]", o.get(1).get("elected").toString());
  }

  @Test
  void encodingOption_readsTheTextSoAndSaysSo(@TempDir Path dir) throws IOException {
    Path utf8 = Files.writeString(dir.resolve("utf8.blt"), "2 1\n3 1 0\n0\nJos\u00e9\nB\n", StandardCharsets.UTF_8);
    Run r = run(List.of("count", "--rule", "irv", "--format", "json", "--encoding", "ISO-8859-1", utf8.toString()));
    assertEquals(0, r.status(), r.out());
    JsonNode o = r.json().get(0);
    assertEquals("Jos\u00c3\u00a9", o.get("elected").get(0).asText());
    assertEquals("ISO-8859-1", o.get("encoding").asText());
    assertEquals("[\"read as ISO-8859-1: given\"]", o.get("notes").toString());
    Run plain = run(List.of("count", "--rule", "irv", "--format", "json", utf8.toString()));
    assertEquals("Jos\u00e9", plain.json().get(0).get("elected").get(0).asText());
    assertFalse(plain.json().get(0).has("encoding"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CommonwealCli.run(
            new String[] {"count", "--rule", "irv", "--encoding", "NO-SUCH-CHARSET", utf8.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown encoding 'NO-SUCH-CHARSET'"), err.toString(StandardCharsets.UTF_8));
  }
}
