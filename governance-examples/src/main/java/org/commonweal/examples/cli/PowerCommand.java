package org.commonweal.examples.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commonweal.governance.analysis.ClassPower;
import org.commonweal.governance.analysis.PowerAlgorithm;
import org.commonweal.governance.analysis.PowerIndices;
import org.commonweal.governance.analysis.WeightedGame;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.LimitExceededException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code power}: the exact power of each player of a weighted voting game {@code [Q; W1, W2, ...]}, as
 * the classic power-index calculators give it but in exact fractions: Banzhaf swings, the normalised
 * Banzhaf index and the Shapley-Shubik index, per player in the order given ({@code NxW} standing for
 * {@code N} players of weight {@code W}). Players of equal weight are counted together, so that a game
 * of many equal players is cheap; a game beyond every exact method's limits is refused (exit status 1),
 * never approximated.
 */
@Command(
    name = "power",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Exact Banzhaf and Shapley-Shubik power of each player of a weighted voting game.",
    footerHeading = "%nExit status: ",
    footer = "0 if computed, 1 if the game is beyond the exact methods' limits, 2 for a usage error.")
final class PowerCommand implements Callable<Integer> {
  /** Decimal places of the decimals shown beside the fractions in text. */
  private static final int PLACES = 6;

  @Spec CommandSpec spec;

  @Option(
      names = "--quota",
      required = true,
      paramLabel = "Q",
      description = "The least total weight that wins: a positive integer, at most the total weight.")
  String quota = "";

  @Option(
      names = "--weights",
      required = true,
      paramLabel = "W1,W2,...",
      description = "The players' weights, positive integers separated by commas; NxW stands for N players of weight W.")
  String weights = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text (a table of fractions and decimals) or json (one object) (default: ${DEFAULT-VALUE}).")
  String format = "text";

  /** For picocli. */
  PowerCommand() {}

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(cl, "--format must be text or json, not '" + format + "'");
    }
    long q = positive(cl, "--quota", quota.strip());
    List<Long> each;
    try {
      each = parseWeights(cl, weights);
    } catch (LimitExceededException e) {
      return beyond(cl, e);
    }
    long total = 0;
    for (long w : each) {
      total += w;
    }
    if (q > total) {
      throw new ParameterException(cl, "--quota " + q + " must be at most the total weight, " + total);
    }
    WeightedGame game = WeightedGame.of(q, each);
    PowerIndices indices;
    try {
      indices = PowerAlgorithm.automatic().compute(game.classGame());
    } catch (LimitExceededException e) {
      return beyond(cl, e);
    }
    List<ClassPower> players = new ArrayList<>(each.size());
    for (int p = 0; p < each.size(); p++) {
      players.add(indices.classes().get(game.classOf(p)));
    }
    PrintWriter out = cl.getOut();
    if (format.equals("json")) {
      out.println(json(q, each, players));
    } else {
      text(out, game, total, indices.method(), players);
    }
    out.flush();
    return 0;
  }

  /** Reports a game beyond the exact methods' limits: exit status 1. */
  private static int beyond(CommandLine cl, LimitExceededException e) {
    cl.getErr().println("power: no exact answer within the stated limits: " + e.getMessage());
    cl.getErr().flush();
    return 1;
  }

  /**
   * Reads the weights: comma-separated positive integers, {@code NxW} for {@code N} players of weight
   * {@code W}. The number of players is bounded before any list is made, so that {@code 1000000000x1}
   * is refused (exit 1) rather than filling the memory.
   */
  private static List<Long> parseWeights(CommandLine cl, String text) {
    List<long[]> runs = new ArrayList<>();
    long players = 0;
    for (String item : text.split(",", -1)) {
      String s = item.strip();
      if (s.isEmpty()) {
        throw new ParameterException(cl, "--weights has an empty entry in '" + text + "'; give W1,W2,... or NxW");
      }
      int x = s.toLowerCase(Locale.ROOT).indexOf('x');
      long count = x < 0 ? 1 : positive(cl, "the count in --weights entry '" + s + "'", s.substring(0, x).strip());
      long weight = positive(cl, "--weights entry '" + s + "'", x < 0 ? s : s.substring(x + 1).strip());
      players += count;
      if (players > PowerAlgorithm.MAX_CLASS_COUNT_MEMBERS) {
        throw new LimitExceededException(
            "players of the game", PowerAlgorithm.MAX_CLASS_COUNT_MEMBERS, players, "");
      }
      runs.add(new long[] {count, weight});
    }
    List<Long> each = new ArrayList<>();
    long total = 0;
    for (long[] run : runs) {
      for (long m = 0; m < run[0]; m++) {
        if (total > Long.MAX_VALUE - run[1]) {
          throw new ParameterException(cl, "--weights: the total weight is too large (more than " + Long.MAX_VALUE + ")");
        }
        total += run[1];
        each.add(run[1]);
      }
    }
    return each;
  }

  private static long positive(CommandLine cl, String what, String text) {
    if (!text.matches("\\+?[0-9]+")) {
      throw new ParameterException(cl, what + " must be a positive integer, not '" + text + "'");
    }
    long v;
    try {
      v = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ParameterException(cl, what + " is too large: " + text);
    }
    if (v < 1) {
      throw new ParameterException(cl, what + " must be a positive integer, not " + text);
    }
    return v;
  }

  private static String json(long quota, List<Long> weights, List<ClassPower> players) {
    List<Object> list = new ArrayList<>();
    for (int p = 0; p < players.size(); p++) {
      ClassPower power = players.get(p);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("weight", weights.get(p));
      o.put("swings", power.swings().toString());
      o.put("banzhaf", power.banzhaf().toString());
      o.put("shapleyShubik", power.shapleyShubik().toString());
      list.add(o);
    }
    Map<String, Object> game = new LinkedHashMap<>();
    game.put("quota", quota);
    game.put("players", list);
    return JsonOut.write(game);
  }

  private static void text(PrintWriter out, WeightedGame game, long total, String method, List<ClassPower> players) {
    out.printf(
        "Weighted game: %d players, total weight %d, quota %d; exact (%s)%n",
        game.players(), total, game.quota(), method);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"player", "weight", "swings", "Banzhaf", "Shapley-Shubik"});
    Fraction banzhaf = Fraction.ZERO;
    Fraction shapley = Fraction.ZERO;
    for (int p = 0; p < players.size(); p++) {
      ClassPower power = players.get(p);
      rows.add(
          new String[] {
            Integer.toString(p + 1),
            Long.toString(game.weights().get(p)),
            power.swings().toString(),
            shown(power.banzhaf()),
            shown(power.shapleyShubik())
          });
      banzhaf = banzhaf.plus(power.banzhaf());
      shapley = shapley.plus(power.shapleyShubik());
    }
    rows.add(new String[] {"total", Long.toString(total), "", shown(banzhaf), shown(shapley)});
    int[] width = new int[5];
    for (String[] r : rows) {
      for (int c = 0; c < 5; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < 5; c++) {
        // Numbers right-aligned, except the fractions, which read best from their left.
        String cell = c < 3 ? " ".repeat(width[c] - r[c].length()) + r[c] : r[c] + " ".repeat(width[c] - r[c].length());
        line.append(c == 0 ? "" : "  ").append(cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** A fraction and its decimal: {@code 5/21 (0.238095)}; a whole number as itself. */
  private static String shown(Fraction f) {
    return f.isInteger() ? f.toString() : f + " (" + f.toDecimalString(PLACES, RoundingMode.HALF_EVEN) + ")";
  }
}
