package org.commonweal.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.election.BallotAccount;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.CountReport;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.PairTable;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.election.Tie;

/**
 * The result document: an election's outcome with its count report, stage by stage, as the types hold
 * it: totals in the order the stage lists them, exhausted and rounding losses, quotas, the candidates
 * elected and excluded, every tie with how it was decided and any draw of lots, named values and notes.
 *
 * <p>A stage of a pairwise method also holds its table of pairwise counts ({@link PairTable}): its name,
 * its candidates and n rows of n whole numbers, read back exactly; a table of the wrong size, or a count
 * that is not a whole number, is refused at its own path.
 */
final class ResultCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultCodec() {}

  static ObjectNode write(ElectionResult result) {
    ObjectNode doc = NODES.objectNode();
    doc.put(Formats.KIND, Formats.RESULT);
    doc.put(Formats.VERSION, Formats.RESULT_VERSION);
    doc.put("method", result.method());
    doc.put("title", result.title());
    doc.put("seats", result.seats());
    doc.set("elected", candidates(result.elected()));
    result.quota().ifPresent(q -> doc.put("quota", q.toString()));
    CountReport report = result.report();
    ObjectNode r = doc.putObject("report");
    ObjectNode ballots = r.putObject("ballots");
    ballots.put("total", report.ballots().total());
    ballots.put("valid", report.ballots().valid());
    ObjectNode rejected = ballots.putObject("rejected");
    report.ballots().rejected().forEach(rejected::put);
    r.put("totalsArePapers", report.totalsArePapers());
    r.put("decimals", report.decimals());
    ArrayNode stages = r.putArray("stages");
    report.stages().forEach(s -> stages.add(stage(s)));
    r.set("notes", strings(report.notes()));
    return doc;
  }

  static ElectionResult read(In doc) {
    In body = doc.document(Formats.RESULT, Formats.RESULT_VERSION, "method", "title", "seats", "elected", "quota", "report");
    String method = body.field("method").text();
    String title = body.field("title").text();
    int seats = body.field("seats").integer();
    ImmutableList<Candidate> elected = body.field("elected").list(ResultCodec::candidate);
    Optional<Fraction> quota = body.optional("quota").map(In::fraction);
    CountReport report = report(body.field("report"));
    return body.build(
        () ->
            ElectionResult.builder()
                .method(method)
                .title(title)
                .seats(seats)
                .addAllElected(elected)
                .quota(quota)
                .report(report)
                .build());
  }

  private static CountReport report(In in) {
    in.fields("ballots", "totalsArePapers", "decimals", "stages", "notes");
    In b = in.field("ballots").fields("total", "valid", "rejected");
    long total = b.field("total").whole();
    long valid = b.field("valid").whole();
    In rejectedNode = b.field("rejected");
    Map<String, Long> rejected = new LinkedHashMap<>();
    for (Map.Entry<String, In> e : entries(rejectedNode)) {
      rejected.put(e.getKey(), e.getValue().whole());
    }
    BallotAccount ballots = b.build(() -> BallotAccount.of(total, valid, rejected));
    boolean papers = in.field("totalsArePapers").bool();
    int decimals = in.field("decimals").integer();
    ImmutableList<Stage> stages = in.field("stages").list(ResultCodec::stage);
    ImmutableList<String> notes = in.field("notes").list(In::text);
    return in.build(
        () ->
            CountReport.builder()
                .ballots(ballots)
                .totalsArePapers(papers)
                .decimals(decimals)
                .addAllStages(stages)
                .addAllNotes(notes)
                .build());
  }

  private static ObjectNode stage(Stage s) {
    ObjectNode o = NODES.objectNode();
    o.put("number", s.number());
    o.put("kind", s.kind().name());
    o.set("subjects", candidates(s.subjects()));
    o.put("description", s.description());
    ArrayNode totals = o.putArray("totals");
    s.totals().forEach((c, t) -> totals.addObject().put("candidate", c.name()).put("total", t.toString()));
    o.put("exhausted", s.exhausted().toString());
    o.put("lostToRounding", s.lostToRounding().toString());
    s.quota().ifPresent(q -> o.put("quota", q.toString()));
    o.set("elected", candidates(s.elected()));
    o.set("excluded", candidates(s.excluded()));
    ArrayNode ties = o.putArray("ties");
    s.ties().forEach(t -> ties.add(tie(t)));
    ObjectNode values = o.putObject("values");
    s.values().forEach((k, v) -> values.put(k, v.toString()));
    s.pairs().ifPresent(p -> o.set("pairs", pairs(p)));
    o.set("notes", strings(s.notes()));
    return o;
  }

  private static Stage stage(In in) {
    in.fields(
        "number", "kind", "subjects", "description", "totals", "exhausted", "lostToRounding", "quota", "elected",
        "excluded", "ties", "values", "pairs", "notes");
    int number = in.field("number").integer();
    Stage.Kind kind = in.field("kind").constant(Stage.Kind.class);
    ImmutableList<Candidate> subjects = in.field("subjects").list(ResultCodec::candidate);
    String description = in.field("description").text();
    Map<Candidate, Fraction> totals = new LinkedHashMap<>();
    for (In t : in.field("totals").elements()) {
      t.fields("candidate", "total");
      Candidate c = candidate(t.field("candidate"));
      if (totals.put(c, t.field("total").fraction()) != null) {
        throw t.field("candidate").error("a second total for the same candidate");
      }
    }
    Fraction exhausted = in.field("exhausted").fraction();
    Fraction lost = in.field("lostToRounding").fraction();
    Optional<Fraction> quota = in.optional("quota").map(In::fraction);
    ImmutableList<Candidate> elected = in.field("elected").list(ResultCodec::candidate);
    ImmutableList<Candidate> excluded = in.field("excluded").list(ResultCodec::candidate);
    ImmutableList<Tie> ties = in.field("ties").list(ResultCodec::tie);
    Map<String, Fraction> values = new LinkedHashMap<>();
    for (Map.Entry<String, In> e : entries(in.field("values"))) {
      values.put(e.getKey(), e.getValue().fraction());
    }
    Optional<PairTable> pairs = in.optional("pairs").map(ResultCodec::pairs);
    ImmutableList<String> notes = in.field("notes").list(In::text);
    return in.build(
        () ->
            Stage.builder()
                .number(number)
                .kind(kind)
                .addAllSubjects(subjects)
                .description(description)
                .putAllTotals(totals)
                .exhausted(exhausted)
                .lostToRounding(lost)
                .quota(quota)
                .addAllElected(elected)
                .addAllExcluded(excluded)
                .addAllTies(ties)
                .putAllValues(values)
                .pairs(pairs)
                .addAllNotes(notes)
                .build());
  }

  private static ObjectNode tie(Tie t) {
    ObjectNode o = NODES.objectNode();
    o.put("stage", t.stage());
    o.put("purpose", t.purpose());
    o.set("tied", candidates(t.tied()));
    o.put("decidedBy", t.decidedBy().name());
    t.decidingStage().ifPresent(n -> o.put("decidingStage", n));
    t.draw()
        .ifPresent(
            d -> {
              ObjectNode draw = o.putObject("draw");
              draw.put("number", d.number());
              draw.set("tied", candidates(d.tied()));
              draw.set("order", candidates(d.order()));
              draw.put("method", d.method());
            });
    o.set("order", candidates(t.order()));
    o.put("explanation", t.explanation());
    return o;
  }

  private static Tie tie(In in) {
    in.fields("stage", "purpose", "tied", "decidedBy", "decidingStage", "draw", "order", "explanation");
    int stage = in.field("stage").integer();
    String purpose = in.field("purpose").text();
    ImmutableList<Candidate> tied = in.field("tied").list(ResultCodec::candidate);
    Tie.DecidedBy decidedBy = in.field("decidedBy").constant(Tie.DecidedBy.class);
    Optional<In> decidingNode = in.optional("decidingStage");
    OptionalInt deciding = decidingNode.isPresent() ? OptionalInt.of(decidingNode.get().integer()) : OptionalInt.empty();
    Optional<Draw<Candidate>> draw = in.optional("draw").map(ResultCodec::draw);
    ImmutableList<Candidate> order = in.field("order").list(ResultCodec::candidate);
    String explanation = in.field("explanation").text();
    return in.build(
        () ->
            Tie.builder()
                .stage(stage)
                .purpose(purpose)
                .addAllTied(tied)
                .decidedBy(decidedBy)
                .decidingStage(deciding)
                .draw(draw)
                .addAllOrder(order)
                .explanation(explanation)
                .build());
  }

  private static Draw<Candidate> draw(In in) {
    in.fields("number", "tied", "order", "method");
    int number = in.field("number").integer();
    ImmutableList<Candidate> tied = in.field("tied").list(ResultCodec::candidate);
    ImmutableList<Candidate> order = in.field("order").list(ResultCodec::candidate);
    String method = in.field("method").text();
    return in.build(() -> Draw.of(number, tied, order, method));
  }

  private static ObjectNode pairs(PairTable p) {
    ObjectNode o = NODES.objectNode();
    o.put("name", p.name());
    o.set("candidates", candidates(p.candidates()));
    ArrayNode rows = o.putArray("counts");
    for (Candidate from : p.candidates()) {
      ArrayNode row = rows.addArray();
      for (Candidate to : p.candidates()) {
        row.add(p.get(from, to));
      }
    }
    return o;
  }

  /**
   * Reads a table back: the size is checked here, row by row, so that a missing or extra number is named at
   * its own path; what the table itself refuses (a candidate twice, a diagonal that is not 0) is named by
   * the field the table gives.
   */
  private static PairTable pairs(In in) {
    in.fields("name", "candidates", "counts");
    String name = in.field("name").text();
    ImmutableList<Candidate> candidates = in.field("candidates").list(ResultCodec::candidate);
    int n = candidates.size();
    In countsNode = in.field("counts");
    ImmutableList<In> rows = countsNode.elements();
    if (rows.size() != n) {
      throw countsNode.error("expected " + n + " rows, one for each candidate, found " + rows.size());
    }
    long[][] counts = new long[n][];
    for (int i = 0; i < n; i++) {
      ImmutableList<In> row = rows.get(i).elements();
      if (row.size() != n) {
        throw rows.get(i).error("expected " + n + " numbers, one for each candidate, found " + row.size());
      }
      counts[i] = new long[n];
      for (int j = 0; j < n; j++) {
        counts[i][j] = row.get(j).whole();
      }
    }
    return in.build(() -> PairTable.of(name, candidates, counts));
  }

  private static ArrayNode candidates(ImmutableList<Candidate> candidates) {
    ArrayNode out = NODES.arrayNode();
    candidates.forEach(c -> out.add(c.name()));
    return out;
  }

  private static ArrayNode strings(ImmutableList<String> strings) {
    ArrayNode out = NODES.arrayNode();
    strings.forEach(out::add);
    return out;
  }

  private static Candidate candidate(In in) {
    String name = in.text();
    return in.build(() -> Candidate.of(name));
  }

  /** The fields of an object whose names are data (reasons, named values), in document order. */
  private static ImmutableList<Map.Entry<String, In>> entries(In in) {
    return in.entries();
  }
}
