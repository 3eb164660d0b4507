package org.commonweal.examples;

import com.google.common.collect.ImmutableSortedSet;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonweal.governance.analysis.Analysis;
import org.commonweal.governance.analysis.CaptureReport;
import org.commonweal.governance.analysis.ClassCapture;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Profiles;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.constitution.ViolationCode;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.voting.Electorate;

/**
 * The flagship's power report: what the trust's voting rules really give each class. For an ordinary
 * resolution and for a special resolution (which also needs a majority in every class), each class's
 * nominal share of the vote beside its real power (Banzhaf and Shapley-Shubik, exactly), what it can do
 * alone, and the capture warnings the analysis adds to the constitution's validation.
 */
public final class PowerReportSection implements Section {
  private final Analysis analysis;

  /**
   * Returns the section for the trust's register on its record date.
   *
   * @param ledger the trust's share ledger, with its register of members
   */
  public PowerReportSection(ShareLedger ledger) {
    this.analysis = Analysis.of(schoolTrust(ledger), Electorate.from(ledger, SchoolTrustData.AS_AT));
  }

  /**
   * Returns the trust's constitution as far as the power report reads it: its membership and share, the
   * class shares of the vote and the general meeting's rules of the annual meeting, the board of the board
   * election, and the special resolution with class consent for amending the rules. (The school trust's profile, adjusted to the
   * trust's own classes, shares of the vote, meetings and board.)
   *
   * @param ledger the trust's share ledger
   * @return the constitution
   */
  public static Constitution schoolTrust(ShareLedger ledger) {
    AgmSection.Inputs agm = AgmSection.schoolTrust(ledger);
    Resolution special = Resolution.special(Matter.AMEND_RULES.title())
        .withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast()));
    // The school trust's profile, adjusted as a trust adjusts it: its own classes and membership share,
    // its fixed class shares of the vote and meeting rules, its board, and class consent to amend the rules.
    Constitution profile = Profiles.schoolTrust(SchoolTrustData.NAME, SchoolTrustData.FOUNDED, SchoolTrustData.AREA,
        agm.rules().quorum(), 6, 3);
    Map<Matter, Procedure> table = new LinkedHashMap<>(profile.matters());
    table.put(Matter.AMEND_RULES, new Procedure.AtMeeting(special));
    return Constitution.builder().from(profile)
        .objects("to advance education in " + SchoolTrustData.AREA + " through its co-operative schools")
        .membership(SchoolTrustData.membershipRules())
        .shareClasses(List.of(SchoolTrustData.membershipShare()))
        .voting(agm.roll().rules())
        .generalMeetings(agm.rules())
        .matters(table)
        .board(BoardElectionSection.boardRules())
        .investorClasses(ImmutableSortedSet.<ClassId>of())
        .staffClasses(ImmutableSortedSet.of(SchoolTrustData.STAFF, SchoolTrustData.LEADERS))
        .build();
  }


  @Override
  public String title() {
    return "Who really holds the power";
  }

  @Override
  public void print(PrintStream out) {
    for (Map.Entry<String, Matter> m : Map.of("Ordinary resolution", Matter.ORDINARY_BUSINESS,
        "Special resolution with class consent", Matter.AMEND_RULES).entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      CaptureReport r = analysis.capture(m.getValue());
      out.println(m.getKey() + ":");
      out.printf("  %-20s %7s %9s %9s %9s%n", "class", "members", "nominal", "Banzhaf", "Shapley");
      for (ClassCapture c : r.classes()) {
        out.printf("  %-20s %7d %9s %9s %9s%n", c.className(), c.members(), percent(c.nominal()),
            c.banzhaf().map(PowerReportSection::percent).orElse("-"),
            c.shapleyShubik().map(PowerReportSection::percent).orElse("-"));
      }
      for (String line : r.explain().split("\n")) {
        if (!line.startsWith("  ") || line.startsWith("  board")) {
          continue;   // the title is printed above, the board once below
        }
        out.println(line);
      }
    }
    out.println("The board, each class voting solidly for its own candidates:");
    analysis.capture(Matter.ORDINARY_BUSINESS).board().forEach(b -> out.println("  " + b.explain()));
    List<Violation> warnings = analysis.validate().violations().stream()
        .filter(v -> v.code() == ViolationCode.VETO_NOT_INTENDED || v.code() == ViolationCode.NO_POWER).toList();
    out.println("Capture warnings: " + (warnings.isEmpty() ? "none" : warnings.size()));
    warnings.forEach(v -> out.println("  " + v));
  }

  private static String percent(Fraction f) {
    return f.times(100).toDecimalString(1, RoundingMode.HALF_EVEN) + "%";
  }

  /**
   * Prints the section for the trust's register.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PowerReportSection s = new PowerReportSection(SchoolTrustData.ledger());
    System.out.println(s.title());
    s.print(System.out);
  }
}
