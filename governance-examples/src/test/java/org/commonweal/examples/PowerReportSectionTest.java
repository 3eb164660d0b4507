package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The power report of the flagship school trust: 30 members (6 residents, 7 parents and carers, 4 school
 * leaders, 6 staff, 7 students) holding 10%, 30%, 10%, 30% and 20% of the vote.
 */
class PowerReportSectionTest {

  static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new PowerReportSection(SchoolTrustData.ledger()).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void print_ordinary_fewestWhoCarryItWithEveryoneVoting() {
    String text = printed();
    // A member of staff holds 30%/6 = 5%, a parent 30%/7 = 4.29%: all 6 staff and 5 parents hold 51.4%, and
    // no 10 members hold more than half (6 staff and 4 parents: 47.1%).
    String ordinary = text.substring(text.indexOf("Ordinary resolution:"), text.indexOf("Special resolution"));
    assertTrue(ordinary.contains("when every member votes, the fewest who carry it against the rest: 11"), text);
    assertTrue(ordinary.contains("  staff                      6     30.0%"), text);
  }

  @Test
  void print_special_classConsentGivesEveryClassAVeto() {
    String text = printed();
    // A majority of each class (4 + 4 + 3 + 4 + 4 = 19 members) holds 62.7%; three more, the heaviest (two
    // staff and a parent), reach 77.0% of the 75% needed, and no two more can (at most 10 points): 22.
    String special = text.substring(text.indexOf("Special resolution"), text.indexOf("The board"));
    assertTrue(special.contains("when every member votes, the fewest who carry it against the rest: 22"), text);
    for (String c : new String[] {"local-residents", "parents-and-carers", "school-leaders", "staff", "students"}) {
      assertTrue(special.contains(c + ": ") && special.contains("blocks it alone"), c);
    }
    assertTrue(special.lines().filter(l -> l.contains("blocks it alone")).count() == 5, special);
  }

  @Test
  void print_quorumOfTen_isTheCaptureFinding() {
    String text = printed();
    // The quorum is the greater of 10 members and a fifth of 30, with one member of each class: 10 members
    // at a meeting the rest stay away from carry even the special resolution.
    assertTrue(text.contains("the smallest quorate meeting: 10 members; the fewest who carry it at a meeting the rest "
        + "stay away from: 10"), text);
    // 7 of 30 voters are short of one Droop quota (30/3 = 10) for the two general seats.
    assertTrue(text.contains("staff: 1 reserved seat, and sure of 0 of 2 general seats (6 of 30 voters"), text);
    // The profile's table asks a special resolution (75%) to expel a member or dispose of assets, with no
    // class consent: the parents' and the staff's 30% of the vote each block those alone.
    assertTrue(text.contains("class staff can block \"Expel a member\" alone"), text);
    assertTrue(text.contains("class parents-and-carers can block \"Dispose of assets\" alone"), text);
  }

  @Test
  void schoolTrust_isItsProfileAdjusted_andValidatesWithNoError() {
    org.commonweal.governance.constitution.Constitution c = PowerReportSection.schoolTrust(SchoolTrustData.ledger());
    org.commonweal.governance.constitution.ValidationReport r = c.validate();
    org.junit.jupiter.api.Assertions.assertTrue(r.isValid(), r::explain);
    org.junit.jupiter.api.Assertions.assertEquals(org.commonweal.governance.constitution.OrganisationType.COMMUNITY_BENEFIT_SOCIETY, c.type());
    org.junit.jupiter.api.Assertions.assertTrue(c.assetLock().isPresent(), "the profile's asset lock is kept");
  }
}
