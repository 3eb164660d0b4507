package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class FactsTest {
  @Test
  void none_hasNoFacts() {
    Facts none = Facts.none();
    assertTrue(none.dateOfBirth().isEmpty());
    assertTrue(none.areasOfResidence().isEmpty());
    assertTrue(none.memberKind().isEmpty());
  }

  @Test
  void weeklyHours_negative_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Facts.builder().weeklyHours(Fraction.of(-1)).build());
    assertEquals("weeklyHours", e.field());
  }

  @Test
  void areasOfResidence_blank_throws() {
    assertThrows(InvalidValueException.class, () -> Facts.builder().addAreasOfResidence(" ").build());
  }

  @Test
  void statements_blank_throwsNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Facts.builder().addStatements("\t").build());
    assertEquals("statements", e.field());
    assertEquals("attested statement must not be blank", e.getMessage());
    assertEquals(1, Facts.builder().addStatements("I am a parent of a pupil").build().statements().size());
  }

  @Test
  void withKnownKind_fillsTheKindOrChecksIt() {
    assertEquals(MemberKind.REGISTERED_SOCIETY, Facts.none().withKnownKind(MemberKind.REGISTERED_SOCIETY).memberKind().orElseThrow());
    Facts person = Facts.builder().memberKind(MemberKind.INDIVIDUAL).build();
    assertEquals(person, person.withKnownKind(MemberKind.INDIVIDUAL));
    assertThrows(InvalidValueException.class, () -> person.withKnownKind(MemberKind.OTHER_ORGANISATION));
  }

  @Test
  void equals_sameFacts_equalAndHashAlike() {
    LocalDate born = LocalDate.of(1990, 1, 1);
    new EqualsTester()
        .addEqualityGroup(Facts.none(), Facts.builder().build())
        .addEqualityGroup(Facts.builder().dateOfBirth(born).build(), Facts.builder().dateOfBirth(born).build())
        .addEqualityGroup(Facts.builder().addAreasOfResidence("A", "B").build(), Facts.builder().addAreasOfResidence("B", "A").build())
        .addEqualityGroup(Facts.builder().tenant(false).build())
        .addEqualityGroup(Facts.builder().tenant(true).build())
        .testEquals();
  }
}
