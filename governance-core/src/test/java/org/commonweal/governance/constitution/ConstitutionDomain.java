package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.board.TermKind;
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
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRules;

/**
 * Arbitraries for the constitution package: constitutions that validate clean, and each broken in one
 * targeted way.
 *
 * <p>Guarantees of the generated values:
 *
 * <ul>
 *   <li>{@link #validConstitutions()}: every {@link OrganisationType}; one to five stakeholder classes
 *       ({@code c1} ... {@code c5}), the first open to any adult of the area of benefit, the others
 *       from a pool of eligibility rules each of which someone can meet (ages, hours, tenancy,
 *       enrolment, residence, organisations); one member one vote (a company may vote by shares),
 *       sometimes with equal fixed class shares; at most one investor class, whose votes are capped at a
 *       quarter, withheld, or a fixed share of at most a quarter; a quorum of two members or more, with
 *       or without an adjournment to "those present"; proxies forbidden or up to five per holder; up to
 *       two share classes in GBP, held by defined classes, a society's withdrawable shares under the
 *       statutory cap; a table of matters meeting the statute of the type (a special resolution of 75%
 *       to amend the rules; for a society, amalgamation and conversion at two meetings under CCBS Act
 *       2014 ss.111 and 113 and dissolution by an instrument of at least 75%); a community benefit
 *       society's statutory asset lock; sometimes a board with seats reserved for classes, general seats
 *       and a staff class kept to at most half the board, and retirement by rotation under Table A. Each
 *       validates with no violation at all, warnings included.
 *   <li>{@link #breakages()}: a {@link Breakage} for every {@link ViolationCode}: a valid constitution
 *       (of a type the code applies to) changed in one place so that exactly that code is reported, and,
 *       for an error code, no other error; {@link #broken(ViolationCode)} gives those of one code.
 * </ul>
 *
 * <p>Values are built directly from a list of choices, never filtered; shrinking shrinks the choices
 * towards the simplest constitution (a co-operative society of one class, no board).
 */
public class ConstitutionDomain extends DomainContextBase {
  /** The area of benefit of generated constitutions that state one. */
  public static final String AREA = "the parish of Ashby";
  /** A class no generated membership defines. */
  public static final ClassId UNDEFINED = ClassId.of("undefined");
  /** The date generated constitutions take effect. */
  public static final LocalDate IN_FORCE = LocalDate.of(2026, 1, 1);

  private static final Currency GBP = Currency.getInstance("GBP");
  private static final int CHOICES = 24;

  /** A constitution broken in one place, and the code its validation must report. */
  public record Breakage(ViolationCode code, Constitution constitution) {
    @Override
    public String toString() {
      return code + ": " + constitution;
    }
  }

  @Provide
  Arbitrary<Constitution> constitutions() {
    return validConstitutions();
  }

  @Provide
  Arbitrary<Breakage> breakageValues() {
    return breakages();
  }

  /**
   * Generates constitutions that validate with no violation.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Constitution> validConstitutions() {
    return choices().map(ConstitutionDomain::valid);
  }

  /**
   * Generates valid constitutions of one organisation type.
   *
   * @param type the type
   * @return the arbitrary
   */
  public static Arbitrary<Constitution> validConstitutions(OrganisationType type) {
    return choices().map(c -> valid(type, new Choices(c)));
  }

  /**
   * Generates a breakage for every code, in turn.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Breakage> breakages() {
    // The analysis package's two codes need the voting game, which Constitution.validate() does not see.
    return Arbitraries.of(EnumSet.complementOf(ANALYSIS_CODES)).flatMap(ConstitutionDomain::broken);
  }

  /**
   * Generates constitutions broken so that their validation reports the code (and no other error).
   *
   * @param code the code
   * @return the arbitrary
   */
  public static Arbitrary<Breakage> broken(ViolationCode code) {
    return choices().map(c -> new Breakage(code, breakage(code, new Choices(c))));
  }

  private static Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 1 << 20).list().ofSize(CHOICES);
  }

  // ---- Valid constitutions ------------------------------------------------------------------

  /** The choices, read in turn; each read is reduced to the range asked for. */
  static final class Choices {
    private final List<Integer> values;
    private int next;

    Choices(List<Integer> values) {
      this.values = values;
    }

    int below(int n) {
      return values.get(next++ % values.size()) % n;
    }

    boolean yes() {
      return below(2) == 1;
    }
  }

  private static Constitution valid(List<Integer> values) {
    Choices ch = new Choices(values);
    return valid(OrganisationType.values()[ch.below(4)], ch);
  }

  private static List<Eligibility> pool() {
    return List.of(
        Eligibility.always(),
        Eligibility.minimumAge(16),
        Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8)),
        Eligibility.tenant(),
        Eligibility.enrolled().or(Eligibility.attested("parent or carer of a student")),
        Eligibility.residentIn(AREA).and(Eligibility.not(Eligibility.enrolled())),
        Eligibility.memberOrganisation());
  }

  static ClassId classId(int i) {
    return ClassId.of("c" + (i + 1));
  }

  /** A valid constitution of the type, from the choices. */
  static Constitution valid(OrganisationType type, Choices ch) {
    boolean society = type.isRegisteredSociety();
    int n = 1 + ch.below(5);
    List<StakeholderClass> classes = new ArrayList<>();
    List<Eligibility> first = List.of(Eligibility.always(), Eligibility.residentIn(AREA), Eligibility.minimumAge(16));
    for (int i = 0; i < n; i++) {
      Eligibility e = i == 0 ? first.get(ch.below(first.size())) : pool().get(ch.below(pool().size()));
      classes.add(StakeholderClass.of(classId(i), "Class " + (i + 1), e));
    }
    MembershipRules membership = MembershipRules.of(ch.yes() ? ClassPolicy.ONE_CLASS : ClassPolicy.SEVERAL_CLASSES, classes);

    VotingRules.Builder voting = VotingRules.builder();
    if (!society && ch.yes()) {
      voting.basis(VoteBasis.ONE_VOTE_PER_SHARE);
    }
    boolean classShares = n >= 2 && ch.yes();
    Optional<ClassId> investor = n >= 2 && ch.yes() ? Optional.of(classId(n - 1)) : Optional.empty();
    if (classShares) {
      Map<ClassId, Fraction> shares = new LinkedHashMap<>();
      if (investor.isPresent()) {
        // The investor class holds a quarter at most, the others share the rest equally, each at most
        // 3/8: no class can amend the rules alone.
        Fraction inv = ch.yes() ? Fraction.of(1, 4) : Fraction.of(1, 5);
        shares.put(investor.get(), inv);
        for (int i = 0; i < n - 1; i++) {
          shares.put(classId(i), Fraction.ONE.minus(inv).dividedBy(n - 1));
        }
        if (n == 2) {
          // One other class would hold three quarters or more: give the investors a vote only through caps.
          shares.clear();
          investor = Optional.empty();
        }
      }
      if (shares.isEmpty()) {
        for (int i = 0; i < n; i++) {
          shares.put(classId(i), Fraction.of(1, n));
        }
      }
      voting.classShares(ClassShares.of(shares, ch.yes() ? ClassShares.Absent.LAPSE : ClassShares.Absent.REDISTRIBUTE));
    } else if (investor.isPresent()) {
      if (ch.yes()) {
        voting.putClassCaps(investor.get(), ch.yes() ? Fraction.of(1, 4) : Fraction.of(1, 10));
      } else {
        voting.addNonVotingClasses(investor.get());
      }
    }

    MeetingRules.Builder meetings = MeetingRules.builder()
        .notice(NoticeRule.clearDays(14))
        .quorum(ch.yes() ? QuorumRule.members(2 + ch.below(5))
            : QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.of(1, 10))))
        .proxies(ch.yes() ? ProxyRules.notAllowed() : ProxyRules.upToPerHolder(5));
    if (ch.yes()) {
      meetings.adjournment(AdjournmentRule.builder().waitFor(java.time.Duration.ofMinutes(30))
          .adjournedQuorum(QuorumRule.thosePresent()).build());
    }

    Constitution.Builder b = Constitution.builder()
        .name("Generated " + type.label())
        .type(type)
        .objects("to carry on any business for the benefit of its members and community")
        .inForceFrom(IN_FORCE)
        .membership(membership)
        .voting(voting.build())
        .generalMeetings(meetings.build())
        .investorClasses(ImmutableSortedSet.of())
        .staffClasses(ImmutableSortedSet.of());
    investor.ifPresent(k -> b.investorClasses(ImmutableSortedSet.of(k)));

    // Shares, in pounds, held by defined classes; a society's withdrawable ones under the statute's cap.
    int shareClasses = ch.below(3);
    boolean withdrawable = false;
    for (int s = 0; s < shareClasses; s++) {
      boolean w = ch.yes();
      withdrawable |= w;
      b.addShareClasses(ShareClass.builder().id(ShareClassId.of("s" + (s + 1))).name("Shares " + (s + 1))
          .parValue(Money.ofMajor(1 + ch.below(100), GBP)).withdrawable(w).transferable(!w).voting(true)
          .addHolders(classId(ch.below(n))).build());
    }
    if (withdrawable && society) {
      b.statutoryCap(ch.yes() ? StatutoryCap.ukRegisteredSociety()
          : StatutoryCap.of(Money.ofMajor(1_000 + ch.below(99_001), GBP), true, "the rules"));
    }

    // The table of matters, meeting the statute of the type.
    Map<Matter, Procedure> matters = new LinkedHashMap<>();
    matters.put(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.special("Amend the rules")));
    if (society) {
      matters.put(Matter.AMALGAMATE, new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsAmalgamation("Amalgamate")));
      matters.put(Matter.CONVERT, type == OrganisationType.COMMUNITY_BENEFIT_SOCIETY && ch.yes()
          ? new Procedure.Prohibited("the statutory asset lock forbids conversion")
          : new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsConversion("Convert")));
      matters.put(Matter.DISSOLVE, new Procedure.ByInstrument(ch.yes() ? Fraction.of(3, 4) : Fraction.ONE, "CCBS Act 2014 s.119"));
    } else {
      matters.put(Matter.DISSOLVE, new Procedure.AtMeeting(Resolution.special("Dissolve")));
    }
    if (ch.yes()) {
      matters.put(Matter.ADMIT_MEMBER, new Procedure.ByBoard(Resolution.ordinary("Admit a member")));
    }
    b.matters(matters);
    if (type == OrganisationType.COMMUNITY_BENEFIT_SOCIETY || ch.yes()) {
      b.assetLock(AssetLock.statutory());
    }
    if (ch.yes()) {
      b.areaOfBenefit(AREA);
    }
    if (ch.yes()) {
      board(b, n, ch);
    }
    return b.build();
  }

  /** A board with a seat reserved for each of the first classes, general seats and perhaps a staff class. */
  private static void board(Constitution.Builder b, int n, Choices ch) {
    int reservedClasses = 1 + ch.below(n);
    int general = ch.below(3);
    Optional<ClassId> staff = ch.yes() ? Optional.of(classId(ch.below(reservedClasses))) : Optional.empty();
    BoardRules.Builder board = BoardRules.builder().minSize(1);
    for (int i = 0; i < reservedClasses; i++) {
      board.addReserved(new ReservedSeats(classId(i), 1));
    }
    int fixed = reservedClasses + general;
    int max = fixed + ch.below(4);
    if (staff.isPresent()) {
      // Staff may hold their reserved seat and every general seat: a limit of half the board must allow that.
      max = Math.max(max, 2 * (1 + general));
      board.addLimits(CompositionLimit.atMost("paid staff", CompositionLimit.Group.attribute("staff"), Fraction.ONE_HALF));
      b.staffClasses(ImmutableSortedSet.of(staff.get()));
    }
    b.board(board.generalSeats(general).maxSize(max).build());
    if (ch.yes()) {
      b.rotation(RotationRule.tableA());
    }
  }

  // ---- Breakages ----------------------------------------------------------------------------

  /** The codes only the analysis package reports. */
  static final EnumSet<ViolationCode> ANALYSIS_CODES = EnumSet.of(ViolationCode.VETO_NOT_INTENDED, ViolationCode.NO_POWER);

  /** The organisation types a code can be reported for. */
  static EnumSet<OrganisationType> typesFor(ViolationCode code) {
    return switch (code) {
      case BELOW_STATUTORY_MINIMUM_MEMBERS, WITHDRAWABLE_CAP_ABOVE_STATUTE, VOTES_IN_PROPORTION_TO_SHARES,
          TWO_MEETING_BELOW_STATUTE, INSTRUMENT_BELOW_STATUTE ->
          EnumSet.of(OrganisationType.CO_OPERATIVE_SOCIETY, OrganisationType.COMMUNITY_BENEFIT_SOCIETY);
      case ONE_MEMBER_ONE_VOTE_REQUIRED -> EnumSet.of(OrganisationType.CO_OPERATIVE_SOCIETY);
      case ASSET_LOCK_MISSING, ASSET_LOCK_LETS_ASSETS_TO_MEMBERS -> EnumSet.of(OrganisationType.COMMUNITY_BENEFIT_SOCIETY);
      case SPECIAL_RESOLUTION_BELOW_75 ->
          EnumSet.of(OrganisationType.COMPANY_LIMITED_BY_GUARANTEE, OrganisationType.COMPANY_LIMITED_BY_SHARES);
      default -> EnumSet.allOf(OrganisationType.class);
    };
  }

  /** A valid constitution broken so that the code is reported. */
  static Constitution breakage(ViolationCode code, Choices ch) {
    List<OrganisationType> types = new ArrayList<>(typesFor(code));
    Constitution c = valid(types.get(ch.below(types.size())), ch);
    Constitution.Builder b = Constitution.builder().from(c);
    MeetingRules gm = c.generalMeetings();
    VotingRules v = c.voting();
    ClassId first = classId(0);
    return switch (code) {
      case QUORUM_CLASS_CANNOT_HAVE_MEMBERS -> b.generalMeetings(MeetingRules.builder().from(gm)
          .quorum(QuorumRule.greaterOf(gm.quorum(), QuorumRule.inClass(UNDEFINED, QuorumRule.members(1)))).build()).build();
      case QUORUM_CLASS_MAY_BE_EMPTY -> b.voting(VotingRules.builder().from(v).nonVotingClasses(List.of()).build())
          .generalMeetings(MeetingRules.builder().from(gm).adjournment(Optional.empty())
              .quorum(QuorumRule.greaterOf(gm.quorum(), QuorumRule.inClass(first, QuorumRule.members(1)))).build())
          .build();
      case PROXIES_COUNTED_BUT_FORBIDDEN -> b.generalMeetings(MeetingRules.builder().from(gm)
          .proxies(ProxyRules.builder().allowed(false).countForQuorum(true).build()).build()).build();
      case BOARD_RESERVED_EXCEEDS_SIZE -> {
        BoardRules board = c.board().filter(x -> x.fixedSeats() >= 2)
            .orElseGet(() -> BoardRules.builder().minSize(1).maxSize(2).generalSeats(2).build());
        yield b.board(BoardRules.builder().from(board).minSize(1).maxSize(board.fixedSeats() - 1).build()).build();
      }
      case BOARD_CLASS_UNDEFINED -> {
        BoardRules board = c.board().orElseGet(() -> BoardRules.builder().minSize(1).maxSize(1).generalSeats(1).build());
        yield b.board(BoardRules.builder().from(board).addReserved(new ReservedSeats(UNDEFINED, 1))
            .maxSize(board.maxSize() + 1).build()).build();
      }
      case ROTATION_RETIRES_NOBODY -> {
        // No generated board has ex officio seats, so a rotation of them retires nobody.
        BoardRules board = c.board().orElseGet(() -> BoardRules.builder().minSize(1).maxSize(3).generalSeats(3).build());
        yield b.board(board).rotation(RotationRule.tableA().withSubject(TermKind.EX_OFFICIO)).build();
      }
      case SHARE_CLASS_NO_HOLDER -> b.addShareClasses(ShareClass.builder().id(ShareClassId.of("orphan")).name("Orphan shares")
          .parValue(Money.ofMajor(1, GBP)).withdrawable(false).transferable(true).voting(true).addHolders(UNDEFINED).build())
          .build();
      case NO_AMENDMENT_PROCEDURE -> ch.yes()
          ? b.matters(without(c.matters(), Matter.AMEND_RULES)).build()
          : b.matters(with(c.matters(), Matter.AMEND_RULES, new Procedure.Prohibited("the rules are final"))).build();
      case CLASS_SHARES_UNDEFINED_CLASS -> b.voting(VotingRules.builder().from(v).addNonVotingClasses(UNDEFINED).build()).build();
      case STAFF_OR_INVESTOR_CLASS_UNDEFINED -> ch.yes()
          ? b.staffClasses(plus(c.staffClasses(), UNDEFINED)).build()
          : b.investorClasses(plus(c.investorClasses(), UNDEFINED)).build();
      case BELOW_STATUTORY_MINIMUM_MEMBERS -> b.minimumMembers(1 + ch.below(2)).build();
      case WITHDRAWABLE_CAP_ABOVE_STATUTE -> {
        b.addShareClasses(ShareClass.builder().id(ShareClassId.of("withdrawable")).name("Withdrawable shares")
            .parValue(Money.ofMajor(1, GBP)).withdrawable(true).transferable(false).voting(true).addHolders(first).build());
        yield ch.yes() ? b.statutoryCap(Optional.empty()).build()
            : b.statutoryCap(StatutoryCap.of(Money.ofMinor(10_000_001 + ch.below(1_000_000), GBP), true, "the rules")).build();
      }
      case VOTES_IN_PROPORTION_TO_SHARES -> c.type() == OrganisationType.CO_OPERATIVE_SOCIETY
          ? b.voting(VotingRules.builder().from(v).organisationBasis(VoteBasis.ONE_VOTE_PER_SHARE).build()).build()
          : b.voting(VotingRules.builder().from(v).basis(VoteBasis.ONE_VOTE_PER_SHARE).build()).build();
      case ONE_MEMBER_ONE_VOTE_REQUIRED -> b.voting(VotingRules.builder().from(v).basis(VoteBasis.ONE_VOTE_PER_SHARE).build()).build();
      case ASSET_LOCK_MISSING -> b.assetLock(Optional.empty()).build();
      case ASSET_LOCK_LETS_ASSETS_TO_MEMBERS -> b.assetLock(AssetLock.constitutional(ch.yes()
          ? ImmutableSet.of(AssetLock.Recipient.CHARITY, AssetLock.Recipient.MEMBERS)
          : ImmutableSet.of(AssetLock.Recipient.CO_OPERATIVE))).build();
      case SPECIAL_RESOLUTION_BELOW_75 -> b.matters(with(c.matters(), Matter.AMEND_RULES, new Procedure.AtMeeting(
          Resolution.builder().title("Amend the rules").kind(Resolution.Kind.SPECIAL)
              .addConditions(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST)).build()))).build();
      case TWO_MEETING_BELOW_STATUTE -> b.matters(with(c.matters(), ch.yes() ? Matter.AMALGAMATE : Matter.CONVERT,
          new Procedure.AtMeeting(Resolution.special("Amalgamate or convert")))).build();
      case INSTRUMENT_BELOW_STATUTE -> b.matters(with(c.matters(), Matter.DISSOLVE,
          new Procedure.ByInstrument(Fraction.of(3, 4).minus(Fraction.of(1, 100 + ch.below(1000))), "the rules"))).build();
      case MEMBERSHIP_NOT_OPEN -> {
        List<StakeholderClass> tenants = new ArrayList<>();
        for (StakeholderClass k : c.membership().classes()) {
          tenants.add(StakeholderClass.of(k.id(), k.name(), k.eligibility().and(Eligibility.tenant())));
        }
        yield b.areaOfBenefit(AREA)
            .membership(MembershipRules.of(c.membership().classPolicy(), tenants)).build();
      }
      case CLASS_CAN_PASS_SPECIAL_ALONE -> {
        Constitution two = c.membership().classes().size() >= 2 ? c : withSecondClass(c);
        yield Constitution.builder().from(two).investorClasses(ImmutableSortedSet.of())
            .voting(VotingRules.builder().from(two.voting()).classCaps(Map.of()).nonVotingClasses(List.of())
                .classShares(ClassShares.of(Map.of(first, Fraction.of(3, 4), classId(1), Fraction.of(1, 4)), ClassShares.Absent.LAPSE))
                .build())
            .build();
      }
      case INVESTOR_VOTES_ABOVE_QUARTER -> b.investorClasses(ImmutableSortedSet.of(first))
          .voting(VotingRules.builder().from(v).classShares(Optional.empty()).classCaps(Map.of()).nonVotingClasses(List.of()).build())
          .build();
      case STAFF_CAN_CONTROL_BOARD -> {
        // Staff among other stakeholders: where every class is staff, the principle does not apply.
        Constitution two = c.membership().classes().size() >= 2 ? c : withSecondClass(c);
        // Every class votes, so that the staff are not the only voting class (a worker co-operative).
        yield Constitution.builder().from(two).staffClasses(ImmutableSortedSet.of(first))
            .voting(VotingRules.builder().from(two.voting()).nonVotingClasses(List.of()).build())
            .board(BoardRules.builder().minSize(1).maxSize(3).addReserved(new ReservedSeats(first, 2)).build())
            .rotation(Optional.empty()).build();
      }
      case VETO_NOT_INTENDED, NO_POWER -> throw new IllegalArgumentException(code + " is found by the analysis package");
    };
  }

  private static Constitution withSecondClass(Constitution c) {
    List<StakeholderClass> classes = new ArrayList<>(c.membership().classes());
    classes.add(StakeholderClass.of(classId(1), "Class 2", Eligibility.minimumAge(16)));
    return Constitution.builder().from(c).membership(MembershipRules.of(c.membership().classPolicy(), classes)).build();
  }

  private static ImmutableSortedSet<ClassId> plus(ImmutableSortedSet<ClassId> set, ClassId k) {
    return ImmutableSortedSet.<ClassId>naturalOrder().addAll(set).add(k).build();
  }

  private static Map<Matter, Procedure> with(Map<Matter, Procedure> table, Matter m, Procedure p) {
    Map<Matter, Procedure> out = new LinkedHashMap<>(table);
    out.put(m, p);
    return out;
  }

  private static Map<Matter, Procedure> without(Map<Matter, Procedure> table, Matter m) {
    Map<Matter, Procedure> out = new LinkedHashMap<>(table);
    out.remove(m);
    return out;
  }
}
