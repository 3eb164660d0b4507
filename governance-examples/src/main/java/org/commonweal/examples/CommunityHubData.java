package org.commonweal.examples;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * The third example's data: Eastgate Community Hub, a fictional multi-service hub built from {@link
 * Profiles#communityHub}, through which the people of Eastgate control the school, library, homes,
 * business space and one-stop shop on one site. Thirty members in six classes: pupils' families,
 * library users, tenants, business tenants, staff and local residents.
 */
public final class CommunityHubData {
  /** The hub's name. */
  public static final String NAME = "Eastgate Community Hub";

  /** The area of benefit. */
  public static final String AREA = "Eastgate";

  /** The date the rules took effect and the members were admitted. */
  public static final LocalDate FOUNDED = LocalDate.of(2025, 4, 7);

  /** The record date of the 2026 annual meeting, on which notice is given. */
  public static final LocalDate AS_AT = LocalDate.of(2026, 10, 1);

  /** The membership share every member holds. */
  public static final ShareClassId MEMBERSHIP_SHARE = ShareClassId.of("membership");

  private CommunityHubData() {}

  /**
   * Returns the hub's constitution: the community hub profile, with a quorum of the greater of 10
   * members and a tenth of the members (the profile's parameter).
   *
   * @return the constitution
   */
  public static Constitution constitution() {
    return Profiles.communityHub(NAME, FOUNDED, AREA,
        QuorumRule.greaterOf(QuorumRule.members(10), QuorumRule.fractionOfMembers(Fraction.of(1, 10))));
  }

  private record Person(String name, ClassId stakeholderClass, LocalDate born) {}

  private static final List<Person> PEOPLE = List.of(
      new Person("Shanice Campbell", Profiles.FAMILIES, LocalDate.of(1988, 3, 14)),
      new Person("Marek Kowalski", Profiles.FAMILIES, LocalDate.of(1982, 7, 2)),
      new Person("Halima Yusuf", Profiles.FAMILIES, LocalDate.of(1990, 11, 23)),
      new Person("Gary Pearson", Profiles.FAMILIES, LocalDate.of(1979, 1, 8)),
      new Person("Bronwen Hughes", Profiles.FAMILIES, LocalDate.of(1985, 5, 30)),
      new Person("Edith Carter", Profiles.LIBRARY_USERS, LocalDate.of(1944, 2, 19)),
      new Person("Ravi Shankar", Profiles.LIBRARY_USERS, LocalDate.of(2006, 9, 9)),
      new Person("Olu Adebayo", Profiles.LIBRARY_USERS, LocalDate.of(1972, 4, 4)),
      new Person("Kirsty Munro", Profiles.LIBRARY_USERS, LocalDate.of(1995, 12, 12)),
      new Person("Dennis Flynn", Profiles.TENANTS, LocalDate.of(1958, 6, 6)),
      new Person("Amina Warsame", Profiles.TENANTS, LocalDate.of(1987, 8, 17)),
      new Person("Jade Simpson", Profiles.TENANTS, LocalDate.of(1999, 3, 3)),
      new Person("Viktor Popescu", Profiles.TENANTS, LocalDate.of(1976, 10, 27)),
      new Person("Lorraine Baker", Profiles.TENANTS, LocalDate.of(1964, 1, 31)),
      new Person("Sunil Rao", Profiles.BUSINESS_TENANTS, LocalDate.of(1970, 5, 5)),
      new Person("Claire Dubois", Profiles.BUSINESS_TENANTS, LocalDate.of(1983, 2, 2)),
      new Person("Femi Oyelaran", Profiles.BUSINESS_TENANTS, LocalDate.of(1991, 7, 7)),
      new Person("Alison Grant", Profiles.STAFF, LocalDate.of(1975, 9, 15)),
      new Person("Mohammed Iqbal", Profiles.STAFF, LocalDate.of(1989, 4, 20)),
      new Person("Natalie Brooks", Profiles.STAFF, LocalDate.of(1993, 8, 1)),
      new Person("Stuart Kerr", Profiles.STAFF, LocalDate.of(1968, 12, 5)),
      new Person("Winifred Osei", Profiles.RESIDENTS, LocalDate.of(1951, 3, 3)),
      new Person("Liam O'Connor", Profiles.RESIDENTS, LocalDate.of(1984, 6, 18)),
      new Person("Samira Haddad", Profiles.RESIDENTS, LocalDate.of(1992, 2, 28)),
      new Person("Graham Fletcher", Profiles.RESIDENTS, LocalDate.of(1960, 10, 10)),
      new Person("Precious Ndlovu", Profiles.RESIDENTS, LocalDate.of(1997, 1, 22)),
      new Person("Hugh Jenkins", Profiles.RESIDENTS, LocalDate.of(1947, 8, 8)),
      new Person("Mei Wong", Profiles.RESIDENTS, LocalDate.of(1980, 4, 16)),
      new Person("Tariq Aziz", Profiles.RESIDENTS, LocalDate.of(2008, 11, 1)),
      new Person("June Lawrence", Profiles.RESIDENTS, LocalDate.of(1956, 7, 19)));

  /** The statement, hours, tenancy or residence each class's eligibility asks for, with the date of birth. */
  private static Facts facts(Person p) {
    Facts.Builder f = Facts.builder().dateOfBirth(p.born());
    ClassId c = p.stakeholderClass();
    if (c.equals(Profiles.FAMILIES)) {
      f.addStatements("parent or carer of a pupil at the hub's school");
    } else if (c.equals(Profiles.LIBRARY_USERS)) {
      f.addStatements("holds a card of the hub's library");
    } else if (c.equals(Profiles.TENANTS)) {
      f.tenant(true);
    } else if (c.equals(Profiles.BUSINESS_TENANTS)) {
      f.addStatements("rents business space at the hub");
    } else if (c.equals(Profiles.STAFF)) {
      f.weeklyHours(Fraction.of(30));
    } else {
      f.addAreasOfResidence(AREA);
    }
    return f.build();
  }

  /**
   * Returns the reference of the n-th member.
   *
   * @param n the number, from 1
   * @return {@code ECH-001} for 1
   */
  public static MemberId id(int n) {
    return MemberId.of(String.format("ECH-%03d", n));
  }

  /**
   * Returns the members' applications, in order of reference.
   *
   * @return the applications
   */
  public static List<Application> applications() {
    List<Application> out = new ArrayList<>();
    for (int i = 0; i < PEOPLE.size(); i++) {
      Person p = PEOPLE.get(i);
      out.add(Application.of(id(i + 1), p.name(), p.stakeholderClass(), facts(p)));
    }
    return out;
  }

  /**
   * Returns the hub's share ledger as at {@link #AS_AT}: every member admitted on the founding day with
   * one membership share, under the profile's eligibility rules.
   *
   * @return the ledger, with the register of members
   */
  public static ShareLedger ledger() {
    Constitution c = constitution();
    ShareLedger ledger = c.ledger(c.emptyRegister());
    for (Application a : applications()) {
      ledger = ledger.admit(a, MEMBERSHIP_SHARE, 1, FOUNDED).orElseThrow();
    }
    return ledger;
  }
}
