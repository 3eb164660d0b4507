package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.Apportionment;
import org.commonweal.governance.board.ApportionmentMethod;
import org.commonweal.governance.board.BoardMeeting;
import org.commonweal.governance.board.BoardMeetingDecision;
import org.commonweal.governance.board.ConflictOfInterest;
import org.commonweal.governance.board.Rotation;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.board.Term;
import org.commonweal.governance.board.TermKind;
import org.commonweal.governance.board.TermLimit;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.voting.Choice;
import org.junit.jupiter.api.Test;

/** The README's examples of the board's seats, rotation and meetings, kept compiling and checked. */
class BoardSeatsReadmeExamplesTest {

  @Test
  void apportionmentExample_sharesNineSeatsByMembership() {
    Map<String, Long> members = new LinkedHashMap<>();
    members.put("leaseholders", 180L);
    members.put("residents", 640L);
    members.put("public interest", 25L);
    Apportionment<String> seats = ApportionmentMethod.sainteLague()
        .apportion(members, 9, Map.of("public interest", 1), TieBreaker.seeded(2027));

    assertEquals(Map.of("leaseholders", 2, "residents", 6, "public interest", 1), seats.seats());
    assertTrue(seats.explain().contains("seat 1: public interest, minimum seat 1"), seats.explain());
  }

  @Test
  void rotationExample_retiresTheNumberNearestAThird() {
    List<Term> board = List.of(
        Term.elected(MemberId.of("D-01"), LocalDate.of(2024, 6, 8)),
        Term.elected(MemberId.of("D-02"), LocalDate.of(2025, 6, 14)),
        Term.elected(MemberId.of("D-03"), LocalDate.of(2025, 6, 14)),
        Term.elected(MemberId.of("D-04"), LocalDate.of(2026, 6, 13)),
        Term.elected(MemberId.of("D-05"), LocalDate.of(2026, 6, 13)),
        Term.of(MemberId.of("A-01"), TermKind.APPOINTED, LocalDate.of(2024, 1, 10)));
    Rotation agm = RotationRule.tableA().withTermLimit(TermLimit.of(3, 1))
        .retire(board, LocalDate.of(2027, 6, 12), false, TieBreaker.seeded(2027));

    // Five elected directors: the number nearest 5/3 is 2; D-01 has served longest, and a lot chooses
    // between D-02 and D-03, elected the same day. The appointed director does not rotate.
    assertEquals(2, agm.due());
    assertEquals(MemberId.of("D-01"), agm.retiringDirectors().get(0));
    assertEquals(List.of(MemberId.of("D-02"), MemberId.of("D-03")), agm.draws().get(0).tied());
    assertTrue(agm.explain().contains("5 subject to rotation, 2 due to retire"), agm.explain());
  }

  @Test
  void boardMeetingExample_leavesTheInterestedDirectorOut() {
    List<MemberId> directors = List.of(MemberId.of("D-01"), MemberId.of("D-02"), MemberId.of("D-03"),
        MemberId.of("D-04"), MemberId.of("D-05"));
    MemberId chair = MemberId.of("D-01");
    BoardMeeting meeting = BoardMeeting.modelArticles(directors, LocalDate.of(2027, 3, 4), directors, chair)
        .withInterests(ConflictOfInterest.of(MemberId.of("D-03"), MatterId.of("4"), "her firm bids for the contract"));
    Map<MemberId, Choice> votes = Map.of(MemberId.of("D-01"), Choice.FOR, MemberId.of("D-02"), Choice.FOR,
        MemberId.of("D-03"), Choice.FOR, MemberId.of("D-04"), Choice.AGAINST, MemberId.of("D-05"), Choice.AGAINST);
    BoardMeetingDecision award = meeting.decide(AgendaItem.of("4", "Award the building contract"),
        Resolution.ordinary("Award the building contract"), votes, Choice.FOR);

    // D-03's vote is left out: 2 to 2, and the chair's casting vote carries it.
    assertTrue(award.passed(), award.explain());
    assertEquals(MemberId.of("D-03"), award.interested().get(0).director());
    assertTrue(award.outcome().orElseThrow().tie().isPresent());
  }
}
