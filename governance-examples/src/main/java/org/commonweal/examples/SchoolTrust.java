package org.commonweal.examples;

import java.io.PrintStream;
import java.util.List;
import org.commonweal.governance.shares.ShareLedger;

/**
 * The flagship example: Brookfield Co-operative Learning Trust, a co-operative school trust, printed
 * section by section. Run it with {@code ./mvnw -q -pl governance-examples -am compile exec:java}.
 */
public final class SchoolTrust {
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
   * Prints the example to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
