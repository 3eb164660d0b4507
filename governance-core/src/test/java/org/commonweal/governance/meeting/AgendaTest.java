package org.commonweal.governance.meeting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.RollFixtures;
import org.junit.jupiter.api.Test;

/**
 * Matters on an agenda have an identity, and proxy instructions are keyed by it: an instruction on a
 * matter the agenda does not list is refused, never silently lost.
 */
class AgendaTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);
  static final AgendaItem ACCOUNTS = AgendaItem.of("1", "Adopt the accounts");

  @Test
  void instruction_onAMatterNotOnTheAgenda_isRefusedWithItsReason() {
    ProxyAppointment typo = ProxyAppointment.builder().member(m(2)).holder(Person.member(m(1)))
        .lodgedAt(START.minusDays(2)).putInstructions(MatterId.of("adopt the accounts"), Choice.FOR).build();
    Attendance a = Attendance.builder().roll(RollFixtures.roll(3)).startsAt(START).addAgenda(ACCOUNTS)
        .addInPerson(m(1)).addProxies(typo).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertTrue(a.acceptedProxies().isEmpty());
    assertEquals("PROXY_INSTRUCTION_NOT_ON_AGENDA", a.refusedProxies().get(typo).code());
  }

  @Test
  void instruction_onAMatterOnTheAgenda_isAccepted() {
    ProxyAppointment p = ProxyAppointment.builder().member(m(2)).holder(Person.member(m(1)))
        .lodgedAt(START.minusDays(2)).putInstructions(ACCOUNTS.id(), Choice.FOR).build();
    Attendance a = Attendance.builder().roll(RollFixtures.roll(3)).startsAt(START).addAgenda(ACCOUNTS)
        .addInPerson(m(1)).addProxies(p).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals(List.of(m(2)), List.copyOf(a.acceptedProxies().keySet()));
  }

  @Test
  void meetingRules_attendance_takesTheMeetingsAgenda() {
    Meeting agm = Meeting.builder().kind(MeetingKind.ANNUAL_GENERAL).startsAt(START)
        .noticeGivenOn(LocalDate.of(2026, 8, 1)).addAgenda(ACCOUNTS).build();
    MeetingRules rules = MeetingRules.builder().quorum(QuorumRule.members(1)).proxies(ProxyRules.allowedWithoutLimit())
        .build();
    Attendance a = rules.attendance(agm, RollFixtures.roll(3), List.of(m(1)), List.of());
    assertEquals(List.of(ACCOUNTS), a.agenda());
  }

  @Test
  void agenda_listingOneMatterTwice_isRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Meeting.builder()
        .kind(MeetingKind.ANNUAL_GENERAL).startsAt(START).noticeGivenOn(LocalDate.of(2026, 8, 1))
        .addAgenda(ACCOUNTS, AgendaItem.of("1", "Appoint auditors")).build());
    assertEquals("matter 1 is on the agenda twice", e.getMessage());
  }

  @Test
  void matterId_refusesBlankAndPaddedText() {
    assertThrows(InvalidValueException.class, () -> MatterId.of(" "));
    assertThrows(InvalidValueException.class, () -> MatterId.of(" 1"));
    assertEquals(MatterId.of("R3"), MatterId.of("R3"));
    assertEquals("1. Adopt the accounts", ACCOUNTS.toString());
  }

  @Test
  void person_aMemberNamedAsHolder_isTheSamePersonAsTheMemberInPerson() {
    assertEquals(Person.member(m(1)), Person.member(m(1)));
    assertEquals(Person.nonMember("P-1", "J. Smith"), Person.nonMember("P-1", "J. Smith"));
    assertThrows(InvalidValueException.class, () -> ProxyAppointment.of(m(1), Person.member(m(1)), START));
  }
}
