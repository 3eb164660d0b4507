package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.UndefinedClassException;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * A rule naming a class the constitution does not define is refused with a typed error; a defined class
 * with no member present is the documented empty case.
 */
class UndefinedClassTest {
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId PARENTS = ClassId.of("parents");
  static final ClassId TYPO = ClassId.of("stafff");
  static final ClassId STUDENTS = ClassId.of("students");

  /** Staff M-001..M-003 and parents M-004..M-006; the constitution also defines students, who have none. */
  static VotingRoll roll() {
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 3, STAFF));
    all.addAll(RollFixtures.electors(4, 3, PARENTS));
    return VotingRules.oneMemberOneVote().roll(Electorate.builder().recordDate(RollFixtures.RECORD)
        .addClasses(STAFF, PARENTS, STUDENTS).electors(all).build());
  }

  static Tally allFor(VotingRoll roll) {
    Tally.Builder b = Tally.builder(roll);
    TallyFixtures.votes(b, 1, 6, Choice.FOR);
    return b.build();
  }

  @Test
  void conditionInClass_namingAnUndefinedClass_isRefusedNamingTheClassesDefined() {
    UndefinedClassException e = assertThrows(UndefinedClassException.class,
        () -> Condition.inClass(TYPO, Threshold.majorityOfVotesCast()).decide(allFor(roll())));
    assertEquals(TYPO, e.classId());
    assertEquals(List.of(PARENTS, STAFF, STUDENTS), List.copyOf(e.defined()));
  }

  @Test
  void conditionInClass_aDefinedClassWithNoMembers_isTheEmptyCase() {
    // No student holds a vote: the base is empty, which a threshold does not meet.
    assertFalse(Condition.inClass(STUDENTS, Threshold.majorityOfVotesCast()).decide(allFor(roll())).met());
    assertTrue(Condition.inClass(STAFF, Threshold.majorityOfVotesCast()).decide(allFor(roll())).met());
  }

  @Test
  void quorumInClass_namingAnUndefinedClass_isRefusedUnderEveryMeasure() {
    VotingRoll roll = roll();
    Attendance a = Attendance.of(roll, LocalDateTime.of(2026, 9, 1, 10, 0), RollFixtures.range(1, 6));
    assertThrows(UndefinedClassException.class, () -> QuorumRule.inClass(TYPO, QuorumRule.persons(2)).decide(a));
    assertThrows(UndefinedClassException.class,
        () -> QuorumRule.inClass(TYPO, QuorumRule.fractionOfMembers(Fraction.ONE_HALF)).decide(a));
    assertThrows(UndefinedClassException.class, () -> QuorumRule.greaterOf(QuorumRule.members(2),
        QuorumRule.inClass(TYPO, QuorumRule.members(1))).decide("requisition", roll, RollFixtures.range(1, 6)));
    // The empty defined class: no student present, none needed of none, 1 needed of none.
    assertTrue(QuorumRule.inClass(STUDENTS, QuorumRule.fractionOfMembers(Fraction.ONE_HALF)).decide(a).quorate());
    assertFalse(QuorumRule.inClass(STUDENTS, QuorumRule.members(1)).decide(a).quorate());
  }

  @Test
  void classShares_namingAnUndefinedClass_isRefusedWhenTheRollIsMade() {
    VotingRules rules = VotingRules.builder().classShares(ClassShares.of(
        Map.of(STAFF, Fraction.ONE_HALF, TYPO, Fraction.ONE_HALF), ClassShares.Absent.REDISTRIBUTE)).build();
    Electorate e = roll().electorate();
    UndefinedClassException x = assertThrows(UndefinedClassException.class, () -> rules.roll(e));
    assertEquals(TYPO, x.classId());
  }

  @Test
  void electorate_aMemberInAClassNotDefined_isRefused() {
    assertThrows(InvalidValueException.class, () -> Electorate.builder().recordDate(RollFixtures.RECORD)
        .addClasses(STAFF).addElectors(Elector.of(m(1), PARENTS)).build());
  }

  @Test
  void tally_aMatterNotOnTheAgenda_isRefused() {
    VotingRoll roll = roll();
    Attendance a = Attendance.builder().roll(roll).startsAt(LocalDateTime.of(2026, 9, 1, 10, 0))
        .addAgenda(AgendaItem.of("1", "Adopt the accounts")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Tally.builder(roll).attendance(a).matter(MatterId.of("2")).build());
    assertEquals("matter 2 is not on the agenda [1. Adopt the accounts]", e.getMessage());
  }
}
