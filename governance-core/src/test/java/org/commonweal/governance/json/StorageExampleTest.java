package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.junit.jupiter.api.Test;

/** The README's example of storing a register, as it is printed there. */
class StorageExampleTest {

  @Test
  void readmeExample_storesARegisterAndReadsItBack() throws Exception {
    // README: storing a register as JSON
    ClassId residents = ClassId.of("residents");
    MembershipRules rules = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(residents, "Residents", Eligibility.residentIn("Frome")));
    Register register = Register.empty(rules)
        .admit(Application.of(MemberId.of("M-0001"), "Ann Example", residents,
                Facts.builder().addAreasOfResidence("Frome").build()),
            LocalDate.of(2026, 9, 1))
        .orElseThrow();

    ObjectMapper mapper = new ObjectMapper().registerModule(new CommonwealModule());
    String json = mapper.writeValueAsString(register);   // {"commonweal":"register","version":1,...}
    Register again = mapper.readValue(json, Register.class);
    // end of README example

    assertEquals(register, again);
    assertTrue(json.startsWith("{\"commonweal\":\"register\",\"version\":1,"), json);
  }
}
