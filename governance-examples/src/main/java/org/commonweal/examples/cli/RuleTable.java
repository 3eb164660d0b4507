package org.commonweal.examples.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionMethod;
import org.commonweal.governance.election.StvMethods;

/**
 * What the {@code count} command can count and read: each rule and each input format is one line of
 * the tables below. A rule or format named in the command's documentation but not yet in a table is
 * refused as a usage error that says so.
 */
final class RuleTable {
  private RuleTable() {}

  /** A counting rule: its name on the command line, whether it elects one candidate, and the method. */
  record Rule(String name, boolean singleWinner, String help, Supplier<ElectionMethod> method) {}

  /** An input format: its name on the command line and how it reads a file's text. */
  record Input(String name, String help, Function<String, Election> reader) {}

  static final boolean SINGLE = true;
  static final boolean MULTI = false;

  /** The rules, in the order {@code --help} lists them: one line each. */
  static final Map<String, Rule> RULES =
      table(
          new Rule("scottish-stv", MULTI, "Scottish STV (SSI 2007/42 Sch. 1 rr. 45-52)", StvMethods::scottish),
          new Rule("ers97", MULTI, "Electoral Reform Society STV rules, 1997", StvMethods::ers97),
          new Rule("wigm", MULTI, "weighted inclusive Gregory method, 18+9 places", StvMethods::wigm),
          new Rule("meek", MULTI, "Meek STV, 18+9 places", StvMethods::meek),
          new Rule("meek-nz", MULTI, "Meek STV, New Zealand rule (9 places)", StvMethods::meekNz));

  /** The input formats: one line each. */
  static final Map<String, Input> INPUTS =
      inputs(new Input("blt", "BLT ballot file (ERS, OpenSTV, Droop)", Blt::parse));

  /** Every rule name the command documents, available in this build or not. */
  static final List<String> DOCUMENTED_RULES =
      List.of(
          "scottish-stv", "ers97", "wigm", "meek", "meek-nz", "irv", "two-round", "plurality", "approval",
          "borda", "star", "schulze", "schulze-margins", "ranked-pairs", "copeland", "minimax",
          "minimax-margins");

  /** Every input format the command documents, available in this build or not. */
  static final List<String> DOCUMENTED_INPUTS = List.of("blt", "debian", "rankedvote-csv");

  private static Map<String, Rule> table(Rule... rules) {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (Rule r : rules) {
      m.put(r.name(), r);
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Input> inputs(Input... inputs) {
    Map<String, Input> m = new LinkedHashMap<>();
    for (Input i : inputs) {
      m.put(i.name(), i);
    }
    return Collections.unmodifiableMap(m);
  }

  /** The help section listing the rules and formats. */
  static String help() {
    StringBuilder s = new StringBuilder("Rules:%n");
    for (Rule r : RULES.values()) {
      s.append(String.format("  %-16s %s%s%n", r.name(), r.help(), r.singleWinner() ? " (one seat)" : "")
          .replace("%", "%%"));
    }
    String missing = String.join(", ", DOCUMENTED_RULES.stream().filter(r -> !RULES.containsKey(r)).toList());
    if (!missing.isEmpty()) {
      s.append("  Not in this build: ").append(missing).append("%n");
    }
    s.append("Inputs:%n");
    for (Input i : INPUTS.values()) {
      s.append(String.format("  %-16s %s%n", i.name(), i.help()).replace("%", "%%"));
    }
    String missingInputs =
        String.join(", ", DOCUMENTED_INPUTS.stream().filter(i -> !INPUTS.containsKey(i)).toList());
    if (!missingInputs.isEmpty()) {
      s.append("  Not in this build: ").append(missingInputs).append("%n");
    }
    return s.toString();
  }
}
