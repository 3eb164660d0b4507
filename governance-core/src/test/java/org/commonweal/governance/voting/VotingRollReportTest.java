package org.commonweal.governance.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.junit.jupiter.api.Test;

/** The roll in words: what {@code explain} and {@code summary} tell a reader, line by line. */
class VotingRollReportTest {
  static final LocalDate RECORD = LocalDate.of(2026, 6, 1);
  static final LocalDate VOTE = LocalDate.of(2026, 6, 11);
  static final ClassId WORKERS = ClassId.of("workers");

  static MemberId m(int i) {
    return MemberId.of(String.format("M-%03d", i));
  }

  static Electorate threeWorkers() {
    return Electorate.of(RECORD, List.of(Elector.of(m(1), WORKERS), Elector.of(m(2), WORKERS), Elector.of(m(3), WORKERS)));
  }

  static final VotingRules DELEGATING = VotingRules.builder().delegation(DelegationRules.unlimited()).build();

  @Test
  void explain_listsEachMemberWithItsVotesAndReasons() {
    String text = VotingRules.oneMemberOneVote().roll(threeWorkers()).explain();
    assertTrue(text.contains("\n  M-001 [workers]: 1 (one member, one vote)\n"), text);
    assertTrue(text.contains("\n  M-003 [workers]: 1 (one member, one vote)\n"), text);
  }

  @Test
  void explain_listsAcceptedAndRefusedDelegations() {
    Delegation accepted = Delegation.of(m(2), m(1), RECORD);
    Delegation late = Delegation.of(m(3), m(1), VOTE.plusDays(1));
    String text = DELEGATING.roll(threeWorkers(), List.of(accepted, late), VOTE).explain();
    assertTrue(text.contains("\n  delegation M-002 -> M-001 (given 2026-06-01): accepted\n"), text);
    assertTrue(text.contains("\n  delegation M-003 -> M-001 (given 2026-06-12): DELEGATION_NOT_YET_GIVEN: "
        + "the delegation was given after the day of the vote 2026-06-11"), text);
  }

  @Test
  void summary_countsDelegationsOnlyWhenThereAreAny() {
    assertFalse(DELEGATING.roll(threeWorkers(), List.of(), VOTE).summary().contains("delegations:"));
    String onlyAccepted = DELEGATING.roll(threeWorkers(), List.of(Delegation.of(m(2), m(1), RECORD)), VOTE).summary();
    assertTrue(onlyAccepted.endsWith("  delegations: 1 accepted, 0 refused\n"), onlyAccepted);
    // Refused because the rules allow no delegation at all: still reported.
    String onlyRefused = VotingRules.oneMemberOneVote()
        .roll(threeWorkers(), List.of(Delegation.of(m(2), m(1), RECORD)), VOTE).summary();
    assertTrue(onlyRefused.endsWith("  delegations: 0 accepted, 1 refused\n"), onlyRefused);
  }

  @Test
  void refusal_saysWhetherTheDelegationWasRevokedOrNotYetGiven() {
    Delegation revoked = Delegation.of(m(2), m(1), RECORD).revokedOn(VOTE.minusDays(1));
    Delegation late = Delegation.of(m(3), m(1), VOTE.plusDays(1));
    VotingRoll roll = DELEGATING.roll(threeWorkers(), List.of(revoked, late), VOTE);
    assertEquals("the delegation was revoked before the day of the vote 2026-06-11", roll.refusedDelegations().get(revoked).message());
    assertEquals("the delegation was given after the day of the vote 2026-06-11", roll.refusedDelegations().get(late).message());
  }

  @Test
  void toString_namesDelegationDatesAndElectorStatus() {
    assertEquals("M-002 -> M-001 (given 2026-06-01)", Delegation.of(m(2), m(1), RECORD).toString());
    assertEquals("M-002 -> M-001 (given 2026-06-01, revoked 2026-06-10)",
        Delegation.of(m(2), m(1), RECORD).revokedOn(VOTE.minusDays(1)).toString());
    assertEquals("M-001 [workers]", Elector.of(m(1), WORKERS).toString());
    assertEquals("M-004 [workers] {ordinary=30} (organisation) (not in good standing)",
        Elector.builder().member(m(4)).addClasses(WORKERS).putHoldings("ordinary", 30).organisation(true)
            .inGoodStanding(false).build().toString());
  }
}
