package org.commonweal.governance.resolution;

import static org.commonweal.governance.resolution.Fixtures.m;
import static org.commonweal.governance.resolution.Fixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.voting.Choice;
import org.junit.jupiter.api.Test;

class WrittenResolutionTest {
  static final LocalDate CIRCULATED = LocalDate.of(2026, 3, 2);

  /** Members from..to sign on the given day. */
  static List<Signature> signed(int from, int to, LocalDate day) {
    List<Signature> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(Signature.of(m(i), day));
    }
    return out;
  }

  @Test
  void decide_passesOnTheDayTheLastNeededAgreementArrives() {
    // 10 members: more than half is 6. Five sign on 3 March, three more on 10 March.
    List<Signature> s = new ArrayList<>(signed(1, 5, CIRCULATED.plusDays(1)));
    s.addAll(signed(6, 8, CIRCULATED.plusDays(8)));
    ResolutionOutcome o = WrittenResolution.ordinary("Appoint auditors", CIRCULATED).decide(roll(10), s, CIRCULATED.plusDays(20));
    assertEquals(ResolutionOutcome.Verdict.PASSED, o.verdict());
    assertEquals(Optional.of(CIRCULATED.plusDays(8)), o.passedOn());
    assertEquals(Fraction.of(8), o.conditions().get(0).value());
    assertEquals(Fraction.of(10), o.conditions().get(0).base());
  }

  @Test
  void decide_isPendingWhileOpenAndFailsWhenLapsed() {
    WrittenResolution w = WrittenResolution.ordinary("Appoint auditors", CIRCULATED);
    List<Signature> five = signed(1, 5, CIRCULATED);
    // Day 28 of the period (beginning with the circulation date) is 29 March.
    assertEquals(LocalDate.of(2026, 3, 29), w.lastDay());
    assertEquals(ResolutionOutcome.Verdict.PENDING, w.decide(roll(10), five, LocalDate.of(2026, 3, 28)).verdict());
    assertEquals(ResolutionOutcome.Verdict.FAILED, w.decide(roll(10), five, LocalDate.of(2026, 3, 29)).verdict());
    List<Signature> late = new ArrayList<>(five);
    late.add(Signature.of(m(6), LocalDate.of(2026, 3, 30)));
    ResolutionOutcome o = w.decide(roll(10), late, LocalDate.of(2026, 4, 2));
    assertEquals(ResolutionOutcome.Verdict.FAILED, o.verdict());
    assertEquals("SIGNED_AFTER_LAPSE", o.rejectedVotes().get(Vote.of(m(6), Choice.FOR)).code());
  }

  @Test
  void special_needsThreeQuartersOfAllEligibleVotes() {
    WrittenResolution w = WrittenResolution.special("Change the name", CIRCULATED);
    assertEquals(ResolutionOutcome.Verdict.PENDING, w.decide(roll(8), signed(1, 5, CIRCULATED), CIRCULATED).verdict());
    assertEquals(ResolutionOutcome.Verdict.PASSED, w.decide(roll(8), signed(1, 6, CIRCULATED), CIRCULATED).verdict());
  }

  @Test
  void decide_refusesFutureSignaturesAndWrongBases() {
    WrittenResolution w = WrittenResolution.ordinary("A", CIRCULATED);
    assertThrows(InvalidValueException.class, () -> w.decide(roll(3), signed(1, 1, CIRCULATED.plusDays(2)), CIRCULATED));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> WrittenResolution.of("A", Threshold.majorityOfVotesCast(), CIRCULATED, 28));
    assertEquals("a written resolution counts against all eligible votes, not the votes cast", e.getMessage());
    assertThrows(InvalidValueException.class, () -> WrittenResolution.of("A", Threshold.moreThan(Fraction.ONE_HALF, Base.ALL_ELIGIBLE), CIRCULATED, 0));
  }

  @Test
  void equals_comparesAllFields() {
    new EqualsTester()
        .addEqualityGroup(WrittenResolution.ordinary("A", CIRCULATED), WrittenResolution.ordinary("A", CIRCULATED))
        .addEqualityGroup(WrittenResolution.special("A", CIRCULATED))
        .addEqualityGroup(WrittenResolution.ordinary("A", CIRCULATED).withoutLapse())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Signature.of(m(1), CIRCULATED), Signature.of(m(1), CIRCULATED))
        .addEqualityGroup(Signature.of(m(1), CIRCULATED.plusDays(1)))
        .testEquals();
  }
}
