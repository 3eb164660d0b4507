package org.commonweal.governance.constitution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.range;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.BoardMeeting;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingKind;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Signature;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.resolution.WrittenResolution;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * The constitution applies its own rules: the table of matters, the meeting rules, the board's
 * meetings, written resolutions. Figures are worked by hand from the rules each test builds.
 */
class ConstitutionTest {
  static final LocalDate ADOPTED = LocalDate.of(2020, 1, 1);
  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId COMMUNITY = ClassId.of("community");

  /** A small co-operative society: special resolution to amend, s.111 merger, s.119 dissolution, no conversion. */
  static Constitution.Builder society() {
    return Constitution.builder()
        .name("Riverside Co-operative")
        .type(OrganisationType.CO_OPERATIVE_SOCIETY)
        .objects("To run a shop for the people of Riverside")
        .inForceFrom(ADOPTED)
        .membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
            StakeholderClass.of(WORKERS, "Workers", Eligibility.always()),
            StakeholderClass.of(COMMUNITY, "Community", Eligibility.residentIn("Riverside"))))
        .addShareClasses(membershipShare())
        .statutoryCap(StatutoryCap.ukRegisteredSociety())
        .voting(VotingRules.oneMemberOneVote())
        .generalMeetings(MeetingRules.builder()
            .quorum(QuorumRule.greaterOf(QuorumRule.members(3), QuorumRule.fractionOfMembers(Fraction.of(1, 10))))
            .build())
        .putMatters(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.special("Amend the rules")))
        .putMatters(Matter.AMALGAMATE, new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsAmalgamation("Amalgamate")))
        .putMatters(Matter.DISSOLVE, new Procedure.ByInstrument(Fraction.of(3, 4), "CCBS Act 2014 s.119"))
        .putMatters(Matter.CONVERT, new Procedure.Prohibited("the members keep the society a society"))
        .assetLock(AssetLock.constitutional(AssetLock.LOCKED_RECIPIENTS))
        .addEntrenched(Entrenchment.unanimous(Clause.OBJECTS, "rule 2"))
        .addEntrenched(Entrenchment.unchangeable(Clause.SURPLUS, "rule 40"));
  }

  static ShareClass membershipShare() {
    ShareClass.Builder b = ShareClass.builder();
    b.id(ShareClassId.of("membership")).name("Membership share").parValue(Money.ofMajor(1, Currency.getInstance("GBP")))
        .withdrawable(false).transferable(false).voting(true).addHolders(WORKERS, COMMUNITY);
    return b.build();
  }

  static Tally tally(VotingRoll roll, int forVotes, int against) {
    Tally.Builder b = Tally.builder(roll);
    for (int i = 1; i <= forVotes; i++) {
      b.vote(m(i), Choice.FOR);
    }
    for (int i = forVotes + 1; i <= forVotes + against; i++) {
      b.vote(m(i), Choice.AGAINST);
    }
    return b.build();
  }

  @Test
  void decide_amendRules_takesTheRulesSpecialResolution() {
    Constitution c = society().build();
    VotingRoll r = roll(10);
    // 3 of 4 is 75%, at least 3/4: passes; 5 of 7 is 71%: fails, though an ordinary resolution would pass.
    ResolutionOutcome passed = c.decide(Matter.AMEND_RULES, tally(r, 3, 1));
    assertTrue(passed.passed(), passed.explain());
    assertEquals("Amend the rules", passed.title());
    assertEquals(Resolution.Kind.SPECIAL, passed.kind());
    assertFalse(c.decide(Matter.AMEND_RULES, tally(r, 5, 2)).passed());
  }

  @Test
  void decide_matterNotInTheTable_isOrdinaryBusiness() {
    Constitution c = society().build();
    VotingRoll r = roll(10);
    Matter budget = Matter.of("budget", "Approve the budget");
    assertTrue(c.decide(budget, tally(r, 2, 1)).passed());
    assertFalse(c.decide(budget, tally(r, 2, 2)).passed());      // a tie is not more than half
    assertEquals("Approve the budget", c.decide(budget, tally(r, 2, 1)).title());
  }

  @Test
  void decide_ordinaryBusinessRow_replacesTheDefault() {
    Constitution c = society()
        .putMatters(Matter.ORDINARY_BUSINESS, new Procedure.AtMeeting(Resolution.unanimous("Ordinary business")))
        .build();
    assertFalse(c.decide(Matter.of("budget", "Approve the budget"), tally(roll(10), 2, 1)).passed());
    assertTrue(c.decide(Matter.of("budget", "Approve the budget"), tally(roll(10), 2, 0)).passed());
  }

  @Test
  void decide_twoMeetingMatterOnOneTally_isRefusedNamingTheProcedure() {
    Constitution c = society().build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> c.decide(Matter.AMALGAMATE, tally(roll(10), 9, 0)));
    assertEquals("matter", e.field());
    assertTrue(e.getMessage().contains("two general meetings"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> c.decide(Matter.CONVERT, tally(roll(10), 9, 0)));
  }

  @Test
  void decide_atTwoMeetings_appliesSection111() {
    Constitution c = society().build();
    VotingRoll r = roll(12);
    LocalDate first = LocalDate.of(2026, 5, 1);
    // 2 of 3 at the first meeting (at least 2/3), then 3 of 5 at the second (over 1/2), 20 days apart.
    assertTrue(c.decide(Matter.AMALGAMATE, tally(r, 2, 1), first, tally(r, 3, 2), first.plusDays(20)).passed());
    // 5 of 8 is under 2/3 at the first meeting.
    assertFalse(c.decide(Matter.AMALGAMATE, tally(r, 5, 3), first, tally(r, 3, 2), first.plusDays(20)).passed());
    assertThrows(InvalidValueException.class,
        () -> c.decide(Matter.AMEND_RULES, tally(r, 2, 1), first, tally(r, 3, 2), first.plusDays(20)));
  }

  @Test
  void decideByInstrument_countsSignaturesAgainstAllMembers() {
    Constitution c = society().build();
    VotingRoll r = roll(8);
    LocalDate on = LocalDate.of(2026, 3, 1);
    List<Signature> six = new ArrayList<>();
    range(1, 6).forEach(id -> six.add(Signature.of(id, on)));
    assertTrue(c.decideByInstrument(Matter.DISSOLVE, r, six, on, on).passed());          // 6 of 8 = 75%
    assertFalse(c.decideByInstrument(Matter.DISSOLVE, r, six.subList(0, 5), on, on).passed()); // 5 of 8
    assertThrows(InvalidValueException.class, () -> c.decideByInstrument(Matter.AMEND_RULES, r, six, on, on));
  }

  @Test
  void decideInWriting_usesTheRulesLapsePeriod() {
    Constitution c = society().writtenResolutionDays(28).build();
    VotingRoll r = roll(4);
    LocalDate circulated = LocalDate.of(2026, 3, 1);
    List<Signature> three = List.of(Signature.of(m(1), circulated), Signature.of(m(2), circulated), Signature.of(m(3), circulated));
    WrittenResolution w = WrittenResolution.ordinary("Appoint the auditors", circulated);
    assertTrue(c.decideInWriting(w, r, three, circulated.plusDays(27)).passed());
    // The 28-day period begins with the circulation date: day 29 is too late.
    assertFalse(c.decideInWriting(w, r, List.of(Signature.of(m(1), circulated.plusDays(28)),
        Signature.of(m(2), circulated.plusDays(28)), Signature.of(m(3), circulated.plusDays(28))), circulated.plusDays(40)).passed());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> society().build().decideInWriting(w, r, three, circulated));
    assertEquals("writtenResolutionDays", e.field());
  }

  @Test
  void quorum_isTheGeneralMeetingsQuorum() {
    Constitution c = society().build();
    VotingRoll r = roll(40);
    LocalDateTime at = LocalDateTime.of(2026, 6, 20, 18, 0);
    Meeting gm = Meeting.of(MeetingKind.GENERAL, at, LocalDate.of(2026, 6, 1));
    // greater of 3 members and 1/10 of 40 = 4.
    assertFalse(c.quorum(gm, Attendance.of(r, at, range(1, 3))).met());
    assertTrue(c.quorum(gm, Attendance.of(r, at, range(1, 4))).met());
    assertEquals(c.generalMeetings().notice(gm), c.notice(gm));
  }

  @Test
  void boardMeeting_castingVoteFollowsTheRules() {
    List<MemberId> board = range(1, 4);
    LocalDate on = LocalDate.of(2026, 2, 2);
    AgendaItem item = AgendaItem.of("1", "Appoint a manager");
    Map<MemberId, Choice> tied = Map.of(m(1), Choice.FOR, m(2), Choice.FOR, m(3), Choice.AGAINST, m(4), Choice.AGAINST);
    Constitution withCasting = society().boardQuorum(QuorumRule.members(2)).chairCastingVote(true).build();
    Constitution without = society().boardQuorum(QuorumRule.members(2)).build();
    BoardMeeting a = withCasting.boardMeeting(board, on, board, m(1));
    BoardMeeting b = without.boardMeeting(board, on, board, m(1));
    assertTrue(a.decide(item, Resolution.ordinary("Appoint"), tied, Choice.FOR).passed());
    assertFalse(b.decide(item, Resolution.ordinary("Appoint"), tied).passed());
    assertThrows(InvalidValueException.class, () -> society().build().boardMeeting(board, on, board, m(1)));
  }

  @Test
  void applying_withoutTheRule_namesTheMissingClause() {
    Constitution c = society().build();
    assertEquals("board", assertThrows(InvalidValueException.class,
        () -> c.electBoard(c.emptyRegister(), ADOPTED, List.of(), List.of(), TieBreaker.givenOrder())).field());
    assertEquals("rotation", assertThrows(InvalidValueException.class,
        () -> c.retireByRotation(List.of(), ADOPTED, false, TieBreaker.givenOrder())).field());
    assertEquals("surplus", assertThrows(InvalidValueException.class,
        () -> c.allocateSurplus(Money.ofMajor(100, Currency.getInstance("GBP")), Map.of(), Map.of())).field());
  }

  @Test
  void ledger_usesTheConstitutionsShareClassesAndCap() {
    Constitution c = society().build();
    assertEquals(c.membership(), c.emptyRegister().rules());
    assertEquals(c.shareClasses(), c.ledger(c.emptyRegister()).shareClasses());
    assertEquals(StatutoryCap.ukRegisteredSociety(), c.ledger(c.emptyRegister()).statutoryCap());
  }

  @Test
  void minimumMembers_defaultsToTheStatutes() {
    assertEquals(3, society().build().minimumMembers());
    assertEquals(1, society().type(OrganisationType.COMPANY_LIMITED_BY_GUARANTEE).build().minimumMembers());
  }

  @Test
  void build_refusesWhatCannotStand() {
    assertEquals("entrenched", assertThrows(InvalidValueException.class,
        () -> society().addEntrenched(Entrenchment.unchangeable(Clause.OBJECTS, "")).build()).field());
    assertEquals("name", assertThrows(InvalidValueException.class, () -> society().name(" ").build()).field());
    assertEquals("assetDisposalFraction", assertThrows(InvalidValueException.class,
        () -> society().assetDisposalFraction(Fraction.of(3, 2)).build()).field());
    assertEquals("amendment", assertThrows(InvalidValueException.class,
        () -> society().previous(society().build()).build()).field());
  }

  @Test
  void matter_isEqualByItsId() {
    assertEquals(Matter.AMEND_RULES, Matter.of("amend-rules", "Change the rules"));
    assertNotEquals(Matter.AMEND_RULES, Matter.ADMIT_MEMBER);
    assertThrows(InvalidValueException.class, () -> Matter.of(" x", "X"));
    assertEquals(Optional.of(Entrenchment.unanimous(Clause.OBJECTS, "rule 2")), society().build().entrenchment(Clause.OBJECTS));
  }

  @Test
  void chairCastingVote_isNotGivenUnlessTheRulesSaySo() {
    assertFalse(society().build().chairCastingVote());
    assertTrue(society().chairCastingVote(true).build().chairCastingVote());
  }

  @Test
  void build_refusesABlankAreaNoWrittenLapseAndNoAssets() {
    assertEquals("areaOfBenefit", assertThrows(InvalidValueException.class, () -> society().areaOfBenefit(" ").build()).field());
    assertEquals("writtenResolutionDays", assertThrows(InvalidValueException.class,
        () -> society().writtenResolutionDays(0).build()).field());
    assertEquals(1, society().writtenResolutionDays(1).build().writtenResolutionDays().getAsInt());
    // A disposal of no assets is no rule; of all of them is.
    assertEquals("assetDisposalFraction", assertThrows(InvalidValueException.class,
        () -> society().assetDisposalFraction(Fraction.ZERO).build()).field());
    assertEquals(Optional.of(Fraction.ONE), society().assetDisposalFraction(Fraction.ONE).build().assetDisposalFraction());
    assertEquals(Optional.of(Fraction.ONE_HALF), society().assetDisposalFraction(Fraction.ONE_HALF).build().assetDisposalFraction());
  }

  @Test
  void build_amendedVersion_mustTakeEffectAfterTheOneItReplaces() {
    Constitution first = society().build();
    Amendment a = Amendment.of("Allow written resolutions", new Change.WrittenResolutions(OptionalInt.of(28)));
    assertEquals("inForceFrom", assertThrows(InvalidValueException.class,
        () -> society().previous(first).amendment(a).build()).field());
    assertEquals("inForceFrom", assertThrows(InvalidValueException.class,
        () -> society().inForceFrom(ADOPTED.minusDays(1)).previous(first).amendment(a).build()).field());
    assertEquals(Optional.of(first), society().inForceFrom(ADOPTED.plusDays(1)).previous(first).amendment(a).build().previous());
  }

  @Test
  void ledger_withoutAStatutoryCap_hasNoneInTheSharesCurrency() {
    Currency eur = Currency.getInstance("EUR");
    ShareClass euros = ShareClass.builder().id(ShareClassId.of("euro")).name("Euro share").parValue(Money.ofMajor(1, eur))
        .withdrawable(false).transferable(false).voting(true).addHolders(WORKERS).build();
    Constitution inEuros = society().shareClasses(List.of(euros)).statutoryCap(Optional.empty()).build();
    assertEquals(StatutoryCap.none(eur), inEuros.ledger(inEuros.emptyRegister()).statutoryCap());
  }

  @Test
  void toString_namesTheConstitutionAndItsVersions() {
    Constitution c = society().build();
    assertEquals("Constitution of Riverside Co-operative (co-operative society), in force from 2020-01-01", c.toString());
    Constitution v2 = c.apply(Amendment.of("Allow written resolutions", new Change.WrittenResolutions(OptionalInt.of(28))),
        LocalDate.of(2021, 3, 1));
    assertEquals("Constitution of Riverside Co-operative (co-operative society), in force from 2021-03-01, 2 versions", v2.toString());
  }

  @Test
  void organisationType_labelsAndKinds() {
    assertEquals("co-operative society", OrganisationType.CO_OPERATIVE_SOCIETY.label());
    assertEquals("community benefit society", OrganisationType.COMMUNITY_BENEFIT_SOCIETY.label());
    assertEquals("company limited by guarantee", OrganisationType.COMPANY_LIMITED_BY_GUARANTEE.label());
    assertEquals("company limited by shares", OrganisationType.COMPANY_LIMITED_BY_SHARES.label());
    assertTrue(OrganisationType.COMMUNITY_BENEFIT_SOCIETY.isRegisteredSociety());
    assertFalse(OrganisationType.COMPANY_LIMITED_BY_SHARES.isRegisteredSociety());
    assertTrue(OrganisationType.COMPANY_LIMITED_BY_SHARES.isCompany());
  }

  @Test
  void matter_isItsIdInTextAndHashedByIt() {
    assertEquals("amend-rules", Matter.AMEND_RULES.toString());
    assertEquals(Matter.AMEND_RULES.hashCode(), Matter.of("amend-rules", "Change the rules").hashCode());
    // Matters of different ids spread over a table's buckets.
    assertEquals(10, Stream.of(Matter.AMEND_RULES, Matter.ADMIT_MEMBER, Matter.EXPEL_MEMBER, Matter.DISPOSE_OF_ASSETS,
        Matter.AMALGAMATE, Matter.CONVERT, Matter.DISSOLVE, Matter.ELECT_DIRECTOR, Matter.REMOVE_DIRECTOR, Matter.ORDINARY_BUSINESS)
        .map(Matter::hashCode).distinct().count());
  }

  @Test
  void procedure_descriptions() {
    assertEquals("instrument signed by at least 3/4 of the members (CCBS Act 2014 s.119)",
        new Procedure.ByInstrument(Fraction.of(3, 4), "CCBS Act 2014 s.119").description());
    assertEquals("instrument signed by at least 1 of the members", new Procedure.ByInstrument(Fraction.ONE, "").description());
    assertEquals("resolution of the board: " + Threshold.majorityOfVotesCast().description(),
        new Procedure.ByBoard(Resolution.ordinary("Admit")).description());
    Resolution two = Resolution.builder().title("Amend").kind(Resolution.Kind.SPECIAL)
        .addConditions(Threshold.threeQuartersOfVotesCast(), Threshold.atLeast(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE).byHeads()).build();
    assertEquals("Special resolution of a general meeting: " + Threshold.threeQuartersOfVotesCast().description() + " and "
        + Threshold.atLeast(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE).byHeads().description(), new Procedure.AtMeeting(two).description());
    assertEquals("not allowed: the members keep the society a society",
        new Procedure.Prohibited("the members keep the society a society").description());
  }

  @Test
  void byInstrument_consentAboveNothingAndAtMostAll() {
    assertEquals("consent", assertThrows(InvalidValueException.class, () -> new Procedure.ByInstrument(Fraction.ZERO, "")).field());
    assertEquals("consent", assertThrows(InvalidValueException.class, () -> new Procedure.ByInstrument(Fraction.of(-1, 2), "")).field());
    assertEquals("consent", assertThrows(InvalidValueException.class, () -> new Procedure.ByInstrument(Fraction.of(3, 2), "")).field());
    assertEquals(Fraction.of(1, 100), new Procedure.ByInstrument(Fraction.of(1, 100), "").consent());
  }

  @Test
  void assetLock_mustSayWhereAssetsMayGo() {
    assertEquals("recipients", assertThrows(InvalidValueException.class, () -> AssetLock.constitutional(Set.of())).field());
    assertTrue(AssetLock.statutory().locksAssets());
    assertFalse(AssetLock.constitutional(Set.of(AssetLock.Recipient.CHARITY, AssetLock.Recipient.CO_OPERATIVE)).locksAssets());
  }

  @Test
  void validationReport_ofWarningsOnly_isValid() {
    Violation warning = new Violation(ViolationCode.MEMBERSHIP_NOT_OPEN, Severity.WARNING, Clause.MEMBERSHIP, "closed");
    Violation error = new Violation(ViolationCode.ASSET_LOCK_MISSING, Severity.ERROR, Clause.ASSET_LOCK, "no lock");
    assertTrue(new ValidationReport(ImmutableList.of(warning)).isValid());
    assertFalse(new ValidationReport(ImmutableList.of(warning, error)).isValid());
    assertTrue(new ValidationReport(ImmutableList.of()).isValid());
    assertEquals("No violations.", new ValidationReport(ImmutableList.of()).explain());
    assertEquals("WARNING MEMBERSHIP_NOT_OPEN [membership]: closed\nERROR ASSET_LOCK_MISSING [asset lock]: no lock\n",
        new ValidationReport(ImmutableList.of(warning, error)).explain());
  }
}
