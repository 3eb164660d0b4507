package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * RCTab's own regression cases, counted with the {@link RcvSettings} that state each case's
 * configuration and checked round by round against RCTab's published figures: each candidate's tally,
 * the round's threshold and the papers inactive by then.
 *
 * <p>Source: the test data of RCTab (Bright Spots, GitHub {@code BrightSpots/rcv}), directory {@code
 * src/test/resources/network/brightspots/rcv/test_data/<case>/}: the ballots are transcribed from the
 * case's cast-vote-record file {@code <case>_cvr.json} (NIST CDF), the settings from {@code
 * <case>_config.json}, and the expected figures from {@code <case>_expected_summary.csv} (rows
 * "Candidate ...", "Current Round Threshold" and "Inactive Ballots Total"). They are facts carried over
 * with their source; nothing is computed here from Commonweal's own count.
 *
 * <p>Each case is one test, named after the RCTab case it reproduces. One case is also read from its
 * own cast-vote-record file through {@link CdfJson}: the file is stored under {@code rctab/} in the
 * test resources, its source named in the README there.
 */
class RctabCasesTest {
  private static final Candidate A = Candidate.of("Candidate A Name");
  private static final Candidate B = Candidate.of("Candidate B Name");
  private static final Candidate C = Candidate.of("Candidate C Name");
  private static final Candidate D = Candidate.of("Candidate D Name");
  private static final Candidate E = Candidate.of("Candidate E Name");
  private static final Candidate F = Candidate.of("Candidate F Name");

  /** One paper: its ranks in order, each the set of candidates marked there (empty for a blank). */
  private static RankedBallot paper(Candidate[]... ranks) {
    RankedBallot.Builder b = RankedBallot.builder();
    for (Candidate[] rank : ranks) {
      if (rank.length == 0) {
        b.skip();
      } else {
        b.rank(rank);
      }
    }
    return b.build();
  }

  private static Candidate[] r(Candidate... marked) {
    return marked;
  }

  /** The rules of reading RCTab applies under the test sets' settings, with the given overvote rule. */
  private static BallotRules.Builder rctabRules(BallotRules.Overvote overvote, int maxSkips, int maxRanks) {
    return BallotRules.builder()
        .overvote(overvote)
        .overvoteIsMark(true)
        .overvoteCountsEveryMark(true)
        .maxConsecutiveSkips(maxSkips)
        .maxRanks(maxRanks);
  }

  /** The settings of the "TestSets_Single_winner" cases: one winner, RCTab's lot with seed 0, 1 place. */
  private static RcvSettings testSetSettings() {
    return RcvSettings.builder()
        .tieBreak(RcvSettings.TieBreak.RANDOM)
        .randomSeed(0L)
        .decimalPlaces(1)
        .build();
  }

  private static Fraction v(String decimal) {
    return Fraction.of(new BigDecimal(decimal));
  }

  /**
   * Asserts every round: {@code tallies[i][round - 1]} is candidate {@code i}'s tally (0 once the
   * candidate is out of the count, as RCTab shows it), then the threshold and the value of the
   * inactive papers of each round.
   */
  private static void assertRounds(
      ElectionResult result,
      List<Candidate> candidates,
      String[][] tallies,
      String[] thresholds,
      String[] inactive) {
    List<Stage> stages = result.report().stages();
    assertEquals(thresholds.length, stages.size(), "rounds");
    for (int round = 1; round <= thresholds.length; round++) {
      Stage s = stages.get(round - 1);
      for (int i = 0; i < candidates.size(); i++) {
        String expected = tallies[i][round - 1];
        Fraction ours = s.totals().getOrDefault(candidates.get(i), Fraction.ZERO);
        assertEquals(
            v(expected), ours, "round " + round + ", " + candidates.get(i).name() + " tally");
      }
      assertEquals(v(thresholds[round - 1]), s.quota().orElseThrow(), "round " + round + " threshold");
      assertEquals(v(inactive[round - 1]), s.exhausted(), "round " + round + " inactive");
    }
  }

  /**
   * The value of the exhausted papers in each round of a multi-seat summary: the papers less RCTab's
   * "Active Ballots" and "Residual surplus" rows (its "Inactive Ballots Total" there also holds the
   * votes winners keep).
   */
  private static String[] exhaustedOf(long papers, String[] active, String[] residual) {
    String[] out = new String[active.length];
    for (int i = 0; i < active.length; i++) {
      out[i] =
          new BigDecimal(papers)
              .subtract(new BigDecimal(active[i]))
              .subtract(new BigDecimal(residual[i]))
              .toPlainString();
    }
    return out;
  }

  /** Asserts RCTab's "Residual surplus" row against the value each round has lost to rounding. */
  private static void assertResidual(ElectionResult result, String[] residual) {
    for (int round = 1; round <= residual.length; round++) {
      assertEquals(
          v(residual[round - 1]),
          result.report().stages().get(round - 1).lostToRounding(),
          "round " + round + " residual surplus");
    }
  }

  private static ElectionResult count(RcvSettings settings, Election election) {
    return settings.method().count(election, TieBreaker.givenOrder());
  }

  /**
   * {@code test_set_0_skipped_first_choice}: a blank first rank is skipped, an overvote exhausts the
   * paper at once, a repeated candidate is passed over. 12 papers, B elected in round 3.
   */
  @Test
  void testSet0SkippedFirstChoice_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .rules(rctabRules(BallotRules.Overvote.EXHAUST, 4, 4).build())
            .addBallots(
                paper(r(A), r(B), r(C), r(D)),
                paper(r(B), r(A), r(D), r(C)),
                paper(r(C), r(B), r(A), r(D)),
                paper(r(A), r(C), r(B), r(D)),
                paper(r(B), r(C), r(A), r(D)),
                paper(r(), r(B), r(C), r(A)),
                paper(r(A), r(C), r(B), r(D)),
                paper(r(B), r(A), r(C), r(D)),
                paper(r(C), r(A, D), r(B)),
                paper(r(D), r(B), r(A), r(C)),
                paper(r(C), r(B), r(A), r(D)),
                paper(r(A), r(B), r(C), r(C)))
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"4", "4", "4"},
          {"4", "5", "7"},
          {"3", "3", "0"},
          {"1", "0", "0"},
        },
        new String[] {"7", "7", "6"},
        new String[] {"0", "0", "1"});
    assertEquals(List.of(B), result.elected());
  }

  /**
   * {@code test_set_1_exhaust_at_overvote}: overvotes at the first and at a later rank exhaust the
   * paper ("exhaustImmediately"). 15 papers, B elected in round 3.
   */
  @Test
  void testSet1ExhaustAtOvervote_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .rules(rctabRules(BallotRules.Overvote.EXHAUST, 4, 4).build())
            .addAllBallots(testSet1Papers())
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"5", "5", "5"},
          {"6", "6", "8"},
          {"2", "3", "0"},
          {"1", "0", "0"},
        },
        new String[] {"8", "8", "7"},
        new String[] {"1", "1", "2"});
    assertEquals(List.of(B), result.elected());
  }

  /**
   * The 15 papers of {@code test_set_1_exhaust_at_overvote_cvr.json}, the same in {@code
   * test_set_2_overvote_skip_to_next_cvr.json}: an overvote at the first rank and one at the second.
   */
  private static List<RankedBallot> testSet1Papers() {
    return List.of(
        paper(r(A, B), r(), r(C), r(D)),
        paper(r(B), r(A), r(D), r(C)),
        paper(r(C), r(B), r(A), r(D)),
        paper(r(A), r(C), r(B), r(D)),
        paper(r(B), r(C), r(A), r(D)),
        paper(r(A), r(C), r(B), r(D)),
        paper(r(B), r(A), r(C), r(D)),
        paper(r(C), r(B, D), r(A)),
        paper(r(B), r(C), r(A), r(D)),
        paper(r(A), r(B), r(D), r(C)),
        paper(r(B), r(C), r(A), r(D)),
        paper(r(B), r(A), r(D), r(C)),
        paper(r(A), r(), r(), r(C)),
        paper(r(D), r(C), r(), r(B)),
        paper(r(A), r(B), r(D), r(C)));
  }

  /**
   * The 15 papers of {@code test_set_3_skipped_choice_exhaust_cvr.json}, the same in {@code
   * test_set_4_skipped_choice_next_cvr.json} and {@code test_set_5_two_skipped_choice_exhaust_cvr.json}:
   * a blank first rank, a paper with two blank ranks in a row and one with a single blank rank.
   */
  private static List<RankedBallot> testSet3Papers() {
    return List.of(
        paper(r(), r(B), r(C)),
        paper(r(B), r(A), r(D), r(C)),
        paper(r(C), r(B), r(A), r(D)),
        paper(r(A), r(C), r(B), r(D)),
        paper(r(B), r(C), r(A), r(D)),
        paper(r(A), r(C), r(B), r(D)),
        paper(r(B), r(A), r(C), r(D)),
        paper(r(A), r(B), r(C)),
        paper(r(B), r(C), r(A), r(D)),
        paper(r(A), r(B), r(D), r(C)),
        paper(r(B), r(C), r(A), r(D)),
        paper(r(B), r(A), r(D), r(C)),
        paper(r(C), r(), r(), r(B)),
        paper(r(D), r(C), r(), r(B)),
        paper(r(A), r(B), r(D), r(C)));
  }

  /**
   * {@code test_set_1_exhaust_at_overvote} again, its papers written as a cast-vote record report in
   * the form of the case's own file (NIST CDF JSON, overvotes as two selections at one rank) and read
   * through {@link CdfJson}: the same rounds as from the transcribed papers.
   */
  @Test
  void testSet1ReadAsCastVoteRecords_matchesRctabRoundByRound() {
    // The case's papers written as a cast-vote record report (by the tests' own writer), read back.
    Election papers =
        Election.builder().title("test set 1").addCandidates(A, B, C, D).addAllBallots(testSet1Papers()).build();
    BallotFile file = CdfJson.read(CdfDocs.bytes(CdfDocs.of(papers)), ReadOptions.defaults(), "test set 1");
    Election e =
        Election.builder()
            .from(file.election())
            .rules(rctabRules(BallotRules.Overvote.EXHAUST, 4, 4).build())
            .build();
    assertEquals(List.of(A, B, C, D), e.candidates());
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"5", "5", "5"},
          {"6", "6", "8"},
          {"2", "3", "0"},
          {"1", "0", "0"},
        },
        new String[] {"8", "8", "7"},
        new String[] {"1", "1", "2"});
    assertEquals(List.of(B), result.elected());
  }

  /**
   * {@code test_set_2_overvote_skip_to_next}: an overvoted rank is passed over
   * ("alwaysSkipToNextRank"), no blank rank is allowed ("maxSkippedRanksAllowed" 0), and an overvote is
   * a mark, not a blank. B elected in round 3.
   */
  @Test
  void testSet2OvervoteSkipToNext_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .rules(rctabRules(BallotRules.Overvote.SKIP_RANK, 0, 4).build())
            .addAllBallots(testSet1Papers())
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"5", "5", "6"},
          {"6", "6", "7"},
          {"2", "3", "0"},
          {"1", "0", "0"},
        },
        new String[] {"8", "8", "7"},
        new String[] {"1", "1", "2"});
    assertEquals(List.of(B), result.elected());
  }

  /**
   * {@code test_set_3_skipped_choice_exhaust}: a blank rank exhausts the paper ("maxSkippedRanksAllowed"
   * 0). B elected in round 3.
   */
  @Test
  void testSet3SkippedChoiceExhaust_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .rules(rctabRules(BallotRules.Overvote.SKIP_RANK, 0, 4).build())
            .addAllBallots(testSet3Papers())
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"5", "5", "5"},
          {"6", "6", "7"},
          {"2", "3", "0"},
          {"1", "0", "0"},
        },
        new String[] {"8", "8", "7"},
        new String[] {"1", "1", "3"});
    assertEquals(List.of(B), result.elected());
  }

  /**
   * {@code test_set_4_skipped_choice_next}: up to 4 blank ranks are passed over. No paper is inactive;
   * B elected in round 3.
   */
  @Test
  void testSet4SkippedChoiceNext_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .rules(rctabRules(BallotRules.Overvote.SKIP_RANK, 4, 4).build())
            .addAllBallots(testSet3Papers())
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"5", "5", "5"},
          {"7", "7", "10"},
          {"2", "3", "0"},
          {"1", "0", "0"},
        },
        new String[] {"8", "8", "8"},
        new String[] {"0", "0", "0"});
    assertEquals(List.of(B), result.elected());
  }

  /**
   * {@code test_set_5_two_skipped_choice_exhaust}: one blank rank is passed over, two in a row exhaust
   * the paper ("maxSkippedRanksAllowed" 1). B elected in round 3.
   */
  @Test
  void testSet5TwoSkippedChoiceExhaust_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .rules(rctabRules(BallotRules.Overvote.SKIP_RANK, 1, 4).build())
            .addAllBallots(testSet3Papers())
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"5", "5", "5"},
          {"7", "7", "9"},
          {"2", "3", "0"},
          {"1", "0", "0"},
        },
        new String[] {"8", "8", "8"},
        new String[] {"0", "0", "1"});
    assertEquals(List.of(B), result.elected());
  }

  /**
   * {@code test_set_6_duplicate_exhaust}: a candidate ranked again exhausts the paper on reaching the
   * repeat ("exhaustOnDuplicateCandidate"), even when the repeat follows an eliminated candidate. B
   * elected in round 3.
   */
  @Test
  void testSet6DuplicateExhaust_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .rules(
                rctabRules(BallotRules.Overvote.SKIP_RANK, 4, 4)
                    .duplicates(BallotRules.Duplicates.EXHAUST)
                    .build())
            .addBallots(
                paper(r(D), r(D), r(A)),
                paper(r(C), r(D), r(C), r(A)),
                paper(r(C), r(B), r(A), r(D)),
                paper(r(A), r(C), r(B), r(D)),
                paper(r(B), r(C), r(A), r(D)),
                paper(r(A), r(C), r(B), r(D)),
                paper(r(B), r(A), r(C), r(D)),
                paper(r(A), r(B), r(C)),
                paper(r(B), r(C), r(A), r(D)),
                paper(r(A), r(B), r(D), r(C)),
                paper(r(C), r(D), r(D), r(A)),
                paper(r(B), r(A), r(D), r(C)),
                paper(r(C), r(B)),
                paper(r(D), r(B), r(A)),
                paper(r(A), r(B), r(D), r(C)))
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"5", "5", "5"},
          {"4", "5", "7"},
          {"4", "4", "0"},
          {"2", "0", "0"},
        },
        new String[] {"8", "8", "7"},
        new String[] {"0", "1", "3"});
    assertEquals(List.of(B), result.elected());
  }

  /**
   * The 15 papers of {@code test_set_7_duplicate_skip_to_next_cvr.json}, for the candidates its records
   * call A, B, C and D; the two files of the {@code aliases_cdf_json} case ({@code
   * aliases_cdf_json_file1_cvr.json} and {@code _shared/cdf_json/cdf_json_file2_cvr.json}) each hold
   * the same papers under other names.
   */
  private static List<RankedBallot> testSet7Papers(Candidate a, Candidate b, Candidate c, Candidate d) {
    return List.of(
        paper(r(d), r(d), r(a)),
        paper(r(c), r(a), r(d), r(b)),
        paper(r(c), r(b), r(a), r(d)),
        paper(r(a), r(c), r(b), r(d)),
        paper(r(b), r(c), r(a), r(d)),
        paper(r(a), r(c), r(b), r(d)),
        paper(r(b), r(a), r(c), r(d)),
        paper(r(a), r(b), r(c)),
        paper(r(b), r(c), r(a), r(d)),
        paper(r(a), r(b), r(d), r(c)),
        paper(r(b), r(c), r(a), r(d)),
        paper(r(b), r(a), r(d), r(c)),
        paper(r(c), r(b)),
        paper(r(d), r(c), r(a)),
        paper(r(a), r(b), r(d), r(c)));
  }

  /**
   * {@code test_set_7_duplicate_skip_to_next}: a candidate ranked again is passed over and the paper
   * moves on ("exhaustOnDuplicateCandidate" false). No paper is inactive; A elected in round 3.
   */
  @Test
  void testSet7DuplicateSkipToNext_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D)
            .rules(rctabRules(BallotRules.Overvote.SKIP_RANK, 4, 4).build())
            .addAllBallots(testSet7Papers(A, B, C, D))
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(A, B, C, D),
        new String[][] {
          {"5", "6", "8"},
          {"5", "5", "7"},
          {"3", "4", "0"},
          {"2", "0", "0"},
        },
        new String[] {"8", "8", "8"},
        new String[] {"0", "0", "0"});
    assertEquals(List.of(A), result.elected());
  }

  /**
   * The 30 papers of {@code test_set_multi_winner_whole_threshold_cvr.json}; those of {@code
   * test_set_multi_winner_fractional_threshold_cvr.json} differ in papers 2 and 14 only, whose first
   * choice is E there (E D F A B C and E C B _ F D).
   */
  private static List<RankedBallot> multiWinnerPapers(boolean fractionalCase) {
    List<RankedBallot> papers =
        new ArrayList<>(
            List.of(
                paper(r(D), r(), r(C), r(E), r(F), r(A)),
                paper(r(C), r(D), r(F), r(A), r(B), r(E)),
                paper(r(C), r(E), r(A), r(D), r(B), r(F)),
                paper(r(F), r(C), r(B), r(D)),
                paper(r(B), r(), r(), r(), r(), r(A)),
                paper(r(F), r(A), r(B), r(D), r(E), r(C)),
                paper(r(B), r(E), r(C), r(D)),
                paper(r(A), r(B), r(C), r(), r(E), r(F)),
                paper(r(), r(C), r(F), r(D), r(B), r(A)),
                paper(r(), r(), r(), r(), r(), r(E)),
                paper(r(C), r(E), r(D)),
                paper(r(F), r(C), r(F), r(D), r(B), r(A)),
                paper(r(C), r(E), r(), r(), r(F), r(A)),
                paper(r(C), r(E), r(B), r(), r(F), r(D)),
                paper(r(A), r(B), r(D), r(C), r(F), r(E)),
                paper(r(D), r(), r(), r(E), r(F), r(A)),
                paper(r(E), r(D), r(F), r(A), r(B), r(C)),
                paper(r(C), r(E), r(A), r(D), r(B), r(F)),
                paper(r(A), r(C), r(B), r(D)),
                paper(r(B), r(), r(), r(), r(), r(A)),
                paper(r(E), r(A), r(B), r(D), r(F), r(C)),
                paper(r(B), r(E), r(C), r(D)),
                paper(r(A), r(B), r(C), r(), r(E), r(F)),
                paper(r(E), r(C), r(F), r(D), r(B), r(A)),
                paper(r(A), r(), r(), r(), r(), r(E)),
                paper(r(C), r(E), r(D)),
                paper(r(E), r(C), r(F), r(D), r(B), r(A)),
                paper(r(C), r(E), r(), r(), r(F), r(A)),
                paper(r(B), r(C), r(E), r(), r(F), r(D)),
                paper(r(A), r(B), r(D), r(C), r(F), r(E))));
    if (fractionalCase) {
      papers.set(1, paper(r(E), r(D), r(F), r(A), r(B), r(C)));
      papers.set(13, paper(r(E), r(C), r(B), r(), r(F), r(D)));
    }
    return papers;
  }

  /**
   * {@code test_set_multi_winner_whole_threshold}: three seats, several winners allowed per round
   * ("multiSeatAllowMultipleWinnersPerRound"), a whole Droop threshold floor(29 / 4) + 1 = 8, surpluses
   * moved at values truncated to 4 places, one blank rank allowed. 30 papers; C, A and B elected.
   *
   * <p>In a multi-seat summary RCTab's "Inactive Ballots Total" also counts the votes a winner keeps
   * once its surplus has moved, so it is not the value of the exhausted papers; that value is read from
   * the same summary as the papers (30) less the rows "Active Ballots" and "Residual surplus". The
   * residual is checked against the value lost to rounding.
   */
  @Test
  void multiWinnerWholeThreshold_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D, E, F)
            .seats(3)
            .rules(rctabRules(BallotRules.Overvote.SKIP_RANK, 1, 6).build())
            .addAllBallots(multiWinnerPapers(false))
            .build();
    RcvSettings settings =
        RcvSettings.builder()
            .winnerMode(RcvSettings.WinnerMode.MULTIPLE_WINNERS_PER_ROUND)
            .tieBreak(RcvSettings.TieBreak.STOP_COUNTING_AND_ASK)
            .decimalPlaces(4)
            .build();
    ElectionResult result = count(settings, e);
    assertRounds(
        result,
        List.of(C, A, B, E, F, D),
        new String[][] {
          {"9", "8", "8", "8", "8", "8"},
          {"6", "6", "6", "7.1111", "10.3333", "8"},
          {"5", "5", "5", "7.1111", "9.2222", "8"},
          {"4", "4.7777", "5.7777", "5.7777", "0", "0"},
          {"3", "3.1111", "3.2222", "0", "0", "0"},
          {"2", "2.1111", "0", "0", "0", "0"},
        },
        new String[] {"8", "8", "8", "8", "8", "8"},
        exhaustedOf(
            30,
            new String[] {"29", "28.9999", "27.9999", "27.9999", "27.5555", "24.0000"},
            new String[] {"0", "0.0001", "0.0001", "0.0001", "0.0001", "0.0007"}));
    assertResidual(result, new String[] {"0", "0.0001", "0.0001", "0.0001", "0.0001", "0.0007"});
    assertEquals(List.of(C, A, B), result.elected());
  }

  /**
   * {@code test_set_multi_winner_fractional_threshold}: as the whole-threshold case but with a
   * fractional Droop threshold ("nonIntegerWinningThreshold"): trunc_4(29 / 4) + 0.0001 = 7.2501. C
   * elected in round 2, A and B in round 5, their surpluses moved in round 6.
   */
  @Test
  void multiWinnerFractionalThreshold_matchesRctabRoundByRound() {
    Election e =
        Election.builder()
            .addCandidates(A, B, C, D, E, F)
            .seats(3)
            .rules(rctabRules(BallotRules.Overvote.SKIP_RANK, 1, 6).build())
            .addAllBallots(multiWinnerPapers(true))
            .build();
    RcvSettings settings =
        RcvSettings.builder()
            .winnerMode(RcvSettings.WinnerMode.MULTIPLE_WINNERS_PER_ROUND)
            .tieBreak(RcvSettings.TieBreak.STOP_COUNTING_AND_ASK)
            .decimalPlaces(4)
            .nonIntegerThreshold(true)
            .build();
    ElectionResult result = count(settings, e);
    String[] residual = {"0", "0", "0.0003", "0.0003", "0.0003", "0.0008"};
    assertRounds(
        result,
        List.of(C, A, E, B, F, D),
        new String[][] {
          {"7", "8", "7.2501", "7.2501", "7.2501", "7.2501"},
          {"6", "6", "6", "7", "10.2811", "7.2501"},
          {"6", "6", "6.6559", "6.6559", "0", "0"},
          {"5", "5", "5", "7.0937", "10.0937", "7.2501"},
          {"3", "3", "3.0937", "0", "0", "0"},
          {"2", "0", "0", "0", "0", "0"},
        },
        new String[] {"7.2501", "7.2501", "7.2501", "7.2501", "7.2501", "7.2501"},
        exhaustedOf(
            30,
            new String[] {"29", "28", "27.9997", "27.9997", "27.6249", "21.7503"},
            residual));
    assertResidual(result, residual);
    assertEquals(List.of(C, A, B), result.elected());
  }

  /**
   * {@code aliases_cdf_json}: two cast-vote-record files naming the candidates differently, the
   * configuration mapping both names to one candidate (a reader's mapping, done here by building both
   * files' papers for the same candidates); each file holds the papers of {@code test_set_7}. Overvotes
   * passed over, up to 4 blank ranks. A elected in round 3.
   */
  @Test
  void aliasesCdfJson_matchesRctabRoundByRound() {
    Candidate a = Candidate.of("Unused Display Name Candidate A");
    Candidate b = Candidate.of("Candidate B Name File 1");
    Candidate c = Candidate.of("Candidate C Name File 1");
    Candidate d = Candidate.of("Candidate D Name File 1");
    Election e =
        Election.builder()
            .addCandidates(a, b, c, d)
            .rules(rctabRules(BallotRules.Overvote.SKIP_RANK, 4, 4).build())
            .addAllBallots(testSet7Papers(a, b, c, d))
            .addAllBallots(testSet7Papers(a, b, c, d))
            .build();
    ElectionResult result = count(testSetSettings(), e);
    assertRounds(
        result,
        List.of(b, a, c, d),
        new String[][] {
          {"10", "10", "14"},
          {"10", "12", "16"},
          {"6", "8", "0"},
          {"4", "0", "0"},
        },
        new String[] {"16", "16", "16"},
        new String[] {"0", "0", "0"});
    assertEquals(List.of(a), result.elected());
  }
}
