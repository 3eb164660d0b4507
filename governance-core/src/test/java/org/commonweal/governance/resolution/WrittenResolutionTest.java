package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertThrows(InvalidValueException.class, () -> WrittenResolution.of("A", Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE), CIRCULATED, 0));
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

  @Test
  void decide_passesOnTheDayOfTheDecisiveAgreementWhateverTheMembersOrder() {
    // 5 members: more than half is 3. M-001 signs last (day 10); M-002, M-003, M-004 on days 2, 3, 4.
    // By date the third agreement is M-004's, on 5 March (circulated 2 March, day 4 = 2 + 3).
    List<Signature> s = List.of(Signature.of(m(1), CIRCULATED.plusDays(9)), Signature.of(m(2), CIRCULATED.plusDays(1)),
        Signature.of(m(3), CIRCULATED.plusDays(2)), Signature.of(m(4), CIRCULATED.plusDays(3)));
    ResolutionOutcome o = WrittenResolution.ordinary("Appoint auditors", CIRCULATED).decide(roll(5), s, CIRCULATED.plusDays(10));
    assertEquals(Optional.of(LocalDate.of(2026, 3, 5)), o.passedOn());
    assertEquals("Written resolution \"Appoint auditors\": PASSED on 2026-03-05\n", o.explain().lines().findFirst().orElseThrow() + "\n");
    assertEquals("Written resolution \"Appoint auditors\": PASSED", o.toString());
  }

  @Test
  void decide_listsEarlyAgreementsInMemberOrder() {
    List<Signature> s = List.of(Signature.of(m(5), CIRCULATED.minusDays(1)), Signature.of(m(2), CIRCULATED.minusDays(1)));
    ResolutionOutcome o = WrittenResolution.ordinary("A", CIRCULATED).decide(roll(10), s, CIRCULATED);
    assertEquals(List.of(Vote.of(m(2), Choice.FOR), Vote.of(m(5), Choice.FOR)), List.copyOf(o.rejectedVotes().keySet()));
    assertEquals("SIGNED_BEFORE_CIRCULATION", o.rejectedVotes().get(Vote.of(m(2), Choice.FOR)).code());
  }

  @Test
  void decide_notesWhetherTheResolutionIsStillOpenOrHasLapsed() {
    WrittenResolution w = WrittenResolution.ordinary("Appoint auditors", CIRCULATED);
    // Circulated 2 March, 28 days beginning that day: the last day is 29 March.
    ResolutionOutcome open = w.decide(roll(10), List.of(Signature.of(m(1), CIRCULATED)), CIRCULATED);
    assertEquals(List.of("open for agreement until the end of 2026-03-29"), open.notes());
    ResolutionOutcome lapsed = w.decide(roll(10), List.of(Signature.of(m(1), CIRCULATED)), LocalDate.of(2026, 3, 30));
    assertEquals(List.of("lapsed at the end of 2026-03-29 without enough agreement"), lapsed.notes());
  }

  @Test
  void decide_namesASignatureDatedAfterTheDecision() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> WrittenResolution.ordinary("A", CIRCULATED)
        .decide(roll(3), List.of(Signature.of(m(1), CIRCULATED.plusDays(2))), CIRCULATED));
    assertEquals("signature M-001 (2026-03-04) is dated after the day of decision 2026-03-02", e.getMessage());
  }

  @Test
  void build_refusesABlankTitle() {
    assertEquals("a written resolution needs a title", assertThrows(InvalidValueException.class,
        () -> WrittenResolution.ordinary(" ", CIRCULATED)).getMessage());
  }
}
