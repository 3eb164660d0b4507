package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * <p>In every build the test runs in regression mode: once on each input stored under {@code
 * CountFuzzTestInputs/} beside this class in the test resources (hand-written seeds and every finding so
 * far), so no finding comes back. To fuzz for longer, outside CI:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -pl governance-core test -Dtest=CountFuzzTest
 * }</pre>
 *
 * <p>Each such run fuzzes for ten minutes (the annotation's {@code maxDuration}) and keeps the inputs
 * that reached new code in {@code governance-core/.cifuzz-corpus/} (not committed), so the next run goes
 * on from there. A finding is written to the inputs directory above with the stack trace printed; fix the
 * cause and keep the input there, so the regression run checks it from then on. The bytes are read as ISO-8859-1, one character a byte, so
 * that every byte the fuzzer changes is a character the reader sees.
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
        r = m.method().count(election, TieBreaker.seeded(data.length));
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
