package org.commonweal.governance.json;

import static org.commonweal.governance.json.RegisterJsonTest.MAPPER;
import static org.commonweal.governance.json.RegisterJsonTest.refused;
import static org.commonweal.governance.json.RegisterJsonTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.PairTable;
import org.commonweal.governance.election.PairwiseStrength;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.election.Tie;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
  static final Candidate ANN = Candidate.of("Ann");
  static final Candidate BOB = Candidate.of("Bob");
  static final Candidate CAL = Candidate.of("Cal");

  static Election election(int seats) {
    return Election.of(
        List.of(ANN, BOB, CAL),
        seats,
        List.of(
            RankedBallot.of(4, ANN, BOB),
            RankedBallot.of(2, BOB),
            RankedBallot.of(3, CAL, ANN),
            RankedBallot.of(1, BOB, CAL)));
  }

  /** A Scottish STV count of two seats: a quota, surpluses and exclusions over several stages. */
  static ElectionResult stv() {
    return StvMethods.scottish().count(election(2), TieBreaker.seeded(1));
  }

  /** Plurality between two candidates with one vote each: a tie decided by lot, with its draw. */
  static ElectionResult drawn() {
    Election e = Election.of(List.of(ANN, BOB), 1, List.of(RankedBallot.of(ANN), RankedBallot.of(BOB)));
    return ElectionMethods.plurality().count(e, TieBreaker.seeded(2026));
  }

  @Test
  void write_givesTheDocumentFieldByField() {
    ElectionResult result = stv();
    JsonNode doc = tree(result);
    assertEquals("result", doc.get("commonweal").textValue());
    assertEquals(1, doc.get("version").intValue());
    assertEquals(result.method(), doc.get("method").textValue());
    assertEquals(2, doc.get("seats").intValue());
    assertEquals(result.elected().size(), doc.get("elected").size());
    assertEquals(result.elected().get(0).name(), doc.get("elected").get(0).textValue());
    assertEquals(result.quota().orElseThrow().toString(), doc.get("quota").textValue());
    assertTrue(doc.get("quota").isTextual(), "a fraction is an exact string");
    JsonNode report = doc.get("report");
    assertEquals(10, report.get("ballots").get("total").longValue());
    assertEquals(10, report.get("ballots").get("valid").longValue());
    assertEquals(result.report().decimals(), report.get("decimals").intValue());
    assertEquals(result.report().stages().size(), report.get("stages").size());
    assertTrue(result.report().stages().size() > 1, "the example has several stages");
    for (int i = 0; i < result.report().stages().size(); i++) {
      Stage s = result.report().stages().get(i);
      JsonNode w = report.get("stages").get(i);
      assertEquals(s.number(), w.get("number").intValue());
      assertEquals(s.kind().name(), w.get("kind").textValue());
      assertEquals(s.description(), w.get("description").textValue());
      assertEquals(s.totals().size(), w.get("totals").size());
      int j = 0;
      for (Map.Entry<Candidate, ?> t : s.totals().entrySet()) {
        assertEquals(t.getKey().name(), w.get("totals").get(j).get("candidate").textValue());
        assertEquals(t.getValue().toString(), w.get("totals").get(j).get("total").textValue());
        j++;
      }
      assertEquals(s.exhausted().toString(), w.get("exhausted").textValue());
      assertEquals(s.elected().size(), w.get("elected").size());
      assertEquals(s.excluded().size(), w.get("excluded").size());
      assertFalse(w.has("pairs"));
    }
  }

  @Test
  void write_tieDecidedByLot_givesItsDraw() {
    ElectionResult result = drawn();
    Tie tie = result.report().ties().get(0);
    assertEquals(Tie.DecidedBy.LOT, tie.decidedBy());
    JsonNode written = tree(result).get("report").get("stages").get(tie.stage() - 1).get("ties").get(0);
    assertEquals("LOT", written.get("decidedBy").textValue());
    assertEquals("[\"Ann\",\"Bob\"]", written.get("tied").toString());
    JsonNode draw = written.get("draw");
    assertEquals(tie.draw().orElseThrow().number(), draw.get("number").intValue());
    assertEquals(tie.draw().orElseThrow().method(), draw.get("method").textValue());
    assertEquals(tie.order().get(0).name(), written.get("order").get(0).textValue());
    assertEquals(tie.explanation(), written.get("explanation").textValue());
    assertFalse(written.has("decidingStage"));
  }

  @Test
  void read_ofWhatWasWritten_givesEqualResults() throws Exception {
    for (ElectionResult r : List.of(stv(), drawn(), ElectionMethods.instantRunoff().count(election(1)))) {
      assertEquals(r, MAPPER.readValue(MAPPER.writeValueAsString(r), ElectionResult.class));
    }
  }

  /** The index of the first stage of a document that holds a pairwise table. */
  static int stageWithPairs(JsonNode doc) {
    for (int i = 0; i < doc.get("report").get("stages").size(); i++) {
      if (doc.get("report").get("stages").get(i).has("pairs")) {
        return i;
      }
    }
    return -1;
  }

  static ElectionResult schulze() {
    return ElectionMethods.schulze(PairwiseStrength.values()[0]).count(election(1));
  }

  @Test
  void read_pairwiseTable_givesItBackExactly() throws Exception {
    ElectionResult schulze = schulze();
    JsonNode doc = tree(schulze);
    int stage = stageWithPairs(doc);
    assertTrue(stage >= 0, "a Schulze count writes its pairwise table");
    ElectionResult again = MAPPER.treeToValue(doc, ElectionResult.class);
    assertEquals(schulze, again);
    PairTable written = schulze.report().stages().get(stage).pairs().orElseThrow();
    PairTable read = again.report().stages().get(stage).pairs().orElseThrow();
    assertEquals(written.name(), read.name());
    assertEquals(written.candidates(), read.candidates());
    for (Candidate from : written.candidates()) {
      for (Candidate to : written.candidates()) {
        assertEquals(written.get(from, to), read.get(from, to));
      }
    }
  }

  @Test
  void read_pairwiseTableOfTooFewRows_namesItsPath() {
    JsonNode doc = tree(schulze());
    int stage = stageWithPairs(doc);
    ((ArrayNode) doc.get("report").get("stages").get(stage).get("pairs").get("counts")).remove(0);
    StoredDocumentException e = refused(doc, ElectionResult.class);
    assertEquals("$.report.stages[" + stage + "].pairs.counts", e.path());
  }

  @Test
  void read_pairwiseRowOfTooManyNumbers_namesItsPath() {
    JsonNode doc = tree(schulze());
    int stage = stageWithPairs(doc);
    ((ArrayNode) doc.get("report").get("stages").get(stage).get("pairs").get("counts").get(1)).add(7);
    StoredDocumentException e = refused(doc, ElectionResult.class);
    assertEquals("$.report.stages[" + stage + "].pairs.counts[1]", e.path());
  }

  @Test
  void read_pairwiseCountNotANumber_namesItsPath() {
    JsonNode doc = tree(schulze());
    int stage = stageWithPairs(doc);
    ((ArrayNode) doc.get("report").get("stages").get(stage).get("pairs").get("counts").get(2)).set(0, "four");
    StoredDocumentException e = refused(doc, ElectionResult.class);
    assertEquals("$.report.stages[" + stage + "].pairs.counts[2][0]", e.path());
    assertEquals("four", e.value());
  }

  @Test
  void read_pairwiseDiagonalNotZero_namesTheCounts() {
    JsonNode doc = tree(schulze());
    int stage = stageWithPairs(doc);
    ((ArrayNode) doc.get("report").get("stages").get(stage).get("pairs").get("counts").get(1)).set(1, 5);
    StoredDocumentException e = refused(doc, ElectionResult.class);
    assertEquals("$.report.stages[" + stage + "].pairs.counts", e.path());
  }

  @Test
  void read_totalNotAFraction_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(stv());
    ((ObjectNode) doc.get("report").get("stages").get(0).get("totals").get(1)).put("total", "four");
    StoredDocumentException e = refused(doc, ElectionResult.class);
    assertEquals("$.report.stages[0].totals[1].total", e.path());
    assertEquals("four", e.value());
  }

  @Test
  void read_ballotsThatDoNotAddUp_namesTheField() {
    ObjectNode doc = (ObjectNode) tree(stv());
    ((ObjectNode) doc.get("report").get("ballots")).put("total", 11);
    StoredDocumentException e = refused(doc, ElectionResult.class);
    assertEquals("$.report.ballots.total", e.path());
    assertEquals("11", e.value());
  }

  @Test
  void read_unknownFieldInATie_namesItsPath() {
    ElectionResult result = drawn();
    int stage = result.report().ties().get(0).stage() - 1;
    ObjectNode doc = (ObjectNode) tree(result);
    ((ObjectNode) doc.get("report").get("stages").get(stage).get("ties").get(0).get("draw")).put("seed", 7);
    StoredDocumentException e = refused(doc, ElectionResult.class);
    assertEquals("$.report.stages[" + stage + "].ties[0].draw.seed", e.path());
  }

  @Test
  void read_rejectedReasonNotANumber_quotesTheReasonInThePath() {
    ObjectNode doc = (ObjectNode) tree(stv());
    ((ObjectNode) doc.get("report").get("ballots").get("rejected")).put("no first preference", "x");
    StoredDocumentException e = refused(doc, ElectionResult.class);
    assertEquals("$.report.ballots.rejected['no first preference']", e.path());
  }

  @Test
  void read_unknownVersion_isRefused() {
    ObjectNode doc = (ObjectNode) tree(stv());
    doc.put("version", 2);
    assertEquals("$.version", refused(doc, ElectionResult.class).path());
  }
}
