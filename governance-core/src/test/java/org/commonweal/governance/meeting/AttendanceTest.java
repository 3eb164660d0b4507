package org.commonweal.governance.meeting;

import org.commonweal.governance.membership.MemberId;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

class AttendanceTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 7, 9, 18, 30);

  static ProxyAppointment proxy(int member, String holder, int hoursBefore) {
    return ProxyAppointment.of(m(member), person(holder), START.minusHours(hoursBefore));
  }

  /** The holder named by a member id's text is that member; any other name is a non-member. */
  static Person person(String holder) {
    return holder.startsWith("M-") ? Person.member(MemberId.of(holder)) : Person.nonMember(holder, holder);
  }

  @Test
  void judge_refusesEachProxyWithItsReason() {
    VotingRoll roll = roll(10);
    ProxyRules rules = ProxyRules.builder().allowed(true).lodgingDeadline(Duration.ofHours(48)).discretionaryAllowed(false)
        .holderMustBeMember(true).build();
    ProxyAppointment late = ProxyAppointment.builder().from(proxy(2, "M-001", 24)).discretionary(false).build();
    ProxyAppointment revoked = ProxyAppointment.builder().from(proxy(3, "M-001", 72)).discretionary(false)
        .revokedAt(START.minusHours(1)).build();
    ProxyAppointment present = ProxyAppointment.builder().from(proxy(4, "M-001", 72)).discretionary(false).build();
    ProxyAppointment outsider = ProxyAppointment.builder().from(proxy(5, "J. Smith", 72)).discretionary(false).build();
    ProxyAppointment discretionary = proxy(6, "M-001", 72);
    ProxyAppointment good = ProxyAppointment.builder().from(proxy(7, "M-001", 72)).discretionary(false).build();
    ProxyAppointment noVote = proxy(42, "M-001", 72);
    Attendance a = Attendance.builder().roll(roll).startsAt(START).addInPerson(m(1), m(4))
        .addProxies(late, revoked, present, outsider, discretionary, good, noVote).proxyRules(rules).build();
    assertEquals(List.of(m(7)), List.copyOf(a.acceptedProxies().keySet()));
    assertEquals("PROXY_LODGED_LATE", a.refusedProxies().get(late).code());
    assertEquals("PROXY_REVOKED", a.refusedProxies().get(revoked).code());
    assertEquals("PROXY_MEMBER_PRESENT", a.refusedProxies().get(present).code());
    assertEquals("PROXY_HOLDER_NOT_MEMBER", a.refusedProxies().get(outsider).code());
    assertEquals("PROXY_DISCRETION_NOT_ALLOWED", a.refusedProxies().get(discretionary).code());
    assertEquals("PROXY_MEMBER_HAS_NO_VOTE", a.refusedProxies().get(noVote).code());
    assertEquals(List.of(m(1), m(4), m(7)), List.copyOf(a.present()));
  }

  @Test
  void judge_aLateRevocationLeavesTheProxyStanding() {
    ProxyRules rules = ProxyRules.builder().allowed(true).revocationDeadline(Duration.ofHours(24)).build();
    ProxyAppointment p = ProxyAppointment.builder().from(proxy(2, "M-001", 72)).revokedAt(START.minusHours(2)).build();
    Attendance a = Attendance.builder().roll(roll(3)).startsAt(START).proxies(List.of(p)).proxyRules(rules).build();
    assertEquals(List.of(p), a.acceptedProxies().get(m(2)));
  }

  @Test
  void judge_theLatestAppointmentSupersedesAndHolderLimitsAcceptTheEarliest() {
    ProxyAppointment first = proxy(2, "M-001", 72);
    ProxyAppointment second = proxy(2, "M-003", 50);
    ProxyAppointment a3 = proxy(4, "M-003", 60);
    ProxyAppointment a4 = proxy(5, "M-003", 49);
    Attendance a = Attendance.builder().roll(roll(6)).startsAt(START).addProxies(a4, second, first, a3)
        .proxyRules(ProxyRules.upToPerHolder(2)).build();
    assertEquals("PROXY_SUPERSEDED", a.refusedProxies().get(first).code());
    // M-003 holds the appointments of M-004 (60 hours before) and M-002 (50); M-005's (49) is one too many.
    assertEquals(List.of(second), a.acceptedProxies().get(m(2)));
    assertEquals(List.of(a3), a.acceptedProxies().get(m(4)));
    assertEquals("PROXY_HOLDER_LIMIT", a.refusedProxies().get(a4).code());
  }

  @Test
  void persons_countsEachIndividualOnce() {
    // M-001 and M-006 attend; M-001 holds two proxies, an outsider one: 3 persons act for 5 members.
    Attendance a = Attendance.builder().roll(roll(6)).startsAt(START).addInPerson(m(1), m(6))
        .addProxies(proxy(2, "M-001", 5), proxy(3, "M-001", 5), proxy(4, "A. Outsider", 5))
        .proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals(3, a.persons());
    assertEquals(5, a.countedForQuorum().size());
    Attendance notCounted = Attendance.builder().from(a).proxyRules(ProxyRules.builder().allowed(true).countForQuorum(false).build()).build();
    assertEquals(2, notCounted.countedForQuorum().size());
    assertEquals(2, notCounted.persons());
  }

  @Test
  void proxiesAreRefusedByDefault() {
    ProxyAppointment p = proxy(2, "M-001", 5);
    Attendance a = Attendance.builder().roll(roll(3)).startsAt(START).addProxies(p).build();
    assertEquals("PROXIES_NOT_ALLOWED", a.refusedProxies().get(p).code());
    assertTrue(a.explain().contains("PROXIES_NOT_ALLOWED"));
  }

  @Test
  void builder_refusesSomeoneNotOnTheRoll() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Attendance.of(roll(3), START, List.of(m(9))));
    assertEquals("member M-009 is recorded present but is not on the roll", e.getMessage());
  }

  @Test
  void appointment_refusesSelfProxyAndBlankHolder() {
    assertThrows(InvalidValueException.class, () -> ProxyAppointment.of(m(1), Person.member(m(1)), START));
    assertThrows(InvalidValueException.class, () -> ProxyAppointment.of(m(1), Person.nonMember(" ", " "), START));
    assertThrows(InvalidValueException.class, () -> ProxyRules.upToPerHolder(0));
  }

  @Test
  void explain_countsThosePresentWithoutAVoteAndListsAcceptedProxies() {
    // M-001 and M-002 attend but M-002 is not in good standing; M-003 appoints M-001.
    // In person with a vote: 1; by proxy: 1; persons: M-001 alone; without a vote: 2 - 1 = 1.
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, List.of(
        Elector.of(m(1)), Elector.builder().member(m(2)).inGoodStanding(false).build(), Elector.of(m(3)))));
    Attendance a = Attendance.builder().roll(roll).startsAt(START).addInPerson(m(1), m(2))
        .addProxies(proxy(3, "M-001", 5)).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals("present: 1 in person, 1 by proxy (1 person counted)\n"
        + "  1 present without a vote\n"
        + "  proxy M-003 -> M-001 (lodged 2026-07-09T13:30): accepted\n", a.explain());
  }

  @Test
  void explain_saysNothingOfVotelessMembersWhenAllPresentCanVote() {
    Attendance a = Attendance.of(roll(3), START, List.of(m(1), m(2)));
    assertEquals("present: 2 in person, 0 by proxy (2 persons counted)\n", a.explain());
  }

  @Test
  void judge_aHolderAtTheLimitKeepsTheAppointmentsLodgedFirstWhateverTheMembers() {
    // M-002..M-006 all appoint A. Holder, lodged 10, 20, 30, 40, 50 hours before the start: the
    // holder may act for two, so the two lodged first (M-006 at 50 hours, M-005 at 40) are accepted.
    List<ProxyAppointment> all = List.of(proxy(2, "A. Holder", 10), proxy(3, "A. Holder", 20), proxy(4, "A. Holder", 30),
        proxy(5, "A. Holder", 40), proxy(6, "A. Holder", 50));
    Attendance a = Attendance.builder().roll(roll(6)).startsAt(START).proxies(all).proxyRules(ProxyRules.upToPerHolder(2)).build();
    assertEquals(List.of(m(5), m(6)), List.copyOf(a.acceptedProxies().keySet()));
    assertEquals("PROXY_HOLDER_LIMIT", a.refusedProxies().get(all.get(0)).code());
    assertEquals("PROXY_HOLDER_LIMIT", a.refusedProxies().get(all.get(2)).code());
  }

  @Test
  void appointment_givesItsInstructionOnANamedMatterOnly() {
    ProxyAppointment p = ProxyAppointment.builder().from(proxy(2, "M-001", 5)).putInstructions(MatterId.of("Adopt the accounts"), Choice.AGAINST)
        .build();
    assertEquals(Optional.of(Choice.AGAINST), p.instructionFor(MatterId.of("Adopt the accounts")));
    assertEquals(Optional.empty(), p.instructionFor(MatterId.of("Appoint auditors")));
  }
}
