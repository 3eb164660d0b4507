package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipDomain;
import org.commonweal.governance.membership.Register;

@Domain(MembershipDomain.class)
class RegisterJsonProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CommonwealModule());
  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void register_readBack_equalsWhatWasWritten(@ForAll Register register) throws Exception {
    String json = MAPPER.writeValueAsString(register);
    Register again = MAPPER.readValue(json, Register.class);
    assertEquals(java.util.List.of(), SCHEMAS.violations(MAPPER.readTree(json), "register.schema.json"));
    assertEquals(register, again);
    assertEquals(json, MAPPER.writeValueAsString(again), "writing is deterministic");
  }

  @Property(tries = 300)
  void eligibility_readBack_isTheSameTree(@ForAll Eligibility rule) {
    Eligibility again = RegisterCodec.eligibility(In.root(RegisterCodec.eligibility(rule)));
    assertEquals(rule, again);
  }
}
