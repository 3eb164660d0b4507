package org.commonweal.governance.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.junit.jupiter.api.Test;

class DelegationTest {
  static final LocalDate RECORD = LocalDate.of(2026, 6, 1);
  static final LocalDate VOTE = LocalDate.of(2026, 6, 20);
  static final ClassId A = ClassId.of("a");
  static final ClassId B = ClassId.of("b");

  static MemberId m(int i) {
    return MemberId.of("M-" + i);
  }

  static Electorate electorate() {
    List<Elector> all = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      all.add(Elector.of(m(i), i <= 4 ? A : B));
    }
    all.add(Elector.builder().member(m(7)).addClasses(A).inGoodStanding(false).build());
    return Electorate.of(RECORD, all);
  }

  @Test
  void inForceOn_runsFromGivenUntilTheDayBeforeRevocation() {
    Delegation d = Delegation.of(m(1), m(2), RECORD).revokedOn(VOTE);
    assertFalse(d.inForceOn(RECORD.minusDays(1)));
    assertTrue(d.inForceOn(RECORD));
    assertTrue(d.inForceOn(VOTE.minusDays(1)));
    assertFalse(d.inForceOn(VOTE));
  }

  @Test
  void roll_refusesDelegationsWhenTheRulesDoNotAllowThem() {
    Delegation d = Delegation.of(m(1), m(2), RECORD);
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(electorate(), List.of(d), VOTE);
    assertTrue(roll.delegations().isEmpty());
    assertEquals("DELEGATION_NOT_ALLOWED", roll.refusedDelegations().get(d).code());
  }

  @Test
  void roll_judgesEachDelegationWithAReason() {
    VotingRules rules = VotingRules.builder().delegation(DelegationRules.upTo(2).withinClass()).build();
    Delegation accepted1 = Delegation.of(m(1), m(4), RECORD);
    Delegation accepted2 = Delegation.of(m(2), m(4), RECORD.plusDays(1));
    Delegation overLimit = Delegation.of(m(3), m(4), RECORD.plusDays(2));
    Delegation otherClass = Delegation.of(m(5), m(1), RECORD);
    Delegation revoked = Delegation.of(m(6), m(5), RECORD).revokedOn(VOTE.minusDays(1));
    Delegation notYet = Delegation.of(m(6), m(5), VOTE.plusDays(1));
    Delegation noVote = Delegation.of(m(7), m(1), RECORD);
    VotingRoll roll = rules.roll(electorate(),
        List.of(overLimit, accepted2, accepted1, otherClass, revoked, notYet, noVote), VOTE);
    assertEquals(List.of(accepted1, accepted2), List.copyOf(roll.delegations().values()));
    assertEquals("DELEGATE_LIMIT_REACHED", roll.refusedDelegations().get(overLimit).code());
    assertEquals("DELEGATE_IN_OTHER_CLASS", roll.refusedDelegations().get(otherClass).code());
    assertEquals("DELEGATION_REVOKED", roll.refusedDelegations().get(revoked).code());
    assertEquals("DELEGATION_NOT_YET_GIVEN", roll.refusedDelegations().get(notYet).code());
    assertEquals("DELEGATOR_HAS_NO_VOTE", roll.refusedDelegations().get(noVote).code());
    assertEquals(Optional.of(m(4)), roll.rights().get(m(1)).delegatedTo());
    assertEquals(List.of(m(1), m(2)), List.copyOf(roll.rights().get(m(4)).delegationsHeld()));
  }

  @Test
  void roll_aLaterDelegationSupersedesAnEarlierOne() {
    VotingRules rules = VotingRules.builder().delegation(DelegationRules.unlimited()).build();
    Delegation first = Delegation.of(m(1), m(2), RECORD);
    Delegation second = Delegation.of(m(1), m(3), RECORD.plusDays(3));
    VotingRoll roll = rules.roll(electorate(), List.of(second, first), VOTE);
    assertEquals(second, roll.delegations().get(m(1)));
    assertEquals("DELEGATION_SUPERSEDED", roll.refusedDelegations().get(first).code());
  }

  @Test
  void roll_twoDelegationsOnOneDayAreACallerError() {
    VotingRules rules = VotingRules.builder().delegation(DelegationRules.unlimited()).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> rules.roll(electorate(),
        List.of(Delegation.of(m(1), m(2), RECORD), Delegation.of(m(1), m(3), RECORD)), VOTE));
    assertTrue(e.getMessage().startsWith("member M-1 gave two delegations in force on the same day 2026-06-01"), e.getMessage());
  }

  @Test
  void of_refusesSelfDelegationAndEarlyRevocation() {
    assertThrows(InvalidValueException.class, () -> Delegation.of(m(1), m(1), RECORD));
    assertThrows(InvalidValueException.class, () -> Delegation.of(m(1), m(2), RECORD).revokedOn(RECORD.minusDays(1)));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DelegationRules.upTo(0));
    assertEquals("most delegations held (0) must be at least 1", e.getMessage());
  }

  @Test
  void equals_comparesAllFields() {
    new EqualsTester()
        .addEqualityGroup(Delegation.of(m(1), m(2), RECORD), Delegation.of(m(1), m(2), RECORD))
        .addEqualityGroup(Delegation.of(m(1), m(2), RECORD).revokedOn(VOTE))
        .addEqualityGroup(Delegation.of(m(2), m(1), RECORD))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DelegationRules.unlimited(), DelegationRules.unlimited())
        .addEqualityGroup(DelegationRules.upTo(2))
        .addEqualityGroup(DelegationRules.upTo(2).withinClass())
        .testEquals();
  }
}
