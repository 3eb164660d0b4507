package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRoll;
import org.junit.jupiter.api.Test;

/**
 * Companies Act 2006 s.324(2): "in the case of a company having a share capital, a member may appoint more
 * than one proxy in relation to a meeting, provided that each proxy is appointed to exercise the rights
 * attached to a different share or shares held by him"; s.285(3)-(4): on a poll the proxies together
 * exercise no more than the member could in person; s.285(1): on a show of hands each proxy has one vote.
 */
class CompaniesAct2006s324Test {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);
  static final AgendaItem MOTION = AgendaItem.of("1", "Re-appoint the auditors");
  static final Person ONE = Person.nonMember("P-1", "A. Proxy");
  static final Person TWO = Person.nonMember("P-2", "B. Proxy");

  static ProxyAppointment part(int member, Person holder, long shares, int hoursBefore) {
    return ProxyAppointment.builder().member(m(member)).holder(holder).lodgedAt(START.minusHours(hoursBefore))
        .putShares("ordinary", shares).build();
  }

  static Attendance attendance(VotingRoll roll, List<ProxyAppointment> proxies) {
    return Attendance.builder().roll(roll).startsAt(START).addAgenda(MOTION).addInPerson(m(2)).proxies(proxies)
        .proxyRules(ProxyRules.allowedWithoutLimit()).build();
  }

  @Test
  void s324_2_proxiesForDifferentSharesOfOneHolding_allStand() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 50);
    ProxyAppointment sixty = part(1, ONE, 60, 30);
    ProxyAppointment forty = part(1, TWO, 40, 30);
    Attendance a = attendance(roll, List.of(sixty, forty));
    assertEquals(List.of(sixty, forty), a.acceptedProxies().get(m(1)));
    assertTrue(a.refusedProxies().isEmpty());
  }

  @Test
  void s324_2_partsTogetherExceedingTheHolding_areRefused_exactlyTheHoldingIsNot() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 50);
    ProxyAppointment sixty = part(1, ONE, 60, 30);
    ProxyAppointment fortyOne = part(1, TWO, 41, 20);
    Attendance a = attendance(roll, List.of(sixty, fortyOne));
    assertEquals(List.of(sixty), a.acceptedProxies().get(m(1)));
    assertEquals("PROXY_EXCEEDS_HOLDING", a.refusedProxies().get(fortyOne).code());
    ProxyAppointment otherClass = ProxyAppointment.builder().from(part(1, TWO, 1, 20)).shares(java.util.Map.of("preference", 1L))
        .build();
    assertEquals("PROXY_EXCEEDS_HOLDING", attendance(roll, List.of(otherClass)).refusedProxies().get(otherClass).code());
  }

  @Test
  void s324_2_aLaterAppointmentForTheWholeHolding_replacesTheParts() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 50);
    ProxyAppointment sixty = part(1, ONE, 60, 30);
    ProxyAppointment forty = part(1, TWO, 40, 30);
    ProxyAppointment whole = ProxyAppointment.of(m(1), Person.nonMember("P-3", "C. Proxy"), START.minusHours(10));
    Attendance a = attendance(roll, List.of(sixty, forty, whole));
    assertEquals(List.of(whole), a.acceptedProxies().get(m(1)));
    assertEquals("PROXY_SUPERSEDED", a.refusedProxies().get(sixty).code());
  }

  @Test
  void s285_4_onAPoll_theMembersVotesSplitExactlyBetweenTheProxies() {
    // M-001 holds 100 shares: A. Proxy votes 60 for, B. Proxy 40 against; M-002 (50) votes against.
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 50);
    Attendance a = attendance(roll, List.of(part(1, ONE, 60, 30), part(1, TWO, 40, 30)));
    Tally t = Tally.builder(roll).attendance(a).matter(MOTION.id()).method(VotingMethod.POLL)
        .add(Vote.byProxy(m(1), ONE, Choice.FOR)).add(Vote.byProxy(m(1), TWO, Choice.AGAINST))
        .vote(m(2), Choice.AGAINST).build();
    assertEquals(Fraction.of(60), t.totals().forVotes());
    assertEquals(Fraction.of(90), t.totals().againstVotes());
    assertEquals(Optional.empty(), t.choiceOf(m(1)));
    ResolutionOutcome o = Resolution.ordinary(MOTION.title()).decide(t);
    assertEquals(false, o.passed());   // 60 of 150 votes cast
    assertEquals(Fraction.of(60), o.conditions().get(0).value());
    assertEquals(Fraction.of(150), o.conditions().get(0).base());
    // The count line gives members, and M-001 is in no one column: the split is stated in words.
    assertTrue(o.notes().contains("M-001's votes are split between proxies (s.324(2)): for with 3/5 of the holding by "
        + "A. Proxy (P-1), against with 2/5 of the holding by B. Proxy (P-2)"), o.notes().toString());
    assertTrue(o.explain().contains("  note: M-001's votes are split between proxies"), o.explain());
  }

  @Test
  void s285_1_onAShowOfHands_eachOfAMembersProxiesHasOneVote() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 50);
    Attendance a = attendance(roll, List.of(part(1, ONE, 60, 30), part(1, TWO, 40, 30)));
    Tally t = Tally.builder(roll).attendance(a).matter(MOTION.id()).method(VotingMethod.SHOW_OF_HANDS)
        .add(Vote.byProxy(m(1), ONE, Choice.FOR)).add(Vote.byProxy(m(1), TWO, Choice.FOR))
        .vote(m(2), Choice.AGAINST).build();
    assertEquals(Fraction.of(2), t.totals().forVotes());
    assertEquals(Fraction.of(1), t.totals().againstVotes());
  }

  @Test
  void s285_2_a_oneMemberInstructingOneProxyBothWaysOnDifferentShares_isNotAppointmentByMoreThanOneMember() {
    // M-001 appoints A. Proxy for 60 shares instructed for and for 40 instructed against: one member, so
    // not s.285(2); the one hand cannot follow both instructions and is counted as an abstention.
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 50);
    ProxyAppointment forPart = ProxyAppointment.builder().from(part(1, ONE, 60, 30)).putInstructions(MOTION.id(), Choice.FOR)
        .discretionary(false).build();
    ProxyAppointment againstPart = ProxyAppointment.builder().from(part(1, ONE, 40, 30))
        .putInstructions(MOTION.id(), Choice.AGAINST).discretionary(false).build();
    Attendance a = attendance(roll, List.of(forPart, againstPart));
    Tally hands = Tally.builder(roll).attendance(a).matter(MOTION.id()).method(VotingMethod.SHOW_OF_HANDS)
        .add(Vote.byProxy(m(1), ONE, Choice.FOR)).vote(m(2), Choice.AGAINST).build();
    assertEquals(Fraction.ZERO, hands.totals().forVotes());
    assertEquals(Fraction.ONE, hands.totals().againstVotes());
  }

  @Test
  void aVoteByOneOfSeveralProxies_mustNameItsHolder() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 50);
    Attendance a = attendance(roll, List.of(part(1, ONE, 60, 30), part(1, TWO, 40, 30)));
    Tally t = Tally.builder(roll).attendance(a).matter(MOTION.id()).proxyVote(m(1), Choice.FOR).build();
    assertEquals("PROXY_HOLDER_NOT_NAMED", t.rejected().get(Vote.byProxy(m(1), Choice.FOR)).code());
  }

  @Test
  void s318_2_b_twoProxiesOfOneMember_areNotTwoQualifyingPersons() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 50);
    Attendance a = Attendance.builder().roll(roll).startsAt(START)
        .proxies(List.of(part(1, ONE, 60, 30), part(1, TWO, 40, 30))).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals(2, a.qualifyingPersons().size());
    assertEquals(1, a.persons());
    assertEquals(false, QuorumRule.persons(2).decide(a).quorate());
    // B. Proxy also holds M-002's proxy, but is still a proxy of M-001 as A. Proxy is: not two.
    Attendance b = Attendance.builder().roll(roll).startsAt(START).proxies(List.of(part(1, ONE, 60, 30),
        part(1, TWO, 40, 30), ProxyAppointment.of(m(2), TWO, START.minusHours(30)))).proxyRules(ProxyRules.allowedWithoutLimit())
        .build();
    assertEquals(1, b.persons());
    // A third person holding only M-002's proxy makes two.
    Attendance c = Attendance.builder().roll(roll).startsAt(START).proxies(List.of(part(1, ONE, 60, 30),
        part(1, TWO, 40, 30), ProxyAppointment.of(m(2), Person.nonMember("P-3", "C. Proxy"), START.minusHours(30))))
        .proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals(2, c.persons());
    // s.318(2)(b) needs "each" to qualify only as a proxy: M-002, present in their own right and holding
    // part of M-001's proxy, and A. Proxy, holding the rest, are two.
    Attendance d = Attendance.builder().roll(roll).startsAt(START).inPerson(List.of(m(2)))
        .proxies(List.of(part(1, ONE, 60, 30), part(1, Person.member(m(2)), 40, 30)))
        .proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals(2, d.persons());
    assertEquals(true, QuorumRule.persons(2).decide(d).quorate());
  }
}
