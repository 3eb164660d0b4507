package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateTest {

  @Test
  void of_emptyName_throwsAsBefore() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Candidate.of(""));
    assertEquals("name", e.field());
    assertEquals("candidate name must not be empty", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"   ", " ", "\u00a0\u00a0", "\u3000", "\u200b", " \u2007\u202f "})
  void of_blankName_throwsNamingTheField(String blank) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Candidate.of(blank));
    assertEquals("name", e.field());
    assertEquals(blank, e.value());
    assertTrue(e.getMessage().contains("must not be blank"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ann\tSmith", "Ann\nSmith", "Ann\rSmith", "Ann\u0007", "\u001b[2JAnn", "Ann\u007f", "Ann\u2028Smith", "Ann\u2029", "\u0000"})
  void of_controlCharacter_throwsWithTheCharacterEscaped(String name) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Candidate.of(name));
    assertEquals("name", e.field());
    assertEquals(name, e.value());
    assertTrue(e.getMessage().contains("must not hold control characters (U+"), e.getMessage());
    // No control character reaches a terminal through the message.
    assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029), e.getMessage());
  }

  @Test
  void of_controlCharacter_messageSaysWhichAndWhere() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Candidate.of("Jo\u0007 Bell"));
    assertEquals("candidate name \"Jo\\u0007 Bell\" must not hold control characters (U+0007 at position 3)", e.getMessage());
  }

  @Test
  void of_nameAtTheLengthLimit_isAccepted_oneMoreIsRefused() {
    String longest = "N".repeat(Candidate.MAX_NAME_LENGTH);
    assertEquals(longest, Candidate.of(longest).name());
    String tooLong = longest + "x";
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Candidate.of(tooLong));
    assertEquals("name", e.field());
    assertEquals(
        "candidate name of 1001 characters is longer than the limit of 1000 (it begins \"" + "N".repeat(40) + "\")",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jo MOWAT (Con)",
        "  padded name  ",
        "OisÃ\u00adn DUNCAN",
        "Neill John SIMPSON \"Scottish Greens \u00c2\u0089 Think Global\"",
        "O\ufffdBRIEN",
        "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627",
        "Ana \u00a0Lopez"
      })
  void of_namesAsPublished_areKeptVerbatim(String name) {
    // Mis-decoded letters (C1 controls such as U+0089 among them), padding and joiners in names from
    // published results stay part of the name.
    assertEquals(name, Candidate.of(name).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ann\tSmith", "\u001b[2JAnn", "Ann\u0007", "   "})
  void verbatim_nameAFileGives_isKeptThoughOfRefusesIt(String name) {
    // A ballot file's name line is the official name: the readers keep it, and escape it when they print.
    assertThrows(InvalidValueException.class, () -> Candidate.of(name));
    assertEquals(name, Candidate.verbatim(name).name());
  }

  @Test
  void verbatim_keepsTheInvariantsOfEveryName() {
    assertEquals("candidate name must not be empty", assertThrows(InvalidValueException.class, () -> Candidate.verbatim("")).getMessage());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Candidate.verbatim("\u0007".repeat(Candidate.MAX_NAME_LENGTH + 1)));
    assertTrue(e.getMessage().startsWith("candidate name of 1001 characters is longer than the limit of 1000"), e.getMessage());
  }

  @Test
  void blt_nameLineWithControlCharacters_readsVerbatim() {
    Election e = Blt.parse("2 1\n1 1 0\n0\n\"Ann\tSmith\"\n\"\u001b[2JBo\"\n\"Title\"\n");
    assertEquals("Ann\tSmith", e.candidates().get(0).name());
    assertEquals("\u001b[2JBo", e.candidates().get(1).name());
  }
}
