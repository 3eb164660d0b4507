package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.commonweal.governance.election.MethodRegistry;
import org.commonweal.governance.election.RegisteredMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code count} command, run in-process on small BLT files and on real ones. */
class CountCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // 100 papers, 3 seats (Scottish quota 26): A elected at stage 1, B at 2, C at 3 (see ScottishStvTest).
  private static final String THREE_SEATS =
      "5 3\n40 1 2 3 0\n20 1 3 0\n15 2 0\n10 3 0\n8 4 5 0\n7 5 0\n0\n\"Ann A\"\n"
          + "\"Ben\" \"Lab\"\nCara Ó (Grn)\n\"Dee\"\n\"Eve\"\n\"Ward 1\"\n";

  // 22 papers, 1 seat: B and C tie on 6 at the only stage, so the lot decides an exclusion.
  private static final String TIE = "3 1\n10 1 0\n6 2 0\n6 3 0\n0\nA\nB\nC\nTie\n";

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<JsonNode> json() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
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

  private static String file(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void json_hasTheDocumentedFields(@TempDir Path dir) throws IOException {
    String f = file(dir, "ward1.blt", THREE_SEATS);
    Run r = run("count", "--rule", "scottish-stv", "--format", "json", f);
    assertEquals(0, r.status(), r.err());
    List<JsonNode> objects = r.json();
    assertEquals(1, objects.size());
    JsonNode o = objects.get(0);
    assertEquals(List.of("file", "rule", "seats", "elected", "quota", "stages", "ties"), fieldNames(o));
    assertEquals(f, o.get("file").asText());
    assertEquals("scottish-stv", o.get("rule").asText());
    assertEquals(3, o.get("seats").asInt());
    // Names as written in the file (a classic quoted name loses its quotes; others are verbatim), in
    // order of election.
    assertEquals(List.of("Ann A", "\"Ben\" \"Lab\"", "Cara Ó (Grn)"), texts(o.get("elected")));
    assertEquals("26.00000", o.get("quota").asText());
    JsonNode stages = o.get("stages");
    assertEquals(3, stages.size());
    JsonNode two = stages.get(1);
    assertEquals(List.of("number", "action", "totals", "exhausted"), fieldNames(two));
    assertEquals(2, two.get("number").asInt());
    assertTrue(two.get("action").asText().startsWith("Surplus of Ann A (34.00000) transferred at 0.56666"), two.toString());
    assertEquals("37.66640", two.get("totals").get("\"Ben\" \"Lab\"").asText());
    assertEquals(List.of("Ann A", "\"Ben\" \"Lab\"", "Cara Ó (Grn)", "Dee", "Eve"), fieldNames(two.get("totals")));
    assertEquals("0.00000", two.get("exhausted").asText());
    assertEquals("4.64580", stages.get(2).get("exhausted").asText());
    assertEquals(0, o.get("ties").size());
  }

  @Test
  void json_isUtf8WhateverThePlatform(@TempDir Path dir) throws IOException {
    Run r = run("count", "--rule", "meek", "--format", "json", file(dir, "w.blt", THREE_SEATS));
    assertTrue(r.out().contains("Cara Ó (Grn)"));
  }

  @Test
  void json_tiesRecordTheLot(@TempDir Path dir) throws IOException {
    String f = file(dir, "tie.blt", TIE);
    JsonNode given = run("count", "--rule", "scottish-stv", "--format", "json", f).json().get(0);
    JsonNode tie = given.get("ties").get(0);
    assertEquals("lot", tie.get("decidedBy").asText());
    assertEquals(List.of("B", "C"), texts(tie.get("tied")));
    assertEquals("lot in the order given, draw 1", tie.get("lot").asText());
    JsonNode seeded = run("count", "--rule", "scottish-stv", "--seed", "7", "--format", "json", f).json().get(0);
    assertEquals("seeded lot (seed 7), draw 1", seeded.get("ties").get(0).get("lot").asText());
  }

  @Test
  void aBadFile_doesNotStopTheOthers_andExitsOne(@TempDir Path dir) throws IOException {
    String good = file(dir, "good.blt", THREE_SEATS);
    String bad = file(dir, "bad.blt", "5 1,\n786 1 0,\n0,\n");
    String missing = dir.resolve("missing.blt").toString();
    Run r = run("count", "--rule", "wigm", "--format", "json", bad, good, missing);
    assertEquals(1, r.status());
    List<JsonNode> o = r.json();
    assertEquals(3, o.size());
    // The JSON contract only grows: an error that names a line now gives it as a field too.
    assertEquals(List.of("file", "error", "line"), fieldNames(o.get(0)));
    assertEquals(1, o.get(0).get("line").asInt());
    assertEquals(bad, o.get(0).get("file").asText());
    assertTrue(o.get(0).get("error").asText().startsWith("BLT line 1: expected the number of candidates"), o.get(0).toString());
    assertEquals(3, o.get(1).get("elected").size());
    assertEquals("cannot read the file: no such file", o.get(2).get("error").asText());
    assertFalse(o.get(2).has("elected"));
  }

  @Test
  void text_printsAResultSheet(@TempDir Path dir) throws IOException {
    Run r = run("count", "--rule", "scottish-stv", file(dir, "ward1.blt", THREE_SEATS));
    assertEquals(0, r.status());
    String out = r.out();
    assertTrue(out.contains("Ward 1\n"), out);
    assertTrue(out.contains("Rule scottish-stv, 3 seats, 100 valid papers, quota 26.00000"), out);
    assertTrue(out.contains("Stage 2: Surplus of Ann A (34.00000)"), out);
    assertTrue(out.matches("(?s).*\"Ben\" \"Lab\"\\s+15\\.00000\\s+37\\.66640\\s+26\\.00000.*"), out);
    assertTrue(out.contains("Non-transferable"), out);
    assertTrue(out.contains("Elected, in order of election: Ann A (stage 1); \"Ben\" \"Lab\" (stage 2); Cara Ó (Grn) (stage 3)"), out);
    Run tie = run("count", "--rule", "scottish-stv", file(dir, "tie.blt", TIE));
    assertTrue(tie.out().contains("Tie at stage 2: B, C tied for exclusion;"), tie.out());
  }

  @Test
  void seats_overridesTheFile(@TempDir Path dir) throws IOException {
    JsonNode o = run("count", "--rule", "scottish-stv", "--seats", "1", "--format", "json", file(dir, "w.blt", THREE_SEATS)).json().get(0);
    assertEquals(1, o.get("seats").asInt());
    assertEquals(1, o.get("elected").size());
    // 100 papers, one seat: quota floor(100 / 2) + 1 = 51.
    assertEquals("51.00000", o.get("quota").asText());
  }

  @Test
  void everyRuleInTheTable_counts(@TempDir Path dir) throws IOException {
    String f = file(dir, "w.blt", THREE_SEATS);
    for (RegisteredMethod rule : MethodRegistry.all()) {
      // A single-winner rule counts a multi-seat file only when told to fill one seat.
      Run r =
          rule.singleWinner()
              ? run("count", "--rule", rule.name(), "--seats", "1", "--format", "json", f)
              : run("count", "--rule", rule.name(), "--format", "json", f);
      assertEquals(0, r.status(), rule.name() + ": " + r.err());
      JsonNode o = r.json().get(0);
      assertEquals(rule.name(), o.get("rule").asText());
      assertEquals(rule.singleWinner() ? 1 : 3, o.get("elected").size(), rule.name());
    }
    // Every rule the command documents is in the registry, and nothing else: the rules of before, and
    // Kemeny-Young.
    assertEquals(
        List.of(
            "scottish-stv", "ers97", "wigm", "meek", "meek-nz", "irv", "rcv", "rcv-bottoms-up",
            "rcv-one-winner-per-round", "rcv-multiple-winners-per-round", "rcv-multi-pass", "two-round",
            "plurality", "approval",
            "borda", "star", "schulze", "schulze-margins", "ranked-pairs", "copeland", "minimax",
            "minimax-margins", "kemeny-young"),
        MethodRegistry.names());
    assertEquals(List.of("blt", "debian", "rankedvote-csv", "cdf-json"), List.copyOf(RuleTable.INPUTS.keySet()));
  }

  @Test
  void kemenyYoung_countsACycleByTheBestRanking(@TempDir Path dir) throws IOException {
    // 11 papers: 5 A B C, 4 B C A, 2 C A B. A beats B 7-4, B beats C 9-2, C beats A 6-5: a cycle.
    // Kemeny scores (papers agreeing with each ordered pair): A>B>C 7+5+9 = 21, B>C>A 9+4+6 = 19,
    // B>A>C 4+9+5 = 18, C>A>B 6+2+7 = 15, A>C>B 5+7+2 = 14, C>B>A 2+6+4 = 12. The best ranking is
    // headed by A; the best headed by B scores 19, by C 15.
    String f = file(dir, "cycle.blt", "3 1\n5 1 2 3 0\n4 2 3 1 0\n2 3 1 2 0\n0\nA\nB\nC\nCycle\n");
    Run r = run("count", "--rule", "kemeny-young", "--format", "json", f);
    assertEquals(0, r.status(), r.err());
    JsonNode o = r.json().get(0);
    assertEquals("kemeny-young", o.get("rule").asText());
    assertEquals(List.of("A"), texts(o.get("elected")));
    JsonNode scores = o.get("stages").get(1).get("totals");
    assertEquals(List.of("21", "19", "15"), List.of(scores.get("A").asText(), scores.get("B").asText(), scores.get("C").asText()));
    assertUsage(run("count", "--rule", "kemeny-young", "--seats", "2", f), "rule 'kemeny-young' elects one candidate");
    Run text = run("count", "--rule", "kemeny-young", f);
    assertTrue(text.out().contains("A best ranking: A > B > C (Kemeny score 21)"), text.out());
  }

  @Test
  void help_describesEachRuleInOneLine_asBefore() {
    String help = run("count", "--help").out();
    // The wording of the rules the command had before the registry, and the one it joined.
    assertTrue(help.contains("\n  scottish-stv     Scottish STV (SSI 2007/42 Sch. 1 rr. 45-52)\n"), help);
    assertTrue(help.contains("\n  irv              instant-runoff, one exclusion a round (one seat)\n"), help);
    assertTrue(
        help.contains("\n  borda            Borda, truncated: of n candidates, position p scores n-p, unranked 0\n"), help);
    assertTrue(help.contains("\n  minimax-margins  Minimax, margins (one seat)\n"), help);
    assertTrue(help.contains("\n  kemeny-young     Kemeny-Young, exact; at most 16 candidates standing (one seat)\n"), help);
    for (RegisteredMethod rule : MethodRegistry.all()) {
      assertTrue(help.contains(rule.description()), rule.name());
    }
  }

  @Test
  void help_statesEachRulesLimit_onTheLineUnderIt() {
    String help = run("count", "--help").out();
    assertTrue(help.contains("\n  irv              instant-runoff, one exclusion a round (one seat)\n                   at most 500 candidates\n"), help);
    for (RegisteredMethod rule : MethodRegistry.all()) {
      assertTrue(help.contains(rule.description()) && help.contains("\n                   " + rule.limit() + "\n"), rule.name());
    }
  }

  @Test
  void count_noValidPapersOrSeatsUnfilled_saysSoInJsonAndText(@TempDir Path dir) throws IOException {
    // No papers at all; then two candidates for three seats (one seat cannot be filled).
    String empty = file(dir, "empty.blt", "2 1\n0\nA\nB\n\"Empty\"\n");
    String few = file(dir, "few.blt", "2 3\n4 1 2 0\n3 2 0\n0\nA\nB\n\"Few\"\n");
    Run r = run("count", "--rule", "scottish-stv", "--format", "json", empty, few);
    assertEquals(0, r.status(), r.out() + r.err());
    List<JsonNode> o = r.json();
    assertTrue(texts(o.get(0).get("notes")).contains("no valid papers"), o.get(0).toString());
    assertEquals(List.of("A", "B"), texts(o.get(1).get("elected")));
    assertTrue(texts(o.get(1).get("notes")).contains("1 seat unfilled"), o.get(1).toString());
    Run text = run("count", "--rule", "scottish-stv", empty, few);
    assertTrue(text.out().contains("\nNote: no valid papers\n"), text.out());
    assertTrue(text.out().contains("\nNote: 1 seat unfilled\n"), text.out());
  }

  @Test
  void singleWinnerRule_onAMultiSeatFile_failsThatFileWithAdvice(@TempDir Path dir) throws IOException {
    String f = file(dir, "w.blt", THREE_SEATS);
    Run r = run("count", "--rule", "irv", "--format", "json", f);
    assertEquals(1, r.status());
    String error = r.json().get(0).get("error").asText();
    assertTrue(error.contains("elects one candidate") && error.contains("--seats 1"), error);
  }

  @Test
  void decode_fallsBackToLatin1OnlyForInvalidUtf8() {
    // "Ó" in UTF-8 is C3 93; in ISO-8859-1 it is the single byte D3, which is not valid UTF-8.
    assertEquals("Ó", CountCommand.decode(new byte[] {(byte) 0xC3, (byte) 0x93}));
    assertEquals("Ó", CountCommand.decode(new byte[] {(byte) 0xD3}));
  }

  @Test
  void debianAndRankedVoteInputs_countTheRealElections() throws IOException {
    String data = System.getProperty("commonweal.data");
    assumeTrue(data != null && Files.isDirectory(Path.of(data, "condorcet")), "the election data is absent");
    // The 2007 tally sheet is ISO-8859-1; the official winner is Sam Hocevar (data README).
    String debian = Path.of(data, "condorcet/debian/leader2007_tally.txt").toString();
    Run d = run("count", "--rule", "schulze", "--input", "debian", "--format", "json", debian);
    assertEquals(0, d.status(), d.err());
    assertTrue(texts(d.json().get(0).get("elected")).get(0).contains("Hocevar"), d.out());
    assertTrue(d.json().get(0).get("quota").isNull());
    // Burlington 2009: Bob Kiss wins the instant-runoff count (irv README).
    String burlington = Path.of(data, "irv/us_vt_btv_2009_03_mayor.normalized.csv").toString();
    Run b = run("count", "--rule", "irv", "--input", "rankedvote-csv", "--format", "json", burlington);
    assertEquals(0, b.status(), b.err());
    assertEquals(List.of("Bob Kiss"), texts(b.json().get(0).get("elected")));
  }

  @Test
  void usageErrors_exitTwoWithAMessage(@TempDir Path dir) throws IOException {
    String f = file(dir, "w.blt", THREE_SEATS);
    assertUsage(run("count", "--rule", "borda-x", f), "unknown rule 'borda-x'");
    assertUsage(run("count", "--rule", "schulze", "--seats", "3", f), "rule 'schulze' elects one candidate");
    assertUsage(run("count", "--rule", "meek", "--input", "xml", f), "unknown input 'xml'");
    assertUsage(run("count", "--rule", "meek", "--format", "yaml", f), "unknown format 'yaml'");
    assertUsage(run("count", "--rule", "meek", "--seats", "0", f), "--seats (0) must be at least 1");
    assertUsage(run("count", "--rule", "meek", "--seats", "two", f), "--seats");
    assertUsage(run("count", f), "Missing required option: '--rule=RULE'");
    assertUsage(run("count", "--rule", "meek"), "Missing required parameter");
    assertEquals(2, run().status());
  }

  /** 4 candidates, 1 seat: 5 A, 4 B, 2 C then B, 1 D then B; a write-in candidate W with 1 paper. */
  private static final String RCV = "5 1\n5 1 0\n4 2 0\n2 3 2 0\n1 4 2 0\n1 5 1 0\n0\nA\nB\nC\nD\nW\nRCV\n";

  @Test
  void rcvOptions_setTheCountAsRctabDoes(@TempDir Path dir) throws IOException {
    String f = file(dir, "rcv.blt", RCV);
    JsonNode plain = run("count", "--rule", "rcv", "--format", "json", f).json().get(0);
    assertEquals(List.of("B"), texts(plain.get("elected")));
    // The write-in is eliminated first, alone.
    JsonNode w = run("count", "--rule", "rcv", "--undeclared-write-in", "W", "--format", "json", f).json().get(0);
    assertTrue(w.get("stages").get(1).get("action").asText().startsWith("Exclusion of W"), w.toString());
    // A minimum vote of 3 eliminates C, D and W at once.
    JsonNode min = run("count", "--rule", "rcv", "--minimum-vote-threshold", "3", "--format", "json", f).json().get(0);
    assertTrue(min.get("stages").get(1).get("action").asText().startsWith("Exclusion of C, D and W"), min.toString());
    // Stopping after round 1 elects nobody.
    Run stopped = run("count", "--rule", "rcv", "--stop-after-round", "1", "--format", "json", f);
    assertEquals(0, stopped.status(), stopped.err());
    assertEquals(0, stopped.json().get(0).get("elected").size());
    // A cap of 2 ranks, refused beyond; 'max' is the declared candidates.
    assertEquals(0, run("count", "--rule", "rcv", "--max-rankings", "max", f).status());
    assertEquals(1, run("count", "--rule", "rcv", "--max-rankings", "1", f).status());
  }

  @Test
  void rcvOptions_usageErrors(@TempDir Path dir) throws IOException {
    String f = file(dir, "rcv.blt", RCV);
    assertUsage(run("count", "--rule", "irv", "--tiebreak", "random", f), "apply to the rcv rules only");
    assertUsage(run("count", "--rule", "rcv", "--tiebreak", "coin", f), "unknown tiebreak mode 'coin'");
    assertUsage(run("count", "--rule", "rcv", "--tiebreak", "random", f), "needs a random seed");
    assertUsage(run("count", "--rule", "irv", "--overvote", "exhaustIfMultipleContinuing", f), "rcv rules only");
    assertUsage(run("count", "--rule", "rcv", "--overvote", "skip", f), "unknown overvote rule 'skip'");
    assertUsage(run("count", "--rule", "rcv", "--bottoms-up-percentage", "10", f), "'rcv-bottoms-up' only");
  }

  private static void assertUsage(Run r, String message) {
    assertEquals(2, r.status(), r.out() + r.err());
    assertTrue(r.err().contains(message), r.err());
    assertTrue(r.err().contains("Try 'commonweal count --help'"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void help_listsTheRulesAndExitStatus() {
    Run r = run("count", "--help");
    assertEquals(0, r.status());
    for (String rule : MethodRegistry.names()) {
      assertTrue(r.out().contains(rule), r.out());
    }
    assertTrue(r.out().contains("truncated"), r.out());
    assertTrue(r.out().contains("Exit status: 0 if every file was counted, 1 if any failed, 2 for a usage error."), r.out());
  }

  @Test
  void realFiles_countAsOfficiallyDeclared() throws IOException {
    String data = System.getProperty("commonweal.data");
    assumeTrue(data != null && Files.isDirectory(Path.of(data, "scotland")), "the Scottish ballot data is absent");
    Path s = Path.of(data, "scotland");
    String ward = s.resolve("2017/aberdeen_2017_ward10.blt").toString();
    String quoted = s.resolve("2022/west_lothian_2022_ward2.blt").toString();
    String bad = s.resolve("by-elections/perth_kinross_2016_by_election_ward9.blt").toString();
    Run r = run("count", "--rule", "scottish-stv", "--format", "json", ward, bad, quoted);
    assertEquals(1, r.status());
    List<JsonNode> o = r.json();
    // 2017-official-results.csv: elected (file order) COOKE, GREIG, IMRIE, STEWART; quota 1502.
    List<String> elected = new ArrayList<>(texts(o.get(0).get("elected")));
    elected.sort(null);
    assertEquals(List.of("Claire IMRIE (Con)", "Jennifer STEWART (LD)", "John COOKE (SNP)", "Martin GREIG (LD)"), elected);
    assertEquals("1502.00000", o.get(0).get("quota").asText());
    assertTrue(o.get(1).get("error").asText().startsWith("BLT line 1:"), o.get(1).toString());
    assertEquals(3, o.size());
    // Name lines of two quoted tokens are whole names, verbatim, not a name and a party.
    JsonNode totals = o.get(2).get("stages").get(0).get("totals");
    assertEquals(9, totals.size());
    assertTrue(totals.has("\"Diane CALDER\" \"Scottish National Party (SNP)\""), totals.toString());
  }
  @Test
  void everyScottishFile_countsWithOneJsonObjectEach_andOnlyTheMalformedOneFails() throws IOException {
    String data = System.getProperty("commonweal.data");
    assumeTrue(data != null && Files.isDirectory(Path.of(data, "scotland")), "the Scottish ballot data is absent");
    List<String> files;
    try (java.util.stream.Stream<Path> walk = Files.walk(Path.of(data, "scotland"))) {
      files = walk.filter(f -> f.toString().endsWith(".blt")).map(Path::toString).sorted().toList();
    }
    // The data README: 1,100 BLT files, of which one (the 2016 Perth and Kinross ward 9 by-election)
    // is malformed at line 1.
    assertEquals(1100, files.size());
    List<String> args = new ArrayList<>(List.of("count", "--rule", "scottish-stv", "--format", "json"));
    args.addAll(files);
    Run r = run(args.toArray(new String[0]));
    assertEquals(1, r.status(), r.err());
    List<JsonNode> out = r.json();
    assertEquals(files.size(), out.size());
    int failed = 0;
    for (int i = 0; i < out.size(); i++) {
      JsonNode o = out.get(i);
      assertEquals(files.get(i), o.get("file").asText());
      if (o.has("error")) {
        failed++;
        assertTrue(files.get(i).endsWith("perth_kinross_2016_by_election_ward9.blt"), o.toString());
        assertTrue(o.get("error").asText().startsWith("BLT line 1:"), o.toString());
        assertFalse(o.has("elected"));
        continue;
      }
      // Every seat filled, with a quota and first-preference stage, and every total a 5-place decimal.
      assertEquals(o.get("seats").asInt(), o.get("elected").size(), o.toString());
      assertTrue(o.get("quota").asText().matches("\\d+\\.\\d{5}"), o.get("quota").asText());
      JsonNode first = o.get("stages").get(0);
      assertEquals(1, first.get("number").asInt());
      first.get("totals").forEach(t -> assertTrue(t.asText().matches("\\d+\\.\\d{5}"), t.asText()));
    }
    assertEquals(1, failed);
  }
}
