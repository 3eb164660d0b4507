package org.commonweal.governance.meeting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.junit.jupiter.api.Test;

/**
 * Companies Act 2006 s.318(1)-(2), from the section's words: "two qualifying persons present at a
 * meeting are a quorum"; a qualifying person is an individual who is a member, a corporation's
 * representative or a proxy (s.318(3)). One individual in several capacities is one person, at the top
 * level and inside a class-scoped rule.
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
  void s318_1_oneMemberHoldingTheProxiesOfTwoOthers_isOneQualifyingPerson() {
    VotingRoll roll = RollFixtures.roll(4);
    Person one = Person.member(m(1));
    Attendance a = attendance(roll, List.of(1), List.of(proxy(2, one), proxy(3, one)));
    assertEquals(1, a.persons());
    assertFalse(S318.decide(a).quorate());
  }

  @Test
  void s318_1_aMemberAndAnOutsideProxyHolder_areTwoQualifyingPersons() {
    VotingRoll roll = RollFixtures.roll(4);
    Attendance a = attendance(roll, List.of(1), List.of(proxy(2, Person.nonMember("P-1", "J. Smith"))));
    assertEquals(2, a.persons());
    assertTrue(S318.decide(a).quorate());
  }

  @Test
  void s318_1_oneOutsideHolderActingForTwoMembers_isOnePerson() {
    VotingRoll roll = RollFixtures.roll(4);
    Person smith = Person.nonMember("P-1", "J. Smith");
    Attendance a = attendance(roll, List.of(), List.of(proxy(1, smith), proxy(2, smith)));
    assertEquals(List.of(smith), List.copyOf(a.qualifyingPersons()));
    assertFalse(S318.decide(a).quorate());
  }

  @Test
  void s318_1_inAClass_aMemberWhoAlsoHoldsAClassmatesProxy_isOnePersonNotTwo() {
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

  @Test
  void explain_saysOnePersonInTheSingular() {
    VotingRoll roll = RollFixtures.roll(4);
    Attendance a = attendance(roll, List.of(1), List.of(proxy(2, Person.member(m(1)))));
    assertTrue(a.explain().startsWith("present: 1 in person, 1 by proxy (1 person counted)\n"), a.explain());
  }
}
