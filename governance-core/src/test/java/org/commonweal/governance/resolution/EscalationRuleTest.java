package org.commonweal.governance.resolution;

import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.RollFixtures;
import org.junit.jupiter.api.Test;

class EscalationRuleTest {
  static final ClassId INVESTORS = ClassId.of("investors");
  static final ClassId USERS = ClassId.of("users");

  static final ResolutionOutcome CLASS_YES = Resolution.ordinary("Escalate").decide(tally(roll(5), 3, 2, 0, 0));
  static final ResolutionOutcome CLASS_NO = Resolution.ordinary("Escalate").decide(tally(roll(5), 2, 3, 0, 0));

  static QuorumDecision poll(int demanders) {
    return QuorumRule.members(2).decide("demand for a poll", roll(10), RollFixtures.roll(demanders).voters());
  }

  @Test
  void escalate_turnsTheOrdinaryIntoTheSpecialForm() {
    EscalationRule rule = EscalationRule.of(Resolution.special("form"), true);
    Outcome<Resolution> o = rule.escalate(Resolution.ordinary("Sell the van"), INVESTORS, CLASS_YES, Optional.of(poll(2)));
    Resolution r = o.orElseThrow();
    assertEquals("Sell the van", r.title());
    assertEquals(Resolution.Kind.SPECIAL, r.kind());
    assertEquals(Resolution.special("x").conditions(), r.conditions());
    assertTrue(r.notes().get(0).startsWith("escalated from an ordinary resolution by class investors"));
    // 30 for, 12 against passes as ordinary but not as special.
    ResolutionOutcome decided = r.decide(tally(roll(42), 30, 12, 0, 0));
    assertEquals(ResolutionOutcome.Verdict.FAILED, decided.verdict());
    assertTrue(decided.explain().contains("note: escalated from an ordinary resolution"));
  }

  @Test
  void escalate_refusesWithAReason() {
    EscalationRule rule = EscalationRule.of(Resolution.special("form"), true).limitedTo(List.of(INVESTORS));
    Resolution ordinary = Resolution.ordinary("Sell the van");
    assertEquals("NOT_ORDINARY", rule.escalate(Resolution.special("x"), INVESTORS, CLASS_YES, Optional.of(poll(2))).rejection().code());
    assertEquals("CLASS_MAY_NOT_ESCALATE", rule.escalate(ordinary, USERS, CLASS_YES, Optional.of(poll(2))).rejection().code());
    assertEquals("CLASS_RESOLUTION_NOT_PASSED", rule.escalate(ordinary, INVESTORS, CLASS_NO, Optional.of(poll(2))).rejection().code());
    assertEquals("POLL_NOT_DEMANDED", rule.escalate(ordinary, INVESTORS, CLASS_YES, Optional.of(poll(1))).rejection().code());
    assertEquals("POLL_NOT_DEMANDED", rule.escalate(ordinary, INVESTORS, CLASS_YES, Optional.empty()).rejection().code());
    assertTrue(EscalationRule.of(Resolution.special("form"), false).escalate(ordinary, USERS, CLASS_YES, Optional.empty()).isAccepted());
  }

  @Test
  void equals_comparesAllFields() {
    new EqualsTester()
        .addEqualityGroup(EscalationRule.of(Resolution.special("f"), true), EscalationRule.of(Resolution.special("f"), true))
        .addEqualityGroup(EscalationRule.of(Resolution.special("f"), false))
        .addEqualityGroup(EscalationRule.of(Resolution.special("f"), true).limitedTo(List.of(INVESTORS)))
        .testEquals();
  }

  @Test
  void escalate_saysWhyAPollDemandFellShort() {
    Resolution ordinary = Resolution.ordinary("Sell the van");
    EscalationRule rule = EscalationRule.of(Resolution.special("form"), true);
    // One demander of the 2 needed.
    assertEquals("escalation needs a valid demand for a poll: demand for a poll not met: 2 members: 1 member present, 2 needed: not met",
        rule.escalate(ordinary, INVESTORS, CLASS_YES, Optional.of(poll(1))).rejection().message());
    assertEquals("escalation needs a valid demand for a poll",
        rule.escalate(ordinary, INVESTORS, CLASS_YES, Optional.empty()).rejection().message());
  }

  @Test
  void resolution_readsAsItsKindTitleAndConditions() {
    assertEquals("Ordinary resolution \"Sell the van\": [more than 1/2 of the votes cast]", Resolution.ordinary("Sell the van").toString());
  }
}
