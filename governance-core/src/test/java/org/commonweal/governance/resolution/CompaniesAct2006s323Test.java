package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.Representative;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * Companies Act 2006 s.323: a corporation that is a member may authorise persons to act as its
 * representatives; any one of them may exercise its powers (s.323(3)); where more than one purport to
 * exercise a power, "if they purport to exercise the power in the same way, the power is treated as
 * exercised in that way" and "if they do not purport to exercise the power in the same way, the power is
 * treated as not exercised" (s.323(4)).
 */
class CompaniesAct2006s323Test {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);
  static final ClassId HOLDERS = ClassId.of("shareholders");
  static final Person R1 = Person.nonMember("R-1", "Asha Patel");
  static final Person R2 = Person.nonMember("R-2", "Ben Okafor");

  /** M-001 a corporation with 700 shares, M-002 an individual with 300. */
  static VotingRoll roll() {
    List<Elector> all = new ArrayList<>();
    all.add(Elector.builder().from(Elector.withShares(m(1), HOLDERS, "ordinary", 700)).organisation(true).build());
    all.add(Elector.withShares(m(2), HOLDERS, "ordinary", 300));
    return VotingRules.oneVotePerShare().roll(Electorate.of(RollFixtures.RECORD, all));
  }

  static Attendance attendance(VotingRoll roll) {
    return Attendance.builder().roll(roll).startsAt(START).addInPerson(m(2))
        .addRepresentatives(Representative.of(m(1), R1), Representative.of(m(1), R2)).build();
  }

  @Test
  void s323_4_a_representativesVotingAlike_exerciseTheCorporationsVotesOnce() {
    VotingRoll roll = roll();
    Tally t = Tally.builder(roll).attendance(attendance(roll))
        .add(Vote.byRepresentative(m(1), R1, Choice.FOR)).add(Vote.byRepresentative(m(1), R2, Choice.FOR))
        .vote(m(2), Choice.AGAINST).build();
    assertEquals(Fraction.of(700), t.totals().forVotes());
    assertEquals(Optional.of(Choice.FOR), t.choiceOf(m(1)));
    assertTrue(t.rejected().isEmpty());
  }

  @Test
  void s323_4_b_representativesVotingDifferently_exerciseNone() {
    VotingRoll roll = roll();
    Vote r1 = Vote.byRepresentative(m(1), R1, Choice.FOR);
    Vote r2 = Vote.byRepresentative(m(1), R2, Choice.AGAINST);
    Tally t = Tally.builder(roll).attendance(attendance(roll)).add(r1).add(r2).vote(m(2), Choice.AGAINST).build();
    assertEquals(Optional.empty(), t.choiceOf(m(1)));
    assertEquals("REPRESENTATIVES_DISAGREE", t.rejected().get(r1).code());
    assertEquals(Fraction.ZERO, t.totals().forVotes());
    assertEquals(Fraction.of(300), t.totals().againstVotes());
  }

  @Test
  void s323_3_oneRepresentativeAlone_mayExerciseTheCorporationsPowers_andOnAShowOfHandsItHasOneVote() {
    VotingRoll roll = roll();
    Tally poll = Tally.builder(roll).attendance(attendance(roll)).add(Vote.byRepresentative(m(1), R2, Choice.FOR)).build();
    assertEquals(Fraction.of(700), poll.totals().forVotes());
    Tally hands = Tally.builder(roll).attendance(attendance(roll)).method(VotingMethod.SHOW_OF_HANDS)
        .add(Vote.byRepresentative(m(1), R1, Choice.FOR)).add(Vote.byRepresentative(m(1), R2, Choice.FOR))
        .vote(m(2), Choice.AGAINST).build();
    assertEquals(Fraction.ONE, hands.totals().forVotes());
    assertEquals(Fraction.ONE, hands.totals().againstVotes());
  }

  @Test
  void aVoteBySomeoneNotListedAsARepresentative_isRefused() {
    VotingRoll roll = roll();
    Vote stranger = Vote.byRepresentative(m(1), Person.nonMember("X-1", "Someone Else"), Choice.FOR);
    Tally t = Tally.builder(roll).attendance(attendance(roll)).add(stranger).build();
    assertEquals("NOT_A_REPRESENTATIVE", t.rejected().get(stranger).code());
  }

  @Test
  void s323_4_a_theNoteSaysHowManyRepresentativesVotedAlike_andNothingForOneAlone() {
    VotingRoll roll = roll();
    Tally two = Tally.builder(roll).attendance(attendance(roll))
        .add(Vote.byRepresentative(m(1), R1, Choice.FOR)).add(Vote.byRepresentative(m(1), R2, Choice.FOR)).build();
    assertEquals(List.of("2 representatives of M-001 voted for: one vote, the corporation's (s.323(4)(a))"), two.notes());
    Tally one = Tally.builder(roll).attendance(attendance(roll)).add(Vote.byRepresentative(m(1), R1, Choice.FOR)).build();
    assertEquals(List.of(), one.notes());
  }

  @Test
  void aRepresentativeWithTwoVotesRecorded_isACallerError() {
    VotingRoll roll = roll();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Tally.builder(roll).attendance(attendance(roll))
        .add(Vote.byRepresentative(m(1), R1, Choice.FOR)).add(Vote.byRepresentative(m(1), R1, Choice.AGAINST)).build());
    assertEquals("representative Asha Patel (R-1) has two votes recorded for M-001", e.getMessage());
  }

  @Test
  void aRepresentativeOfAnotherCorporation_isNotOneOfThisCorporations() {
    // M-003, a second corporation, is represented by Ben Okafor, who votes for M-001 as well.
    List<Elector> all = new ArrayList<>();
    all.add(Elector.builder().from(Elector.withShares(m(1), HOLDERS, "ordinary", 700)).organisation(true).build());
    all.add(Elector.builder().from(Elector.withShares(m(3), HOLDERS, "ordinary", 100)).organisation(true).build());
    VotingRoll roll = VotingRules.oneVotePerShare().roll(Electorate.of(RollFixtures.RECORD, all));
    Attendance a = Attendance.builder().roll(roll).startsAt(START)
        .addRepresentatives(Representative.of(m(1), R1), Representative.of(m(3), R2)).build();
    Vote wrong = Vote.byRepresentative(m(1), R2, Choice.FOR);
    Tally t = Tally.builder(roll).attendance(a).add(wrong).add(Vote.byRepresentative(m(3), R2, Choice.AGAINST)).build();
    assertEquals("NOT_A_REPRESENTATIVE", t.rejected().get(wrong).code());
    assertEquals(Optional.empty(), t.choiceOf(m(1)));
    assertEquals(Optional.of(Choice.AGAINST), t.choiceOf(m(3)));
  }

  @Test
  void refusedRepresentatives_areListedInTheOrderOfTheirNamesWhateverTheOrderRecorded() {
    VotingRoll roll = roll();
    Vote zed = Vote.byRepresentative(m(1), Person.nonMember("X-1", "Zed Moor"), Choice.FOR);
    Vote amy = Vote.byRepresentative(m(1), Person.nonMember("X-2", "Amy Hale"), Choice.FOR);
    Tally t = Tally.builder(roll).attendance(attendance(roll)).add(zed).add(amy).build();
    assertEquals(List.of(amy, zed), List.copyOf(t.rejected().keySet()));
  }
}
