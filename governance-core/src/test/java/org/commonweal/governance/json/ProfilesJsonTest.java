package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.ProfileFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every profile of real model rules is stored and read back to an equal constitution, as the schema describes it. */
class ProfilesJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CommonwealModule());
  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  static Stream<Constitution> profiles() {
    return ProfileFixtures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void profile_readBack_equalsWhatWasWritten_andConformsToTheSchema(Constitution c) throws Exception {
    String json = MAPPER.writeValueAsString(c);
    JsonNode doc = MAPPER.readTree(json);
    assertEquals(List.of(), SCHEMAS.violations(doc, "constitution.schema.json"), c.name());
    Constitution back = MAPPER.readValue(json, Constitution.class);
    assertEquals(c, back, c.name());
    assertEquals(json, MAPPER.writeValueAsString(back), "written again, the same text");
  }
}
