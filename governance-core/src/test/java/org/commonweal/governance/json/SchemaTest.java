package org.commonweal.governance.json;

import static org.commonweal.governance.json.RegisterJsonTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.PairwiseStrength;
import org.junit.jupiter.api.Test;

/** The published schemas, checked against the documents the writer emits. */
class SchemaTest {
  private final SchemaCheck schemas = new SchemaCheck();

  @Test
  void registerExample_conformsToItsSchema() {
    assertEquals(List.of(), schemas.violations(tree(RegisterJsonTest.example()), "register.schema.json"));
  }

  @Test
  void ledgerExample_conformsToItsSchema() {
    assertEquals(List.of(), schemas.violations(tree(LedgerJsonTest.example()), "ledger.schema.json"));
  }

  @Test
  void resultExamples_conformToTheirSchema() {
    for (Object r :
        List.of(
            ResultJsonTest.stv(),
            ResultJsonTest.drawn(),
            ElectionMethods.schulze(PairwiseStrength.values()[0]).count(ResultJsonTest.election(1)))) {
      assertEquals(List.of(), schemas.violations(tree(r), "result.schema.json"));
    }
  }

  @Test
  void check_reportsAFieldTheSchemaDoesNotName() {
    ObjectNode doc = (ObjectNode) tree(RegisterJsonTest.example());
    ((ObjectNode) doc.get("members").get(0)).put("colour", "blue");
    assertEquals(List.of("$.members[0].colour: not named in the schema"), schemas.violations(doc, "register.schema.json"));
  }

  @Test
  void check_reportsAWrongVersionAndAnInexactAmount() {
    ObjectNode doc = (ObjectNode) tree(LedgerJsonTest.example());
    doc.put("version", 2);
    ((ObjectNode) doc.get("shareClasses").get(0)).put("parValue", 1.0);
    List<String> found = schemas.violations(doc, "ledger.schema.json");
    assertTrue(found.stream().anyMatch(v -> v.startsWith("$.version")), found.toString());
    assertTrue(found.stream().anyMatch(v -> v.startsWith("$.shareClasses[0].parValue")), found.toString());
  }

  @Test
  void everySchema_parsesAndNamesItsKind() {
    for (String kind : List.of("register", "ledger", "result", "constitution")) {
      JsonNode s = schemas.schema(kind + ".schema.json");
      assertEquals(kind, s.get("properties").get("commonweal").get("const").textValue());
      assertEquals(1, s.get("properties").get("version").get("const").intValue());
    }
  }
}
