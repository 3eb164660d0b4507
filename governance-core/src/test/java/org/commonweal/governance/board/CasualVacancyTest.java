package org.commonweal.governance.board;

import static org.commonweal.governance.board.Boards.ballot;
import static org.commonweal.governance.board.Boards.candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Register;
import org.junit.jupiter.api.Test;

class CasualVacancyTest {
  private static final ClassId MEMBERS = ClassId.of("members");
  private static final LocalDate VACANCY = LocalDate.of(2027, 2, 1);

  private final Register register =
      Boards.register(List.of(MEMBERS), "M1", "members", "M2", "members", "M3", "members", "M4", "members", "M5", "members", "M6", "members");

  private BoardRules rules(VacancyRule how) {
    return BoardRules.builder()
        .minSize(3)
        .maxSize(3)
        .generalSeats(3)
        .vacancies(how)
        .addLimits(CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(1, 3)))
        .build();
  }

  /** M1 (staff), M2 and M3 elected; M4 (staff) the runner-up on M2's papers, M6 behind; M5 withdrew. */
  private Election election() {
    List<RankedBallot> ballots = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ballots.add(ballot("M1"));
    }
    for (int i = 0; i < 28; i++) {
      ballots.add(ballot("M2", "M4", "M6"));
    }
    for (int i = 0; i < 27; i++) {
      ballots.add(ballot("M3"));
    }
    for (int i = 0; i < 10; i++) {
      ballots.add(ballot("M6"));
    }
    List<Candidate> cs = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      cs.add(Candidate.of("M" + i));
    }
    return Election.builder().candidates(cs).seats(3).withdrawn(List.of(Candidate.of("M5"))).ballots(ballots).build();
  }

  private List<BoardSeat> board() {
    return List.of(
        new BoardSeat(candidate(register, "M1", "staff"), BoardSeat.Kind.ELECTED, "all members", true),
        new BoardSeat(candidate(register, "M2"), BoardSeat.Kind.ELECTED, "all members", true),
        new BoardSeat(candidate(register, "M3"), BoardSeat.Kind.ELECTED, "all members", true));
  }

  @Test
  void countback_staffRunnerUp_isPassedOverToKeepTheStaffLimit() {
    ElectionResult count = StvMethods.scottish().count(election());
    assertEquals(List.of("M1", "M2", "M3"), count.elected().stream().map(Candidate::name).toList());
    Director leaving = board().get(1).director();
    List<Director> consenting =
        List.of(candidate(register, "M4", "staff"), candidate(register, "M5"), candidate(register, "M6"), Director.nonMember("M7", List.of()));
    CasualVacancy.Vacancy v =
        CasualVacancy.countback(rules(VacancyRule.COUNTBACK), board(), leaving, StvMethods.scottish(), election(), consenting, register, VACANCY, TieBreaker.givenOrder());
    assertEquals("M6", v.filledBy().orElseThrow().name());
    assertTrue(v.notes().stream().anyMatch(n -> n.startsWith("M4 takes no part: would break")), v.notes().toString());
    assertTrue(v.notes().stream().anyMatch(n -> n.equals("M5 takes no part: withdrew from the election")), v.notes().toString());
    assertTrue(v.notes().stream().anyMatch(n -> n.equals("M7 takes no part: did not stand in the election")), v.notes().toString());
    assertEquals(List.of("M1", "M3", "M6"), v.board().stream().map(s -> s.director().name()).toList());
  }

  @Test
  void countback_withoutTheLimit_theRunnerUpTakesTheSeat() {
    BoardRules noLimit = BoardRules.builder().from(rules(VacancyRule.COUNTBACK)).limits(List.of()).build();
    Director leaving = board().get(1).director();
    CasualVacancy.Vacancy v =
        CasualVacancy.countback(
            noLimit, board(), leaving, StvMethods.scottish(), election(), List.of(candidate(register, "M4", "staff"), candidate(register, "M6")), register, VACANCY, TieBreaker.givenOrder());
    assertEquals("M4", v.filledBy().orElseThrow().name());
  }

  @Test
  void countback_noEligibleCandidate_leavesTheSeatForABy_election() {
    Director leaving = board().get(1).director();
    CasualVacancy.Vacancy v =
        CasualVacancy.countback(
            rules(VacancyRule.COUNTBACK), board(), leaving, StvMethods.scottish(), election(), List.of(candidate(register, "M4", "staff")), register, VACANCY, TieBreaker.givenOrder());
    assertTrue(v.filledBy().isEmpty());
    assertEquals(2, v.board().size());
  }

  @Test
  void coOpt_withinTheLimit_fillsUntilTheNextAnnualMeeting_andBeyondItIsRefused() {
    Director leaving = board().get(1).director();
    CasualVacancy.Vacancy v = CasualVacancy.coOpt(rules(VacancyRule.CO_OPTION), board(), leaving, Director.nonMember("Jo Hart", List.of()));
    assertEquals(BoardSeat.Kind.CO_OPTED, v.board().get(2).kind());
    assertTrue(v.board().get(2).basis().contains("until the next annual meeting"));
    InvalidValueException x =
        assertThrows(
            InvalidValueException.class,
            () -> CasualVacancy.coOpt(rules(VacancyRule.CO_OPTION), board(), leaving, Director.nonMember("Kit Rowe", List.of("staff"))));
    assertEquals("coOptee", x.field());
  }

  @Test
  void fill_byAnotherRuleThanTheRules_isRefused() {
    Director leaving = board().get(1).director();
    assertEquals("vacancies", assertThrows(InvalidValueException.class, () -> CasualVacancy.byElection(rules(VacancyRule.COUNTBACK), board(), leaving)).field());
    assertEquals(2, CasualVacancy.byElection(rules(VacancyRule.BY_ELECTION), board(), leaving).board().size());
  }

  @Test
  void countbackAndCoOption_underOtherRules_areRefused() {
    Director leaving = board().get(1).director();
    assertEquals("the rules fill casual vacancies by BY_ELECTION", assertThrows(InvalidValueException.class,
        () -> CasualVacancy.countback(rules(VacancyRule.BY_ELECTION), board(), leaving, StvMethods.scottish(), election(),
            List.of(candidate(register, "M6")), register, VACANCY, TieBreaker.givenOrder())).getMessage());
    assertEquals("the rules fill casual vacancies by COUNTBACK", assertThrows(InvalidValueException.class,
        () -> CasualVacancy.coOpt(rules(VacancyRule.COUNTBACK), board(), leaving, Director.nonMember("Jo Hart", List.of())))
        .getMessage());
  }

  @Test
  void vacancy_onlyAnElectedOrContinuingSeatOnTheBoardFallsVacant() {
    Director appointed = Director.nonMember("Lee Park", List.of());
    List<BoardSeat> withAppointed = new ArrayList<>(board().subList(0, 2));
    withAppointed.add(BoardSeat.appointed(appointed, "Local authority"));
    assertEquals("Lee Park does not hold an elected seat", assertThrows(InvalidValueException.class,
        () -> CasualVacancy.byElection(rules(VacancyRule.BY_ELECTION), withAppointed, appointed)).getMessage());
    List<BoardSeat> withContinuing = new ArrayList<>(board().subList(0, 2));
    withContinuing.add(BoardSeat.continuing(appointed, "all members"));
    assertEquals(2, CasualVacancy.byElection(rules(VacancyRule.BY_ELECTION), withContinuing, appointed).board().size());
    assertEquals("Lee Park is not on the board", assertThrows(InvalidValueException.class,
        () -> CasualVacancy.byElection(rules(VacancyRule.BY_ELECTION), board(), appointed)).getMessage());
  }
}
