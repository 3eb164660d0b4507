package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.commonweal.governance.analysis.CaptureReport;
import org.commonweal.governance.analysis.ClassCapture;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Profiles;
import org.junit.jupiter.api.Test;

/**
 * The development trust's and the community hub's power reports, from their profiles on their real
 * registers: what each prints is the analysis's own words, and in the hub neither paid staff nor any one
 * class carries a resolution alone.
 */
class ProfilePowerSectionTest {

  private static String printed(ProfilePowerSection s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    s.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void communityHub_noClassPassesAResolutionAlone_andStaffPassNothing() {
    ProfilePowerSection s = new ProfilePowerSection(CommunityHubData.constitution(), CommunityHubData.ledger(), CommunityHubData.AS_AT);
    String text = printed(s);
    for (Matter m : new Matter[] {Matter.ORDINARY_BUSINESS, Matter.AMEND_RULES}) {
      CaptureReport r = s.analysis().capture(m);
      assertTrue(text.contains(r.explain()), "the report prints the analysis's findings");
      for (ClassCapture c : r.classes()) {
        assertFalse(c.passesAlone(), c.className() + " passes " + m.title() + " alone");
      }
    }
    assertTrue(s.analysis().capture(Matter.AMEND_RULES).classes().stream()
        .anyMatch(c -> c.className().equals(Profiles.STAFF.toString())), "staff are among the classes analysed");
  }

  @Test
  void developmentTrust_residentsHoldThePower() {
    ProfilePowerSection s = new ProfilePowerSection(DevelopmentTrustData.constitution(), DevelopmentTrustData.ledger(),
        DevelopmentTrustData.AS_AT);
    CaptureReport r = s.analysis().capture(Matter.ORDINARY_BUSINESS);
    assertTrue(printed(s).contains(r.explain()));
    ClassCapture residents = r.classes().stream().filter(c -> c.className().equals(Profiles.RESIDENTS.toString()))
        .findFirst().orElseThrow();
    // Supporters join without a vote: the resident members carry ordinary business alone, as the trust means.
    assertTrue(residents.passesAlone(), r.explain());
    // The resident members are the whole electorate: a veto is theirs by design, not a warning.
    assertTrue(s.analysis().validate().violations().isEmpty(), s.analysis().validate()::explain);
  }
}
