package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each method's stated limit at its boundary: one candidate more is refused before any work, with the
 * limit and the number given; the limit itself is counted. Also the pairwise stages' size, the missing
 * tie-breaker refused at once, and the report's notes of no valid papers and of seats unfilled.
 */
class CountLimitsTest {

  private static List<Candidate> candidates(int n) {
    List<Candidate> cs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cs.add(Candidate.of("C" + i));
    }
    return cs;
  }

  /** n candidates, two papers ranking the first three in opposite orders, so that every count is small. */
  private static Election twoPapers(int n, int seats) {
    List<Candidate> cs = candidates(n);
    return Election.of(
        cs, seats, List.of(RankedBallot.of(cs.get(0), cs.get(1), cs.get(2)), RankedBallot.of(cs.get(2), cs.get(1), cs.get(0))));
  }

  private static Election approvals(int n) {
    List<Candidate> cs = candidates(n);
    return Election.of(cs, 1, List.of(ApprovalBallot.of(1, cs.get(0), cs.get(1)), ApprovalBallot.of(1, cs.get(1))));
  }

  private static Election forMethod(RegisteredMethod m, int n) {
    int seats = m.singleWinner() ? 1 : 2;
    return m.ballots().contains(BallotKind.RANKED) ? twoPapers(n, seats) : approvals(n);
  }

  static List<RegisteredMethod> methods() {
    return MethodRegistry.all();
  }

  @ParameterizedTest
  @MethodSource("methods")
  void count_oneCandidateOverTheLimit_isRefusedWithTheLimitAndTheNumber(RegisteredMethod m) {
    int limit = m.method().maxCandidates();
    assertTrue(limit >= 20, m.name() + ": the benchmarks count 20 candidates");
    Election e = forMethod(m, limit + 1);
    LimitExceededException x = assertThrows(LimitExceededException.class, () -> m.method().count(e, TieBreaker.seeded(1)));
    assertEquals(limit, x.limit(), m.name());
    assertEquals(limit + 1, x.actual(), m.name());
    assertTrue(x.getMessage().contains((limit + 1) + " is more than the limit of " + limit), x.getMessage());
    assertTrue(m.limit().contains(Counting.number(limit)), m.name() + ": " + m.limit());
  }

  @ParameterizedTest
  @MethodSource("methods")
  void count_atTheLimit_counts(RegisteredMethod m) {
    int limit = m.method().maxCandidates();
    if (m.name().equals("kemeny-young")) {
      // Kemeny-Young's own bound is on the candidates standing: list the limit, withdraw all but 16.
      List<Candidate> cs = candidates(limit);
      Election e =
          Election.builder()
              .candidates(cs)
              .seats(1)
              .addBallots(RankedBallot.of(cs.get(0), cs.get(1)))
              .withdrawn(cs.subList(ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES, limit))
              .build();
      assertEquals(List.of(cs.get(0)), m.method().count(e).elected());
      return;
    }
    Election e = forMethod(m, limit);
    ElectionResult r = m.method().count(e, TieBreaker.seeded(1));
    assertFalse(r.elected().isEmpty(), m.name());
  }

  @Test
  void pairwiseMatrix_of50000Candidates_isRefusedWithPositiveNumbers() {
    // The size of the table is reckoned in long: 50,000 squared wrapped to a negative int.
    LimitExceededException x = assertThrows(LimitExceededException.class, () -> PairwiseMatrix.of(twoPapers(50_000, 1)));
    assertEquals(50_000, x.actual());
    assertEquals(ElectionMethods.MAX_CANDIDATES, x.limit());
    assertTrue(x.getMessage().startsWith("candidates standing in a pairwise comparison: 50000 is more than the limit of 1000"), x.getMessage());
  }

  @Test
  void schulze_of10000CandidatesAndTwoPapers_isRefusedAtOnce() {
    LimitExceededException x =
        assertThrows(LimitExceededException.class, () -> ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES).count(twoPapers(10_000, 1)));
    assertEquals(10_000, x.actual());
  }

  @Test
  void scottishStv_of10000CandidatesForThreeSeats_isRefusedAtOnce() {
    LimitExceededException x = assertThrows(LimitExceededException.class, () -> StvMethods.scottish().count(twoPapers(10_000, 3)));
    assertEquals(StvMethods.MAX_CANDIDATES, x.limit());
    assertTrue(x.getMessage().startsWith("candidates for scottish-stv: 10000 is more than the limit of 500"), x.getMessage());
  }

  @Test
  void schulze_reportsEachPairOnce_asNumbersNotNames() {
    int n = 40;
    ElectionResult r = ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES).count(twoPapers(n, 1), TieBreaker.seeded(1));
    Stage first = r.report().stages().get(0);
    Stage second = r.report().stages().get(1);
    assertEquals(Map.of(), first.values());
    assertEquals(Map.of(), second.values());
    PairTable papers = first.pairs().orElseThrow();
    PairTable paths = second.pairs().orElseThrow();
    assertEquals("papers preferring", papers.name());
    assertEquals("strongest path", paths.name());
    assertEquals(n, papers.candidates().size());
    Candidate c0 = Candidate.of("C0");
    Candidate c1 = Candidate.of("C1");
    Candidate c2 = Candidate.of("C2");
    Candidate c3 = Candidate.of("C3");
    // C1 is second on both papers: above C3, unranked, on both; C0 over C2 on one, C2 over C0 on the other.
    assertEquals(2, papers.get(c1, c3));
    assertEquals(0, papers.get(c3, c1));
    assertEquals(1, papers.get(c0, c2));
    assertEquals(0, papers.get(c0, c0));
    assertEquals(2, paths.get(c1, c3));
    assertEquals(0, paths.get(c3, c1));
  }

  @Test
  void rankedPairs_atItsLimit_locksInTime() {
    // Every pair of 500 candidates on one paper: 124,750 defeats of equal margin, locked in without a cycle.
    List<Candidate> cs = candidates(ElectionMethods.MAX_CANDIDATES_CUBIC);
    Election e = Election.of(cs, 1, List.of(RankedBallot.of(1, cs)));
    long start = System.nanoTime();
    ElectionResult r = ElectionMethods.rankedPairs().count(e);
    assertEquals(List.of(cs.get(0)), r.elected());
    assertEquals(Fraction.of(ElectionMethods.MAX_CANDIDATES_CUBIC - 1), r.report().finalStage().totals().get(cs.get(0)));
    assertTrue(System.nanoTime() - start < 60_000_000_000L, "Ranked Pairs took over a minute at its limit");
  }

  @Test
  void countback_refusesAMissingTieBreaker() {
    List<Candidate> cs = candidates(3);
    Election e = Election.of(cs, 1, List.of(RankedBallot.of(cs.get(0), cs.get(1))));
    StvMethod scottish = StvMethods.scottish();
    NullPointerException x =
        assertThrows(NullPointerException.class, () -> scottish.countback(e, cs.get(0), List.of(cs.get(1), cs.get(2)), nullTieBreaker()));
    assertEquals("tieBreaker", x.getMessage());
  }

  @Test
  void count_ofNoPapers_electsByLot_andNotesNoValidPapers() {
    List<Candidate> cs = candidates(3);
    Election empty = Election.of(cs, 1, List.of());
    ElectionResult r = ElectionMethods.plurality().count(empty, TieBreaker.seeded(3));
    assertEquals(1, r.elected().size());
    assertEquals(List.of("no valid papers"), r.report().notes());
    assertEquals(List.of("no valid papers"), StvMethods.scottish().count(empty).report().notes());
  }

  @Test
  void count_ofFewerCandidatesThanSeats_notesTheSeatsUnfilled() {
    List<Candidate> cs = candidates(2);
    Election e = Election.of(cs, 4, List.of(RankedBallot.of(cs.get(0), cs.get(1))));
    ElectionResult stv = StvMethods.scottish().count(e);
    assertEquals(2, stv.elected().size());
    assertEquals(List.of("2 seats unfilled"), stv.report().notes());
    Election three = Election.of(candidates(3), 4, List.of(RankedBallot.of(cs.get(0))));
    assertEquals(List.of("1 seat unfilled"), ElectionMethods.plurality().count(three).report().notes());
  }

  @Test
  void count_withPapersAndEverySeatFilled_hasNoNotes() {
    assertEquals(List.of(), ElectionMethods.plurality().count(twoPapers(3, 1)).report().notes());
  }

  @Test
  void result_builtWithTheNotesAlready_isNotNotedTwice() {
    ElectionResult r = StvMethods.scottish().count(Election.of(candidates(2), 3, List.of()));
    assertEquals(List.of("no valid papers", "1 seat unfilled"), r.report().notes());
    assertEquals(r, ElectionResult.builder().from(r).build());
    assertEquals(r.report().notes(), ElectionResult.builder().from(r).build().report().notes());
  }

  @SuppressWarnings("NullAway")
  private static TieBreaker nullTieBreaker() {
    return null;
  }
}
