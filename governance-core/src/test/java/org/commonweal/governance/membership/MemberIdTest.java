package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class MemberIdTest {
  @Test
  void of_reference_readsBackFromToString() {
    MemberId id = MemberId.of("M-0042");
    assertEquals("M-0042", id.toString());
    assertEquals("M-0042", id.value());
    assertEquals(id, MemberId.of(id.toString()));
  }

  @Test
  void of_blank_throwsNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MemberId.of("  "));
    assertEquals("member id", e.field());
    assertTrue(e.getMessage().contains("must not be blank"), e.getMessage());
  }

  @Test
  void of_empty_throws() {
    assertThrows(InvalidValueException.class, () -> MemberId.of(""));
  }

  @Test
  void of_padded_throws() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MemberId.of(" M-1"));
    assertTrue(e.getMessage().contains("whitespace"), e.getMessage());
  }

  @Test
  void of_controlCharacter_throws() {
    assertThrows(InvalidValueException.class, () -> MemberId.of("M-\n1"));
  }

  @Test
  void of_sixtyFiveCharacters_throws() {
    assertThrows(InvalidValueException.class, () -> MemberId.of("M".repeat(65)));
    assertEquals(64, MemberId.of("M".repeat(64)).value().length());
  }

  @Test
  void compareTo_zeroPaddedNumbers_sortAsNumbers() {
    assertTrue(MemberId.of("M-0007").compareTo(MemberId.of("M-0042")) < 0);
    assertTrue(MemberId.of("M-0042").compareTo(MemberId.of("M-0100")) < 0);
    assertEquals(0, MemberId.of("M-0042").compareTo(MemberId.of("M-0042")));
  }

  @Test
  void equals_sameReference_equalAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(MemberId.of("M-0001"), MemberId.of("M-0001"))
        .addEqualityGroup(MemberId.of("M-0002"))
        .addEqualityGroup(MemberId.of("m-0001"))
        .testEquals();
  }

  @Test
  void hashCode_followsTheReference() {
    // Members are kept in hash maps by reference; "M-0002" and "M-0001" differ only in the last
    // character, so the string hashes differ by 1.
    assertEquals(1, MemberId.of("M-0002").hashCode() - MemberId.of("M-0001").hashCode());
  }
}
