package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class ClassIdTest {
  @Test
  void of_text_readsBackFromToString() {
    ClassId id = ClassId.of("parents-and-carers");
    assertEquals("parents-and-carers", id.toString());
    assertEquals(id, ClassId.of(id.toString()));
  }

  @Test
  void of_blank_throwsNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClassId.of(" "));
    assertEquals("class id", e.field());
  }

  @Test
  void of_trailingSpace_throws() {
    assertThrows(InvalidValueException.class, () -> ClassId.of("staff "));
  }

  @Test
  void compareTo_byText() {
    assertTrue(ClassId.of("parents").compareTo(ClassId.of("staff")) < 0);
  }

  @Test
  void equals_sameText_equalAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(ClassId.of("staff"), ClassId.of("staff"))
        .addEqualityGroup(ClassId.of("students"))
        .testEquals();
  }

  @Test
  void value_isTheTextGiven() {
    assertEquals("parents-and-carers", ClassId.of("parents-and-carers").value());
  }

  @Test
  void hashCode_followsTheText() {
    // The hash is the text's: "staff" and "stafg" differ only in the last character, so by 1.
    assertEquals(1, ClassId.of("stafg").hashCode() - ClassId.of("staff").hashCode());
  }
}
