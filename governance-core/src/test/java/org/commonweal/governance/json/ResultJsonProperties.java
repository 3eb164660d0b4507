package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.BordaVariant;
import org.commonweal.governance.election.ElectionDomain;
import org.commonweal.governance.election.ElectionMethod;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.PairwiseStrength;
import org.commonweal.governance.election.StvMethods;

class ResultJsonProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CommonwealModule());
  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  /** Methods whose reports hold no pairwise table: STV for several seats. */
  private static final List<ElectionMethod> STV =
      List.of(StvMethods.scottish(), StvMethods.ers97(), StvMethods.wigm(), StvMethods.meek());

  /** Single-winner methods whose reports hold no pairwise table: runoffs, plurality, positional. */
  private static final List<ElectionMethod> SINGLE =
      List.of(
          ElectionMethods.instantRunoff(),
          ElectionMethods.instantRunoff(true),
          ElectionMethods.twoRound(),
          ElectionMethods.plurality(),
          ElectionMethods.borda(BordaVariant.values()[0]));

  /** Pairwise methods, whose reports hold a table of pairwise counts (and Schulze's strongest paths). */
  private static final List<ElectionMethod> PAIRWISE =
      List.of(
          ElectionMethods.schulze(PairwiseStrength.values()[0]),
          ElectionMethods.schulze(PairwiseStrength.values()[PairwiseStrength.values().length - 1]),
          ElectionMethods.rankedPairs(),
          ElectionMethods.copeland(),
          ElectionMethods.minimax(PairwiseStrength.values()[0]));

  /** Results of counts, with ties broken by a seeded lot so that draws are recorded. */
  @Provide
  Arbitrary<ElectionResult> results() {
    Arbitrary<ElectionResult> stv =
        net.jqwik.api.Combinators.combine(
                ElectionDomain.rankedElections(6, 3), Arbitraries.of(STV), Arbitraries.longs())
            .as((e, m, seed) -> m.count(e, TieBreaker.seeded(seed)));
    Arbitrary<ElectionResult> single =
        net.jqwik.api.Combinators.combine(
                Arbitraries.oneOf(ElectionDomain.rankedElections(5, 1), ElectionDomain.markedElections(5, 1, false)),
                Arbitraries.of(SINGLE),
                Arbitraries.longs())
            .as((e, m, seed) -> m.count(e, TieBreaker.seeded(seed)));
    Arbitrary<ElectionResult> pairwise =
        net.jqwik.api.Combinators.combine(
                ElectionDomain.rankedElections(5, 1), Arbitraries.of(PAIRWISE), Arbitraries.longs())
            .as((e, m, seed) -> m.count(e, TieBreaker.seeded(seed)));
    return Arbitraries.oneOf(stv, single, pairwise);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void result_readBack_equalsWhatWasWritten(@ForAll("results") ElectionResult result) throws Exception {
    String json = MAPPER.writeValueAsString(result);
    ElectionResult again = MAPPER.readValue(json, ElectionResult.class);
    assertEquals(java.util.List.of(), SCHEMAS.violations(MAPPER.readTree(json), "result.schema.json"));
    assertEquals(result, again);
    assertEquals(json, MAPPER.writeValueAsString(again));
    Statistics.label("ties").collect(result.report().ties().isEmpty() ? "none" : "some");
    Statistics.label("ties").coverage(c -> c.check("some").count(n -> n > 0));
    boolean pairs = result.report().stages().stream().anyMatch(s -> s.pairs().isPresent());
    Statistics.label("pairs").collect(pairs ? "some" : "none");
    Statistics.label("pairs").coverage(c -> c.check("some").count(n -> n > 0));
  }
}
