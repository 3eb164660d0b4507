package org.commonweal.governance.shares;

import static org.commonweal.governance.shares.ShareLedgerTest.D0;
import static org.commonweal.governance.shares.ShareLedgerTest.D1;
import static org.commonweal.governance.shares.ShareLedgerTest.D2;
import static org.commonweal.governance.shares.ShareLedgerTest.D3;
import static org.commonweal.governance.shares.ShareLedgerTest.GBP;
import static org.commonweal.governance.shares.ShareLedgerTest.INVESTOR;
import static org.commonweal.governance.shares.ShareLedgerTest.ORDINARY;
import static org.commonweal.governance.shares.ShareLedgerTest.id;
import static org.commonweal.governance.shares.ShareLedgerTest.investor;
import static org.commonweal.governance.shares.ShareLedgerTest.ordinary;
import static org.commonweal.governance.shares.ShareLedgerTest.supporters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.Register;
import org.junit.jupiter.api.Test;

/**
 * A ledger restored from stored parts (holdings, pending notices, the next notice number, the journal) is
 * the ledger that was stored, and parts that no ledger could have produced are refused, each at its limit.
 */
class ShareLedgerRestoreTest {

  /**
   * Two supporters with one ordinary share each (#1, #2), 10 investor shares issued to M-0001 (#3, the
   * relative limit's floor), and M-0001's notice of withdrawal of its one ordinary share (request #1).
   */
  private static ShareLedger stored() {
    return supporters("M-0001", "M-0002")
        .issue(id("M-0001"), INVESTOR, 10, D1)
        .flatMap(l -> l.requestWithdrawal(id("M-0001"), ORDINARY, 1, D2))
        .orElseThrow();
  }

  private static Map<MemberId, Map<ShareClassId, Long>> holdingsOf(ShareLedger l) {
    Map<MemberId, Map<ShareClassId, Long>> held = new TreeMap<>();
    for (Holding h : l.holdings()) {
      held.computeIfAbsent(h.member(), m -> new TreeMap<>()).put(h.shareClass(), h.shares());
    }
    return held;
  }

  private static ShareLedger restore(
      Register register,
      Map<MemberId, ? extends Map<ShareClassId, Long>> holdings,
      List<WithdrawalRequest> pending,
      int next,
      List<ShareTransaction> journal) {
    return ShareLedger.restore(
        register, List.of(ordinary(), investor()), StatutoryCap.ukRegisteredSociety(), holdings, pending, next, journal);
  }

  private static InvalidValueException refused(
      Register register,
      Map<MemberId, ? extends Map<ShareClassId, Long>> holdings,
      List<WithdrawalRequest> pending,
      int next,
      List<ShareTransaction> journal) {
    return assertThrows(InvalidValueException.class, () -> restore(register, holdings, pending, next, journal));
  }

  @Test
  void restore_aLedgersOwnParts_isThatLedger() {
    ShareLedger l = stored();
    ShareLedger back = restore(l.register(), holdingsOf(l), l.pendingWithdrawals(), l.nextWithdrawalNumber(), l.transactions());
    assertEquals(l, back);
    // The issued totals are recomputed from the holdings: 2 ordinary at GBP 1 and 10 investor at GBP 10.
    assertEquals(2, back.issuedShares(ORDINARY));
    assertEquals(10, back.issuedShares(INVESTOR));
    assertEquals(Money.ofMajor(102, GBP), back.issuedCapital());
    assertEquals(1, back.held(id("M-0002"), ORDINARY));
    assertEquals(2, back.nextWithdrawalNumber());
    assertEquals(3, back.transactions().size());
    // The restored ledger goes on as the stored one would: the notice still reserves M-0001's one share.
    assertTrue(ShareRejectionCode.INSUFFICIENT_SHARES.matches(back.requestWithdrawal(id("M-0001"), ORDINARY, 1, D3)));
    assertEquals(2, back.requestWithdrawal(id("M-0002"), ORDINARY, 1, D3).orElseThrow().pendingWithdrawals().get(1).number());
  }

  @Test
  void restore_holderNotInTheRegister_isRefused() {
    ShareLedger l = stored();
    Map<MemberId, Map<ShareClassId, Long>> held = holdingsOf(l);
    held.put(id("M-0099"), Map.of(ORDINARY, 1L));
    InvalidValueException e = refused(l.register(), held, List.of(), 2, List.of());
    assertEquals("holdings", e.field());
    assertEquals("M-0099 holds shares but is not a current or suspended member of the register", e.getMessage());
  }

  @Test
  void restore_holderWhoCeased_isRefused_holderSuspended_isNot() {
    ShareLedger ceased = stored().cease(id("M-0002"), D3, "resigned").orElseThrow();
    Map<MemberId, Map<ShareClassId, Long>> held = holdingsOf(ceased);
    held.put(id("M-0002"), Map.of(ORDINARY, 1L));
    InvalidValueException e = refused(ceased.register(), held, List.of(), 2, List.of());
    assertEquals("M-0002 holds shares but is not a current or suspended member of the register", e.getMessage());

    ShareLedger suspended = stored().updateMembership(r -> r.suspend(id("M-0002"), D3, "arrears")).orElseThrow();
    assertEquals(1, restore(suspended.register(), holdingsOf(suspended), List.of(), 2, List.of()).held(id("M-0002"), ORDINARY));
  }

  @Test
  void restore_emptyHolding_isRefused() {
    ShareLedger l = stored();
    Map<MemberId, Map<ShareClassId, Long>> held = holdingsOf(l);
    held.put(id("M-0002"), Map.of());
    InvalidValueException e = refused(l.register(), held, List.of(), 2, List.of());
    assertEquals("holdings", e.field());
    assertEquals("M-0002 has an empty holding", e.getMessage());
  }

  @Test
  void restore_holdingOfNoShares_isRefused_oneShareIsTheLeast() {
    ShareLedger l = stored();
    Map<MemberId, Map<ShareClassId, Long>> held = holdingsOf(l);
    held.put(id("M-0002"), Map.of(ORDINARY, 0L));
    InvalidValueException e = refused(l.register(), held, List.of(), 2, List.of());
    assertEquals("0", e.value());
    assertEquals("M-0002 holds 0 ordinary shares; a holding must be at least 1", e.getMessage());
  }

  @Test
  void restore_holdingOfAnUnknownClass_isRefused() {
    ShareLedger l = stored();
    Map<MemberId, Map<ShareClassId, Long>> held = holdingsOf(l);
    held.put(id("M-0002"), Map.of(ShareClassId.of("founder"), 1L));
    InvalidValueException e = refused(l.register(), held, List.of(), 2, List.of());
    assertEquals("shareClass", e.field());
  }

  @Test
  void restore_nextWithdrawalNumberZero_isRefused() {
    ShareLedger l = stored();
    InvalidValueException e = refused(l.register(), holdingsOf(l), List.of(), 0, List.of());
    assertEquals("nextWithdrawalNumber (0) must be at least 1", e.getMessage());
    assertEquals(1, restore(l.register(), holdingsOf(l), List.of(), 1, List.of()).nextWithdrawalNumber());
  }

  @Test
  void restore_requestNumberedAtTheNextNumber_isRefused() {
    ShareLedger l = stored();
    WithdrawalRequest r = l.pendingWithdrawals().get(0);
    InvalidValueException e = refused(l.register(), holdingsOf(l), List.of(r), 1, List.of());
    assertEquals("pendingWithdrawals", e.field());
    assertEquals("withdrawal request 1 is not numbered below the next number 1", e.getMessage());
  }

  @Test
  void restore_requestTwice_isRefused() {
    ShareLedger l = stored();
    WithdrawalRequest r = l.pendingWithdrawals().get(0);
    InvalidValueException e = refused(l.register(), holdingsOf(l), List.of(r, r), 2, List.of());
    assertEquals("withdrawal request 1 appears twice", e.getMessage());
  }

  @Test
  void restore_requestsForMoreThanHeld_areRefused_exactlyAllHeldIsNot() {
    // M-0001 holds 10 investor shares: notices of 7 and 3 reserve all of them; 4 more is one too many.
    ShareLedger l = stored();
    WithdrawalRequest seven = WithdrawalRequest.of(1, id("M-0001"), INVESTOR, 7, D2, D2);
    WithdrawalRequest three = WithdrawalRequest.of(2, id("M-0001"), INVESTOR, 3, D2, D2);
    WithdrawalRequest four = WithdrawalRequest.of(2, id("M-0001"), INVESTOR, 4, D2, D2);
    ShareLedger all = restore(l.register(), holdingsOf(l), List.of(seven, three), 3, List.of());
    assertEquals(List.of(seven, three), all.pendingWithdrawals());
    InvalidValueException e = refused(l.register(), holdingsOf(l), List.of(seven, four), 3, List.of());
    assertEquals("pendingWithdrawals", e.field());
    assertEquals("withdrawal requests of 11 investor shares by M-0001 exceed the 10 held", e.getMessage());
  }

  @Test
  void restore_requestByAMemberHoldingNothing_isRefused() {
    ShareLedger l = stored();
    Map<MemberId, Map<ShareClassId, Long>> held = holdingsOf(l);
    held.remove(id("M-0002"));
    WithdrawalRequest r = WithdrawalRequest.of(1, id("M-0002"), ORDINARY, 1, D2, D2);
    InvalidValueException e = refused(l.register(), held, List.of(r), 2, List.of());
    assertEquals("withdrawal requests of 1 ordinary shares by M-0002 exceed the 0 held", e.getMessage());
    // ... and one holding nothing of that class.
    WithdrawalRequest investor = WithdrawalRequest.of(1, id("M-0002"), INVESTOR, 1, D2, D2);
    assertEquals(
        "withdrawal requests of 1 investor shares by M-0002 exceed the 0 held",
        refused(l.register(), holdingsOf(l), List.of(investor), 2, List.of()).getMessage());
  }

  @Test
  void restore_journalNumberedOutOfSequence_isRefusedNamingThePlace() {
    ShareLedger l = stored();
    List<ShareTransaction> journal = new ArrayList<>(l.transactions());
    ShareTransaction second = journal.get(1);
    journal.set(1, ShareTransaction.builder().from(second).number(3).build());
    InvalidValueException e = refused(l.register(), holdingsOf(l), l.pendingWithdrawals(), 2, journal);
    assertEquals("transactions", e.field());
    assertEquals("3", e.value());
    assertEquals("transaction 2 is numbered 3", e.getMessage());
  }

  @Test
  void restore_journalDatedBackwards_isRefused_sameDateIsNot() {
    ShareLedger l = stored();
    List<ShareTransaction> journal = new ArrayList<>(l.transactions());
    // #1 and #2 share a date (D0); #3 is moved to the day before them.
    assertEquals(D0, journal.get(0).date());
    assertEquals(D0, journal.get(1).date());
    journal.set(2, ShareTransaction.builder().from(journal.get(2)).date(D0.minusDays(1)).build());
    InvalidValueException e = refused(l.register(), holdingsOf(l), l.pendingWithdrawals(), 2, journal);
    assertEquals("transaction 3 is dated before the one before it", e.getMessage());
  }

  @Test
  void restore_journalOfAnUnknownClass_isRefused() {
    ShareLedger l = stored();
    List<ShareTransaction> journal = new ArrayList<>(l.transactions());
    journal.set(2, ShareTransaction.builder().from(journal.get(2)).shareClass(ShareClassId.of("founder")).build());
    assertEquals("shareClass", refused(l.register(), holdingsOf(l), l.pendingWithdrawals(), 2, journal).field());
  }
}
