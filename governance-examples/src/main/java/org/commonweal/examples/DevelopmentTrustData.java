package org.commonweal.examples;

import java.time.LocalDate;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Profiles;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;

/**
 * The second example's data: Millbrook Development Trust, a fictional resident-controlled development
 * trust built from {@link Profiles#developmentTrust}: everyone of 16 or over living in Millbrook may
 * join as a resident member with a vote, people from elsewhere join as supporters without one, and
 * the resident members elect the whole board of five.
 */
public final class DevelopmentTrustData {
  /** The trust's name. */
  public static final String NAME = "Millbrook Development Trust";

  /** The area of benefit. */
  public static final String AREA = "Millbrook";

  /** The date the rules took effect and the first members were admitted. */
  public static final LocalDate FOUNDED = LocalDate.of(2025, 3, 3);

  /** The record date of the 2026 annual meeting, on which notice is given. */
  public static final LocalDate AS_AT = LocalDate.of(2026, 9, 1);

  /** The seats the resident members elect. */
  public static final int BOARD_SEATS = 5;

  /** The membership share every member holds. */
  public static final ShareClassId MEMBERSHIP_SHARE = ShareClassId.of("membership");

  private DevelopmentTrustData() {}

  /**
   * Returns the trust's constitution: the development trust profile, with a quorum of the greater of
   * 6 members and a tenth of the members (the profile's parameter: the model gives no number).
   *
   * @return the constitution
   */
  public static Constitution constitution() {
    return Profiles.developmentTrust(NAME, FOUNDED, AREA,
        QuorumRule.greaterOf(QuorumRule.members(6), QuorumRule.fractionOfMembers(Fraction.of(1, 10))), BOARD_SEATS);
  }

  /** A member of the example. */
  private record Person(String id, String name, ClassId stakeholderClass, LocalDate born, LocalDate admitted) {}

  private static final LocalDate AUTUMN = LocalDate.of(2025, 10, 6);

  private static final List<Person> PEOPLE = List.of(
      new Person("MDT-001", "Doreen Ashworth", Profiles.RESIDENTS, LocalDate.of(1949, 5, 2), FOUNDED),
      new Person("MDT-002", "Kofi Boateng", Profiles.RESIDENTS, LocalDate.of(1978, 8, 19), FOUNDED),
      new Person("MDT-003", "Agnieszka Nowak", Profiles.RESIDENTS, LocalDate.of(1986, 2, 11), FOUNDED),
      new Person("MDT-004", "Sean Gallagher", Profiles.RESIDENTS, LocalDate.of(1971, 12, 1), FOUNDED),
      new Person("MDT-005", "Parveen Akhtar", Profiles.RESIDENTS, LocalDate.of(1983, 4, 23), FOUNDED),
      new Person("MDT-006", "Gwen Roberts", Profiles.RESIDENTS, LocalDate.of(1960, 9, 7), FOUNDED),
      new Person("MDT-007", "Tunde Bakare", Profiles.RESIDENTS, LocalDate.of(1992, 6, 30), FOUNDED),
      new Person("MDT-008", "Ellie Marsh", Profiles.RESIDENTS, LocalDate.of(2004, 1, 15), FOUNDED),
      new Person("MDT-009", "Harjit Sandhu", Profiles.RESIDENTS, LocalDate.of(1967, 3, 28), FOUNDED),
      new Person("MDT-010", "Maureen Doyle", Profiles.RESIDENTS, LocalDate.of(1955, 10, 12), FOUNDED),
      new Person("MDT-011", "Callum Reid", Profiles.RESIDENTS, LocalDate.of(1998, 7, 4), FOUNDED),
      new Person("MDT-012", "Layla Hassan", Profiles.RESIDENTS, LocalDate.of(1989, 11, 21), FOUNDED),
      new Person("MDT-013", "Peter Lindqvist", Profiles.SUPPORTERS, LocalDate.of(1975, 2, 17), FOUNDED),
      new Person("MDT-014", "Rosa Ferreira", Profiles.SUPPORTERS, LocalDate.of(1981, 5, 9), FOUNDED),
      new Person("MDT-015", "Dev Chauhan", Profiles.RESIDENTS, LocalDate.of(1994, 8, 8), AUTUMN),
      new Person("MDT-016", "Brenda Okafor", Profiles.RESIDENTS, LocalDate.of(1963, 12, 25), AUTUMN),
      new Person("MDT-017", "Tom Whitlock", Profiles.RESIDENTS, LocalDate.of(2009, 4, 1), AUTUMN),
      new Person("MDT-018", "Iris Campbell", Profiles.RESIDENTS, LocalDate.of(1979, 6, 14), AUTUMN),
      new Person("MDT-019", "Nia Thomas", Profiles.SUPPORTERS, LocalDate.of(1990, 9, 3), AUTUMN),
      new Person("MDT-020", "Arjun Mehta", Profiles.RESIDENTS, LocalDate.of(1985, 1, 29), AUTUMN));

  private static Facts facts(Person p) {
    Facts.Builder f = Facts.builder().dateOfBirth(p.born());
    // Supporters live elsewhere; residents in the area of benefit.
    f.addAreasOfResidence(p.stakeholderClass().equals(Profiles.RESIDENTS) ? AREA : "Hollins Cross");
    return f.build();
  }

  /**
   * Returns the members' applications, in order of reference.
   *
   * @return the applications
   */
  public static List<Application> applications() {
    return PEOPLE.stream().map(p -> Application.of(MemberId.of(p.id()), p.name(), p.stakeholderClass(), facts(p))).toList();
  }

  /**
   * Returns the trust's share ledger as at {@link #AS_AT}: every member admitted with one membership
   * share under the profile's eligibility rules; then a resident who moved out of Millbrook ceased.
   *
   * @return the ledger, with the register of members
   */
  public static ShareLedger ledger() {
    Constitution c = constitution();
    ShareLedger ledger = c.ledger(c.emptyRegister());
    List<Application> applications = applications();
    for (LocalDate day : List.of(FOUNDED, AUTUMN)) {
      for (int i = 0; i < PEOPLE.size(); i++) {
        if (PEOPLE.get(i).admitted().equals(day)) {
          ledger = ledger.admit(applications.get(i), MEMBERSHIP_SHARE, 1, day).orElseThrow();
        }
      }
    }
    // Callum Reid moved out of Millbrook, and so out of the resident class.
    return ledger.cease(MemberId.of("MDT-011"), LocalDate.of(2026, 5, 29), "moved out of the area of benefit").orElseThrow();
  }
}
