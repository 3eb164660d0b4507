package org.commonweal.examples.cli;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.election.BallotFile;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.election.Tie;

/**
 * The JSON object the {@code count} command prints for a file: {@code file}, {@code rule}, {@code
 * seats}, {@code elected} (names verbatim, in order of election), {@code quota} (a decimal string or
 * null), {@code stages} ({@code number}, {@code action}, {@code totals}, {@code exhausted}) and {@code
 * ties}, then {@code encoding} where the file was not read as plain valid UTF-8 and {@code notes} where
 * there is something to note (the count's remarks, "no valid papers" or "2 seats unfilled", the
 * encoding's reason, a BLT file's text after its title, its tie order);
 * or, for a file that failed, {@code file}, {@code error} and, where the error names one, {@code line}. Decimals are written with the
 * rule's places, rounded down (they are exact for Scottish STV and ERS97).
 */
final class JsonReport {
  private JsonReport() {}

  /** The object for a file that failed; {@code line} where the error names one (0 where not). */
  static Map<String, Object> error(String file, String message, int line) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("error", message);
    if (line > 0) {
      m.put("line", line);
    }
    return m;
  }

  /**
   * The object for a counted file; {@code rule} is the rule's name as given on the command line. The
   * file's encoding is given where it is not plain valid UTF-8, and its notes where it has any.
   */
  static Map<String, Object> of(String file, String rule, ElectionResult result, BallotFile read) {
    int places = result.report().decimals();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("rule", rule);
    m.put("seats", result.seats());
    m.put("elected", result.elected().stream().map(Candidate::name).toList());
    m.put("quota", result.quota().map(q -> decimal(q, places)).orElse(null));
    List<Object> stages = new ArrayList<>();
    for (Stage s : result.report().stages()) {
      Map<String, Object> st = new LinkedHashMap<>();
      st.put("number", s.number());
      st.put("action", action(s));
      Map<String, String> totals = new LinkedHashMap<>();
      s.totals().forEach((c, v) -> totals.put(c.name(), decimal(v, places)));
      st.put("totals", totals);
      st.put("exhausted", decimal(s.exhausted(), places));
      stages.add(st);
    }
    m.put("stages", stages);
    List<Object> ties = new ArrayList<>();
    for (Tie t : result.report().ties()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("stage", t.stage());
      tm.put("purpose", t.purpose());
      tm.put("tied", t.tied().stream().map(Candidate::name).toList());
      tm.put("decidedBy", t.decidedBy().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      tm.put("decidingStage", t.decidingStage().isPresent() ? t.decidingStage().getAsInt() : null);
      tm.put("order", t.order().stream().map(Candidate::name).toList());
      t.draw().ifPresent(d -> tm.put("lot", d.method() + ", draw " + d.number()));
      tm.put("explanation", t.explanation());
      ties.add(tm);
    }
    m.put("ties", ties);
    if (!read.encodingReason().equals("valid UTF-8")) {
      m.put("encoding", read.encoding());
    }
    List<String> notes = notes(result, read);
    if (!notes.isEmpty()) {
      m.put("notes", notes);
    }
    return m;
  }

  /**
   * What there is to note: the count's own remarks ("no valid papers", "2 seats unfilled"), then what the
   * reader noted: why the encoding, where it is not plain UTF-8, the file's own notes and its tie order.
   */
  static List<String> notes(ElectionResult result, BallotFile read) {
    List<String> notes = new ArrayList<>(result.report().notes());
    if (!read.encodingReason().equals("valid UTF-8")) {
      notes.add("read as " + read.encoding() + ": " + read.encodingReason());
    }
    notes.addAll(read.notes());
    if (!read.tieOrder().isEmpty()) {
      notes.add(
          "ties broken in the file's order: "
              + String.join(", ", read.tieOrder().stream().map(Candidate::name).toList()));
    }
    return notes;
  }

  /** What the stage did, in one sentence, with who was elected or excluded at it. */
  static String action(Stage s) {
    StringBuilder a = new StringBuilder(s.description());
    if (!s.elected().isEmpty()) {
      a.append("; elected: ").append(String.join(", ", s.elected().stream().map(Candidate::name).toList()));
    }
    return a.toString();
  }

  static String decimal(Fraction f, int places) {
    return f.toDecimalString(places, RoundingMode.DOWN);
  }
}
