package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class StakeholderClassTest {

  @Test
  void of_blankName_isRefusedNamingTheClass() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> StakeholderClass.of(ClassId.of("staff"), "\t", Eligibility.always()));
    assertEquals("name", e.field());
    assertEquals("stakeholder class staff needs a name", e.getMessage());
    assertEquals("Staff (staff)", StakeholderClass.of(ClassId.of("staff"), "Staff", Eligibility.always()).toString());
  }
}
