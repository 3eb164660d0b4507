package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberEvent;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MemberKind;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.junit.jupiter.api.Test;

class RegisterJsonTest {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CommonwealModule());

  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId USERS = ClassId.of("users");

  /** Two classes, one with a combined rule; one member still in, one moved and then ceased. */
  static Register example() {
    MembershipRules rules =
        MembershipRules.of(
            ClassPolicy.SEVERAL_CLASSES,
            StakeholderClass.of(
                WORKERS,
                "Worker members",
                Eligibility.allOf(Eligibility.minimumAge(16), Eligibility.employedAtLeastHours(Fraction.of(15, 2)))),
            StakeholderClass.of(
                USERS, "User members", Eligibility.anyOf(Eligibility.residentIn("Frome"), Eligibility.not(Eligibility.tenant()))));
    Member ann =
        Member.builder()
            .id(MemberId.of("M-001"))
            .name("Ann Example")
            .addHistory(MemberEvent.of(LocalDate.of(2025, 3, 1), MemberEvent.Kind.ADMITTED, Set.of(WORKERS), ""))
            .build();
    Member bee =
        Member.builder()
            .id(MemberId.of("M-002"))
            .name("Bee Housing Co-operative")
            .kind(MemberKind.REGISTERED_SOCIETY)
            .addHistory(MemberEvent.of(LocalDate.of(2025, 4, 2), MemberEvent.Kind.ADMITTED, Set.of(USERS), ""))
            .addHistory(
                MemberEvent.of(LocalDate.of(2025, 6, 30), MemberEvent.Kind.CLASSES_CHANGED, Set.of(USERS, WORKERS), ""))
            .addHistory(
                MemberEvent.of(LocalDate.of(2026, 1, 5), MemberEvent.Kind.CEASED, Set.of(USERS, WORKERS), "resigned"))
            .build();
    return Register.of(rules, java.util.List.of(bee, ann));
  }

  static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  static StoredDocumentException refused(JsonNode doc, Class<?> type) {
    return assertThrows(StoredDocumentException.class, () -> MAPPER.treeToValue(doc, type));
  }

  @Test
  void write_givesTheDocumentFieldByField() {
    JsonNode doc = tree(example());
    assertEquals("register", doc.get("commonweal").textValue());
    assertEquals(1, doc.get("version").intValue());
    JsonNode rules = doc.get("rules");
    assertEquals("SEVERAL_CLASSES", rules.get("classPolicy").textValue());
    JsonNode workers = rules.get("classes").get(0);
    assertEquals("workers", workers.get("id").textValue());
    assertEquals("Worker members", workers.get("name").textValue());
    assertEquals("allOf", workers.get("eligibility").get("condition").textValue());
    assertEquals(16, workers.get("eligibility").get("parts").get(0).get("years").intValue());
    assertEquals("15/2", workers.get("eligibility").get("parts").get(1).get("hours").textValue());
    JsonNode users = rules.get("classes").get(1).get("eligibility");
    assertEquals("Frome", users.get("parts").get(0).get("area").textValue());
    assertEquals("tenant", users.get("parts").get(1).get("rule").get("condition").textValue());
    JsonNode members = doc.get("members");
    assertEquals(2, members.size());
    assertEquals("M-001", members.get(0).get("id").textValue(), "members in order of their ids");
    assertEquals("INDIVIDUAL", members.get(0).get("kind").textValue());
    JsonNode bee = members.get(1);
    assertEquals("REGISTERED_SOCIETY", bee.get("kind").textValue());
    assertEquals(3, bee.get("history").size());
    JsonNode moved = bee.get("history").get(1);
    assertEquals("2025-06-30", moved.get("date").textValue());
    assertEquals("CLASSES_CHANGED", moved.get("event").textValue());
    assertEquals("[\"users\",\"workers\"]", moved.get("classes").toString());
    assertEquals("resigned", bee.get("history").get(2).get("note").textValue());
  }

  @Test
  void read_ofWhatWasWritten_givesAnEqualRegister() throws Exception {
    Register register = example();
    String json = MAPPER.writeValueAsString(register);
    Register again = MAPPER.readValue(json, Register.class);
    assertEquals(register, again);
    assertEquals(json, MAPPER.writeValueAsString(again));
  }

  @Test
  void read_unknownVersion_namesTheVersionField() {
    ObjectNode doc = (ObjectNode) tree(example());
    doc.put("version", 2);
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.version", e.path());
    assertEquals("2", e.value());
    assertTrue(e.getMessage().contains("unknown version"), e.getMessage());
  }

  @Test
  void read_otherKindOfDocument_isRefused() {
    ObjectNode doc = (ObjectNode) tree(example());
    doc.put("commonweal", "ledger");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.commonweal", e.path());
    assertEquals("ledger", e.value());
  }

  @Test
  void read_unknownField_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("members").get(1).get("history").get(0)).put("colour", "blue");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.members[1].history[0].colour", e.path());
    assertEquals("blue", e.value());
    assertTrue(e.getMessage().contains("unknown field"), e.getMessage());
  }

  @Test
  void read_missingField_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("members").get(0)).remove("name");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.members[0].name", e.path());
    assertEquals(null, e.value());
    assertTrue(e.getMessage().contains("missing field"), e.getMessage());
  }

  @Test
  void read_wrongType_namesItsPathAndValue() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("rules").get("classes").get(0).get("eligibility").get("parts").get(0)).put("years", "sixteen");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.rules.classes[0].eligibility.parts[0].years", e.path());
    assertEquals("sixteen", e.value());
  }

  @Test
  void read_badDate_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("members").get(1).get("history").get(2)).put("date", "5 January 2026");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.members[1].history[2].date", e.path());
    assertEquals("5 January 2026", e.value());
  }

  @Test
  void read_unknownConstant_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("members").get(0)).put("kind", "ROBOT");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.members[0].kind", e.path());
    assertEquals("ROBOT", e.value());
  }

  @Test
  void read_valueTheTypeRefuses_keepsItsCheckAsCause() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("rules").get("classes").get(0).get("eligibility").get("parts").get(0)).put("years", -3);
    StoredDocumentException e = refused(doc, Register.class);
    assertTrue(e.path().startsWith("$.rules.classes[0].eligibility.parts[0]"), e.path());
    assertInstanceOf(InvalidValueException.class, e.getCause());
    assertEquals("-3", e.value());
  }

  @Test
  void read_memberInAnUndefinedClass_namesTheMembers() {
    ObjectNode doc = (ObjectNode) tree(example());
    ArrayNode classes = (ArrayNode) doc.get("members").get(0).get("history").get(0).get("classes");
    classes.removeAll().add("investors");
    StoredDocumentException e = refused(doc, Register.class);
    assertTrue(e.path().startsWith("$.members"), e.path());
    assertTrue(e.getMessage().contains("investors"), e.getMessage());
  }

  @Test
  void read_historyOutOfOrder_namesTheMember() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("members").get(1).get("history").get(2)).put("date", "2024-01-01");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.members[1].history", e.path());
    assertInstanceOf(InvalidValueException.class, e.getCause());
  }

  @Test
  void read_textThatIsNotJson_isRefusedAtTheRoot() {
    StoredDocumentException e =
        assertThrows(StoredDocumentException.class, () -> MAPPER.readValue("{\"commonweal\": \"register\",", Register.class));
    assertEquals("$", e.path());
  }

  @Test
  void read_unknownCondition_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("rules").get("classes").get(1).get("eligibility")).put("condition", "someOf");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.rules.classes[1].eligibility.condition", e.path());
    assertEquals("someOf", e.value());
  }

  @Test
  void read_fractionAsAPercentage_isNotAStoredForm() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("rules").get("classes").get(0).get("eligibility").get("parts").get(1)).put("hours", "50%");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.rules.classes[0].eligibility.parts[1].hours", e.path());
    assertEquals("50%", e.value());
  }

  @Test
  void read_classTwiceInAnEvent_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ArrayNode) doc.get("members").get(0).get("history").get(0).get("classes")).add("workers");
    StoredDocumentException e = refused(doc, Register.class);
    assertEquals("$.members[0].history[0].classes", e.path());
  }
}
