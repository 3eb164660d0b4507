package org.commonweal.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.election.BallotFile;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.PairTable;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.election.Tie;

/**
 * The {@code count} command's HTML page for a file: one self-contained page (its style inline, its chart
 * inline SVG; no script, font, style sheet or image fetched from anywhere) that a returning officer can
 * publish or print.
 *
 * <p>The page holds a heading (the file, the rule, seats, valid papers, quota and who was elected); then,
 * for a count whose totals are papers (STV, instant-runoff, plurality):
 *
 * <ul>
 *   <li>the result sheet, as official STV results are published: candidates as rows and stages as
 *       columns, each stage after the first with the transfer at it in one column and the running total
 *       in the next; rows for the non-transferable papers, for what was lost to rounding where anything
 *       was, and for the totals; and who was elected or excluded at which stage;
 *   <li>a line chart of each candidate's total over the stages, with the quota ({@link StageChart});
 *   <li>where the votes went at each transfer: from whom, to whom, how many.
 * </ul>
 *
 * <p>For a count whose totals are not papers (a Condorcet method's wins, Borda's points, approvals), the
 * page shows the stage totals without transfers or a non-transferable row, which would mean nothing
 * there, and each pairwise table the count holds (the papers preferring each candidate to each other;
 * Schulze's strongest paths). Then, for every count, what each stage did and every tie.
 *
 * <p>Numbers are written exactly as the text and JSON reports write them (the rule's places, rounded
 * down); a transfer is the difference of the two totals as written, so that each column adds up as
 * printed. Names are shown as a person reads them ({@link ReadableNames}) and every text is escaped
 * ({@link Html}). Cost: O(stages x candidates), plus O(n²) for an n-candidate pairwise table. Stateless.
 */
final class HtmlReport {
  private HtmlReport() {}

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#111;\
      margin:24px auto;max-width:1600px;padding:0 16px;line-height:1.4}
      h1{font-size:1.5em;margin:0 0 .2em;overflow-wrap:anywhere}
      h3{font-size:1em;margin:1.2em 0 .3em}
      thead tr.action th{font-weight:normal;font-size:.85em;max-width:14em}
      tbody th{text-align:left;font-weight:normal;min-width:10em;max-width:20em}
      td{text-align:right;white-space:nowrap}
      td.transfer{color:#333;font-size:.9em;background:#f6f6f6}
      td.total.elected{font-weight:700;background:#dcebdc;outline:2px solid #2a6a2a;outline-offset:-2px}
      td.total.excluded{background:#e4e4e4;font-style:italic}
      td.total.out{color:#888}
      td.result{text-align:left}
      tr.sum th,tr.sum td{font-weight:700;border-top:2px solid #111}
      tr.other th{font-style:italic}
      .chart{display:block;max-width:100%;height:auto;font-size:12px}
      .chart .grid{stroke:#ddd;stroke-width:1}
      .chart .axis-line{stroke:#333;stroke-width:1}
      .chart .tick{fill:#333}
      .chart .axis-title{fill:#333;font-weight:600}
      .chart .series .line,.legend .line{fill:none;stroke:currentColor;stroke-width:2.2}
      .chart .marker,.legend .marker{fill:currentColor;stroke:currentColor;stroke-width:1}
      .chart .marker.open,.legend .marker.open{fill:none;stroke-width:2}
      .chart .marker.hollow,.legend .marker.hollow{fill:#fff;stroke-width:2}
      .chart .quota path,.legend .quota path{fill:none;stroke:#444;stroke-width:2.5;stroke-dasharray:14 4 2 4}
      .chart .quota-label{fill:#222;font-weight:700}
      .chart .end-label .name{fill:currentColor;font-weight:600}
      .chart .end-label .leader{stroke:currentColor;stroke-width:1}
      .chart .quota-end .leader{stroke:#444;stroke-width:1}
      ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.4em;margin:.4em 0}
      ul.legend svg{vertical-align:middle}
      .flows table{min-width:28em}
      .flows caption{text-align:left;font-weight:600;padding:.2em 0}
      td.win{font-weight:700}
      td.self{text-align:center;color:#888}
      .flows td.gain{color:#114411}
      .flows td.loss{color:#661111}
      .muted{color:#555}
      ol.stages li{margin:.2em 0}
      ol.stages ul{margin:.1em 0 .3em;color:#333}
      @media print{body{margin:0;max-width:none}.scroll{overflow:visible}h2{break-after:avoid}}
      """;

  /**
   * The page for a counted file.
   *
   * @param file the file as given on the command line
   * @param result the count
   * @param read the file as read, for its notes
   * @return the page, a whole HTML document
   */
  static String of(String file, ElectionResult result, BallotFile read) {
    ReadableNames names = ReadableNames.of(result);
    int places = result.report().decimals();
    List<Stage> stages = result.report().stages();
    StringBuilder s = new StringBuilder(16_384);
    Html.head(s, file + " (" + result.method() + ")", STYLE);
    heading(s, file, result, read, names, places);
    if (!stages.isEmpty()) {
      if (result.report().totalsArePapers()) {
        resultSheet(s, result, names, places);
        chart(s, result, names, places);
        flows(s, result, names, places);
      } else {
        stageTotals(s, result, names, places);
        for (Stage st : stages) {
          if (st.pairs().isPresent()) {
            pairs(s, st, st.pairs().get(), names);
          }
        }
      }
    }
    stagesDone(s, result, names);
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  private static void heading(
      StringBuilder s, String file, ElectionResult result, BallotFile read, ReadableNames names, int places) {
    s.append("<header>\n<h1>").append(Html.text(file)).append("</h1>\n");
    if (!result.title().isEmpty()) {
      s.append("<p class=\"subtitle\">").append(Html.text(result.title())).append("</p>\n");
    }
    s.append("<dl class=\"summary\">\n");
    Html.item(s, "Rule", result.method());
    Html.item(s, "Seats", Integer.toString(result.seats()));
    String papers = Long.toString(result.report().ballots().valid());
    long rejected = result.report().ballots().total() - result.report().ballots().valid();
    if (rejected > 0) {
      papers += " (" + rejected + " rejected: " + result.report().ballots().rejected() + ")";
    }
    Html.item(s, "Valid papers", papers);
    Html.item(s, "Quota", result.quota().map(q -> JsonReport.decimal(q, places)).orElse("none (this rule has no quota)"));
    List<String> elected = new ArrayList<>();
    for (Candidate c : result.elected()) {
      int at = electedAt(result, c);
      elected.add(names.of(c) + (at > 0 ? " (stage " + at + ")" : ""));
    }
    Html.item(s, "Elected", elected.isEmpty() ? "none" : String.join("; ", elected));
    s.append("</dl>\n");
    List<String> notes = JsonReport.notes(result, read);
    if (!notes.isEmpty()) {
      s.append("<ul class=\"notes\">\n");
      for (String note : notes) {
        s.append("<li>").append(Html.text(names.in(note))).append("</li>\n");
      }
      s.append("</ul>\n");
    }
    s.append("</header>\n");
  }


  /** The stage at which a candidate was elected, or 0. */
  private static int electedAt(ElectionResult result, Candidate c) {
    int at = 0;
    for (Stage st : result.report().stages()) {
      if (st.elected().contains(c)) {
        at = st.number();
      }
    }
    return at;
  }

  /** The stage at which a candidate was excluded, or 0. */
  private static int excludedAt(ElectionResult result, Candidate c) {
    for (Stage st : result.report().stages()) {
      if (st.excluded().contains(c)) {
        return st.number();
      }
    }
    return 0;
  }

  /** A short heading for a stage's column: what it did, to whom. */
  private static String shortAction(Stage st, ReadableNames names) {
    List<String> who = st.subjects().stream().map(names::of).toList();
    switch (st.kind()) {
      case FIRST_COUNT:
        return "First preferences";
      case SURPLUS:
        return "Surplus of " + String.join(", ", who);
      case EXCLUSION:
        return "Exclusion of " + String.join(", ", who);
      case ELECTION_OF_REMAINING:
        return "Remaining places filled";
      default:
        return who.isEmpty() ? "Round" : "Round: " + String.join(", ", who);
    }
  }

  private static void resultSheet(StringBuilder s, ElectionResult result, ReadableNames names, int places) {
    List<Stage> stages = result.report().stages();
    List<Candidate> candidates = List.copyOf(stages.get(0).totals().keySet());
    s.append("<section>\n<h2>Result sheet</h2>\n<div class=\"scroll\">\n<table class=\"result-sheet\">\n<thead>\n<tr>")
        .append("<th rowspan=\"3\" scope=\"col\">Candidate</th>");
    for (Stage st : stages) {
      s.append("<th scope=\"colgroup\"").append(st.number() == 1 ? "" : " colspan=\"2\"").append(">Stage ")
          .append(st.number())
          .append("</th>");
    }
    s.append("<th rowspan=\"3\" scope=\"col\">Result</th></tr>\n<tr class=\"action\">");
    for (Stage st : stages) {
      s.append("<th").append(st.number() == 1 ? "" : " colspan=\"2\"").append('>')
          .append(Html.text(shortAction(st, names)))
          .append("</th>");
    }
    s.append("</tr>\n<tr>");
    for (Stage st : stages) {
      if (st.number() > 1) {
        s.append("<th scope=\"col\">Transfer</th>");
      }
      s.append("<th scope=\"col\">Total</th>");
    }
    s.append("</tr>\n</thead>\n<tbody>\n");
    for (Candidate c : candidates) {
      int elected = electedAt(result, c);
      int excluded = excludedAt(result, c);
      List<Fraction> totals = new ArrayList<>();
      for (Stage st : stages) {
        totals.add(st.totals().getOrDefault(c, Fraction.ZERO));
      }
      List<String> marks = new ArrayList<>();
      for (Stage st : stages) {
        int k = st.number();
        marks.add(
            k == elected ? "elected" : k == excluded ? "excluded" : excluded > 0 && k > excluded ? "out" : "");
      }
      row(s, names.of(c), "candidate", totals, marks, places);
      s.append("<td class=\"result\">")
          .append(elected > 0 ? "Elected at stage " + elected : excluded > 0 ? "Excluded at stage " + excluded : "")
          .append("</td></tr>\n");
    }
    List<Fraction> sums = new ArrayList<>();
    for (Stage st : stages) {
      sums.add(st.totalOfCandidates());
    }
    if (TextReport.nonTransferableMeansSomething(result)) {
      row(s, "Non-transferable", "other non-transferable", stages.stream().map(Stage::exhausted).toList(), List.of(), places);
      s.append("<td></td></tr>\n");
      for (int k = 0; k < stages.size(); k++) {
        sums.set(k, sums.get(k).plus(stages.get(k).exhausted()));
      }
    }
    if (stages.stream().anyMatch(st -> st.lostToRounding().signum() != 0)) {
      row(s, "Lost to rounding", "other rounding", stages.stream().map(Stage::lostToRounding).toList(), List.of(), places);
      s.append("<td></td></tr>\n");
      for (int k = 0; k < stages.size(); k++) {
        sums.set(k, sums.get(k).plus(stages.get(k).lostToRounding()));
      }
    }
    row(s, "Total", "sum", sums, List.of(), places);
    s.append("<td></td></tr>\n</tbody>\n</table>\n</div>\n");
    s.append("<p class=\"muted\">Each stage after the first shows the transfer at it (the change from the stage before)"
        + " and the running total. The total of each stage is the valid poll");
    s.append(result.report().totalsArePapers() ? ": every paper is accounted for.</p>\n" : ".</p>\n");
    s.append("</section>\n");
  }

  /** One row of the result sheet, left open for its last cell: totals, and transfers between them. */
  private static void row(
      StringBuilder s, String name, String cls, List<Fraction> totals, List<String> marks, int places) {
    s.append("<tr class=\"").append(cls).append("\"><th scope=\"row\">").append(Html.text(name)).append("</th>");
    String previous = null;
    for (int k = 0; k < totals.size(); k++) {
      String total = JsonReport.decimal(totals.get(k), places);
      if (previous != null) {
        s.append("<td class=\"transfer\" data-stage=\"").append(k + 1).append("\">")
            .append(signed(new BigDecimal(total).subtract(new BigDecimal(previous))))
            .append("</td>");
      }
      String mark = k < marks.size() ? marks.get(k) : "";
      s.append("<td class=\"total").append(mark.isEmpty() ? "" : " " + mark).append("\" data-stage=\"").append(k + 1)
          .append("\">")
          .append(total)
          .append("</td>");
      previous = total;
    }
  }

  /** A change as a signed number, empty where nothing changed. */
  private static String signed(BigDecimal change) {
    int sign = change.signum();
    return sign == 0 ? "" : sign > 0 ? "+" + change.toPlainString() : change.toPlainString();
  }

  private static void chart(StringBuilder s, ElectionResult result, ReadableNames names, int places) {
    List<Stage> stages = result.report().stages();
    List<StageChart.Line> lines = new ArrayList<>();
    for (Candidate c : stages.get(0).totals().keySet()) {
      lines.add(new StageChart.Line(names.of(c), stages.stream().map(st -> st.totals().getOrDefault(c, Fraction.ZERO)).toList()));
    }
    List<Optional<Fraction>> quota = new ArrayList<>();
    for (Stage st : stages) {
      quota.add(st.quota().isPresent() ? st.quota() : result.quota());
    }
    String quotaText = result.quota().map(q -> JsonReport.decimal(q, places)).orElse("");
    if (stages.stream().anyMatch(st -> st.quota().isPresent() && !st.quota().equals(result.quota()))) {
      quotaText = quotaText.isEmpty() ? "(changing from stage to stage)" : quotaText + " (changing from stage to stage)";
    }
    s.append("<section>\n<h2>Totals over the stages</h2>\n<div class=\"scroll\">\n")
        .append(StageChart.of(lines, stages.stream().map(st -> "Stage " + st.number()).toList(), quota, quotaText))
        .append("</div>\n");
    if (quotaText.isEmpty()) {
      s.append("<p class=\"muted\">This rule has no quota: no quota line is drawn.</p>\n");
    }
    s.append("</section>\n");
  }

  /**
   * Where the votes went: at each stage after the first, whose total fell (the surplus or the excluded
   * candidates' papers: from whom), whose rose and what became non-transferable or was lost to rounding
   * (to whom), and how many, each the difference of two totals as the result sheet writes them.
   */
  private static void flows(StringBuilder s, ElectionResult result, ReadableNames names, int places) {
    List<Stage> stages = result.report().stages();
    if (stages.size() < 2) {
      return;
    }
    s.append("<section class=\"flows\">\n<h2>Where the votes went</h2>\n");
    boolean nonTransferable = TextReport.nonTransferableMeansSomething(result);
    for (int k = 1; k < stages.size(); k++) {
      Stage before = stages.get(k - 1);
      Stage st = stages.get(k);
      List<String> from = new ArrayList<>();
      List<String[]> to = new ArrayList<>();
      for (Candidate c : before.totals().keySet()) {
        BigDecimal change =
            change(before.totals().getOrDefault(c, Fraction.ZERO), st.totals().getOrDefault(c, Fraction.ZERO), places);
        if (change.signum() < 0) {
          from.add(names.of(c) + " (" + change.negate().toPlainString() + ")");
        } else if (change.signum() > 0) {
          to.add(new String[] {names.of(c), signed(change)});
        }
      }
      if (nonTransferable) {
        BigDecimal change = change(before.exhausted(), st.exhausted(), places);
        if (change.signum() != 0) {
          to.add(new String[] {"Non-transferable", signed(change)});
        }
      }
      BigDecimal lost = change(before.lostToRounding(), st.lostToRounding(), places);
      if (lost.signum() != 0) {
        to.add(new String[] {"Lost to rounding", signed(lost)});
      }
      s.append("<h3>Stage ").append(st.number()).append(": ").append(Html.text(shortAction(st, names))).append("</h3>\n");
      if (from.isEmpty() && to.isEmpty()) {
        s.append("<p class=\"muted\">No votes moved at this stage.</p>\n");
        continue;
      }
      s.append("<table class=\"flow\" data-stage=\"").append(st.number()).append("\">\n<caption>From ")
          .append(Html.text(from.isEmpty() ? "no candidate" : String.join(", ", from)))
          .append("</caption>\n<thead><tr><th scope=\"col\">To</th><th scope=\"col\">Votes</th></tr></thead>\n<tbody>\n");
      for (String[] t : to) {
        s.append("<tr><th scope=\"row\">").append(Html.text(t[0])).append("</th><td class=\"")
            .append(t[1].startsWith("-") ? "loss" : "gain").append("\">").append(t[1]).append("</td></tr>\n");
      }
      s.append("</tbody>\n</table>\n");
    }
    s.append("</section>\n");
  }

  /** The change between two totals as the reports write them. */
  private static BigDecimal change(Fraction before, Fraction after, int places) {
    return new BigDecimal(JsonReport.decimal(after, places)).subtract(new BigDecimal(JsonReport.decimal(before, places)));
  }

  /** The totals of a count that are not papers (wins, points, marks): no transfers, no non-transferable row. */
  private static void stageTotals(StringBuilder s, ElectionResult result, ReadableNames names, int places) {
    List<Stage> stages = result.report().stages();
    s.append("<section>\n<h2>Stage totals</h2>\n<div class=\"scroll\">\n<table class=\"stage-totals\">\n<thead>\n<tr>")
        .append("<th scope=\"col\">Candidate</th>");
    for (Stage st : stages) {
      s.append("<th scope=\"col\">Stage ").append(st.number()).append("</th>");
    }
    s.append("<th scope=\"col\">Result</th></tr>\n</thead>\n<tbody>\n");
    for (Candidate c : stages.get(0).totals().keySet()) {
      int elected = electedAt(result, c);
      s.append("<tr class=\"candidate\"><th scope=\"row\">").append(Html.text(names.of(c))).append("</th>");
      for (Stage st : stages) {
        Fraction v = st.totals().get(c);
        s.append("<td class=\"total").append(st.number() == elected ? " elected" : "").append("\" data-stage=\"")
            .append(st.number())
            .append("\">")
            .append(v == null ? "" : JsonReport.decimal(v, places))
            .append("</td>");
      }
      s.append("<td class=\"result\">").append(elected > 0 ? "Elected at stage " + elected : "").append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n</div>\n<p class=\"muted\">What the totals are at each stage is said under"
        + " “What each stage did” below; they are not papers, so nothing is transferred and no paper is"
        + " non-transferable.</p>\n</section>\n");
  }

  /** A pairwise table: the number for each ordered pair, the row's candidate to the column's. */
  private static void pairs(StringBuilder s, Stage st, PairTable table, ReadableNames names) {
    List<Candidate> cs = table.candidates();
    String what = table.name().isEmpty() ? "" : Character.toUpperCase(table.name().charAt(0)) + table.name().substring(1);
    s.append("<section>\n<h2>Stage ").append(st.number()).append(": ").append(Html.text(what))
        .append("</h2>\n<p class=\"muted\">Each cell is the number for the row's candidate against the column's (")
        .append(Html.text(table.name()))
        .append("); the higher of a cell and its mirror across the diagonal is in bold.</p>\n")
        .append("<div class=\"scroll\">\n<table class=\"pairs\" data-stage=\"").append(st.number())
        .append("\">\n<thead><tr><th scope=\"col\">Against →</th>");
    for (Candidate c : cs) {
      s.append("<th scope=\"col\">").append(Html.text(names.of(c))).append("</th>");
    }
    s.append("</tr></thead>\n<tbody>\n");
    for (Candidate a : cs) {
      s.append("<tr><th scope=\"row\">").append(Html.text(names.of(a))).append("</th>");
      for (Candidate b : cs) {
        if (a.equals(b)) {
          s.append("<td class=\"self\">—</td>");
          continue;
        }
        long v = table.get(a, b);
        boolean wins = v > table.get(b, a);
        s.append("<td").append(wins ? " class=\"win\"" : "").append('>').append(v).append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void stagesDone(StringBuilder s, ElectionResult result, ReadableNames names) {
    List<Stage> stages = result.report().stages();
    if (!stages.isEmpty()) {
      s.append("<section>\n<h2>What each stage did</h2>\n<ol class=\"stages\">\n");
      for (Stage st : stages) {
        s.append("<li value=\"").append(st.number()).append("\">").append(Html.text(names.in(JsonReport.action(st))));
        if (!st.notes().isEmpty()) {
          s.append("\n<ul>");
          for (String note : st.notes()) {
            s.append("<li>").append(Html.text(names.in(note))).append("</li>");
          }
          s.append("</ul>");
        }
        s.append("</li>\n");
      }
      s.append("</ol>\n</section>\n");
    }
    List<Tie> ties = result.report().ties();
    if (!ties.isEmpty()) {
      s.append("<section>\n<h2>Ties</h2>\n<ul class=\"ties\">\n");
      for (Tie t : ties) {
        s.append("<li>Stage ").append(t.stage()).append(": ").append(Html.text(names.in(t.explanation()))).append("</li>\n");
      }
      s.append("</ul>\n</section>\n");
    }
  }
}
