package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.base.Rejection;
import org.junit.jupiter.api.Test;

/**
 * Examples on a development trust whose constitution has three classes: residents of the area of benefit
 * aged 16 or over, supporters aged 16 or over, and member organisations.
 */
class RegisterTest {
  static final ClassId RESIDENTS = ClassId.of("residents");
  static final ClassId SUPPORTERS = ClassId.of("supporters");
  static final ClassId ORGANISATIONS = ClassId.of("organisations");
  static final String AREA = "the area of benefit";
  static final LocalDate D1 = LocalDate.of(2026, 1, 15);
  static final LocalDate D2 = LocalDate.of(2026, 4, 1);
  static final LocalDate D3 = LocalDate.of(2026, 9, 1);

  static MembershipRules rules(ClassPolicy policy) {
    return MembershipRules.of(
        policy,
        StakeholderClass.of(RESIDENTS, "Residents", Eligibility.residentIn(AREA).and(Eligibility.minimumAge(16))),
        StakeholderClass.of(SUPPORTERS, "Supporters", Eligibility.minimumAge(16)),
        StakeholderClass.of(ORGANISATIONS, "Member organisations", Eligibility.memberOrganisation()));
  }

  static Facts adultResident() {
    return Facts.builder().dateOfBirth(LocalDate.of(1980, 5, 17)).addAreasOfResidence(AREA).build();
  }

  static Application resident(String id) {
    return Application.of(MemberId.of(id), "Resident " + id, RESIDENTS, adultResident());
  }

  static Register admitted(ClassPolicy policy, String... ids) {
    Register r = Register.empty(rules(policy));
    for (String id : ids) {
      r = r.admit(resident(id), D1).orElseThrow();
    }
    return r;
  }

  static void assertRejected(MembershipRejectionCode code, Outcome<Register> outcome) {
    assertTrue(outcome.isRejected(), () -> "expected " + code + " but was " + outcome);
    assertEquals(code.code(), outcome.rejection().code(), outcome::toString);
    assertTrue(code.matches(outcome));
  }

  // --- admission ------------------------------------------------------------------------------

  @Test
  void admit_eligibleResident_addsAnAdmittedMember() {
    Register before = Register.empty(rules(ClassPolicy.ONE_CLASS));
    Register after = before.admit(resident("M-0001"), D1).orElseThrow();
    Member m = after.member(MemberId.of("M-0001")).orElseThrow();
    assertEquals(MemberStatus.ADMITTED, m.status());
    assertEquals(D1, m.admittedOn());
    assertEquals(ImmutableSortedSet.of(RESIDENTS), m.classes());
    assertEquals(0, before.size());
    assertEquals(1, after.size());
  }

  @Test
  void admit_unknownClass_UNKNOWN_CLASS() {
    Outcome<Register> r =
        admitted(ClassPolicy.ONE_CLASS).admit(Application.of(MemberId.of("M-0001"), "A", ClassId.of("investors"), adultResident()), D1);
    assertRejected(MembershipRejectionCode.UNKNOWN_CLASS, r);
    assertEquals("investors", r.rejection().facts().get("class"));
  }

  @Test
  void admit_fifteenYearOld_NOT_ELIGIBLE_withTheFailedCondition() {
    Facts facts = Facts.builder().dateOfBirth(LocalDate.of(2011, 3, 2)).addAreasOfResidence(AREA).build();
    Outcome<Register> r =
        admitted(ClassPolicy.ONE_CLASS).admit(Application.of(MemberId.of("M-0042"), "Sam Reid", RESIDENTS, facts), D3);
    assertRejected(MembershipRejectionCode.NOT_ELIGIBLE, r);
    Rejection rejection = r.rejection();
    assertEquals("needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15", rejection.facts().get("reason"));
    assertEquals(
        "NOT_ELIGIBLE: M-0042 is not eligible for Residents on 2026-09-01: needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15",
        rejection.code() + ": " + rejection.message());
  }

  @Test
  void admit_individualToOrganisationsClass_NOT_ELIGIBLE() {
    Application a = Application.of(MemberId.of("M-0001"), "A", ORGANISATIONS, Facts.none());
    assertRejected(MembershipRejectionCode.NOT_ELIGIBLE, admitted(ClassPolicy.ONE_CLASS).admit(a, D1));
  }

  @Test
  void admit_societyToOrganisationsClass_takesTheKindFromTheApplication() {
    Application a =
        Application.builder()
            .id(MemberId.of("S-0001"))
            .name("Ashby Community Energy Ltd")
            .kind(MemberKind.REGISTERED_SOCIETY)
            .addClasses(ORGANISATIONS)
            .build();
    Register r = admitted(ClassPolicy.ONE_CLASS).admit(a, D1).orElseThrow();
    assertEquals(MemberKind.REGISTERED_SOCIETY, r.member(MemberId.of("S-0001")).orElseThrow().kind());
  }

  @Test
  void admit_existingId_DUPLICATE_MEMBER_ID() {
    assertRejected(MembershipRejectionCode.DUPLICATE_MEMBER_ID, admitted(ClassPolicy.ONE_CLASS, "M-0001").admit(resident("M-0001"), D2));
  }

  @Test
  void admit_idOfAFormerMember_DUPLICATE_MEMBER_ID() {
    Register r = admitted(ClassPolicy.ONE_CLASS, "M-0001").cease(MemberId.of("M-0001"), D2, "resigned").orElseThrow();
    Outcome<Register> again = r.admit(resident("M-0001"), D3);
    assertRejected(MembershipRejectionCode.DUPLICATE_MEMBER_ID, again);
    assertEquals("CEASED", again.rejection().facts().get("status"));
  }

  @Test
  void admit_twoClassesWhereOneIsAllowed_ONE_CLASS_ONLY() {
    Application a =
        Application.builder().id(MemberId.of("M-0001")).name("A").addClasses(RESIDENTS, SUPPORTERS).facts(adultResident()).build();
    assertRejected(MembershipRejectionCode.ONE_CLASS_ONLY, admitted(ClassPolicy.ONE_CLASS).admit(a, D1));
    Register several = admitted(ClassPolicy.SEVERAL_CLASSES).admit(a, D1).orElseThrow();
    assertEquals(ImmutableSortedSet.of(RESIDENTS, SUPPORTERS), several.member(MemberId.of("M-0001")).orElseThrow().classes());
  }

  // --- class changes --------------------------------------------------------------------------

  @Test
  void changeClass_residentMovesAway_becomesASupporter() {
    Facts movedAway = Facts.builder().dateOfBirth(LocalDate.of(1980, 5, 17)).addAreasOfResidence("elsewhere").build();
    Register r = admitted(ClassPolicy.ONE_CLASS, "M-0001").changeClass(MemberId.of("M-0001"), SUPPORTERS, movedAway, D2).orElseThrow();
    Member m = r.member(MemberId.of("M-0001")).orElseThrow();
    assertEquals(ImmutableSortedSet.of(SUPPORTERS), m.classes());
    assertEquals(MemberEvent.Kind.CLASSES_CHANGED, m.history().get(1).kind());
    assertEquals(ImmutableSortedSet.of(RESIDENTS), m.classesOn(D2.minusDays(1)));
  }

  @Test
  void changeClass_toTheSameClass_ALREADY_IN_CLASS() {
    assertRejected(
        MembershipRejectionCode.ALREADY_IN_CLASS,
        admitted(ClassPolicy.ONE_CLASS, "M-0001").changeClass(MemberId.of("M-0001"), RESIDENTS, adultResident(), D2));
  }

  @Test
  void changeClass_notEligible_NOT_ELIGIBLE() {
    assertRejected(
        MembershipRejectionCode.NOT_ELIGIBLE,
        admitted(ClassPolicy.ONE_CLASS, "M-0001").changeClass(MemberId.of("M-0001"), ORGANISATIONS, adultResident(), D2));
  }

  @Test
  void changeClass_unknownClass_UNKNOWN_CLASS() {
    assertRejected(
        MembershipRejectionCode.UNKNOWN_CLASS,
        admitted(ClassPolicy.ONE_CLASS, "M-0001").changeClass(MemberId.of("M-0001"), ClassId.of("nobody"), adultResident(), D2));
  }

  @Test
  void joinClass_whereOneClassIsAllowed_ONE_CLASS_ONLY() {
    assertRejected(
        MembershipRejectionCode.ONE_CLASS_ONLY,
        admitted(ClassPolicy.ONE_CLASS, "M-0001").joinClass(MemberId.of("M-0001"), SUPPORTERS, adultResident(), D2));
  }

  @Test
  void joinClass_thenLeave_whereSeveralAreAllowed() {
    MemberId id = MemberId.of("M-0001");
    Register joined = admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001").joinClass(id, SUPPORTERS, adultResident(), D2).orElseThrow();
    assertEquals(ImmutableSortedSet.of(RESIDENTS, SUPPORTERS), joined.member(id).orElseThrow().classes());
    assertEquals(List.of(joined.member(id).orElseThrow()), joined.membersOf(SUPPORTERS));
    Register left = joined.leaveClass(id, RESIDENTS, D3).orElseThrow();
    assertEquals(ImmutableSortedSet.of(SUPPORTERS), left.member(id).orElseThrow().classes());
    assertTrue(left.membersOf(RESIDENTS).isEmpty());
  }

  @Test
  void joinClass_alreadyInIt_ALREADY_IN_CLASS() {
    assertRejected(
        MembershipRejectionCode.ALREADY_IN_CLASS,
        admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001").joinClass(MemberId.of("M-0001"), RESIDENTS, adultResident(), D2));
  }

  @Test
  void leaveClass_notInIt_NOT_IN_CLASS() {
    assertRejected(
        MembershipRejectionCode.NOT_IN_CLASS, admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001").leaveClass(MemberId.of("M-0001"), SUPPORTERS, D2));
  }

  @Test
  void leaveClass_onlyClass_LAST_CLASS() {
    assertRejected(
        MembershipRejectionCode.LAST_CLASS, admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001").leaveClass(MemberId.of("M-0001"), RESIDENTS, D2));
  }

  // --- status ---------------------------------------------------------------------------------

  @Test
  void suspendReinstateCease_recordsEachDate() {
    MemberId id = MemberId.of("M-0001");
    Register r =
        admitted(ClassPolicy.ONE_CLASS, "M-0001")
            .suspend(id, D2, "arrears")
            .flatMap(x -> x.reinstate(id, D2.plusDays(30)))
            .flatMap(x -> x.cease(id, D3, "moved away"))
            .orElseThrow();
    Member m = r.member(id).orElseThrow();
    assertEquals(MemberStatus.CEASED, m.status());
    assertEquals(4, m.history().size());
    assertEquals("arrears", m.history().get(1).note());
    assertEquals(D3, m.ceasedOn().orElseThrow());
    assertTrue(r.currentMembers().isEmpty());
    assertEquals(1, r.membersOn(D2).size());
    assertEquals(0, r.membersOn(D3).size());
  }

  @Test
  void anyChange_unknownMember_UNKNOWN_MEMBER() {
    Register r = admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001");
    MemberId nobody = MemberId.of("M-9999");
    assertRejected(MembershipRejectionCode.UNKNOWN_MEMBER, r.suspend(nobody, D2, ""));
    assertRejected(MembershipRejectionCode.UNKNOWN_MEMBER, r.reinstate(nobody, D2));
    assertRejected(MembershipRejectionCode.UNKNOWN_MEMBER, r.cease(nobody, D2, ""));
    assertRejected(MembershipRejectionCode.UNKNOWN_MEMBER, r.changeClass(nobody, SUPPORTERS, Facts.none(), D2));
    assertRejected(MembershipRejectionCode.UNKNOWN_MEMBER, r.joinClass(nobody, SUPPORTERS, Facts.none(), D2));
    assertRejected(MembershipRejectionCode.UNKNOWN_MEMBER, r.leaveClass(nobody, SUPPORTERS, D2));
  }

  @Test
  void anyChange_ceasedMember_MEMBER_CEASED() {
    MemberId id = MemberId.of("M-0001");
    Register r = admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001").cease(id, D2, "resigned").orElseThrow();
    assertRejected(MembershipRejectionCode.MEMBER_CEASED, r.suspend(id, D3, ""));
    assertRejected(MembershipRejectionCode.MEMBER_CEASED, r.reinstate(id, D3));
    assertRejected(MembershipRejectionCode.MEMBER_CEASED, r.cease(id, D3, ""));
    assertRejected(MembershipRejectionCode.MEMBER_CEASED, r.changeClass(id, SUPPORTERS, adultResident(), D3));
    assertRejected(MembershipRejectionCode.MEMBER_CEASED, r.joinClass(id, SUPPORTERS, adultResident(), D3));
    assertRejected(MembershipRejectionCode.MEMBER_CEASED, r.leaveClass(id, RESIDENTS, D3));
  }

  @Test
  void suspendOrChangeClass_suspendedMember_MEMBER_SUSPENDED() {
    MemberId id = MemberId.of("M-0001");
    Register r = admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001").suspend(id, D2, "arrears").orElseThrow();
    assertRejected(MembershipRejectionCode.MEMBER_SUSPENDED, r.suspend(id, D3, "again"));
    assertRejected(MembershipRejectionCode.MEMBER_SUSPENDED, r.changeClass(id, SUPPORTERS, adultResident(), D3));
    assertRejected(MembershipRejectionCode.MEMBER_SUSPENDED, r.joinClass(id, SUPPORTERS, adultResident(), D3));
    assertRejected(MembershipRejectionCode.MEMBER_SUSPENDED, r.leaveClass(id, RESIDENTS, D3));
    assertTrue(r.cease(id, D3, "expelled").isAccepted());
  }

  @Test
  void reinstate_admittedMember_NOT_SUSPENDED() {
    assertRejected(MembershipRejectionCode.NOT_SUSPENDED, admitted(ClassPolicy.ONE_CLASS, "M-0001").reinstate(MemberId.of("M-0001"), D2));
  }

  @Test
  void anyChange_datedBeforeTheLatest_DATE_OUT_OF_ORDER() {
    MemberId id = MemberId.of("M-0001");
    Register r = admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001").suspend(id, D2, "arrears").orElseThrow();
    Outcome<Register> early = r.reinstate(id, D2.minusDays(1));
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, early);
    assertEquals(D2.toString(), early.rejection().facts().get("latest"));
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, r.cease(id, D1, ""));
    Register fresh = admitted(ClassPolicy.SEVERAL_CLASSES, "M-0001");
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, fresh.suspend(id, D1.minusDays(1), ""));
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, fresh.changeClass(id, SUPPORTERS, adultResident(), D1.minusDays(1)));
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, fresh.joinClass(id, SUPPORTERS, adultResident(), D1.minusDays(1)));
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, fresh.leaveClass(id, RESIDENTS, D1.minusDays(1)));
    // The same date as the latest change is in order.
    assertTrue(fresh.suspend(id, D1, "").isAccepted());
  }

  @Test
  void rejection_leavesTheRegisterAsItWas() {
    Register r = admitted(ClassPolicy.ONE_CLASS, "M-0001", "M-0002");
    Register copy = Register.of(r.rules(), r.members());
    assertTrue(r.admit(resident("M-0001"), D2).isRejected());
    assertTrue(r.suspend(MemberId.of("M-0002"), D2, "").isAccepted());
    assertEquals(copy, r);
    assertEquals(MemberStatus.ADMITTED, r.member(MemberId.of("M-0002")).orElseThrow().status());
  }

  // --- construction, queries, equality --------------------------------------------------------

  @Test
  void members_inIdOrderWhateverTheOrderOfAdmission() {
    Register a = admitted(ClassPolicy.ONE_CLASS, "M-0003", "M-0001", "M-0002");
    Register b = admitted(ClassPolicy.ONE_CLASS, "M-0001", "M-0002", "M-0003");
    assertEquals(a, b);
    assertEquals(List.of("M-0001", "M-0002", "M-0003"), a.members().stream().map(m -> m.id().value()).toList());
  }

  @Test
  void of_memberInUndefinedClass_throws() {
    Member m =
        Member.builder()
            .id(MemberId.of("M-0001"))
            .name("A")
            .addHistory(MemberEvent.of(D1, MemberEvent.Kind.ADMITTED, Set.of(ClassId.of("investors")), ""))
            .build();
    assertThrows(InvalidValueException.class, () -> Register.of(rules(ClassPolicy.ONE_CLASS), List.of(m)));
  }

  @Test
  void of_memberInTwoClassesUnderOneClassRules_throws() {
    Member m =
        Member.builder()
            .id(MemberId.of("M-0001"))
            .name("A")
            .addHistory(MemberEvent.of(D1, MemberEvent.Kind.ADMITTED, Set.of(RESIDENTS, SUPPORTERS), ""))
            .build();
    assertThrows(InvalidValueException.class, () -> Register.of(rules(ClassPolicy.ONE_CLASS), List.of(m)));
    assertEquals(1, Register.of(rules(ClassPolicy.SEVERAL_CLASSES), List.of(m)).size());
  }

  @Test
  void of_duplicateIds_throws() {
    Register r = admitted(ClassPolicy.ONE_CLASS, "M-0001");
    Member m = r.members().get(0);
    assertThrows(InvalidValueException.class, () -> Register.of(r.rules(), List.of(m, m)));
  }

  @Test
  void membershipRules_duplicateClassOrNone_throws() {
    StakeholderClass c = StakeholderClass.of(RESIDENTS, "Residents", Eligibility.always());
    assertThrows(InvalidValueException.class, () -> MembershipRules.of(ClassPolicy.ONE_CLASS, c, c));
    assertThrows(InvalidValueException.class, () -> MembershipRules.of(ClassPolicy.ONE_CLASS));
    assertEquals(ClassPolicy.ONE_CLASS, MembershipRules.builder().addClasses(c).build().classPolicy());
  }

  @Test
  void toString_summarises() {
    Register r = admitted(ClassPolicy.ONE_CLASS, "M-0001", "M-0002");
    assertEquals("Register[2 current of 2 members; classes [residents, supporters, organisations]]", r.toString());
    assertFalse(r.contains(MemberId.of("M-0003")));
  }

  @Test
  void equals_sameRulesAndMembers_equalAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(admitted(ClassPolicy.ONE_CLASS, "M-0001"), admitted(ClassPolicy.ONE_CLASS, "M-0001"))
        .addEqualityGroup(admitted(ClassPolicy.ONE_CLASS), Register.empty(rules(ClassPolicy.ONE_CLASS)))
        .addEqualityGroup(admitted(ClassPolicy.SEVERAL_CLASSES))
        .addEqualityGroup(admitted(ClassPolicy.ONE_CLASS, "M-0002"))
        .testEquals();
  }

  @Test
  void everyMembershipRejectionCode_hasAnExampleHere() {
    List<String> names = java.util.Arrays.stream(RegisterTest.class.getDeclaredMethods()).map(java.lang.reflect.Method::getName).toList();
    for (MembershipRejectionCode code : MembershipRejectionCode.values()) {
      assertTrue(names.stream().anyMatch(n -> n.contains("_" + code.name())), () -> "no example test for " + code);
    }
  }

  @Test
  void contains_currentAndFormerMembers_becauseIdsAreNeverReused() {
    MemberId id = MemberId.of("M-0001");
    Register r = admitted(ClassPolicy.ONE_CLASS, "M-0001");
    assertTrue(r.contains(id));
    assertTrue(r.cease(id, D2, "resigned").orElseThrow().contains(id));
    assertFalse(r.contains(MemberId.of("M-0002")));
  }

  @Test
  void toString_countsOnlyCurrentMembersAsCurrent() {
    // One of two members has ceased: one current of two in the register.
    Register r = admitted(ClassPolicy.ONE_CLASS, "M-0001", "M-0002").cease(MemberId.of("M-0002"), D2, "resigned").orElseThrow();
    assertEquals("Register[1 current of 2 members; classes [residents, supporters, organisations]]", r.toString());
  }

  @Test
  void hashCode_differsWithTheMembers() {
    // A constant hash would be legal but would put every register in one bucket.
    assertNotEquals(admitted(ClassPolicy.ONE_CLASS, "M-0001").hashCode(), admitted(ClassPolicy.ONE_CLASS, "M-0002").hashCode());
  }

  @Test
  void hashCode_differsWithTheRules() {
    // Two empty registers under rules that differ only in their class policy.
    assertNotEquals(Register.empty(rules(ClassPolicy.ONE_CLASS)).hashCode(), Register.empty(rules(ClassPolicy.SEVERAL_CLASSES)).hashCode());
  }

  @Test
  void matches_otherCodeOrAcceptedOutcome_isFalse() {
    // Systems branch on the code: a rejection with another code, or an acceptance, must not match.
    Outcome<Register> duplicate = admitted(ClassPolicy.ONE_CLASS, "M-0001").admit(resident("M-0001"), D2);
    assertTrue(MembershipRejectionCode.DUPLICATE_MEMBER_ID.matches(duplicate));
    assertFalse(MembershipRejectionCode.NOT_ELIGIBLE.matches(duplicate));
    assertFalse(MembershipRejectionCode.NOT_ELIGIBLE.matches(duplicate.rejection()));
    assertFalse(MembershipRejectionCode.DUPLICATE_MEMBER_ID.matches(admitted(ClassPolicy.ONE_CLASS).admit(resident("M-0001"), D2)));
  }

  @Test
  void stakeholderClass_toString_nameThenId() {
    assertEquals("Member organisations (organisations)", rules(ClassPolicy.ONE_CLASS).classes().get(2).toString());
  }
}
