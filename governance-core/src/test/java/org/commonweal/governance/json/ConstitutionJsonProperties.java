package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.domains.Domain;
import org.commonweal.governance.constitution.Change;
import org.commonweal.governance.constitution.Constitution;

@Domain(StoredConstitutions.class)
class ConstitutionJsonProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CommonwealModule());
  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  /** Bounded: a generated constitution holds a few hundred rule nodes, over up to three versions. */
  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void constitution_readBack_equalsWhatWasWritten(@ForAll Constitution constitution) throws Exception {
    String json = MAPPER.writeValueAsString(constitution);
    Constitution again = MAPPER.readValue(json, Constitution.class);
    assertEquals(List.of(), SCHEMAS.violations(MAPPER.readTree(json), "constitution.schema.json"));
    assertEquals(constitution, again);
    assertEquals(constitution.history(), again.history());
    assertEquals(constitution.amendments(), again.amendments());
    assertEquals(json, MAPPER.writeValueAsString(again), "writing is deterministic");
    Statistics.label("versions").collect(constitution.history().size());
    Statistics.label("versions").coverage(c -> c.check(3).percentage(p -> p > 10));
  }

  @Property(tries = 300)
  void change_readBack_isTheSameChange(@ForAll("changes") Change change) {
    assertEquals(change, ConstitutionCodec.change(In.root(ConstitutionCodec.change(change))));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Change> changes() {
    return StoredConstitutions.changes();
  }
}
