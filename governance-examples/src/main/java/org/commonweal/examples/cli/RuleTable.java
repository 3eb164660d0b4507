package org.commonweal.examples.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.election.BallotFile;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.CdfJson;
import org.commonweal.governance.election.DebianTally;
import org.commonweal.governance.election.MethodRegistry;
import org.commonweal.governance.election.RankedVoteCsv;
import org.commonweal.governance.election.ReadOptions;
import org.commonweal.governance.election.RegisteredMethod;

/**
 * What the {@code count} command can count and read. The rules are the core's {@link MethodRegistry}:
 * its names are the command's rule names and its descriptions the help lines, in its order, so that a
 * method added there is a rule here. Each input format is one line of the table below.
 */
final class RuleTable {
  private RuleTable() {}

  /**
   * An input format: its name on the command line, and how it reads a whole file's bytes. The command
   * reads BLT files in pieces as the bytes arrive instead ({@link #streamed()}).
   */
  record Input(String name, String help) {
    boolean streamed() {
      return name.equals("blt");
    }

    /**
     * Reads a whole file. A switch rather than a function per format, so that a format's reader (and
     * its patterns) is loaded only when a file of that format is read.
     */
    BallotFile read(byte[] bytes, ReadOptions options, Optional<String> contest) {
      switch (name) {
        case "cdf-json":
          return CdfJson.read(bytes, options, contest);
        case "debian":
          return DebianTally.read(bytes, options);
        case "rankedvote-csv":
          return RankedVoteCsv.read(bytes, options);
        default:
          return Blt.read(bytes, options);
      }
    }
  }

  /** The input formats: one line each. */
  static final Map<String, Input> INPUTS =
      inputs(
          new Input("blt", "BLT ballot file (ERS, OpenSTV, Droop)"),
          new Input("debian", "Debian tally sheet (V: lines of ranks)"),
          new Input("rankedvote-csv", "ranked.vote normalised CSV (ballot_id,rank,choice)"),
          new Input("cdf-json", "NIST SP 1500-103 cast vote records, JSON (one contest: --contest)"));

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
    for (RegisteredMethod r : MethodRegistry.all()) {
      s.append(String.format("  %-16s %s%s%n", r.name(), r.description(), r.singleWinner() ? " (one seat)" : "")
          .replace("%", "%%"));
      // The limit on a line of its own, under the description: refused before any work beyond it.
      s.append(String.format("  %-16s %s%n", "", r.limit()).replace("%", "%%"));
    }
    s.append("Inputs:%n");
    for (Input i : INPUTS.values()) {
      s.append(String.format("  %-16s %s%n", i.name(), i.help()).replace("%", "%%"));
    }
    s.append("A rule refuses an election with more candidates than its limit before counting.%n")
        .append("Pairwise rules count a candidate a paper leaves unranked as ranked equally below all the%n")
        .append("candidates it ranks. Files are read as UTF-8, or as ISO-8859-1 where they are not valid UTF-8%n")
        .append("(the result says so, and why), unless --encoding says otherwise. A BLT file's [tie ...] order%n")
        .append("breaks its ties where no --seed is given.%n");
    return s.toString();
  }
}
