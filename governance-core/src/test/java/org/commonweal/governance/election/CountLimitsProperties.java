package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.TieBreaker;

/**
 * No generated election makes any registered method go past its stated limit or fail with anything but
 * the documented errors: it counts, within a report bounded by the candidates, or it refuses the election
 * with an {@link InvalidValueException} (a method that cannot count it: seats, kinds of ballot) or a
 * {@link LimitExceededException} (more candidates than its limit, too many equal preferences to share),
 * and never with any other exception.
 */
class CountLimitsProperties {

  @Provide
  Arbitrary<RegisteredMethod> methods() {
    return Arbitraries.of(MethodRegistry.all());
  }

  /** Every kind of ballot, any rules, zero to twenty papers, withdrawals, seats up to one over the candidates. */
  @Provide
  Arbitrary<Election> anyElection() {
    return Arbitraries.oneOf(
        ElectionDomain.rankedElections(7, 8),
        ElectionDomain.markedElections(7, 8, true),
        ElectionDomain.markedElections(7, 8, false),
        ElectionDomain.approvalElections(7, 8),
        ElectionDomain.scoreElections(7, 8, 5));
  }

  @Property(tries = 400)
  void count_givesABoundedReport_orOnlyTheDocumentedErrors(
      @ForAll("methods") RegisteredMethod m, @ForAll("anyElection") Election e, @ForAll long seed) {
    ElectionResult r;
    try {
      r = m.method().count(e, TieBreaker.seeded(seed));
    } catch (InvalidValueException | LimitExceededException documented) {
      assertTrue(documented.getMessage() != null && !documented.getMessage().isBlank(), m.name());
      return;
    } catch (RuntimeException other) {
      fail(m.name() + " threw " + other + " on " + Blt.format(e), other);
      return;
    }
    int listed = e.candidates().size();
    assertTrue(listed <= m.method().maxCandidates(), m.name() + " counted past its limit");
    assertTrue(r.elected().size() <= e.seats());
    // The report grows with what it says: at most a stage per candidate (and a first and a last),
    // each listing at most the candidates, and ties among them.
    // Multi-pass IRV counts once per seat, each pass so bounded.
    int passes = m.name().equals("rcv-multi-pass") ? Math.max(1, Math.min(e.seats(), listed)) : 1;
    assertTrue(r.report().stages().size() <= passes * (listed + 2), m.name() + ": " + r.report().stages().size() + " stages");
    for (Stage s : r.report().stages()) {
      assertTrue(s.totals().size() <= listed, m.name());
      s.pairs().ifPresent(t -> assertTrue(t.candidates().size() <= listed, m.name()));
      for (Tie t : s.ties()) {
        assertTrue(t.tied().size() <= listed, m.name());
      }
    }
    assertTrue(r.report().notes().size() <= 2, m.name());
  }

  @Property(tries = 12)
  void count_pastTheLimit_isRefusedWithTheLimit_beforeAnyWork(
      @ForAll("methods") RegisteredMethod m, @ForAll @IntRange(min = 1, max = 3) int over, @ForAll long seed) {
    int limit = m.method().maxCandidates();
    int n = limit + over;
    List<Candidate> cs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cs.add(Candidate.of("C" + i));
    }
    Ballot paper =
        m.ballots().contains(BallotKind.RANKED) ? RankedBallot.of(cs.get(n - 1), cs.get(0)) : ApprovalBallot.of(1, cs.get(n - 1));
    Election e = Election.of(cs, 1, List.of(paper));
    try {
      m.method().count(e, TieBreaker.seeded(seed));
      fail(m.name() + " counted " + n + " candidates, past its limit of " + limit);
    } catch (LimitExceededException x) {
      assertEquals(limit, x.limit(), m.name());
      assertEquals(n, x.actual(), m.name());
    }
  }
}
