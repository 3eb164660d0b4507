package org.commonweal.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commonweal.governance.base.GovernanceException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.MethodRegistry;
import org.commonweal.governance.election.RegisteredMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code count}: counts each ballot file under a rule and prints the result, as a stage-by-stage table
 * or as one JSON object per file. A file that cannot be read or counted is reported and the others
 * are still counted.
 */
@Command(
    name = "count",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Counts each ballot file under a rule, stage by stage.",
    footerHeading = "%nExit status: ",
    footer = "0 if every file was counted, 1 if any failed, 2 for a usage error.")
final class CountCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rule", required = true, paramLabel = "RULE", description = "The counting rule (see Rules below).")
  String rule = "";

  @Option(
      names = "--seats",
      paramLabel = "N",
      description = "Seats to fill, overriding the file's (default: the file's, or 1).")
  Integer seats;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "Seed of the lot where a rule needs one (default: the lot follows the candidates' order in the"
              + " file). Every draw is recorded in the report.")
  Long seed;

  @Option(
      names = "--input",
      paramLabel = "FORMAT",
      defaultValue = "blt",
      description = "Input format: blt, debian or rankedvote-csv (default: ${DEFAULT-VALUE}).")
  String input = "blt";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text (a result sheet) or json (one object per file, per line) (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The ballot files.")
  List<String> files = List.of();

  private PrintStream out = System.out;

  /** For picocli. */
  CountCommand() {}

  void output(PrintStream stream) {
    this.out = stream;
  }

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    RegisteredMethod r =
        MethodRegistry.find(rule)
            .orElseThrow(
                () ->
                    new ParameterException(
                        cl, "unknown rule '" + rule + "'; available: " + String.join(", ", MethodRegistry.names())));
    RuleTable.Input in = RuleTable.INPUTS.get(input);
    if (in == null) {
      throw new ParameterException(
          cl, "unknown input '" + input + "'; available: " + String.join(", ", RuleTable.INPUTS.keySet()));
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(cl, "unknown format '" + format + "'; use text or json");
    }
    if (seats != null && seats < 1) {
      throw new ParameterException(cl, "--seats (" + seats + ") must be at least 1");
    }
    if (seats != null && seats != 1 && r.singleWinner()) {
      throw new ParameterException(
          cl, "rule '" + rule + "' elects one candidate: --seats must be 1, not " + seats);
    }
    boolean json = format.equals("json");
    ObjectMapper mapper = new ObjectMapper();
    boolean allCounted = true;
    for (String file : files) {
      ElectionResult result;
      try {
        result = count(file, in, r);
      } catch (CountFailure e) {
        allCounted = false;
        if (json) {
          out.println(write(mapper, JsonReport.error(file, e.getMessage())));
        } else {
          out.println(file + ": error: " + e.getMessage());
          out.println();
        }
        continue;
      }
      if (json) {
        out.println(write(mapper, JsonReport.of(file, r.name(), result)));
      } else {
        out.print(TextReport.of(file, result));
      }
    }
    out.flush();
    return allCounted ? CommandLine.ExitCode.OK : 1;
  }

  private ElectionResult count(String file, RuleTable.Input in, RegisteredMethod r)
      throws CountFailure {
    String text;
    try {
      text = decode(Files.readAllBytes(Path.of(file)));
    } catch (NoSuchFileException e) {
      throw new CountFailure("cannot read the file: no such file");
    } catch (AccessDeniedException e) {
      throw new CountFailure("cannot read the file: permission denied");
    } catch (IOException | InvalidPathException e) {
      throw new CountFailure("cannot read the file: " + describe(e));
    }
    try {
      Election election = in.reader().apply(text);
      if (seats != null && seats != election.seats()) {
        election = Election.builder().from(election).seats(seats).build();
      }
      if (r.singleWinner() && election.seats() != 1) {
        throw new CountFailure(
            "rule '"
                + r.name()
                + "' elects one candidate but the file has "
                + election.seats()
                + " seats; pass --seats 1 to count it for one seat");
      }
      TieBreaker lot = seed == null ? TieBreaker.givenOrder() : TieBreaker.seeded(seed);
      return r.method().count(election, lot);
    } catch (GovernanceException e) {
      throw new CountFailure(e.getMessage());
    } catch (RuntimeException e) {
      throw new CountFailure("could not be counted: " + describe(e));
    }
  }

  /**
   * Reads a file's bytes as UTF-8, or as ISO-8859-1 where they are not valid UTF-8: older tally sheets
   * (Debian's of 2007) are Latin-1, and every byte sequence is valid ISO-8859-1, so names are never lost.
   */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String write(ObjectMapper mapper, Map<String, Object> value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON output failed", e);
    }
  }

  /** A file that could not be read or counted. */
  private static final class CountFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CountFailure(String message) {
      super(message);
    }
  }
}
