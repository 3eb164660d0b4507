package org.commonweal.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.election.BallotFile;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.election.Tie;

/**
 * The {@code count} command's text output for a file: a stage-by-stage table like an official result
 * sheet, candidates down the side and stages across, then who was elected and every tie. Names are shown
 * as a person reads them ({@link ReadableNames}). The non-transferable row is there only where it means
 * something: where the totals count papers (not for a Condorcet, Borda or approval count, whose totals
 * are wins, points or marks), or where any paper was non-transferable.
 */
final class TextReport {
  private TextReport() {}

  static String of(String file, ElectionResult result, BallotFile read) {
    int places = result.report().decimals();
    ReadableNames names = ReadableNames.of(result);
    StringBuilder s = new StringBuilder();
    s.append(file).append('\n');
    if (!result.title().isEmpty()) {
      s.append(result.title()).append('\n');
    }
    s.append("Rule ")
        .append(result.method())
        .append(", ")
        .append(result.seats())
        .append(result.seats() == 1 ? " seat" : " seats")
        .append(", ")
        .append(result.report().ballots().valid())
        .append(" valid papers");
    long rejected = result.report().ballots().total() - result.report().ballots().valid();
    if (rejected > 0) {
      s.append(" (").append(rejected).append(" rejected: ").append(result.report().ballots().rejected()).append(')');
    }
    result.quota().ifPresent(q -> s.append(", quota ").append(JsonReport.decimal(q, places)));
    s.append('\n');
    for (String note : JsonReport.notes(result, read)) {
      s.append("Note: ").append(names.in(note)).append('\n');
    }
    s.append('\n');
    List<Stage> stages = result.report().stages();
    for (Stage st : stages) {
      s.append(String.format("Stage %d: %s%n", st.number(), names.in(JsonReport.action(st))));
      for (String note : st.notes()) {
        s.append("         ").append(names.in(note)).append('\n');
      }
    }
    s.append('\n');
    // The table.
    List<String> rows = new ArrayList<>();
    List<List<String>> cells = new ArrayList<>();
    if (!stages.isEmpty()) {
      for (Candidate c : stages.get(0).totals().keySet()) {
        rows.add(names.of(c));
        List<String> r = new ArrayList<>();
        for (Stage st : stages) {
          var v = st.totals().get(c);
          r.add(v == null ? "" : JsonReport.decimal(v, places));
        }
        cells.add(r);
      }
      if (nonTransferableMeansSomething(result)) {
        rows.add("Non-transferable");
        List<String> ex = new ArrayList<>();
        for (Stage st : stages) {
          ex.add(JsonReport.decimal(st.exhausted(), places));
        }
        cells.add(ex);
      }
      boolean anyLoss = stages.stream().anyMatch(st -> st.lostToRounding().signum() != 0);
      if (anyLoss) {
        rows.add("Lost to rounding");
        List<String> lr = new ArrayList<>();
        for (Stage st : stages) {
          lr.add(JsonReport.decimal(st.lostToRounding(), places));
        }
        cells.add(lr);
      }
      int nameWidth = "Candidate".length();
      for (String r : rows) {
        nameWidth = Math.max(nameWidth, r.codePointCount(0, r.length()));
      }
      int[] width = new int[stages.size()];
      for (int k = 0; k < stages.size(); k++) {
        width[k] = ("Stage " + stages.get(k).number()).length();
        for (List<String> r : cells) {
          width[k] = Math.max(width[k], r.get(k).length());
        }
      }
      s.append(pad("Candidate", nameWidth));
      for (int k = 0; k < stages.size(); k++) {
        s.append("  ").append(padLeft("Stage " + stages.get(k).number(), width[k]));
      }
      s.append('\n');
      for (int i = 0; i < rows.size(); i++) {
        s.append(pad(rows.get(i), nameWidth));
        for (int k = 0; k < stages.size(); k++) {
          s.append("  ").append(padLeft(cells.get(i).get(k), width[k]));
        }
        s.append('\n');
      }
      s.append('\n');
    }
    s.append("Elected, in order of election: ");
    if (result.elected().isEmpty()) {
      s.append("none");
    }
    for (int i = 0; i < result.elected().size(); i++) {
      Candidate c = result.elected().get(i);
      int at = 0;
      for (Stage st : stages) {
        if (st.elected().contains(c)) {
          at = st.number();
        }
      }
      s.append(i == 0 ? "" : "; ").append(names.of(c)).append(at > 0 ? " (stage " + at + ")" : "");
    }
    s.append('\n');
    for (Tie t : result.report().ties()) {
      s.append("Tie at stage ").append(t.stage()).append(": ").append(names.in(t.explanation())).append('\n');
    }
    s.append('\n');
    return s.toString();
  }

  /**
   * Whether a non-transferable row says anything: where the totals count papers, or where some paper was
   * set aside all the same. A Condorcet count's totals are wins, a Borda count's points: nothing there is
   * transferred, so a row of zeros would only mislead.
   */
  static boolean nonTransferableMeansSomething(ElectionResult result) {
    return result.report().totalsArePapers()
        || result.report().stages().stream().anyMatch(st -> st.exhausted().signum() != 0);
  }

  private static String pad(String text, int width) {
    int len = text.codePointCount(0, text.length());
    return len >= width ? text : text + " ".repeat(width - len);
  }

  private static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }
}
