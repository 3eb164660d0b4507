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
  static byte[] json(String file, String rule, ElectionResult result, BallotFile read) {
    int places = result.report().decimals();
    // By identity: the count hands back the election's own candidates. (A HashMap's computeIfAbsent,
    // with the escaping inlined, was the costliest method to compile in a run over a thousand wards.)
    Map<Candidate, byte[]> names = new IdentityHashMap<>();
    // A candidate's total is often the same from one stage to the next, and the count hands over the
    // same object then: its text is written once.
    Map<Fraction, String> texts = new IdentityHashMap<>();
    List<Stage> stages = result.report().stages();
    int candidates = stages.isEmpty() ? 0 : stages.get(0).totals().size();
    JsonBytes s = new JsonBytes(512 + stages.size() * (96 + (places + 24) * candidates));
    s.ascii("{\"file\":").string(file);
    s.ascii(",\"rule\":").string(rule);
    s.ascii(",\"seats\":").number(result.seats());
    s.ascii(",\"elected\":");
    names(s, result.elected(), names);
    s.ascii(",\"quota\":");
    if (result.quota().isPresent()) {
      s.ascii('"').ascii(decimal(result.quota().get(), places)).ascii('"');
    } else {
      s.ascii("null");
    }
    s.ascii(",\"stages\":[");
    boolean first = true;
    for (Stage st : stages) {
      s.ascii(first ? "{\"number\":" : ",{\"number\":").number(st.number());
      first = false;
      s.ascii(",\"action\":\"");
      action(s, st);
      s.ascii("\",\"totals\":{");
      boolean firstTotal = true;
      for (Map.Entry<Candidate, Fraction> e : st.totals().entrySet()) {
        if (!firstTotal) {
          s.ascii(',');
        }
        firstTotal = false;
        s.bytes(name(e.getKey(), names)).ascii(':');
        s.ascii('"').ascii(text(e.getValue(), places, texts)).ascii('"');
      }
      s.ascii("},\"exhausted\":\"").ascii(decimal(st.exhausted(), places)).ascii("\"}");
    }
    s.ascii("],\"ties\":[");
    first = true;
    for (Tie t : result.report().ties()) {
      s.ascii(first ? "{\"stage\":" : ",{\"stage\":").number(t.stage());
      first = false;
      s.ascii(",\"purpose\":").string(t.purpose());
      s.ascii(",\"tied\":");
      names(s, t.tied(), names);
      s.ascii(",\"decidedBy\":").string(t.decidedBy().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      s.ascii(",\"decidingStage\":");
      if (t.decidingStage().isPresent()) {
        s.number(t.decidingStage().getAsInt());
      } else {
        s.ascii("null");
      }
      s.ascii(",\"order\":");
      names(s, t.order(), names);
      if (t.draw().isPresent()) {
        s.ascii(",\"lot\":").string(t.draw().get().method() + ", draw " + t.draw().get().number());
      }
      s.ascii(",\"explanation\":").string(t.explanation());
      s.ascii('}');
    }
    s.ascii(']');
    if (!read.encodingReason().equals("valid UTF-8")) {
      s.ascii(",\"encoding\":").string(read.encoding());
    }
    List<String> notes = notes(result, read);
    if (!notes.isEmpty()) {
      s.ascii(",\"notes\":[");
      for (int i = 0; i < notes.size(); i++) {
        s.ascii(i == 0 ? "" : ",").string(notes.get(i));
      }
      s.ascii(']');
    }
    return s.ascii("}\n").toByteArray();
  }

  /** The candidates' names as a JSON array. */
  private static void names(JsonBytes s, List<Candidate> candidates, Map<Candidate, byte[]> names) {
    s.ascii('[');
    for (int i = 0; i < candidates.size(); i++) {
      if (i > 0) {
        s.ascii(',');
      }
      s.bytes(name(candidates.get(i), names));
    }
    s.ascii(']');
  }

  /** The candidate's name as a JSON string in UTF-8, escaped once per file. */
  private static byte[] name(Candidate c, Map<Candidate, byte[]> names) {
    byte[] escaped = names.get(c);
    if (escaped == null) {
      escaped = new JsonBytes(c.name().length() + 8).string(c.name()).toByteArray();
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

  /** The stage's action, escaped, into the JSON string being written: the text {@link #action(Stage)} gives. */
  private static void action(JsonBytes s, Stage st) {
    s.part(st.description());
    if (!st.elected().isEmpty()) {
      s.ascii("; elected: ");
      for (int i = 0; i < st.elected().size(); i++) {
        if (i > 0) {
          s.ascii(", ");
        }
        s.part(st.elected().get(i).name());
      }
    }
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
