package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.BallotFile;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.MethodRegistry;
import org.commonweal.governance.election.PairTable;
import org.commonweal.governance.election.RankedVoteCsv;
import org.commonweal.governance.election.ReadOptions;
import org.commonweal.governance.election.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code count --format html --out DIR}: the pages' structure and numbers, read back with an HTML
 * parser and checked against the count made through the library; the pages' names; the usage errors.
 */
class CountHtmlTest {
  // 100 papers, 3 seats (Scottish quota 26): A elected at stage 1, B at 2, C at 3 (see CountCommandTest).
  private static final String THREE_SEATS =
      "5 3\n40 1 2 3 0\n20 1 3 0\n15 2 0\n10 3 0\n8 4 5 0\n7 5 0\n0\n\"Ann A\"\n"
          + "\"Ben\" \"Lab\"\nCara Ó (Grn)\n\"Dee\"\n\"Eve\"\n\"Ward 1\"\n";

  // 11 papers in a Condorcet cycle, the names hostile or quoted as a spreadsheet quotes them.
  private static final String CYCLE =
      "3 1\n5 1 2 3 0\n4 2 3 1 0\n2 3 1 2 0\n0\n\"Smith, \"\"Jo\"\"\"\n<script>alert('x')</script>\n"
          + "A & B </td>\n\"Cycle <b>\"\n";

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
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

  private static Path file(Path dir, String name, String text) throws IOException {
    Files.createDirectories(dir);
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static ElectionResult count(String rule, BallotFile read) {
    return MethodRegistry.find(rule).orElseThrow().method().count(read.election(), TieBreaker.givenOrder());
  }

  private static Document page(Path p) throws IOException {
    return Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8));
  }

  private static BigDecimal number(Element cell) {
    return new BigDecimal(cell.text());
  }

  private static BigDecimal exact(Fraction f, int places) {
    return f.toBigDecimal(places, RoundingMode.DOWN);
  }

  /** The result sheet's row for a candidate's name (its header cell's text). */
  private static Element row(Document page, String name) {
    for (Element tr : page.select("table.result-sheet tbody tr.candidate")) {
      // The parser reads white space as a browser shows it, runs of it as one space; control characters
      // are shown escaped, as the text report shows them.
      if (tr.selectFirst("th").text().equals(shown(name))) {
        return tr;
      }
    }
    throw new AssertionError("no row " + name + " in " + page.select("table.result-sheet").outerHtml());
  }

  /**
   * A name as the parser reads it from a page: control characters escaped as the reports show them, runs
   * of white space as one space, and without the characters it reads as invisible (soft hyphen, zero-width
   * space), which a mis-decoded name can hold ("Oisín" read as ISO-8859-1 holds a soft hyphen).
   */
  static String shown(String name) {
    return Terminal.safe(name).replaceAll("[\u00AD\u200B]", "").replaceAll("\\s+", " ").strip();
  }


  /**
   * Checks a result sheet against the count: every stage a column, every candidate's total, the
   * non-transferable and lost-to-rounding rows, the totals row (the valid poll), each transfer the
   * difference of the totals beside it, and each elected candidate marked at the stage of election.
   */
  static void assertSheetMatches(Document page, ElectionResult result) {
    int places = result.report().decimals();
    List<Stage> stages = result.report().stages();
    Element sheet = page.selectFirst("table.result-sheet");
    assertTrue(sheet != null, page.outerHtml());
    List<String> heads = sheet.select("thead tr").get(0).select("th").eachText();
    for (Stage st : stages) {
      assertTrue(heads.contains("Stage " + st.number()), heads.toString());
    }
    assertEquals(stages.size() + 2, heads.size(), heads.toString());
    // Each row read once: its name, and its cells in stage order.
    java.util.Map<String, Element> rows = new java.util.HashMap<>();
    for (Element tr : sheet.select("tbody tr.candidate")) {
      assertTrue(rows.put(tr.child(0).text(), tr) == null, tr.outerHtml());
    }
    assertEquals(stages.get(0).totals().size(), rows.size());
    for (Candidate c : stages.get(0).totals().keySet()) {
      Element tr = rows.get(shown(ReadableNames.readable(c.name())));
      assertTrue(tr != null, "no row " + c + " in " + rows.keySet());
      List<Element> totals = cells(tr, "total", stages.size());
      List<Element> transfers = cells(tr, "transfer", stages.size() - 1);
      for (Stage st : stages) {
        int k = st.number() - 1;
        assertEquals(exact(st.totals().get(c), places), number(totals.get(k)), c + " stage " + st.number());
        if (k > 0) {
          String transfer = transfers.get(k - 1).text();
          BigDecimal change = transfer.isEmpty() ? BigDecimal.ZERO : new BigDecimal(transfer);
          assertEquals(
              0,
              number(totals.get(k)).subtract(number(totals.get(k - 1))).compareTo(change),
              c + " transfer at stage " + st.number());
        }
        assertEquals(st.elected().contains(c), totals.get(k).hasClass("elected"), c + " at " + st.number());
      }
    }
    Element exhausted = sheet.selectFirst("tbody tr.non-transferable");
    Element sum = sheet.selectFirst("tbody tr.sum");
    assertEquals("Non-transferable", exhausted.child(0).text());
    assertEquals("Total", sum.child(0).text());
    List<Element> exhaustedCells = cells(exhausted, "total", stages.size());
    List<Element> sumCells = cells(sum, "total", stages.size());
    Element rounding = sheet.selectFirst("tbody tr.rounding");
    boolean anyLoss = stages.stream().anyMatch(st -> st.lostToRounding().signum() != 0);
    assertEquals(anyLoss, rounding != null);
    for (Stage st : stages) {
      int k = st.number() - 1;
      assertEquals(exact(st.exhausted(), places), number(exhaustedCells.get(k)));
      if (anyLoss) {
        assertEquals(exact(st.lostToRounding(), places), number(cells(rounding, "total", stages.size()).get(k)));
      }
      // The valid poll at every stage, as the library's conservation check has it.
      assertEquals(exact(st.totalOfCandidates().plus(st.exhausted()).plus(st.lostToRounding()), places), number(sumCells.get(k)));
      assertEquals(exact(Fraction.of(result.report().ballots().valid()), places), number(sumCells.get(k)));
    }
  }

  /** A row's cells of a class (total or transfer), in stage order, checking that there are {@code n}. */
  private static List<Element> cells(Element tr, String cls, int n) {
    List<Element> cells = new ArrayList<>();
    for (Element td : tr.children()) {
      if (td.hasClass(cls)) {
        cells.add(td);
      }
    }
    assertEquals(n, cells.size(), tr.outerHtml());
    return cells;
  }


  /**
   * Checks that nothing on the page is fetched from elsewhere: no script at all, no src or href but a
   * fragment or a data: URI, no {@code @import}, and no {@code url(...)} but of a fragment or data:.
   */
  static void assertSelfContained(Document page) {
    assertTrue(page.select("script, link, iframe, object, embed, img, image, use").isEmpty(), page.outerHtml());
    Pattern external = Pattern.compile("(?i)^\\s*(https?:|//|file:|ftp:)");
    Pattern url = Pattern.compile("(?i)url\\(\\s*['\"]?\\s*([^)'\"\\s]*)");
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.equals("src") || key.endsWith("href") || key.equals("action") || key.equals("poster")) {
          String v = a.getValue().trim();
          assertTrue(v.startsWith("#") || v.startsWith("data:"), e.outerHtml());
        }
        assertFalse(key.startsWith("on"), "an event handler: " + e.outerHtml());
        assertFalse(external.matcher(a.getValue()).find() && !key.equals("xmlns"), e.outerHtml());
      }
    }
    String css = String.join("\n", page.select("style").eachAttr("data-none")) + page.select("style").html();
    for (Element e : page.select("[style]")) {
      css += "\n" + e.attr("style");
    }
    assertFalse(css.toLowerCase(Locale.ROOT).contains("@import"), css);
    var m = url.matcher(css);
    while (m.find()) {
      assertTrue(m.group(1).startsWith("#") || m.group(1).startsWith("data:"), m.group());
    }
  }

  @Test
  void html_writesAResultSheetMatchingTheCount(@TempDir Path dir) throws IOException {
    Path ward = file(dir.resolve("in"), "ward1.blt", THREE_SEATS);
    Path out = dir.resolve("pages");
    Run r = run("count", "--rule", "scottish-stv", "--format", "html", "--out", out.toString(), ward.toString());
    assertEquals(0, r.status(), r.err());
    Path page = out.resolve("ward1.html");
    assertEquals(List.of(page.toString()), r.lines());
    assertEquals("", r.err());
    BallotFile read = Blt.read(Files.readAllBytes(ward), ReadOptions.defaults());
    ElectionResult result = count("scottish-stv", read);
    Document doc = page(page);
    assertSheetMatches(doc, result);
    assertSelfContained(doc);
    // The heading: file, rule, seats, quota and who was elected, as the text report gives them.
    assertEquals(ward.toString(), doc.selectFirst("h1").text());
    List<String> summary = doc.select("dl.summary dd").eachText();
    assertEquals("scottish-stv", summary.get(0));
    assertEquals("3", summary.get(1));
    assertEquals(JsonReport.decimal(result.quota().orElseThrow(), 5), summary.get(3));
    assertEquals("Ann A (stage 1); \"Ben\" \"Lab\" (stage 2); Cara Ó (Grn) (stage 3)", summary.get(4));
    // The chart: a line per candidate with a marker at every stage, the quota as a line, every name.
    Element chart = doc.selectFirst("svg.chart");
    assertEquals(read.election().candidates().size(), chart.select("g.series").size());
    for (Element series : chart.select("g.series")) {
      assertEquals(result.report().stages().size(), series.select(".marker").size());
    }
    assertEquals(1, chart.select("g.quota path").size());
    List<String> labels = chart.select("g.end-label text").eachText();
    assertTrue(labels.containsAll(List.of("Ann A", "\"Ben\" \"Lab\"", "Cara Ó (Grn)", "Dee", "Eve")), labels.toString());
    assertTrue(chart.select("text.quota-label").text().contains("26.00000"), chart.outerHtml());
    // Where the votes went: every stage after the first, each gain the change in the result sheet.
    Elements flows = doc.select("table.flow");
    assertEquals(result.report().stages().size() - 1, flows.size());
    Element two = doc.selectFirst("table.flow[data-stage=2]");
    Candidate ann = Candidate.of("Ann A");
    Fraction surplus = result.report().stages().get(0).totals().get(ann).minus(result.report().stages().get(1).totals().get(ann));
    assertEquals("From Ann A (" + JsonReport.decimal(surplus, 5) + ")", two.selectFirst("caption").text());
    for (Element tr : two.select("tbody tr")) {
      String to = tr.selectFirst("th").text();
      Element sheetRow =
          to.equals("Lost to rounding")
              ? doc.selectFirst("table.result-sheet tr.rounding")
              : to.equals("Non-transferable") ? doc.selectFirst("table.result-sheet tr.non-transferable") : row(doc, to);
      assertEquals(
          number(sheetRow.selectFirst("td.transfer[data-stage=2]")), number(tr.selectFirst("td")), to);
    }
  }

  @Test
  void html_realScottishWard_matchesTheCountAndTheOfficialResult(@TempDir Path dir) throws IOException {
    String data = System.getProperty("commonweal.data");
    assumeTrue(data != null && Files.isDirectory(Path.of(data, "scotland")), "the Scottish ballot data is absent");
    Path ward = Path.of(data, "scotland/2017/aberdeen_2017_ward10.blt");
    Run r = run("count", "--rule", "scottish-stv", "--format", "html", "--out", dir.toString(), ward.toString());
    assertEquals(0, r.status(), r.err());
    Document doc = page(dir.resolve("aberdeen_2017_ward10.html"));
    ElectionResult result = count("scottish-stv", Blt.read(Files.readAllBytes(ward), ReadOptions.defaults()));
    assertSheetMatches(doc, result);
    assertSelfContained(doc);
    // 2017-official-results.csv: quota 1502; COOKE, GREIG, IMRIE and STEWART elected.
    assertEquals("1502.00000", doc.select("dl.summary dd").get(3).text());
    List<String> elected = new ArrayList<>();
    for (Element td : doc.select("table.result-sheet td.result")) {
      if (td.text().startsWith("Elected")) {
        elected.add(td.parent().selectFirst("th").text());
      }
    }
    elected.sort(null);
    assertEquals(List.of("Claire IMRIE (Con)", "Jennifer STEWART (LD)", "John COOKE (SNP)", "Martin GREIG (LD)"), elected);
  }

  @Test
  void html_scottish2022Files_getAPageEach_matchingTheirCounts(@TempDir Path dir) throws IOException {
    String data = System.getProperty("commonweal.data");
    assumeTrue(data != null && Files.isDirectory(Path.of(data, "scotland")), "the Scottish ballot data is absent");
    // One year's files (345, among them names holding C1 controls and mis-decoded letters), and the one
    // malformed file of the data (its README: the 2016 Perth and Kinross ward 9 by-election, at line 1).
    List<Path> files = new ArrayList<>();
    try (java.util.stream.Stream<Path> year = Files.list(Path.of(data, "scotland/2022"))) {
      year.filter(f -> f.toString().endsWith(".blt")).sorted().forEach(files::add);
    }
    Path malformed = Path.of(data, "scotland/by-elections/perth_kinross_2016_by_election_ward9.blt");
    files.add(files.size() / 2, malformed);
    List<String> args = new ArrayList<>(List.of("count", "--rule", "scottish-stv", "--format", "html", "--out", dir.toString()));
    files.forEach(f -> args.add(f.toString()));
    Run r = run(args.toArray(new String[0]));
    assertEquals(1, r.status());
    assertEquals(List.of(malformed + ": error: "), List.of(r.err().substring(0, r.err().indexOf("error: ") + 7)));
    assertEquals(1, r.err().strip().split("\n").length, r.err());
    List<String> names = PageNames.of(files.stream().map(Path::toString).toList());
    List<String> written = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path page = dir.resolve(names.get(i));
      if (files.get(i).equals(malformed)) {
        assertFalse(Files.exists(page), page.toString());
        continue;
      }
      written.add(page.toString());
      ElectionResult result = count("scottish-stv", Blt.read(Files.readAllBytes(files.get(i)), ReadOptions.defaults()));
      Document doc = page(page);
      assertSheetMatches(doc, result);
      assertEquals(files.get(i).toString(), doc.selectFirst("h1").text());
    }
    assertEquals(written, r.lines());
  }

  @Test
  void html_irvCount_showsItsRoundsWithoutAQuotaLine(@TempDir Path dir) throws IOException {
    String data = System.getProperty("commonweal.data");
    assumeTrue(data != null && Files.isDirectory(Path.of(data, "irv")), "the instant-runoff ballot data is absent");
    Path burlington = Path.of(data, "irv/us_vt_btv_2009_03_mayor.normalized.csv");
    Run r =
        run("count", "--rule", "irv", "--input", "rankedvote-csv", "--format", "html", "--out", dir.toString(), burlington.toString());
    assertEquals(0, r.status(), r.err());
    Document doc = page(dir.resolve("us_vt_btv_2009_03_mayor.normalized.html"));
    ElectionResult result = count("irv", RankedVoteCsv.read(Files.readAllBytes(burlington), ReadOptions.defaults()));
    assertSheetMatches(doc, result);
    assertSelfContained(doc);
    assertTrue(doc.select("svg.chart g.quota").isEmpty(), "no quota line for a rule without a quota");
    assertEquals("Bob Kiss (stage " + result.report().stages().size() + ")", doc.select("dl.summary dd").get(4).text());
  }

  @Test
  void html_condorcetCount_showsThePairwiseTableNotTransfers(@TempDir Path dir) throws IOException {
    Path f = file(dir, "cycle.blt", CYCLE);
    Run r = run("count", "--rule", "schulze", "--format", "html", "--out", dir.resolve("out").toString(), f.toString());
    assertEquals(0, r.status(), r.err());
    Document doc = page(dir.resolve("out/cycle.html"));
    assertSelfContained(doc);
    ElectionResult result = count("schulze", Blt.read(Files.readAllBytes(f), ReadOptions.defaults()));
    assertTrue(doc.select("table.result-sheet, svg.chart, table.flow").isEmpty(), doc.outerHtml());
    assertFalse(doc.text().contains("Non-transferable"), doc.text());
    // Each pairwise table of the count, every cell as the library has it.
    Elements tables = doc.select("table.pairs");
    List<Stage> withPairs = result.report().stages().stream().filter(st -> st.pairs().isPresent()).toList();
    assertEquals(withPairs.size(), tables.size());
    assertEquals(2, tables.size(), "papers preferring, then Schulze's strongest paths");
    for (Stage st : withPairs) {
      PairTable t = st.pairs().orElseThrow();
      Element table = doc.selectFirst("table.pairs[data-stage=" + st.number() + "]");
      List<Element> rows = table.select("tbody tr");
      for (int i = 0; i < t.candidates().size(); i++) {
        Candidate a = t.candidates().get(i);
        assertEquals(ReadableNames.readable(a.name()), rows.get(i).selectFirst("th").text());
        for (int j = 0; j < t.candidates().size(); j++) {
          if (i != j) {
            assertEquals(
                Long.toString(t.get(a, t.candidates().get(j))), rows.get(i).select("td").get(j).text(), a + " row " + j);
          }
        }
      }
    }
    // The stage totals, every stage a column.
    Element totals = doc.selectFirst("table.stage-totals");
    for (Stage st : result.report().stages()) {
      for (Candidate c : st.totals().keySet()) {
        Element cell = null;
        for (Element tr : totals.select("tbody tr")) {
          if (tr.selectFirst("th").text().equals(ReadableNames.readable(c.name()))) {
            cell = tr.selectFirst("td.total[data-stage=" + st.number() + "]");
          }
        }
        assertEquals(JsonReport.decimal(st.totals().get(c), 0), cell.text());
      }
    }
  }

  @Test
  void html_escapesEveryNameAndText(@TempDir Path dir) throws IOException {
    Path f = file(dir, "cycle.blt", CYCLE);
    for (String rule : List.of("schulze", "irv", "scottish-stv")) {
      Path out = dir.resolve(rule);
      assertEquals(0, run("count", "--rule", rule, "--format", "html", "--out", out.toString(), f.toString()).status());
      String html = Files.readString(out.resolve("cycle.html"), StandardCharsets.UTF_8);
      Document doc = Jsoup.parse(html);
      assertTrue(doc.select("script, b, td td").isEmpty(), rule + ": markup from a name or the title: " + html);
      assertFalse(html.contains("<script>") || html.contains("</td>\n\"") || html.contains("<b>"), rule);
      // The names read as text, exactly, wherever they are shown; the quoted one as a person reads it.
      String text = doc.text();
      assertTrue(text.contains("<script>alert('x')</script>"), text);
      assertTrue(text.contains("A & B </td>"), text);
      assertTrue(text.contains("Smith, \"Jo\"") && !text.contains("\"\"Jo"), text);
      assertTrue(doc.selectFirst("p.subtitle").text().equals("Cycle <b>"), text);
      assertSelfContained(doc);
    }
  }

  @Test
  void html_namesPagesAfterTheirFiles_inInputOrder(@TempDir Path dir) throws IOException {
    Path a = file(dir.resolve("a"), "ward.blt", THREE_SEATS);
    Path b = file(dir.resolve("b"), "ward.blt", THREE_SEATS);
    Path c = file(dir.resolve("c"), "WARD.blt", THREE_SEATS);
    Path d = file(dir, "ward-2.blt", THREE_SEATS);
    Path out = dir.resolve("out");
    Run r =
        run("count", "--rule", "scottish-stv", "--format", "html", "--out", out.toString(), a.toString(), b.toString(), c.toString(), d.toString());
    assertEquals(0, r.status(), r.err());
    List<String> expected =
        List.of("ward.html", "ward-2.html", "WARD-3.html", "ward-2-2.html").stream().map(n -> out.resolve(n).toString()).toList();
    assertEquals(expected, r.lines());
    for (int i = 0; i < expected.size(); i++) {
      Path p = Path.of(expected.get(i));
      assertEquals(List.of(a, b, c, d).get(i).toString(), page(p).selectFirst("h1").text());
    }
    // The same command line gives the same names again, replacing the pages.
    Run again =
        run("count", "--rule", "scottish-stv", "--format", "html", "--out", out.toString(), a.toString(), b.toString(), c.toString(), d.toString());
    assertEquals(r.out(), again.out());
    try (var files = Files.list(out)) {
      assertEquals(4, files.count());
    }
  }

  @Test
  void html_aFileThatFails_getsNoPage_keepsItsName_andExitsOne(@TempDir Path dir) throws IOException {
    Path bad = file(dir.resolve("x"), "ward.blt", "5 1,\n786 1 0,\n0,\n");
    Path good = file(dir.resolve("y"), "ward.blt", THREE_SEATS);
    Path missing = dir.resolve("missing.blt");
    Path out = dir.resolve("out");
    Run r = run("count", "--rule", "scottish-stv", "--format", "html", "--out", out.toString(), bad.toString(), good.toString(), missing.toString());
    assertEquals(1, r.status());
    assertEquals(List.of(out.resolve("ward-2.html").toString()), r.lines());
    List<String> errors = List.of(r.err().split("\n"));
    assertEquals(2, errors.size(), r.err());
    assertTrue(errors.get(0).startsWith(bad + ": error: BLT line 1:"), r.err());
    assertEquals(missing + ": error: cannot read the file: no such file", errors.get(1));
    assertFalse(Files.exists(out.resolve("ward.html")));
    assertFalse(Files.exists(out.resolve("missing.html")));
  }

  @Test
  void html_neverReplacesAFileBeingCounted(@TempDir Path dir) throws IOException {
    // A BLT file named like a page, counted with its own folder as --out, beside an ordinary one.
    Path input = file(dir, "ward.html", THREE_SEATS);
    Path other = file(dir, "other.blt", THREE_SEATS);
    Run r = run("count", "--rule", "scottish-stv", "--format", "html", "--out", dir.toString(), input.toString(), other.toString());
    assertEquals(1, r.status());
    assertEquals(THREE_SEATS, Files.readString(input, StandardCharsets.UTF_8));
    assertTrue(r.err().startsWith(input + ": error: the page " + input + " would replace an input file"), r.err());
    assertEquals(List.of(dir.resolve("other.html").toString()), r.lines());
  }

  @Test
  void html_outAndFormat_areUsageErrorsWithoutEachOther(@TempDir Path dir) throws IOException {
    Path f = file(dir, "w.blt", THREE_SEATS);
    assertUsage(run("count", "--rule", "meek", "--format", "html", f.toString()), "--format html writes one page per file");
    assertUsage(run("count", "--rule", "meek", "--out", dir.toString(), f.toString()), "--out applies to --format html only");
    assertUsage(
        run("count", "--rule", "meek", "--format", "json", "--out", dir.toString(), f.toString()), "--out applies to --format html only");
    Path plain = file(dir, "taken", "a file");
    Run r = run("count", "--rule", "meek", "--format", "html", "--out", plain.toString(), f.toString());
    assertUsage(r, "is an existing file, not a folder");
    assertEquals("a file", Files.readString(plain));
    // A folder that does not exist yet is created, with its parents.
    Path deep = dir.resolve("new/deeper");
    Run made = run("count", "--rule", "meek", "--format", "html", "--out", deep.toString(), f.toString());
    assertEquals(0, made.status(), made.err());
    assertTrue(Files.isRegularFile(deep.resolve("w.html")));
  }

  private static void assertUsage(Run r, String message) {
    assertEquals(2, r.status(), r.out() + r.err());
    assertTrue(r.err().contains(message), r.err());
    assertEquals("", r.out());
  }

  @Test
  void help_statesTheHtmlOutputAndItsPageNames() {
    // Without white space: the help is wrapped to the terminal's width, at spaces and after dots.
    String help = run("count", "--help").out().replaceAll("\\s+", "");
    for (String said :
        List.of(
            "--out=DIR",
            "html (one page per file in the --out folder)",
            "named after the file without its folder and last extension: ward.blt gives ward.html",
            "a second ward.blt, from another folder, gives ward-2.html",
            "gets no page: its error goes to standard error (and the exit status is 1)")) {
      assertTrue(help.contains(said.replaceAll("\\s+", "")), said + " in " + help);
    }
  }
}
