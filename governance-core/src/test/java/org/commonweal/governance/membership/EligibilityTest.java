package org.commonweal.governance.membership;

import static org.commonweal.governance.base.Refusals.assertRefusedAlike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.commonweal.governance.base.Decision;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class EligibilityTest {
  private static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

  private static Facts bornOn(LocalDate date) {
    return Facts.builder().dateOfBirth(date).build();
  }

  @Test
  void minimumAge_fifteenYearOld_failsWithTheReasonOfTheBrief() {
    // Born 2 March 2011: on 1 September 2026 the applicant has completed 15 years, not 16.
    EligibilityDecision r = Eligibility.minimumAge(16).decide(bornOn(LocalDate.of(2011, 3, 2)), SEPT_1);
    assertFalse(r.met());
    assertEquals("needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15", r.reason());
  }

  @Test
  void minimumAge_sixteenthBirthdayOnTheDate_passes() {
    // Born 1 September 2010: the sixteenth birthday is the date itself.
    assertTrue(Eligibility.minimumAge(16).decide(bornOn(LocalDate.of(2010, 9, 1)), SEPT_1).met());
    assertFalse(Eligibility.minimumAge(16).decide(bornOn(LocalDate.of(2010, 9, 2)), SEPT_1).met());
  }

  @Test
  void minimumAge_leapDayBirth_countsTheTwentyEighthOfFebruary() {
    // Born 29 February 2008; 2024 is a leap year, so the sixteenth birthday is 29 February 2024.
    Facts leap = bornOn(LocalDate.of(2008, 2, 29));
    assertFalse(Eligibility.minimumAge(16).decide(leap, LocalDate.of(2024, 2, 28)).met());
    assertTrue(Eligibility.minimumAge(16).decide(leap, LocalDate.of(2024, 2, 29)).met());
    // In 2025 (not a leap year) Period.between gives 16 years 11 months 30 days on 28 February and
    // completes the 17th year on 1 March.
    assertFalse(Eligibility.minimumAge(17).decide(leap, LocalDate.of(2025, 2, 28)).met());
    assertTrue(Eligibility.minimumAge(17).decide(leap, LocalDate.of(2025, 3, 1)).met());
  }

  @Test
  void minimumAge_bornAfterTheDate_failsEvenForAgeZero() {
    EligibilityDecision r = Eligibility.minimumAge(0).decide(bornOn(LocalDate.of(2026, 12, 1)), SEPT_1);
    assertFalse(r.met());
    assertEquals("needs age 0 on 2026-09-01; date of birth 2026-12-01 is after that date", r.reason());
    assertTrue(Eligibility.minimumAge(0).decide(bornOn(SEPT_1), SEPT_1).met());
  }

  @Test
  void minimumAge_noDateOfBirth_failsSayingItIsMissing() {
    EligibilityDecision r = Eligibility.minimumAge(16).decide(Facts.none(), SEPT_1);
    assertFalse(r.met());
    assertEquals("needs age 16 on 2026-09-01; date of birth not attested", r.reason());
  }

  @Test
  void minimumAge_outOfRange_throws() {
    assertThrows(InvalidValueException.class, () -> Eligibility.minimumAge(-1));
    assertThrows(InvalidValueException.class, () -> Eligibility.minimumAge(151));
  }

  @Test
  void residentIn_otherArea_failsNamingWhereTheyLive() {
    Facts facts = Facts.builder().addAreasOfResidence("Brook ward").build();
    EligibilityDecision r = Eligibility.residentIn("Ashby ward").decide(facts, SEPT_1);
    assertFalse(r.met());
    assertEquals("needs residence in Ashby ward; resident in Brook ward", r.reason());
    assertTrue(Eligibility.residentIn("Brook ward").decide(facts, SEPT_1).met());
  }

  @Test
  void residentIn_noResidence_failsSayingItIsMissing() {
    EligibilityDecision r = Eligibility.residentIn("Ashby ward").decide(Facts.none(), SEPT_1);
    assertEquals("needs residence in Ashby ward; residence not attested", r.reason());
  }

  @Test
  void employedAtLeastHours_sevenAndAHalfAgainstEight_fails() {
    Facts facts = Facts.builder().weeklyHours(Fraction.of(15, 2)).build();
    EligibilityDecision r = Eligibility.employedAtLeastHours(8).decide(facts, SEPT_1);
    assertFalse(r.met());
    assertEquals("needs employment of at least 8 hours a week; employed 15/2", r.reason());
    assertTrue(Eligibility.employedAtLeastHours(Fraction.of(15, 2)).decide(facts, SEPT_1).met());
  }

  @Test
  void employedAtLeastHours_missingOrNegative() {
    assertEquals(
        "needs employment of at least 8 hours a week; weekly hours not attested",
        Eligibility.employedAtLeastHours(8).decide(Facts.none(), SEPT_1).reason());
    assertThrows(InvalidValueException.class, () -> Eligibility.employedAtLeastHours(-1));
  }

  @Test
  void tenant_trueFalseMissing() {
    assertTrue(Eligibility.tenant().decide(Facts.builder().tenant(true).build(), SEPT_1).met());
    EligibilityDecision no = Eligibility.tenant().decide(Facts.builder().tenant(false).build(), SEPT_1);
    assertEquals("needs to be a tenant; not a tenant", no.reason());
    assertEquals("needs to be a tenant; tenancy not attested", Eligibility.tenant().decide(Facts.none(), SEPT_1).reason());
  }

  @Test
  void enrolled_trueFalseMissing() {
    assertTrue(Eligibility.enrolled().decide(Facts.builder().enrolled(true).build(), SEPT_1).met());
    assertFalse(Eligibility.enrolled().decide(Facts.builder().enrolled(false).build(), SEPT_1).met());
    assertEquals("needs to be enrolled; enrolment not attested", Eligibility.enrolled().decide(Facts.none(), SEPT_1).reason());
  }

  @Test
  void memberOrganisation_societyPassesIndividualFails() {
    Facts society = Facts.builder().memberKind(MemberKind.REGISTERED_SOCIETY).build();
    Facts person = Facts.builder().memberKind(MemberKind.INDIVIDUAL).build();
    assertEquals("an organisation (a registered society)", Eligibility.memberOrganisation().decide(society, SEPT_1).reason());
    assertEquals("needs to be an organisation; an individual", Eligibility.memberOrganisation().decide(person, SEPT_1).reason());
    assertFalse(Eligibility.memberOrganisation().decide(Facts.none(), SEPT_1).met());
  }

  @Test
  void attested_statementPresentOrNot() {
    Eligibility parent = Eligibility.attested("parent or carer of a student");
    assertTrue(parent.decide(Facts.builder().addStatements("parent or carer of a student").build(), SEPT_1).met());
    assertEquals(
        "needs the attestation \"parent or carer of a student\"; not attested", parent.decide(Facts.none(), SEPT_1).reason());
    assertThrows(InvalidValueException.class, () -> Eligibility.attested(" "));
  }

  @Test
  void always_passesWithNoFacts() {
    assertTrue(Eligibility.always().decide(Facts.none(), SEPT_1).met());
  }

  @Test
  void allOf_workerCooperativeRule_reportsEachFailure() {
    // Co-operatives UK worker co-operative: employees aged 16+ working at least 8 hours a week.
    Eligibility worker = Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8));
    Facts facts = Facts.builder().dateOfBirth(LocalDate.of(2011, 3, 2)).weeklyHours(Fraction.of(6)).build();
    EligibilityDecision r = worker.decide(facts, SEPT_1);
    assertFalse(r.met());
    assertEquals(
        "needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15; needs employment of at least 8 hours a week; employed 6",
        r.reason());
    assertEquals(2, r.parts().size());
    assertEquals("(aged at least 16 and employed at least 8 hours a week)", worker.description());
  }

  @Test
  void anyOf_housingRule_passesOnTheFirstMetCondition() {
    // Housing and Regeneration Act 2008 s.79: people who live or work in the area may join.
    Eligibility liveOrWork = Eligibility.residentIn("the area").or(Eligibility.employedAtLeastHours(1));
    Facts worker = Facts.builder().weeklyHours(Fraction.of(20)).build();
    EligibilityDecision r = liveOrWork.decide(worker, SEPT_1);
    assertTrue(r.met());
    assertEquals("employed 20 hours a week, at least 1", r.reason());
    EligibilityDecision none = liveOrWork.decide(Facts.none(), SEPT_1);
    assertEquals(
        "meets none of: needs residence in the area; residence not attested"
            + " | needs employment of at least 1 hours a week; weekly hours not attested",
        none.reason());
  }

  @Test
  void not_invertsAndExplains() {
    Eligibility notEmployed = Eligibility.not(Eligibility.employedAtLeastHours(1));
    Facts staff = Facts.builder().weeklyHours(Fraction.of(30)).build();
    EligibilityDecision r = notEmployed.decide(staff, SEPT_1);
    assertFalse(r.met());
    assertEquals("must not be employed at least 1 hours a week, but employed 30 hours a week, at least 1", r.reason());
    assertTrue(notEmployed.decide(Facts.builder().weeklyHours(Fraction.ZERO).build(), SEPT_1).met());
  }

  @Test
  void explain_indentsOneLinePerRule() {
    Eligibility rule = Eligibility.allOf(Eligibility.minimumAge(16), Eligibility.residentIn("Ashby ward"));
    Facts facts = Facts.builder().dateOfBirth(LocalDate.of(2000, 1, 1)).build();
    assertEquals(
        "[fail] (aged at least 16 and resident in Ashby ward): needs residence in Ashby ward; residence not attested\n"
            + "  [pass] aged at least 16: date of birth 2000-01-01 gives age 26 on 2026-09-01, at least 16\n"
            + "  [fail] resident in Ashby ward: needs residence in Ashby ward; residence not attested",
        rule.decide(facts, SEPT_1).explain());
  }

  @Test
  void allOf_single_isTheRuleItself() {
    Eligibility e = Eligibility.tenant();
    assertSame(e, Eligibility.allOf(e));
    assertSame(e, Eligibility.anyOf(List.of(e)));
  }

  @Test
  void allOf_none_throws() {
    assertThrows(InvalidValueException.class, () -> Eligibility.allOf());
    assertThrows(InvalidValueException.class, () -> Eligibility.anyOf(List.of()));
  }

  @Test
  void equals_structurallyEqualRules_equalAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(Eligibility.minimumAge(16), Eligibility.minimumAge(16))
        .addEqualityGroup(Eligibility.minimumAge(18))
        .addEqualityGroup(Eligibility.residentIn("A"), Eligibility.residentIn("A"))
        .addEqualityGroup(Eligibility.employedAtLeastHours(8), Eligibility.employedAtLeastHours(Fraction.of(16, 2)))
        .addEqualityGroup(Eligibility.tenant())
        .addEqualityGroup(Eligibility.enrolled())
        .addEqualityGroup(Eligibility.memberOrganisation())
        .addEqualityGroup(Eligibility.attested("x"), Eligibility.attested("x"))
        .addEqualityGroup(Eligibility.always())
        .addEqualityGroup(
            Eligibility.tenant().and(Eligibility.enrolled()), Eligibility.allOf(Eligibility.tenant(), Eligibility.enrolled()))
        .addEqualityGroup(Eligibility.tenant().or(Eligibility.enrolled()))
        .addEqualityGroup(Eligibility.enrolled().and(Eligibility.tenant()))
        .addEqualityGroup(Eligibility.not(Eligibility.tenant()), Eligibility.not(Eligibility.tenant()))
        .testEquals();
  }

  @Test
  void minimumAge_bothEndsOfTheRange_areRules_andOutsideThrowsNamingTheValue() {
    // The range is 0 to 150 inclusive: 0 and 150 are accepted, -1 and 151 are refused.
    assertEquals("aged at least 0", Eligibility.minimumAge(0).description());
    assertEquals("aged at least 150", Eligibility.minimumAge(150).description());
    InvalidValueException over = assertThrows(InvalidValueException.class, () -> Eligibility.minimumAge(151));
    assertEquals("years", over.field());
    assertEquals("151", over.value());
    assertEquals("minimum age 151 must be between 0 and 150", over.getMessage());
    assertEquals(
        "minimum age -1 must be between 0 and 150", assertThrows(InvalidValueException.class, () -> Eligibility.minimumAge(-1)).getMessage());
  }

  @Test
  void describe_eachConditionInTheConstitutionsWords() {
    assertEquals("anyone", Eligibility.always().description());
    assertEquals("a tenant", Eligibility.tenant().description());
    assertEquals("enrolled", Eligibility.enrolled().description());
    assertEquals("an organisation", Eligibility.memberOrganisation().description());
    assertEquals("attested: parent or carer of a student", Eligibility.attested("parent or carer of a student").description());
    assertEquals("resident in Ashby ward", Eligibility.residentIn("Ashby ward").description());
    assertEquals("employed at least 15/2 hours a week", Eligibility.employedAtLeastHours(Fraction.of(15, 2)).description());
    assertEquals("not a tenant", Eligibility.not(Eligibility.tenant()).description());
  }

  @Test
  void toString_isTheDescription() {
    // "Students, or anyone who is not a tenant": nested combinations describe themselves in brackets.
    Eligibility rule = Eligibility.enrolled().or(Eligibility.not(Eligibility.tenant()));
    assertEquals("(enrolled or not a tenant)", rule.toString());
    assertEquals("anyone", Eligibility.always().toString());
    assertEquals("aged at least 16", Eligibility.minimumAge(16).toString());
  }

  @Test
  void memberOrganisation_companyPassesNamingItsKind() {
    // A company or charity is an organisation other than a registered society; the reason says which.
    Facts company = Facts.builder().memberKind(MemberKind.OTHER_ORGANISATION).build();
    EligibilityDecision r = Eligibility.memberOrganisation().decide(company, SEPT_1);
    assertTrue(r.met());
    assertEquals("an organisation (an organisation other than a registered society)", r.reason());
  }

  @Test
  void allOfOrAnyOf_nullRule_throwsNamingItsPosition() {
    NullPointerException second =
        assertThrows(NullPointerException.class, () -> Eligibility.allOf(Arrays.asList(Eligibility.tenant(), null)));
    assertEquals("allOf[1]", second.getMessage());
    NullPointerException first =
        assertThrows(NullPointerException.class, () -> Eligibility.anyOf(Arrays.asList(null, Eligibility.tenant())));
    assertEquals("anyOf[0]", first.getMessage());
  }

  @Test
  void hashCode_followsTheRulesValue() {
    // Rules are looked up in hash maps (classes by rule, cached results); rules that differ only in their
    // value must not all share one hash. Each hash adds its value's hash, so these pairs differ.
    assertNotEquals(Eligibility.minimumAge(16).hashCode(), Eligibility.minimumAge(18).hashCode());
    assertNotEquals(Eligibility.residentIn("A").hashCode(), Eligibility.residentIn("B").hashCode());
    assertNotEquals(Eligibility.employedAtLeastHours(8).hashCode(), Eligibility.employedAtLeastHours(16).hashCode());
    assertNotEquals(Eligibility.attested("x").hashCode(), Eligibility.attested("y").hashCode());
    assertNotEquals(
        Eligibility.not(Eligibility.minimumAge(16)).hashCode(), Eligibility.not(Eligibility.minimumAge(18)).hashCode());
    // "and" and "or" of the same parts: Boolean.hashCode gives 1231 for true and 1237 for false.
    assertNotEquals(
        Eligibility.tenant().and(Eligibility.enrolled()).hashCode(), Eligibility.tenant().or(Eligibility.enrolled()).hashCode());
  }

  @Test
  void records_equalExactlyWhenTheirValuesAre_whetherBuiltByFactoryOrConstructor() {
    Eligibility tenant = Eligibility.tenant();
    Eligibility enrolled = Eligibility.enrolled();
    new EqualsTester()
        .addEqualityGroup(new Eligibility.Always(), Eligibility.always())
        .addEqualityGroup(new Eligibility.MinimumAge(16), Eligibility.minimumAge(16))
        .addEqualityGroup(new Eligibility.MinimumAge(17))
        .addEqualityGroup(new Eligibility.ResidentIn("A"), Eligibility.residentIn("A"))
        .addEqualityGroup(new Eligibility.ResidentIn("B"))
        .addEqualityGroup(new Eligibility.MinimumHours(Fraction.of(15, 2)), Eligibility.employedAtLeastHours(Fraction.of(30, 4)))
        .addEqualityGroup(new Eligibility.MinimumHours(Fraction.of(8)))
        .addEqualityGroup(new Eligibility.Tenant(), tenant)
        .addEqualityGroup(new Eligibility.Enrolled(), enrolled)
        .addEqualityGroup(new Eligibility.Organisation(), Eligibility.memberOrganisation())
        .addEqualityGroup(new Eligibility.Attested("x"), Eligibility.attested("x"))
        .addEqualityGroup(new Eligibility.Attested("y"))
        .addEqualityGroup(new Eligibility.AllOf(ImmutableList.of(tenant, enrolled)), Eligibility.allOf(tenant, enrolled))
        .addEqualityGroup(new Eligibility.AllOf(ImmutableList.of(enrolled, tenant)))
        // One part: a rule of its own (described in brackets), unlike allOf(tenant), which is the tenant rule.
        .addEqualityGroup(new Eligibility.AllOf(ImmutableList.of(tenant)))
        .addEqualityGroup(new Eligibility.AnyOf(ImmutableList.of(tenant, enrolled)), tenant.or(enrolled))
        .addEqualityGroup(new Eligibility.AnyOf(ImmutableList.of(tenant)))
        .addEqualityGroup(new Eligibility.Not(tenant), Eligibility.not(tenant))
        .addEqualityGroup(new Eligibility.Not(enrolled))
        .testEquals();
  }

  @Test
  void constructors_checkAsTheFactoriesDo_withTheSameMessages() {
    assertRefusedAlike(() -> Eligibility.minimumAge(151), () -> new Eligibility.MinimumAge(151));
    assertRefusedAlike(() -> Eligibility.minimumAge(-1), () -> new Eligibility.MinimumAge(-1));
    assertRefusedAlike(() -> Eligibility.residentIn(" "), () -> new Eligibility.ResidentIn(" "));
    assertRefusedAlike(() -> Eligibility.employedAtLeastHours(-1), () -> new Eligibility.MinimumHours(Fraction.of(-1)));
    assertRefusedAlike(() -> Eligibility.attested(""), () -> new Eligibility.Attested(""));
    assertRefusedAlike(() -> Eligibility.allOf(List.of()), () -> new Eligibility.AllOf(ImmutableList.of()));
    assertRefusedAlike(() -> Eligibility.anyOf(List.of()), () -> new Eligibility.AnyOf(ImmutableList.of()));
    assertEquals("(a tenant)", new Eligibility.AllOf(ImmutableList.of(Eligibility.tenant())).description());
  }

  @Test
  void equals_rulesThatReadAlikeButAreBuiltDifferently_areUnequalAndDecideDifferently() {
    // A statement that reads as two: the descriptions match, the trees do not.
    Eligibility two = Eligibility.allOf(Eligibility.attested("a"), Eligibility.attested("b"), Eligibility.tenant());
    Eligibility one = Eligibility.allOf(Eligibility.attested("a and attested: b"), Eligibility.tenant());
    assertEquals(two.description(), one.description());
    assertNotEquals(two, one);
    Facts facts = Facts.builder().addStatements("a", "b").tenant(true).build();
    assertTrue(two.decide(facts, SEPT_1).met());
    assertFalse(one.decide(facts, SEPT_1).met());
  }

  @Test
  void decide_answersWithADecisionGivingTheRuleAndTheReason() {
    Decision d = Eligibility.minimumAge(16).and(Eligibility.tenant()).decide(bornOn(LocalDate.of(2011, 3, 2)), SEPT_1);
    assertFalse(d.met());
    assertEquals("(aged at least 16 and a tenant)", d.rule());
    assertEquals(
        "[fail] (aged at least 16 and a tenant): needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15;"
            + " needs to be a tenant; tenancy not attested\n"
            + "  [fail] aged at least 16: needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15\n"
            + "  [fail] a tenant: needs to be a tenant; tenancy not attested",
        d.explain());
  }

  @Test
  void parts_ofARecord_areItsSubRules() {
    Eligibility tenant = Eligibility.tenant();
    assertEquals(List.of(tenant, Eligibility.enrolled()), new Eligibility.AnyOf(ImmutableList.of(tenant, Eligibility.enrolled())).parts());
    assertEquals(List.of(tenant), new Eligibility.Not(tenant).parts());
    assertEquals(List.of(), Eligibility.minimumAge(16).parts());
    assertEquals(tenant, new Eligibility.Not(tenant).rule());
  }

  @Test
  void not_nestedToTheLimit_isAcceptedAndOneLevelMoreIsRefusedNamingTheLimit() {
    Eligibility rule = Eligibility.tenant();
    for (int level = 2; level <= Eligibility.MAX_DEPTH; level++) {
      rule = Eligibility.not(rule);
    }
    // 64 levels: a condition under 63 negations, an odd number, so a tenant fails it. It still decides.
    assertFalse(rule.decide(Facts.builder().tenant(true).build(), SEPT_1).met());
    assertTrue(rule.decide(Facts.builder().tenant(false).build(), SEPT_1).met());
    Eligibility deepest = rule;
    InvalidValueException e = assertRefusedAlike(() -> Eligibility.not(deepest), () -> new Eligibility.Not(deepest));
    assertEquals("depth", e.field());
    assertEquals("65", e.value());
    assertEquals("an eligibility rule may nest at most 64 levels; this one would nest 65", e.getMessage());
  }

  @Test
  void allOfAndAnyOf_overARuleAtTheLimit_areRefusedHoweverBuilt() {
    Eligibility rule = Eligibility.tenant();
    for (int level = 2; level <= Eligibility.MAX_DEPTH; level++) {
      rule = Eligibility.not(rule);
    }
    Eligibility deepest = rule;
    ImmutableList<Eligibility> parts = ImmutableList.of(Eligibility.enrolled(), deepest);
    InvalidValueException any = assertRefusedAlike(() -> deepest.or(Eligibility.enrolled()), () -> new Eligibility.AnyOf(parts));
    assertEquals("an eligibility rule may nest at most 64 levels; this one would nest 65", any.getMessage());
    InvalidValueException all = assertRefusedAlike(() -> deepest.and(Eligibility.enrolled()), () -> new Eligibility.AllOf(parts));
    assertEquals("an eligibility rule may nest at most 64 levels; this one would nest 65", all.getMessage());
  }

  @Test
  void toString_ofEachRule_isItsDescription() {
    assertEquals("(a tenant and enrolled)", Eligibility.tenant().and(Eligibility.enrolled()).toString());
    assertEquals("a tenant", Eligibility.tenant().toString());
    assertEquals("enrolled", Eligibility.enrolled().toString());
    assertEquals("an organisation", Eligibility.memberOrganisation().toString());
    assertEquals("resident in Hulme", Eligibility.residentIn("Hulme").toString());
    assertEquals("employed at least 16 hours a week", Eligibility.employedAtLeastHours(16).toString());
    assertEquals("attested: a parent of a pupil", Eligibility.attested("a parent of a pupil").toString());
    assertEquals("not enrolled", Eligibility.not(Eligibility.enrolled()).toString());
  }

  @Test
  void hashCode_ofRulesWithoutValues_isNotTheZeroTheyWouldShare() {
    // A record without components hashes to 0 by default, so the four rules without values would share
    // one hash; each gives its own, and none is 0.
    List<Integer> hashes =
        List.of(
            Eligibility.always().hashCode(),
            Eligibility.tenant().hashCode(),
            Eligibility.enrolled().hashCode(),
            Eligibility.memberOrganisation().hashCode());
    assertEquals(4, hashes.stream().distinct().count());
    assertFalse(hashes.contains(0), hashes.toString());
  }

  @Test
  void hashCode_ofCombinations_followsTheParts() {
    assertNotEquals(
        Eligibility.tenant().and(Eligibility.enrolled()).hashCode(), Eligibility.tenant().and(Eligibility.minimumAge(16)).hashCode());
    assertNotEquals(
        Eligibility.tenant().or(Eligibility.enrolled()).hashCode(), Eligibility.tenant().or(Eligibility.minimumAge(16)).hashCode());
  }

  @Test
  void combinations_nestedTensOfThousandsDeep_areRefusedAtTheLimitNotByTheStack() {
    Eligibility rule = Eligibility.enrolled();
    int built = 1;
    InvalidValueException refused = null;
    for (int i = 0; i < 20_000 && refused == null; i++) {
      try {
        rule = i % 3 == 0 ? rule.and(Eligibility.tenant()) : i % 3 == 1 ? rule.or(Eligibility.tenant()) : Eligibility.not(rule);
        built++;
      } catch (InvalidValueException e) {
        refused = e;
      }
    }
    assertEquals(Eligibility.MAX_DEPTH, built);
    assertTrue(refused != null && refused.getMessage().contains("at most 64 levels"), String.valueOf(refused));
  }
}
