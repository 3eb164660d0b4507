package org.commonweal.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.commonweal.governance.analysis.Analysis;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Severity;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.voting.Electorate;

/**
 * What an institution's own constitution, built from its profile, really gives each class on its real
 * register: for ordinary business and for amending the rules, each class's nominal vote against its
 * Banzhaf and Shapley-Shubik power, whether it passes or blocks alone, how few of its members carry a
 * matter at a meeting the rest stay away from, the board seats a solid class is sure of, and the power
 * warnings of validation. Answers, for the development trust and the community hub, whether paid staff
 * or any one group can control the organisation or block it.
 */
public final class ProfilePowerSection implements Section {
  private final Analysis analysis;

  /**
   * Analyses a constitution over the members on a register.
   *
   * @param constitution the institution's constitution
   * @param ledger its share ledger and register
   * @param asAt the record date
   */
  public ProfilePowerSection(Constitution constitution, ShareLedger ledger, LocalDate asAt) {
    this.analysis = Analysis.of(constitution, Electorate.from(ledger, asAt));
  }

  /**
   * Returns the analysis behind the section, for tests and callers.
   *
   * @return the analysis
   */
  public Analysis analysis() {
    return analysis;
  }

  @Override
  public String title() {
    return "Who really holds the power";
  }

  @Override
  public void print(PrintStream out) {
    for (Matter m : List.of(Matter.ORDINARY_BUSINESS, Matter.AMEND_RULES)) {
      out.print(analysis.capture(m).explain());
      out.println();
    }
    List<Violation> warnings = analysis.validate().violations().stream()
        .filter(v -> v.severity() == Severity.WARNING).toList();
    out.println(warnings.isEmpty() ? "No warnings." : "Warnings:");
    warnings.forEach(v -> out.println("  " + v.code() + ": " + v.message()));
  }
}
