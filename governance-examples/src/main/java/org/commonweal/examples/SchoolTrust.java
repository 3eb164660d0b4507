package org.commonweal.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonweal.examples.cli.PowerReportPage;
import org.commonweal.governance.analysis.Analysis;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.voting.Electorate;

/**
 * The flagship example: Brookfield Co-operative Learning Trust, a co-operative school trust, printed
 * section by section. Run it with {@code ./mvnw -q -pl governance-examples -am compile exec:java}; with
 * {@code -Dexec.args="--html DIR"} it also writes its power report as a self-contained HTML page,
 * {@value #POWER_PAGE} in {@code DIR} ({@link PowerReportPage}).
 */
public final class SchoolTrust {
  /** The name of the power report's page in the directory {@code --html} names. */
  public static final String POWER_PAGE = "school-trust-power.html";

  private SchoolTrust() {}

  /**
   * Returns the example's sections, in the order they are printed.
   *
   * @param ledger the trust's share ledger and register
   * @return the sections
   */
  public static List<Section> sections(ShareLedger ledger) {
    return List.of(
        new RegisterSection(ledger, SchoolTrustData.AS_AT),
        new AgmSection(AgmSection.schoolTrust(ledger)),
        new BoardElectionSection(ledger),
        new PowerReportSection(ledger));
  }

  /**
   * Prints the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    String heading = SchoolTrustData.NAME;
    out.println(heading);
    out.println("=".repeat(heading.length()));
    for (Section section : sections(SchoolTrustData.ledger())) {
      out.println();
      out.println(section.title());
      out.println("-".repeat(section.title().length()));
      section.print(out);
    }
  }

  /**
   * Returns the power report's page: the trust's constitution analysed with its register on the record
   * date, for every matter in its rules.
   *
   * @return the page, a whole HTML document
   */
  public static String powerPage() {
    ShareLedger ledger = SchoolTrustData.ledger();
    Analysis analysis = Analysis.of(PowerReportSection.schoolTrust(ledger), Electorate.from(ledger, SchoolTrustData.AS_AT));
    return PowerReportPage.of(analysis, SchoolTrustData.AS_AT);
  }

  /**
   * Writes the power report's page into a directory, created if missing.
   *
   * @param dir the directory
   * @return the page written
   * @throws IOException if the directory or the page cannot be written
   */
  public static Path writePowerPage(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path page = dir.resolve(POWER_PAGE);
    Files.writeString(page, powerPage(), StandardCharsets.UTF_8);
    return page;
  }

  /**
   * Runs the example: prints it, and with {@code --html DIR} writes the power report's page into {@code
   * DIR} and names it on the last line.
   *
   * @param args nothing, or {@code --html DIR}
   * @param out where the example is printed
   * @param err where a usage error or a failure to write is printed
   * @return the exit status: 0, 1 if the page cannot be written, 2 for a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 0 && !(args.length == 2 && args[0].equals("--html"))) {
      err.println("usage: SchoolTrust [--html DIR]");
      return 2;
    }
    run(out);
    if (args.length == 2) {
      try {
        Path page = writePowerPage(Path.of(args[1]));
        out.println();
        out.println("Power report written to " + page);
      } catch (IOException | java.nio.file.InvalidPathException e) {
        err.println("cannot write the power report into " + args[1] + ": " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  /**
   * Prints the example to standard output; with {@code --html DIR}, also writes the power report's page.
   * See {@link #run(String[], PrintStream, PrintStream)}.
   *
   * @param args nothing, or {@code --html DIR}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }
}
