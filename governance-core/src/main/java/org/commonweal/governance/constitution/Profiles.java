package org.commonweal.governance.constitution;

import static org.commonweal.governance.constitution.ProfileParts.GBP;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.board.AppointedSeats;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.meeting.AdjournmentRule;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.NoticeRule;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLimits;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.VotingRules;

/**
 * Profiles of real model rules: each factory returns a ready {@link Constitution} that a user starts
 * from and adjusts ({@code Constitution.builder().from(profile)...build()}), reproducing the numbers of
 * the statute or model it names. Where the source gives no number (a society's general meeting quorum,
 * the size of a board), the factory takes it as a parameter and its documentation says so.
 *
 * <table>
 *   <caption>Profiles</caption>
 *   <tr><th>factory</th><th>model</th><th>legal form</th></tr>
 *   <tr><td>{@link #ukCooperativeSociety}</td><td>Co-operative and Community Benefit Societies Act
 *       2014</td><td>co-operative society</td></tr>
 *   <tr><td>{@link #communityBenefitSociety}</td><td>the same Act, with the statutory asset lock of SI
 *       2006/264</td><td>community benefit society</td></tr>
 *   <tr><td>{@link #workerCooperative}</td><td>Co-operatives UK worker co-operative articles</td><td>company
 *       limited by guarantee</td></tr>
 *   <tr><td>{@link #somersetRules}</td><td>Somerset Rules, fixed class shares of the vote</td><td>co-operative
 *       society</td></tr>
 *   <tr><td>{@link #fairShares}</td><td>FairShares Model (and its regulator-approved variant)</td><td>company
 *       limited by shares, or co-operative society</td></tr>
 *   <tr><td>{@link #schoolTrust}</td><td>co-operative school trust with a stakeholder forum</td><td>community
 *       benefit society</td></tr>
 *   <tr><td>{@link #communityLandTrust}</td><td>community land trust, classic board in thirds; Housing and
 *       Regeneration Act 2008 s.79</td><td>community benefit society</td></tr>
 *   <tr><td>{@link #housingSociety}</td><td>housing society, tenants at most a third</td><td>community
 *       benefit society</td></tr>
 *   <tr><td>{@link #developmentTrust}</td><td>resident-controlled development trust</td><td>community
 *       benefit society</td></tr>
 *   <tr><td>{@link #communityHub}</td><td>multi-service community hub, no group in control</td><td>community
 *       benefit society</td></tr>
 * </table>
 *
 * <p>Every profile fills the table of {@link Matter}s with its legal form's statutory procedure
 * (amalgamation and conversion of a society at two meetings, CCBS Act 2014 ss.111 and 113; dissolution
 * by instrument, s.119; a company's articles by special resolution, Companies Act 2006 s.283; removal of
 * a director by ordinary resolution, s.168), names its investor and staff classes and its area of
 * benefit where it has them, and is meant to validate with no error.
 *
 * <pre>{@code
 * Constitution c = Profiles.workerCooperative("Northside Bakers", LocalDate.of(2026, 4, 1), 5);
 * QuorumDecision q = c.quorum(meeting, attendance);        // greater of 2 and half the members
 * ResolutionOutcome o = c.decide(Matter.AMEND_RULES, tally); // 75% of votes cast, a tie lost
 * }</pre>
 *
 * <p>The profiles restate no rule of the packages below: they only choose among their factories.
 * Immutable values; the class has no state and is thread-safe.
 *
 * @since 0.1.0
 */
public final class Profiles {
  private Profiles() {}

  /** The members of a single-class society. */
  public static final ClassId MEMBERS = ClassId.of("members");
  /** Worker members: employees of the organisation (worker co-operative, Somerset Rules). */
  public static final ClassId WORKERS = ClassId.of("workers");
  /** Investor members, holding investor (equity) shares. */
  public static final ClassId INVESTORS = ClassId.of("investors");
  /** Client (user) members of a Somerset Rules society. */
  public static final ClassId CLIENTS = ClassId.of("clients");
  /** FairShares founder members. */
  public static final ClassId FOUNDERS = ClassId.of("founders");
  /** FairShares labour members: the people who work in the enterprise. */
  public static final ClassId LABOUR = ClassId.of("labour");
  /** FairShares user members: customers and service users. */
  public static final ClassId USERS = ClassId.of("users");
  /** Students of a school trust's schools. */
  public static final ClassId STUDENTS = ClassId.of("students");
  /** Parents and carers of students. */
  public static final ClassId PARENTS = ClassId.of("parents-and-carers");
  /** Paid staff (school trust, community hub). */
  public static final ClassId STAFF = ClassId.of("staff");
  /** Members of a school's leadership team. */
  public static final ClassId LEADERS = ClassId.of("school-leaders");
  /** People of the local community: living in the area of benefit. */
  public static final ClassId LOCAL_COMMUNITY = ClassId.of("local-community");
  /** Leaseholders of a community land trust's homes. */
  public static final ClassId LEASEHOLDERS = ClassId.of("leaseholders");
  /** People who live or work in a community land trust's area and do not hold its leases. */
  public static final ClassId RESIDENTS = ClassId.of("residents");
  /** Members who represent the public interest on a community land trust. */
  public static final ClassId PUBLIC_INTEREST = ClassId.of("public-interest");
  /** Tenants (housing society, community hub). */
  public static final ClassId TENANTS = ClassId.of("tenants");
  /** Supporting members of a development trust who do not live in its area, without a vote. */
  public static final ClassId SUPPORTERS = ClassId.of("supporters");
  /** Families of the pupils of a community hub's school. */
  public static final ClassId FAMILIES = ClassId.of("pupils-families");
  /** Users of a community hub's library. */
  public static final ClassId LIBRARY_USERS = ClassId.of("library-users");
  /** Businesses renting a community hub's business space. */
  public static final ClassId BUSINESS_TENANTS = ClassId.of("business-tenants");

  /** The matter of varying the rights of the worker co-operative's investor (equity) shares. */
  public static final Matter VARY_INVESTOR_RIGHTS = Matter.of("vary-investor-rights", "Vary the rights of investor shares");

  private static final String WORKER_ARTICLES = "Co-operatives UK worker co-operative articles";

  // ---- Registered societies -----------------------------------------------------------------

  /**
   * A co-operative society under the Co-operative and Community Benefit Societies Act 2014: at least 3
   * members (s.2(2)(b)); one class of members aged 16 or over (s.32 admits a person over 16 and under 18
   * unless the rules say otherwise); one withdrawable GBP 1 share to join, repaid at par,
   * with the GBP 100,000 cap on the withdrawable capital one individual may hold and no cap for a
   * society (s.24; Community Shares Handbook 3.2.7); one member one vote, never in proportion to shares
   * (FCA RFCCBS 6.1.3); amendment of the rules, expulsion and a disposal of assets by a special
   * resolution of 75% of the votes cast (the Act leaves the majority to the rules; 75% is the usual model
   * rules' choice); amalgamation (s.111), conversion (s.113) and dissolution (s.119) as the Act requires;
   * notice of 14 clear days.
   *
   * <p>The Act gives no quorum and no board: the quorum is a parameter, and the board is left for the
   * user to add.
   *
   * @param name the society's name
   * @param adopted the date the rules take effect (on registration)
   * @param quorum the general meeting quorum the rules choose
   * @return the constitution
   */
  public static Constitution ukCooperativeSociety(String name, LocalDate adopted, QuorumRule quorum) {
    return societyBuilder(name, adopted, OrganisationType.CO_OPERATIVE_SOCIETY,
        "To carry on business as a co-operative for the mutual benefit of its members", quorum)
        .membership(MembershipRules.of(ClassPolicy.ONE_CLASS, StakeholderClass.of(MEMBERS, "Members", Eligibility.minimumAge(16))))
        .addShareClasses(withdrawableShare(MEMBERS))
        .statutoryCap(StatutoryCap.ukRegisteredSociety())
        .matters(ProfileParts.societyMatters(Resolution.special(Matter.AMEND_RULES.title()), ProfileParts.conversion()))
        .build();
  }

  /**
   * A community benefit society under the CCBS Act 2014 (s.2(2)(a)(ii)): conducted for the benefit of
   * the community, with the statutory asset lock of SI 2006/264, under which its assets pass only to
   * another asset-locked body, a charity or a community interest company, and which cannot be removed
   * once adopted; otherwise as {@link #ukCooperativeSociety}, except that the society may not convert
   * into an ordinary company (the lock would be lost; reg. 4 of SI 2006/264).
   *
   * <p>The Act gives no quorum and no board: the quorum is a parameter, and the board is left for the
   * user to add.
   *
   * @param name the society's name
   * @param objects the community benefit the society exists for
   * @param adopted the date the rules take effect
   * @param quorum the general meeting quorum the rules choose
   * @return the constitution
   */
  public static Constitution communityBenefitSociety(String name, String objects, LocalDate adopted, QuorumRule quorum) {
    return lockedSocietyBuilder(name, objects, adopted, quorum)
        .membership(MembershipRules.of(ClassPolicy.ONE_CLASS, StakeholderClass.of(MEMBERS, "Members", Eligibility.minimumAge(16))))
        .addShareClasses(withdrawableShare(MEMBERS))
        .build();
  }

  /**
   * A Somerset Rules multi-stakeholder co-operative society: each class of members controls a fixed
   * share of the general meeting's vote whatever its headcount (a class none of whose members votes
   * has its share lapse), each member in one class, one membership share each; otherwise as {@link
   * #ukCooperativeSociety}. The published instance is {@link #somersetRules(String, LocalDate,
   * QuorumRule)}.
   *
   * <p>The rules' quorum is not among the published numbers: a parameter. Name the investor and staff
   * classes with {@code Constitution.builder().from(c)} where the classes include them.
   *
   * @param name the society's name
   * @param adopted the date the rules take effect
   * @param quorum the general meeting quorum
   * @param membership the classes and who may join each
   * @param classShares each class's fixed share of the vote, adding up to the whole
   * @return the constitution
   * @throws org.commonweal.governance.base.InvalidValueException if the class shares name a class the
   *     membership rules do not have
   */
  public static Constitution somersetRules(String name, LocalDate adopted, QuorumRule quorum,
      MembershipRules membership, Map<ClassId, Fraction> classShares) {
    Preconditions.checkNotNull(membership, "membership");
    for (ClassId c : classShares.keySet()) {
      Checks.check(membership.classIds().contains(c), "classShares", c, "class %s has a share of the vote but no place in the membership rules", c);
    }
    return societyBuilder(name, adopted, OrganisationType.CO_OPERATIVE_SOCIETY,
        "To carry on business as a multi-stakeholder co-operative for the benefit of its members", quorum)
        .membership(membership)
        .addShareClasses(ProfileParts.membershipShare(membership.classIds().toArray(new ClassId[0])))
        .statutoryCap(StatutoryCap.ukRegisteredSociety())
        .voting(VotingRules.builder().classShares(ClassShares.of(classShares, ClassShares.Absent.LAPSE)).build())
        .matters(ProfileParts.societyMatters(Resolution.special(Matter.AMEND_RULES.title()), ProfileParts.conversion()))
        .build();
  }

  /**
   * The Somerset Rules' published instance: workers (employees of 16 or over working at least 8 hours a
   * week) with half of the vote, clients and investors a quarter each; the investors are the investor
   * class and the workers the staff class. See {@link #somersetRules(String, LocalDate, QuorumRule,
   * MembershipRules, Map)}.
   *
   * @param name the society's name
   * @param adopted the date the rules take effect
   * @param quorum the general meeting quorum (not among the published numbers)
   * @return the constitution
   */
  public static Constitution somersetRules(String name, LocalDate adopted, QuorumRule quorum) {
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(WORKERS, "Workers", Eligibility.employedAtLeastHours(8).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(CLIENTS, "Clients", Eligibility.minimumAge(16)),
        StakeholderClass.of(INVESTORS, "Investors", Eligibility.minimumAge(16).or(Eligibility.memberOrganisation())));
    Map<ClassId, Fraction> shares = new LinkedHashMap<>();
    shares.put(WORKERS, Fraction.of(50, 100));
    shares.put(CLIENTS, Fraction.of(25, 100));
    shares.put(INVESTORS, Fraction.of(25, 100));
    Constitution c = somersetRules(name, adopted, quorum, membership, shares);
    return Constitution.builder().from(c).investorClasses(ImmutableSortedSet.of(INVESTORS)).staffClasses(ImmutableSortedSet.of(WORKERS)).build();
  }

  /**
   * A co-operative school trust: member classes of students, parents and carers, staff, school leaders
   * and the local community (people of 16 or over living in the area of benefit), each member in one
   * class, one membership share each and one vote; a stakeholder forum, elected by the classes, that
   * appoints a proportion of the trustees, and trustees elected by all members; paid staff (staff and
   * school leaders) at most a third of the board; the statutory asset lock. Staff and school leaders
   * are the staff classes.
   *
   * <p>The models give neither the quorum nor the size of the board, nor the proportion the forum
   * elects: each is a parameter.
   *
   * @param name the trust's name
   * @param adopted the date the rules take effect
   * @param area the area of benefit, where local community members live
   * @param quorum the general meeting quorum
   * @param electedTrustees the trustees elected by all members, at least 1
   * @param forumTrustees the trustees the stakeholder forum elects, at least 1
   * @return the constitution
   */
  public static Constitution schoolTrust(String name, LocalDate adopted, String area, QuorumRule quorum,
      int electedTrustees, int forumTrustees) {
    Checks.atLeast("electedTrustees", electedTrustees, 1);
    Checks.atLeast("forumTrustees", forumTrustees, 1);
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(STUDENTS, "Students", Eligibility.enrolled()),
        StakeholderClass.of(PARENTS, "Parents and carers",
            Eligibility.attested("parent or carer of a student at a trust school").and(Eligibility.minimumAge(16))),
        StakeholderClass.of(STAFF, "Staff", Eligibility.employedAtLeastHours(8).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(LEADERS, "School leaders",
            Eligibility.attested("member of a trust school's leadership team").and(Eligibility.employedAtLeastHours(8))),
        StakeholderClass.of(LOCAL_COMMUNITY, "Local community", Eligibility.residentIn(area).and(Eligibility.minimumAge(16))));
    int size = electedTrustees + forumTrustees;
    BoardRules board = BoardRules.builder().minSize(size).maxSize(size)
        .generalSeats(electedTrustees)
        .addAppointed(new AppointedSeats("Stakeholder forum", forumTrustees))
        .addLimits(CompositionLimit.atMost("paid staff", Group.attribute("paid staff"), Fraction.of(1, 3)))
        .build();
    return lockedSocietyBuilder(name, "To advance education in the trust's schools for the benefit of the community", adopted, quorum)
        .membership(membership)
        .areaOfBenefit(area)
        .addShareClasses(ProfileParts.membershipShare(STUDENTS, PARENTS, STAFF, LEADERS, LOCAL_COMMUNITY))
        .staffClasses(ImmutableSortedSet.of(STAFF, LEADERS))
        .board(board)
        .rotation(RotationRule.tableA())
        .boardQuorum(QuorumRule.majorityOfMembers())
        .build();
  }

  /**
   * A community land trust with the classic board in thirds: leaseholders of its homes, residents of
   * its area (people who live or work there and hold no lease), and members representing the public
   * interest, each class electing its own third of the board. Membership is open to the people who live
   * or work in the area, and the members control the trust (Housing and Regeneration Act 2008 s.79);
   * the statutory asset lock keeps its land for the community.
   *
   * <p>The model gives neither the quorum nor the number of seats in each third: parameters.
   *
   * @param name the trust's name
   * @param adopted the date the rules take effect
   * @param area the area the trust serves
   * @param quorum the general meeting quorum
   * @param seatsPerThird the seats each class elects, at least 1
   * @return the constitution
   */
  public static Constitution communityLandTrust(String name, LocalDate adopted, String area, QuorumRule quorum, int seatsPerThird) {
    Checks.atLeast("seatsPerThird", seatsPerThird, 1);
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(LEASEHOLDERS, "Leaseholders", Eligibility.tenant().and(Eligibility.minimumAge(16))),
        StakeholderClass.of(RESIDENTS, "Residents",
            Eligibility.residentIn(area).or(Eligibility.attested("works in " + area)).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(PUBLIC_INTEREST, "Public interest",
            Eligibility.attested("represents a public or voluntary body serving " + area).or(Eligibility.memberOrganisation())));
    BoardRules board = BoardRules.builder().minSize(3 * seatsPerThird).maxSize(3 * seatsPerThird)
        .addReserved(new ReservedSeats(LEASEHOLDERS, seatsPerThird), new ReservedSeats(RESIDENTS, seatsPerThird),
            new ReservedSeats(PUBLIC_INTEREST, seatsPerThird))
        .build();
    return lockedSocietyBuilder(name, "To hold land and homes in " + area + " for the benefit of its community", adopted, quorum)
        .membership(membership)
        .areaOfBenefit(area)
        .addShareClasses(ProfileParts.membershipShare(LEASEHOLDERS, RESIDENTS, PUBLIC_INTEREST))
        .board(board)
        .boardQuorum(QuorumRule.majorityOfMembers())
        .build();
  }

  /**
   * A housing society whose tenants are at most a third of its shareholders and whose board retires a
   * third each year (by the rule of {@link RotationRule#tableA()}, longest in office first). The library
   * keeps no limit on a class's headcount in the register, so the profile keeps the tenants to a third
   * where it counts: their votes at a general meeting are capped at a third of the votes, and tenant
   * board members at a third of the board.
   *
   * <p>The model gives neither the quorum nor the size of the board: parameters.
   *
   * @param name the society's name
   * @param adopted the date the rules take effect
   * @param area the area the society houses
   * @param quorum the general meeting quorum
   * @param boardSeats the seats elected by all members, at least 3
   * @return the constitution
   */
  public static Constitution housingSociety(String name, LocalDate adopted, String area, QuorumRule quorum, int boardSeats) {
    Checks.atLeast("boardSeats", boardSeats, 3);
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(TENANTS, "Tenants", Eligibility.tenant().and(Eligibility.minimumAge(16))),
        StakeholderClass.of(MEMBERS, "Community members", Eligibility.residentIn(area).and(Eligibility.minimumAge(16))));
    BoardRules board = BoardRules.builder().minSize(boardSeats).maxSize(boardSeats).generalSeats(boardSeats)
        .addLimits(CompositionLimit.atMost("tenants at most a third", Group.ofClass(TENANTS), Fraction.of(1, 3)))
        .build();
    return lockedSocietyBuilder(name, "To provide homes in " + area + " for people in housing need", adopted, quorum)
        .membership(membership)
        .areaOfBenefit(area)
        .addShareClasses(ProfileParts.membershipShare(TENANTS, MEMBERS))
        .voting(VotingRules.builder().putClassCaps(TENANTS, Fraction.of(1, 3)).build())
        .board(board)
        .rotation(RotationRule.tableA())
        .boardQuorum(QuorumRule.majorityOfMembers())
        .build();
  }

  /**
   * A resident-controlled development trust: membership open to everyone of 16 or over living in the
   * area of benefit, with one vote each, and the whole board elected by the resident members from among
   * themselves; people and organisations outside the area may join as supporters without a vote; up to
   * two co-opted directors without a vote; the statutory asset lock.
   *
   * <p>The model gives neither the quorum nor the size of the board: parameters.
   *
   * @param name the trust's name
   * @param adopted the date the rules take effect
   * @param area the area of benefit
   * @param quorum the general meeting quorum
   * @param boardSeats the seats the resident members elect, at least 3
   * @return the constitution
   */
  public static Constitution developmentTrust(String name, LocalDate adopted, String area, QuorumRule quorum, int boardSeats) {
    Checks.atLeast("boardSeats", boardSeats, 3);
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(RESIDENTS, "Resident members", Eligibility.residentIn(area).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(SUPPORTERS, "Supporters", Eligibility.not(Eligibility.residentIn(area))));
    BoardRules board = BoardRules.builder().minSize(boardSeats).maxSize(boardSeats + 2)
        .addReserved(new ReservedSeats(RESIDENTS, boardSeats))
        .maxCoopted(2)
        .coOptedVote(false)
        .build();
    return lockedSocietyBuilder(name, "To regenerate " + area + " for the benefit of the people who live there", adopted, quorum)
        .membership(membership)
        .areaOfBenefit(area)
        .addShareClasses(ProfileParts.membershipShare(RESIDENTS, SUPPORTERS))
        .voting(VotingRules.builder().addNonVotingClasses(SUPPORTERS).build())
        .board(board)
        .rotation(RotationRule.tableA())
        .boardQuorum(QuorumRule.majorityOfMembers())
        .build();
  }

  /**
   * A multi-service community hub: one body through which a local community controls a school, a
   * library, social housing, business space and a one-stop shop on one site. A class for each group it
   * serves and employs (pupils' families, library users, tenants, business tenants, staff, local
   * residents), each member in one class; mass open membership, everyone of 16 or over living in the
   * area of benefit being able to join as a local resident; and no single group, paid staff included,
   * able to control it:
   *
   * <ul>
   *   <li>fixed class shares of the vote, local residents a quarter and each other class three
   *       twentieths, a class none of whose members votes having its share lapse: no class holds a
   *       majority, let alone the three quarters of a special resolution;
   *   <li>a special resolution needs, beside 75% of the votes cast, a majority of the votes cast in each
   *       class (class consent);
   *   <li>the board of ten is elected class by class (residents 3, families 2, tenants 2, library users,
   *       business tenants and staff 1 each), no class more than a third of it and paid staff at most one
   *       seat;
   *   <li>the statutory asset lock, so that the site stays the community's.
   * </ul>
   *
   * <p>These are the profile's own numbers (there is no published model), and the quorum is a
   * parameter. Staff is the staff class.
   *
   * @param name the hub's name
   * @param adopted the date the rules take effect
   * @param area the area of benefit
   * @param quorum the general meeting quorum
   * @return the constitution
   */
  public static Constitution communityHub(String name, LocalDate adopted, String area, QuorumRule quorum) {
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(FAMILIES, "Pupils' families",
            Eligibility.attested("parent or carer of a pupil at the hub's school").and(Eligibility.minimumAge(16))),
        StakeholderClass.of(LIBRARY_USERS, "Library users",
            Eligibility.attested("holds a card of the hub's library").and(Eligibility.minimumAge(16))),
        StakeholderClass.of(TENANTS, "Tenants", Eligibility.tenant().and(Eligibility.minimumAge(16))),
        StakeholderClass.of(BUSINESS_TENANTS, "Business tenants",
            Eligibility.attested("rents business space at the hub").and(Eligibility.memberOrganisation().or(Eligibility.minimumAge(18)))),
        StakeholderClass.of(STAFF, "Staff", Eligibility.employedAtLeastHours(8).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(RESIDENTS, "Local residents", Eligibility.residentIn(area).and(Eligibility.minimumAge(16))));
    Map<ClassId, Fraction> shares = new LinkedHashMap<>();
    shares.put(RESIDENTS, Fraction.of(1, 4));
    for (ClassId c : new ClassId[] {FAMILIES, LIBRARY_USERS, TENANTS, BUSINESS_TENANTS, STAFF}) {
      shares.put(c, Fraction.of(3, 20));
    }
    BoardRules.Builder board = BoardRules.builder().minSize(10).maxSize(10)
        .addReserved(new ReservedSeats(RESIDENTS, 3), new ReservedSeats(FAMILIES, 2), new ReservedSeats(TENANTS, 2),
            new ReservedSeats(LIBRARY_USERS, 1), new ReservedSeats(BUSINESS_TENANTS, 1), new ReservedSeats(STAFF, 1))
        .addLimits(CompositionLimit.atMost("paid staff", Group.ofClass(STAFF), Fraction.of(1, 10)));
    for (ClassId c : membership.classIds()) {
      if (!c.equals(STAFF)) {
        board.addLimits(CompositionLimit.atMost("no class more than a third: " + c, Group.ofClass(c), Fraction.of(1, 3)));
      }
    }
    Resolution special = Resolution.special(Matter.AMEND_RULES.title()).withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast()));
    return lockedSocietyBuilder(name, "To run the school, library, homes, business space and one-stop shop of " + area
            + " for the benefit of its community", adopted, quorum)
        .membership(membership)
        .areaOfBenefit(area)
        .addShareClasses(ProfileParts.membershipShare(membership.classIds().toArray(new ClassId[0])))
        .staffClasses(ImmutableSortedSet.of(STAFF))
        .voting(VotingRules.builder().classShares(ClassShares.of(shares, ClassShares.Absent.LAPSE)).build())
        .matters(ProfileParts.societyMatters(special, new Procedure.Prohibited(CBS_CONVERSION)))
        .board(board.build())
        .rotation(RotationRule.tableA())
        .boardQuorum(QuorumRule.majorityOfMembers())
        .build();
  }

  // ---- Companies ----------------------------------------------------------------------------

  /**
   * The Co-operatives UK worker co-operative articles (a company limited by guarantee): every number of
   * the model.
   *
   * <ul>
   *   <li>Members: employees of 16 or over working at least 8 hours a week; investors may hold investor
   *       (equity) shares, which carry no vote.
   *   <li>The purpose and one-member-one-vote clauses are entrenched: 100% of the members to change.
   *   <li>General meetings: 14 clear days' notice (Companies Act 2006 s.307); quorum the greater of 2
   *       members or 50% of the members; inquorate after 30 minutes, the meeting adjourns and at the
   *       adjourned meeting those present are the quorum, with 7 clear days' notice if adjourned for 14
   *       days or more; a proxy holder may act for at most 5 members; 10% of the members can
   *       requisition a general meeting.
   *   <li>Resolutions: special 75% and ordinary 51% of the votes cast; written resolutions lapse after
   *       28 days and are counted against all the members; the chair has no casting vote, so a tie is
   *       lost.
   *   <li>Board: at least 2 directors, elected from the members (so aged 16 or over); at most 2 co-opted
   *       outside directors, who hold office until the next annual meeting (so are reviewed every 12
   *       months); board quorum the greater of 50% of the directors or 2; retirement by rotation (the
   *       number nearest to a third, longest in office first).
   *   <li>Changing the rights of investor shares ({@link #VARY_INVESTOR_RIGHTS}) needs 75% of the
   *       members' votes and 75% of the equity holders voting. Investors have no vote at a general
   *       meeting, so the holders consent at a class meeting: decide the matter twice, on the general
   *       meeting's tally and on a tally over {@code VotingRules.oneMemberOneVote().roll(electorate.inClass(
   *       Profiles.INVESTORS))}, and require both ({@code ResolutionOutcome.allOf}).
   * </ul>
   *
   * <p>The articles leave the number of elected directors to the members: a parameter.
   *
   * @param name the co-operative's name
   * @param adopted the date the articles take effect
   * @param directors the directors the members elect, at least 2
   * @return the constitution
   */
  public static Constitution workerCooperative(String name, LocalDate adopted, int directors) {
    Checks.atLeast("directors", directors, 2);
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(WORKERS, "Worker members", Eligibility.employedAtLeastHours(8).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(INVESTORS, "Investor members", Eligibility.minimumAge(16).or(Eligibility.memberOrganisation())));
    MeetingRules general = MeetingRules.builder()
        .notice(NoticeRule.clearDays(14))
        .quorum(QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF)))
        .adjournment(AdjournmentRule.builder().waitFor(Duration.ofMinutes(30)).adjournedQuorum(QuorumRule.thosePresent())
            .longAdjournmentDays(14).longAdjournmentNoticeDays(7).build())
        .proxies(ProxyRules.upToPerHolder(5))
        .requisition(QuorumRule.fractionOfMembers(Fraction.of(1, 10)))
        .build();
    Resolution special = Resolution.special(Matter.AMEND_RULES.title()).withTieRule(TieRule.lost());
    Resolution ordinary = Resolution.builder().title(Matter.ORDINARY_BUSINESS.title()).kind(Resolution.Kind.ORDINARY)
        .addConditions(Threshold.atLeast(Fraction.of(51, 100), VoteBase.VOTES_CAST)).tieRule(TieRule.lost()).build();
    Map<Matter, Procedure> table = ProfileParts.companyMatters(special, ordinary);
    table.put(Matter.ORDINARY_BUSINESS, new Procedure.AtMeeting(ordinary));
    // The investors have no vote at a general meeting, so their consent is a class meeting's: the same
    // 75% decided on a roll of the equity holders, one vote each (see the Javadoc).
    table.put(VARY_INVESTOR_RIGHTS, new Procedure.AtMeeting(special.titled(VARY_INVESTOR_RIGHTS.title())));
    ShareClass equity = ShareClass.builder()
        .id(ShareClassId.of("equity"))
        .name("Investor share")
        .parValue(Money.ofMajor(1, GBP))
        .withdrawable(false)
        .transferable(true)
        .voting(false)
        .addHolders(WORKERS, INVESTORS)
        .limits(ShareLimits.none())
        .build();
    return Constitution.builder()
        .name(name)
        .type(OrganisationType.COMPANY_LIMITED_BY_GUARANTEE)
        .objects("To carry on business as a worker co-operative, owned and controlled by the people who work in it")
        .inForceFrom(adopted)
        .membership(membership)
        .addShareClasses(equity)
        .investorClasses(ImmutableSortedSet.of(INVESTORS))
        .staffClasses(ImmutableSortedSet.of(WORKERS))
        .voting(VotingRules.builder().addNonVotingClasses(INVESTORS).addNonVotingShareClasses("equity").build())
        .generalMeetings(general)
        .writtenResolutionDays(28)
        .matters(table)
        .addEntrenched(Entrenchment.unanimous(Clause.OBJECTS, WORKER_ARTICLES), Entrenchment.unanimous(Clause.VOTING, WORKER_ARTICLES))
        .board(BoardRules.builder().minSize(2).maxSize(directors + 2).generalSeats(directors).maxCoopted(2).build())
        .rotation(RotationRule.tableA())
        .boardQuorum(QuorumRule.greaterOf(QuorumRule.fractionOfMembers(Fraction.ONE_HALF), QuorumRule.members(2)))
        .chairCastingVote(false)
        .build();
  }

  /**
   * The FairShares Model: founder, labour, user and investor classes, one member one vote; a special
   * resolution needs a majority of the votes cast in each class separately and at least 75% of all the
   * members; the quorum is half of the members (at least 3) below 10 members, two fifths from 10 to 50,
   * and a flat 20 above 50. Any class may, when a poll is demanded, turn an ordinary resolution into a
   * special one by a class resolution: apply {@code EscalationRule.of(special, true)} to the special
   * resolution of {@link Matter#AMEND_RULES}.
   *
   * <p>A FairShares company (limited by shares) must also meet 75% of the votes cast for a special
   * resolution (Companies Act 2006 s.283), which 75% of all the members implies when every member has
   * one vote; the regulator-approved variant for a co-operative society caps the votes of the investor
   * (non-user) class at a quarter of the votes at a meeting, and then the condition is the model's
   * alone.
   *
   * <p>Where the model is silent, the company variant takes the Companies Act 2006 and the Model
   * Articles for private companies: members with 5% of the votes may require a general meeting
   * (s.303); 5 members or 10% of the votes may demand a poll (s.321); written resolutions lapse after 28
   * days (s.297); the board's quorum is two (Model Articles art. 11(2)) and its chair has a casting
   * vote (art. 13).
   *
   * @param name the enterprise's name
   * @param adopted the date the rules take effect
   * @param regulatorApproved true for the co-operative society variant with investor votes capped at 25%,
   *     false for a company limited by shares
   * @return the constitution
   */
  public static Constitution fairShares(String name, LocalDate adopted, boolean regulatorApproved) {
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(FOUNDERS, "Founder members", Eligibility.attested("a founder of the enterprise")),
        StakeholderClass.of(LABOUR, "Labour members", Eligibility.employedAtLeastHours(1).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(USERS, "User members", Eligibility.minimumAge(16).or(Eligibility.memberOrganisation())),
        StakeholderClass.of(INVESTORS, "Investor members", Eligibility.minimumAge(16).or(Eligibility.memberOrganisation())));
    QuorumRule quorum = QuorumRule.tiered()
        .upTo(9, QuorumRule.greaterOf(QuorumRule.fractionOfMembers(Fraction.ONE_HALF), QuorumRule.members(3)))
        .upTo(50, QuorumRule.fractionOfMembers(Fraction.of(2, 5)))
        .otherwise(QuorumRule.members(20));
    Resolution.Builder special = Resolution.builder().title(Matter.AMEND_RULES.title()).kind(Resolution.Kind.SPECIAL)
        .addConditions(Condition.inEachClass(Threshold.majorityOfVotesCast()),
            Threshold.atLeast(Fraction.of(3, 4), VoteBase.ALL_ELIGIBLE).byHeads());
    if (!regulatorApproved) {
      special.addConditions(Threshold.threeQuartersOfVotesCast());
    }
    Constitution.Builder b = Constitution.builder()
        .name(name)
        .type(regulatorApproved ? OrganisationType.CO_OPERATIVE_SOCIETY : OrganisationType.COMPANY_LIMITED_BY_SHARES)
        .objects("To carry on an enterprise owned and controlled by its founders, workers, users and investors")
        .inForceFrom(adopted)
        .membership(membership)
        .addShareClasses(ProfileParts.membershipShare(FOUNDERS, LABOUR, USERS, INVESTORS))
        .investorClasses(ImmutableSortedSet.of(INVESTORS))
        .staffClasses(ImmutableSortedSet.of(LABOUR))
        .generalMeetings(MeetingRules.builder().notice(NoticeRule.clearDays(14)).quorum(quorum).build());
    if (regulatorApproved) {
      return b.voting(VotingRules.builder().putClassCaps(INVESTORS, Fraction.of(1, 4)).build())
          .statutoryCap(StatutoryCap.ukRegisteredSociety())
          .matters(ProfileParts.societyMatters(special.build(), ProfileParts.conversion()))
          .build();
    }
    // The model is silent on requisition, polls and board meetings; a company then has the statute's
    // rights and the Model Articles' board rules.
    return b.voting(VotingRules.oneMemberOneVote())
        .generalMeetings(MeetingRules.builder().notice(NoticeRule.clearDays(14)).quorum(quorum)
            .requisition(QuorumRule.fractionOfVotes(Fraction.of(1, 20)))
            .pollDemand(QuorumRule.anyOf(QuorumRule.members(5), QuorumRule.fractionOfVotes(Fraction.of(1, 10))))
            .build())
        .boardQuorum(QuorumRule.members(2))
        .chairCastingVote(true)
        .writtenResolutionDays(28)
        .matters(ProfileParts.companyMatters(special.build(), Resolution.ordinary(Matter.ELECT_DIRECTOR.title())))
        .build();
  }

  // ---- Shared parts ---------------------------------------------------------------------------

  private static final String CBS_CONVERSION =
      "a community benefit society with the statutory asset lock may not convert into a company that could distribute its assets (SI 2006/264)";

  private static Constitution.Builder societyBuilder(String name, LocalDate adopted, OrganisationType type, String objects,
      QuorumRule quorum) {
    Preconditions.checkNotNull(quorum, "quorum");
    return Constitution.builder()
        .name(name)
        .type(type)
        .objects(objects)
        .inForceFrom(adopted)
        .voting(VotingRules.oneMemberOneVote())
        .generalMeetings(MeetingRules.builder().notice(NoticeRule.clearDays(14)).quorum(quorum).build());
  }

  /** A community benefit society with the statutory lock, its share cap and the table of matters the lock allows. */
  private static Constitution.Builder lockedSocietyBuilder(String name, String objects, LocalDate adopted, QuorumRule quorum) {
    return societyBuilder(name, adopted, OrganisationType.COMMUNITY_BENEFIT_SOCIETY, objects, quorum)
        .statutoryCap(StatutoryCap.ukRegisteredSociety())
        .assetLock(AssetLock.statutory())
        .matters(ProfileParts.societyMatters(Resolution.special(Matter.AMEND_RULES.title()), new Procedure.Prohibited(CBS_CONVERSION)));
  }

  /** A withdrawable GBP 1 share, one to join, repaid at par. */
  private static ShareClass withdrawableShare(ClassId holders) {
    return ShareClass.builder()
        .id(ShareClassId.of("withdrawable"))
        .name("Withdrawable share")
        .parValue(Money.ofMajor(1, GBP))
        .withdrawable(true)
        .transferable(false)
        .voting(true)
        .addHolders(holders)
        .limits(ShareLimits.builder().toBeMember(1).build())
        .build();
  }
}
