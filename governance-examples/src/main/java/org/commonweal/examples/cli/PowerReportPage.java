package org.commonweal.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.analysis.Analysis;
import org.commonweal.governance.analysis.BoardCapture;
import org.commonweal.governance.analysis.CaptureReport;
import org.commonweal.governance.analysis.ClassCapture;
import org.commonweal.governance.analysis.MatterGame;
import org.commonweal.governance.analysis.StayingAway;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.constitution.ViolationCode;

/**
 * A constitution's power report as one self-contained HTML page (its style inline, its charts inline SVG;
 * no script, font, style sheet or image fetched from anywhere): for each matter the members decide, each
 * stakeholder class's nominal share of the vote against its real power, so that a company secretary can
 * see at a glance where the rules give a class more, or less, than its share says.
 *
 * <p>The page holds, after a heading naming the organisation, its legal form and its members by class:
 *
 * <ul>
 *   <li>an overview: one row for each matter in the constitution's table of matters (and ordinary
 *       business), one column for each class, each cell the class's nominal share of the vote and its
 *       Shapley-Shubik power, marked where the class blocks the matter alone;
 *   <li>for each distinct way of deciding (matters decided alike share a section), a bar chart of each
 *       class's nominal share, Banzhaf power and Shapley-Shubik power, the table of those numbers with
 *       what the class can do alone, and the meeting findings: the fewest who carry the matter when every
 *       member votes, the smallest quorate meeting, the fewest who carry it at a meeting the rest stay away
 *       from, the finding that staying away can block, and the analysis's notes and assumptions;
 *   <li>the board: for each class voting solidly for its own candidates, the seats it is sure of;
 *   <li>the capture warnings the analysis adds to the constitution's validation
 *       ({@link ViolationCode#VETO_NOT_INTENDED}, {@link ViolationCode#NO_POWER}).
 * </ul>
 *
 * <p>The numbers are the analysis's exact fractions (see {@link Analysis#capture(Matter)}), written as
 * percentages to one place, half to even; the bars are drawn to two places. Texts are escaped
 * ({@link Html}). Cost: one {@link Analysis#capture(Matter)} for each matter in the table, then O(matters x
 * classes) to write. Stateless.
 */
public final class PowerReportPage {
  private PowerReportPage() {}

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#111;\
      margin:24px auto;max-width:1200px;padding:0 16px;line-height:1.4}
      h1{font-size:1.5em;margin:0 0 .2em}
      tbody th{text-align:left;font-weight:normal}
      td{text-align:right;white-space:nowrap}
      td.text{text-align:left;white-space:normal}
      td.veto{background:#f3dcc8;font-weight:700}
      td.passes{background:#dcebdc;font-weight:700}
      .chart{display:block;max-width:100%;height:auto;font-size:12px}
      .chart .grid{stroke:#ddd;stroke-width:1}
      .chart .axis-line{stroke:#333;stroke-width:1}
      .chart text{fill:#222}
      .nominal{fill:#9a9a9a}
      .banzhaf{fill:#2b6cb0}
      .shapley{fill:#c05621}
      ul.legend{list-style:none;padding:0;display:flex;gap:1.4em;margin:.4em 0}
      ul.legend svg{vertical-align:middle}
      ul.findings li{margin:.15em 0}
      .muted{color:#555}
      .warning{color:#7a2e00}
      @media print{body{margin:0;max-width:none}.scroll{overflow:visible}h2{break-after:avoid}}
      """;

  /** The three measures a chart shows, in the order of their bars. */
  private static final List<String> MEASURES = List.of("nominal", "banzhaf", "shapley");

  private static final List<String> MEASURE_NAMES = List.of("Nominal share of the vote", "Banzhaf power",
      "Shapley-Shubik power");

  /**
   * Returns the page for a constitution's membership.
   *
   * @param analysis the constitution and its members, analysed
   * @param asAt the date of the register the members are taken from
   * @return the page, a whole HTML document
   * @throws org.commonweal.governance.base.LimitExceededException if a matter's game is beyond every exact
   *     method of computing power
   */
  public static String of(Analysis analysis, LocalDate asAt) {
    Objects.requireNonNull(asAt, "asAt");
    Constitution constitution = analysis.constitution();
    Map<Matter, CaptureReport> reports = new LinkedHashMap<>();
    for (Matter m : matters(constitution)) {
      reports.put(m, analysis.capture(m));
    }
    StringBuilder s = new StringBuilder(32_768);
    Html.head(s, constitution.name() + ": who really holds the power", STYLE);
    CaptureReport ordinary = Objects.requireNonNull(reports.get(Matter.ORDINARY_BUSINESS), "ordinary business");
    heading(s, constitution, ordinary, asAt);
    overview(s, reports);
    for (Map.Entry<Decision, List<Matter>> e : groups(reports).entrySet()) {
      decision(s, e.getKey(), e.getValue());
    }
    board(s, ordinary.board());
    warnings(s, analysis.validate().violations());
    explainer(s);
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  /** Ordinary business first, then the table's matters in the constitution's order. */
  static List<Matter> matters(Constitution constitution) {
    List<Matter> matters = new ArrayList<>();
    matters.add(Matter.ORDINARY_BUSINESS);
    for (Matter m : constitution.matters().keySet()) {
      if (!m.equals(Matter.ORDINARY_BUSINESS)) {
        matters.add(m);
      }
    }
    return matters;
  }

  /**
   * What a matter's report says apart from the matter itself: matters with equal decisions are decided
   * alike, and share a section of the page.
   */
  private record Decision(
      String procedure,
      MatterGame.Kind kind,
      List<ClassCapture> classes,
      OptionalInt fewestWinning,
      OptionalInt smallestQuorate,
      OptionalInt fewestAtMeeting,
      Optional<StayingAway> stayingAway,
      List<String> notes,
      List<String> assumptions) {
    static Decision of(CaptureReport r) {
      return new Decision(r.game().procedure(), r.game().kind(), r.classes(), r.fewestWinning(), r.smallestQuorate(),
          r.fewestAtMeeting(), r.stayingAway(), r.notes(), r.game().assumptions());
    }
  }

  private static Map<Decision, List<Matter>> groups(Map<Matter, CaptureReport> reports) {
    Map<Decision, List<Matter>> groups = new LinkedHashMap<>();
    reports.forEach((m, r) -> groups.computeIfAbsent(Decision.of(r), d -> new ArrayList<>()).add(m));
    return groups;
  }

  private static void heading(StringBuilder s, Constitution c, CaptureReport ordinary, LocalDate asAt) {
    s.append("<header>\n<h1>").append(Html.text(c.name())).append("</h1>\n")
        .append("<p class=\"subtitle\">Who really holds the power: each class's share of the vote against its")
        .append(" real power, for each matter its members decide</p>\n<dl class=\"summary\">\n");
    Html.item(s, "Legal form", c.type().label());
    Html.item(s, "Register as at", asAt.toString());
    List<String> classes = new ArrayList<>();
    int members = 0;
    for (ClassCapture k : ordinary.classes()) {
      classes.add(k.className() + " " + k.members());
      members += k.members();
    }
    Html.item(s, "Members with a vote", members + " (" + String.join(", ", classes) + ")");
    Html.item(s, "Matters in the rules", Integer.toString(c.matters().size()));
    s.append("</dl>\n</header>\n");
  }


  private static void overview(StringBuilder s, Map<Matter, CaptureReport> reports) {
    List<String> classes = reports.get(Matter.ORDINARY_BUSINESS).classes().stream().map(ClassCapture::className).toList();
    s.append("<section id=\"overview\">\n<h2>Overview</h2>\n")
        .append("<p>Each cell: the class's nominal share of the vote, then its Shapley-Shubik power. A shaded cell")
        .append(" is a class that blocks the matter alone (brown) or passes it alone (green).</p>\n")
        .append("<div class=\"scroll\"><table class=\"overview\">\n<thead><tr><th>Matter</th><th>How it is decided</th>");
    for (String c : classes) {
      s.append("<th>").append(Html.text(c)).append("</th>");
    }
    s.append("</tr></thead>\n<tbody>\n");
    reports.forEach((m, r) -> {
      s.append("<tr><th>").append(Html.text(m.title())).append("</th><td class=\"text\">")
          .append(Html.text(r.game().procedure())).append("</td>");
      if (r.game().kind() == MatterGame.Kind.GAME) {
        for (ClassCapture c : r.classes()) {
          String mark = c.passesAlone() ? " passes" : c.blocksAlone() ? " veto" : "";
          s.append("<td class=\"cell").append(mark).append("\">").append(percent(c.nominal())).append(" / ")
              .append(c.shapleyShubik().map(PowerReportPage::percent).orElse("-")).append("</td>");
        }
      } else {
        s.append("<td class=\"text\" colspan=\"").append(classes.size()).append("\">")
            .append(Html.text(kindInWords(r.game().kind()))).append("</td>");
      }
      s.append("</tr>\n");
    });
    s.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static String kindInWords(MatterGame.Kind kind) {
    return switch (kind) {
      case BY_BOARD -> "decided by the board: the members' votes do not decide it";
      case PROHIBITED -> "not allowed at all";
      case NEVER_PASSES -> "no coalition of members, not even all of them, can carry it";
      case ALWAYS_PASSES -> "it passes whatever the members vote";
      case GAME -> "decided by the members' votes";
    };
  }

  private static void decision(StringBuilder s, Decision d, List<Matter> matters) {
    s.append("<section class=\"decision\">\n<h2>").append(Html.text(capitalised(d.procedure()))).append("</h2>\n")
        .append("<p>").append(matters.size() == 1 ? "Matter: " : "Matters: ")
        .append(Html.text(String.join("; ", matters.stream().map(Matter::title).toList()))).append(".</p>\n");
    if (d.kind() != MatterGame.Kind.GAME) {
      s.append("<p>").append(Html.text(capitalised(kindInWords(d.kind())))).append(".</p>\n");
    } else {
      chart(s, d.classes());
      table(s, d.classes());
    }
    List<String> findings = new ArrayList<>();
    if (d.kind() == MatterGame.Kind.GAME) {
      meetingFindings(d, findings);
    }
    d.notes().forEach(n -> findings.add(sentence("Note: " + n)));
    d.assumptions().forEach(n -> findings.add(sentence("Assumed: " + n)));
    if (!findings.isEmpty()) {
      s.append("<ul class=\"findings\">\n");
      findings.forEach(f -> s.append("<li>").append(Html.text(f)).append("</li>\n"));
      s.append("</ul>\n");
    }
    s.append("</section>\n");
  }

  /** What the members' numbers can do, where their votes decide the matter. */
  private static void meetingFindings(Decision d, List<String> findings) {
    d.fewestWinning().ifPresent(n -> findings.add("When every member votes, the fewest who carry it against the rest: " + n + "."));
    d.smallestQuorate().ifPresent(n -> findings.add("The smallest quorate meeting: " + members(n) + "; "
        + (d.fewestAtMeeting().isPresent()
            ? "the fewest who carry it at a meeting the rest stay away from: " + d.fewestAtMeeting().getAsInt() + "."
            : "no meeting the rest stay away from carries it.")));
    d.stayingAway().ifPresent(a -> findings.add(sentence("Staying away: " + a.explain())));
  }

  /** The text as a sentence: a full stop added unless it ends with one. */
  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  private static String members(int n) {
    return n + (n == 1 ? " member" : " members");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static void table(StringBuilder s, List<ClassCapture> classes) {
    s.append("<div class=\"scroll\"><table class=\"power\">\n<thead><tr><th>Class</th><th>Members</th>")
        .append("<th>Nominal</th><th>Banzhaf</th><th>Shapley-Shubik</th><th>Alone it</th>")
        .append("<th>Fewest of it who carry it alone at a quorate meeting</th></tr></thead>\n<tbody>\n");
    for (ClassCapture c : classes) {
      s.append("<tr><th>").append(Html.text(c.className())).append("</th><td>").append(c.members()).append("</td><td>")
          .append(percent(c.nominal())).append("</td><td>").append(c.banzhaf().map(PowerReportPage::percent).orElse("-"))
          .append("</td><td>").append(c.shapleyShubik().map(PowerReportPage::percent).orElse("-"))
          .append("</td><td class=\"text").append(c.passesAlone() ? " passes" : c.blocksAlone() ? " veto" : "")
          .append("\">").append(c.passesAlone() ? "passes it" : c.blocksAlone() ? "blocks it" : "neither passes nor blocks it")
          .append("</td><td>").append(c.aloneAtMeeting().isPresent() ? Integer.toString(c.aloneAtMeeting().getAsInt()) : "none")
          .append("</td></tr>\n");
    }
    s.append("</tbody>\n</table></div>\n");
  }

  // The chart's geometry, in SVG units: a label column, then bars on a 0-100% scale.
  private static final int LABEL = 170;
  private static final int PLOT = 560;
  private static final int BAR = 13;
  private static final int GROUP_GAP = 12;
  private static final int TOP = 10;
  private static final int AXIS = 34;

  /** Grouped horizontal bars: for each class, its nominal share and its two power indices. */
  private static void chart(StringBuilder s, List<ClassCapture> classes) {
    int group = MEASURES.size() * BAR + GROUP_GAP;
    int height = TOP + classes.size() * group + AXIS;
    int width = LABEL + PLOT + 70;
    s.append("<figure>\n<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\">\n<title>Each class's nominal share of the vote against its real power</title>\n");
    int bottom = TOP + classes.size() * group;
    for (int p = 0; p <= 100; p += 10) {
      int x = LABEL + PLOT * p / 100;
      s.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(bottom).append("\"/>")
          .append("<text x=\"").append(x).append("\" y=\"").append(bottom + 16).append("\" text-anchor=\"middle\">")
          .append(p).append("%</text>\n");
    }
    s.append("<line class=\"axis-line\" x1=\"").append(LABEL).append("\" y1=\"").append(TOP).append("\" x2=\"")
        .append(LABEL).append("\" y2=\"").append(bottom).append("\"/>\n");
    int y = TOP;
    for (ClassCapture c : classes) {
      s.append("<g class=\"class\" data-class=\"").append(Html.text(c.className())).append("\">\n")
          .append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + MEASURES.size() * BAR / 2 + 4)
          .append("\" text-anchor=\"end\">").append(Html.text(c.className())).append("</text>\n");
      List<Optional<Fraction>> values = List.of(Optional.of(c.nominal()), c.banzhaf(), c.shapleyShubik());
      for (int i = 0; i < MEASURES.size(); i++) {
        int top = y + i * BAR;
        Optional<Fraction> v = values.get(i);
        if (v.isPresent()) {
          BigDecimal w = v.get().times(PLOT).toBigDecimal(2, RoundingMode.HALF_EVEN);
          s.append("<rect class=\"").append(MEASURES.get(i)).append("\" data-value=\"").append(percent(v.get()))
              .append("\" x=\"").append(LABEL).append("\" y=\"").append(top + 1).append("\" width=\"")
              .append(w.toPlainString()).append("\" height=\"").append(BAR - 2).append("\"><title>")
              .append(Html.text(c.className() + ", " + MEASURE_NAMES.get(i).toLowerCase(java.util.Locale.ROOT) + ": "
                  + percent(v.get())))
              .append("</title></rect>")
              .append("<text x=\"").append(w.add(BigDecimal.valueOf(LABEL + 4)).toPlainString()).append("\" y=\"")
              .append(top + BAR - 2).append("\">").append(percent(v.get())).append("</text>\n");
        }
      }
      s.append("</g>\n");
      y += group;
    }
    s.append("</svg>\n<figcaption><ul class=\"legend\">\n");
    for (int i = 0; i < MEASURES.size(); i++) {
      s.append("<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect class=\"").append(MEASURES.get(i))
          .append("\" width=\"14\" height=\"14\"/></svg> ").append(Html.text(MEASURE_NAMES.get(i))).append("</li>\n");
    }
    s.append("</ul></figcaption>\n</figure>\n");
  }

  private static void board(StringBuilder s, List<BoardCapture> board) {
    if (board.isEmpty()) {
      return;
    }
    s.append("<section id=\"board\">\n<h2>The board</h2>\n")
        .append("<p>Each class voting solidly for its own candidates: the seats reserved for it, and the general")
        .append(" seats an STV count must give a solid group of its size (its Droop quotas), within the board's")
        .append(" composition limits.</p>\n")
        .append("<div class=\"scroll\"><table class=\"board\">\n<thead><tr><th>Class</th><th>Members</th>")
        .append("<th>Reserved seats</th><th>General seats it is sure of</th><th>Most seats the limits allow</th>")
        .append("<th>Board</th><th>Sure of a majority</th></tr></thead>\n<tbody>\n");
    for (BoardCapture b : board) {
      s.append("<tr><th>").append(Html.text(b.className())).append("</th><td>").append(b.members()).append("</td><td>")
          .append(b.reserved()).append("</td><td>").append(b.sureOfGeneral()).append(" of ").append(b.generalSeats())
          .append("</td><td>").append(b.limit()).append("</td><td>").append(b.boardSize()).append("</td><td class=\"text")
          .append(b.majority() ? " passes\">yes" : "\">no").append("</td></tr>\n");
    }
    s.append("</tbody>\n</table></div>\n<ul class=\"findings\">\n");
    for (BoardCapture b : board) {
      s.append("<li>").append(Html.text(b.explain())).append("</li>\n");
    }
    s.append("</ul>\n</section>\n");
  }

  private static void warnings(StringBuilder s, List<Violation> violations) {
    List<Violation> power = violations.stream()
        .filter(v -> v.code() == ViolationCode.VETO_NOT_INTENDED || v.code() == ViolationCode.NO_POWER).toList();
    s.append("<section id=\"warnings\">\n<h2>Capture warnings</h2>\n");
    if (power.isEmpty()) {
      s.append("<p>None: no class blocks a matter alone that the rules do not mean it to, and every class with a")
          .append(" vote has some power.</p>\n");
    } else {
      s.append("<ul class=\"findings warning\">\n");
      for (Violation v : power) {
        s.append("<li><strong>").append(Html.text(v.code().toString())).append("</strong> [")
            .append(Html.text(v.clause().label())).append("]: ").append(Html.text(v.message())).append("</li>\n");
      }
      s.append("</ul>\n");
    }
    s.append("</section>\n");
  }

  private static void explainer(StringBuilder s) {
    s.append("<section id=\"reading\">\n<h2>How to read this page</h2>\n<ul class=\"muted\">\n")
        .append("<li>Nominal share: the class's share of all the votes when every member votes.</li>\n")
        .append("<li>Banzhaf power: the class's share of all the swings, where one member changing sides turns")
        .append(" a winning coalition into a losing one.</li>\n")
        .append("<li>Shapley-Shubik power: the class's share of the orders of joining in which one of its members")
        .append(" is the one who makes the coalition win.</li>\n")
        .append("<li>Both indices are computed exactly over every member, voting for while the rest vote")
        .append(" against, and shown rounded to one place. A class whose power is well above its nominal share")
        .append(" is pivotal more often than its votes suggest; one with none never decides the matter.</li>\n")
        .append("</ul>\n</section>\n");
  }

  private static String percent(Fraction f) {
    return f.times(100).toDecimalString(1, RoundingMode.HALF_EVEN) + "%";
  }
}
