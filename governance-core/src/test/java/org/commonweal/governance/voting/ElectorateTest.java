package org.commonweal.governance.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
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
}
