package org.commonweal.governance.voting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Currency;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareValue;
import org.junit.jupiter.api.Test;

/** The paid-up capital carrying the right of voting, as Companies Act 2006 s.303(2)(a) and s.321(2)(c) measure it. */
class PaidUpCapitalTest {
  static final Currency GBP = Currency.getInstance("GBP");
  static final ClassId HOLDERS = ClassId.of("shareholders");

  /** M-001 400 ordinary (25p paid of GBP 1), M-002 100 ordinary, M-003 1000 preference without a vote. */
  static VotingRoll roll() {
    Electorate e = Electorate.builder().recordDate(RollFixtures.RECORD).addClasses(HOLDERS)
        .putShareValues("ordinary", ShareValue.of(Money.ofMajor(1, GBP), Money.ofMinor(25, GBP)))
        .putShareValues("preference", ShareValue.fullyPaid(Money.ofMajor(1, GBP)))
        .addElectors(Elector.withShares(m(1), HOLDERS, "ordinary", 400),
            Elector.withShares(m(2), HOLDERS, "ordinary", 100),
            Elector.builder().member(m(3)).addClasses(HOLDERS).putHoldings("preference", 1000).build())
        .build();
    return VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).addNonVotingShareClasses("preference").build().roll(e);
  }

  @Test
  void paidUpCapital_countsTheAmountPaidUpOnVotingSharesOnly() {
    VotingRoll roll = roll();
    assertEquals(Money.ofMajor(125, GBP), roll.paidUpCapital());
    assertEquals(Money.ofMajor(100, GBP), roll.paidUpCapital(List.of(m(1))));
    assertEquals(Money.zero(GBP), roll.paidUpCapital(List.of(m(3))));
  }

  @Test
  void paidUpCapital_withoutShareValues_isRefused() {
    VotingRoll roll = VotingRules.oneVotePerShare().roll(Electorate.of(RollFixtures.RECORD,
        List.of(Elector.withShares(m(1), HOLDERS, "ordinary", 10))));
    assertThrows(InvalidValueException.class, roll::paidUpCapital);
  }
}
