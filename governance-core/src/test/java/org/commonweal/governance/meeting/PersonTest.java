package org.commonweal.governance.meeting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/** The individuals at a meeting, the representatives of corporations, and the identities of matters. */
class PersonTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);

  @Test
  void compareTo_putsMembersFirstByIdThenNonMembersByReferenceAndName() {
    Person m2 = Person.member(MemberId.of("M-002"));
    Person m10 = Person.member(MemberId.of("M-010"));
    Person a = Person.nonMember("A-1", "Zed");
    Person b1 = Person.nonMember("B-1", "Ann");
    Person b1Other = Person.nonMember("B-1", "Bea");
    List<Person> sorted = new ArrayList<>(List.of(b1Other, a, m10, b1, m2));
    sorted.sort(null);
    assertEquals(List.of(m2, m10, a, b1, b1Other), sorted);
    assertEquals(0, a.compareTo(Person.nonMember("A-1", "Zed")));
    assertTrue(a.compareTo(m2) > 0);
    assertTrue(m2.compareTo(a) < 0);
  }

  @Test
  void member_isKnownByItsId_aNonMemberByReferenceAndName() {
    Person member = Person.member(MemberId.of("M-003"));
    assertEquals("M-003", member.reference());
    assertEquals("M-003", member.name());
    assertEquals(Optional.of(MemberId.of("M-003")), member.memberId());
    assertEquals("M-003", member.toString());
    Person solicitor = Person.nonMember("P-17", "Jane Smith");
    assertEquals("P-17", solicitor.reference());
    assertEquals("Jane Smith", solicitor.name());
    assertEquals(Optional.empty(), solicitor.memberId());
    assertEquals("Jane Smith (P-17)", solicitor.toString());
    new EqualsTester()
        .addEqualityGroup(member, Person.member(MemberId.of("M-003")))
        .addEqualityGroup(solicitor, Person.nonMember("P-17", "Jane Smith"))
        .addEqualityGroup(Person.nonMember("P-17", "J. Smith"))
        .addEqualityGroup(Person.nonMember("M-003", "M-003"))
        .testEquals();
  }

  @Test
  void nonMember_refusesABlankNameOrOneWithControlCharacters() {
    InvalidValueException blank = assertThrows(InvalidValueException.class, () -> Person.nonMember("P-1", " "));
    assertEquals("name", blank.field());
    InvalidValueException control = assertThrows(InvalidValueException.class, () -> Person.nonMember("P-1", "Jane\nSmith"));
    assertEquals("name \"Jane\nSmith\" must not contain control characters", control.getMessage());
    assertThrows(InvalidValueException.class, () -> Person.nonMember(" P-1", "Jane Smith"));
  }

  @Test
  void representative_mayNotBeTheCorporationItself_andReadsAsPersonForCorporation() {
    InvalidValueException self = assertThrows(InvalidValueException.class,
        () -> Representative.of(m(4), Person.member(m(4))));
    assertEquals("corporation M-004 cannot be its own representative", self.getMessage());
    Representative r = Representative.of(m(4), Person.nonMember("R-1", "Asha Patel"));
    assertEquals("Asha Patel (R-1) for M-004", r.toString());
    assertEquals(m(4), r.corporation());
    // A member may represent another member that is a corporation.
    assertEquals(Person.member(m(1)), Representative.of(m(4), Person.member(m(1))).person());
  }

  @Test
  void attendance_refusesARepresentativeListedTwice() {
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, List.of(
        Elector.of(m(1)), Elector.builder().member(m(4)).organisation(true).build())));
    Representative r = Representative.of(m(4), Person.nonMember("R-1", "Asha Patel"));
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> Attendance.builder().roll(roll).startsAt(START).addRepresentatives(r, r).build());
    assertEquals("Asha Patel (R-1) for M-004 is listed twice", twice.getMessage());
    InvalidValueException individual = assertThrows(InvalidValueException.class, () -> Attendance.builder().roll(roll)
        .startsAt(START).addRepresentatives(Representative.of(m(1), Person.nonMember("R-2", "B. Rep"))).build());
    assertEquals("B. Rep (R-2) for M-001: M-001 is not a corporation on the roll", individual.getMessage());
    InvalidValueException absent = assertThrows(InvalidValueException.class, () -> Attendance.builder().roll(roll)
        .startsAt(START).addRepresentatives(Representative.of(m(9), Person.nonMember("R-2", "B. Rep"))).build());
    assertEquals("B. Rep (R-2) for M-009: M-009 is not a corporation on the roll", absent.getMessage());
    Attendance a = Attendance.builder().roll(roll).startsAt(START).addRepresentatives(r).build();
    assertEquals(List.of(m(4)), List.copyOf(a.present()));
    assertEquals(1, a.persons());
  }

  @Test
  void attendance_findsAnAgendaItemByItsIdentifier_andRefusesAMatterListedTwice() {
    AgendaItem accounts = AgendaItem.of("1", "Adopt the accounts");
    AgendaItem auditors = AgendaItem.of("2", "Appoint auditors");
    Attendance a = Attendance.builder().roll(RollFixtures.roll(3)).startsAt(START).addAgenda(accounts, auditors).build();
    assertEquals(Optional.of(auditors), a.agendaItem(MatterId.of("2")));
    assertEquals(Optional.empty(), a.agendaItem(MatterId.of("3")));
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> Attendance.builder().roll(RollFixtures.roll(3))
        .startsAt(START).addAgenda(accounts, AgendaItem.of("1", "Adopt the report")).build());
    assertEquals("matter 1 is on the agenda twice", twice.getMessage());
  }

  @Test
  void instruction_onAMatterNotOnTheAgenda_namesTheMattersUnknownAndTheAgenda() {
    ProxyAppointment p = ProxyAppointment.builder().member(m(2)).holder(Person.member(m(1))).lodgedAt(START.minusDays(1))
        .putInstructions(MatterId.of("2"), org.commonweal.governance.voting.Choice.FOR)
        .putInstructions(MatterId.of("9"), org.commonweal.governance.voting.Choice.AGAINST).build();
    Attendance a = Attendance.builder().roll(RollFixtures.roll(3)).startsAt(START).addAgenda(AgendaItem.of("1", "Accounts"),
        AgendaItem.of("2", "Auditors")).addProxies(p).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals("instructions on [9], which the agenda [1, 2] does not list", a.refusedProxies().get(p).message());
    assertFalse(a.present().contains(m(2)));
  }

  @Test
  void matterId_comparesAndHashesByItsText() {
    MatterId r3 = MatterId.of("R3");
    assertEquals("R3", r3.value());
    assertEquals("R3", r3.toString());
    assertEquals(MatterId.of(r3.toString()), r3);
    assertTrue(MatterId.of("1").compareTo(MatterId.of("2")) < 0);
    assertTrue(MatterId.of("2").compareTo(MatterId.of("1")) > 0);
    assertEquals(0, r3.compareTo(MatterId.of("R3")));
    new EqualsTester()
        .addEqualityGroup(r3, MatterId.of("R3"))
        .addEqualityGroup(MatterId.of("r3"))
        .testEquals();
    assertFalse(r3.equals("R3"));
    assertNotEquals(MatterId.of("1").hashCode(), MatterId.of("2").hashCode());
  }

  @Test
  void agendaItem_needsATitle() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> AgendaItem.of("1", " "));
    assertEquals("matter 1 needs a title", e.getMessage());
    assertEquals("Adopt the accounts", AgendaItem.of("1", "Adopt the accounts").title());
  }
}
