package org.commonweal.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.Stage;

/**
 * Candidates' names as a person reads them, for the text and HTML reports. A BLT name line written as
 * one quoted string with its inner quotes doubled, as a spreadsheet writes a cell ({@code "Smith,
 * ""Jo"""}), reads {@code Smith, "Jo"}; every other name is shown as the file gives it. The library keeps
 * names verbatim (so does the JSON report): this is presentation only.
 *
 * <p>The reports' sentences (stage descriptions, notes, ties) come from the count with the verbatim
 * names in them; {@link #in(String)} rewrites them the same way. Immutable and thread-safe.
 */
final class ReadableNames {
  private final Map<String, String> readable;
  private final Pattern verbatim;

  private ReadableNames(Map<String, String> readable) {
    this.readable = readable;
    // Longest first, so that a name holding another is replaced whole; one pass, so that a replacement
    // is never itself rewritten.
    List<String> names = new ArrayList<>(readable.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alternatives = new StringBuilder();
    for (String n : names) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(n));
    }
    this.verbatim = Pattern.compile(names.isEmpty() ? "(?!)" : alternatives.toString());
  }

  /** The names of every candidate the result mentions: its stages' candidates and its elected. */
  static ReadableNames of(ElectionResult result) {
    Map<String, String> changed = new LinkedHashMap<>();
    List<Candidate> all = new ArrayList<>(result.elected());
    for (Stage s : result.report().stages()) {
      all.addAll(s.totals().keySet());
      all.addAll(s.subjects());
      s.pairs().ifPresent(p -> all.addAll(p.candidates()));
    }
    for (Candidate c : all) {
      String shown = readable(c.name());
      if (!shown.equals(c.name())) {
        changed.put(c.name(), shown);
      }
    }
    return new ReadableNames(changed);
  }

  /**
   * A name line as a person reads it: a line that is one quoted string whose inner quotes are all
   * doubled loses its outer quotes and has each doubled quote read as one; any other line, and one that
   * would read as nothing, is returned as it is.
   */
  static String readable(String name) {
    if (name.length() < 2 || name.charAt(0) != '"' || name.charAt(name.length() - 1) != '"') {
      return name;
    }
    String inner = name.substring(1, name.length() - 1);
    // A lone quote inside means the line is not one quoted string ("Carol" "Lab" is two).
    if (inner.replace("\"\"", "").indexOf('"') >= 0) {
      return name;
    }
    String shown = inner.replace("\"\"", "\"");
    return shown.isBlank() ? name : shown;
  }

  /** The candidate's name as a person reads it. */
  String of(Candidate c) {
    return readable.getOrDefault(c.name(), c.name());
  }

  /** A sentence of the count's with every verbatim name in it read as a person reads it. */
  String in(String sentence) {
    if (readable.isEmpty()) {
      return sentence;
    }
    Matcher m = verbatim.matcher(sentence);
    StringBuilder out = new StringBuilder(sentence.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(readable.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
