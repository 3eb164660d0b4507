package org.commonweal.governance.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.membership.MemberId;

/**
 * Invariants of retirement by rotation: the right number retires, the longest in office go first,
 * nobody stays past their term, and nobody serves more consecutive terms than the limit.
 */
class RotationProperties {
  private static final LocalDate MEETING = LocalDate.of(2030, 6, 8);

  /** Boards of 0 to 15 directors, of every kind, elected in the five years before {@link #MEETING}. */
  @Provide
  Arbitrary<List<Term>> boards() {
    Arbitrary<Term> term = Combinators.combine(
            Arbitraries.of(TermKind.class), Arbitraries.integers().between(2025, 2030), Arbitraries.integers().between(1, 3))
        .as((kind, year, terms) -> new Term(MemberId.of("x"), kind, LocalDate.of(year, 6, 1), terms));
    return term.list().ofMaxSize(15).map(ts -> {
      List<Term> out = new ArrayList<>();
      for (int i = 0; i < ts.size(); i++) {
        Term t = ts.get(i);
        out.add(new Term(MemberId.of("D-" + i), t.kind(), t.since(), t.consecutiveTerms()));
      }
      return out;
    });
  }

  @Property(tries = 300)
  void retire_retiresTheNumberDueOrEveryExpiredTerm(
      @ForAll("boards") List<Term> board, @ForAll @IntRange(min = 1, max = 6) int maxTerm, @ForAll long seed) {
    RotationRule rule = RotationRule.tableA().withMaxTerm(maxTerm);
    Rotation r = rule.retire(board, MEETING, false, TieBreaker.seeded(seed));
    long subject = board.stream().filter(t -> t.kind() == TermKind.ELECTED).count();
    long expired = board.stream()
        .filter(t -> t.kind() == TermKind.ELECTED && t.annualMeetingsSince(MEETING) >= maxTerm).count();
    int due = subject == 0 ? 0 : rule.numberDue((int) subject);
    long coOpted = board.stream().filter(t -> t.kind() == TermKind.CO_OPTED).count();
    assertEquals(Math.max(due, expired) + coOpted, r.retiring().size(), r::explain);
    assertEquals(board.size(), r.retiring().size() + r.staying().size());
    // Nobody who stays is past the term, or has been in office longer than one who retires by rotation.
    for (Term t : r.staying()) {
      if (t.kind() == TermKind.ELECTED) {
        assertTrue(t.annualMeetingsSince(MEETING) < maxTerm, r::explain);
        r.retiring().stream().filter(x -> x.reason() == Rotation.Reason.ROTATION)
            .forEach(x -> assertTrue(!x.term().since().isAfter(t.since()), r::explain));
      }
    }
  }

  @Property(tries = 200)
  void retire_atTheFirstAnnualMeetingRetiresEveryoneSubject(@ForAll("boards") List<Term> board, @ForAll long seed) {
    Rotation r = RotationRule.tableA().retire(board, MEETING, true, TieBreaker.seeded(seed));
    assertEquals(board.stream().filter(t -> t.kind() == TermKind.ELECTED || t.kind() == TermKind.CO_OPTED).count(),
        r.retiring().size());
    assertTrue(r.staying().stream().allMatch(t -> t.kind() == TermKind.APPOINTED || t.kind() == TermKind.EX_OFFICIO));
  }

  @Property(tries = 200)
  void numberDue_isNearestAThird(@ForAll @IntRange(min = 2, max = 1000) int n) {
    int due = RotationRule.tableA().numberDue(n);
    // |due - n/3| < 1/2, that is |3 due - n| < 3/2, for whole numbers |3 due - n| <= 1.
    assertTrue(Math.abs(3 * due - n) <= 1, () -> n + " gave " + due);
  }

  @Property(tries = 100)
  void schedule_keepsTermsAndTermLimits(@ForAll("boards") List<Term> board, @ForAll @IntRange(min = 1, max = 4) int maxTerm,
      @ForAll @IntRange(min = 1, max = 3) int limit, @ForAll long seed) {
    List<Term> capped = board.stream()
        .map(t -> new Term(t.director(), t.kind(), t.since(), Math.min(t.consecutiveTerms(), limit))).toList();
    RotationRule rule = RotationRule.tableA().withMaxTerm(maxTerm).withTermLimit(TermLimit.of(limit, 1))
        .withFraction(Fraction.of(1, 3));
    List<LocalDate> meetings = new ArrayList<>();
    for (int y = 0; y < 6; y++) {
      meetings.add(MEETING.plusYears(y));
    }
    RotationSchedule s = rule.schedule(capped, meetings, false, TieBreaker.seeded(seed), id -> MemberId.of(id.value() + "'"));
    for (int y = 0; y < meetings.size(); y++) {
      LocalDate m = meetings.get(y);
      for (Term t : s.boards().get(y)) {
        assertTrue(t.consecutiveTerms() <= limit, s::explain);
        if (t.kind() == TermKind.ELECTED) {
          assertTrue(t.annualMeetingsSince(m) < maxTerm, s::explain);
        }
      }
    }
  }
}
