package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.MemberId;
import org.junit.jupiter.api.Test;

/** A notice of withdrawal: numbered from 1, of at least one share, payable no earlier than it was given. */
class WithdrawalRequestTest {
  static final MemberId ADA = MemberId.of("M-0001");
  static final ShareClassId ORDINARY = ShareClassId.of("ordinary");
  static final LocalDate D1 = LocalDate.of(2026, 1, 31);

  @Test
  void of_firstRequestOfOneSharePayableAtOnce_isAccepted() {
    // A class with no notice period is payable on the day the notice is given.
    WithdrawalRequest r = WithdrawalRequest.of(1, ADA, ORDINARY, 1, D1, D1);
    assertEquals(1, r.number());
    assertEquals(1, r.shares());
    assertEquals(D1, r.payableFrom());
  }

  @Test
  void of_numberZero_isRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> WithdrawalRequest.of(0, ADA, ORDINARY, 1, D1, D1));
    assertEquals("number", e.field());
    assertEquals("withdrawal request number 0 must be at least 1", e.getMessage());
  }

  @Test
  void of_zeroShares_isRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> WithdrawalRequest.of(1, ADA, ORDINARY, 0, D1, D1));
    assertEquals("shares", e.field());
    assertEquals("a withdrawal of 0 shares must be of at least 1", e.getMessage());
  }

  @Test
  void of_payableTheDayBeforeTheRequest_isRefused() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> WithdrawalRequest.of(1, ADA, ORDINARY, 1, D1, D1.minusDays(1)));
    assertEquals("payableFrom", e.field());
    assertEquals("withdrawal payable from 2026-01-30 is before its request on 2026-01-31", e.getMessage());
  }
}
