package org.commonweal.governance.meeting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * Companies Act 2006 s.318(1)-(2), from the section's words: "two qualifying persons present at a
 * meeting are a quorum"; a qualifying person is an individual who is a member, a corporation's
 * representative or a proxy (s.318(3)). One individual in several capacities is one person, at the top
 * level and inside a class-scoped rule. s.318(2): two persons are not two qualifying persons where one is
 * one only as a corporation's representative and the other is authorised by the same corporation (or
 * only as a member's proxy and the other is a proxy of the same member). s.323: a corporation is present
 * through its representatives.
 */
class CompaniesAct2006s318Test {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId PARENTS = ClassId.of("parents");
  static final QuorumRule S318 = QuorumRule.persons(2);

  static ProxyAppointment proxy(int member, Person holder) {
    return ProxyAppointment.of(m(member), holder, START.minusDays(3));
  }

  static Attendance attendance(VotingRoll roll, List<Integer> inPerson, List<ProxyAppointment> proxies) {
    return Attendance.builder().roll(roll).startsAt(START).inPerson(inPerson.stream().map(i -> m(i)).toList())
        .proxies(proxies).proxyRules(ProxyRules.allowedWithoutLimit()).build();
  }

  @Test
  void s318_2_oneMemberHoldingTheProxiesOfTwoOthers_isOneQualifyingPerson() {
    VotingRoll roll = RollFixtures.roll(4);
    Person one = Person.member(m(1));
    Attendance a = attendance(roll, List.of(1), List.of(proxy(2, one), proxy(3, one)));
    assertEquals(1, a.persons());
    assertFalse(S318.decide(a).quorate());
  }

  @Test
  void s318_2_aMemberAndAnOutsideProxyHolder_areTwoQualifyingPersons() {
    VotingRoll roll = RollFixtures.roll(4);
    Attendance a = attendance(roll, List.of(1), List.of(proxy(2, Person.nonMember("P-1", "J. Smith"))));
    assertEquals(2, a.persons());
    assertTrue(S318.decide(a).quorate());
  }

  @Test
  void s318_2_oneOutsideHolderActingForTwoMembers_isOnePerson() {
    VotingRoll roll = RollFixtures.roll(4);
    Person smith = Person.nonMember("P-1", "J. Smith");
    Attendance a = attendance(roll, List.of(), List.of(proxy(1, smith), proxy(2, smith)));
    assertEquals(List.of(smith), List.copyOf(a.qualifyingPersons()));
    assertFalse(S318.decide(a).quorate());
  }

  @Test
  void s318_2_inAClass_aMemberWhoAlsoHoldsAClassmatesProxy_isOnePersonNotTwo() {
    // Staff M-001..M-003, parents M-004..M-006. M-001 attends and holds M-002's proxy: one staff person.
    VotingRoll roll = RollFixtures.twoClasses(STAFF, 3, PARENTS, 3);
    Attendance a = attendance(roll, List.of(1), List.of(proxy(2, Person.member(m(1)))));
    assertFalse(QuorumRule.inClass(STAFF, QuorumRule.persons(2)).decide(a).quorate());
    assertTrue(QuorumRule.inClass(STAFF, QuorumRule.members(2)).decide(a).quorate());
    // A second staff member in person makes two persons.
    Attendance b = attendance(roll, List.of(1, 3), List.of(proxy(2, Person.member(m(1)))));
    assertTrue(QuorumRule.inClass(STAFF, QuorumRule.persons(2)).decide(b).quorate());
  }

  @Test
  void persons_inEachClass_countEachClassesPersonsOnce() {
    VotingRoll roll = RollFixtures.twoClasses(STAFF, 3, PARENTS, 3);
    Person smith = Person.nonMember("P-1", "J. Smith");
    // Smith holds the proxies of two parents: one parent-side person, and staff M-001 and M-002 are two.
    Attendance a = attendance(roll, List.of(1, 2), List.of(proxy(4, smith), proxy(5, smith)));
    assertFalse(QuorumRule.inEachClass(QuorumRule.persons(2)).decide(a).quorate());
    assertEquals(3, a.persons());
  }

  /** M-001..M-003 individuals; M-004..M-006 corporations. */
  static VotingRoll withCorporations() {
    List<Elector> all = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      all.add(Elector.builder().member(m(i)).organisation(i >= 4).build());
    }
    return VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, all));
  }

  static Attendance represented(List<Integer> inPerson, List<Representative> reps) {
    return Attendance.builder().roll(withCorporations()).startsAt(START).inPerson(inPerson.stream().map(i -> m(i)).toList())
        .representatives(reps).proxyRules(ProxyRules.allowedWithoutLimit()).build();
  }

  static Representative rep(int corporation, String reference) {
    return Representative.of(m(corporation), Person.nonMember(reference, "Rep " + reference));
  }

  @Test
  void s318_2_a_twoRepresentativesOfOneCorporation_areNotTwoQualifyingPersons() {
    Attendance a = represented(List.of(), List.of(rep(4, "R-1"), rep(4, "R-2")));
    assertEquals(2, a.qualifyingPersons().size());
    assertEquals(1, a.persons());
    assertFalse(S318.decide(a).quorate());
  }

  @Test
  void s318_2_a_representativesOfTwoCorporations_areTwo() {
    Attendance a = represented(List.of(), List.of(rep(4, "R-1"), rep(5, "R-2")));
    assertEquals(2, a.persons());
    assertTrue(S318.decide(a).quorate());
  }

  @Test
  void s318_2_a_aMemberWhoAlsoRepresentsACorporation_andAnotherRepresentativeOfIt_areTwo() {
    // s.318(2)(a) needs "each" to qualify only as a representative: M-001 qualifies in their own right
    // (s.318(3)(a)), so M-001 and R-2 are two, though both represent M-004.
    Attendance a = represented(List.of(1), List.of(Representative.of(m(4), Person.member(m(1))), rep(4, "R-2")));
    assertEquals(2, a.persons());
    // Two who are each only representatives of M-004 are not two.
    assertEquals(1, represented(List.of(), List.of(rep(4, "R-1"), rep(4, "R-2"))).persons());
    // A member in person and a representative of a corporation the member does not represent are two.
    assertEquals(2, represented(List.of(1), List.of(rep(4, "R-2"))).persons());
  }

  @Test
  void s318_2_a_overlappingAuthorisations_countTheMostPersonsNoTwoOfWhomAreExcluded() {
    // R-1 represents M-004 and M-005; R-2 M-004 only; R-3 M-005 only: are two.
    Attendance a = represented(List.of(), List.of(rep(4, "R-1"), rep(5, "R-1"), rep(4, "R-2"), rep(5, "R-3")));
    assertEquals(2, a.persons());
  }

  @Test
  void s323_aCorporationIsPresentInPersonByItsRepresentative() {
    ProxyAppointment proxy = ProxyAppointment.of(m(4), Person.member(m(1)), START.minusDays(3));
    Attendance a = Attendance.builder().roll(withCorporations()).startsAt(START).addRepresentatives(rep(4, "R-1"))
        .addProxies(proxy).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals(List.of(m(4)), List.copyOf(a.presentInPerson()));
    assertEquals("PROXY_MEMBER_PRESENT", a.refusedProxies().get(proxy).code());
  }

  @Test
  void s323_1_onlyACorporationMayBeRepresented() {
    assertThrows(InvalidValueException.class, () -> represented(List.of(), List.of(rep(1, "R-1"))));
  }

  @Test
  void explain_saysOnePersonInTheSingular() {
    VotingRoll roll = RollFixtures.roll(4);
    Attendance a = attendance(roll, List.of(1), List.of(proxy(2, Person.member(m(1)))));
    assertTrue(a.explain().startsWith("present: 1 in person, 1 by proxy (1 person counted)\n"), a.explain());
  }

  @Test
  void s318_2_a_aChainOfAuthorisations_countsTheLargestSetNoTwoOfWhomRepresentTheSameCorporation() {
    // Corporations M-004..M-007. R-0 represents M-004 and M-005; R-1 M-004 and M-006; R-2 M-005 and M-007;
    // R-3 M-006; R-4 M-007. Excluded pairs, a chain R-3 R-1 R-0 R-2 R-4.
    // share no corporation: three persons, and no four are free of an excluded pair.
    List<Elector> all = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      all.add(Elector.builder().member(m(i)).organisation(i >= 4).build());
    }
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, all));
    Attendance a = Attendance.builder().roll(roll).startsAt(START).representatives(List.of(
        rep(4, "R-0"), rep(5, "R-0"), rep(4, "R-1"), rep(6, "R-1"), rep(5, "R-2"), rep(7, "R-2"), rep(6, "R-3"), rep(7, "R-4")))
        .build();
    assertEquals(5, a.qualifyingPersons().size());
    assertEquals(3, a.persons());
  }

  @Test
  void s318_2_twoRepresentativesOfOneCorporationWhoAreAlsoProxiesOfOneMember_areTwo() {
    // Each qualifies both as a representative and as a proxy, so neither qualifies "only" as either.
    Person r1 = Person.nonMember("R-1", "Rep R-1");
    Person r2 = Person.nonMember("R-2", "Rep R-2");
    // M-001 holds 100 shares and appoints each of them for half (s.324(2)); M-004 is a corporation.
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, List.of(
        Elector.withShares(m(1), STAFF, "ordinary", 100), Elector.builder().member(m(4)).addClasses(STAFF).organisation(true).build())));
    ProxyAppointment p1 = ProxyAppointment.builder().member(m(1)).holder(r1).lodgedAt(START.minusDays(3)).putShares("ordinary", 50L).build();
    ProxyAppointment p2 = ProxyAppointment.builder().member(m(1)).holder(r2).lodgedAt(START.minusDays(2)).putShares("ordinary", 50L).build();
    Attendance a = Attendance.builder().roll(roll).startsAt(START)
        .representatives(List.of(Representative.of(m(4), r1), Representative.of(m(4), r2)))
        .proxies(List.of(p1, p2)).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals(List.of(p1, p2), a.acceptedProxies().get(m(1)));
    assertEquals(2, a.persons());
  }

  @Test
  void s318_2_b_proxiesOnlyOfDifferentMembers_areTwo() {
    VotingRoll roll = RollFixtures.roll(4);
    Attendance a = attendance(roll, List.of(), List.of(proxy(1, Person.nonMember("P-1", "J. Smith")),
        proxy(2, Person.nonMember("P-2", "A. Jones"))));
    assertEquals(2, a.persons());
    assertTrue(S318.decide(a).quorate());
  }
}
