package org.commonweal.governance.constitution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Signature;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every profile of {@link Profiles}: it builds, validates with no error, fills the table of matters
 * with its legal form's statutory procedures, and checks its parameters. The rows of docs/rules-reference.md are
 * {@link ProfileRulesTest}'s.
 */
class ProfilesTest {
  static final LocalDate ADOPTED = LocalDate.of(2026, 4, 1);
  static final QuorumRule QUORUM = QuorumRule.greaterOf(QuorumRule.members(3), QuorumRule.fractionOfMembers(Fraction.of(1, 10)));
  static final String AREA = "Eastfield";

  /** The nine matters the issue names, which every profile's table must give a procedure. */
  static final List<Matter> STATUTORY_MATTERS = List.of(Matter.AMEND_RULES, Matter.ADMIT_MEMBER, Matter.EXPEL_MEMBER,
      Matter.DISPOSE_OF_ASSETS, Matter.AMALGAMATE, Matter.CONVERT, Matter.DISSOLVE, Matter.ELECT_DIRECTOR, Matter.REMOVE_DIRECTOR);

  static Stream<Constitution> profiles() {
    return ProfileFixtures.all().stream();
  }

  /** A tally on {@code roll}, members numbered from 1: the first {@code f} for, the next {@code a} against, then {@code x} abstaining. */
  static Tally tally(VotingRoll roll, int f, int a, int x) {
    Tally.Builder b = Tally.builder(roll);
    int i = 1;
    for (int k = 0; k < f; k++) {
      b.vote(m(i++), Choice.FOR);
    }
    for (int k = 0; k < a; k++) {
      b.vote(m(i++), Choice.AGAINST);
    }
    for (int k = 0; k < x; k++) {
      b.vote(m(i++), Choice.ABSTAIN);
    }
    return b.build();
  }

  /**
   * The roll of a constitution over members numbered from 1, class by class in the order given: {@code
   * roll(c, A, 3, B, 2)} puts members 1 to 3 in A and 4 and 5 in B.
   */
  static VotingRoll roll(Constitution c, Object... classAndCount) {
    List<Elector> all = new ArrayList<>();
    int next = 1;
    for (int i = 0; i < classAndCount.length; i += 2) {
      int n = (Integer) classAndCount[i + 1];
      all.addAll(RollFixtures.electors(next, n, (ClassId) classAndCount[i]));
      next += n;
    }
    return c.roll(Electorate.of(RollFixtures.RECORD, all));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void validate_reportsNoError(Constitution c) {
    ValidationReport report = c.validate();
    assertTrue(report.violations().stream().noneMatch(v -> v.severity() == Severity.ERROR), report::explain);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void matters_giveEveryStatutoryMatterAProcedure(Constitution c) {
    for (Matter matter : STATUTORY_MATTERS) {
      assertTrue(c.matters().containsKey(matter), () -> c.name() + " has no row for " + matter);
    }
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void matters_followTheLegalForm(Constitution c) {
    if (c.type().isRegisteredSociety()) {
      assertInstanceOf(Procedure.AtTwoMeetings.class, c.procedure(Matter.AMALGAMATE));
      assertEquals(new Procedure.ByInstrument(Fraction.of(3, 4), "CCBS Act 2014 s.119"), c.procedure(Matter.DISSOLVE));
      if (c.assetLock().isPresent()) {
        assertInstanceOf(Procedure.Prohibited.class, c.procedure(Matter.CONVERT));
      } else {
        assertInstanceOf(Procedure.AtTwoMeetings.class, c.procedure(Matter.CONVERT));
      }
    } else {
      Procedure amend = c.procedure(Matter.AMEND_RULES);
      assertInstanceOf(Procedure.AtMeeting.class, amend);
      assertEquals(Resolution.Kind.SPECIAL, ((Procedure.AtMeeting) amend).resolution().kind());
    }
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void removeDirector_isAnOrdinaryResolutionOfMoreThanHalfTheVotesCast(Constitution c) {
    // CA 2006 s.168 for a company; the society profiles follow it. 10 for and 9 against passes; 9 to 9 fails.
    assertTrue(c.decide(Matter.REMOVE_DIRECTOR, tally(RollFixtures.roll(20), 10, 9, 1)).passed());
    assertFalse(c.decide(Matter.REMOVE_DIRECTOR, tally(RollFixtures.roll(20), 9, 9, 2)).passed());
  }

  @Test
  void societyAmalgamation_isDecidedAtTwoMeetingsUnderS111() {
    Constitution c = Profiles.ukCooperativeSociety("Valley Foods Co-operative", ADOPTED, QUORUM);
    LocalDate first = LocalDate.of(2026, 9, 1);
    // 2/3 exactly at the first meeting, then 21 to 20 at the second.
    ResolutionOutcome yes = c.decide(Matter.AMALGAMATE, tally(RollFixtures.roll(100), 40, 20, 5), first,
        tally(RollFixtures.roll(100), 21, 20, 0), first.plusDays(15));
    assertTrue(yes.passed(), yes.explain());
    assertFalse(c.decide(Matter.AMALGAMATE, tally(RollFixtures.roll(100), 39, 20, 0), first,
        tally(RollFixtures.roll(100), 21, 20, 0), first.plusDays(15)).passed());
    // Not on one tally.
    assertThrows(InvalidValueException.class, () -> c.decide(Matter.AMALGAMATE, tally(RollFixtures.roll(10), 10, 0, 0)));
  }

  @Test
  void societyConversion_needs75PercentOfThoseVotingAndHalfOfAllMembersVoting_s113() {
    Constitution c = Profiles.ukCooperativeSociety("Valley Foods Co-operative", ADOPTED, QUORUM);
    LocalDate first = LocalDate.of(2026, 9, 1);
    Tally second = tally(RollFixtures.roll(100), 30, 10, 0);
    assertTrue(c.decide(Matter.CONVERT, tally(RollFixtures.roll(100), 45, 5, 0), first, second, first.plusDays(20)).passed());
    // 49 of 100 voting.
    assertFalse(c.decide(Matter.CONVERT, tally(RollFixtures.roll(100), 45, 4, 0), first, second, first.plusDays(20)).passed());
  }

  @Test
  void communityBenefitSociety_mayNotConvert() {
    Constitution c = Profiles.communityBenefitSociety("Eastfield Community Energy", "To generate renewable energy", ADOPTED, QUORUM);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> c.decide(Matter.CONVERT,
        tally(RollFixtures.roll(10), 10, 0, 0), ADOPTED.plusDays(1), tally(RollFixtures.roll(10), 10, 0, 0), ADOPTED.plusDays(20)));
    assertTrue(e.getMessage().contains("SI 2006/264"), e.getMessage());
  }

  @Test
  void societyDissolution_isByAnInstrumentSignedBy75PercentOfMembers_s119() {
    Constitution c = Profiles.communityLandTrust("Eastfield Community Land Trust", ADOPTED, AREA, QUORUM, 2);
    LocalDate circulated = LocalDate.of(2027, 1, 4);
    List<Signature> signatures = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      signatures.add(Signature.of(m(i), circulated.plusDays(i)));
    }
    // 20 members: 15 signatures are 75%, 14 are not.
    assertTrue(c.decideByInstrument(Matter.DISSOLVE, RollFixtures.roll(20), signatures, circulated, circulated.plusDays(60)).passed());
    assertFalse(c.decideByInstrument(Matter.DISSOLVE, RollFixtures.roll(20), signatures.subList(0, 14), circulated,
        circulated.plusDays(60)).passed());
  }

  @Test
  void companyArticles_areAmendedBySpecialResolution_s283() {
    Constitution c = Profiles.workerCooperative("Northside Bakers", ADOPTED, 3);
    assertTrue(c.decide(Matter.AMEND_RULES, tally(RollFixtures.roll(20), 15, 5, 0)).passed());
    assertFalse(c.decide(Matter.AMEND_RULES, tally(RollFixtures.roll(20), 14, 5, 1)).passed());
  }

  @Test
  void profiles_nameTheirAreaInvestorAndStaffClasses() {
    assertEquals(Set.of(Profiles.INVESTORS), Profiles.workerCooperative("Northside Bakers", ADOPTED, 2).investorClasses());
    assertEquals(Set.of(Profiles.STAFF, Profiles.LEADERS),
        Profiles.schoolTrust("Eastfield Learning Trust", ADOPTED, AREA, QUORUM, 4, 3).staffClasses());
    assertEquals(AREA, Profiles.developmentTrust("Eastfield Development Trust", ADOPTED, AREA, QUORUM, 5).areaOfBenefit().orElseThrow());
    assertEquals(Set.of(Profiles.STAFF), Profiles.communityHub("Eastfield Hub", ADOPTED, AREA, QUORUM).staffClasses());
    assertEquals(Set.of(Profiles.INVESTORS), Profiles.somersetRules("Levels Care Co-operative", ADOPTED, QUORUM).investorClasses());
  }

  @Test
  void parameters_outOfRange_areRefusedNamingTheField() {
    assertEquals("directors", assertThrows(InvalidValueException.class,
        () -> Profiles.workerCooperative("Northside Bakers", ADOPTED, 1)).field());
    assertEquals("seatsPerThird", assertThrows(InvalidValueException.class,
        () -> Profiles.communityLandTrust("Eastfield Community Land Trust", ADOPTED, AREA, QUORUM, 0)).field());
    assertEquals("forumTrustees", assertThrows(InvalidValueException.class,
        () -> Profiles.schoolTrust("Eastfield Learning Trust", ADOPTED, AREA, QUORUM, 4, 0)).field());
    assertEquals("boardSeats", assertThrows(InvalidValueException.class,
        () -> Profiles.developmentTrust("Eastfield Development Trust", ADOPTED, AREA, QUORUM, 2)).field());
  }

  @Test
  void somersetRules_refuseAShareOfTheVoteForAClassTheyDoNotHave() {
    MembershipRules membership = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(Profiles.WORKERS, "Workers", Eligibility.always()),
        StakeholderClass.of(Profiles.CLIENTS, "Clients", Eligibility.always()));
    Map<ClassId, Fraction> shares = new LinkedHashMap<>();
    shares.put(Profiles.WORKERS, Fraction.ONE_HALF);
    shares.put(Profiles.INVESTORS, Fraction.ONE_HALF);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Profiles.somersetRules("Levels Care Co-operative", ADOPTED, QUORUM, membership, shares));
    assertEquals("classShares", e.field());
  }

  @Test
  void profiles_areValuesThatCompareEqualWhenBuiltAlike() {
    assertEquals(Profiles.communityHub("Eastfield Hub", ADOPTED, AREA, QUORUM), Profiles.communityHub("Eastfield Hub", ADOPTED, AREA, QUORUM));
    assertFalse(Profiles.communityHub("Eastfield Hub", ADOPTED, AREA, QUORUM)
        .equals(Profiles.communityHub("Eastfield Hub", ADOPTED, "Westfield", QUORUM)));
  }

  @Test
  void validate_theThreeInstitutionsAndTheWorkerCooperative_haveNoViolationAtAll() {
    for (Constitution c : List.of(
        Profiles.schoolTrust("Eastfield Learning Trust", ADOPTED, AREA, QUORUM, 4, 3),
        Profiles.developmentTrust("Eastfield Development Trust", ADOPTED, AREA, QUORUM, 7),
        Profiles.communityHub("Eastfield Hub", ADOPTED, AREA, QUORUM),
        Profiles.workerCooperative("Northside Bakers", ADOPTED, 5))) {
      assertEquals(List.of(), c.validate().violations(), c.name());
    }
    // The FairShares company lets investors vote without a cap: the principle's warning, as the model is.
    assertEquals(List.of(ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER),
        Profiles.fairShares("Open Tools", ADOPTED, false).validate().violations().stream().map(Violation::code).toList());
  }

  @Test
  void communityLandTrust_boardIsThreeTimesTheSeatsPerThird() {
    Constitution c = Profiles.communityLandTrust("Eastfield Community Land Trust", ADOPTED, AREA, QUORUM, 2);
    assertEquals(6, c.board().orElseThrow().minSize());
    assertEquals(6, c.board().orElseThrow().maxSize());
  }

  @Test
  void communityHub_limitsEveryClassButStaffToAThird() {
    List<String> limits = Profiles.communityHub("Eastfield Hub", ADOPTED, AREA, QUORUM).board().orElseThrow().limits().stream()
        .map(l -> l.name() + " " + l.fraction()).toList();
    assertEquals(List.of("paid staff 1/10", "no class more than a third: pupils-families 1/3",
        "no class more than a third: library-users 1/3", "no class more than a third: tenants 1/3",
        "no class more than a third: business-tenants 1/3", "no class more than a third: residents 1/3"), limits);
  }

  @Test
  void fairShares_regulatorApproved_dropsTheThreeQuartersOfVotesCast() {
    Resolution company = ((Procedure.AtMeeting) Profiles.fairShares("Open Tools", ADOPTED, false).procedure(Matter.AMEND_RULES)).resolution();
    Resolution society = ((Procedure.AtMeeting) Profiles.fairShares("Open Tools", ADOPTED, true).procedure(Matter.AMEND_RULES)).resolution();
    assertEquals(3, company.conditions().size());
    assertTrue(company.conditions().contains(Threshold.threeQuartersOfVotesCast()));
    assertEquals(2, society.conditions().size());
    assertFalse(society.conditions().contains(Threshold.threeQuartersOfVotesCast()));
  }
}
