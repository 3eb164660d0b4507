package org.commonweal.examples.cli;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;

/**
 * The HTML report's chart: each candidate's total over the stages of a count as an inline SVG line
 * chart, with the quota as a line across it. Every line has a colour, a dash pattern and a marker shape
 * of its own (up to 35 lines before a dash-and-marker pair repeats), and its candidate's name at its
 * end, so that the chart reads in grey print; a legend under it repeats each line's look.
 *
 * <p>Drawing only: totals are turned into pixel positions with two decimal places, which decides
 * nothing; the numbers themselves are in the result sheet beside the chart. Cost: O(stages x
 * candidates), plus O(c log c) to place the c end labels. Stateless.
 */
final class StageChart {
  private StageChart() {}

  /** One candidate's line: the name shown and a total at each stage. */
  record Line(String name, List<Fraction> totals) {}

  // Okabe and Ito's colours, told apart by most colour-blind readers; black last but one.
  private static final String[] COLOURS = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#882255"
  };
  private static final String[] DASHES = {"", "9 4", "2 3", "10 3 2 3", "5 5"};
  private static final int MARKERS = 7;

  private static final int TOP = 24;
  private static final int LEFT = 72;
  private static final int BOTTOM = 48;
  private static final int LABEL_GAP = 14;
  private static final int LABEL_CHARS = 40;
  private static final int WIDTH = 1300;

  /**
   * The chart as an SVG element, followed by its legend as an HTML list.
   *
   * @param lines one line a candidate, each with one total a stage
   * @param stages the stages' labels, in order
   * @param quota the quota in force at each stage, where the rule has one
   * @param quotaText the quota as the reports write it, for its label
   */
  static String of(List<Line> lines, List<String> stages, List<Optional<Fraction>> quota, String quotaText) {
    int n = stages.size();
    int longest = 0;
    for (Line l : lines) {
      longest = Math.max(longest, l.name().codePointCount(0, l.name().length()));
    }
    // About 8 pixels a character of the 12-pixel bold labels, with room for the leader lines.
    // An end label holds at most LABEL_CHARS characters (the legend has every name whole).
    int right = 40 + Math.max(Math.min(longest, LABEL_CHARS), quotaText.length() + 6) * 8;
    // The whole chart fits in WIDTH pixels, a page's width, so that it is never scaled down to be read.
    int plotWidth = Math.max(420, Math.min(170 * Math.max(n - 1, 1), WIDTH - LEFT - right));
    int plotHeight = Math.max(360, lines.size() * LABEL_GAP + 40);
    int width = LEFT + plotWidth + right;
    int height = TOP + plotHeight + BOTTOM;

    Fraction max = Fraction.ZERO;
    for (Line l : lines) {
      for (Fraction t : l.totals()) {
        max = max.max(t);
      }
    }
    for (Optional<Fraction> q : quota) {
      if (q.isPresent()) {
        max = max.max(q.get());
      }
    }
    long step = step(max.ceiling().longValueExact());
    long top = Math.max(step, (max.ceiling().longValueExact() + step - 1) / step * step);
    Scale scale = new Scale(n, plotWidth, plotHeight, top);

    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"chart-title\">\n")
        .append("<title id=\"chart-title\">Each candidate's total at each stage")
        .append(quotaText.isEmpty() ? "" : ", with the quota")
        .append("</title>\n");
    // Grid and axes.
    s.append("<g class=\"axis\">\n");
    for (long v = 0; v <= top; v += step) {
      double y = scale.y(v);
      s.append(line(LEFT, y, LEFT + plotWidth, y, v == 0 ? "axis-line" : "grid"));
      s.append(text(LEFT - 8, y + 4, "end", "tick", Long.toString(v)));
    }
    s.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "axis-line"));
    for (int k = 0; k < n; k++) {
      double x = scale.x(k);
      s.append(line(x, TOP + plotHeight, x, TOP + plotHeight + 5, "axis-line"));
      s.append(text(x, TOP + plotHeight + 20, "middle", "tick", stages.get(k)));
    }
    String middle = fmt(TOP + plotHeight / 2.0);
    s.append(text(16, TOP + plotHeight / 2.0, "middle", "axis-title", "Votes", " transform=\"rotate(-90 16 " + middle + ")\""));
    s.append("</g>\n");
    // The quota: a step where it changes from stage to stage (Meek), a straight line where it does not.
    if (quota.stream().anyMatch(Optional::isPresent)) {
      StringBuilder path = new StringBuilder();
      double lastY = 0;
      for (int k = 0; k < n; k++) {
        if (quota.get(k).isEmpty()) {
          continue;
        }
        double y = scale.y(quota.get(k).get());
        double x0 = n == 1 ? LEFT : Math.max(LEFT, scale.x(k) - scale.stepX() / 2);
        double x1 = n == 1 ? LEFT + plotWidth : Math.min(LEFT + plotWidth, scale.x(k) + scale.stepX() / 2);
        path.append(path.length() == 0 ? "M" : " L").append(fmt(x0)).append(' ').append(fmt(y));
        path.append(" L").append(fmt(x1)).append(' ').append(fmt(y));
        lastY = y;
      }
      s.append("<g class=\"quota\"><path d=\"").append(path).append("\"/></g>\n");
    }
    // The candidates' lines, then their end labels spread so that none overlaps another.
    // The quota's label goes among the candidates' end labels (the last one), where it hides no line.
    boolean quotaLine = quota.stream().anyMatch(Optional::isPresent);
    double[] labelY = new double[lines.size() + (quotaLine ? 1 : 0)];
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      StringBuilder path = new StringBuilder();
      for (int k = 0; k < n; k++) {
        path.append(k == 0 ? "M" : " L").append(fmt(scale.x(k))).append(' ').append(fmt(scale.y(l.totals().get(k))));
      }
      s.append("<g class=\"series\" style=\"color:").append(COLOURS[i % COLOURS.length]).append("\">");
      s.append("<path class=\"line\" d=\"").append(path).append('"').append(dash(i)).append("/>");
      for (int k = 0; k < n; k++) {
        s.append(marker(i, scale.x(k), scale.y(l.totals().get(k))));
      }
      s.append("</g>\n");
      labelY[i] = scale.y(l.totals().get(n - 1));
    }
    if (quotaLine) {
      Optional<Fraction> last = Optional.empty();
      for (Optional<Fraction> q : quota) {
        last = q.isPresent() ? q : last;
      }
      labelY[lines.size()] = scale.y(last.orElseThrow());
    }
    double[] placed = spread(labelY, TOP + 4, TOP + plotHeight + 4);
    double endX = n == 1 ? LEFT + plotWidth : scale.x(n - 1);
    if (quotaLine) {
      int q = lines.size();
      s.append("<g class=\"quota-end\">");
      if (Math.abs(placed[q] - labelY[q]) > 1) {
        s.append(line(endX + 6, labelY[q], endX + 16, placed[q], "leader"));
      }
      s.append(text(endX + 20, placed[q] + 4, "start", "quota-label", "Quota " + quotaText)).append("</g>\n");
    }
    for (int i = 0; i < lines.size(); i++) {
      s.append("<g class=\"end-label\" style=\"color:").append(COLOURS[i % COLOURS.length]).append("\">");
      if (Math.abs(placed[i] - labelY[i]) > 1) {
        s.append(line(endX + 6, labelY[i], endX + 16, placed[i], "leader"));
      }
      s.append(text(endX + 20, placed[i] + 4, "start", "name", shortened(lines.get(i).name())));
      s.append("</g>\n");
    }
    s.append("</svg>\n");

    s.append("<ul class=\"legend\">\n");
    for (int i = 0; i < lines.size(); i++) {
      s.append("<li><svg width=\"44\" height=\"14\" viewBox=\"0 0 44 14\" aria-hidden=\"true\" style=\"color:")
          .append(COLOURS[i % COLOURS.length])
          .append("\"><path class=\"line\" d=\"M2 7 L42 7\"")
          .append(dash(i))
          .append("/>")
          .append(marker(i, 22, 7))
          .append("</svg> ")
          .append(Html.text(lines.get(i).name()))
          .append("</li>\n");
    }
    if (!quotaText.isEmpty()) {
      s.append("<li><svg width=\"44\" height=\"14\" viewBox=\"0 0 44 14\" aria-hidden=\"true\">")
          .append("<g class=\"quota\"><path d=\"M2 7 L42 7\"/></g></svg> Quota ")
          .append(Html.text(quotaText))
          .append("</li>\n");
    }
    s.append("</ul>\n");
    return s.toString();
  }

  /** Where the chart puts stages and totals. */
  private record Scale(int stages, int width, int height, long top) {
    double stepX() {
      return stages <= 1 ? width : (double) width / (stages - 1);
    }

    double x(int k) {
      return stages <= 1 ? LEFT + width / 2.0 : LEFT + k * stepX();
    }

    double y(long v) {
      return TOP + height - (double) height * v / top;
    }

    double y(Fraction v) {
      return TOP + height - height * v.toBigDecimal(2, RoundingMode.DOWN).doubleValue() / top;
    }
  }

  /** A step of 1, 2 or 5 times a power of ten that divides 0..max into at most eight intervals. */
  static long step(long max) {
    long power = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * power * 8 >= max) {
          return m * power;
        }
      }
      power *= 10;
    }
  }

  /**
   * Label positions as near their lines' ends as possible, at least {@link #LABEL_GAP} apart, within
   * [low, high] where there is room: a pass down pushes each below the one above, a pass up pulls them
   * back within the bottom edge.
   */
  static double[] spread(double[] wanted, double low, double high) {
    Integer[] order = new Integer[wanted.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> wanted[a] != wanted[b] ? Double.compare(wanted[a], wanted[b]) : Integer.compare(a, b));
    double[] placed = new double[wanted.length];
    double previous = low - LABEL_GAP;
    for (Integer i : order) {
      placed[i] = Math.max(wanted[i], previous + LABEL_GAP);
      previous = placed[i];
    }
    for (int j = order.length - 1; j >= 0; j--) {
      double cap = j == order.length - 1 ? high : placed[order[j + 1]] - LABEL_GAP;
      placed[order[j]] = Math.min(placed[order[j]], cap);
    }
    return placed;
  }

  /** A name cut to {@link #LABEL_CHARS} characters, with an ellipsis where it was cut. */
  static String shortened(String name) {
    if (name.codePointCount(0, name.length()) <= LABEL_CHARS) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
  }

  private static String dash(int i) {
    String d = DASHES[i % DASHES.length];
    return d.isEmpty() ? "" : " stroke-dasharray=\"" + d + "\"";
  }

  /** The i-th marker shape, centred on (x, y), drawn in the line's colour. */
  private static String marker(int i, double x, double y) {
    String cx = fmt(x);
    String cy = fmt(y);
    switch (i % MARKERS) {
      case 0:
        return "<circle class=\"marker\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"4\"/>";
      case 1:
        return "<rect class=\"marker\" x=\"" + fmt(x - 3.5) + "\" y=\"" + fmt(y - 3.5) + "\" width=\"7\" height=\"7\"/>";
      case 2:
        return polygon(x, y, new double[] {0, -5, 4.5, 3.5, -4.5, 3.5});
      case 3:
        return polygon(x, y, new double[] {0, -5, 5, 0, 0, 5, -5, 0});
      case 4:
        return "<path class=\"marker open\" d=\"M" + fmt(x - 4) + " " + fmt(y - 4) + " L" + fmt(x + 4) + " " + fmt(y + 4)
            + " M" + fmt(x - 4) + " " + fmt(y + 4) + " L" + fmt(x + 4) + " " + fmt(y - 4) + "\"/>";
      case 5:
        return polygon(x, y, new double[] {0, 5, 4.5, -3.5, -4.5, -3.5});
      default:
        return "<circle class=\"marker hollow\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"4\"/>";
    }
  }

  private static String polygon(double x, double y, double[] offsets) {
    StringBuilder p = new StringBuilder("<polygon class=\"marker\" points=\"");
    for (int j = 0; j < offsets.length; j += 2) {
      p.append(j == 0 ? "" : " ").append(fmt(x + offsets[j])).append(',').append(fmt(y + offsets[j + 1]));
    }
    return p.append("\"/>").toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return "<line class=\"" + cls + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
        + "\" y2=\"" + fmt(y2) + "\"/>\n";
  }

  private static String text(double x, double y, String anchor, String cls, String content) {
    return text(x, y, anchor, cls, content, "");
  }

  private static String text(double x, double y, String anchor, String cls, String content, String extra) {
    return "<text class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\"" + extra + ">"
        + Html.text(content) + "</text>\n";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
