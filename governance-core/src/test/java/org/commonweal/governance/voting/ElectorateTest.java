package org.commonweal.governance.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.UndefinedClassException;
import org.junit.jupiter.api.Test;

class ElectorateTest {
  static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId PARENTS = ClassId.of("parents");

  @Test
  void of_refusesAMemberListedTwice() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Electorate.of(DAY,
        List.of(Elector.of(MemberId.of("M-1"), STAFF), Elector.of(MemberId.of("M-1"), PARENTS))));
    assertEquals("member M-1 is listed twice in the electorate", e.getMessage());
  }

  @Test
  void elector_refusesRepeatedClassesAndNegativeHoldings() {
    assertThrows(InvalidValueException.class, () -> Elector.of(MemberId.of("M-1"), STAFF, STAFF));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Elector.withShares(MemberId.of("M-1"), STAFF, "ordinary", -1));
    assertEquals("member M-1 holds -1 shares of ordinary: must be at least 0", e.getMessage());
  }

  @Test
  void inClass_keepsOnlyTheClassMembersWithThatClass() {
    Electorate e = Electorate.of(DAY, List.of(
        Elector.of(MemberId.of("M-1"), STAFF, PARENTS), Elector.of(MemberId.of("M-2"), PARENTS), Elector.of(MemberId.of("M-3"), STAFF)));
    Electorate parents = e.inClass(PARENTS);
    assertEquals(List.of(Elector.of(MemberId.of("M-1"), PARENTS), Elector.of(MemberId.of("M-2"), PARENTS)), parents.electors());
    assertEquals(DAY, parents.recordDate());
  }

  @Test
  void ofMembers_givesEachMemberNoClass() {
    Electorate board = Electorate.ofMembers(DAY, List.of(MemberId.of("D-1"), MemberId.of("D-2")));
    assertEquals(2, VotingRules.oneMemberOneVote().roll(board).voters().size());
  }

  @Test
  void equals_comparesDateAndElectorsInOrder() {
    Elector a = Elector.of(MemberId.of("M-1"), STAFF);
    Elector b = Elector.of(MemberId.of("M-2"), STAFF);
    new EqualsTester()
        .addEqualityGroup(Electorate.of(DAY, List.of(a, b)), Electorate.of(DAY, List.of(a, b)))
        .addEqualityGroup(Electorate.of(DAY, List.of(b, a)))
        .addEqualityGroup(Electorate.of(DAY.plusDays(1), List.of(a, b)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a, Elector.builder().member(MemberId.of("M-1")).addClasses(STAFF).build())
        .addEqualityGroup(Elector.builder().from(a).organisation(true).build())
        .addEqualityGroup(Elector.of(MemberId.of("M-1"), STAFF, PARENTS))
        .addEqualityGroup(Elector.of(MemberId.of("M-1"), PARENTS, STAFF))
        .testEquals();
  }

  @Test
  void classes_areThoseOfTheMembersUnlessDeclared_andDeclaredClassesMustCoverEveryMember() {
    Electorate derived = Electorate.of(DAY, List.of(Elector.of(MemberId.of("M-1"), STAFF), Elector.of(MemberId.of("M-2"), PARENTS)));
    assertEquals(List.of(PARENTS, STAFF), List.copyOf(derived.classes()));
    Electorate none = Electorate.ofMembers(DAY, List.of(MemberId.of("D-1")));
    assertEquals(List.of(), List.copyOf(none.classes()));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Electorate.builder().recordDate(DAY).addClasses(STAFF)
        .addElectors(Elector.of(MemberId.of("M-1"), PARENTS)).build());
    assertEquals("member M-1 is in class parents, which is not among the classes defined [staff]", e.getMessage());
    Electorate declared = Electorate.builder().recordDate(DAY).addClasses(STAFF, PARENTS)
        .addElectors(Elector.of(MemberId.of("M-1"), STAFF)).build();
    assertEquals(List.of(PARENTS, STAFF), List.copyOf(declared.classes()));
  }

  @Test
  void inClass_ofAClassNotDefined_isRefused_andOfAnEmptyClassHasNoMembers() {
    Electorate e = Electorate.builder().recordDate(DAY).addClasses(STAFF, PARENTS)
        .addElectors(Elector.of(MemberId.of("M-1"), STAFF)).build();
    UndefinedClassException u = assertThrows(UndefinedClassException.class, () -> e.inClass(ClassId.of("pupils")));
    assertEquals(ClassId.of("pupils"), u.classId());
    assertTrue(u.getMessage().contains("a class meeting of pupils"), u.getMessage());
    assertEquals(List.of(), e.inClass(PARENTS).electors());
    assertEquals(e.classes(), e.inClass(PARENTS).classes());
  }

  @Test
  void byMember_findsEachElector() {
    Elector a = Elector.of(MemberId.of("M-2"), STAFF);
    Elector b = Elector.of(MemberId.of("M-1"), PARENTS);
    Electorate e = Electorate.of(DAY, List.of(a, b));
    assertEquals(List.of(MemberId.of("M-1"), MemberId.of("M-2")), List.copyOf(e.byMember().keySet()));
    assertEquals(a, e.byMember().get(MemberId.of("M-2")));
  }

  @Test
  void elector_refusesABlankShareClass_andCountsSharesInOrOutsideClasses() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Elector.withShares(MemberId.of("M-1"), STAFF, " ", 1));
    assertEquals("member M-1 has a blank share class code", e.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> Elector.of(MemberId.of("M-1"), STAFF, STAFF));
    assertEquals("member M-1 lists class staff twice in [staff, staff]", twice.getMessage());
    Elector x = Elector.builder().member(MemberId.of("M-1")).putHoldings("ordinary", 3).putHoldings("equity", 40)
        .putHoldings("deferred", 5).build();
    assertEquals(45, x.sharesIn(Set.of("ordinary"), true));
    assertEquals(3, x.sharesIn(Set.of("ordinary"), false));
    assertEquals(0, x.sharesIn(Set.of(), false));
    assertEquals(0, Elector.withShares(MemberId.of("M-1"), STAFF, "ordinary", 0).sharesIn(Set.of(), true));
  }
}
