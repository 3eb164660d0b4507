package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Currency;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.shares.Money;
import org.junit.jupiter.api.Test;

class SurplusRuleTest {
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final MemberId A = MemberId.of("A");
  private static final MemberId B = MemberId.of("B");
  private static final MemberId C = MemberId.of("C");

  private static Money gbp(long pence) {
    return Money.ofMinor(pence, GBP);
  }

  private static long total(SurplusAllocation a) {
    return a.parts().stream().mapToLong(p -> p.amount().minorUnits()).sum();
  }

  @Test
  void mondragon_penniesThatDoNotDivide_goByLargestRemainderAndRestToReserves() {
    // 1,000.01: 45% is 45,000.45 pence, 10% is 10,000.1 pence.
    SurplusAllocation a =
        SurplusRule.mondragon()
            .allocate(gbp(100_001), ImmutableMap.of(), ImmutableMap.of(A, gbp(100), B, gbp(200), C, gbp(400)));
    assertEquals(100_001, total(a));
    SurplusAllocation.Part work = a.parts().get(1);
    assertEquals(gbp(45_000), work.amount());
    // 45,000 x 1/7 = 6,428.57..., x 2/7 = 12,857.14..., x 4/7 = 25,714.28...: one penny left, to A.
    assertEquals(gbp(6_429), work.members().get(A));
    assertEquals(gbp(12_857), work.members().get(B));
    assertEquals(gbp(25_714), work.members().get(C));
    assertEquals(gbp(10_000), a.toFund(Fund.SOCIAL_FUND));
    // 45,000 to reserves and the 1 penny the rounding left.
    assertEquals(gbp(45_001), a.toFund(Fund.INDIVISIBLE_RESERVES));
    assertEquals(gbp(6_429), a.toMember(A));
  }

  @Test
  void frenchScic_interestCapped_leavesAtLeastTheReserveFloor() {
    SurplusRule scic = SurplusRule.frenchScic(Fraction.percent("3"), Fraction.percent("4"));
    Money surplus = Money.ofMajor(10_000, EUR);
    // 3% on 200,000 would be 6,000: more than the 42.5% the floor leaves.
    SurplusAllocation a =
        scic.allocate(
            surplus,
            ImmutableMap.of(A, Money.ofMajor(100_000, EUR), B, Money.ofMajor(50_000, EUR), C, Money.ofMajor(50_000, EUR)),
            ImmutableMap.of());
    assertEquals(Money.ofMajor(4_250, EUR), a.parts().get(0).amount());
    assertEquals(Money.ofMinor(212_500, EUR), a.toMember(A));
    assertEquals(Money.ofMinor(106_250, EUR), a.toMember(B));
    assertEquals(Money.ofMajor(5_750, EUR), a.toFund(Fund.INDIVISIBLE_RESERVES));
    assertTrue(a.parts().get(0).explanation().contains("limited to"));
  }

  @Test
  void frenchScic_reservePartBelowTheFloor_isRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new SurplusRule(
                    ImmutableList.of(
                        new SurplusPart.ToFund("bonus", Fund.OTHER, Fraction.percent("50"))),
                    SurplusRule.SCIC_MINIMUM_RESERVES));
    assertEquals("minimumReserves", e.field());
  }

  @Test
  void capitalInterest_cappedByThePart_splitsItsPenniesInMemberOrder() {
    SurplusRule rule =
        SurplusRule.of(
            new SurplusPart.CapitalInterest("interest", Fraction.percent("5"), Fraction.percent("5"), Fraction.percent("10")));
    // 5% of 300.00 is 15.00, but the part may take only 10.00 of 100.00: 1,000 pence in three.
    SurplusAllocation a =
        rule.allocate(gbp(10_000), ImmutableMap.of(C, gbp(10_000), A, gbp(10_000), B, gbp(10_000)), ImmutableMap.of());
    assertEquals(gbp(334), a.toMember(A));
    assertEquals(gbp(333), a.toMember(B));
    assertEquals(gbp(333), a.toMember(C));
    assertEquals(gbp(9_000), a.toFund(Fund.INDIVISIBLE_RESERVES));
  }

  @Test
  void capitalInterest_belowThePartsCap_paysTheRateRoundedDown() {
    SurplusRule rule =
        SurplusRule.of(
            new SurplusPart.CapitalInterest("interest", Fraction.percent("3"), Fraction.percent("5"), Fraction.percent("50")));
    // 3% of 10.33 is 30.99 pence, of 20.00 is 60: 90 pence, each within its rate.
    SurplusAllocation a = rule.allocate(gbp(100_000), ImmutableMap.of(A, gbp(1_033), B, gbp(2_000)), ImmutableMap.of());
    assertEquals(gbp(30), a.toMember(A));
    assertEquals(gbp(60), a.toMember(B));
    assertEquals(gbp(100_000 - 90), a.toFund(Fund.INDIVISIBLE_RESERVES));
  }

  @Test
  void capitalInterest_rateAboveItsCap_isRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new SurplusPart.CapitalInterest("interest", Fraction.percent("6"), Fraction.percent("5"), Fraction.ONE));
    assertEquals("rate", e.field());
  }

  @Test
  void rule_sharesOverTheWhole_isRefusedNamingParts() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                SurplusRule.of(
                    new SurplusPart.ToFund("reserves", Fund.INDIVISIBLE_RESERVES, Fraction.percent("60")),
                    new SurplusPart.Patronage("dividend", Fraction.percent("41"))));
    assertEquals("parts", e.field());
  }

  @Test
  void allocate_loss_isRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> SurplusRule.mondragon().allocate(gbp(-1), ImmutableMap.of(), ImmutableMap.of()));
    assertEquals("surplus", e.field());
  }

  @Test
  void patronage_noTrade_goesToReserves() {
    SurplusAllocation a = SurplusRule.mondragon().allocate(gbp(1_000), ImmutableMap.of(), ImmutableMap.of(A, gbp(0)));
    assertEquals(gbp(0), a.toMember(A));
    assertEquals(gbp(900), a.toFund(Fund.INDIVISIBLE_RESERVES));
  }

  @Test
  void patronage_explanation_saysWhereAShareNobodyEarnedGoes() {
    String share = "9/20 of the surplus, in proportion to trade";
    assertEquals(share + "; no member traded, so it goes to reserves",
        SurplusRule.mondragon().allocate(gbp(1_000), ImmutableMap.of(), ImmutableMap.of(A, gbp(0))).parts().get(1).explanation());
    assertEquals(share, SurplusRule.mondragon().allocate(gbp(1_000), ImmutableMap.of(), ImmutableMap.of(A, gbp(5))).parts().get(1).explanation());
    // A surplus of nothing has nothing to send anywhere.
    assertEquals(share, SurplusRule.mondragon().allocate(gbp(0), ImmutableMap.of(), ImmutableMap.of()).parts().get(1).explanation());
  }

  @Test
  void allocate_weightsInAnotherCurrencyOrNegative_areRefused() {
    assertEquals("paidUpCapital", assertThrows(InvalidValueException.class, () -> SurplusRule.mondragon()
        .allocate(gbp(1_000), ImmutableMap.of(A, Money.ofMinor(100, EUR)), ImmutableMap.of())).field());
    assertEquals("trade", assertThrows(InvalidValueException.class, () -> SurplusRule.mondragon()
        .allocate(gbp(1_000), ImmutableMap.of(), ImmutableMap.of(A, gbp(-1)))).field());
  }

  @Test
  void rule_minimumReservesOutsideZeroToOne_isRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new SurplusRule(ImmutableList.of(), Fraction.of(-1, 10)));
    assertEquals("minimumReserves", e.field());
    assertEquals(Fraction.ONE, new SurplusRule(ImmutableList.of(), Fraction.ONE).minimumReserves());
  }

  @Test
  void parts_sharesOutsideZeroToOne_areRefused() {
    Fraction over = Fraction.of(3, 2);
    assertEquals("share", assertThrows(InvalidValueException.class, () -> new SurplusPart.ToFund("reserves", Fund.OTHER, over)).field());
    assertEquals("share", assertThrows(InvalidValueException.class, () -> new SurplusPart.Patronage("dividend", over)).field());
    assertEquals("share", assertThrows(InvalidValueException.class,
        () -> new SurplusPart.Patronage("dividend", Fraction.of(-1, 10))).field());
    assertEquals("maxShare", assertThrows(InvalidValueException.class,
        () -> new SurplusPart.CapitalInterest("interest", Fraction.ZERO, Fraction.ZERO, over)).field());
    assertEquals("rate", assertThrows(InvalidValueException.class,
        () -> new SurplusPart.CapitalInterest("interest", Fraction.of(-1, 100), Fraction.percent("5"), Fraction.ONE)).field());
    assertEquals(Fraction.ONE, new SurplusPart.Patronage("dividend", Fraction.ONE).maxShare());
  }

  @Test
  void allocation_partsNotAddingUp_areRefused() {
    SurplusAllocation.Part reserves = new SurplusAllocation.Part("reserves", Fund.INDIVISIBLE_RESERVES, Fraction.of(99), gbp(99),
        ImmutableMap.of(), "all");
    assertEquals("parts", assertThrows(InvalidValueException.class,
        () -> new SurplusAllocation(gbp(100), ImmutableList.of(reserves))).field());
    assertEquals(gbp(99), new SurplusAllocation(gbp(99), ImmutableList.of(reserves)).toFund(Fund.INDIVISIBLE_RESERVES));
    assertEquals("amount", assertThrows(InvalidValueException.class, () -> new SurplusAllocation.Part("loss", Fund.OTHER,
        Fraction.of(-1), gbp(-1), ImmutableMap.of(), "")).field());
    // Members' amounts: none negative, even where they add up, and adding up to the part.
    assertEquals("members", assertThrows(InvalidValueException.class, () -> new SurplusAllocation.Part("dividend", null,
        Fraction.ZERO, gbp(0), ImmutableMap.of(A, gbp(-1), B, gbp(1)), "")).field());
    assertEquals("members", assertThrows(InvalidValueException.class, () -> new SurplusAllocation.Part("dividend", null,
        Fraction.of(2), gbp(2), ImmutableMap.of(A, gbp(1)), "")).field());
  }
}
