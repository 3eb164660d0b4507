package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Currency;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.MemberId;
import org.junit.jupiter.api.Test;

/** A line of the journal: its number, its shares, its amount and its parties, each at the limit. */
class ShareTransactionTest {
  static final Currency GBP = Currency.getInstance("GBP");
  static final MemberId ADA = MemberId.of("M-0001");
  static final MemberId BEN = MemberId.of("M-0002");
  static final ShareClassId ORDINARY = ShareClassId.of("ordinary");
  static final LocalDate D1 = LocalDate.of(2026, 1, 31);

  /** An issue of one GBP 1 share, transaction #1. */
  private static ShareTransaction.Builder issue() {
    ShareTransaction.Builder b = ShareTransaction.builder();
    b.number(1).date(D1).kind(ShareTransaction.Kind.ISSUE).member(ADA).shareClass(ORDINARY).shares(1).amount(Money.ofMajor(1, GBP));
    return b;
  }

  @Test
  void build_firstNumberOneShareAndNoMoney_isAccepted() {
    // A forfeited holding is cancelled at GBP 0: zero is an amount a journal line may carry.
    ShareTransaction t = issue().kind(ShareTransaction.Kind.CANCELLATION).amount(Money.zero(GBP)).build();
    assertEquals(1, t.number());
    assertEquals(1, t.shares());
    assertEquals(Money.zero(GBP), t.amount());
  }

  @Test
  void build_numberZero_isRefusedNamingTheNumber() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> issue().number(0).build());
    assertEquals("number", e.field());
    assertEquals("0", e.value());
    assertEquals("transaction number 0 must be at least 1", e.getMessage());
  }

  @Test
  void build_zeroShares_isRefusedNamingTheShares() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> issue().shares(0).build());
    assertEquals("shares", e.field());
    assertEquals("a transaction of 0 shares must be of at least 1", e.getMessage());
  }

  @Test
  void build_negativeAmount_isRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> issue().amount(Money.ofMinor(-1, GBP)).build());
    assertEquals("amount", e.field());
    assertEquals("transaction amount -0.01 GBP must not be negative", e.getMessage());
  }

  @Test
  void build_transferToTheSameMember_isRefused() {
    ShareTransaction.Builder toSelf = issue().kind(ShareTransaction.Kind.TRANSFER).counterparty(ADA);
    InvalidValueException e = assertThrows(InvalidValueException.class, toSelf::build);
    assertEquals("counterparty", e.field());
    assertEquals("a transfer from M-0001 to itself", e.getMessage());
    assertEquals(BEN, issue().kind(ShareTransaction.Kind.TRANSFER).counterparty(BEN).build().counterparty().orElseThrow());
  }
}
