package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;
import org.commonweal.governance.constitution.Change;
import org.commonweal.governance.constitution.Constitution;

@Domain(JsonDomain.class)
@Domain(DomainContext.Global.class)
class ConstitutionJsonProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CommonwealModule());
  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  /** Bounded: a generated constitution holds a few hundred rule nodes, over up to three versions. */
  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
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

  /**
   * A document with any one value replaced by a value of another type or out of range is either read
   * (the replacement happened to be valid) or refused with a path; nothing else escapes the reader.
   */
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void read_ofADocumentWithOneValueReplaced_readsOrNamesAPath(
      @ForAll Constitution constitution,
      @ForAll @IntRange(min = 0, max = 100_000) int where,
      @ForAll("replacements") JsonNode replacement) {
    JsonNode doc = MAPPER.valueToTree(constitution);
    List<Slot> slots = new ArrayList<>();
    slots(doc, slots);
    Slot slot = slots.get(where % slots.size());
    slot.set(replacement.deepCopy());
    try {
      MAPPER.treeToValue(doc, Constitution.class);
      Statistics.label("outcome").collect("read");
    } catch (StoredDocumentException e) {
      assertTrue(e.path().startsWith("$"), e.path());
      Statistics.label("outcome").collect("refused");
    } catch (Exception e) {
      throw new AssertionError("not a StoredDocumentException: " + e, e);
    }
    Statistics.label("outcome").coverage(c -> c.check("refused").percentage(p -> p > 50));
  }

  /** A place in a document that holds a value, and how to replace it. */
  private interface Slot {
    void set(JsonNode value);
  }

  private static void slots(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        out.add(v -> o.set(name, v));
        slots(o.get(name), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        int at = i;
        out.add(v -> a.set(at, v));
        slots(a.get(i), out);
      }
    }
  }

  @Provide
  Arbitrary<JsonNode> replacements() {
    ObjectMapper plain = new ObjectMapper();
    return Arbitraries.of("\"x\"", "\"\"", "0", "-1", "2147483648", "99999999999999999999", "true", "null",
            "{}", "[]", "\"1/0\"", "\"3/2\"", "\"-1/2\"", "\"P-1D\"", "\"PT-1H\"", "\"2026-02-30\"", "[\"x\"]",
            "{\"quorum\":\"members\",\"n\":0}", "\"ONE_VOTE\"")
        .map(text -> {
          try {
            return plain.readTree(text);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Property(tries = 300)
  void change_readBack_isTheSameChange(@ForAll("changes") Change change) {
    assertEquals(change, ConstitutionCodec.change(In.root(ConstitutionCodec.change(change))));
  }

  @Provide
  Arbitrary<Change> changes() {
    return JsonDomain.changes();
  }
}
