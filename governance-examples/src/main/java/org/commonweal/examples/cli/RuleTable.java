package org.commonweal.examples.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commonweal.governance.election.BordaVariant;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.DebianTally;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionMethod;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.PairwiseStrength;
import org.commonweal.governance.election.RankedVoteCsv;
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
          new Rule("meek-nz", MULTI, "Meek STV, New Zealand rule (9 places)", StvMethods::meekNz),
          new Rule("irv", SINGLE, "instant-runoff, one exclusion a round", ElectionMethods::instantRunoff),
          new Rule("two-round", SINGLE, "two-round: top two of the first preferences go to a runoff", ElectionMethods::twoRound),
          new Rule("plurality", MULTI, "first preferences; the top N for N seats (block voting)", ElectionMethods::plurality),
          new Rule("approval", MULTI, "approval; on ranked papers every ranked candidate is approved", ElectionMethods::approval),
          new Rule(
              "borda",
              MULTI,
              "Borda, truncated: of n candidates, position p scores n-p, unranked 0",
              () -> ElectionMethods.borda(BordaVariant.TRUNCATED)),
          new Rule(
              "star",
              SINGLE,
              "STAR 0-5; on ranked papers the 1st preference scores 5, each later one 1 less, unranked 0",
              () -> ElectionMethods.star(5)),
          new Rule("schulze", SINGLE, "Schulze, winning votes", () -> ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES)),
          new Rule("schulze-margins", SINGLE, "Schulze, margins", () -> ElectionMethods.schulze(PairwiseStrength.MARGINS)),
          new Rule("ranked-pairs", SINGLE, "Ranked Pairs (Tideman), margins", ElectionMethods::rankedPairs),
          new Rule("copeland", SINGLE, "Copeland: pairwise wins minus losses", ElectionMethods::copeland),
          new Rule("minimax", SINGLE, "Minimax, winning votes", () -> ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES)),
          new Rule(
              "minimax-margins", SINGLE, "Minimax, margins", () -> ElectionMethods.minimax(PairwiseStrength.MARGINS)));

  /** The input formats: one line each. */
  static final Map<String, Input> INPUTS =
      inputs(
          new Input("blt", "BLT ballot file (ERS, OpenSTV, Droop)", Blt::parse),
          new Input("debian", "Debian tally sheet (V: lines of ranks)", DebianTally::read),
          new Input("rankedvote-csv", "ranked.vote normalised CSV (ballot_id,rank,choice)", RankedVoteCsv::read));

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
    s.append("Inputs:%n");
    for (Input i : INPUTS.values()) {
      s.append(String.format("  %-16s %s%n", i.name(), i.help()).replace("%", "%%"));
    }
    s.append("Pairwise rules count a candidate a paper leaves unranked as ranked equally below all the%n")
        .append("candidates it ranks. Files are read as UTF-8, or as ISO-8859-1 where they are not valid UTF-8.%n");
    return s.toString();
  }
}
