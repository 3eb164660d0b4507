package org.commonweal.governance.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MemberKind;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.StatutoryCap;
import org.junit.jupiter.api.Test;

/**
 * {@link Electorate#from(ShareLedger, LocalDate)}: the voters of a record date, read from a society's
 * register and share ledger, untouched by what happens after it.
 */
class ElectorateFromLedgerTest {
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final ClassId WORKERS = ClassId.of("workers");
  private static final ClassId USERS = ClassId.of("users");
  private static final ShareClassId ORDINARY = ShareClassId.of("ordinary");
  private static final ShareClassId INVESTOR = ShareClassId.of("investor");
  private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
  private static final LocalDate RECORD = LocalDate.of(2026, 3, 1);
  private static final LocalDate LATER = LocalDate.of(2026, 4, 1);

  /** A two-class society (several classes allowed) with voting ordinary shares and non-voting investor shares. */
  private static ShareLedger society() {
    MembershipRules rules =
        MembershipRules.of(
            ClassPolicy.SEVERAL_CLASSES,
            StakeholderClass.of(WORKERS, "Workers", Eligibility.always()),
            StakeholderClass.of(USERS, "Users", Eligibility.always()));
    ShareClass ordinary =
        ShareClass.builder()
            .id(ORDINARY)
            .name("Ordinary")
            .parValue(Money.ofMajor(1, GBP))
            .withdrawable(true)
            .transferable(true)
            .voting(true)
            .addHolders(WORKERS, USERS)
            .build();
    ShareClass investor =
        ShareClass.builder()
            .id(INVESTOR)
            .name("Investor")
            .parValue(Money.ofMajor(10, GBP))
            .withdrawable(false)
            .transferable(true)
            .voting(false)
            .maxInterestRate(Fraction.of(4, 100))
            .addHolders(WORKERS, USERS)
            .build();
    return ShareLedger.of(Register.empty(rules), List.of(ordinary, investor), StatutoryCap.ukRegisteredSociety());
  }

  private static Application application(String id, MemberKind kind, ClassId... classes) {
    return Application.builder().id(MemberId.of(id)).name("Member " + id).kind(kind).addClasses(classes).facts(Facts.none()).build();
  }

  @Test
  void from_recordDate_listsMembersWithClassesVotingSharesKindAndStanding() {
    ShareLedger l = society();
    // M-3 joins users first, then workers: the constitution's order (workers, users) decides which
    // class is listed first, not the order of joining.
    l = l.admit(application("M-1", MemberKind.INDIVIDUAL, WORKERS), ORDINARY, 5, JAN).orElseThrow();
    l = l.admit(application("M-2", MemberKind.REGISTERED_SOCIETY, USERS), ORDINARY, 3, JAN).orElseThrow();
    l = l.admit(application("M-3", MemberKind.INDIVIDUAL, USERS, WORKERS), ORDINARY, 1, JAN).orElseThrow();
    l = l.issue(MemberId.of("M-1"), INVESTOR, 20, JAN).orElseThrow();
    l = l.updateMembership(r -> r.suspend(MemberId.of("M-3"), JAN.plusDays(5), "arrears")).orElseThrow();

    Electorate e = Electorate.from(l, RECORD);

    assertEquals(RECORD, e.recordDate());
    assertEquals(3, e.electors().size());
    Elector m1 = e.byMember().get(MemberId.of("M-1"));
    // Investor shares carry no vote, so only the 5 ordinary shares are listed.
    assertEquals(Map.of("ordinary", 5L), m1.holdings());
    assertEquals(List.of(WORKERS), m1.classes());
    assertFalse(m1.organisation());
    assertTrue(m1.inGoodStanding());
    assertTrue(e.byMember().get(MemberId.of("M-2")).organisation());
    Elector m3 = e.byMember().get(MemberId.of("M-3"));
    assertEquals(List.of(WORKERS, USERS), m3.classes());
    assertFalse(m3.inGoodStanding(), "suspended on the record date");
    // The constitution's classes are defined, and only the voting share class's value is recorded.
    assertEquals(List.of(USERS, WORKERS), List.copyOf(e.classes()));
    assertEquals(List.of("ordinary"), List.copyOf(e.shareValues().keySet()));
  }

  @Test
  void from_changesAfterTheRecordDate_doNotLeakIn() {
    ShareLedger l = society();
    l = l.admit(application("M-1", MemberKind.INDIVIDUAL, WORKERS), ORDINARY, 5, JAN).orElseThrow();
    l = l.admit(application("M-2", MemberKind.INDIVIDUAL, USERS), ORDINARY, 3, JAN).orElseThrow();
    Electorate before = Electorate.from(l, RECORD);

    // After the record date: a transfer, a new member, a cessation.
    l = l.transfer(MemberId.of("M-1"), MemberId.of("M-2"), ORDINARY, 4, LATER).orElseThrow();
    l = l.admit(application("M-9", MemberKind.INDIVIDUAL, USERS), ORDINARY, 1, LATER).orElseThrow();
    l = l.cease(MemberId.of("M-2"), LATER.plusDays(1), "resigned").orElseThrow();

    assertEquals(before, Electorate.from(l, RECORD));
    Electorate after = Electorate.from(l, LATER.plusDays(1));
    assertEquals(List.of(MemberId.of("M-1"), MemberId.of("M-9")), after.byMember().keySet().asList());
    assertEquals(Map.of("ordinary", 1L), after.byMember().get(MemberId.of("M-1")).holdings());
  }

  @Test
  void from_thenOneVotePerShare_countsVotingSharesOnTheRecordDate() {
    ShareLedger l = society();
    l = l.admit(application("M-1", MemberKind.INDIVIDUAL, WORKERS), ORDINARY, 5, JAN).orElseThrow();
    l = l.admit(application("M-2", MemberKind.INDIVIDUAL, USERS), ORDINARY, 3, JAN).orElseThrow();
    l = l.issue(MemberId.of("M-2"), INVESTOR, 100, JAN).orElseThrow();
    VotingRoll roll = VotingRules.oneVotePerShare().roll(Electorate.from(l, RECORD));
    // 5 + 3 voting shares; the 100 investor shares carry none.
    assertEquals(Fraction.of(8), roll.totalVotes());
  }
}
