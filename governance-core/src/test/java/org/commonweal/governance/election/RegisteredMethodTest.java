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

  @Test
  void isWords_isThePatternOfLowerCaseWordsJoinedBySingleHyphens() {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    String[] names = {
      "irv", "scottish-stv", "rcv-multi-pass", "a", "9", "a-b-c", "x1-2y", "", "-", "a-", "-a", "a--b",
      "A", "scottish_stv", "meek nz", "é", "a-B", "abc-", "--", "a.b", "rcv-one-winner-per-round"
    };
    for (String n : names) {
      assertEquals(pattern.matcher(n).matches(), RegisteredMethod.isWords(n), n);
    }
    // Every character of the printable ASCII range, alone, between words and at either end.
    for (char c = ' '; c <= '~'; c++) {
      for (String n : new String[] {String.valueOf(c), "a" + c + "b", c + "ab", "ab" + c}) {
        assertEquals(pattern.matcher(n).matches(), RegisteredMethod.isWords(n), n);
      }
    }
    assertEquals("name", assertThrows(InvalidValueException.class,
        () -> RegisteredMethod.of("Irv", "Instant runoff", "at most 500 candidates", true, RANKED, IRV)).field());
  }
}
