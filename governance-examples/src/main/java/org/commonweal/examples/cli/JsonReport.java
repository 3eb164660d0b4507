package org.commonweal.examples.cli;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.election.Tie;

/**
 * The JSON object the {@code count} command prints for a file: {@code file}, {@code rule}, {@code
 * seats}, {@code elected} (names verbatim, in order of election), {@code quota} (a decimal string or
 * null), {@code stages} ({@code number}, {@code action}, {@code totals}, {@code exhausted}) and {@code
 * ties}; or, for a file that failed, {@code file} and {@code error}. Decimals are written with the
 * rule's places, rounded down (they are exact for Scottish STV and ERS97).
 */
final class JsonReport {
  private JsonReport() {}

  static Map<String, Object> error(String file, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("error", message);
    return m;
  }

  /** The object for a counted file; {@code rule} is the rule's name as given on the command line. */
  static Map<String, Object> of(String file, String rule, ElectionResult result) {
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
    return m;
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
