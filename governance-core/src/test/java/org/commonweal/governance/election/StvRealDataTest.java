package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.MalformedInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The STV rules on the real Scottish council ballots in {@code ../shared/data/scotland} (system property
 * {@code commonweal.data}): official winners, quotas and stage totals of 2017 (from the councils'
 * declarations as transcribed by the council17 project, CC BY-SA 4.0), every file of every year, and
 * the Meek and WIGM winners of an independent counter (Droop v0.14). Skipped when the data is absent.
 */
@Tag("real-data")
class StvRealDataTest {
  private static Path scotland;
  /** Each readable file's election, parsed once for all the tests. */
  private static final Map<String, Election> ELECTIONS = new TreeMap<>();

  @BeforeAll
  static void locate() {
    String data = System.getProperty("commonweal.data");
    assumeTrue(data != null && Files.isDirectory(Path.of(data, "scotland")),
        "the Scottish ballot data is absent (system property commonweal.data, ../shared/data beside the checkout)");
    scotland = Path.of(data, "scotland");
  }

  private static Election election(String file) {
    return ELECTIONS.computeIfAbsent(file, f -> Blt.parse(read(scotland.resolve(f))));
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of an RFC 4180 CSV file, header dropped. */
  static List<List<String>> csv(Path p) {
    List<List<String>> rows = new ArrayList<>();
    String text = read(p);
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows.subList(1, rows.size());
  }

  private static Set<String> names(List<Candidate> candidates) {
    Set<String> s = new TreeSet<>();
    candidates.forEach(c -> s.add(c.name()));
    return s;
  }

  private static void noFailures(List<String> failures, int checked) {
    assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " failed: " + failures.subList(0, Math.min(20, failures.size())));
  }

  @Test
  void official2017_winnersAndQuotas() {
    List<List<String>> rows = csv(scotland.resolve("2017-official-results.csv"));
    assertEquals(219, rows.size());
    List<String> failures = new ArrayList<>();
    for (List<String> r : rows) {
      ElectionResult result = StvMethods.scottish().count(election(r.get(0)));
      // The official list is in the file's candidate order, not election order.
      Set<String> official = new TreeSet<>(Arrays.asList(r.get(5).split(";")));
      if (!official.equals(names(result.elected()))) {
        failures.add(r.get(0) + ": elected " + names(result.elected()) + ", officially " + official);
      }
      if (!result.quota().orElseThrow().equals(Fraction.parse(r.get(4)))) {
        failures.add(r.get(0) + ": quota " + result.quota().orElseThrow() + ", officially " + r.get(4));
      }
      if (result.report().ballots().valid() != Long.parseLong(r.get(3))) {
        failures.add(r.get(0) + ": valid poll " + result.report().ballots().valid() + ", officially " + r.get(3));
      }
    }
    noFailures(failures, rows.size());
  }

  @Test
  void official2017_everyStageTotalToFivePlaces() {
    // stage -> candidate -> total, for each ward whose published figures are exact.
    Map<String, Map<Integer, Map<String, String>>> official = new TreeMap<>();
    List<List<String>> rows = csv(scotland.resolve("2017-official-stages.csv"));
    for (List<String> r : rows) {
      official
          .computeIfAbsent(r.get(0), f -> new TreeMap<>())
          .computeIfAbsent(Integer.parseInt(r.get(1)), s -> new HashMap<>())
          .put(r.get(2), r.get(3));
    }
    assertEquals(198, official.size());
    List<String> failures = new ArrayList<>();
    int cells = 0;
    for (var ward : official.entrySet()) {
      List<Stage> stages = StvMethods.scottish().count(election(ward.getKey())).report().stages();
      // The official numbering: the same stages, no stage for a zero surplus.
      if (stages.size() != ward.getValue().size()) {
        failures.add(ward.getKey() + ": " + stages.size() + " stages, officially " + ward.getValue().size());
        continue;
      }
      for (var stage : ward.getValue().entrySet()) {
        Stage mine = stages.get(stage.getKey() - 1);
        for (var cell : stage.getValue().entrySet()) {
          cells++;
          Fraction total = mine.totals().get(Candidate.of(cell.getKey()));
          String shown = total == null ? "missing" : total.toDecimalString(5, RoundingMode.UNNECESSARY);
          if (!shown.equals(cell.getValue())) {
            failures.add(ward.getKey() + " stage " + stage.getKey() + " " + cell.getKey() + ": " + shown + ", officially " + cell.getValue());
          }
        }
      }
    }
    assertEquals(rows.size(), cells, "every published cell is compared");
    noFailures(failures, official.size());
  }

  @Test
  void everyFile_countsWithConservation_andTheMalformedOneFailsAtLineOne() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(scotland)) {
      files = all.filter(p -> p.toString().endsWith(".blt")).sorted().toList();
    }
    assertEquals(1100, files.size());
    List<String> failures = new ArrayList<>();
    int counted = 0;
    for (Path p : files) {
      String name = scotland.relativize(p).toString().replace('\\', '/');
      if (name.equals("by-elections/perth_kinross_2016_by_election_ward9.blt")) {
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> Blt.parse(read(p)));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("BLT line 1: expected"), e.getMessage());
        continue;
      }
      Election e = election(name);
      ElectionResult r = StvMethods.scottish().count(e);
      counted++;
      if (!r.report().conservationErrors().isEmpty()) {
        failures.add(name + ": " + r.report().conservationErrors().get(0));
      }
      if (r.elected().size() != e.seats()) {
        failures.add(name + ": " + r.elected().size() + " elected for " + e.seats() + " seats");
      }
    }
    assertEquals(1099, counted);
    noFailures(failures, counted);
  }

  @Test
  void meekAndWigm_agreeWithTheReference() {
    List<List<String>> rows = csv(scotland.resolve("reference-meek-wigm.csv"));
    assertEquals(438, rows.size());
    List<String> failures = new ArrayList<>();
    for (List<String> r : rows) {
      StvMethod rule = r.get(1).equals("meek") ? StvMethods.meek() : StvMethods.wigm();
      ElectionResult result = rule.count(election(r.get(0)));
      Set<String> reference = new TreeSet<>(Arrays.asList(r.get(2).split(";")));
      if (!reference.equals(names(result.elected()))) {
        failures.add(r.get(1) + " " + r.get(0) + ": elected " + names(result.elected()) + ", reference " + reference);
      }
      if (!result.report().conservationErrors().isEmpty()) {
        failures.add(r.get(1) + " " + r.get(0) + ": " + result.report().conservationErrors().get(0));
      }
    }
    noFailures(failures, rows.size());
  }

  @Test
  void renfrewshireWard3_equalSurplusesDecidedByTheMostRecentStage() {
    // The data's README: two equal surpluses (109 each) at stage 6; the candidate higher at stage 5 goes
    // first (SSI 2007/42 Sch. 1 r. 49(2)), as the official stages confirm.
    ElectionResult r = StvMethods.scottish().count(election("2017/renfrewshire_2017_ward3.blt"));
    Tie tie = r.report().ties().get(0);
    assertEquals(Tie.DecidedBy.EARLIER_STAGE, tie.decidedBy());
    assertEquals(5, tie.decidingStage().getAsInt());
    assertEquals(Candidate.of("JIM SHARKEY (Lab)"), tie.order().get(0));
  }
}
