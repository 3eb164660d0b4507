package org.commonweal.governance.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.membership.ClassId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BoardRulesTest {
  private static final ClassId PARENTS = ClassId.of("parents");

  private static String field(Executable build) {
    return assertThrows(InvalidValueException.class, build).field();
  }

  @Test
  void seats_countTheElectedAppointedAndExOfficio() {
    BoardRules r =
        BoardRules.builder()
            .minSize(5)
            .maxSize(9)
            .addReserved(new ReservedSeats(PARENTS, 2))
            .generalSeats(3)
            .addAppointed(new AppointedSeats("Local authority", 1))
            .addExOfficio("Head teacher")
            .build();
    assertEquals(5, r.electedSeats());
    assertEquals(7, r.fixedSeats());
    assertEquals(VacancyRule.COUNTBACK, r.vacancies());
  }

  @Test
  void build_moreFixedSeatsThanTheMaximum_buildsAndElectionRefusesIt() {
    // Seats beyond the maximum are a finding of a constitution's validation
    // (ValidatorTest#validate_boardSeatsAboveItsSize_isReported), not a build error; an election under
    // such rules is refused before any count, naming the same field.
    BoardRules r = BoardRules.builder().minSize(3).maxSize(4).generalSeats(5).build();
    assertEquals(5, r.fixedSeats());
    assertEquals("maxSize", field(() -> BoardElection.elect(r, Boards.register(List.of(PARENTS)),
        Boards.RECORD_DATE, List.of(), List.of(), TieBreaker.givenOrder())));
  }

  @Test
  void build_invalidCombinations_areRefusedNamingTheField() {
    assertEquals("minSize", field(() -> BoardRules.builder().minSize(0).maxSize(3).generalSeats(3).build()));
    assertEquals("maxSize", field(() -> BoardRules.builder().minSize(5).maxSize(4).generalSeats(4).build()));
    assertEquals("minSize", field(() -> BoardRules.builder().minSize(6).maxSize(9).generalSeats(4).maxCoopted(1).build()));
    assertEquals(
        "reserved",
        field(() -> BoardRules.builder().minSize(2).maxSize(9).addReserved(new ReservedSeats(PARENTS, 1), new ReservedSeats(PARENTS, 2)).build()));
    CompositionLimit half = CompositionLimit.atMost("parents", Group.ofClass(PARENTS), Fraction.ONE_HALF);
    assertEquals(
        "limits",
        field(() -> BoardRules.builder().minSize(2).maxSize(6).addReserved(new ReservedSeats(PARENTS, 4)).addLimits(half).build()));
    assertEquals("limits", field(() -> BoardRules.builder().minSize(2).maxSize(6).generalSeats(2).addLimits(half, half).build()));
    assertEquals("generalSeats", field(() -> BoardRules.builder().minSize(1).maxSize(6).generalSeats(-1).maxCoopted(2).build()));
    assertEquals("seats", field(() -> new ReservedSeats(PARENTS, 0)));
    assertEquals("body", field(() -> new AppointedSeats(" ", 1)));
  }

  @Test
  void compositionLimit_roundsMaximaDownMinimaUpAndAMajorityIsMoreThanHalf() {
    Group staff = Group.attribute("staff");
    CompositionLimit third = CompositionLimit.atMost("staff", staff, Fraction.of(1, 3));
    assertEquals(3, third.maxSeats(10));
    assertEquals(4, third.maxSeats(12));
    assertEquals(0, third.minSeats(10));
    CompositionLimit atLeastThird = CompositionLimit.atLeast("staff", staff, Fraction.of(1, 3));
    assertEquals(4, atLeastThird.minSeats(10));
    assertEquals(4, atLeastThird.minSeats(12));
    CompositionLimit majority = CompositionLimit.majority("residents", Group.attribute("resident"));
    assertEquals(6, majority.minSeats(10));
    assertEquals(6, majority.minSeats(11));
    assertEquals(5, majority.minSeats(8));
    assertFalse(majority.allows(4, 8));
    assertTrue(majority.allows(5, 8));
    assertEquals("fraction", field(() -> CompositionLimit.atMost("x", staff, Fraction.of(3, 2))));
    assertEquals("group", field(() -> new Group(null, null)));
  }

  @Test
  void toString_namesSeatsAndLimitsInWords() {
    Director ann = Director.nonMember("Ann", List.of());
    assertEquals("Ann (elected, all members)", new BoardSeat(ann, BoardSeat.Kind.ELECTED, "all members", true).toString());
    assertEquals("Ann (continuing, parents)", BoardSeat.continuing(ann, "parents").toString());
    assertEquals("Ann (appointed, Local authority)", BoardSeat.appointed(ann, "Local authority").toString());
    assertEquals("Ann (ex officio, Head teacher)", BoardSeat.exOfficio(ann, "Head teacher").toString());
    assertEquals("Ann (co-opted, until the next annual meeting)", BoardSeat.coOpted(ann, false).toString());
    assertEquals("staff: attribute staff at most 1/3 of the board",
        CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(1, 3)).toString());
    assertEquals("parents: class parents at least 1/4 of the board",
        CompositionLimit.atLeast("parents", Group.ofClass(PARENTS), Fraction.of(1, 4)).toString());
    assertEquals("residents: attribute resident more than 1/2 of the board",
        CompositionLimit.majority("residents", Group.attribute("resident")).toString());
  }

  @Test
  void boardSeat_onlyACoOptedSeatMayBeWithoutAVote() {
    Director ann = Director.nonMember("Ann", List.of());
    assertFalse(BoardSeat.coOpted(ann, false).votes());
    assertTrue(BoardSeat.coOpted(ann, true).votes());
    assertEquals("votes", field(() -> new BoardSeat(ann, BoardSeat.Kind.APPOINTED, "Local authority", false)));
    assertEquals("basis", field(() -> BoardSeat.exOfficio(ann, " ")));
  }

  @Test
  void build_refusalsGiveTheirReasons_andAReservationExactlyAtALimitIsAllowed() {
    assertTrue(BoardRules.builder().minSize(1).maxSize(3).generalSeats(3).build().coOptedVote());
    assertEquals("minSize (6) is more than the 5 seats the rules provide, co-opted included", assertThrows(
        InvalidValueException.class, () -> BoardRules.builder().minSize(6).maxSize(9).generalSeats(4).maxCoopted(1).build())
        .getMessage());
    // At most half of a board of 6 is 3: three reserved seats are within the limit, four are not.
    CompositionLimit half = CompositionLimit.atMost("parents", Group.ofClass(PARENTS), Fraction.ONE_HALF);
    assertEquals(3, BoardRules.builder().minSize(2).maxSize(6).addReserved(new ReservedSeats(PARENTS, 3)).addLimits(half)
        .build().electedSeats());
  }

  @Test
  void constituency_refusesTwoCandidatesOfOneName() {
    Director ann = Director.nonMember("Ann", List.of());
    assertEquals("two candidates are named \"Ann\"", assertThrows(InvalidValueException.class, () -> Constituency.general(1,
        List.of(ann, Director.nonMember("Ann", List.of("staff"))), java.util.Map.of(),
        org.commonweal.governance.election.StvMethods.scottish())).getMessage());
    assertEquals(2, Constituency.general(1, List.of(ann, Director.nonMember("Bob", List.of())), java.util.Map.of(),
        org.commonweal.governance.election.StvMethods.scottish()).candidates().size());
    org.commonweal.governance.election.Candidate c = org.commonweal.governance.election.Candidate.of("Ann");
    org.commonweal.governance.membership.MemberId voter = org.commonweal.governance.membership.MemberId.of("M-1");
    assertEquals("the ballot of M-1 must be one paper", assertThrows(InvalidValueException.class, () -> Constituency.general(1,
        List.of(ann), java.util.Map.of(voter, org.commonweal.governance.election.RankedBallot.of(2, c)),
        org.commonweal.governance.election.StvMethods.scottish())).getMessage());
  }

  @Test
  void director_nonMemberWithAClass_isRefused() {
    assertEquals(
        "classes",
        field(() -> new Director("Ann", java.util.Optional.empty(), com.google.common.collect.ImmutableSet.of(PARENTS), com.google.common.collect.ImmutableSet.of())));
  }
}
