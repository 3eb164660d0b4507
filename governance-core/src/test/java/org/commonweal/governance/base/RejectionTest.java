package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RejectionTest {

  @ParameterizedTest
  @ValueSource(strings = {"NOT_ELIGIBLE", "A", "OVER_LIMIT_2", "X1", "CLASS_B_CAP", "A_1_B"})
  void of_upperSnakeCaseCode_isAccepted(String code) {
    Rejection r = Rejection.of(code, "a reason");
    assertEquals(code, r.code());
    assertEquals("a reason", r.message());
    assertTrue(r.facts().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not_eligible", "Not_Eligible", "NOT-ELIGIBLE", "NOT ELIGIBLE", "_X", "X_", "X__Y", "1X", " X", "É"})
  void of_codeNotInUpperSnakeCase_throwsNamingTheCode(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rejection.of(code, "a reason"));
    assertEquals("code", e.field());
    assertEquals(code, e.value());
    assertTrue(e.getMessage().contains("\"" + code + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("upper snake case"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void of_blankMessage_throwsNamingTheField(String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rejection.of("NOT_ELIGIBLE", message));
    assertEquals("message", e.field());
    assertTrue(e.getMessage().contains("message"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> Rejection.of("NOT_ELIGIBLE", message, Map.of("member", "M-1")));
  }

  @Test
  void of_facts_keepTheirOrderAndAreRenderedWithToString() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("member", "M-0007");
    facts.put("share", Fraction.of(3, 4));
    facts.put("holding", 250);
    facts.put("classes", List.of("users", "workers"));
    Rejection r = Rejection.of("OVER_ABSOLUTE_LIMIT", "holding would exceed the limit", facts);

    assertEquals(List.of("member", "share", "holding", "classes"), List.copyOf(r.facts().keySet()));
    assertEquals("M-0007", r.facts().get("member"));
    assertEquals("3/4", r.facts().get("share"));
    assertEquals("250", r.facts().get("holding"));
    assertEquals("[users, workers]", r.facts().get("classes"));
  }

  @Test
  void of_factsInAnotherOrder_keepThatOrder() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("z", 1);
    facts.put("a", 2);
    facts.put("m", 3);
    assertEquals(List.of("z", "a", "m"), List.copyOf(Rejection.of("X", "y", facts).facts().keySet()));
  }

  @Test
  void of_laterChangesToTheGivenMap_doNotChangeTheRejection() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("member", "M-1");
    Rejection r = Rejection.of("NOT_ELIGIBLE", "under age", facts);
    facts.put("age", 15);
    assertEquals(ImmutableMap.of("member", "M-1"), r.facts());
  }

  @Test
  void toString_givesCodeMessageAndFactsInOrder() {
    assertEquals("NOT_ELIGIBLE: under age", Rejection.of("NOT_ELIGIBLE", "under age").toString());
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("member", "M-0007");
    facts.put("age", 15);
    assertEquals(
        "NOT_ELIGIBLE: under age {member=M-0007, age=15}", Rejection.of("NOT_ELIGIBLE", "under age", facts).toString());
  }

  @Test
  void equals_followsCodeMessageAndFacts() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", 2);
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    new EqualsTester()
        .addEqualityGroup(
            Rejection.of("NOT_ELIGIBLE", "under age"),
            Rejection.of("NOT_ELIGIBLE", "under age"),
            Rejection.of("NOT_ELIGIBLE", "under age", Map.of()))
        .addEqualityGroup(Rejection.of("NOT_ELIGIBLE", "not resident"))
        .addEqualityGroup(Rejection.of("OVER_LIMIT", "under age"))
        // Facts are compared as a map: the same facts rendered alike are equal whatever their order.
        .addEqualityGroup(Rejection.of("NOT_ELIGIBLE", "under age", ab), Rejection.of("NOT_ELIGIBLE", "under age", ba))
        .addEqualityGroup(Rejection.of("NOT_ELIGIBLE", "under age", Map.of("a", 1)))
        .testEquals();
  }

  @Test
  void publicStaticMethods_rejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(Rejection.class);
  }
}
