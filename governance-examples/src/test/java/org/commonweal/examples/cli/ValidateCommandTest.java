package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Amendment;
import org.commonweal.governance.constitution.AssetLock;
import org.commonweal.governance.constitution.Change;
import org.commonweal.governance.constitution.Clause;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.OrganisationType;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.Severity;
import org.commonweal.governance.constitution.ValidationReport;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.constitution.ViolationCode;
import org.commonweal.governance.json.CommonwealModule;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.NoticeRule;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate} command, run in-process on constitutions the library stored. */
class ValidateCommandTest {
  private static final ObjectMapper STORE = new ObjectMapper().registerModule(new CommonwealModule());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> out = new ArrayList<>();
      for (String line : this.out.split("\n", -1)) {
        if (!line.isEmpty()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    }

    void noTrace() {
      assertFalse(out.contains("\tat ") || err.contains("\tat ") || out.contains("Exception"), out + err);
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CommonwealCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A resident-controlled trust as first adopted, amended once, so that the file holds a history. */
  static Constitution trust() {
    ClassId residents = ClassId.of("residents");
    Constitution first = Constitution.builder()
        .name("Brook Ward Development Trust")
        .type(OrganisationType.COMMUNITY_BENEFIT_SOCIETY)
        .objects("The regeneration of Brook ward for the benefit of its residents")
        .inForceFrom(LocalDate.of(2025, 4, 1))
        .membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
            StakeholderClass.of(residents, "Residents", Eligibility.residentIn("Brook ward"))))
        .areaOfBenefit("Brook ward")
        .investorClasses(ImmutableSortedSet.of())
        .staffClasses(ImmutableSortedSet.of())
        .voting(VotingRules.oneMemberOneVote())
        .generalMeetings(MeetingRules.builder().notice(NoticeRule.clearDays(14))
            .quorum(QuorumRule.greaterOf(QuorumRule.members(10), QuorumRule.fractionOfMembers(Fraction.of(1, 10))))
            .build())
        .putMatters(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.special("Amend the rules")))
        .putMatters(Matter.AMALGAMATE, new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsAmalgamation("Amalgamate")))
        .putMatters(Matter.CONVERT, new Procedure.Prohibited("the statutory asset lock forbids conversion"))
        .assetLock(AssetLock.statutory())
        .build();
    return first.apply(Amendment.of("Allow written resolutions",
        new Change.WrittenResolutions(OptionalInt.of(28))), LocalDate.of(2026, 7, 1));
  }

  private static Path stored(Path dir, String name, Constitution c) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, STORE.writeValueAsString(c));
    return file;
  }

  private static Path written(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void storedConstitution_whoseReportIsEmpty_exits0() throws IOException {
    Path dir = Files.createTempDirectory("validate");
    Path file = stored(dir, "trust.json", trust());
    assertTrue(trust().validate().violations().isEmpty(), "a constitution that validates clean");
    Run r = run("validate", file.toString());
    assertEquals(0, r.status(), r.out() + r.err());
    assertEquals(file + ": no violations\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void json_printsOneObjectPerFile_onePerLine(@TempDir Path dir) throws IOException {
    Path a = stored(dir, "a.json", trust());
    Path b = stored(dir, "b.json", trust().original());
    Run r = run("validate", "--format", "json", a.toString(), b.toString());
    assertEquals(0, r.status(), r.err());
    List<JsonNode> lines = r.lines();
    assertEquals(2, lines.size(), r.out());
    assertEquals(a.toString(), lines.get(0).get("file").textValue());
    assertEquals(b.toString(), lines.get(1).get("file").textValue());
    for (JsonNode line : lines) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = line.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      assertEquals(List.of("file", "violations"), names);
      assertTrue(line.get("violations").isArray());
    }
  }

  @Test
  void brokenDocument_givesItsPath_exits1_andTheNextFileIsChecked(@TempDir Path dir) throws IOException {
    ObjectNode doc = (ObjectNode) STORE.valueToTree(trust());
    ((ObjectNode) doc.get("versions").get(0).get("matters").get(0).get("procedure").get("resolution")
        .get("conditions").get(0)).put("fraction", "5/4");
    Path broken = written(dir, "broken.json", doc.toString());
    Path good = stored(dir, "good.json", trust());
    Run r = run("validate", "--format", "json", broken.toString(), good.toString());
    assertEquals(1, r.status());
    r.noTrace();
    List<JsonNode> lines = r.lines();
    assertEquals(2, lines.size(), r.out());
    JsonNode error = lines.get(0);
    assertEquals(broken.toString(), error.get("file").textValue());
    assertEquals("$.versions[0].matters[0].procedure.resolution.conditions[0].fraction", error.get("path").textValue());
    assertTrue(error.get("error").textValue().contains("5/4"), error.toString());
    assertEquals("[]", lines.get(1).get("violations").toString());

    Run text = run("validate", broken.toString(), good.toString());
    assertEquals(1, text.status());
    assertTrue(text.out().startsWith(broken + ": error: $.versions[0].matters[0]"), text.out());
    assertTrue(text.out().endsWith(good + ": no violations\n"), text.out());
  }

  @Test
  void hostileInputs_eachGiveACleanErrorObject(@TempDir Path dir) throws IOException {
    String valid = STORE.writeValueAsString(trust());
    Path missing = dir.resolve("missing.json");
    Path directory = Files.createDirectory(dir.resolve("a-directory.json"));
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, valid.replace("Brook ward\"", "Br\u00f6ok ward\"").getBytes(StandardCharsets.ISO_8859_1));
    StringBuilder deepRule = new StringBuilder("{\"quorum\":\"thosePresent\"}");
    for (int i = 0; i < 100; i++) {
      deepRule.insert(0, "{\"quorum\":\"inEachClass\",\"rule\":").append('}');
    }
    Path deep = written(dir, "deep.json", valid.replace("\"chairCastingVote\":false}",
        "\"chairCastingVote\":false,\"boardQuorum\":" + deepRule + "}"));
    Path arrays = written(dir, "arrays.json", "[".repeat(100_000) + "]".repeat(100_000));
    Path huge = written(dir, "huge.json", valid.replaceFirst("\"minimumMembers\":3", "\"minimumMembers\":" + "9".repeat(400)));
    Path endless = written(dir, "endless-number.json",
        valid.replaceFirst("\"minimumMembers\":3", "\"minimumMembers\":" + "9".repeat(5000)));
    Path empty = written(dir, "empty.json", "");
    Path trailing = written(dir, "trailing.json", valid + " {}");
    Path notJson = written(dir, "not.json", "constitution: yes");
    Path register = written(dir, "register.json", "{\"commonweal\":\"register\",\"version\":1}");
    Path fraction = written(dir, "fraction.json", valid.replaceFirst("\"fraction\":\"1/10\"",
        "\"fraction\":\"1/" + "7".repeat(1_000_000) + "\""));
    Path good = stored(dir, "good.json", trust());
    Run r = run("validate", "--format", "json", missing.toString(), directory.toString(), latin1.toString(),
        deep.toString(), arrays.toString(), huge.toString(), endless.toString(), empty.toString(), trailing.toString(),
        notJson.toString(), register.toString(), fraction.toString(), good.toString());
    assertEquals(1, r.status());
    r.noTrace();
    List<JsonNode> lines = r.lines();
    assertEquals(13, lines.size(), r.out());
    List<String> paths = new ArrayList<>();
    for (JsonNode line : lines.subList(0, 12)) {
      assertTrue(line.get("error").isTextual(), line.toString());
      paths.add(line.get("path").isNull() ? null : line.get("path").textValue());
    }
    assertEquals(null, paths.get(0));
    assertTrue(lines.get(0).get("error").textValue().contains("no such file"));
    assertEquals(null, paths.get(1));
    assertTrue(lines.get(1).get("error").textValue().contains("directory"));
    assertEquals("$", paths.get(2));
    assertTrue(lines.get(2).get("error").textValue().contains("UTF-8"));
    assertTrue(paths.get(3).startsWith("$.versions[0].boardQuorum.rule.rule.rule"), paths.get(3));
    assertTrue(lines.get(3).get("error").textValue().contains("nest at most 64"), lines.get(3).toString());
    assertEquals("$", paths.get(4), "too deep for the parser");
    assertEquals("$.versions[0].minimumMembers", paths.get(5));
    assertEquals("$", paths.get(6), "too long for the parser");
    assertEquals("$", paths.get(7));
    assertEquals("$", paths.get(8));
    assertEquals("$", paths.get(9));
    assertEquals("$.commonweal", paths.get(10));
    assertEquals("$.versions[0].generalMeetings.quorum.parts[1].fraction", paths.get(11), "refused, not reduced");
    assertEquals("[]", lines.get(12).get("violations").toString());
  }

  @Test
  void fileOverTheLimit_isRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
    Path file = stored(dir, "trust.json", trust());
    Run r = run("validate", "--max-file-size", "1K", "--format", "json", file.toString());
    assertEquals(1, r.status());
    JsonNode line = r.lines().get(0);
    assertTrue(line.get("error").textValue().contains("--max-file-size"), line.toString());
    assertTrue(line.get("path").isNull());
    assertEquals(0, run("validate", "--max-file-size", "1M", file.toString()).status());
  }

  @Test
  void badArguments_exit2() {
    Run none = run("validate");
    assertEquals(2, none.status());
    assertTrue(none.err().contains("FILE"), none.err());
    assertEquals(2, run("validate", "--colour", "x.json").status());
    Run format = run("validate", "--format", "xml", "x.json");
    assertEquals(2, format.status());
    assertTrue(format.err().contains("--format must be text or json"), format.err());
    assertEquals(2, run("validate", "--max-file-size", "lots", "x.json").status());
  }

  @Test
  void help_saysOneObjectPerLineAndTheExitStatus() {
    Run r = run("validate", "--help");
    assertEquals(0, r.status());
    String help = r.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("one JSON object per file, one per line"), help);
    assertTrue(help.contains("0 if no file has an error-severity violation or cannot be read, 1 otherwise, 2 for a usage error"), help);
  }

  @Test
  void reported_anErrorViolation_failsTheFile_aWarningDoesNot() throws IOException {
    Violation error = new Violation(ViolationCode.NO_AMENDMENT_PROCEDURE, Severity.ERROR, Clause.MATTERS,
        "the rules give no procedure for amending them");
    Violation warning = new Violation(ViolationCode.NO_AMENDMENT_PROCEDURE, Severity.WARNING, Clause.MATTERS,
        "a warning\u001b[31m with an escape");
    ValidationReport both = new ValidationReport(ImmutableList.of(error, warning));
    ValidationReport onlyWarning = new ValidationReport(ImmutableList.of(warning));

    ValidateCommand.Outcome text = ValidateCommand.reported("rules.json", both, false);
    assertTrue(text.failed());
    assertEquals("rules.json: 1 error, 1 warning\n"
        + "  ERROR NO_AMENDMENT_PROCEDURE [matters]: the rules give no procedure for amending them\n"
        + "  WARNING NO_AMENDMENT_PROCEDURE [matters]: a warning\\u001B[31m with an escape\n", text.text());
    assertFalse(ValidateCommand.reported("rules.json", onlyWarning, false).failed());

    ValidateCommand.Outcome json = ValidateCommand.reported("rules.json", both, true);
    assertTrue(json.failed());
    assertTrue(json.text().endsWith("\n") && json.text().indexOf('\n') == json.text().length() - 1, "one line");
    JsonNode o = JSON.readTree(json.text());
    assertEquals("rules.json", o.get("file").textValue());
    JsonNode first = o.get("violations").get(0);
    assertEquals("NO_AMENDMENT_PROCEDURE", first.get("code").textValue());
    assertEquals("ERROR", first.get("severity").textValue());
    assertEquals("MATTERS", first.get("clause").textValue());
    assertEquals("the rules give no procedure for amending them", first.get("message").textValue());
    assertEquals("WARNING", o.get("violations").get(1).get("severity").textValue());
    assertEquals("a warning\u001b[31m with an escape", o.get("violations").get(1).get("message").textValue());

    assertEquals(1, ValidateCommand.status(List.of(ValidateCommand.reported("a", onlyWarning, true), json)));
    assertEquals(0, ValidateCommand.status(List.of(ValidateCommand.reported("a", onlyWarning, true))));
  }
}
