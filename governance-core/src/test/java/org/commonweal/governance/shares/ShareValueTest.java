package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Currency;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class ShareValueTest {
  static final Currency GBP = Currency.getInstance("GBP");
  static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void paidUpOn_multipliesTheAmountPaidUpNotTheNominalValue() {
    ShareValue partly = ShareValue.of(Money.ofMajor(1, GBP), Money.ofMinor(25, GBP));
    assertEquals(Money.ofMajor(100, GBP), partly.paidUpOn(400));
    assertEquals(Money.zero(GBP), partly.paidUpOn(0));
    assertEquals("1.00 GBP (0.25 GBP paid up)", partly.toString());
    assertEquals("1.00 GBP (fully paid)", ShareValue.fullyPaid(Money.ofMajor(1, GBP)).toString());
  }

  @Test
  void of_refusesAnAmountPaidUpOutsideZeroToNominal() {
    Money pound = Money.ofMajor(1, GBP);
    assertEquals(Money.zero(GBP), ShareValue.of(pound, Money.zero(GBP)).paidUp());
    assertEquals(pound, ShareValue.of(pound, pound).paidUp());
    assertThrows(InvalidValueException.class, () -> ShareValue.of(pound, Money.ofMinor(101, GBP)));
    assertThrows(InvalidValueException.class, () -> ShareValue.of(pound, Money.ofMinor(50, EUR)));
    assertThrows(InvalidValueException.class, () -> ShareValue.of(Money.zero(GBP), Money.zero(GBP)));
    assertThrows(InvalidValueException.class, () -> ShareValue.of(pound, Money.zero(GBP)).paidUpOn(-1));
  }

  @Test
  void shareClass_paidUpPerShare_defaultsToFullyPaidAndStaysWithinThePar() {
    ShareClass full = ShareClassTest.membership().build();
    assertEquals(full.parValue(), full.paidUpPerShare());
    ShareClass partly = ShareClassTest.membership().paidUpPerShare(Money.ofMinor(40, GBP)).build();
    assertEquals(ShareValue.of(Money.ofMajor(1, GBP), Money.ofMinor(40, GBP)), partly.shareValue());
    assertThrows(InvalidValueException.class,
        () -> ShareClassTest.membership().paidUpPerShare(Money.ofMinor(101, GBP)).build());
  }
}
