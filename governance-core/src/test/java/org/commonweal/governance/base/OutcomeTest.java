package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  private static final Rejection UNDER_AGE =
      Rejection.of("NOT_ELIGIBLE", "applicant is under 16", Map.of("member", "M-0007", "age", 15));
  private static final Rejection OVER_CAP = Rejection.of("OVER_ABSOLUTE_LIMIT", "holding would exceed the cap");

  @Test
  void accepted_holdsTheValue() {
    Outcome<String> o = Outcome.accepted("register v2");
    assertTrue(o.isAccepted());
    assertFalse(o.isRejected());
    assertEquals("register v2", o.orElseThrow());
    assertEquals(Optional.of("register v2"), o.value());
  }

  @Test
  void accepted_hasNoRejection() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Outcome.accepted("register v2").rejection());
    assertTrue(e.getMessage().contains("accepted"), e.getMessage());
  }

  @Test
  void rejected_holdsTheRejectionAndNoValue() {
    Outcome<String> o = Outcome.rejected(UNDER_AGE);
    assertTrue(o.isRejected());
    assertFalse(o.isAccepted());
    assertSame(UNDER_AGE, o.rejection());
    assertEquals(Optional.empty(), o.value());
  }

  @Test
  void orElseThrow_onARejection_throwsRejectedExceptionCarryingIt() {
    Outcome<String> o = Outcome.rejected(UNDER_AGE);
    RejectedException e = assertThrows(RejectedException.class, o::orElseThrow);
    assertSame(UNDER_AGE, e.rejection());
    assertEquals(UNDER_AGE.toString(), e.getMessage());
    assertTrue(e.getMessage().startsWith("NOT_ELIGIBLE: applicant is under 16"), e.getMessage());
  }

  @Test
  void map_onAnAcceptedValue_transformsIt() {
    assertEquals(Outcome.accepted(11), Outcome.accepted("register v2").map(String::length));
  }

  @Test
  void map_onARejection_passesItThroughWithoutCallingTheFunction() {
    Outcome<Integer> mapped = Outcome.<String>rejected(UNDER_AGE).map(s -> fail("must not be called"));
    assertTrue(mapped.isRejected());
    assertSame(UNDER_AGE, mapped.rejection());
  }

  @Test
  void flatMap_onAnAcceptedValue_givesTheSecondOutcome() {
    Outcome<String> admitted = Outcome.accepted("M-0007");
    assertEquals(Outcome.accepted("M-0007 holds 1 share"), admitted.flatMap(m -> Outcome.accepted(m + " holds 1 share")));
    Outcome<String> refused = admitted.flatMap(m -> Outcome.rejected(OVER_CAP));
    assertSame(OVER_CAP, refused.rejection());
  }

  @Test
  void flatMap_onARejection_passesItThroughWithoutCallingTheFunction() {
    Outcome<String> chained = Outcome.<String>rejected(UNDER_AGE).flatMap(m -> fail("must not be called"));
    assertSame(UNDER_AGE, chained.rejection());
  }

  @Test
  void toString_saysWhichAndWhat() {
    assertEquals("Accepted[M-0007]", Outcome.accepted("M-0007").toString());
    assertEquals("Rejected[OVER_ABSOLUTE_LIMIT: holding would exceed the cap]", Outcome.rejected(OVER_CAP).toString());
  }

  @Test
  void equals_followsTheValueOrTheRejection() {
    new EqualsTester()
        .addEqualityGroup(Outcome.accepted("a"), Outcome.accepted("a"), Outcome.accepted("A").map(String::toLowerCase))
        .addEqualityGroup(Outcome.accepted("b"))
        .addEqualityGroup(
            Outcome.rejected(UNDER_AGE),
            Outcome.rejected(Rejection.of("NOT_ELIGIBLE", "applicant is under 16", Map.of("member", "M-0007", "age", 15))),
            Outcome.<String>rejected(UNDER_AGE).map(String::length))
        .addEqualityGroup(Outcome.rejected(OVER_CAP))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(Rejection.class, OVER_CAP);
    tester.testAllPublicStaticMethods(Outcome.class);
    tester.testAllPublicInstanceMethods(Outcome.accepted("a"));
    tester.testAllPublicInstanceMethods(Outcome.rejected(UNDER_AGE));
  }

  @Test
  void hashCode_followsTheValueOrTheRejection() {
    // Equal outcomes hash alike (EqualsTester above); different ones should not all share one hash.
    assertNotEquals(Outcome.accepted(1).hashCode(), Outcome.accepted(2).hashCode());
    assertNotEquals(Outcome.rejected(UNDER_AGE).hashCode(), Outcome.rejected(OVER_CAP).hashCode());
  }
}
