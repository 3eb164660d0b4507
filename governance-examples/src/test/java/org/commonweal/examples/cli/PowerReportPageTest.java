package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonweal.examples.PowerReportSection;
import org.commonweal.examples.SchoolTrust;
import org.commonweal.examples.SchoolTrustData;
import org.commonweal.governance.analysis.Analysis;
import org.commonweal.governance.analysis.CaptureReport;
import org.commonweal.governance.analysis.ClassCapture;
import org.commonweal.governance.analysis.MatterGame;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.constitution.ViolationCode;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.voting.Electorate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship's power report page: read back with an HTML parser and checked against the analysis made
 * through the library, and against what the trust's rules imply on their own (a 75% resolution is blocked
 * by any class holding more than a quarter of the vote; class consent lets every class block).
 */
class PowerReportPageTest {
  private static final ShareLedger LEDGER = SchoolTrustData.ledger();
  private static final Constitution TRUST = PowerReportSection.schoolTrust(LEDGER);
  private static final Analysis ANALYSIS = Analysis.of(TRUST, Electorate.from(LEDGER, SchoolTrustData.AS_AT));
  private static final Document PAGE = Jsoup.parse(PowerReportPage.of(ANALYSIS, SchoolTrustData.AS_AT));

  /** A fraction as a percentage to one place, half to even, worked here from its numerator and denominator. */
  private static String percent(Fraction f) {
    return new BigDecimal(f.numerator()).multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(f.denominator()), 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** The matters the page must show: ordinary business, then the table's, in the table's order. */
  private static List<Matter> matters() {
    List<Matter> matters = new ArrayList<>(List.of(Matter.ORDINARY_BUSINESS));
    TRUST.matters().keySet().stream().filter(m -> !m.equals(Matter.ORDINARY_BUSINESS)).forEach(matters::add);
    return matters;
  }

  @Test
  void page_namesTheTrustAndItsMembersByClass() {
    assertEquals(SchoolTrustData.NAME, PAGE.selectFirst("h1").text());
    int members = 0;
    for (ClassCapture c : ANALYSIS.capture(Matter.ORDINARY_BUSINESS).classes()) {
      members += c.members();
    }
    assertEquals(6 + 7 + 4 + 6 + 7, members, "the register's members on the record date, class by class");
    assertTrue(PAGE.select("dl.summary dd").eachText().contains(members + " (local-residents 6, parents-and-carers 7,"
        + " school-leaders 4, staff 6, students 7)"), PAGE.select("dl.summary").text());
  }

  @Test
  void overview_hasARowForEveryMatterInTheRulesAndAColumnForEveryClass() {
    Elements rows = PAGE.select("table.overview tbody tr");
    List<Matter> matters = matters();
    assertEquals(matters.size(), rows.size());
    for (int i = 0; i < matters.size(); i++) {
      assertEquals(matters.get(i).title(), rows.get(i).selectFirst("th").text());
      assertEquals(TRUST.procedure(matters.get(i)).description(), rows.get(i).select("td").get(0).text());
    }
    List<String> classes = ANALYSIS.capture(Matter.ORDINARY_BUSINESS).classes().stream().map(ClassCapture::className).toList();
    List<String> header = PAGE.select("table.overview thead th").eachText();
    assertEquals(classes, header.subList(2, header.size()));
  }

  @Test
  void overviewCells_areEachClassNominalShareAndShapleyShubikPower() {
    Elements rows = PAGE.select("table.overview tbody tr");
    List<Matter> matters = matters();
    int checked = 0;
    for (int i = 0; i < matters.size(); i++) {
      CaptureReport r = ANALYSIS.capture(matters.get(i));
      Elements cells = rows.get(i).select("td");
      if (r.game().kind() != MatterGame.Kind.GAME) {
        assertEquals(2, cells.size(), "one cell says how else the matter is settled");
        continue;
      }
      for (int k = 0; k < r.classes().size(); k++) {
        ClassCapture c = r.classes().get(k);
        Element cell = cells.get(k + 1);
        assertEquals(percent(c.nominal()) + " / " + percent(c.shapleyShubik().orElseThrow()), cell.text());
        assertEquals(c.blocksAlone() && !c.passesAlone(), cell.hasClass("veto"), cell.outerHtml());
        checked++;
      }
    }
    assertTrue(checked >= 5 * 6, "every class of at least six matters decided by the members: " + checked);
  }

  @Test
  void classConsent_letsEveryClassBlockTheAmendmentAlone() {
    // The trust amends its rules by a special resolution that also needs a majority in every class.
    Procedure amend = TRUST.procedure(Matter.AMEND_RULES);
    assertTrue(amend instanceof Procedure.AtMeeting m
        && m.resolution().conditions().stream().anyMatch(c -> c instanceof Condition.InEachClass), amend.description());
    Element row = PAGE.select("table.overview tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().equals(Matter.AMEND_RULES.title())).findFirst().orElseThrow();
    Elements cells = row.select("td.cell");
    assertEquals(5, cells.size());
    for (Element cell : cells) {
      assertTrue(cell.hasClass("veto"), cell.outerHtml());
    }
  }

  @Test
  void seventyFivePercentRows_giveAVetoToExactlyTheClassesAboveAQuarter() {
    // Without class consent, at least 3/4 of the votes cast is blocked by any class with more than 1/4.
    for (Matter m : List.of(Matter.EXPEL_MEMBER, Matter.DISPOSE_OF_ASSETS)) {
      Element section = section(m);
      for (Element row : section.select("table.power tbody tr")) {
        BigDecimal nominal = new BigDecimal(row.select("td").get(1).text().replace("%", ""));
        boolean vetoes = nominal.compareTo(new BigDecimal("25.0")) > 0;
        assertEquals(vetoes ? "blocks it" : "neither passes nor blocks it", row.select("td").get(4).text(),
            m + ": " + row.text());
      }
    }
  }

  @Test
  void powerTables_holdTheAnalysisNumbersForEveryClass() {
    for (Matter m : matters()) {
      CaptureReport r = ANALYSIS.capture(m);
      Element section = section(m);
      Elements rows = section.select("table.power tbody tr");
      if (r.game().kind() != MatterGame.Kind.GAME) {
        assertTrue(rows.isEmpty(), m.toString());
        assertTrue(section.select("svg").isEmpty(), m + " has no chart");
        continue;
      }
      assertEquals(r.classes().size(), rows.size());
      for (int k = 0; k < rows.size(); k++) {
        ClassCapture c = r.classes().get(k);
        Elements cells = rows.get(k).select("td");
        assertEquals(c.className(), rows.get(k).selectFirst("th").text());
        assertEquals(List.of(Integer.toString(c.members()), percent(c.nominal()), percent(c.banzhaf().orElseThrow()),
            percent(c.shapleyShubik().orElseThrow())), cells.subList(0, 4).stream().map(Element::text).toList());
        assertEquals(c.aloneAtMeeting().isPresent() ? Integer.toString(c.aloneAtMeeting().getAsInt()) : "none",
            cells.get(5).text());
      }
    }
  }

  @Test
  void powerIndices_sumToOneHundredPercentInEveryTable() {
    for (Element table : PAGE.select("table.power")) {
      for (int column : List.of(1, 2, 3)) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Element row : table.select("tbody tr")) {
          sum = sum.add(new BigDecimal(row.select("td").get(column).text().replace("%", "")));
        }
        // Each of n rounded figures is within 0.05 of its exact value.
        int n = table.select("tbody tr").size();
        assertTrue(sum.subtract(new BigDecimal(100)).abs().compareTo(new BigDecimal("0.05").multiply(BigDecimal.valueOf(n))) <= 0,
            "column " + column + " sums to " + sum);
      }
    }
  }

  @Test
  void chart_drawsEachClassThreeBarsToScale() {
    Elements charts = PAGE.select("section.decision svg.chart");
    assertFalse(charts.isEmpty());
    for (Element chart : charts) {
      Element section = chart.closest("section");
      Elements rows = section.select("table.power tbody tr");
      Elements groups = chart.select("g.class");
      assertEquals(rows.size(), groups.size());
      for (int k = 0; k < groups.size(); k++) {
        Elements cells = rows.get(k).select("td");
        List<String> measures = List.of("nominal", "banzhaf", "shapley");
        for (int i = 0; i < measures.size(); i++) {
          Element bar = groups.get(k).selectFirst("rect." + measures.get(i));
          assertEquals(cells.get(i + 1).text(), bar.attr("data-value"));
          // The plot is 560 units for 100%; the bar is drawn to two places, the label to one.
          BigDecimal expected = new BigDecimal(bar.attr("data-value").replace("%", "")).multiply(new BigDecimal("5.6"));
          assertTrue(new BigDecimal(bar.attr("width")).subtract(expected).abs().compareTo(new BigDecimal("0.29")) <= 0,
              bar.outerHtml());
        }
      }
    }
  }

  @Test
  void eachMatter_appearsInExactlyOneSection() {
    Set<String> seen = new HashSet<>();
    for (Element p : PAGE.select("section.decision > p:first-of-type")) {
      for (String title : p.text().replaceFirst("^Matters?: ", "").replaceFirst("\\.$", "").split("; ")) {
        assertTrue(seen.add(title), title);
      }
    }
    assertEquals(matters().stream().map(Matter::title).collect(java.util.stream.Collectors.toSet()), seen);
  }

  @Test
  void board_hasARowForEveryClassAndNoneIsSureOfAMajority() {
    Elements rows = PAGE.select("table.board tbody tr");
    assertEquals(ANALYSIS.capture(Matter.ORDINARY_BUSINESS).board().size(), rows.size());
    for (Element row : rows) {
      Elements cells = row.select("td");
      int reserved = Integer.parseInt(cells.get(1).text());
      int general = Integer.parseInt(cells.get(2).text().split(" of ")[0]);
      int board = Integer.parseInt(cells.get(4).text());
      assertEquals(2 * (reserved + general) > board ? "yes" : "no", cells.get(5).text(), row.text());
    }
  }

  @Test
  void warnings_areTheAnalysisPowerWarnings() {
    List<Violation> expected = ANALYSIS.validate().violations().stream()
        .filter(v -> v.code() == ViolationCode.VETO_NOT_INTENDED || v.code() == ViolationCode.NO_POWER).toList();
    Elements items = PAGE.select("#warnings li");
    assertEquals(expected.size(), items.size());
    assertEquals(4, items.size(), "parents and staff on the two 75% rows");
    for (int i = 0; i < items.size(); i++) {
      assertTrue(items.get(i).text().endsWith(expected.get(i).message()), items.get(i).text());
    }
  }

  @Test
  void page_fetchesNothingAndRunsNoScript() {
    assertTrue(PAGE.select("script, link, img, iframe, object, embed").isEmpty());
    Pattern external = Pattern.compile("(?i)(https?:|//|file:|ftp:|url\\()");
    for (Element e : PAGE.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertFalse(key.startsWith("on"), e.outerHtml());
        if (!key.equals("xmlns")) {
          assertFalse(external.matcher(a.getValue()).find(), e.outerHtml());
        }
      }
    }
    assertFalse(external.matcher(PAGE.select("style").html()).find());
  }

  @Test
  void hostileName_isShownAsText() {
    String name = "<script>alert('x')</script> & \"Co\"";
    Constitution hostile = Constitution.builder().from(TRUST).name(name).build();
    Document page = Jsoup.parse(PowerReportPage.of(Analysis.of(hostile, Electorate.from(LEDGER, SchoolTrustData.AS_AT)),
        SchoolTrustData.AS_AT));
    assertTrue(page.select("script").isEmpty());
    assertEquals(name, page.selectFirst("h1").text());
  }

  @Test
  void run_withHtml_printsTheExampleAndWritesThePage(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path target = dir.resolve("reports");
    int status = SchoolTrust.run(new String[] {"--html", target.toString()}, print(out), print(err));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    Path page = target.resolve(SchoolTrust.POWER_PAGE);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith(SchoolTrustData.NAME), printed);
    assertTrue(printed.strip().endsWith("Power report written to " + page), printed);
    assertEquals(PowerReportPage.of(ANALYSIS, SchoolTrustData.AS_AT), Files.readString(page, StandardCharsets.UTF_8));
  }

  @Test
  void run_withWrongArguments_isAUsageErrorAndPrintsNothing() {
    for (String[] args : List.of(new String[] {"--html"}, new String[] {"--pdf", "x"}, new String[] {"x", "y", "z"})) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      assertEquals(2, SchoolTrust.run(args, print(out), print(err)), String.join(" ", args));
      assertEquals("", out.toString(StandardCharsets.UTF_8));
      assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: SchoolTrust [--html DIR]"));
    }
  }

  @Test
  void run_intoAFile_failsWithStatus1NamingIt(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(1, SchoolTrust.run(new String[] {"--html", file.toString()}, print(new ByteArrayOutputStream()), print(err)));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("cannot write the power report into " + file), err.toString());
  }

  private static Element section(Matter m) {
    return PAGE.select("section.decision").stream()
        .filter(s -> List.of(s.selectFirst("p").text().replaceFirst("^Matters?: ", "").replaceFirst("\\.$", "").split("; "))
            .contains(m.title()))
        .findFirst().orElseThrow(() -> new AssertionError("no section for " + m));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
