package org.commonweal.governance.resolution;

import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.meeting.Person;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Delegation;
import org.commonweal.governance.voting.DelegationRules;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

class TallyTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 7, 9, 18, 30);
  static final AgendaItem ACCOUNTS = AgendaItem.of("1", "Adopt the accounts");
  static final AgendaItem ANOTHER = AgendaItem.of("2", "Another matter");

  @Test
  void build_rejectsVotesOffTheRollOrWithoutAVote() {
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(RollFixtures.RECORD, List.of(
        Elector.of(m(1)), Elector.builder().member(m(2)).inGoodStanding(false).build())));
    Tally t = Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(2), Choice.FOR).vote(m(3), Choice.AGAINST).build();
    assertEquals(List.of(m(1)), List.copyOf(t.counted().keySet()));
    assertEquals("NO_VOTE", t.rejected().get(Vote.of(m(2), Choice.FOR)).code());
    assertEquals("NOT_ON_ROLL", t.rejected().get(Vote.of(m(3), Choice.AGAINST)).code());
  }

  @Test
  void build_countsProxiesAsInstructedAndRefusesThoseWithoutDiscretion() {
    VotingRoll roll = roll(6);
    ProxyAppointment instructed = ProxyAppointment.builder().member(m(2)).holder(Person.member(m(1))).lodgedAt(START.minusDays(3))
        .putInstructions(ACCOUNTS.id(), Choice.FOR).discretionary(false).build();
    ProxyAppointment noDiscretion = ProxyAppointment.builder().member(m(3)).holder(Person.member(m(1))).lodgedAt(START.minusDays(3))
        .putInstructions(ANOTHER.id(), Choice.FOR).discretionary(false).build();
    ProxyAppointment discretionary = ProxyAppointment.of(m(4), Person.member(m(1)), START.minusDays(3));
    Attendance a = Attendance.builder().roll(roll).startsAt(START).addAgenda(ACCOUNTS, ANOTHER).addInPerson(m(1))
        .addProxies(instructed, noDiscretion, discretionary).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    Tally t = Tally.builder(roll).attendance(a).matter(ACCOUNTS.id())
        .vote(m(1), Choice.FOR)
        .proxyVote(m(2), Choice.AGAINST)
        .proxyVote(m(3), Choice.FOR)
        .proxyVote(m(4), Choice.AGAINST)
        .proxyVote(m(5), Choice.FOR)
        .build();
    assertEquals(Optional.of(Choice.FOR), t.choiceOf(m(2)));
    assertEquals(List.of("proxy for M-002 recorded against but was instructed for: counted as instructed"), t.notes());
    assertEquals("PROXY_WITHOUT_DISCRETION", t.rejected().get(Vote.byProxy(m(3), Choice.FOR)).code());
    assertEquals(Optional.of(Choice.AGAINST), t.choiceOf(m(4)));
    assertEquals("PROXY_NOT_ACCEPTED", t.rejected().get(Vote.byProxy(m(5), Choice.FOR)).code());
    assertEquals(List.of(m(1), m(2), m(3), m(4)), List.copyOf(t.present()));
  }

  @Test
  void build_appliesDelegationsUnlessTheDelegatorVotes() {
    VotingRules rules = VotingRules.builder().delegation(DelegationRules.unlimited()).build();
    VotingRoll roll = rules.roll(Electorate.ofMembers(RollFixtures.RECORD, List.of(m(1), m(2), m(3), m(4))),
        List.of(Delegation.of(m(2), m(1), RollFixtures.RECORD), Delegation.of(m(3), m(1), RollFixtures.RECORD),
            Delegation.of(m(4), m(2), RollFixtures.RECORD)),
        RollFixtures.RECORD.plusDays(5));
    Tally t = Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(3), Choice.AGAINST).build();
    // M-002 follows M-001; M-003 voted in person; M-004's delegate M-002 voted only by delegation, which does not chain.
    assertEquals(Optional.of(Choice.FOR), t.choiceOf(m(2)));
    assertEquals(Vote.Cast.BY_DELEGATE, t.counted().get(m(2)).cast());
    assertEquals(Optional.of(Choice.AGAINST), t.choiceOf(m(3)));
    assertEquals(Optional.empty(), t.choiceOf(m(4)));
    assertTrue(t.notes().contains("M-003 voted, so the delegation to M-001 was not used"));
    Totals totals = t.totals();
    assertEquals(2, totals.forHeads());
    assertEquals(Fraction.of(2), totals.forVotes());
  }

  @Test
  void build_refusesTwoVotesForOneMemberAndBadCastingVotes() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Tally.builder(roll(3)).vote(m(1), Choice.FOR).proxyVote(m(1), Choice.AGAINST).build());
    assertEquals("member M-001 has two votes recorded on this matter", e.getMessage());
    assertThrows(InvalidValueException.class, () -> Tally.builder(roll(3)).castingVote(Choice.ABSTAIN));
    assertThrows(InvalidValueException.class, () -> Tally.builder(roll(3)).attendance(Attendance.of(roll(4), START, List.of())));
  }

  @Test
  void equals_comparesTheInputs() {
    new EqualsTester()
        .addEqualityGroup(Tally.of(roll(3), List.of(Vote.of(m(1), Choice.FOR))), Tally.of(roll(3), List.of(Vote.of(m(1), Choice.FOR))))
        .addEqualityGroup(Tally.of(roll(3), List.of(Vote.of(m(1), Choice.AGAINST))))
        .addEqualityGroup(Tally.builder(roll(3)).vote(m(1), Choice.FOR).castingVote(Choice.FOR).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Vote.of(m(1), Choice.FOR), Vote.of(m(1), Choice.FOR))
        .addEqualityGroup(Vote.byProxy(m(1), Choice.FOR))
        .testEquals();
  }

  @Test
  void voteToString_saysHowTheVoteWasCast() {
    assertEquals("M-001: for", Vote.of(m(1), Choice.FOR).toString());
    assertEquals("M-001: against (by proxy)", Vote.byProxy(m(1), Choice.AGAINST).toString());
    assertEquals("M-001: abstain (by proxy M-002)", Vote.byProxy(m(1), Person.member(m(2)), Choice.ABSTAIN).toString());
    assertEquals("M-001: spoilt (by representative Ann Lee (R-1))",
        Vote.byRepresentative(m(1), Person.nonMember("R-1", "Ann Lee"), Choice.SPOILT).toString());
    assertEquals("M-001: for (by delegate)", Vote.byDelegate(m(1), Choice.FOR).toString());
  }

  @Test
  void build_listsRejectedVotesInMemberOrderWhateverTheOrderRecorded() {
    // Neither M-009 nor M-008 is on a roll of 3; recorded 9 then 8, they are judged and listed 8 then 9.
    Tally t = Tally.builder(roll(3)).vote(m(9), Choice.AGAINST).vote(m(8), Choice.FOR).build();
    assertEquals(List.of(Vote.of(m(8), Choice.FOR), Vote.of(m(9), Choice.AGAINST)), List.copyOf(t.rejected().keySet()));
  }

  @Test
  void toString_givesTheMatterAndTheTotals() {
    // 2 for, 1 against, 1 abstention, one vote each.
    Tally.Builder b = Tally.builder(roll(5)).matter(MatterId.of("Adopt the accounts"));
    TallyFixtures.votes(b, 1, 2, Choice.FOR);
    TallyFixtures.votes(b, 3, 1, Choice.AGAINST);
    TallyFixtures.votes(b, 4, 1, Choice.ABSTAIN);
    Tally t = b.build();
    assertEquals(Optional.of(MatterId.of("Adopt the accounts")), t.matter());
    assertEquals(Optional.empty(), t.attendance());
    assertEquals("Tally[Adopt the accounts: for 2 (2 members), against 1 (1), abstain 1 (1), spoilt 0 (0)]", t.toString());
    assertEquals("Tally[for 0 (0 members), against 0 (0), abstain 0 (0), spoilt 0 (0)]", Tally.of(roll(2), List.of()).toString());
    Attendance a = Attendance.of(roll(5), START, List.of(m(1)));
    assertEquals(Optional.of(a), Tally.builder(roll(5)).attendance(a).build().attendance());
  }

  @Test
  void build_namesTheMatterInItsRefusals() {
    InvalidValueException plain = assertThrows(InvalidValueException.class,
        () -> Tally.builder(roll(3)).matter(MatterId.of("7")).vote(m(1), Choice.FOR).vote(m(1), Choice.AGAINST).build());
    assertEquals("member M-001 has two votes recorded on matter 7", plain.getMessage());
    Attendance a = Attendance.builder().roll(roll(3)).startsAt(START).addAgenda(ACCOUNTS, ANOTHER).addInPerson(m(1)).build();
    InvalidValueException onAgenda = assertThrows(InvalidValueException.class, () -> Tally.builder(roll(3)).attendance(a)
        .matter(ACCOUNTS.id()).vote(m(1), Choice.FOR).vote(m(1), Choice.AGAINST).build());
    assertEquals("member M-001 has two votes recorded on matter " + ACCOUNTS, onAgenda.getMessage());
    assertEquals("delegated votes follow from the roll's delegations; record the delegate's own vote",
        assertThrows(InvalidValueException.class, () -> Tally.builder(roll(3)).add(Vote.byDelegate(m(1), Choice.FOR)).build())
            .getMessage());
    assertEquals("a delegated vote names no holder", assertThrows(InvalidValueException.class, () -> ImmutableVote.builder()
        .member(m(1)).choice(Choice.FOR).cast(Vote.Cast.BY_DELEGATE).holder(Person.member(m(2))).build()).getMessage());
  }

  @Test
  void equals_aPollStatedDiffersFromOneTakenToBe() {
    Tally taken = Tally.of(roll(3), List.of(Vote.of(m(1), Choice.FOR)));
    Tally stated = Tally.builder(roll(3)).method(org.commonweal.governance.meeting.VotingMethod.POLL).vote(m(1), Choice.FOR).build();
    assertEquals(taken.method(), stated.method());
    new EqualsTester().addEqualityGroup(taken).addEqualityGroup(stated).testEquals();
  }
}
