package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class MemberTest {
  private static final ClassId STAFF = ClassId.of("staff");
  private static final ClassId PARENTS = ClassId.of("parents");
  private static final LocalDate JAN = LocalDate.of(2025, 1, 10);
  private static final LocalDate MAR = LocalDate.of(2025, 3, 10);
  private static final LocalDate JUN = LocalDate.of(2025, 6, 10);
  private static final LocalDate SEP = LocalDate.of(2025, 9, 10);

  private static MemberEvent event(LocalDate date, MemberEvent.Kind kind, ClassId c) {
    return MemberEvent.of(date, kind, Set.of(c), "");
  }

  private static Member.Builder member() {
    Member.Builder b = Member.builder();
    b.id(MemberId.of("M-0001")).name("Ada Okafor");
    return b;
  }

  /** Admitted to staff in January, moved to parents in March, suspended in June, ceased in September. */
  private static Member history() {
    return member()
        .addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF))
        .addHistory(event(MAR, MemberEvent.Kind.CLASSES_CHANGED, PARENTS))
        .addHistory(event(JUN, MemberEvent.Kind.SUSPENDED, PARENTS))
        .addHistory(event(SEP, MemberEvent.Kind.CEASED, PARENTS))
        .build();
  }

  @Test
  void status_followsTheLastStatusEvent() {
    Member m = history();
    assertEquals(MemberStatus.CEASED, m.status());
    assertEquals(Optional.of(SEP), m.ceasedOn());
    assertEquals(SEP, m.statusSince());
    assertEquals(JAN, m.admittedOn());
    assertEquals(ImmutableSortedSet.of(PARENTS), m.classes());
  }

  @Test
  void statusOn_recordDates() {
    Member m = history();
    assertEquals(Optional.empty(), m.statusOn(JAN.minusDays(1)));
    assertEquals(Optional.of(MemberStatus.ADMITTED), m.statusOn(JAN));
    assertEquals(Optional.of(MemberStatus.ADMITTED), m.statusOn(MAR));
    assertEquals(Optional.of(MemberStatus.SUSPENDED), m.statusOn(JUN.plusDays(1)));
    assertEquals(Optional.of(MemberStatus.CEASED), m.statusOn(SEP));
    assertTrue(m.isMemberOn(SEP.minusDays(1)));
    assertFalse(m.isMemberOn(SEP));
  }

  @Test
  void classesOn_recordDates() {
    Member m = history();
    assertEquals(ImmutableSortedSet.of(), m.classesOn(JAN.minusDays(1)));
    assertEquals(ImmutableSortedSet.of(STAFF), m.classesOn(MAR.minusDays(1)));
    assertEquals(ImmutableSortedSet.of(PARENTS), m.classesOn(MAR));
  }

  @Test
  void statusSince_ignoresClassChanges() {
    Member m =
        member()
            .addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF))
            .addHistory(event(MAR, MemberEvent.Kind.CLASSES_CHANGED, PARENTS))
            .build();
    assertEquals(JAN, m.statusSince());
    assertEquals(MAR, m.lastChangedOn());
  }

  @Test
  void build_emptyHistory_throws() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> member().build());
    assertEquals("history", e.field());
  }

  @Test
  void build_historyNotStartingWithAdmission_throws() {
    assertThrows(InvalidValueException.class, () -> member().addHistory(event(JAN, MemberEvent.Kind.SUSPENDED, STAFF)).build());
  }

  @Test
  void build_eventsOutOfDateOrder_throws() {
    assertThrows(
        InvalidValueException.class,
        () -> member().addHistory(event(MAR, MemberEvent.Kind.ADMITTED, STAFF)).addHistory(event(JAN, MemberEvent.Kind.SUSPENDED, STAFF)).build());
  }

  @Test
  void build_reinstatingAnAdmittedMember_throws() {
    assertThrows(
        InvalidValueException.class,
        () -> member().addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF)).addHistory(event(MAR, MemberEvent.Kind.REINSTATED, STAFF)).build());
  }

  @Test
  void build_eventAfterCessation_throws() {
    assertThrows(
        InvalidValueException.class,
        () ->
            member()
                .addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF))
                .addHistory(event(MAR, MemberEvent.Kind.CEASED, STAFF))
                .addHistory(event(JUN, MemberEvent.Kind.CEASED, STAFF))
                .build());
  }

  @Test
  void build_suspensionThatChangesClasses_throws() {
    assertThrows(
        InvalidValueException.class,
        () -> member().addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF)).addHistory(event(MAR, MemberEvent.Kind.SUSPENDED, PARENTS)).build());
  }

  @Test
  void build_blankName_throws() {
    assertThrows(
        InvalidValueException.class,
        () -> Member.builder().id(MemberId.of("M-1")).name(" ").addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF)).build());
  }

  @Test
  void memberEvent_noClass_throws() {
    assertThrows(InvalidValueException.class, () -> MemberEvent.of(JAN, MemberEvent.Kind.ADMITTED, Set.of(), ""));
  }

  @Test
  void equals_sameHistory_equalAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(history(), history())
        .addEqualityGroup(member().addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF)).build())
        .addEqualityGroup(member().kind(MemberKind.REGISTERED_SOCIETY).addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF)).build())
        .testEquals();
  }

  @Test
  void build_eventsOutOfDateOrder_messageNamesBothEvents() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> member().addHistory(event(MAR, MemberEvent.Kind.ADMITTED, STAFF)).addHistory(event(JAN, MemberEvent.Kind.SUSPENDED, STAFF)).build());
    assertEquals("history", e.field());
    assertEquals(
        "member M-0001: event 2025-01-10 SUSPENDED [staff] is dated before the previous event 2025-03-10 ADMITTED [staff]", e.getMessage());
  }

  @Test
  void build_suspensionThatChangesClasses_messageSaysOnlyAChangeOfClassMay() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> member().addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF)).addHistory(event(MAR, MemberEvent.Kind.SUSPENDED, PARENTS)).build());
    assertEquals("member M-0001: event 2025-03-10 SUSPENDED [parents] changes the classes; only a change of class may", e.getMessage());
  }

  @Test
  void build_secondAdmission_throws() {
    // A member is admitted once; a former member who returns needs a new reference.
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> member().addHistory(event(JAN, MemberEvent.Kind.ADMITTED, STAFF)).addHistory(event(MAR, MemberEvent.Kind.ADMITTED, STAFF)).build());
    assertEquals("history", e.field());
    assertEquals("member M-0001: a member is admitted only once", e.getMessage());
  }

  @Test
  void toString_idNameStatusClasses() {
    assertEquals("M-0001 Ada Okafor CEASED [parents]", history().toString());
  }

  @Test
  void memberEvent_toString_dateKindClassesAndNoteIfAny() {
    assertEquals("2025-01-10 ADMITTED [staff]", event(JAN, MemberEvent.Kind.ADMITTED, STAFF).toString());
    assertEquals(
        "2025-06-10 SUSPENDED [parents, staff] arrears",
        MemberEvent.of(JUN, MemberEvent.Kind.SUSPENDED, Set.of(STAFF, PARENTS), "arrears").toString());
  }
}
