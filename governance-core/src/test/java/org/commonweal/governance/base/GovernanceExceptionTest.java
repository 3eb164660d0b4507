package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The exception family: each exception carries its fields, and its message names them. */
class GovernanceExceptionTest {

  @Test
  void family_isRootedInGovernanceExceptionUnderIllegalArgumentException() {
    // Callers catch IllegalArgumentException for every caller error; the family must stay under it.
    assertEquals(IllegalArgumentException.class, GovernanceException.class.getSuperclass());
    for (Class<?> member :
        List.of(
            InvalidValueException.class,
            MalformedInputException.class,
            LimitExceededException.class,
            RejectedException.class)) {
      assertEquals(GovernanceException.class, member.getSuperclass(), member::getName);
    }
  }

  @Test
  void governanceException_keepsItsMessageAndCause() {
    ArithmeticException cause = new ArithmeticException("overflow");
    GovernanceException e = new GovernanceException("weights overflow", cause);
    assertEquals("weights overflow", e.getMessage());
    assertSame(cause, e.getCause());
  }

  @Test
  void invalidValueException_carriesTheFieldAndTheValueAsText() {
    InvalidValueException e =
        new InvalidValueException("quorum", Fraction.of(3, 2), "quorum fraction 3/2 must be between 0 and 1");
    assertEquals("quorum", e.field());
    assertEquals("3/2", e.value());
    assertEquals("quorum fraction 3/2 must be between 0 and 1", e.getMessage());
  }

  @Test
  void invalidValueException_missingValue_isNull() {
    InvalidValueException e = new InvalidValueException("date", null, "date must be given");
    assertEquals("date", e.field());
    assertNull(e.value());
  }

  @Test
  void malformedInputException_namesTheFormatLineExpectationAndText() {
    MalformedInputException e = new MalformedInputException("BLT", 3, "a ballot ending in 0", "1 2 3");
    assertEquals("BLT", e.format());
    assertEquals(3, e.line());
    assertEquals("a ballot ending in 0", e.expected());
    assertEquals("BLT line 3: expected a ballot ending in 0, found \"1 2 3\"", e.getMessage());
  }

  @Test
  void malformedInputException_lineZero_blamesTheWholeInput() {
    MalformedInputException e = new MalformedInputException("BLT", 0, "a title line", "");
    assertEquals(0, e.line());
    assertEquals("BLT input: expected a title line, found \"\"", e.getMessage());
  }

  @Test
  void malformedInputException_longText_isShortenedTo80Characters() {
    String exactly80 = "x".repeat(80);
    assertTrue(new MalformedInputException("CSV", 2, "a rank", exactly80).getMessage().endsWith("\"" + exactly80 + "\""));

    String long81 = "y".repeat(81);
    String message = new MalformedInputException("CSV", 2, "a rank", long81).getMessage();
    // 77 characters of the text and "...": 80 in all.
    assertTrue(message.endsWith("found \"" + "y".repeat(77) + "...\""), message);
  }

  @Test
  void limitExceededException_namesTheQuantityTheLimitTheSizeAndTheAdvice() {
    LimitExceededException e =
        new LimitExceededException("candidates for Kemeny-Young", 10, 12, "use ranked pairs instead");
    assertEquals("candidates for Kemeny-Young", e.quantity());
    assertEquals(10, e.limit());
    assertEquals(12, e.actual());
    assertEquals(
        "candidates for Kemeny-Young: 12 is more than the limit of 10; use ranked pairs instead", e.getMessage());
  }

  @Test
  void limitExceededException_withoutAdvice_endsAtTheLimit() {
    LimitExceededException e = new LimitExceededException("members for an exact Banzhaf index", 25, 40, "");
    assertEquals("members for an exact Banzhaf index: 40 is more than the limit of 25", e.getMessage());
  }

  @Test
  void rejectedException_carriesTheRejectionAndShowsIt() {
    Rejection r = Rejection.of("NOT_TRANSFERABLE", "withdrawable shares cannot be transferred");
    RejectedException e = new RejectedException(r);
    assertSame(r, e.rejection());
    assertEquals("NOT_TRANSFERABLE: withdrawable shares cannot be transferred", e.getMessage());
  }
}
