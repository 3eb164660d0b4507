package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.commonweal.governance.membership.Eligibility;
import org.junit.jupiter.api.Test;

/**
 * Whether some person can meet an eligibility rule: each kind of fact met and failed, the kinds of
 * person, and the bound on the search ({@link CheckEligibility#MAX_CASES} representatives).
 */
class CheckEligibilityTest {
  private static final Optional<Boolean> ANYONE = Optional.empty();

  private static boolean satisfiable(Eligibility rule) {
    return CheckEligibility.satisfiable(rule, ANYONE);
  }

  /** A rule met by nobody, naming one fact. */
  private static Eligibility never(Eligibility fact) {
    return fact.and(Eligibility.not(fact));
  }

  @Test
  void satisfiable_eachFact_canBeMetAndCanBeFailed() {
    Eligibility[] facts = {Eligibility.minimumAge(16), Eligibility.employedAtLeastHours(8), Eligibility.residentIn("Ashby"),
        Eligibility.attested("a founder"), Eligibility.tenant(), Eligibility.enrolled(), Eligibility.memberOrganisation()};
    for (Eligibility f : facts) {
      assertTrue(satisfiable(f), f::description);
      assertTrue(satisfiable(Eligibility.not(f)), f::description);
      assertFalse(satisfiable(never(f)), f::description);
    }
    assertTrue(satisfiable(Eligibility.always()));
    assertFalse(satisfiable(Eligibility.not(Eligibility.always())));
  }

  @Test
  void satisfiable_agesAndHours_betweenTwoThresholds() {
    // Someone of 16 is not yet 18; someone working 8 hours does not yet work 16.
    assertTrue(satisfiable(Eligibility.minimumAge(16).and(Eligibility.not(Eligibility.minimumAge(18)))));
    assertFalse(satisfiable(Eligibility.minimumAge(18).and(Eligibility.not(Eligibility.minimumAge(16)))));
    assertTrue(satisfiable(Eligibility.employedAtLeastHours(8).and(Eligibility.not(Eligibility.employedAtLeastHours(16)))));
    assertFalse(satisfiable(Eligibility.employedAtLeastHours(16).and(Eligibility.not(Eligibility.employedAtLeastHours(8)))));
  }

  @Test
  void satisfiable_anyOf_needsOnePartThatCanBeMet() {
    Eligibility tenantNever = never(Eligibility.tenant());
    assertFalse(satisfiable(tenantNever.or(never(Eligibility.enrolled()))));
    assertTrue(satisfiable(tenantNever.or(Eligibility.enrolled())));
    // Two facts, each needed, and each the other's opposite.
    assertFalse(satisfiable(Eligibility.allOf(Eligibility.tenant(), Eligibility.enrolled(),
        Eligibility.not(Eligibility.tenant().or(Eligibility.enrolled())))));
  }

  @Test
  void satisfiable_ofOneKindOfPerson() {
    Eligibility organisation = Eligibility.memberOrganisation();
    assertTrue(CheckEligibility.satisfiable(organisation, Optional.of(true)));
    assertFalse(CheckEligibility.satisfiable(organisation, Optional.of(false)));
    Eligibility adult = Eligibility.minimumAge(18).or(organisation);
    assertTrue(CheckEligibility.satisfiable(adult, Optional.of(false)));
    assertTrue(CheckEligibility.satisfiable(Eligibility.not(organisation), Optional.of(false)));
    assertFalse(CheckEligibility.satisfiable(Eligibility.not(organisation), Optional.of(true)));
  }

  /** A rule met by nobody that names {@code statements} yes-or-no facts, and the ages and hours given. */
  private static Eligibility neverNaming(int statements, Eligibility... more) {
    Eligibility rule = never(Eligibility.attested("s1"));
    for (int i = 2; i <= statements; i++) {
      rule = rule.and(Eligibility.attested("s" + i));
    }
    for (Eligibility e : more) {
      rule = rule.and(e);
    }
    return rule;
  }

  @Test
  void satisfiable_atTheBoundOfTheSearch_isSearchedAndAboveItTakenAsMet() {
    // 2^12 representatives are searched, and the rule found impossible.
    assertFalse(satisfiable(neverNaming(12)));
    // 2^13 are too many: taken as satisfiable, so that validation says nothing false.
    assertTrue(satisfiable(neverNaming(13)));
    // Ages and hours multiply the representatives: (1 + 1) x (1 + 1) x 2^10 = 2^12 is searched, x 2^11 is not.
    Eligibility age = Eligibility.minimumAge(16);
    Eligibility hours = Eligibility.employedAtLeastHours(8);
    assertFalse(satisfiable(neverNaming(10, age, hours)));
    assertTrue(satisfiable(neverNaming(11, age, hours)));
    assertFalse(satisfiable(neverNaming(11, age)));
    assertTrue(satisfiable(neverNaming(12, age)));
  }
}
