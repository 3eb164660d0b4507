package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A decision has a reason, and one result for each part of its rule, in the rule's order. */
class EligibilityDecisionTest {
  private static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

  @Test
  void of_blankReason_isRefused() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> EligibilityDecision.of(Eligibility.tenant(), true, " ", List.of()));
    assertEquals("reason", e.field());
    assertEquals("an eligibility result needs a reason", e.getMessage());
  }

  @Test
  void of_fewerResultsThanParts_isRefused() {
    Eligibility both = Eligibility.tenant().and(Eligibility.enrolled());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> EligibilityDecision.of(both, true, "met", List.of()));
    assertEquals("parts", e.field());
    assertEquals("rule (a tenant and enrolled) has 2 parts, got 0 results", e.getMessage());
  }

  @Test
  void of_resultForAnotherRule_isRefusedNamingItsPlace() {
    Facts facts = Facts.builder().tenant(true).enrolled(true).build();
    EligibilityDecision enrolled = Eligibility.enrolled().decide(facts, SEPT_1);
    EligibilityDecision tenant = Eligibility.tenant().decide(facts, SEPT_1);
    Eligibility both = Eligibility.tenant().and(Eligibility.enrolled());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> EligibilityDecision.of(both, true, "met", ImmutableList.of(tenant, tenant)));
    assertEquals("result 1 is for a tenant, not enrolled", e.getMessage());
    assertEquals(both, EligibilityDecision.of(both, true, "met", ImmutableList.of(tenant, enrolled)).eligibility());
  }
}
