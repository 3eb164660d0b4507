package org.commonweal.examples.cli;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
   * The object for a counted file, as one line of JSON; {@code rule} is the rule's name as given on the
   * command line. The file's encoding is given where it is not plain valid UTF-8, and its notes where it
   * has any.
   *
   * <p>Written straight to text, not built as maps first: a run over a thousand wards writes a few
   * hundred thousand totals, and each candidate's name is escaped once per file, not once per stage.
   * The fields, their order and their text are those {@link JsonOut} gives for the same object.
   */
  static String json(String file, String rule, ElectionResult result, BallotFile read) {
    int places = result.report().decimals();
    // By identity: the count hands back the election's own candidates. (A HashMap's computeIfAbsent,
    // with the escaping inlined, was the costliest method to compile in a run over a thousand wards.)
    Map<Candidate, String> names = new IdentityHashMap<>();
    // A candidate's total is often the same from one stage to the next, and the count hands over the
    // same object then: its text is written once.
    Map<Fraction, String> texts = new IdentityHashMap<>();
    StringBuilder s = new StringBuilder(2048);
    s.append("{\"file\":");
    JsonOut.string(s, file);
    s.append(",\"rule\":");
    JsonOut.string(s, rule);
    s.append(",\"seats\":").append(result.seats());
    s.append(",\"elected\":");
    names(s, result.elected(), names);
    s.append(",\"quota\":");
    if (result.quota().isPresent()) {
      decimal(s, result.quota().get(), places);
    } else {
      s.append("null");
    }
    s.append(",\"stages\":[");
    boolean first = true;
    for (Stage st : result.report().stages()) {
      s.append(first ? "{\"number\":" : ",{\"number\":").append(st.number());
      first = false;
      s.append(",\"action\":");
      JsonOut.string(s, action(st));
      s.append(",\"totals\":{");
      boolean firstTotal = true;
      for (Map.Entry<Candidate, Fraction> e : st.totals().entrySet()) {
        if (!firstTotal) {
          s.append(',');
        }
        firstTotal = false;
        s.append(name(e.getKey(), names)).append(':');
        s.append('"').append(text(e.getValue(), places, texts)).append('"');
      }
      s.append("},\"exhausted\":");
      decimal(s, st.exhausted(), places);
      s.append('}');
    }
    s.append("],\"ties\":[");
    first = true;
    for (Tie t : result.report().ties()) {
      s.append(first ? "{\"stage\":" : ",{\"stage\":").append(t.stage());
      first = false;
      s.append(",\"purpose\":");
      JsonOut.string(s, t.purpose());
      s.append(",\"tied\":");
      names(s, t.tied(), names);
      s.append(",\"decidedBy\":");
      JsonOut.string(s, t.decidedBy().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      s.append(",\"decidingStage\":");
      if (t.decidingStage().isPresent()) {
        s.append(t.decidingStage().getAsInt());
      } else {
        s.append("null");
      }
      s.append(",\"order\":");
      names(s, t.order(), names);
      if (t.draw().isPresent()) {
        s.append(",\"lot\":");
        JsonOut.string(s, t.draw().get().method() + ", draw " + t.draw().get().number());
      }
      s.append(",\"explanation\":");
      JsonOut.string(s, t.explanation());
      s.append('}');
    }
    s.append(']');
    if (!read.encodingReason().equals("valid UTF-8")) {
      s.append(",\"encoding\":");
      JsonOut.string(s, read.encoding());
    }
    List<String> notes = notes(result, read);
    if (!notes.isEmpty()) {
      s.append(",\"notes\":[");
      for (int i = 0; i < notes.size(); i++) {
        s.append(i == 0 ? "" : ",");
        JsonOut.string(s, notes.get(i));
      }
      s.append(']');
    }
    return s.append('}').toString();
  }

  /** The candidates' names as a JSON array. */
  private static void names(StringBuilder s, List<Candidate> candidates, Map<Candidate, String> names) {
    s.append('[');
    for (int i = 0; i < candidates.size(); i++) {
      s.append(i == 0 ? "" : ",").append(name(candidates.get(i), names));
    }
    s.append(']');
  }

  /** The candidate's name as a JSON string, escaped once per file. */
  private static String name(Candidate c, Map<Candidate, String> names) {
    String escaped = names.get(c);
    if (escaped == null) {
      escaped = JsonOut.string(c.name());
      names.put(c, escaped);
    }
    return escaped;
  }

  /** A total's text, written once per file for each fraction the count hands over. */
  private static String text(Fraction f, int places, Map<Fraction, String> texts) {
    String text = texts.get(f);
    if (text == null) {
      text = decimal(f, places);
      texts.put(f, text);
    }
    return text;
  }

  /** A decimal as a JSON string: its text is digits, a point and a minus sign, none escaped. */
  private static void decimal(StringBuilder s, Fraction f, int places) {
    s.append('"').append(decimal(f, places)).append('"');
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
    if (s.elected().isEmpty()) {
      return s.description();
    }
    StringBuilder a = new StringBuilder(s.description()).append("; elected: ");
    for (int i = 0; i < s.elected().size(); i++) {
      a.append(i == 0 ? "" : ", ").append(s.elected().get(i).name());
    }
    return a.toString();
  }

  static String decimal(Fraction f, int places) {
    return f.toDecimalString(places, RoundingMode.DOWN);
  }
}
