package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.board.AppointedSeats;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.board.TermKind;
import org.commonweal.governance.meeting.AdjournmentRule;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.RatioThreshold;
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
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final ClassId WORKERS = ClassId.of("workers");
  private static final ClassId USERS = ClassId.of("users");
  private static final ClassId INVESTORS = ClassId.of("investors");
  private static final ClassId NOBODY = ClassId.of("nobody");
  private static final ClassId MISSING = ClassId.of("missing");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final String AREA = "Ashby ward";
  private static final Eligibility NEVER = Eligibility.minimumAge(16).and(Eligibility.not(Eligibility.minimumAge(16)));

  /** A society of workers, users and investors, with a class nobody can join, that validates clean. */
  private static Constitution.Builder society(OrganisationType type) {
    Map<Matter, Procedure> matters = new LinkedHashMap<>();
    matters.put(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.special("Amend the rules")));
    matters.put(Matter.AMALGAMATE, new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsAmalgamation("Amalgamate")));
    matters.put(Matter.CONVERT, new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsConversion("Convert")));
    matters.put(Matter.DISSOLVE, new Procedure.ByInstrument(Fraction.of(3, 4), "CCBS Act 2014 s.119"));
    Constitution.Builder b = Constitution.builder()
        .name("Ashby Co-operative")
        .type(type)
        .objects("to run the village shop for its members and the community")
        .inForceFrom(LocalDate.of(2026, 1, 1))
        .membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
            StakeholderClass.of(WORKERS, "Workers", Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8))),
            StakeholderClass.of(USERS, "Users", Eligibility.minimumAge(16)),
            StakeholderClass.of(INVESTORS, "Investors", Eligibility.always()),
            StakeholderClass.of(NOBODY, "Nobody", NEVER)))
        .voting(VotingRules.builder().addNonVotingClasses(INVESTORS).build())
        .generalMeetings(MeetingRules.builder().quorum(QuorumRule.members(3)).build())
        .matters(matters)
        .investorClasses(ImmutableSortedSet.of(INVESTORS))
        .staffClasses(ImmutableSortedSet.of(WORKERS));
    if (type == OrganisationType.COMMUNITY_BENEFIT_SOCIETY) {
      b.assetLock(AssetLock.statutory());
    }
    return b;
  }

  private static Constitution.Builder company() {
    return society(OrganisationType.COMPANY_LIMITED_BY_GUARANTEE).matters(Map.of(
        Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.special("Amend the articles"))));
  }

  private static Constitution.Builder coop() {
    return society(OrganisationType.CO_OPERATIVE_SOCIETY);
  }

  private static Set<ViolationCode> codes(Constitution.Builder b) {
    return codes(b.build().validate());
  }

  private static Set<ViolationCode> codes(ValidationReport r) {
    return r.violations().stream().map(Violation::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(ViolationCode.class)));
  }

  private static Violation only(Constitution.Builder b, ViolationCode code) {
    List<Violation> vs = b.build().validate().violations();
    List<Violation> of = vs.stream().filter(v -> v.code() == code).toList();
    assertEquals(1, of.size(), vs::toString);
    return of.get(0);
  }

  private static Constitution.Builder meetings(Constitution.Builder b, UnaryOperator<MeetingRules.Builder> change) {
    MeetingRules gm = b.build().generalMeetings();
    return b.generalMeetings(change.apply(MeetingRules.builder().from(gm)).build());
  }

  private static Constitution.Builder row(Constitution.Builder b, Matter m, Procedure p) {
    Map<Matter, Procedure> t = new LinkedHashMap<>(b.build().matters());
    t.put(m, p);
    return b.matters(t);
  }

  private static Constitution.Builder voting(Constitution.Builder b, UnaryOperator<VotingRules.Builder> change) {
    return b.voting(change.apply(VotingRules.builder().from(b.build().voting())).build());
  }

  private static Resolution special(Condition... conditions) {
    return Resolution.builder().title("Amend").kind(Resolution.Kind.SPECIAL).addConditions(conditions).build();
  }

  @Test
  void validate_fixtures_areClean() {
    for (OrganisationType t : OrganisationType.values()) {
      Constitution c = (t.isCompany() ? company().type(t) : society(t)).build();
      assertEquals(List.of(), c.validate().violations(), t::toString);
    }
  }

  // ---- Internal consistency -----------------------------------------------------------------

  @Test
  void validate_quorumInUndefinedOrImpossibleClass_isReported() {
    assertTrue(codes(meetings(coop(), m -> m.quorum(QuorumRule.greaterOf(QuorumRule.members(3),
        QuorumRule.inClass(MISSING, QuorumRule.members(1)))))).contains(ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS));
    Violation v = only(meetings(coop(), m -> m.quorum(QuorumRule.inClass(NOBODY, QuorumRule.members(1)))),
        ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS);
    assertTrue(v.message().contains("nobody can meet"), v::message);
    // A class without a vote has no one the quorum counts.
    assertTrue(codes(meetings(coop(), m -> m.quorum(QuorumRule.inClass(INVESTORS, QuorumRule.persons(2)))))
        .contains(ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS));
    // Anywhere in the tree, and in the adjourned meeting's quorum too.
    assertTrue(codes(meetings(coop(), m -> m.adjournment(AdjournmentRule.builder().waitFor(Duration.ofMinutes(30))
        .adjournedQuorum(QuorumRule.lesserOf(QuorumRule.members(2), QuorumRule.inClass(MISSING, QuorumRule.thosePresent()))).build())))
        .contains(ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS));
    // "At least half" of nobody is nobody, and met: that part can be met.
    assertFalse(codes(meetings(coop(), m -> m.quorum(QuorumRule.greaterOf(QuorumRule.members(3),
        QuorumRule.inClass(NOBODY, QuorumRule.fractionOfMembers(Fraction.ONE_HALF)))))).contains(ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS));
  }

  @Test
  void validate_quorumNeedingAClassThatMayBeEmpty_warnsUnlessAnAdjournmentDoesNot() {
    QuorumRule needsWorkers = QuorumRule.greaterOf(QuorumRule.members(3), QuorumRule.inClass(WORKERS, QuorumRule.members(1)));
    Violation v = only(meetings(coop(), m -> m.quorum(needsWorkers)), ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY);
    assertEquals(Severity.WARNING, v.severity());
    assertTrue(v.message().contains("Workers (workers)"), v::message);
    AdjournmentRule toThosePresent = AdjournmentRule.builder().waitFor(Duration.ofMinutes(30)).adjournedQuorum(QuorumRule.thosePresent()).build();
    assertEquals(Set.of(), codes(meetings(coop(), m -> m.quorum(needsWorkers).adjournment(toThosePresent))));
    AdjournmentRule sameAgain = AdjournmentRule.builder().waitFor(Duration.ofMinutes(30)).adjournedQuorum(needsWorkers).build();
    assertEquals(Set.of(ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY), codes(meetings(coop(), m -> m.quorum(needsWorkers).adjournment(sameAgain))));
    // One of two ways to be quorate does not need the class.
    assertEquals(Set.of(), codes(meetings(coop(), m -> m.quorum(QuorumRule.lesserOf(needsWorkers, QuorumRule.members(10))))));
  }

  @Test
  void validate_proxiesCountedButForbidden_isReported() {
    assertEquals(Set.of(ViolationCode.PROXIES_COUNTED_BUT_FORBIDDEN),
        codes(meetings(coop(), m -> m.proxies(ProxyRules.builder().allowed(false).countForQuorum(true).build()))));
    assertEquals(Set.of(), codes(meetings(coop(), m -> m.proxies(ProxyRules.notAllowed()))));
    assertEquals(Set.of(), codes(meetings(coop(), m -> m.proxies(ProxyRules.builder().allowed(true).countForQuorum(true).build()))));
    assertEquals(Set.of(), codes(meetings(coop(), m -> m.proxies(ProxyRules.builder().allowed(false).countForQuorum(false).build()))));
  }

  private static BoardRules.Builder board(int max) {
    return BoardRules.builder().minSize(1).maxSize(max).addReserved(new ReservedSeats(USERS, 3)).generalSeats(2)
        .addAppointed(new AppointedSeats("Local authority", 1)).addExOfficio("Manager");
  }

  @Test
  void validate_boardSeatsAboveItsSize_isReported() {
    assertEquals(Set.of(), codes(coop().board(board(7).build())));
    Violation v = only(coop().board(board(6).build()), ViolationCode.BOARD_RESERVED_EXCEEDS_SIZE);
    assertEquals(Clause.BOARD, v.clause());
    assertEquals("maxSize (6) is less than the 7 elected, appointed and ex officio seats: 3 reserved for classes, 2 general,"
        + " 1 appointed and 1 ex officio", v.message());
  }

  @Test
  void validate_boardSeatsOrLimitForAnUndefinedClass_isReported() {
    assertEquals(Set.of(ViolationCode.BOARD_CLASS_UNDEFINED),
        codes(coop().board(board(8).addReserved(new ReservedSeats(MISSING, 1)).build())));
    assertEquals(Set.of(ViolationCode.BOARD_CLASS_UNDEFINED), codes(coop().board(board(7)
        .addLimits(CompositionLimit.atMost("missing", Group.ofClass(MISSING), Fraction.ONE_HALF)).build())));
  }

  @Test
  void validate_rotationRetiringNobody_isReported() {
    // Boards of general seats only, which staff could fill: this test is not about staff.
    Supplier<Constitution.Builder> coop = () -> coop().staffClasses(ImmutableSortedSet.of());
    BoardRules four = BoardRules.builder().minSize(1).maxSize(4).generalSeats(4).build();
    BoardRules five = BoardRules.builder().minSize(1).maxSize(5).generalSeats(5).build();
    RotationRule tenth = RotationRule.tableA().withFraction(Fraction.of(1, 10));
    // A tenth of 4 is 0.4, nearest 0; of 5 it is a half, and the larger number, 1, retires.
    Violation v = only(coop.get().board(four).rotation(tenth), ViolationCode.ROTATION_RETIRES_NOBODY);
    assertTrue(v.message().contains("2/5") && v.message().contains("0 directors"), v::message);
    assertEquals(Set.of(), codes(coop.get().board(five).rotation(tenth)));
    // A fixed term retires them anyway.
    assertEquals(Set.of(), codes(coop.get().board(four).rotation(tenth.withMaxTerm(3))));
    // No seat of the kind subject to rotation.
    assertEquals(Set.of(ViolationCode.ROTATION_RETIRES_NOBODY),
        codes(coop.get().board(four).rotation(RotationRule.tableA().withSubject(TermKind.EX_OFFICIO))));
    assertEquals(Set.of(), codes(coop.get().board(four).rotation(RotationRule.tableA())));
  }

  private static ShareClass shares(String id, boolean withdrawable, ClassId... holders) {
    return ShareClass.builder().id(ShareClassId.of(id)).name(id).parValue(Money.ofMajor(1, GBP))
        .withdrawable(withdrawable).transferable(!withdrawable).voting(true).addHolders(holders).build();
  }

  @Test
  void validate_shareClassNoOneCanHold_isReported() {
    assertEquals(Set.of(ViolationCode.SHARE_CLASS_NO_HOLDER), codes(coop().addShareClasses(shares("a", false, MISSING))));
    Violation v = only(coop().addShareClasses(shares("b", false, NOBODY, MISSING)), ViolationCode.SHARE_CLASS_NO_HOLDER);
    assertTrue(v.message().contains("nobody (which nobody can join)") && v.message().contains("missing (not defined)"), v::message);
    assertEquals(Set.of(), codes(coop().addShareClasses(shares("c", false, NOBODY, USERS))));
  }

  @Test
  void validate_surplusOverTheWhole_cannotBeBuilt() {
    // No code: a surplus rule whose parts exceed the whole is refused where it is built.
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> SurplusRule.of(
        new SurplusPart.ToFund("reserves", Fund.INDIVISIBLE_RESERVES, Fraction.of(3, 5)),
        new SurplusPart.ToFund("social fund", Fund.SOCIAL_FUND, Fraction.of(1, 2))));
    assertEquals("parts", x.field());
  }

  @Test
  void validate_noAmendmentProcedure_isReported() {
    Map<Matter, Procedure> t = new LinkedHashMap<>(coop().build().matters());
    t.remove(Matter.AMEND_RULES);
    assertEquals(Set.of(ViolationCode.NO_AMENDMENT_PROCEDURE), codes(coop().matters(t)));
    assertEquals(Set.of(ViolationCode.NO_AMENDMENT_PROCEDURE),
        codes(row(coop(), Matter.AMEND_RULES, new Procedure.Prohibited("the rules are final"))));
  }

  @Test
  void validate_votingRulesNamingUndefinedClasses_areReported() {
    assertEquals(Set.of(ViolationCode.CLASS_SHARES_UNDEFINED_CLASS), codes(voting(coop(), v -> v.addNonVotingClasses(MISSING))));
    assertEquals(Set.of(ViolationCode.CLASS_SHARES_UNDEFINED_CLASS),
        codes(voting(coop(), v -> v.putClassCaps(MISSING, Fraction.of(1, 10)))));
    Violation v = only(voting(coop(), x -> x.nonVotingClasses(List.of()).classShares(ClassShares.of(
        Map.of(WORKERS, Fraction.ONE_HALF, USERS, Fraction.of(1, 4), MISSING, Fraction.of(1, 4)), ClassShares.Absent.LAPSE))),
        ViolationCode.CLASS_SHARES_UNDEFINED_CLASS);
    assertTrue(v.message().contains("1/4 (25%)") && v.message().contains("missing"), v::message);
  }

  @Test
  void validate_staffOrInvestorClassUndefined_isReported() {
    assertEquals(Set.of(ViolationCode.STAFF_OR_INVESTOR_CLASS_UNDEFINED),
        codes(coop().staffClasses(ImmutableSortedSet.of(WORKERS, MISSING))));
    assertEquals(Set.of(ViolationCode.STAFF_OR_INVESTOR_CLASS_UNDEFINED),
        codes(coop().investorClasses(ImmutableSortedSet.of(MISSING))));
  }

  // ---- The law of the organisation type -----------------------------------------------------

  @Test
  void validate_societyBelowThreeMembers_isReportedUnlessAllAreSocieties() {
    assertEquals(Set.of(), codes(coop().minimumMembers(3)));
    Violation v = only(coop().minimumMembers(2), ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS);
    assertTrue(v.message().contains("allow 2"), v::message);
    assertEquals(Set.of(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS), codes(coop().minimumMembers(1)));
    // A secondary co-operative of registered societies may have two.
    Constitution.Builder secondary = coop().membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
            StakeholderClass.of(WORKERS, "Member societies", Eligibility.memberOrganisation()),
            StakeholderClass.of(USERS, "Member co-operatives", Eligibility.memberOrganisation().and(Eligibility.attested("registered"))),
            StakeholderClass.of(INVESTORS, "Investors", Eligibility.memberOrganisation())))
        .minimumMembers(2);
    assertEquals(Set.of(), codes(secondary));
    assertEquals(Set.of(), codes(company().minimumMembers(1)));
  }

  @Test
  void validate_withdrawableCapAboveTheStatute_isReportedAtOnePenny() {
    Constitution.Builder withdrawable = coop().addShareClasses(shares("w", true, USERS));
    assertEquals(Set.of(), codes(withdrawable.statutoryCap(StatutoryCap.ukRegisteredSociety())));
    assertEquals(Set.of(), codes(withdrawable.statutoryCap(StatutoryCap.of(Money.ofMinor(10_000_000, GBP), false, "rules"))));
    Violation v = only(withdrawable.statutoryCap(StatutoryCap.of(Money.ofMinor(10_000_001, GBP), true, "rules")),
        ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE);
    assertTrue(v.message().contains("100000.01 GBP") && v.message().contains("100000.00 GBP"), v::message);
    assertEquals(Set.of(ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE), codes(withdrawable.statutoryCap(Optional.empty())));
    assertEquals(Set.of(ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE),
        codes(withdrawable.statutoryCap(StatutoryCap.of(Money.ofMajor(1_000, Currency.getInstance("EUR")), true, "rules"))));
    // Transferable shares have no statutory cap; nor have a company's.
    assertEquals(Set.of(), codes(coop().addShareClasses(shares("t", false, USERS))));
    assertEquals(Set.of(), codes(company().addShareClasses(shares("w", true, USERS))));
  }

  @Test
  void validate_societyVotingByShares_isReported() {
    assertEquals(Set.of(ViolationCode.VOTES_IN_PROPORTION_TO_SHARES),
        codes(voting(society(OrganisationType.COMMUNITY_BENEFIT_SOCIETY), v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE))));
    assertEquals(Set.of(ViolationCode.VOTES_IN_PROPORTION_TO_SHARES),
        codes(voting(coop(), v -> v.organisationBasis(VoteBasis.ONE_VOTE_PER_SHARE))));
    assertEquals(Set.of(), codes(voting(company(), v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE))));
  }

  @Test
  void validate_coOperativeWithoutOneMemberOneVote_isReportedOnce() {
    // A co-operative's individual members voting by shares is one finding, under the more specific code.
    assertEquals(Set.of(ViolationCode.ONE_MEMBER_ONE_VOTE_REQUIRED),
        codes(voting(coop(), v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE).maxVotesPerMember(10))));
    assertFalse(codes(voting(society(OrganisationType.COMMUNITY_BENEFIT_SOCIETY), v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE)))
        .contains(ViolationCode.ONE_MEMBER_ONE_VOTE_REQUIRED));
    // Weighted class votes (the Somerset Rules) keep one vote per member within each class.
    assertEquals(Set.of(), codes(voting(coop(), v -> v.nonVotingClasses(List.of()).classShares(ClassShares.of(
        Map.of(WORKERS, Fraction.ONE_HALF, USERS, Fraction.of(1, 4), INVESTORS, Fraction.of(1, 4)), ClassShares.Absent.LAPSE)))));
  }

  @Test
  void validate_communityBenefitSocietyAssetLock_isRequiredAndLocked() {
    Constitution.Builder cbs = society(OrganisationType.COMMUNITY_BENEFIT_SOCIETY);
    assertEquals(Set.of(ViolationCode.ASSET_LOCK_MISSING), codes(cbs.assetLock(Optional.empty())));
    assertEquals(Set.of(), codes(coop().assetLock(Optional.empty())));
    assertEquals(Set.of(), codes(cbs.assetLock(AssetLock.constitutional(Set.of(AssetLock.Recipient.CHARITY)))));
    Violation v = only(cbs.assetLock(AssetLock.constitutional(Set.of(AssetLock.Recipient.CHARITY, AssetLock.Recipient.MEMBERS))),
        ViolationCode.ASSET_LOCK_LETS_ASSETS_TO_MEMBERS);
    assertTrue(v.message().contains("pass to members"), v::message);
    assertEquals(Set.of(ViolationCode.ASSET_LOCK_LETS_ASSETS_TO_MEMBERS),
        codes(cbs.assetLock(AssetLock.constitutional(Set.of(AssetLock.Recipient.CO_OPERATIVE)))));
  }

  @Test
  void validate_companySpecialResolutionBelowThreeQuarters_isReported() {
    Threshold threeQuarters = Threshold.atLeast(Fraction.of(3, 4), VoteBase.VOTES_CAST);
    assertEquals(Set.of(), codes(row(company(), Matter.AMEND_RULES, new Procedure.AtMeeting(special(threeQuarters)))));
    Violation v = only(row(company(), Matter.AMEND_RULES, new Procedure.AtMeeting(
        special(Threshold.atLeast(Fraction.of(74, 100), VoteBase.VOTES_CAST)))), ViolationCode.SPECIAL_RESOLUTION_BELOW_75);
    assertTrue(v.message().contains("37/50 (74%)"), v::message);
    // Any special resolution of the table, not only the amendment.
    assertEquals(Set.of(ViolationCode.SPECIAL_RESOLUTION_BELOW_75), codes(row(company(), Matter.EXPEL_MEMBER,
        new Procedure.AtMeeting(special(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST))))));
    assertEquals(Set.of(), codes(row(company(), Matter.EXPEL_MEMBER, new Procedure.AtMeeting(Resolution.ordinary("Expel")))));
    // A ratio of 3 to 1 is three quarters; 2 to 1 is two thirds.
    assertEquals(Set.of(), codes(row(company(), Matter.AMEND_RULES, new Procedure.AtMeeting(special(RatioThreshold.atLeast(Fraction.of(3)))))));
    assertEquals(Set.of(ViolationCode.SPECIAL_RESOLUTION_BELOW_75),
        codes(row(company(), Matter.AMEND_RULES, new Procedure.AtMeeting(special(RatioThreshold.atLeast(Fraction.of(2)))))));
    // Counted by heads: three quarters of votes only where a head is a vote.
    Procedure byHeads = new Procedure.AtMeeting(special(threeQuarters.byHeads()));
    assertEquals(Set.of(), codes(row(company(), Matter.AMEND_RULES, byHeads)));
    assertEquals(Set.of(ViolationCode.SPECIAL_RESOLUTION_BELOW_75),
        codes(voting(row(company(), Matter.AMEND_RULES, byHeads), x -> x.basis(VoteBasis.ONE_VOTE_PER_SHARE))));
    assertEquals(Set.of(ViolationCode.SPECIAL_RESOLUTION_BELOW_75),
        codes(row(company(), Matter.AMEND_RULES, new Procedure.ByBoard(Resolution.special("Amend")))));
  }

  @Test
  void validate_societyAmalgamationOrConversionBelowTheStatute_isReported() {
    assertEquals(Set.of(ViolationCode.TWO_MEETING_BELOW_STATUTE),
        codes(row(coop(), Matter.AMALGAMATE, new Procedure.AtMeeting(Resolution.special("Amalgamate")))));
    Resolution confirm = Resolution.builder().title("Confirm").addConditions(Threshold.majorityOfVotesCast().byHeads()).build();
    Resolution twoThirds = Resolution.builder().title("A").addConditions(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST).byHeads()).build();
    Resolution under = Resolution.builder().title("A").addConditions(Threshold.atLeast(Fraction.of(65, 100), VoteBase.VOTES_CAST).byHeads()).build();
    assertEquals(Set.of(), codes(row(coop(), Matter.AMALGAMATE,
        new Procedure.AtTwoMeetings(TwoMeetingResolution.of("A", twoThirds, confirm, Optional.empty(), Optional.empty())))));
    assertEquals(Set.of(ViolationCode.TWO_MEETING_BELOW_STATUTE), codes(row(coop(), Matter.AMALGAMATE,
        new Procedure.AtTwoMeetings(TwoMeetingResolution.of("A", under, confirm, Optional.empty(), Optional.empty())))));
    Resolution halfOnly = Resolution.builder().title("C").addConditions(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST).byHeads()).build();
    assertEquals(Set.of(ViolationCode.TWO_MEETING_BELOW_STATUTE), codes(row(coop(), Matter.AMALGAMATE,
        new Procedure.AtTwoMeetings(TwoMeetingResolution.of("A", twoThirds, halfOnly, Optional.empty(), Optional.empty())))));
    // Conversion needs three quarters and half the members voting.
    Resolution noTurnout = Resolution.builder().title("C").addConditions(Threshold.atLeast(Fraction.of(3, 4), VoteBase.VOTES_CAST).byHeads()).build();
    Violation v = only(row(coop(), Matter.CONVERT,
        new Procedure.AtTwoMeetings(TwoMeetingResolution.of("C", noTurnout, confirm, Optional.empty(), Optional.empty()))),
        ViolationCode.TWO_MEETING_BELOW_STATUTE);
    assertTrue(v.message().contains("s.113") && v.message().contains("half of all the members"), v::message);
    assertEquals(Set.of(), codes(row(coop(), Matter.CONVERT, new Procedure.Prohibited("asset lock"))));
    // No row: the matter would pass by an ordinary resolution.
    Map<Matter, Procedure> t = new LinkedHashMap<>(coop().build().matters());
    t.remove(Matter.CONVERT);
    assertEquals(Set.of(ViolationCode.TWO_MEETING_BELOW_STATUTE), codes(coop().matters(t)));
  }

  @Test
  void validate_dissolutionByInstrumentBelowThreeQuarters_isReported() {
    assertEquals(Set.of(), codes(row(coop(), Matter.DISSOLVE, new Procedure.ByInstrument(Fraction.of(3, 4), "s.119"))));
    Violation v = only(row(coop(), Matter.DISSOLVE, new Procedure.ByInstrument(Fraction.of(74, 100), "s.119")),
        ViolationCode.INSTRUMENT_BELOW_STATUTE);
    assertTrue(v.message().contains("37/50 (74%)"), v::message);
  }

  // ---- Co-operative principles --------------------------------------------------------------

  @Test
  void validate_areaOfBenefitNoResidentCanJoin_warns() {
    assertEquals(Set.of(), codes(coop().areaOfBenefit(AREA)));
    Constitution.Builder tenantsOnly = coop().areaOfBenefit(AREA).membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(WORKERS, "Workers", Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8))),
        StakeholderClass.of(USERS, "Tenants", Eligibility.residentIn(AREA).and(Eligibility.tenant())),
        StakeholderClass.of(INVESTORS, "Investors", Eligibility.memberOrganisation())));
    assertEquals(Set.of(ViolationCode.MEMBERSHIP_NOT_OPEN), codes(tenantsOnly));
    // An adult is 18: a class from 18 is open, one from 19 is not.
    Constitution.Builder from18 = coop().areaOfBenefit(AREA).membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(WORKERS, "W", Eligibility.employedAtLeastHours(8)),
        StakeholderClass.of(USERS, "Residents", Eligibility.residentIn(AREA).and(Eligibility.minimumAge(18))),
        StakeholderClass.of(INVESTORS, "I", Eligibility.memberOrganisation())));
    assertEquals(Set.of(), codes(from18));
    Constitution.Builder from19 = coop().areaOfBenefit(AREA).membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(WORKERS, "W", Eligibility.employedAtLeastHours(8)),
        StakeholderClass.of(USERS, "Residents", Eligibility.residentIn(AREA).and(Eligibility.minimumAge(19))),
        StakeholderClass.of(INVESTORS, "I", Eligibility.memberOrganisation())));
    assertEquals(Set.of(ViolationCode.MEMBERSHIP_NOT_OPEN), codes(from19));
  }

  private static Constitution.Builder shares(Constitution.Builder b, Fraction workers, Fraction users, Fraction investors) {
    return voting(b, v -> v.nonVotingClasses(List.of()).classShares(ClassShares.of(
        Map.of(WORKERS, workers, USERS, users, INVESTORS, investors), ClassShares.Absent.LAPSE)));
  }

  @Test
  void validate_classWithEnoughVotesToAmendAlone_warns() {
    Violation v = only(shares(coop(), Fraction.of(3, 4), Fraction.of(3, 20), Fraction.of(1, 10)),
        ViolationCode.CLASS_CAN_PASS_SPECIAL_ALONE);
    assertTrue(v.message().contains("workers") && v.message().contains("75%"), v::message);
    assertEquals(Set.of(), codes(shares(coop(), Fraction.of(74, 100), Fraction.of(16, 100), Fraction.of(10, 100))));
    // The rules' own threshold: two thirds lets 70% pass alone.
    assertEquals(Set.of(ViolationCode.CLASS_CAN_PASS_SPECIAL_ALONE), codes(row(shares(coop(), Fraction.of(7, 10), Fraction.of(2, 10),
        Fraction.of(1, 10)), Matter.AMEND_RULES, new Procedure.AtMeeting(special(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST))))));
    // A majority in each class as well (FairShares): no class passes it alone.
    assertEquals(Set.of(), codes(row(shares(coop(), Fraction.of(8, 10), Fraction.of(1, 10), Fraction.of(1, 10)), Matter.AMEND_RULES,
        new Procedure.AtMeeting(special(Threshold.threeQuartersOfVotesCast(), Condition.inEachClass(Threshold.majorityOfVotesCast()))))));
  }

  @Test
  void validate_investorVotesAboveAQuarter_warns() {
    assertEquals(Set.of(), codes(shares(coop(), Fraction.ONE_HALF, Fraction.of(1, 4), Fraction.of(1, 4))));
    Violation v = only(shares(coop(), Fraction.of(49, 100), Fraction.of(25, 100), Fraction.of(26, 100)),
        ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER);
    assertTrue(v.message().contains("13/50 (26%)"), v::message);
    assertEquals(Set.of(ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER), codes(voting(coop(), x -> x.nonVotingClasses(List.of()))));
    assertEquals(Set.of(), codes(voting(coop(), x -> x.nonVotingClasses(List.of()).putClassCaps(INVESTORS, Fraction.of(1, 4)))));
    assertEquals(Set.of(ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER),
        codes(voting(coop(), x -> x.nonVotingClasses(List.of()).putClassCaps(INVESTORS, Fraction.of(26, 100)))));
  }

  @Test
  void validate_staffSeatsAboveTheStaffLimit_warns() {
    BoardRules.Builder b = BoardRules.builder().minSize(1).maxSize(9).addReserved(new ReservedSeats(WORKERS, 2),
        new ReservedSeats(USERS, 4)).generalSeats(1);
    // 2 staff seats and 1 general: 3, a third of 9.
    assertEquals(Set.of(), codes(coop().board(BoardRules.builder().from(b.build())
        .addLimits(CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(1, 3))).build())));
    // A limit of 2 in 9 with 3 seats open: the limit acts inside the count, so staff hold at most 2.
    assertEquals(Set.of(), codes(coop().board(BoardRules.builder().from(b.build())
        .addLimits(CompositionLimit.atMost("staff", Group.ofClass(WORKERS), Fraction.of(2, 9))).build())));
    // More seats reserved for staff than the limit allows.
    Violation v = only(coop().board(BoardRules.builder().from(b.build())
        .addLimits(CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(1, 9))).build()),
        ViolationCode.STAFF_CAN_CONTROL_BOARD);
    assertTrue(v.message().startsWith("2 board seats are reserved for staff, more than the 1"), v::message);
    // A limit that itself allows a majority: 5 seats open (2 reserved, 3 general), the limit allows 6 of 9.
    Violation majority = only(coop().board(BoardRules.builder().from(b.build()).generalSeats(3)
        .addLimits(CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(2, 3))).build()),
        ViolationCode.STAFF_CAN_CONTROL_BOARD);
    assertTrue(majority.message().startsWith("5 board seats (2 reserved for staff, 3 general"), majority::message);
    // Without a limit: 3 of the 7 seats filled are open to staff, a minority; with 3 general seats, 5 of 9.
    assertEquals(Set.of(), codes(coop().board(b.build())));
    assertEquals(Set.of(ViolationCode.STAFF_CAN_CONTROL_BOARD),
        codes(coop().board(BoardRules.builder().from(b.build()).generalSeats(3).build())));
    // In a worker co-operative every member is staff: the principle does not apply.
    assertEquals(Set.of(), codes(coop().staffClasses(ImmutableSortedSet.of(WORKERS, USERS, INVESTORS, NOBODY))
        .board(BoardRules.builder().from(b.build()).generalSeats(3).build())));
  }

  // ---- The words of each finding ----------------------------------------------------------------

  private static final String DEFINED = "(workers, users, investors, nobody)";

  private static String message(Constitution.Builder b, ViolationCode code) {
    return only(b, code).message();
  }

  @Test
  void validate_quorumClassThatCannotHaveMembers_saysWhy() {
    assertEquals("the quorum of general meetings needs 1 member of class missing, which the membership rules do not define "
        + DEFINED + ": that part of the quorum can never be met",
        message(meetings(coop(), m -> m.quorum(QuorumRule.inClass(MISSING, QuorumRule.members(1)))),
            ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS));
    assertEquals("the quorum of general meetings needs 1 member of class nobody, whose eligibility (" + NEVER.description()
        + ") nobody can meet: that part of the quorum can never be met",
        message(meetings(coop(), m -> m.quorum(QuorumRule.inClass(NOBODY, QuorumRule.members(1)))),
            ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS));
    assertEquals("the quorum of general meetings needs 2 qualifying persons of class investors, which holds no vote, while the"
        + " quorum counts only members with a vote: that part of the quorum can never be met",
        message(meetings(coop(), m -> m.quorum(QuorumRule.inClass(INVESTORS, QuorumRule.persons(2)))),
            ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS));
  }

  @Test
  void validate_quorumClassThatMayBeEmpty_namesBothQuorums() {
    QuorumRule needsWorkers = QuorumRule.greaterOf(QuorumRule.members(3), QuorumRule.inClass(WORKERS, QuorumRule.members(1)));
    String quorum = "the quorum (" + needsWorkers.description() + ") needs members of Workers (workers) present, and ";
    String end = ": while the class has no members, no general meeting can be quorate";
    assertEquals(quorum + "the rules give no adjournment with another quorum" + end,
        message(meetings(coop(), m -> m.quorum(needsWorkers)), ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY));
    AdjournmentRule sameAgain = AdjournmentRule.builder().waitFor(Duration.ofMinutes(30)).adjournedQuorum(needsWorkers).build();
    assertEquals(quorum + "so does the adjourned meeting's quorum (" + needsWorkers.description() + ")" + end,
        message(meetings(coop(), m -> m.quorum(needsWorkers).adjournment(sameAgain)), ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY));
  }

  @Test
  void validate_boardClassUndefined_countsTheSeatsInWords() {
    assertEquals("1 board seat is reserved for class missing, which the membership rules do not define " + DEFINED,
        message(coop().board(board(8).addReserved(new ReservedSeats(MISSING, 1)).build()), ViolationCode.BOARD_CLASS_UNDEFINED));
    assertEquals("2 board seats are reserved for class missing, which the membership rules do not define " + DEFINED,
        message(coop().board(board(9).addReserved(new ReservedSeats(MISSING, 2)).build()), ViolationCode.BOARD_CLASS_UNDEFINED));
    assertEquals("the board limit \"missing\" is on class missing, which the membership rules do not define " + DEFINED,
        message(coop().board(board(7).addLimits(CompositionLimit.atMost("missing", Group.ofClass(MISSING), Fraction.ONE_HALF)).build()),
            ViolationCode.BOARD_CLASS_UNDEFINED));
  }

  @Test
  void validate_rotationRetiringNobody_countsEveryKindOfSeatSubjectToIt() {
    // 5 elected (3 reserved, 2 general), 1 appointed, 1 ex officio and 2 co-opted: 9 seats; a twentieth is 0.45.
    RotationRule everyKind = RotationRule.tableA().withFraction(Fraction.of(1, 20))
        .withSubject(TermKind.ELECTED, TermKind.APPOINTED, TermKind.EX_OFFICIO, TermKind.CO_OPTED);
    assertEquals("retirement by rotation of 1/20 (5%) of the 9 elected, appointed, ex officio, co-opted seats retires the"
        + " nearest whole number to 9/20, that is 0 directors, at every annual meeting after the first, and no term limits how"
        + " long they serve", message(coop().board(board(9).maxCoopted(2).build()).rotation(everyKind), ViolationCode.ROTATION_RETIRES_NOBODY));
    // A term limit does not help where no seat is of a kind that rotates.
    BoardRules electedOnly = BoardRules.builder().minSize(1).maxSize(3).addReserved(new ReservedSeats(USERS, 3)).build();
    assertEquals("no seat on the board is of a kind subject to rotation (appointed), so nobody ever retires by rotation",
        message(coop().board(electedOnly).rotation(RotationRule.tableA().withSubject(TermKind.APPOINTED).withMaxTerm(3)),
            ViolationCode.ROTATION_RETIRES_NOBODY));
  }

  @Test
  void validate_withdrawableCap_namesTheClassesAndTheCaps() {
    String law = " (CCBS Act 2014 s.24)";
    assertEquals("share class w is withdrawable, but the rules put no cap on one member's withdrawable capital; the statute's is"
        + " 100000.00 GBP" + law, message(coop().addShareClasses(shares("w", true, USERS)).statutoryCap(Optional.empty()),
            ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE));
    assertEquals("share classes w1, w2 are withdrawable, but the rules put no cap on one member's withdrawable capital; the statute's"
        + " is 100000.00 GBP" + law, message(coop().addShareClasses(shares("w1", true, USERS), shares("t", false, USERS),
            shares("w2", true, WORKERS)).statutoryCap(Optional.empty()), ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE));
    assertEquals("the cap on one member's withdrawable capital is 1000.00 EUR, which cannot be compared with the statute's"
        + " 100000.00 GBP; state it in pounds" + law, message(coop().addShareClasses(shares("w", true, USERS))
            .statutoryCap(StatutoryCap.of(Money.ofMajor(1_000, Currency.getInstance("EUR")), true, "rules")),
            ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE));
    assertEquals("the cap on one member's withdrawable capital is 100000.01 GBP, above the statute's 100000.00 GBP" + law,
        message(coop().addShareClasses(shares("w", true, USERS)).statutoryCap(StatutoryCap.of(Money.ofMinor(10_000_001, GBP), true,
            "rules")), ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE));
  }

  @Test
  void validate_votesByShares_saysWhoVotesByShares() {
    Constitution.Builder cbs = society(OrganisationType.COMMUNITY_BENEFIT_SOCIETY);
    String start = "a registered society's votes may not be in proportion to shares, but these rules give ";
    String end = " one vote per share (FCA RFCCBS 6.1.3)";
    assertEquals(start + "members" + end,
        message(voting(cbs, v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE)), ViolationCode.VOTES_IN_PROPORTION_TO_SHARES));
    assertEquals(start + "individual members" + end, message(voting(cbs, v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE)
        .organisationBasis(VoteBasis.ONE_MEMBER_ONE_VOTE)), ViolationCode.VOTES_IN_PROPORTION_TO_SHARES));
    assertEquals(start + "member organisations" + end,
        message(voting(coop(), v -> v.organisationBasis(VoteBasis.ONE_VOTE_PER_SHARE)), ViolationCode.VOTES_IN_PROPORTION_TO_SHARES));
    String coopStart = "a co-operative society's members who are individuals must have one vote each, but these rules give them"
        + " one vote per share";
    String coopEnd = " (FCA FG15/12: democratic member control; FCA RFCCBS 6.1.3)";
    assertEquals(coopStart + " (up to 10)" + coopEnd, message(voting(coop(), v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE)
        .maxVotesPerMember(10)), ViolationCode.ONE_MEMBER_ONE_VOTE_REQUIRED));
    assertEquals(coopStart + coopEnd,
        message(voting(coop(), v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE)), ViolationCode.ONE_MEMBER_ONE_VOTE_REQUIRED));
  }

  @Test
  void validate_twoMeetingMatters_sayWhatTheStatuteNeeds() {
    assertEquals("\"Amalgamate or transfer engagements\" is decided by special resolution of a general meeting: at least 3/4 of the"
        + " votes cast, but CCBS Act 2014 s.111 needs at least two thirds of the members voting at one general meeting, confirmed"
        + " at a second by more than half of those voting",
        message(row(coop(), Matter.AMALGAMATE, new Procedure.AtMeeting(Resolution.special("Amalgamate"))),
            ViolationCode.TWO_MEETING_BELOW_STATUTE));
    Map<Matter, Procedure> t = new LinkedHashMap<>(coop().build().matters());
    t.remove(Matter.CONVERT);
    Procedure ordinary = new Procedure.AtMeeting(Resolution.ordinary("Convert into a company"));
    assertEquals("\"Convert into a company\" is decided by o" + ordinary.description().substring(1) + " (the rules give it no row),"
        + " but CCBS Act 2014 s.113 needs at least 75% of the members voting, with at least half of all the members voting,"
        + " confirmed at a second meeting by more than half of those voting",
        message(coop().matters(t), ViolationCode.TWO_MEETING_BELOW_STATUTE));
    // A prohibited amalgamation needs nothing.
    assertEquals(Set.of(), codes(row(coop(), Matter.AMALGAMATE, new Procedure.Prohibited("the members keep the society"))));
  }

  @Test
  void validate_twoMeetingMatterFallingShort_listsEveryShortfall() {
    Resolution confirm = Resolution.builder().title("Confirm").addConditions(Threshold.majorityOfVotesCast().byHeads()).build();
    Resolution under = Resolution.builder().title("A").addConditions(Threshold.atLeast(Fraction.of(65, 100), VoteBase.VOTES_CAST).byHeads()).build();
    Resolution halfOnly = Resolution.builder().title("C").addConditions(Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST).byHeads()).build();
    assertEquals("\"Amalgamate or transfer engagements\" falls short of CCBS Act 2014 s.111: the first meeting needs at least 13/20"
        + " (65%) of the members voting, not at least 2/3 (66.66%); the second meeting needs at least 1/2 (50%) of those voting,"
        + " not more than 50%", message(row(coop(), Matter.AMALGAMATE,
            new Procedure.AtTwoMeetings(TwoMeetingResolution.of("A", under, halfOnly, Optional.empty(), Optional.empty()))),
            ViolationCode.TWO_MEETING_BELOW_STATUTE));
    Resolution noTurnout = Resolution.builder().title("C").addConditions(Threshold.atLeast(Fraction.of(3, 4), VoteBase.VOTES_CAST).byHeads()).build();
    assertEquals("\"Convert into a company\" falls short of CCBS Act 2014 s.113: the first meeting does not need half of all the"
        + " members to vote", message(row(coop(), Matter.CONVERT,
            new Procedure.AtTwoMeetings(TwoMeetingResolution.of("C", noTurnout, confirm, Optional.empty(), Optional.empty()))),
            ViolationCode.TWO_MEETING_BELOW_STATUTE));
  }

  private static Resolution votesCast(Resolution.Kind kind, Fraction f) {
    return Resolution.builder().title("R").kind(kind).addConditions(Threshold.atLeast(f, VoteBase.VOTES_CAST)).build();
  }

  private static Procedure atTwoMeetings(Resolution first, Resolution second) {
    return new Procedure.AtTwoMeetings(TwoMeetingResolution.of("R", first, second, Optional.empty(), Optional.empty()));
  }

  @Test
  void validate_companyAmendingAtTwoMeetings_takesTheMoreDemandingMeeting() {
    Resolution twoThirds = votesCast(Resolution.Kind.OTHER, Fraction.of(2, 3));
    Resolution threeQuarters = votesCast(Resolution.Kind.OTHER, Fraction.of(3, 4));
    assertEquals("\"Amend the rules\" is decided by a resolution at two meetings needing at least 2/3 (66.66%) of the votes cast, but"
        + " a company's special resolution (which amending the articles needs, CA 2006 s.21) needs at least 75% (CA 2006 s.283)",
        message(row(company(), Matter.AMEND_RULES, atTwoMeetings(twoThirds, twoThirds)), ViolationCode.SPECIAL_RESOLUTION_BELOW_75));
    assertEquals(Set.of(), codes(row(company(), Matter.AMEND_RULES, atTwoMeetings(twoThirds, threeQuarters))));
    assertEquals(Set.of(), codes(row(company(), Matter.AMEND_RULES, atTwoMeetings(threeQuarters, twoThirds))));
  }

  @Test
  void validate_companyMatterAtTwoMeetings_isASpecialResolutionWhereEitherIs() {
    Resolution special = votesCast(Resolution.Kind.SPECIAL, Fraction.of(2, 3));
    Resolution other = votesCast(Resolution.Kind.OTHER, Fraction.of(2, 3));
    assertEquals("\"Expel a member\" is decided by a resolution at two meetings needing at least 2/3 (66.66%) of the votes cast, but"
        + " a company's special resolution needs at least 75% (CA 2006 s.283)",
        message(row(company(), Matter.EXPEL_MEMBER, atTwoMeetings(special, other)), ViolationCode.SPECIAL_RESOLUTION_BELOW_75));
    assertEquals(Set.of(ViolationCode.SPECIAL_RESOLUTION_BELOW_75), codes(row(company(), Matter.EXPEL_MEMBER, atTwoMeetings(other, special))));
    assertEquals(Set.of(), codes(row(company(), Matter.EXPEL_MEMBER, atTwoMeetings(other, other))));
  }

  @Test
  void validate_companyAmendingByInstrumentOrBoard_isHeldToSeventyFivePercent() {
    assertEquals("\"Amend the rules\" is decided by a instrument needing at least 37/50 (74%) of the votes cast, but a company's special"
        + " resolution (which amending the articles needs, CA 2006 s.21) needs at least 75% (CA 2006 s.283)",
        message(row(company(), Matter.AMEND_RULES, new Procedure.ByInstrument(Fraction.of(74, 100), "")), ViolationCode.SPECIAL_RESOLUTION_BELOW_75));
    assertEquals(Set.of(), codes(row(company(), Matter.AMEND_RULES, new Procedure.ByInstrument(Fraction.of(3, 4), ""))));
    // Another matter by instrument or by the board is no special resolution.
    assertEquals(Set.of(), codes(row(company(), Matter.EXPEL_MEMBER, new Procedure.ByInstrument(Fraction.ONE_HALF, ""))));
    assertEquals(Set.of(), codes(row(company(), Matter.EXPEL_MEMBER, new Procedure.ByBoard(Resolution.special("Expel")))));
    assertEquals("the board amends the rules, but a company's articles are amended only by a special resolution of the members, of"
        + " at least 75% of the votes cast (CA 2006 ss.21, 283)",
        message(row(company(), Matter.AMEND_RULES, new Procedure.ByBoard(Resolution.special("Amend"))), ViolationCode.SPECIAL_RESOLUTION_BELOW_75));
    assertEquals("\"Expel a member\" is decided by a special resolution needing at least 2/3 (66.66%) of the votes cast, but a company's"
        + " special resolution needs at least 75% (CA 2006 s.283)", message(row(company(), Matter.EXPEL_MEMBER,
            new Procedure.AtMeeting(special(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST)))), ViolationCode.SPECIAL_RESOLUTION_BELOW_75));
  }

  @Test
  void validate_membershipNotOpen_listsWhatEachClassNeeds() {
    Eligibility workers = Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8));
    Eligibility tenants = Eligibility.residentIn(AREA).and(Eligibility.tenant());
    Constitution.Builder tenantsOnly = coop().areaOfBenefit(AREA).membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(WORKERS, "Workers", workers), StakeholderClass.of(USERS, "Tenants", tenants),
        StakeholderClass.of(INVESTORS, "Investors", Eligibility.memberOrganisation())));
    assertEquals("the area of benefit is Ashby ward, but no class admits an adult who lives there and attests nothing more (the"
        + " classes need: Workers: " + workers.description() + "; Tenants: " + tenants.description() + "; Investors: "
        + Eligibility.memberOrganisation().description() + ")", message(tenantsOnly, ViolationCode.MEMBERSHIP_NOT_OPEN));
  }

  @Test
  void validate_classAlone_takesThreeQuartersWhereTheRowSaysNothingOfVotes() {
    // Counted by heads while class shares weigh the votes: the row guarantees no share of the votes, so 75% is the test.
    Procedure byHeads = new Procedure.AtMeeting(special(Threshold.threeQuartersOfVotesCast().byHeads()));
    assertEquals(Set.of(), codes(row(shares(coop(), Fraction.ONE_HALF, Fraction.of(1, 4), Fraction.of(1, 4)), Matter.AMEND_RULES, byHeads)));
    assertEquals("class workers holds a fixed 3/4 (75%) of the vote, enough alone to amend the rules, which need at least 3/4 (75%)"
        + " of the votes cast", message(row(shares(coop(), Fraction.of(3, 4), Fraction.of(1, 8), Fraction.of(1, 8)), Matter.AMEND_RULES,
            byHeads), ViolationCode.CLASS_CAN_PASS_SPECIAL_ALONE));
    // At two meetings, the first meeting's share; by instrument, 75%.
    Procedure twoThirdsFirst = atTwoMeetings(votesCast(Resolution.Kind.SPECIAL, Fraction.of(2, 3)), votesCast(Resolution.Kind.OTHER, Fraction.ONE));
    assertEquals("class workers holds a fixed 7/10 (70%) of the vote, enough alone to amend the rules, which need at least 2/3 (66.66%)"
        + " of the votes cast", message(row(shares(coop(), Fraction.of(7, 10), Fraction.of(2, 10), Fraction.of(1, 10)), Matter.AMEND_RULES,
            twoThirdsFirst), ViolationCode.CLASS_CAN_PASS_SPECIAL_ALONE));
    assertEquals(Set.of(), codes(row(shares(coop(), Fraction.of(7, 10), Fraction.of(2, 10), Fraction.of(1, 10)), Matter.AMEND_RULES,
        new Procedure.ByInstrument(Fraction.ONE_HALF, ""))));
  }

  @Test
  void validate_investorVotes_saysWhichClassesAndHowMuch() {
    Supplier<Constitution.Builder> two = () -> coop().investorClasses(ImmutableSortedSet.of(INVESTORS, NOBODY));
    assertEquals("the investor classes investors, nobody vote with no cap on their share of the vote, so investors may come to hold"
        + " more than a quarter of it", message(voting(two.get(), x -> x.nonVotingClasses(List.of())), ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER));
    assertEquals("the investor class investors vote with no cap on their share of the vote, so investors may come to hold more than"
        + " a quarter of it", message(voting(coop(), x -> x.nonVotingClasses(List.of())), ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER));
    // A class without a vote needs no cap; the caps of the others add up.
    assertEquals(Set.of(), codes(voting(two.get(), x -> x.putClassCaps(NOBODY, Fraction.of(1, 4)))));
    assertEquals(Set.of(), codes(voting(two.get(), x -> x.nonVotingClasses(List.of()).putClassCaps(INVESTORS, Fraction.of(1, 8))
        .putClassCaps(NOBODY, Fraction.of(1, 8)))));
    assertEquals("the caps on the investor classes allow them 51/200 (25.5%) of the vote, more than a quarter",
        message(voting(two.get(), x -> x.nonVotingClasses(List.of()).putClassCaps(INVESTORS, Fraction.of(1, 8))
            .putClassCaps(NOBODY, Fraction.of(13, 100))), ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER));
    assertEquals("the investor classes (investors) hold fixed shares of 13/50 (26%) of the vote, more than a quarter",
        message(shares(coop(), Fraction.of(49, 100), Fraction.of(25, 100), Fraction.of(26, 100)), ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER));
  }

  @Test
  void validate_staffLimit_isTheTightestAtMostLimitOnStaff() {
    BoardRules.Builder b = BoardRules.builder().minSize(1).maxSize(9).addReserved(new ReservedSeats(WORKERS, 2),
        new ReservedSeats(USERS, 4)).generalSeats(3);
    String noLimit = "5 board seats (2 reserved for staff, 3 general seats any member may win) are open to staff, a majority of the 9"
        + " seats the rules fill, and no limit keeps staff to a minority";
    // An "at least" limit, or one on another class, keeps staff to nothing.
    assertEquals(noLimit, message(coop().board(BoardRules.builder().from(b.build())
        .addLimits(CompositionLimit.atLeast("staff voice", Group.ofClass(WORKERS), Fraction.of(1, 9))).build()), ViolationCode.STAFF_CAN_CONTROL_BOARD));
    assertEquals(noLimit, message(coop().board(BoardRules.builder().from(b.build())
        .addLimits(CompositionLimit.atMost("users", Group.ofClass(USERS), Fraction.of(5, 9))).build()), ViolationCode.STAFF_CAN_CONTROL_BOARD));
    // Of two limits on staff, the tighter one acts, whichever is stated first.
    assertEquals(Set.of(), codes(coop().board(BoardRules.builder().from(b.build())
        .addLimits(CompositionLimit.atMost("loose", Group.attribute("staff"), Fraction.of(2, 3)),
            CompositionLimit.atMost("tight", Group.ofClass(WORKERS), Fraction.of(1, 3))).build())));
    assertEquals("5 board seats (2 reserved for staff, 3 general seats any member may win) are open to staff, and the limit \"loose\""
        + " lets them hold 5, a majority of the 9 seats the rules fill", message(coop().board(BoardRules.builder().from(b.build())
            .addLimits(CompositionLimit.atMost("loose", Group.attribute("staff"), Fraction.of(2, 3))).build()), ViolationCode.STAFF_CAN_CONTROL_BOARD));
  }

  @Test
  void validate_staffHoldingExactlyHalfTheBoard_isNoMajority() {
    // 8 seats filled: 2 reserved for staff and 2 general, 4 open to staff, exactly half.
    BoardRules half = BoardRules.builder().minSize(1).maxSize(8).addReserved(new ReservedSeats(WORKERS, 2),
        new ReservedSeats(USERS, 4)).generalSeats(2).build();
    assertEquals(Set.of(), codes(coop().board(half)));
    assertEquals(Set.of(), codes(coop().board(BoardRules.builder().from(half)
        .addLimits(CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(2, 3))).build())));
    // One more general seat is a majority of 9.
    assertEquals(Set.of(ViolationCode.STAFF_CAN_CONTROL_BOARD), codes(coop().board(BoardRules.builder().from(half).maxSize(9).generalSeats(3).build())));
    // Reserved seats equal to the limit are within it.
    assertEquals(Set.of(), codes(coop().board(BoardRules.builder().from(half)
        .addLimits(CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(2, 8))).build())));
  }

  // ---- The report and its options -------------------------------------------------------------

  @Test
  void validate_everyViolation_notOnlyTheFirst_inClauseOrder() {
    Constitution c = voting(row(coop().minimumMembers(2), Matter.DISSOLVE, new Procedure.ByInstrument(Fraction.ONE_HALF, "x")),
        v -> v.basis(VoteBasis.ONE_VOTE_PER_SHARE)).board(board(6).build()).build();
    ValidationReport r = c.validate();
    assertEquals(List.of(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS, ViolationCode.ONE_MEMBER_ONE_VOTE_REQUIRED,
        ViolationCode.INSTRUMENT_BELOW_STATUTE, ViolationCode.BOARD_RESERVED_EXCEEDS_SIZE),
        r.violations().stream().map(Violation::code).toList());
    assertFalse(r.isValid());
    assertEquals(4, r.explain().lines().count());
    assertTrue(r.explain().startsWith("ERROR BELOW_STATUTORY_MINIMUM_MEMBERS [membership]: "), r::explain);
  }

  @Test
  void options_switchOffWarnings_butNeverErrors() {
    Constitution c = shares(coop(), Fraction.of(5, 10), Fraction.of(2, 10), Fraction.of(3, 10)).areaOfBenefit(AREA)
        .minimumMembers(2).build();
    assertEquals(EnumSet.of(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS, ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER), codes(c.validate()));
    assertEquals(EnumSet.of(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS), codes(c.validate(ValidationOptions.withoutPrinciples())));
    assertEquals(EnumSet.of(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS),
        codes(c.validate(ValidationOptions.ignoring(ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER))));
    assertEquals(EnumSet.of(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS, ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER),
        codes(c.validate(ValidationOptions.ignoring(ViolationCode.MEMBERSHIP_NOT_OPEN))));
    InvalidValueException x = assertThrows(InvalidValueException.class,
        () -> ValidationOptions.ignoring(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS));
    assertEquals("ignored", x.field());
    assertTrue(ValidationOptions.defaults().andIgnoring(ViolationCode.STAFF_CAN_CONTROL_BOARD).ignored()
        .contains(ViolationCode.STAFF_CAN_CONTROL_BOARD));
  }

  @Test
  void codes_eachHaveOneSeverityAndThePrinciplesAreWarnings() {
    for (ViolationCode code : ViolationCode.values()) {
      if (code.category() == ViolationCode.Category.PRINCIPLE) {
        assertEquals(Severity.WARNING, code.severity(), code::name);
      }
      if (code.category() == ViolationCode.Category.LAW) {
        assertEquals(Severity.ERROR, code.severity(), code::name);
      }
    }
  }
}
