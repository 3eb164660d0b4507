package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A registered method's one-line description and limit, with the line break at the very start. */
class RegisteredMethodTest {
  private static final ElectionMethod IRV = ElectionMethods.instantRunoff();
  private static final ImmutableSet<BallotKind> RANKED = ImmutableSet.of(BallotKind.RANKED);

  private static String refusedField(String description, String limit) {
    return assertThrows(
            InvalidValueException.class, () -> RegisteredMethod.of("irv", description, limit, true, RANKED, IRV))
        .field();
  }

  @Test
  void of_descriptionStartingWithALineBreak_isRefused() {
    assertEquals("description", refusedField("\nInstant runoff", "at most 500 candidates"));
    assertEquals("description", refusedField("\rInstant runoff", "at most 500 candidates"));
  }

  @Test
  void of_limitStartingWithALineBreak_isRefused_oneLineIsAccepted() {
    assertEquals("limit", refusedField("Instant runoff", "\nat most 500 candidates"));
    RegisteredMethod m = RegisteredMethod.of("irv", "Instant runoff", "at most 500 candidates", true, RANKED, IRV);
    assertEquals("at most 500 candidates", m.limit());
  }
}
