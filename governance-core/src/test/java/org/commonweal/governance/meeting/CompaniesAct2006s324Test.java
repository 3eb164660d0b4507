package org.commonweal.governance.meeting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * Companies Act 2006 s.324(2): "a member may appoint more than one proxy in relation to a meeting,
 * provided that each proxy is appointed to exercise the rights attached to a different share or shares
 * held by him"; with the deadlines for lodging an appointment (s.327) and for a revocation, judged to the
 * minute, and the holder's limit counting a member whose holding is split among parts once.
 */
class CompaniesAct2006s324Test {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);
  static final ClassId HOLDERS = ClassId.of("shareholders");
  static final Person SMITH = Person.nonMember("P-1", "J. Smith");
  static final Person JONES = Person.nonMember("P-2", "A. Jones");

  /** One vote a share: M-001 holds 100 ordinary, M-002 and M-003 10 each. */
  static VotingRoll roll() {
    return VotingRules.oneVotePerShare().roll(Electorate.of(RollFixtures.RECORD, List.of(
        Elector.withShares(m(1), HOLDERS, "ordinary", 100),
        Elector.withShares(m(2), HOLDERS, "ordinary", 10),
        Elector.withShares(m(3), HOLDERS, "ordinary", 10))));
  }

  /** M-001's appointment of {@code holder} for {@code shares} ordinary shares, lodged {@code hours} before the start. */
  static ProxyAppointment part(Person holder, long shares, int hours) {
    return ProxyAppointment.builder().member(m(1)).holder(holder).lodgedAt(START.minusHours(hours))
        .putShares("ordinary", shares).build();
  }

  static Attendance attendance(ProxyRules rules, ProxyAppointment... proxies) {
    return Attendance.builder().roll(roll()).startsAt(START).addProxies(proxies).proxyRules(rules).build();
  }

  static Attendance attendance(ProxyAppointment... proxies) {
    return attendance(ProxyRules.allowedWithoutLimit(), proxies);
  }

  @Test
  void s324_2_partsThatTogetherMakeTheWholeHolding_standTogether() {
    ProxyAppointment sixty = part(SMITH, 60, 72);
    ProxyAppointment forty = part(JONES, 40, 48);
    Attendance a = attendance(forty, sixty);
    assertEquals(List.of(sixty, forty), a.acceptedProxies().get(m(1)));
    assertTrue(a.refusedProxies().isEmpty(), a.refusedProxies().toString());
    assertEquals(List.of(m(1)), List.copyOf(a.present()));
  }

  @Test
  void s324_2_aPartTakingThePartsOneShareBeyondTheHolding_isRefused() {
    ProxyAppointment sixty = part(SMITH, 60, 72);
    ProxyAppointment fortyOne = part(JONES, 41, 48);
    Attendance a = attendance(sixty, fortyOne);
    assertEquals(List.of(sixty), a.acceptedProxies().get(m(1)));
    assertEquals("PROXY_EXCEEDS_HOLDING", a.refusedProxies().get(fortyOne).code());
    assertEquals("the member's proxies would be for 101 shares of ordinary, more than the 100 held (Companies Act 2006 s.324(2))",
        a.refusedProxies().get(fortyOne).message());
  }

  @Test
  void s324_2_aPartForSharesOfAClassNotHeld_isRefused() {
    ProxyAppointment preference = ProxyAppointment.builder().member(m(1)).holder(SMITH).lodgedAt(START.minusHours(72))
        .putShares("preference", 1).build();
    Attendance a = attendance(preference);
    assertEquals("the member's proxies would be for 1 shares of preference, more than the 0 held (Companies Act 2006 s.324(2))",
        a.refusedProxies().get(preference).message());
    assertTrue(a.acceptedProxies().isEmpty());
  }

  @Test
  void s324_2_aLaterAppointmentForTheWholeHolding_replacesEveryEarlierPart() {
    ProxyAppointment sixty = part(SMITH, 60, 72);
    ProxyAppointment forty = part(JONES, 40, 60);
    ProxyAppointment whole = ProxyAppointment.of(m(1), SMITH, START.minusHours(48));
    Attendance a = attendance(sixty, forty, whole);
    assertEquals(List.of(whole), a.acceptedProxies().get(m(1)));
    assertEquals("PROXY_SUPERSEDED", a.refusedProxies().get(sixty).code());
    assertEquals("PROXY_SUPERSEDED", a.refusedProxies().get(forty).code());
  }

  @Test
  void s324_2_aLaterPart_replacesAnEarlierWholeAndStandsBesideLaterParts() {
    ProxyAppointment whole = ProxyAppointment.of(m(1), SMITH, START.minusHours(96));
    ProxyAppointment sixty = part(SMITH, 60, 72);
    ProxyAppointment forty = part(JONES, 40, 48);
    Attendance a = attendance(forty, whole, sixty);
    assertEquals(List.of(sixty, forty), a.acceptedProxies().get(m(1)));
    assertEquals("PROXY_SUPERSEDED", a.refusedProxies().get(whole).code());
    assertEquals(1, a.refusedProxies().size());
  }

  @Test
  void s324_2_aPartRefusedForExcess_leavesTheEarlierWholeStanding() {
    ProxyAppointment whole = ProxyAppointment.of(m(1), SMITH, START.minusHours(96));
    ProxyAppointment tooMany = part(JONES, 101, 48);
    Attendance a = attendance(whole, tooMany);
    assertEquals(List.of(whole), a.acceptedProxies().get(m(1)));
    assertEquals("PROXY_EXCEEDS_HOLDING", a.refusedProxies().get(tooMany).code());
  }

  @Test
  void s324_2_twoPartsLodgedAtOneMoment_standTogether_butTwoWholeAppointmentsAreACallerError() {
    Attendance parts = attendance(part(SMITH, 50, 48), part(JONES, 50, 48));
    assertEquals(2, parts.acceptedProxies().get(m(1)).size());
    ProxyAppointment first = ProxyAppointment.of(m(1), SMITH, START.minusHours(48));
    ProxyAppointment second = ProxyAppointment.of(m(1), JONES, START.minusHours(48));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> attendance(first, second).acceptedProxies());
    assertEquals("member M-001 lodged two appointments at the same time 2026-09-13T10:00: "
        + "M-001 -> J. Smith (P-1) (lodged 2026-09-13T10:00) and M-001 -> A. Jones (P-2) (lodged 2026-09-13T10:00)", e.getMessage());
    // A whole and a part at one moment cannot both be the member's latest instrument either.
    assertThrows(InvalidValueException.class, () -> attendance(first, part(JONES, 50, 48)).acceptedProxies());
  }

  @Test
  void s318_2_b_twoHoldersOnlyProxiesOfTheSameMember_areOneQualifyingPerson() {
    Attendance a = attendance(part(SMITH, 50, 72), part(JONES, 50, 48));
    assertEquals(2, a.qualifyingPersons().size());
    assertEquals(1, a.persons());
    assertFalse(QuorumRule.persons(2).decide(a).quorate());
    // A member present in their own right who also holds part of M-001's proxies is never excluded.
    Attendance withMember = Attendance.builder().from(a).addInPerson(m(2))
        .proxies(List.of(part(Person.member(m(2)), 50, 72), part(JONES, 50, 48))).build();
    assertEquals(2, withMember.persons());
    assertTrue(QuorumRule.persons(2).decide(withMember).quorate());
  }

  @Test
  void holderLimit_countsAMemberWhoseHoldingIsSplitOnce() {
    // Smith may act for one member: two parts of M-001's holding are one member; M-002's is a second.
    ProxyAppointment sixty = part(SMITH, 60, 72);
    ProxyAppointment forty = part(SMITH, 40, 60);
    ProxyAppointment other = ProxyAppointment.of(m(2), SMITH, START.minusHours(50));
    Attendance a = attendance(ProxyRules.upToPerHolder(1), sixty, forty, other);
    assertEquals(List.of(sixty, forty), a.acceptedProxies().get(m(1)));
    assertEquals("PROXY_HOLDER_LIMIT", a.refusedProxies().get(other).code());
    assertEquals("J. Smith (P-1) already acts for the most members allowed (1); appointments lodged first are accepted",
        a.refusedProxies().get(other).message());
  }

  @Test
  void s327_anAppointmentLodgedExactlyAtTheDeadline_isInTime_aMinuteLaterIsNot() {
    ProxyRules rules = ProxyRules.builder().allowed(true).lodgingDeadline(Duration.ofHours(48)).build();
    ProxyAppointment atDeadline = ProxyAppointment.of(m(1), SMITH, START.minusHours(48));
    ProxyAppointment late = ProxyAppointment.of(m(2), SMITH, START.minusHours(48).plusMinutes(1));
    Attendance a = attendance(rules, atDeadline, late);
    assertEquals(List.of(atDeadline), a.acceptedProxies().get(m(1)));
    assertEquals("PROXY_LODGED_LATE", a.refusedProxies().get(late).code());
    assertEquals("lodged at 2026-09-13T10:01, after the deadline 2026-09-13T10:00", a.refusedProxies().get(late).message());
  }

  @Test
  void withoutADeadline_anAppointmentIsInTimeUpToTheStart() {
    ProxyAppointment atStart = ProxyAppointment.of(m(1), SMITH, START);
    ProxyAppointment after = ProxyAppointment.of(m(2), SMITH, START.plusMinutes(1));
    Attendance a = attendance(atStart, after);
    assertEquals(List.of(m(1)), List.copyOf(a.acceptedProxies().keySet()));
    assertEquals("PROXY_LODGED_LATE", a.refusedProxies().get(after).code());
  }

  @Test
  void revocation_receivedExactlyAtTheDeadline_takesEffect_aMinuteLaterDoesNot() {
    ProxyRules rules = ProxyRules.builder().allowed(true).revocationDeadline(Duration.ofHours(24)).build();
    ProxyAppointment inTime = ProxyAppointment.builder().from(ProxyAppointment.of(m(1), SMITH, START.minusHours(72)))
        .revokedAt(START.minusHours(24)).build();
    ProxyAppointment tooLate = ProxyAppointment.builder().from(ProxyAppointment.of(m(2), SMITH, START.minusHours(72)))
        .revokedAt(START.minusHours(24).plusMinutes(1)).build();
    Attendance a = attendance(rules, inTime, tooLate);
    assertEquals("PROXY_REVOKED", a.refusedProxies().get(inTime).code());
    assertEquals("revoked at 2026-09-14T10:00, by the deadline 2026-09-14T10:00", a.refusedProxies().get(inTime).message());
    assertEquals(List.of(tooLate), a.acceptedProxies().get(m(2)));
  }

  @Test
  void holderMustBeMember_refusesAMemberWithoutAVoteAndAcceptsOneWithAVote() {
    // M-004 is on the register but holds no shares, so no vote under one vote a share.
    VotingRoll roll = VotingRules.oneVotePerShare().roll(Electorate.of(RollFixtures.RECORD, List.of(
        Elector.withShares(m(1), HOLDERS, "ordinary", 100), Elector.withShares(m(2), HOLDERS, "ordinary", 10),
        Elector.withShares(m(4), HOLDERS, "ordinary", 0))));
    ProxyRules rules = ProxyRules.builder().allowed(true).holderMustBeMember(true).build();
    ProxyAppointment toVoteless = ProxyAppointment.of(m(1), Person.member(m(4)), START.minusHours(72));
    ProxyAppointment toVoter = ProxyAppointment.of(m(2), Person.member(m(1)), START.minusHours(72));
    Attendance a = Attendance.builder().roll(roll).startsAt(START).addProxies(toVoteless, toVoter).proxyRules(rules).build();
    assertEquals("PROXY_HOLDER_NOT_MEMBER", a.refusedProxies().get(toVoteless).code());
    assertEquals("the rules require the holder M-004 to be a member with a vote", a.refusedProxies().get(toVoteless).message());
    assertEquals(List.of(toVoter), a.acceptedProxies().get(m(2)));
  }

  @Test
  void appointment_refusesPartsOfNoSharesOrOfABlankClassAndARevocationBeforeLodging() {
    InvalidValueException none = assertThrows(InvalidValueException.class, () -> part(SMITH, 0, 48));
    assertEquals("the proxy of M-001 is for 0 shares of ordinary: must be at least 1", none.getMessage());
    assertEquals(1, part(SMITH, 1, 48).shares().get("ordinary"));
    InvalidValueException blank = assertThrows(InvalidValueException.class, () -> ProxyAppointment.builder().member(m(1))
        .holder(SMITH).lodgedAt(START).putShares(" ", 1L).build());
    assertEquals("the proxy of M-001 names a blank share class", blank.getMessage());
    InvalidValueException early = assertThrows(InvalidValueException.class, () -> ProxyAppointment.builder()
        .from(ProxyAppointment.of(m(1), SMITH, START)).revokedAt(START.minusMinutes(1)).build());
    assertEquals("revocation at 2026-09-15T09:59 is before the appointment was lodged at 2026-09-15T10:00", early.getMessage());
    // Revoked the moment it was lodged: allowed.
    assertEquals(Optional.of(START), ProxyAppointment.builder().from(ProxyAppointment.of(m(1), SMITH, START)).revokedAt(START).build()
        .revokedAt());
  }

  @Test
  void toString_namesTheSharesOfAPart() {
    assertEquals("M-001 -> J. Smith (P-1) for 60 ordinary (lodged 2026-09-12T10:00)", part(SMITH, 60, 72).toString());
    assertFalse(ProxyAppointment.of(m(1), SMITH, START).forPartOfHolding());
    assertTrue(part(SMITH, 60, 72).forPartOfHolding());
  }

  @Test
  void partsToOneHolderAtOneMoment_areJudgedInAFixedOrder_whateverTheOrderGiven() {
    // 60 and 50 of the 100 shares, lodged together with one holder: only one of them fits. The order of
    // judging is fixed (by the shares stated), so the same one stands whichever order they arrive in.
    ProxyAppointment sixty = part(SMITH, 60, 48);
    ProxyAppointment fifty = part(SMITH, 50, 48);
    for (List<ProxyAppointment> given : List.of(List.of(sixty, fifty), List.of(fifty, sixty))) {
      Attendance a = Attendance.builder().roll(roll()).startsAt(START).proxies(given).proxyRules(ProxyRules.allowedWithoutLimit()).build();
      assertEquals(List.of(fifty), a.acceptedProxies().get(m(1)), given::toString);
      assertEquals("PROXY_EXCEEDS_HOLDING", a.refusedProxies().get(sixty).code());
    }
    // Two that both fit stand together, listed in the same fixed order.
    ProxyAppointment thirty = part(SMITH, 30, 48);
    for (List<ProxyAppointment> given : List.of(List.of(fifty, thirty), List.of(thirty, fifty))) {
      Attendance a = Attendance.builder().roll(roll()).startsAt(START).proxies(given).proxyRules(ProxyRules.allowedWithoutLimit()).build();
      assertEquals(List.of(thirty, fifty), a.acceptedProxies().get(m(1)), given::toString);
    }
  }
}
