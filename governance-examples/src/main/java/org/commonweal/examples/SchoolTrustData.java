package org.commonweal.examples;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareLimits;
import org.commonweal.governance.shares.StatutoryCap;

/**
 * The flagship example's data: Brookfield Co-operative Learning Trust, a fictional co-operative school
 * trust with five stakeholder classes (students, parents and carers, staff, school leaders, local
 * residents), as in the member classes of co-operative school trusts, and a register of a few dozen
 * members who each hold one GBP 1 membership share.
 *
 * <p>Every factory builds its value afresh from the constitution's rules; the register is built by the
 * library's own transitions (admission with a share, change of class, suspension, cessation), so that
 * the example shows them at work.
 */
public final class SchoolTrustData {
  /** The trust's name. */
  public static final String NAME = "Brookfield Co-operative Learning Trust";

  /** The date the trust's first members were admitted. */
  public static final LocalDate FOUNDED = LocalDate.of(2024, 9, 2);

  /** The date at which the example reports the register. */
  public static final LocalDate AS_AT = LocalDate.of(2025, 10, 1);

  /** The trust's area of benefit, in which local residents must live. */
  public static final String AREA = "Brookfield";

  /** The statement a parent or carer attests. */
  public static final String PARENT = "parent or carer of a student at a trust school";

  /** The statement a school leader attests. */
  public static final String LEADER = "member of a trust school's leadership team";

  /** Students of the trust's schools. */
  public static final ClassId STUDENTS = ClassId.of("students");

  /** Parents and carers of students. */
  public static final ClassId PARENTS = ClassId.of("parents-and-carers");

  /** Staff of the trust's schools. */
  public static final ClassId STAFF = ClassId.of("staff");

  /** Members of the schools' leadership teams. */
  public static final ClassId LEADERS = ClassId.of("school-leaders");

  /** People who live in the area of benefit. */
  public static final ClassId RESIDENTS = ClassId.of("local-residents");

  /** The membership share's id. */
  public static final ShareClassId MEMBERSHIP_SHARE = ShareClassId.of("membership");

  private static final Currency GBP = Currency.getInstance("GBP");

  private SchoolTrustData() {}

  /**
   * Returns the membership part of the trust's constitution: five classes, one class per member.
   *
   * @return the membership rules
   */
  public static MembershipRules membershipRules() {
    return MembershipRules.of(
        ClassPolicy.ONE_CLASS,
        StakeholderClass.of(STUDENTS, "Students", Eligibility.enrolled().and(Eligibility.minimumAge(11))),
        StakeholderClass.of(PARENTS, "Parents and carers", Eligibility.attested(PARENT).and(Eligibility.minimumAge(18))),
        StakeholderClass.of(STAFF, "Staff", Eligibility.employedAtLeastHours(8).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(LEADERS, "School leaders", Eligibility.attested(LEADER).and(Eligibility.employedAtLeastHours(8))),
        StakeholderClass.of(RESIDENTS, "Local residents", Eligibility.residentIn(AREA).and(Eligibility.minimumAge(16))));
  }

  /**
   * Returns the trust's one class of shares: GBP 1, neither withdrawable nor transferable, carrying the
   * member's vote; every member holds exactly one.
   *
   * @return the membership share
   */
  public static ShareClass membershipShare() {
    return ShareClass.builder()
        .id(MEMBERSHIP_SHARE)
        .name("Membership share")
        .parValue(Money.ofMajor(1, GBP))
        .withdrawable(false)
        .transferable(false)
        .voting(true)
        .maxInterestRate(Fraction.ZERO)
        .addHolders(STUDENTS, PARENTS, STAFF, LEADERS, RESIDENTS)
        .limits(ShareLimits.builder().toBeMember(1).maxPerMember(1).build())
        .build();
  }

  /** A member of the example: who they are and when they joined. */
  private record Person(String id, String name, ClassId stakeholderClass, LocalDate born, LocalDate admitted) {}

  private static final LocalDate SPRING = LocalDate.of(2025, 1, 13);
  private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 3);

  private static final List<Person> PEOPLE = List.of(
      new Person("BCL-001", "Amara Osei", LEADERS, LocalDate.of(1976, 4, 12), FOUNDED),
      new Person("BCL-002", "Tom Hargreaves", LEADERS, LocalDate.of(1981, 11, 3), FOUNDED),
      new Person("BCL-003", "Priya Natarajan", STAFF, LocalDate.of(1988, 6, 21), FOUNDED),
      new Person("BCL-004", "Gareth Lloyd", STAFF, LocalDate.of(1979, 2, 8), FOUNDED),
      new Person("BCL-005", "Siobhan Keane", STAFF, LocalDate.of(1992, 9, 30), FOUNDED),
      new Person("BCL-006", "Kwame Mensah", STAFF, LocalDate.of(1985, 1, 17), FOUNDED),
      new Person("BCL-007", "Hannah Whitfield", STAFF, LocalDate.of(1996, 12, 5), FOUNDED),
      new Person("BCL-008", "Yusuf Demir", PARENTS, LocalDate.of(1983, 7, 14), FOUNDED),
      new Person("BCL-009", "Claire Bennett", PARENTS, LocalDate.of(1986, 3, 22), FOUNDED),
      new Person("BCL-010", "Mei Lin Chen", PARENTS, LocalDate.of(1980, 10, 9), FOUNDED),
      new Person("BCL-011", "Daniel Okonkwo", PARENTS, LocalDate.of(1978, 5, 27), FOUNDED),
      new Person("BCL-012", "Rhiannon Price", PARENTS, LocalDate.of(1990, 8, 2), FOUNDED),
      new Person("BCL-013", "Imran Qureshi", PARENTS, LocalDate.of(1984, 12, 19), FOUNDED),
      new Person("BCL-014", "Lily Hargreaves", STUDENTS, LocalDate.of(2010, 2, 14), FOUNDED),
      new Person("BCL-015", "Aisha Demir", STUDENTS, LocalDate.of(2011, 6, 1), FOUNDED),
      new Person("BCL-016", "Oscar Bennett", STUDENTS, LocalDate.of(2009, 11, 23), FOUNDED),
      new Person("BCL-017", "Zainab Qureshi", STUDENTS, LocalDate.of(2012, 4, 7), FOUNDED),
      new Person("BCL-018", "Ethan Price", STUDENTS, LocalDate.of(2008, 9, 15), FOUNDED),
      new Person("BCL-019", "Chloe Okonkwo", STUDENTS, LocalDate.of(2010, 12, 30), FOUNDED),
      new Person("BCL-020", "Margaret Ellis", RESIDENTS, LocalDate.of(1952, 3, 11), FOUNDED),
      new Person("BCL-021", "Raj Patel", RESIDENTS, LocalDate.of(1967, 8, 29), FOUNDED),
      new Person("BCL-022", "Joan Whitaker", RESIDENTS, LocalDate.of(1958, 1, 4), FOUNDED),
      new Person("BCL-023", "Femi Adeyemi", RESIDENTS, LocalDate.of(1990, 5, 16), SPRING),
      new Person("BCL-024", "Sophie Marchetti", STAFF, LocalDate.of(1994, 4, 3), SPRING),
      new Person("BCL-025", "Jack Thornton", STUDENTS, LocalDate.of(2012, 7, 19), SPRING),
      new Person("BCL-026", "Nadia Haddad", PARENTS, LocalDate.of(1987, 2, 25), SPRING),
      new Person("BCL-027", "Owen Griffiths", RESIDENTS, LocalDate.of(1975, 11, 12), SPRING),
      new Person("BCL-028", "Grace Achterberg", LEADERS, LocalDate.of(1983, 9, 9), SPRING),
      new Person("BCL-029", "Leo Nakamura", STUDENTS, LocalDate.of(2013, 3, 28), SEPTEMBER),
      new Person("BCL-030", "Fatima Bello", PARENTS, LocalDate.of(1989, 6, 13), SEPTEMBER),
      new Person("BCL-031", "Ewan MacLeod", STAFF, LocalDate.of(1999, 10, 21), SEPTEMBER),
      new Person("BCL-032", "Beatrice Fox", RESIDENTS, LocalDate.of(2007, 12, 1), SEPTEMBER));

  /**
   * Returns the facts a person attests for their class: date of birth, and enrolment, parenthood,
   * hours worked, leadership or residence as the class needs.
   */
  private static Facts facts(Person p, ClassId c) {
    Facts.Builder f = Facts.builder();
    f.dateOfBirth(p.born());
    if (c.equals(STUDENTS)) {
      f.enrolled(true);
    } else if (c.equals(PARENTS)) {
      f.addStatements(PARENT);
    } else if (c.equals(STAFF)) {
      f.weeklyHours(Fraction.of(p.name().length() % 2 == 0 ? 37 : 22));
    } else if (c.equals(LEADERS)) {
      f.addStatements(LEADER).weeklyHours(Fraction.of(37));
    } else {
      f.addAreasOfResidence(AREA);
    }
    return f.build();
  }

  /**
   * Returns the applications of the trust's members, in order of reference.
   *
   * @return the applications
   */
  public static List<Application> applications() {
    return PEOPLE.stream().map(p -> Application.of(MemberId.of(p.id()), p.name(), p.stakeholderClass(), facts(p, p.stakeholderClass()))).toList();
  }

  /**
   * Returns the trust's share ledger as at {@link #AS_AT}: every member admitted with one membership
   * share; then a student who left the school ceased (their share cancelled), a member of staff
   * promoted to the leadership team moved class, and a parent suspended.
   *
   * @return the ledger, with the register of members
   */
  public static ShareLedger ledger() {
    ShareLedger ledger = ShareLedger.of(
        Register.empty(membershipRules()),
        List.of(membershipShare()),
        StatutoryCap.ukRegisteredSociety());
    List<Application> applications = applications();
    // Admissions in date order, as the secretary would record them.
    for (LocalDate day : List.of(FOUNDED, SPRING, SEPTEMBER)) {
      for (int i = 0; i < PEOPLE.size(); i++) {
        if (PEOPLE.get(i).admitted().equals(day)) {
          ledger = ledger.admit(applications.get(i), MEMBERSHIP_SHARE, 1, day).orElseThrow();
        }
      }
      if (day.equals(SPRING)) {
        // Ethan Price left the school at the end of the summer term.
        ledger = ledger.cease(MemberId.of("BCL-018"), LocalDate.of(2025, 7, 18), "left the school").orElseThrow();
      }
    }
    Person promoted = PEOPLE.get(2);
    LocalDate promotedOn = LocalDate.of(2025, 9, 1);
    ledger = ledger.updateMembership(r -> r.changeClass(MemberId.of(promoted.id()), LEADERS, facts(promoted, LEADERS), promotedOn))
        .orElseThrow();
    ledger = ledger.updateMembership(r -> r.suspend(MemberId.of("BCL-013"), LocalDate.of(2025, 9, 15), "under the code of conduct"))
        .orElseThrow();
    return ledger;
  }
}
