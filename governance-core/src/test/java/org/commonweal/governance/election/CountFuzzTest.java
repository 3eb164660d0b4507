package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.MalformedInputException;
import org.commonweal.governance.base.TieBreaker;

/**
 * Coverage-guided fuzzing of the counts through the public API: any bytes, read as a BLT file by {@link
 * Blt#parse(CharSequence)}, then counted by every registered method. Whatever the bytes, the reader
 * either gives an election or refuses the text with a {@link MalformedInputException} or an {@link
 * InvalidValueException}; each method either counts it, within its stated limit and with every paper
 * accounted for, or refuses it with an {@link InvalidValueException} or a {@link LimitExceededException}.
 * Anything else (another exception, an error, a count past its limit) is a finding.
 *
 * <p>A second target builds the election through the API instead, so that it reaches what a BLT file
 * cannot say: marked papers read under every {@link BallotRules} (overvotes, skipped ranks, duplicates,
 * a maximum of ranks), approval and score papers, and withdrawals, each counted by every registered
 * method under the same contract.
 *
 * <p>In every build the tests run in regression mode: once on each input stored under {@code
 * CountFuzzTestInputs/} beside this class in the test resources (hand-written seeds and every finding so
 * far, {@code CountFuzzTestInputs/<method>/}), so no finding comes back; the build runs them in a JVM
 * of their own (the surefire execution {@code fuzz-regression}, tests tagged {@code jazzer}), so that
 * the fuzzer's agent instruments no other test. To fuzz for longer, outside CI:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -pl governance-core test -Dtest='CountFuzzTest#bltThenEveryMethod*'
 * JAZZER_FUZZ=1 ./mvnw -pl governance-core test -Dtest='CountFuzzTest#electionThenEveryMethod*'
 * }</pre>
 *
 * <p>Each such run fuzzes for ten minutes (the annotation's {@code maxDuration}) and keeps the inputs
 * that reached new code in {@code governance-core/.cifuzz-corpus/} (not committed), so the next run goes
 * on from there (one fuzz test a run: name it with {@code -Dtest}). A finding is written to the inputs
 * directory above with the stack trace printed; fix the cause and keep the input there, so the
 * regression run checks it from then on. The BLT target reads the bytes as ISO-8859-1, one character a
 * byte, so that every byte the fuzzer changes is a character the reader sees.
 */
class CountFuzzTest {

  /**
   * Elections of more candidates than this are checked only for the refusals past each limit: within
   * the limits such counts take up to seconds each, which would starve the fuzzer.
   */
  private static final int MOST_COUNTED = 60;

  @FuzzTest(maxDuration = "10m")
  void bltThenEveryMethod_countsOrRefusesWithADocumentedError(byte[] data) {
    Election election;
    try {
      election = Blt.parse(new String(data, StandardCharsets.ISO_8859_1));
    } catch (MalformedInputException | InvalidValueException | LimitExceededException refused) {
      assertTrue(!refused.getMessage().isBlank());
      return;
    }
    countByEveryMethod(election, data.length);
  }

  @FuzzTest(maxDuration = "10m")
  void electionThenEveryMethod_countsOrRefusesWithADocumentedError(FuzzedDataProvider data) {
    int n = data.consumeInt(1, 9);
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cs.add(Candidate.of("C" + i));
    }
    int kind = data.consumeInt(0, 2);
    List<Ballot> ballots = new ArrayList<>();
    int papers = data.consumeInt(0, 12);
    for (int p = 0; p < papers && data.remainingBytes() > 0; p++) {
      // Weights stay far below an overflowing total: Election refuses such totals on its own.
      long count = data.consumeLong(1, 1_000_000_000_000L);
      if (kind == 0) {
        List<List<Candidate>> ranks = new ArrayList<>();
        int depth = data.consumeInt(0, n + 1);
        for (int r = 0; r < depth; r++) {
          List<Candidate> mark = new ArrayList<>();
          int marks = data.consumeInt(0, 2);
          for (int k = 0; k < marks; k++) {
            mark.add(cs.get(data.consumeInt(0, n - 1)));
          }
          ranks.add(mark);
        }
        ballots.add(RankedBallot.ofRanks(count, ranks));
      } else if (kind == 1) {
        List<Candidate> approved = new ArrayList<>();
        for (Candidate c : cs) {
          if (data.consumeBoolean()) {
            approved.add(c);
          }
        }
        ballots.add(ApprovalBallot.of(count, approved));
      } else {
        Map<Candidate, Integer> scores = new LinkedHashMap<>();
        for (Candidate c : cs) {
          if (data.consumeBoolean()) {
            scores.put(c, data.consumeInt(0, 6));
          }
        }
        ballots.add(ScoreBallot.of(count, scores));
      }
    }
    List<Candidate> withdrawn = new ArrayList<>();
    for (Candidate c : cs) {
      if (data.consumeInt(0, 7) == 0) {
        withdrawn.add(c);
      }
    }
    BallotRules.Builder rules =
        BallotRules.builder()
            .overvote(data.pickValue(BallotRules.Overvote.values()))
            .duplicates(data.pickValue(BallotRules.Duplicates.values()))
            .equalPreferences(data.consumeBoolean());
    if (data.consumeBoolean()) {
      rules.maxConsecutiveSkips(data.consumeInt(0, 3));
    }
    if (data.consumeBoolean()) {
      rules.maxRanks(data.consumeInt(1, n + 1));
    }
    Election election;
    try {
      election =
          Election.builder()
              .candidates(cs)
              .seats(data.consumeInt(1, n + 2))
              .withdrawn(withdrawn)
              .ballots(ballots)
              .rules(rules.build())
              .build();
    } catch (InvalidValueException refused) {
      assertTrue(!refused.getMessage().isBlank());
      return;
    }
    countByEveryMethod(election, data.remainingBytes());
  }

  /** Counts by every registered method, each giving a sound result or a documented refusal. */
  private static void countByEveryMethod(Election election, long seed) {
    int listed = election.candidates().size();
    for (RegisteredMethod m : MethodRegistry.all()) {
      if (listed > m.method().maxCandidates()) {
        // Refused before any work, however large the election.
        assertThrows(LimitExceededException.class, () -> m.method().count(election, TieBreaker.givenOrder()), m.name());
        continue;
      }
      if (listed > MOST_COUNTED) {
        continue;
      }
      ElectionResult r;
      try {
        r = m.method().count(election, TieBreaker.seeded(seed));
      } catch (InvalidValueException | LimitExceededException refused) {
        assertTrue(!refused.getMessage().isBlank(), m.name());
        continue;
      }
      assertTrue(election.candidates().size() <= m.method().maxCandidates(), m.name());
      assertTrue(r.elected().size() <= election.seats(), m.name());
      assertTrue(election.standing().containsAll(r.elected()), m.name());
      assertEquals(List.of(), r.report().conservationErrors(), m.name());
      assertEquals(election.papers(), r.report().ballots().total(), m.name());
    }
  }
}
