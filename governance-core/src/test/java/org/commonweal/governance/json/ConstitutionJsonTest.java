package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.constitution.Amendment;
import org.commonweal.governance.constitution.Change;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.RatioThreshold;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.voting.Choice;
import org.junit.jupiter.api.Test;

class ConstitutionJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CommonwealModule());
  private static final SchemaCheck SCHEMAS = new SchemaCheck();
  private static final ClassId RESIDENTS = ClassId.of("residents");

  /** The example, amended twice: the first amendment makes every kind of change. */
  static Constitution amendedExample() {
    Constitution first = JsonDomain.example();
    Constitution second = first.apply(Amendment.of("Every kind of change", JsonDomain.everyChange()),
        LocalDate.of(2025, 7, 1));
    return second.apply(Amendment.of("Restate the objects", new Change.Purpose("To serve Brook ward")),
        LocalDate.of(2026, 7, 1));
  }

  private static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  private static ObjectNode version(ObjectNode doc, int i) {
    return (ObjectNode) doc.get("versions").get(i);
  }

  private static StoredDocumentException refused(JsonNode doc) {
    return assertThrows(StoredDocumentException.class, () -> MAPPER.treeToValue(doc, Constitution.class));
  }

  private static void roundTrip(Constitution c) throws Exception {
    String json = MAPPER.writeValueAsString(c);
    assertEquals(List.of(), SCHEMAS.violations(MAPPER.readTree(json), "constitution.schema.json"));
    Constitution again = MAPPER.readValue(json, Constitution.class);
    assertEquals(c, again);
    assertEquals(json, MAPPER.writeValueAsString(again));
  }

  @Test
  void write_givesEveryVersionInFullOldestFirst() {
    JsonNode doc = tree(amendedExample());
    assertEquals("constitution", doc.get("commonweal").textValue());
    assertEquals(1, doc.get("version").intValue());
    assertEquals(3, doc.get("versions").size());
    JsonNode first = doc.get("versions").get(0);
    assertEquals("Brook Road Community Hub", first.get("name").textValue());
    assertEquals("COMMUNITY_BENEFIT_SOCIETY", first.get("type").textValue());
    assertEquals("2024-04-01", first.get("inForceFrom").textValue());
    assertEquals(3, first.get("minimumMembers").intValue(), "the default is written");
    assertEquals("[\"staff\"]", first.get("staffClasses").toString());
    assertEquals("greaterOf", first.get("generalMeetings").get("quorum").get("quorum").textValue());
    assertEquals("1/10", first.get("generalMeetings").get("quorum").get("parts").get(1).get("fraction").textValue());
    assertEquals("amend-rules", first.get("matters").get(0).get("id").textValue());
    JsonNode special = first.get("matters").get(0).get("procedure").get("resolution");
    assertEquals("SPECIAL", special.get("kind").textValue());
    assertEquals("3/4", special.get("conditions").get(0).get("fraction").textValue());
    assertEquals("byInstrument", first.get("matters").get(1).get("procedure").get("procedure").textValue());
    assertEquals("STATUTORY", first.get("assetLock").get("kind").textValue());
    assertEquals("ASSET_LOCK", first.get("entrenched").get(0).get("clause").textValue());
    assertTrue(first.get("amendment") == null, "the first version was adopted");
    JsonNode second = doc.get("versions").get(1);
    assertEquals("2025-07-01", second.get("inForceFrom").textValue());
    assertEquals("Every kind of change", second.get("amendment").get("title").textValue());
    assertEquals(JsonDomain.everyChange().size(), second.get("amendment").get("changes").size());
    assertEquals("To run a library and a school", second.get("objects").textValue(), "each version in full");
    assertEquals("To serve Brook ward", doc.get("versions").get(2).get("objects").textValue());
  }

  @Test
  void read_ofAnAmendedConstitution_givesItsHistoryBack() throws Exception {
    Constitution c = amendedExample();
    String json = MAPPER.writeValueAsString(c);
    Constitution again = MAPPER.readValue(json, Constitution.class);
    assertEquals(c, again);
    assertEquals(c.amendments(), again.amendments());
    assertEquals(Optional.of(JsonDomain.example()), again.inForceOn(LocalDate.of(2025, 1, 1)));
    roundTrip(c);
  }

  @Test
  void everyChange_readBack_isTheSameChange() {
    for (Change c : JsonDomain.everyChange()) {
      assertEquals(c, ConstitutionCodec.change(In.root(ConstitutionCodec.change(c))), c.description());
    }
  }

  @Test
  void everyQuorumRule_readBack_isTheSameRule() throws Exception {
    List<QuorumRule> rules = List.of(
        QuorumRule.members(3), QuorumRule.persons(2), QuorumRule.fractionOfMembers(Fraction.of(1, 10)),
        QuorumRule.majorityOfMembers(), QuorumRule.fractionOfVotes(Fraction.of(1, 4)),
        QuorumRule.moreThanFractionOfVotes(Fraction.ONE_HALF), QuorumRule.fractionOfPaidUpCapital(Fraction.of(1, 3)),
        QuorumRule.timesSquareRootOfMembers(Fraction.of(3, 2)), QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.thosePresent()),
        QuorumRule.lesserOf(QuorumRule.members(20), QuorumRule.fractionOfMembers(Fraction.of(1, 10))),
        QuorumRule.tiered().upTo(10, QuorumRule.members(3)).upTo(50, QuorumRule.members(5))
            .otherwise(QuorumRule.fractionOfMembers(Fraction.of(1, 10))),
        QuorumRule.inClass(RESIDENTS, QuorumRule.members(2)), QuorumRule.inEachClass(QuorumRule.persons(1)),
        QuorumRule.thosePresent());
    assertEquals(12, rules.stream().map(Object::getClass).distinct().count(), "every record");
    for (QuorumRule r : rules) {
      assertEquals(r, RulesCodec.quorum(In.root(RulesCodec.quorum(r))), r.description());
      roundTrip(Constitution.builder().from(JsonDomain.example()).boardQuorum(r).build());
    }
  }

  @Test
  void everyConditionAndTieRule_readBack_isTheSame() throws Exception {
    Threshold heads = Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST).byHeads().countingAbstentions().countingSpoilt();
    List<Condition> conditions = List.of(
        heads, RatioThreshold.moreThan(Fraction.of(2)).byHeads(), Condition.inEachClass(Threshold.majorityOfVotesCast()),
        Condition.inClass(RESIDENTS, Threshold.moreThan(Fraction.ZERO, VoteBase.ALL_ELIGIBLE)),
        Condition.turnout(QuorumRule.fractionOfMembers(Fraction.ONE_HALF)),
        Condition.participation(EnumSet.of(Choice.FOR, Choice.ABSTAIN), QuorumRule.members(4)));
    List<TieRule> ties = List.of(TieRule.byThreshold(), TieRule.lost(), TieRule.castingVote(),
        TieRule.statusQuo(Choice.AGAINST), TieRule.lot(TieBreaker.givenOrder()), TieRule.lot(TieBreaker.seeded(-7)),
        TieRule.lot(TieBreaker.fixedOrder(List.of(Choice.AGAINST, Choice.FOR))));
    for (Condition c : conditions) {
      assertEquals(c, RulesCodec.condition(In.root(RulesCodec.condition(c))), c.description());
    }
    for (TieRule t : ties) {
      Resolution r = Resolution.builder().title("Motion").addAllConditions(conditions).tieRule(t).addNotes("rule 9").build();
      assertEquals(r, RulesCodec.resolution(In.root(RulesCodec.resolution(r))), t.description());
    }
    roundTrip(Constitution.builder().from(JsonDomain.example())
        .putMatters(Matter.EXPEL_MEMBER,
            new Procedure.AtMeeting(Resolution.builder().title("Expel")
                .addAllConditions(conditions).tieRule(ties.get(6)).build()))
        .build());
  }

  @Test
  void everyEligibilityRecord_inTheMembershipClause_roundTrips() throws Exception {
    Eligibility all = Eligibility.anyOf(
        Eligibility.allOf(Eligibility.always(), Eligibility.minimumAge(16), Eligibility.residentIn("Brook ward")),
        Eligibility.allOf(Eligibility.employedAtLeastHours(Fraction.of(15, 2)), Eligibility.tenant()),
        Eligibility.not(Eligibility.enrolled()), Eligibility.memberOrganisation(), Eligibility.attested("a parent"));
    Constitution c = JsonDomain.example();
    roundTrip(Constitution.builder().from(c).membership(
        MembershipRules.of(ClassPolicy.ONE_CLASS,
            StakeholderClass.of(RESIDENTS, "Everyone", all))).build());
  }

  @Test
  void read_unknownVersion_namesTheVersionField() {
    ObjectNode doc = (ObjectNode) tree(amendedExample());
    doc.put("version", 2);
    StoredDocumentException e = refused(doc);
    assertEquals("$.version", e.path());
    assertTrue(e.getMessage().contains("unknown version of the constitution format"), e.getMessage());
  }

  @Test
  void read_otherKindOfDocument_isRefused() {
    ObjectNode doc = (ObjectNode) tree(amendedExample());
    doc.put("commonweal", "register");
    assertEquals("$.commonweal", refused(doc).path());
  }

  @Test
  void read_unknownField_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(amendedExample());
    ((ObjectNode) version(doc, 0).get("generalMeetings").get("proxies")).put("colour", "blue");
    StoredDocumentException e = refused(doc);
    assertEquals("$.versions[0].generalMeetings.proxies.colour", e.path());
    assertTrue(e.getMessage().contains("unknown field"), e.getMessage());
  }

  @Test
  void read_laterVersionWithoutItsAmendment_isRefused() {
    ObjectNode doc = (ObjectNode) tree(amendedExample());
    version(doc, 2).remove("amendment");
    StoredDocumentException e = refused(doc);
    assertEquals("$.versions[2].amendment", e.path());
    assertTrue(e.getMessage().contains("missing field"), e.getMessage());
  }

  @Test
  void read_firstVersionWithAnAmendment_isRefused() {
    ObjectNode doc = (ObjectNode) tree(amendedExample());
    version(doc, 0).set("amendment", version(doc, 1).get("amendment").deepCopy());
    assertEquals("$.versions[0].amendment", refused(doc).path());
  }

  @Test
  void read_noVersions_isRefused() {
    ObjectNode doc = (ObjectNode) tree(JsonDomain.example());
    doc.putArray("versions");
    assertEquals("$.versions", refused(doc).path());
  }

  @Test
  void read_valueTheTypeRefuses_namesItsPathAndKeepsTheCause() {
    ObjectNode doc = (ObjectNode) tree(JsonDomain.example());
    ((ObjectNode) version(doc, 0).get("matters").get(1).get("procedure")).put("consent", "3/2");
    StoredDocumentException e = refused(doc);
    assertEquals("$.versions[0].matters[1].procedure.consent", e.path());
    assertEquals("3/2", e.value());
    assertInstanceOf(InvalidValueException.class, e.getCause());
    assertTrue(e.getMessage().contains("must be above 0 and at most 1"), e.getMessage());
  }

  @Test
  void read_classSharesNotAddingUpToTheWhole_namesTheClassShares() {
    ObjectNode doc = (ObjectNode) tree(JsonDomain.example());
    ObjectNode shares = ((ObjectNode) version(doc, 0).get("voting")).putObject("classShares");
    ArrayNode list = shares.putArray("shares");
    list.addObject().put("classId", "residents").put("share", "1/2");
    list.addObject().put("classId", "staff").put("share", "1/4");
    shares.put("whenClassAbsent", "LAPSE");
    StoredDocumentException e = refused(doc);
    assertEquals("$.versions[0].voting.classShares.shares", e.path());
    assertTrue(e.getMessage().contains("not to exactly 1"), e.getMessage());
  }

  @Test
  void read_aVersionNotAfterTheOneItReplaces_namesItsDate() {
    ObjectNode doc = (ObjectNode) tree(amendedExample());
    version(doc, 1).put("inForceFrom", "2024-01-01");
    StoredDocumentException e = refused(doc);
    assertEquals("$.versions[1].inForceFrom", e.path());
    assertTrue(e.getMessage().contains("must take effect after"), e.getMessage());
  }

  @Test
  void read_unknownRuleNode_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(JsonDomain.example());
    ((ObjectNode) version(doc, 0).get("generalMeetings").get("quorum").get("parts").get(0)).put("quorum", "everyone");
    StoredDocumentException e = refused(doc);
    assertEquals("$.versions[0].generalMeetings.quorum.parts[0].quorum", e.path());
    assertTrue(e.getMessage().contains("unknown quorum rule"), e.getMessage());
  }

  @Test
  void read_aMatterListedTwice_isRefused() {
    ObjectNode doc = (ObjectNode) tree(JsonDomain.example());
    ArrayNode matters = (ArrayNode) version(doc, 0).get("matters");
    matters.add(matters.get(0).deepCopy());
    assertEquals("$.versions[0].matters[2].id", refused(doc).path());
  }

  @Test
  void read_aRepeatedMemberOfASet_isRefusedNotDropped() {
    ObjectNode doc = (ObjectNode) tree(JsonDomain.example());
    ((ArrayNode) version(doc, 0).get("assetLock").get("recipients")).add("CHARITY");
    StoredDocumentException e = refused(doc);
    assertEquals("$.versions[0].assetLock.recipients[3]", e.path());
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
  }

  @Test
  void read_aNestingDeeperThanTheRuleAllows_isRefusedAtItsPath() {
    ObjectNode doc = (ObjectNode) tree(JsonDomain.example());
    ObjectNode rule = MAPPER.createObjectNode().put("quorum", "thosePresent");
    for (int i = 0; i < 100; i++) {
      ObjectNode outer = MAPPER.createObjectNode().put("quorum", "inEachClass");
      outer.set("rule", rule);
      rule = outer;
    }
    version(doc, 0).set("boardQuorum", rule);
    StoredDocumentException e = refused(doc);
    assertTrue(e.path().startsWith("$.versions[0].boardQuorum.rule.rule"), e.path());
    assertInstanceOf(InvalidValueException.class, e.getCause());
  }

  @Test
  void read_aFractionOfAMillionDigits_isRefusedBeforeItIsReduced() {
    ObjectNode doc = (ObjectNode) tree(JsonDomain.example());
    String huge = "7".repeat(1_000_000) + "/" + "3".repeat(999_999) + "1";
    ((ObjectNode) version(doc, 0).get("matters").get(1).get("procedure")).put("consent", huge);
    long start = System.nanoTime();
    StoredDocumentException e = refused(doc);
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused without reducing it");
    assertEquals("$.versions[0].matters[1].procedure.consent", e.path());
    assertTrue(e.getMessage().contains("at most " + ConstitutionCodec.LONGEST_FRACTION + " characters"), e.getMessage());
    ((ObjectNode) version(doc, 0).get("matters").get(1).get("procedure")).put("consent", "3/4");
    assertEquals(JsonDomain.example(), assertDoesNotThrowRead(doc));
  }

  private static Constitution assertDoesNotThrowRead(JsonNode doc) {
    try {
      return MAPPER.treeToValue(doc, Constitution.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void read_textThatIsNotJson_isRefusedAtTheRoot() {
    StoredDocumentException e = assertThrows(StoredDocumentException.class,
        () -> MAPPER.readValue("{\"commonweal\": \"constitution\", ", Constitution.class));
    assertEquals("$", e.path());
  }

  @Test
  void write_aLotThatCannotBeReadBack_isRefused() {
    Resolution r = Resolution.builder().title("Motion").addConditions(Threshold.majorityOfVotesCast())
        .tieRule(TieRule.lot(TieBreaker.fixedOrder(List.of("heads", "tails")))).build();
    Constitution c = Constitution.builder().from(JsonDomain.example())
        .putMatters(Matter.EXPEL_MEMBER,
            new Procedure.AtMeeting(r))
        .build();
    Exception e = assertThrows(Exception.class, () -> MAPPER.writeValueAsString(c));
    assertTrue(String.valueOf(e.getMessage()).contains("cannot be stored"), e.getMessage());
  }

  /** The example published beside the schema, which {@code docs/storage.md} shows, is read as it stands. */
  @Test
  void publishedExample_readsAndConformsToTheSchema() throws Exception {
    Path file = Path.of(System.getProperty("basedir", "."))
        .resolve("../docs/schema/constitution.example.json").normalize();
    JsonNode doc = MAPPER.readTree(Files.readString(file));
    assertEquals(List.of(), SCHEMAS.violations(doc, "constitution.schema.json"));
    Constitution c = MAPPER.treeToValue(doc, Constitution.class);
    assertEquals("Brook Ward Development Trust", c.name());
    assertEquals(2, c.history().size());
    assertEquals(OptionalInt.of(28), c.writtenResolutionDays());
    assertEquals(OptionalInt.empty(), c.original().writtenResolutionDays());
    assertEquals(c.original().apply(c.amendment().orElseThrow(), c.inForceFrom()), c,
        "the second version is what its amendment makes of the first");
    assertEquals(doc.toString(), MAPPER.writeValueAsString(c), "written back as published");
  }

  @Test
  void amendment_readBack_keepsItsChangesInOrder() {
    Amendment a = new Amendment("All", ImmutableList.copyOf(JsonDomain.everyChange()));
    assertEquals(a, ConstitutionCodec.amendment(In.root(ConstitutionCodec.amendment(a))));
  }
}
