package org.commonweal.governance.constitution;

import java.time.LocalDate;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.QuorumRule;

/**
 * One constitution from every profile of {@link Profiles}, with the parameters the sources leave open
 * set to plausible values: for tests of every package that takes a constitution (storage, analysis,
 * validation), and for systems built on the library through the test-jar.
 */
public final class ProfileFixtures {
  /** The date every fixture was adopted. */
  public static final LocalDate ADOPTED = LocalDate.of(2026, 4, 1);
  /** The area of benefit of the fixtures that have one. */
  public static final String AREA = "Eastfield";
  /** The general meeting quorum of the fixtures that take one: the greater of 3 members and a tenth. */
  public static final QuorumRule QUORUM =
      QuorumRule.greaterOf(QuorumRule.members(3), QuorumRule.fractionOfMembers(Fraction.of(1, 10)));

  private ProfileFixtures() {}

  /**
   * Returns one constitution from each profile (two from FairShares: the company and the
   * regulator-approved society).
   *
   * @return the constitutions, in the order of the profiles' table in the README
   */
  public static List<Constitution> all() {
    return List.of(
        Profiles.ukCooperativeSociety("Valley Foods Co-operative", ADOPTED, QUORUM),
        Profiles.communityBenefitSociety("Eastfield Community Energy", "To generate renewable energy for Eastfield", ADOPTED, QUORUM),
        Profiles.workerCooperative("Northside Bakers", ADOPTED, 5),
        Profiles.somersetRules("Levels Care Co-operative", ADOPTED, QUORUM),
        Profiles.fairShares("Open Tools", ADOPTED, false),
        Profiles.fairShares("Open Tools Co-operative", ADOPTED, true),
        Profiles.schoolTrust("Eastfield Learning Trust", ADOPTED, AREA, QUORUM, 4, 3),
        Profiles.communityLandTrust("Eastfield Community Land Trust", ADOPTED, AREA, QUORUM, 3),
        Profiles.housingSociety("Eastfield Homes", ADOPTED, AREA, QUORUM, 9),
        Profiles.developmentTrust("Eastfield Development Trust", ADOPTED, AREA, QUORUM, 7),
        Profiles.communityHub("Eastfield Hub", ADOPTED, AREA, QUORUM));
  }
}
