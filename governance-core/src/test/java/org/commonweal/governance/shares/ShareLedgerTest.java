package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MemberKind;
import org.commonweal.governance.membership.MemberStatus;
import org.commonweal.governance.membership.MembershipRejectionCode;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.junit.jupiter.api.Test;

/**
 * Examples on a community benefit society registered in Great Britain with residents, supporters and
 * member organisations, ordinary shares (GBP 1, withdrawable after three months' notice, one needed to be
 * a member) and investor shares (GBP 10, transferable, for supporters and organisations, at most 500 and
 * at most a quarter of those issued once a holding exceeds 10).
 */
class ShareLedgerTest {
  static final Currency GBP = Currency.getInstance("GBP");
  static final ClassId RESIDENTS = ClassId.of("residents");
  static final ClassId SUPPORTERS = ClassId.of("supporters");
  static final ClassId ORGANISATIONS = ClassId.of("organisations");
  static final String AREA = "the area of benefit";
  static final ShareClassId ORDINARY = ShareClassId.of("ordinary");
  static final ShareClassId INVESTOR = ShareClassId.of("investor");
  static final LocalDate D0 = LocalDate.of(2026, 1, 5);
  static final LocalDate D1 = LocalDate.of(2026, 1, 31);
  static final LocalDate D2 = LocalDate.of(2026, 4, 30);
  static final LocalDate D3 = LocalDate.of(2026, 9, 1);

  static MembershipRules rules() {
    return MembershipRules.of(
        ClassPolicy.ONE_CLASS,
        StakeholderClass.of(RESIDENTS, "Residents", Eligibility.residentIn(AREA)),
        StakeholderClass.of(SUPPORTERS, "Supporters", Eligibility.always()),
        StakeholderClass.of(ORGANISATIONS, "Member organisations", Eligibility.memberOrganisation()));
  }

  static ShareClass ordinary() {
    return ShareClass.builder()
        .id(ORDINARY)
        .name("Ordinary share")
        .parValue(Money.ofMajor(1, GBP))
        .withdrawable(true)
        .transferable(false)
        .voting(true)
        .addHolders(RESIDENTS, SUPPORTERS, ORGANISATIONS)
        .limits(ShareLimits.builder().toBeMember(1).build())
        .withdrawalNotice(Period.ofMonths(3))
        .build();
  }

  static ShareClass investor() {
    return ShareClass.builder()
        .id(INVESTOR)
        .name("Investor share")
        .parValue(Money.ofMajor(10, GBP))
        .withdrawable(false)
        .transferable(true)
        .voting(false)
        .maxInterestRate(Fraction.of(4, 100))
        .addHolders(SUPPORTERS, ORGANISATIONS)
        .limits(ShareLimits.builder().maxPerMember(500).maxFractionOfIssued(Fraction.of(1, 4)).relativeFloor(10).build())
        .build();
  }

  static ShareLedger empty(StatutoryCap cap) {
    return ShareLedger.of(Register.empty(rules()), List.of(ordinary(), investor()), cap);
  }

  static Application application(String id, ClassId c, MemberKind kind) {
    Facts facts = c.equals(RESIDENTS) ? Facts.builder().addAreasOfResidence(AREA).build() : Facts.none();
    return Application.builder().id(MemberId.of(id)).name("Member " + id).kind(kind).addClasses(c).facts(facts).build();
  }

  /** Admits each id as an individual supporter with one ordinary share on D0. */
  static ShareLedger supporters(String... ids) {
    ShareLedger l = empty(StatutoryCap.ukRegisteredSociety());
    for (String id : ids) {
      l = l.admit(application(id, SUPPORTERS, MemberKind.INDIVIDUAL), ORDINARY, 1, D0).orElseThrow();
    }
    return l;
  }

  static MemberId id(String s) {
    return MemberId.of(s);
  }

  static void assertRejected(ShareRejectionCode code, Outcome<ShareLedger> out) {
    assertTrue(code.matches(out), () -> "expected " + code + " but was " + out);
  }

  static void assertRejected(MembershipRejectionCode code, Outcome<ShareLedger> out) {
    assertTrue(code.matches(out), () -> "expected " + code + " but was " + out);
  }

  // --- admission and issue --------------------------------------------------------------------

  @Test
  void admitWithShares_admitsIssuesAndRecords() {
    ShareLedger l = supporters("M-0001");
    assertEquals(1, l.held(id("M-0001"), ORDINARY));
    assertEquals(1, l.issuedShares(ORDINARY));
    assertEquals(Money.ofMajor(1, GBP), l.issuedCapital());
    ShareTransaction t = l.transactions().get(0);
    assertEquals(ShareTransaction.Kind.ISSUE, t.kind());
    assertEquals(1, t.number());
    assertEquals(D0, t.date());
    assertEquals(Money.ofMajor(1, GBP), t.amount());
    assertTrue(l.flags().isEmpty());
  }

  @Test
  void admitWithShares_issueRefused_neitherHappens() {
    ShareLedger l = supporters("M-0001");
    Outcome<ShareLedger> out = l.admit(application("M-0002", RESIDENTS, MemberKind.INDIVIDUAL), INVESTOR, 5, D1);
    assertRejected(ShareRejectionCode.NOT_ELIGIBLE_TO_HOLD, out);
    assertFalse(l.register().contains(id("M-0002")));
  }

  @Test
  void admit_withoutShares_isFlaggedBelowTheMembershipHolding() {
    ShareLedger l = supporters().admit(application("M-0001", SUPPORTERS, MemberKind.INDIVIDUAL), D0).orElseThrow();
    LedgerFlag flag = l.flags().get(0);
    assertEquals(LedgerFlag.Code.BELOW_MEMBERSHIP_HOLDING, flag.code());
    assertEquals(0, flag.held());
    assertEquals(1, flag.threshold());
    assertEquals(List.of(flag), l.flagsOf(id("M-0001")));
  }

  @Test
  void issue_unknownShareClass_UNKNOWN_SHARE_CLASS() {
    assertRejected(ShareRejectionCode.UNKNOWN_SHARE_CLASS, supporters("M-0001").issue(id("M-0001"), ShareClassId.of("bonds"), 1, D1));
  }

  @Test
  void issue_unknownMember_UNKNOWN_MEMBER() {
    assertRejected(MembershipRejectionCode.UNKNOWN_MEMBER, supporters("M-0001").issue(id("M-0404"), ORDINARY, 1, D1));
  }

  @Test
  void issue_ceasedMember_MEMBER_CEASED() {
    ShareLedger l = supporters("M-0001").cease(id("M-0001"), D1, "resigned").orElseThrow();
    assertRejected(MembershipRejectionCode.MEMBER_CEASED, l.issue(id("M-0001"), ORDINARY, 1, D2));
  }

  @Test
  void issueOrTransfer_suspendedMember_MEMBER_SUSPENDED() {
    ShareLedger l =
        supporters("M-0001", "M-0002")
            .issue(id("M-0002"), INVESTOR, 5, D0)
            .flatMap(x -> x.updateMembership(r -> r.suspend(id("M-0001"), D1, "arrears")))
            .orElseThrow();
    assertRejected(MembershipRejectionCode.MEMBER_SUSPENDED, l.issue(id("M-0001"), ORDINARY, 1, D2));
    assertRejected(MembershipRejectionCode.MEMBER_SUSPENDED, l.transfer(id("M-0002"), id("M-0001"), INVESTOR, 1, D2));
  }

  @Test
  void issue_datedBeforeTheLatestTransaction_DATE_OUT_OF_ORDER() {
    ShareLedger l = supporters("M-0001", "M-0002").issue(id("M-0001"), ORDINARY, 5, D2).orElseThrow();
    Outcome<ShareLedger> out = l.issue(id("M-0002"), ORDINARY, 5, D1);
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, out);
    assertEquals(D2.toString(), out.rejection().facts().get("latest"));
  }

  @Test
  void issue_datedBeforeTheMembersAdmission_DATE_OUT_OF_ORDER() {
    ShareLedger l = supporters().admit(application("M-0001", SUPPORTERS, MemberKind.INDIVIDUAL), D2).orElseThrow();
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, l.issue(id("M-0001"), ORDINARY, 1, D1));
  }

  @Test
  void issue_toAClassThatMayNotHoldIt_NOT_ELIGIBLE_TO_HOLD() {
    ShareLedger l = empty(StatutoryCap.ukRegisteredSociety()).admit(application("M-0001", RESIDENTS, MemberKind.INDIVIDUAL), D0).orElseThrow();
    Outcome<ShareLedger> out = l.issue(id("M-0001"), INVESTOR, 1, D1);
    assertRejected(ShareRejectionCode.NOT_ELIGIBLE_TO_HOLD, out);
    assertEquals("[organisations, supporters]", out.rejection().facts().get("holders"));
  }

  @Test
  void issue_overTheAbsoluteLimit_OVER_ABSOLUTE_LIMIT() {
    // Investor shares limited to 500 per member, with no relative limit.
    ShareClass capped = ShareClass.builder().from(investor()).limits(ShareLimits.builder().maxPerMember(500).build()).build();
    ShareLedger l =
        ShareLedger.of(Register.empty(rules()), List.of(ordinary(), capped), StatutoryCap.ukRegisteredSociety())
            .admit(application("M-0001", SUPPORTERS, MemberKind.INDIVIDUAL), INVESTOR, 400, D0)
            .orElseThrow();
    Outcome<ShareLedger> out = l.issue(id("M-0001"), INVESTOR, 101, D1);
    assertRejected(ShareRejectionCode.OVER_ABSOLUTE_LIMIT, out);
    assertEquals("501", out.rejection().facts().get("holding"));
    assertEquals("500", out.rejection().facts().get("limit"));
    assertEquals(500, l.issue(id("M-0001"), INVESTOR, 100, D1).orElseThrow().held(id("M-0001"), INVESTOR));
  }

  @Test
  void issue_overTheRelativeLimitByItsOwnAct_OVER_RELATIVE_LIMIT() {
    // Five supporters hold 10 investor shares each (50 issued). M-0001 may take k more while
    // 10 + k <= floor((50 + k) / 4): k = 3 gives 13 <= 13; k = 4 gives 14 > floor(54 / 4) = 13.
    ShareLedger l = supporters("M-0001", "M-0002", "M-0003", "M-0004", "M-0005");
    for (String m : new String[] {"M-0001", "M-0002", "M-0003", "M-0004", "M-0005"}) {
      l = l.issue(id(m), INVESTOR, 10, D1).orElseThrow();
    }
    assertTrue(l.issue(id("M-0001"), INVESTOR, 3, D1).isAccepted());
    Outcome<ShareLedger> out = l.issue(id("M-0001"), INVESTOR, 4, D1);
    assertRejected(ShareRejectionCode.OVER_RELATIVE_LIMIT, out);
    assertEquals("13", out.rejection().facts().get("limit"));
    assertEquals("54", out.rejection().facts().get("issued"));
  }

  @Test
  void issue_underTheRelativeFloor_isAllowedToTheFirstHolder() {
    // The first holder of a class holds all of it; the floor of 10 shares lets the class start.
    ShareLedger l = supporters("M-0001");
    assertTrue(l.issue(id("M-0001"), INVESTOR, 10, D1).isAccepted());
    assertRejected(ShareRejectionCode.OVER_RELATIVE_LIMIT, l.issue(id("M-0001"), INVESTOR, 11, D1));
  }

  @Test
  void flags_holdingExactlyAtTheRelativeLimit_isNotFlagged() {
    // 10 of 10 issued investor shares: the limit is the floor of 10, which the holding reaches but does not exceed.
    ShareLedger l = supporters("M-0001").issue(id("M-0001"), INVESTOR, 10, D1).orElseThrow();
    assertEquals(10, l.held(id("M-0001"), INVESTOR));
    assertEquals(List.of(), l.flags());
  }

  @Test
  void holdingsOn_transferToAMemberWithNoSharesYet_givesTheReceiverAHolding() {
    // M-0002 is admitted without shares; on D2 it receives 4 of M-0001's investor shares.
    ShareLedger l =
        supporters("M-0001")
            .admit(application("M-0002", SUPPORTERS, MemberKind.INDIVIDUAL), D0)
            .flatMap(x -> x.issue(id("M-0001"), INVESTOR, 10, D1))
            .flatMap(x -> x.transfer(id("M-0001"), id("M-0002"), INVESTOR, 4, D2))
            .orElseThrow();
    assertEquals(
        List.of("M-0001: 1 x ordinary (1.00 GBP)", "M-0001: 6 x investor (60.00 GBP)", "M-0002: 4 x investor (40.00 GBP)"),
        l.holdingsOn(D2).stream().map(Holding::toString).sorted().toList());
    assertEquals(List.of("M-0001: 1 x ordinary (1.00 GBP)", "M-0001: 10 x investor (100.00 GBP)"),
        l.holdingsOn(D1).stream().map(Holding::toString).sorted().toList());
  }

  // --- the statutory cap ----------------------------------------------------------------------

  @Test
  void issue_individualAtTheGbp100000Cap_acceptedThenOneShareMore_OVER_STATUTORY_CAP() {
    // CCBS Act 2014 s.24: GBP 100,000 of withdrawable capital, i.e. 100,000 ordinary shares of GBP 1.
    ShareLedger l = supporters("M-0001").issue(id("M-0001"), ORDINARY, 99_999, D1).orElseThrow();
    assertEquals(Money.ofMajor(100_000, GBP), l.withdrawableCapitalOf(id("M-0001")));
    Outcome<ShareLedger> out = l.issue(id("M-0001"), ORDINARY, 1, D1);
    assertRejected(ShareRejectionCode.OVER_STATUTORY_CAP, out);
    assertEquals("100001.00 GBP", out.rejection().facts().get("withdrawable"));
    assertEquals("100000.00 GBP", out.rejection().facts().get("cap"));
    assertEquals("INDIVIDUAL", out.rejection().facts().get("kind"));
  }

  @Test
  void issue_societyMemberOverGbp100000_isNotCapped() {
    // Community Shares Handbook 3.2.7: the cap does not apply to a member that is a registered society.
    ShareLedger l =
        empty(StatutoryCap.ukRegisteredSociety())
            .admit(application("S-0001", ORGANISATIONS, MemberKind.REGISTERED_SOCIETY), ORDINARY, 250_000, D0)
            .orElseThrow();
    assertEquals(Money.ofMajor(250_000, GBP), l.withdrawableCapitalOf(id("S-0001")));
    assertEquals(250_000, l.issuedShares(ORDINARY));
  }

  @Test
  void issue_companyMemberOverGbp100000_OVER_STATUTORY_CAP() {
    // s.24 exempts only registered societies: a company member is capped like an individual.
    Outcome<ShareLedger> out =
        empty(StatutoryCap.ukRegisteredSociety())
            .admit(application("C-0001", ORGANISATIONS, MemberKind.OTHER_ORGANISATION), ORDINARY, 100_001, D0);
    assertRejected(ShareRejectionCode.OVER_STATUTORY_CAP, out);
  }

  @Test
  void issue_northernIrelandSocietyOverGbp20000_OVER_STATUTORY_CAP() {
    ShareLedger l =
        empty(StatutoryCap.northernIrelandSociety()).admit(application("M-0001", SUPPORTERS, MemberKind.INDIVIDUAL), ORDINARY, 20_000, D0).orElseThrow();
    assertRejected(ShareRejectionCode.OVER_STATUTORY_CAP, l.issue(id("M-0001"), ORDINARY, 1, D1));
  }

  @Test
  void issue_nonWithdrawableShares_doNotCountTowardsTheCap() {
    ShareLedger l = supporters("M-0001").issue(id("M-0001"), ORDINARY, 99_999, D1).orElseThrow();
    ShareLedger more = l.issue(id("M-0001"), INVESTOR, 10, D1).orElseThrow();
    assertEquals(Money.ofMajor(100_000, GBP), more.withdrawableCapitalOf(id("M-0001")));
    assertEquals(Money.ofMajor(100_100, GBP), more.issuedCapital());
  }

  // --- transfer -------------------------------------------------------------------------------

  @Test
  void transfer_movesSharesAndRecordsBothParties() {
    ShareLedger l = supporters("M-0001", "M-0002").issue(id("M-0001"), INVESTOR, 10, D1).orElseThrow();
    ShareLedger after = l.transfer(id("M-0001"), id("M-0002"), INVESTOR, 4, D2).orElseThrow();
    assertEquals(6, after.held(id("M-0001"), INVESTOR));
    assertEquals(4, after.held(id("M-0002"), INVESTOR));
    assertEquals(10, after.issuedShares(INVESTOR));
    ShareTransaction t = after.transactions().get(after.transactions().size() - 1);
    assertEquals(ShareTransaction.Kind.TRANSFER, t.kind());
    assertEquals(Optional.of(id("M-0002")), t.counterparty());
    assertEquals(Money.ofMajor(40, GBP), t.amount());
  }

  @Test
  void transfer_ordinaryShares_NOT_TRANSFERABLE() {
    assertRejected(ShareRejectionCode.NOT_TRANSFERABLE, supporters("M-0001", "M-0002").transfer(id("M-0001"), id("M-0002"), ORDINARY, 1, D1));
  }

  @Test
  void transfer_toOneself_TRANSFER_TO_SELF() {
    assertRejected(ShareRejectionCode.TRANSFER_TO_SELF, supporters("M-0001").transfer(id("M-0001"), id("M-0001"), INVESTOR, 1, D1));
  }

  @Test
  void transfer_moreThanHeld_INSUFFICIENT_SHARES() {
    ShareLedger l = supporters("M-0001", "M-0002").issue(id("M-0001"), INVESTOR, 10, D1).orElseThrow();
    Outcome<ShareLedger> out = l.transfer(id("M-0001"), id("M-0002"), INVESTOR, 11, D2);
    assertRejected(ShareRejectionCode.INSUFFICIENT_SHARES, out);
    assertEquals("10", out.rejection().facts().get("available"));
  }

  @Test
  void transfer_toAResident_NOT_ELIGIBLE_TO_HOLD() {
    ShareLedger l =
        supporters("M-0001")
            .issue(id("M-0001"), INVESTOR, 10, D0)
            .flatMap(x -> x.admit(application("M-0002", RESIDENTS, MemberKind.INDIVIDUAL), ORDINARY, 1, D1))
            .orElseThrow();
    assertRejected(ShareRejectionCode.NOT_ELIGIBLE_TO_HOLD, l.transfer(id("M-0001"), id("M-0002"), INVESTOR, 1, D2));
  }

  // --- withdrawal -----------------------------------------------------------------------------

  @Test
  void completeWithdrawal_beforeThreeMonthsNotice_NOTICE_NOT_EXPIRED_thenCompletes() {
    // Notice given on 31 January; three months later is 30 April (April has no 31st).
    ShareLedger l = supporters("M-0001").issue(id("M-0001"), ORDINARY, 99, D0).orElseThrow();
    ShareLedger requested = l.requestWithdrawal(id("M-0001"), ORDINARY, 40, D1).orElseThrow();
    WithdrawalRequest r = requested.pendingWithdrawals().get(0);
    assertEquals(1, r.number());
    assertEquals(LocalDate.of(2026, 4, 30), r.payableFrom());
    assertEquals(100, requested.held(id("M-0001"), ORDINARY));
    assertEquals(2, requested.nextWithdrawalNumber());

    Outcome<ShareLedger> early = requested.completeWithdrawal(1, LocalDate.of(2026, 4, 29));
    assertRejected(ShareRejectionCode.NOTICE_NOT_EXPIRED, early);
    assertEquals("2026-04-30", early.rejection().facts().get("payableFrom"));

    ShareLedger done = requested.completeWithdrawal(1, LocalDate.of(2026, 4, 30)).orElseThrow();
    assertEquals(60, done.held(id("M-0001"), ORDINARY));
    assertEquals(60, done.issuedShares(ORDINARY));
    assertTrue(done.pendingWithdrawals().isEmpty());
    ShareTransaction t = done.transactions().get(done.transactions().size() - 1);
    assertEquals(ShareTransaction.Kind.WITHDRAWAL, t.kind());
    assertEquals(Money.ofMajor(40, GBP), t.amount());
  }

  @Test
  void requestWithdrawal_investorShares_NOT_WITHDRAWABLE() {
    ShareLedger l = supporters("M-0001").issue(id("M-0001"), INVESTOR, 5, D0).orElseThrow();
    assertRejected(ShareRejectionCode.NOT_WITHDRAWABLE, l.requestWithdrawal(id("M-0001"), INVESTOR, 1, D1));
  }

  @Test
  void requestWithdrawal_sharesAlreadyUnderNotice_INSUFFICIENT_SHARES() {
    ShareLedger l =
        supporters("M-0001").issue(id("M-0001"), ORDINARY, 99, D0).flatMap(x -> x.requestWithdrawal(id("M-0001"), ORDINARY, 60, D1)).orElseThrow();
    Outcome<ShareLedger> out = l.requestWithdrawal(id("M-0001"), ORDINARY, 41, D1);
    assertRejected(ShareRejectionCode.INSUFFICIENT_SHARES, out);
    assertEquals("40", out.rejection().facts().get("available"));
    assertEquals("60", out.rejection().facts().get("pending"));
    assertTrue(l.requestWithdrawal(id("M-0001"), ORDINARY, 40, D1).isAccepted());
  }

  @Test
  void completeWithdrawal_noSuchRequest_UNKNOWN_WITHDRAWAL_REQUEST() {
    assertRejected(ShareRejectionCode.UNKNOWN_WITHDRAWAL_REQUEST, supporters("M-0001").completeWithdrawal(7, D2));
  }

  @Test
  void completeWithdrawal_ofTheMembershipShare_flagsTheMemberRatherThanCeasing() {
    ShareLedger l =
        supporters("M-0001").requestWithdrawal(id("M-0001"), ORDINARY, 1, D1).flatMap(x -> x.completeWithdrawal(1, D2)).orElseThrow();
    assertEquals(MemberStatus.ADMITTED, l.register().member(id("M-0001")).orElseThrow().status());
    assertEquals(List.of(LedgerFlag.Code.BELOW_MEMBERSHIP_HOLDING), l.flags().stream().map(LedgerFlag::code).toList());
  }

  // --- flags ----------------------------------------------------------------------------------

  @Test
  void cessationOfOthers_flagsAHoldingOverTheRelativeLimit() {
    // From the example above: M-0001 holds 13 of 53 investor shares. When M-0002 ceases, its 10 are
    // cancelled: 13 of 43, and floor(43 / 4) = 10 < 13.
    ShareLedger l = supporters("M-0001", "M-0002", "M-0003", "M-0004", "M-0005");
    for (String m : new String[] {"M-0001", "M-0002", "M-0003", "M-0004", "M-0005"}) {
      l = l.issue(id(m), INVESTOR, 10, D1).orElseThrow();
    }
    l = l.issue(id("M-0001"), INVESTOR, 3, D1).flatMap(x -> x.cease(id("M-0002"), D2, "resigned")).orElseThrow();
    LedgerFlag flag = l.flags().get(0);
    assertEquals(LedgerFlag.Code.OVER_RELATIVE_LIMIT, flag.code());
    assertEquals(id("M-0001"), flag.member());
    assertEquals(13, flag.held());
    assertEquals(10, flag.threshold());
    assertEquals(13, l.held(id("M-0001"), INVESTOR));
  }

  @Test
  void changeOfClass_flagsSharesHeldOutsideTheClass() {
    ShareLedger l = supporters("M-0001").issue(id("M-0001"), INVESTOR, 5, D0).orElseThrow();
    Facts resident = Facts.builder().addAreasOfResidence(AREA).build();
    ShareLedger moved = l.updateMembership(r -> r.changeClass(id("M-0001"), RESIDENTS, resident, D1)).orElseThrow();
    assertEquals(List.of(LedgerFlag.Code.HELD_OUTSIDE_CLASS), moved.flags().stream().map(LedgerFlag::code).toList());
    assertEquals(5, moved.held(id("M-0001"), INVESTOR));
  }

  // --- cessation ------------------------------------------------------------------------------

  @Test
  void cease_cancelsEverySharesAndDropsPendingWithdrawals() {
    ShareLedger l =
        supporters("M-0001", "M-0002")
            .issue(id("M-0001"), ORDINARY, 49, D0)
            .flatMap(x -> x.issue(id("M-0001"), INVESTOR, 7, D0))
            .flatMap(x -> x.requestWithdrawal(id("M-0001"), ORDINARY, 20, D1))
            .orElseThrow();
    ShareLedger ceased = l.cease(id("M-0001"), D2, "died").orElseThrow();
    assertEquals(MemberStatus.CEASED, ceased.register().member(id("M-0001")).orElseThrow().status());
    assertTrue(ceased.holdingsOf(id("M-0001")).isEmpty());
    assertTrue(ceased.pendingWithdrawals().isEmpty());
    assertEquals(1, ceased.issuedShares(ORDINARY));
    assertEquals(0, ceased.issuedShares(INVESTOR));
    List<ShareTransaction> cancelled = ceased.transactions().subList(l.transactions().size(), ceased.transactions().size());
    assertEquals(2, cancelled.size());
    // In share class id order. Investor shares are not withdrawable: forfeited. Ordinary shares are:
    // repayable at par, all 50 of them including the 20 under notice.
    assertEquals(INVESTOR, cancelled.get(0).shareClass());
    assertEquals(Money.zero(GBP), cancelled.get(0).amount());
    assertEquals(ORDINARY, cancelled.get(1).shareClass());
    assertEquals(50, cancelled.get(1).shares());
    assertEquals(Money.ofMajor(50, GBP), cancelled.get(1).amount());
    assertEquals(ShareTransaction.Kind.CANCELLATION, cancelled.get(1).kind());
    assertEquals(D2, cancelled.get(1).date());
    assertEquals("died", cancelled.get(0).note());
    assertTrue(ceased.flags().isEmpty());
  }

  @Test
  void cease_datedBeforeTheLatestTransaction_DATE_OUT_OF_ORDER() {
    ShareLedger l = supporters("M-0001", "M-0002").issue(id("M-0002"), ORDINARY, 1, D2).orElseThrow();
    assertRejected(MembershipRejectionCode.DATE_OUT_OF_ORDER, l.cease(id("M-0001"), D1, "resigned"));
  }

  @Test
  void cease_unknownOrCeased() {
    ShareLedger l = supporters("M-0001").cease(id("M-0001"), D1, "resigned").orElseThrow();
    assertRejected(MembershipRejectionCode.MEMBER_CEASED, l.cease(id("M-0001"), D2, "again"));
    assertRejected(MembershipRejectionCode.UNKNOWN_MEMBER, l.cease(id("M-0404"), D2, ""));
  }

  @Test
  void updateMembership_otherRulesOrDroppedMember_throws() {
    ShareLedger l = supporters("M-0001");
    MembershipRules other = MembershipRules.of(ClassPolicy.SEVERAL_CLASSES, rules().classes());
    assertThrows(InvalidValueException.class, () -> l.updateMembership(r -> Outcome.accepted(Register.of(other, r.members()))));
    assertThrows(InvalidValueException.class, () -> l.updateMembership(r -> Outcome.accepted(Register.empty(r.rules()))));
  }

  // --- construction, queries, equality --------------------------------------------------------

  @Test
  void of_invalidShareClasses_throw() {
    Register r = Register.empty(rules());
    assertThrows(InvalidValueException.class, () -> ShareLedger.of(r, List.of(), StatutoryCap.ukRegisteredSociety()));
    assertThrows(InvalidValueException.class, () -> ShareLedger.of(r, List.of(ordinary(), ordinary()), StatutoryCap.ukRegisteredSociety()));
    assertThrows(CurrencyMismatchException.class, () -> ShareLedger.of(r, List.of(ordinary()), StatutoryCap.none(Currency.getInstance("EUR"))));
    ShareClass forStaff = ShareClass.builder().from(ordinary()).holders(List.of(ClassId.of("staff"))).build();
    assertThrows(InvalidValueException.class, () -> ShareLedger.of(r, List.of(forStaff), StatutoryCap.ukRegisteredSociety()));
  }

  @Test
  void issue_zeroShares_throws() {
    assertThrows(InvalidValueException.class, () -> supporters("M-0001").issue(id("M-0001"), ORDINARY, 0, D1));
  }

  @Test
  void transferOrWithdrawal_zeroShares_throwsNamingTheNumber() {
    // Every transition refuses a non-positive number of shares up front, with one message, before any
    // record of zero shares could be attempted.
    ShareLedger l = supporters("M-0001", "M-0002").issue(id("M-0001"), INVESTOR, 10, D1).orElseThrow();
    InvalidValueException issue = assertThrows(InvalidValueException.class, () -> l.issue(id("M-0001"), ORDINARY, 0, D2));
    assertEquals("shares", issue.field());
    assertEquals("number of shares 0 must be at least 1", issue.getMessage());
    assertEquals(
        "number of shares 0 must be at least 1",
        assertThrows(InvalidValueException.class, () -> l.transfer(id("M-0001"), id("M-0002"), INVESTOR, 0, D2)).getMessage());
    assertEquals(
        "number of shares -1 must be at least 1",
        assertThrows(InvalidValueException.class, () -> l.requestWithdrawal(id("M-0001"), ORDINARY, -1, D2)).getMessage());
  }

  @Test
  void flagsOf_ceasedOrUnknownMember_isEmpty() {
    // A ceased member's shares are cancelled, so they hold 0 of the 1 ordinary share the rules require;
    // but they are no longer a member, so there is nothing to flag.
    ShareLedger l = supporters("M-0001", "M-0002").cease(id("M-0001"), D1, "resigned").orElseThrow();
    assertEquals(0, l.held(id("M-0001"), ORDINARY));
    assertTrue(l.flagsOf(id("M-0001")).isEmpty());
    assertTrue(l.flagsOf(id("M-0404")).isEmpty());
    assertTrue(l.flags().isEmpty());
  }

  @Test
  void cease_dropsOnlyTheCeasedMembersPendingWithdrawals() {
    // M-0001 (request #1) ceases; M-0002's notice (request #2) keeps running.
    ShareLedger l =
        supporters("M-0001", "M-0002")
            .issue(id("M-0001"), ORDINARY, 9, D0)
            .flatMap(x -> x.requestWithdrawal(id("M-0001"), ORDINARY, 5, D1))
            .flatMap(x -> x.requestWithdrawal(id("M-0002"), ORDINARY, 1, D1))
            .orElseThrow();
    ShareLedger ceased = l.cease(id("M-0001"), D2, "resigned").orElseThrow();
    assertEquals(List.of(2), ceased.pendingWithdrawals().stream().map(WithdrawalRequest::number).toList());
    assertEquals(id("M-0002"), ceased.pendingWithdrawals().get(0).member());
  }

  @Test
  void toString_summarisesRegisterCapitalRequestsAndJournal() {
    // Two supporters with one GBP 1 ordinary share each (2 issues), one of them under notice: issued
    // capital 2 x GBP 1 + 0 investor shares = GBP 2.00.
    ShareLedger l = supporters("M-0001", "M-0002").requestWithdrawal(id("M-0002"), ORDINARY, 1, D1).orElseThrow();
    assertEquals(
        "ShareLedger[Register[2 current of 2 members; classes [residents, supporters, organisations]]; issued {investor=0, ordinary=2}"
            + " = 2.00 GBP; 1 pending withdrawals; 2 transactions]",
        l.toString());
  }

  @Test
  void hashCode_differsWithTheHoldings() {
    // A constant hash would be legal but would put every ledger in one bucket.
    assertNotEquals(supporters("M-0001").hashCode(), supporters("M-0002").hashCode());
  }

  @Test
  void transactionToString_numberDateKindPartiesSharesAmountAndNote() {
    // Issues on D0 (#1, #2) and D1 (#3); the transfer of 4 investor shares at GBP 10 is #4, GBP 40.
    ShareLedger l =
        supporters("M-0001", "M-0002")
            .issue(id("M-0001"), INVESTOR, 10, D1)
            .flatMap(x -> x.transfer(id("M-0001"), id("M-0002"), INVESTOR, 4, D2))
            .flatMap(x -> x.cease(id("M-0002"), D3, "moved away"))
            .orElseThrow();
    List<String> journal = l.transactions().stream().map(ShareTransaction::toString).toList();
    assertEquals("#1 2026-01-05 ISSUE M-0001 1 x ordinary 1.00 GBP", journal.get(0));
    assertEquals("#4 2026-04-30 TRANSFER M-0001 -> M-0002 4 x investor 40.00 GBP", journal.get(3));
    // M-0002's 4 investor shares are forfeited (GBP 0) and its ordinary share repaid at par.
    assertEquals("#5 2026-09-01 CANCELLATION M-0002 4 x investor 0.00 GBP (moved away)", journal.get(4));
    assertEquals("#6 2026-09-01 CANCELLATION M-0002 1 x ordinary 1.00 GBP (moved away)", journal.get(5));
  }

  @Test
  void transactionBuilder_counterpartyOnlyOnATransfer_throwsSayingWhich() {
    ShareTransaction.Builder transfer = journalEntry(ShareTransaction.Kind.TRANSFER);
    InvalidValueException missing = assertThrows(InvalidValueException.class, transfer::build);
    assertEquals("counterparty", missing.field());
    assertEquals("a transaction of kind TRANSFER needs a counterparty", missing.getMessage());
    ShareTransaction.Builder issue = journalEntry(ShareTransaction.Kind.ISSUE);
    issue.counterparty(id("M-0002"));
    assertEquals("a transaction of kind ISSUE has no counterparty", assertThrows(InvalidValueException.class, issue::build).getMessage());
  }

  private static ShareTransaction.Builder journalEntry(ShareTransaction.Kind kind) {
    ShareTransaction.Builder b = ShareTransaction.builder();
    b.number(1).date(D1).kind(kind).member(id("M-0001")).shareClass(ORDINARY).shares(1).amount(Money.ofMajor(1, GBP));
    return b;
  }

  @Test
  void withdrawalRequestAndFlag_toString() {
    // Notice of all 40 of M-0001's ordinary shares, given on 31 January, runs three months to 30 April.
    ShareLedger requested =
        supporters("M-0001").issue(id("M-0001"), ORDINARY, 39, D0).flatMap(x -> x.requestWithdrawal(id("M-0001"), ORDINARY, 40, D1)).orElseThrow();
    assertEquals("#1 M-0001: 40 x ordinary, requested 2026-01-31, payable from 2026-04-30", requested.pendingWithdrawals().get(0).toString());
    // Once it completes, M-0001 holds none of the one ordinary share a member needs.
    ShareLedger done = requested.completeWithdrawal(1, D2).orElseThrow();
    assertEquals(
        List.of("BELOW_MEMBERSHIP_HOLDING: M-0001 holds 0 ordinary shares; 1 are needed to be a member"),
        done.flags().stream().map(LedgerFlag::toString).toList());
  }

  @Test
  void holding_zeroShares_throws() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Holding.of(id("M-0001"), ORDINARY, 0, Money.ofMajor(1, GBP)));
    assertEquals("shares", e.field());
    assertEquals("a holding of 0 shares must be at least 1", e.getMessage());
  }

  @Test
  void holding_zeroValue_throws() {
    // Every share class has a positive par value, so a holding of at least one share is worth something.
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Holding.of(id("M-0001"), ORDINARY, 1, Money.zero(GBP)));
    assertEquals("value", e.field());
    assertEquals("a holding's value 0.00 GBP must be positive", e.getMessage());
  }

  @Test
  void holdings_inMemberThenShareClassOrder() {
    ShareLedger l =
        supporters("M-0002", "M-0001")
            .issue(id("M-0002"), INVESTOR, 3, D1)
            .flatMap(x -> x.issue(id("M-0001"), INVESTOR, 2, D1))
            .orElseThrow();
    assertEquals(
        List.of("M-0001: 2 x investor (20.00 GBP)", "M-0001: 1 x ordinary (1.00 GBP)", "M-0002: 3 x investor (30.00 GBP)", "M-0002: 1 x ordinary (1.00 GBP)"),
        l.holdings().stream().map(Holding::toString).toList());
    assertEquals(Money.ofMajor(52, GBP), l.issuedCapital());
  }

  @Test
  void equals_sameRegisterHoldingsAndJournal_equalAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(supporters("M-0001", "M-0002"), supporters("M-0001", "M-0002"))
        .addEqualityGroup(supporters("M-0001"))
        .addEqualityGroup(supporters("M-0001").issue(id("M-0001"), ORDINARY, 1, D1).orElseThrow())
        .addEqualityGroup(empty(StatutoryCap.ukRegisteredSociety()), empty(StatutoryCap.ukRegisteredSociety()))
        .addEqualityGroup(empty(StatutoryCap.northernIrelandSociety()))
        .testEquals();
  }

  @Test
  void everyShareRejectionCode_hasAnExampleHere() {
    List<String> names = java.util.Arrays.stream(ShareLedgerTest.class.getDeclaredMethods()).map(java.lang.reflect.Method::getName).toList();
    for (ShareRejectionCode code : ShareRejectionCode.values()) {
      assertTrue(names.stream().anyMatch(n -> n.contains("_" + code.name())), () -> "no example test for " + code);
    }
  }

}
