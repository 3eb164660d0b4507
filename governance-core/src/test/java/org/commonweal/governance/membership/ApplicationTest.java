package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** An application names the applicant and at least one class, and its facts agree with its kind. */
class ApplicationTest {
  private static final MemberId ID = MemberId.of("M-0007");
  private static final ClassId STAFF = ClassId.of("staff");

  @Test
  void of_blankName_isRefusedNamingTheApplicant() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Application.of(ID, " ", STAFF, Facts.none()));
    assertEquals("name", e.field());
    assertEquals("application for M-0007 needs a name", e.getMessage());
  }

  @Test
  void build_noClass_isRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Application.builder().id(ID).name("Ada").build());
    assertEquals("classes", e.field());
    assertEquals("application for M-0007 names no class", e.getMessage());
  }

  @Test
  void build_factsContradictingTheKind_isRefused() {
    Facts society = Facts.builder().memberKind(MemberKind.REGISTERED_SOCIETY).build();
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Application.builder().id(ID).name("Ada").addClasses(STAFF).facts(society).build());
    assertEquals("memberKind", e.field());
    assertEquals(MemberKind.INDIVIDUAL, Application.of(ID, "Ada", STAFF, Facts.none()).effectiveFacts().memberKind().orElseThrow());
  }
}
