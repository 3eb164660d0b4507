package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Burlington, Vermont, mayor, 3 March 2009, from ranked.vote's normalised cast-vote records. Expected
 * figures are those of the data folder's README (its second table: the file counted one exclusion at a
 * time, a ballot exhausted at an overvote), which pyrankvote's test also asserts; the official final round
 * had Wright on 4,061, one more than this file gives (the README explains the difference).
 */
@Tag("real-data")
class BurlingtonTest {
  private static final String FILE = "irv/us_vt_btv_2009_03_mayor.normalized.csv";
  private static Election election;

  private static final Candidate WRIGHT = Candidate.of("Kurt Wright");
  private static final Candidate KISS = Candidate.of("Bob Kiss");
  private static final Candidate MONTROLL = Candidate.of("Andy Montroll");
  private static final Candidate SMITH = Candidate.of("Dan Smith");
  private static final Candidate WRITE_IN = Candidate.of("Write-in");
  private static final Candidate SIMPSON = Candidate.of("James Simpson");

  @BeforeAll
  static void read() {
    election = RankedVoteCsv.read(RealData.read(FILE, StandardCharsets.UTF_8), "Burlington mayor 2009");
  }

  /** Asserts one stage: Wright, Kiss, Montroll, Smith, Write-in, Simpson, exhausted. */
  private static void assertStage(Stage s, long... expected) {
    List<Candidate> order = List.of(WRIGHT, KISS, MONTROLL, SMITH, WRITE_IN, SIMPSON);
    for (int i = 0; i < order.size(); i++) {
      assertEquals(Fraction.of(expected[i]), s.totals().get(order.get(i)), "stage " + s.number() + ", " + order.get(i));
    }
    assertEquals(Fraction.of(expected[6]), s.exhausted(), "stage " + s.number() + ", exhausted");
  }

  @Test
  void read_accountsForEveryBallot() {
    assertEquals(8_980, election.papers());
    assertEquals(6, election.candidates().size());
    assertTrue(election.candidates().containsAll(List.of(WRIGHT, KISS, MONTROLL, SMITH, WRITE_IN, SIMPSON)));
  }

  @Test
  void instantRunoff_oneExclusionAtATime_givesTheFiveRoundsOfTheReadme() {
    ElectionResult r = ElectionMethods.instantRunoff().count(election);
    List<Stage> s = r.report().stages();
    assertEquals(5, s.size());
    assertStage(s.get(0), 2_951, 2_585, 2_063, 1_306, 36, 35, 4);
    assertStage(s.get(1), 2_955, 2_599, 2_067, 1_315, 37, 0, 7);
    assertStage(s.get(2), 2_960, 2_605, 2_080, 1_317, 0, 0, 18);
    assertStage(s.get(3), 3_294, 2_981, 2_554, 0, 0, 0, 151);
    assertStage(s.get(4), 4_060, 4_313, 0, 0, 0, 0, 607);
    assertEquals(List.of(SIMPSON), s.get(1).excluded());
    assertEquals(List.of(WRITE_IN), s.get(2).excluded());
    assertEquals(List.of(SMITH), s.get(3).excluded());
    assertEquals(List.of(MONTROLL), s.get(4).excluded());
    assertEquals(List.of(KISS), r.elected());
    assertEquals(List.of(), r.report().conservationErrors());
    assertEquals(8_980, r.report().ballots().valid());
  }

  @Test
  void instantRunoff_batchElimination_excludesSmithSimpsonAndWriteInsTogether_asTheOfficialCountDid() {
    ElectionResult r = ElectionMethods.instantRunoff(true).count(election);
    List<Stage> s = r.report().stages();
    assertEquals(3, s.size());
    assertEquals(List.of(SMITH, WRITE_IN, SIMPSON).size(), s.get(1).excluded().size());
    assertTrue(s.get(1).excluded().containsAll(List.of(SMITH, WRITE_IN, SIMPSON)));
    // The same continuing candidates as round 4 above, so the same totals: Montroll's 2,554 is the
    // official round 2 figure.
    assertStage(s.get(1), 3_294, 2_981, 2_554, 0, 0, 0, 151);
    assertStage(s.get(2), 4_060, 4_313, 0, 0, 0, 0, 607);
    assertEquals(List.of(KISS), r.elected());
  }

  @Test
  void instantRunoff_overvoteAsSkippedRank_givesTheSameTotals_asTheReadmeSays() {
    Election skipping =
        Election.builder().from(election).rules(BallotRules.builder().overvote(BallotRules.Overvote.SKIP_RANK).build()).build();
    List<Stage> s = ElectionMethods.instantRunoff().count(skipping).report().stages();
    assertStage(s.get(4), 4_060, 4_313, 0, 0, 0, 0, 607);
  }

  @Test
  void pairwise_montrollIsTheCondorcetWinner_withTheReadmesHeadToHeadFigures() {
    PairwiseMatrix m = PairwiseMatrix.of(election);
    assertEquals(4_064, m.preferring(MONTROLL, KISS));
    assertEquals(3_476, m.preferring(KISS, MONTROLL));
    assertEquals(4_597, m.preferring(MONTROLL, WRIGHT));
    assertEquals(3_664, m.preferring(WRIGHT, MONTROLL));
    assertEquals(MONTROLL, m.condorcetWinner().orElseThrow());
    for (ElectionMethod method :
        List.of(
            ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES),
            ElectionMethods.rankedPairs(),
            ElectionMethods.copeland(),
            ElectionMethods.minimax(PairwiseStrength.MARGINS),
            ElectionMethods.kemenyYoung())) {
      assertEquals(List.of(MONTROLL), method.count(election).elected(), method.name());
    }
  }
}
