package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Currency;
import java.util.Map;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.shares.Money;
import org.junit.jupiter.api.Test;

/** The README's surplus example, as written there. */
class SurplusReadmeExampleTest {

  @Test
  void readmeExample_mondragonOnAPennyThatDoesNotDivide_addsUpToTheSurplus() {
    Currency gbp = Currency.getInstance("GBP");
    MemberId ana = MemberId.of("ana");
    MemberId ben = MemberId.of("ben");
    SurplusAllocation a =
        SurplusRule.mondragon()
            .allocate(
                Money.parse("1000.01 GBP"),
                Map.of(), // no interest part in this rule
                Map.of(ana, Money.ofMajor(100, gbp), ben, Money.ofMajor(200, gbp))); // trade
    // 45% of 1,000.01 is 450.0045: 450.00 shared 1:2, the pennies of rounding to reserves.
    assertEquals(Money.parse("150.00 GBP"), a.toMember(ana));
    assertEquals(Money.parse("300.00 GBP"), a.toMember(ben));
    assertEquals(Money.parse("100.00 GBP"), a.toFund(Fund.SOCIAL_FUND));
    assertEquals(Money.parse("450.01 GBP"), a.toFund(Fund.INDIVISIBLE_RESERVES));
  }
}
