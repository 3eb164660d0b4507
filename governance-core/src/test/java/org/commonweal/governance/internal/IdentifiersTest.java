package org.commonweal.governance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  private static InvalidValueException refused(String text) {
    return assertThrows(InvalidValueException.class, () -> Identifiers.check("member id", text));
  }

  @Test
  void check_validText_returnsTheSameText() {
    String text = "M-0042";
    assertSame(text, Identifiers.check("member id", text));
    assertEquals("a", Identifiers.check("class id", "a"));
    // Spaces inside are allowed: only the ends are checked.
    assertEquals("Worker members", Identifiers.check("class id", "Worker members"));
  }

  @Test
  void check_sixtyFourCharacters_isTheLongestAccepted() {
    assertEquals(64, Identifiers.MAX_LENGTH);
    String longest = "x".repeat(64);
    assertEquals(longest, Identifiers.check("member id", longest));
    InvalidValueException e = refused("x".repeat(65));
    assertEquals("member id", e.field());
    assertEquals("x".repeat(65), e.value());
    assertEquals("member id \"" + "x".repeat(65) + "\" is longer than 64 characters", e.getMessage());
  }

  @Test
  void check_emptyOrBlank_isRefusedNamingTheField() {
    InvalidValueException empty = refused("");
    assertEquals("member id", empty.field());
    assertEquals("", empty.value());
    assertEquals("member id \"\" must not be blank", empty.getMessage());
    assertEquals("member id \"   \" must not be blank", refused("   ").getMessage());
    assertEquals("member id \"\t\" must not be blank", refused("\t").getMessage());
  }

  @Test
  void check_whitespaceAtEitherEnd_isRefused() {
    assertEquals("member id \" M-1\" must not start or end with whitespace", refused(" M-1").getMessage());
    assertEquals("member id \"M-1 \" must not start or end with whitespace", refused("M-1 ").getMessage());
    // A tab is whitespace to Java but not a Unicode space character.
    assertEquals("member id \"\tM-1\" must not start or end with whitespace", refused("\tM-1").getMessage());
    assertEquals("member id \"M-1\t\" must not start or end with whitespace", refused("M-1\t").getMessage());
    // A no-break space is a Unicode space character but not whitespace to Java.
    assertEquals(
        "member id \"\u00a0M-1\" must not start or end with whitespace", refused("\u00a0M-1").getMessage());
    assertEquals(
        "member id \"M-1\u00a0\" must not start or end with whitespace", refused("M-1\u00a0").getMessage());
  }

  @Test
  void check_controlCharacterInside_isRefused() {
    InvalidValueException e = refused("M-\u00011");
    assertEquals("member id", e.field());
    assertEquals("member id \"M-\u00011\" must not contain control characters", e.getMessage());
    // DEL and the C1 controls count too.
    assertEquals("member id \"M\u007f1\" must not contain control characters", refused("M\u007f1").getMessage());
    assertEquals("member id \"M\u00851\" must not contain control characters", refused("M\u00851").getMessage());
  }
}
