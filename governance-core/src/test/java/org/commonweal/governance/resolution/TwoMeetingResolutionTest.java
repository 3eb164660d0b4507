package org.commonweal.governance.resolution;

import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class TwoMeetingResolutionTest {
  static final LocalDate FIRST = LocalDate.of(2026, 5, 1);

  @Test
  void decide_needsBothMeetingsAndTheInterval() {
    TwoMeetingResolution r = TwoMeetingResolution.ccbsAmalgamation("Amalgamate");
    Tally first = tally(roll(30), 20, 10, 0, 0);   // 2/3 exactly
    Tally second = tally(roll(30), 8, 7, 0, 0);    // over half
    ResolutionOutcome o = r.decide(first, FIRST, second, FIRST.plusDays(14));
    assertTrue(o.passed(), o.explain());
    assertEquals(2, o.parts().size());
    assertFalse(r.decide(first, FIRST, second, FIRST.plusDays(13)).passed());
    assertTrue(r.decide(first, FIRST, second, LocalDate.of(2026, 6, 1)).passed());
    assertFalse(r.decide(first, FIRST, second, LocalDate.of(2026, 6, 2)).passed());
    assertEquals("held on 2026-06-02, 32 days after the first meeting: too late",
        r.decide(first, FIRST, second, LocalDate.of(2026, 6, 2)).conditions().get(0).explanation());
    assertFalse(r.decide(tally(roll(30), 19, 10, 0, 0), FIRST, second, FIRST.plusDays(20)).passed());
    assertTrue(r.decideFirst(first).passed());
  }

  @Test
  void decide_refusesASecondMeetingNotAfterTheFirst() {
    TwoMeetingResolution r = TwoMeetingResolution.ccbsAmalgamation("A");
    assertThrows(InvalidValueException.class, () -> r.decide(tally(roll(3), 3, 0, 0, 0), FIRST, tally(roll(3), 3, 0, 0, 0), FIRST));
    assertThrows(InvalidValueException.class, () -> TwoMeetingResolution.of("A", Resolution.ordinary("A"), Resolution.ordinary("A"),
        Optional.of(Period.ofMonths(2)), Optional.of(Period.ofDays(14))));
  }

  @Test
  void equals_comparesAllFields() {
    new EqualsTester()
        .addEqualityGroup(TwoMeetingResolution.ccbsAmalgamation("A"), TwoMeetingResolution.ccbsAmalgamation("A"))
        .addEqualityGroup(TwoMeetingResolution.ccbsConversion("A"))
        .testEquals();
  }

  @Test
  void decide_explainsBothMeetingsAndTheWindow() {
    TwoMeetingResolution r = TwoMeetingResolution.ccbsAmalgamation("Amalgamate");
    // Window: 14 days to one month after 1 May, so 15 May to 1 June.
    ResolutionOutcome o = r.decide(tally(roll(30), 20, 10, 0, 0), FIRST, tally(roll(30), 8, 7, 0, 0), FIRST.plusDays(14));
    assertEquals("second meeting no earlier than 2026-05-15 and no later than 2026-06-01", o.conditions().get(0).rule());
    String text = o.explain();
    assertTrue(text.contains("\n  Special resolution \"Amalgamate (first meeting, 2026-05-01)\": PASSED\n"), text);
    assertTrue(text.contains("(second meeting, 2026-05-15)\": PASSED\n"), text);
    TwoMeetingResolution open = TwoMeetingResolution.of("A", Resolution.ordinary("A"), Resolution.ordinary("A"),
        Optional.empty(), Optional.empty());
    assertEquals("second meeting after the first",
        open.decide(tally(roll(3), 3, 0, 0, 0), FIRST, tally(roll(3), 3, 0, 0, 0), FIRST.plusDays(1)).conditions().get(0).rule());
  }
}
