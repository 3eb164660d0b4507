package org.commonweal.governance.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Register;

/** Countback against its promise: it never seats a candidate who withdrew or may not take part. */
class CasualVacancyProperties {
  private static final ClassId MEMBERS = ClassId.of("members");

  /** Six candidates M0..M5, two seats; some withdrew, some consent, some are members no longer. */
  record Case(List<List<Integer>> ballots, Set<Integer> withdrawn, Set<Integer> consenting, Set<Integer> notMembers) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Integer>> ranking = Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(6).uniqueElements();
    Arbitrary<Set<Integer>> some = Arbitraries.integers().between(0, 5).set();
    return Combinators.combine(ranking.list().ofMinSize(1).ofMaxSize(25), Arbitraries.integers().between(0, 5).set().ofMaxSize(2), some, some)
        .as(Case::new);
  }

  @Property(tries = 200)
  void countback_neverSeatsAWithdrawnOrIneligibleCandidate(@ForAll("cases") Case c) {
    Register register =
        Boards.register(List.of(MEMBERS), "M0", "members", "M1", "members", "M2", "members", "M3", "members", "M4", "members", "M5", "members");
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      cs.add(Candidate.of("M" + i));
    }
    List<RankedBallot> ballots = new ArrayList<>();
    for (List<Integer> r : c.ballots()) {
      RankedBallot.Builder b = RankedBallot.builder();
      r.forEach(i -> b.rank(cs.get(i)));
      ballots.add(b.build());
    }
    Election e = Election.builder().candidates(cs).seats(2).withdrawn(c.withdrawn().stream().map(cs::get).toList()).ballots(ballots).build();
    ElectionResult count = StvMethods.scottish().count(e);
    if (count.elected().isEmpty()) {
      return;
    }
    List<BoardSeat> board = new ArrayList<>();
    for (Candidate w : count.elected()) {
      board.add(new BoardSeat(Boards.candidate(register, w.name()), BoardSeat.Kind.ELECTED, "all members", true));
    }
    Director leaving = board.get(0).director();
    List<Director> consenting = new ArrayList<>();
    for (int i : c.consenting()) {
      String name = "M" + i;
      consenting.add(c.notMembers().contains(i) ? Director.nonMember(name, List.of()) : Boards.candidate(register, name));
    }
    BoardRules rules = BoardRules.builder().minSize(1).maxSize(2).generalSeats(2).build();
    CasualVacancy.Vacancy v =
        CasualVacancy.countback(rules, board, leaving, StvMethods.scottish(), e, consenting, register, LocalDate.of(2027, 1, 1), TieBreaker.givenOrder());
    boolean anyEligible = false;
    for (int i : c.consenting()) {
      String name = "M" + i;
      boolean eligible =
          !c.withdrawn().contains(i) && !c.notMembers().contains(i) && count.elected().stream().noneMatch(w -> w.name().equals(name));
      anyEligible |= eligible;
    }
    assertEquals(anyEligible, v.filledBy().isPresent(), v.notes().toString());
    v.filledBy()
        .ifPresent(
            d -> {
              int i = Integer.parseInt(d.name().substring(1));
              assertTrue(c.consenting().contains(i), d + " did not consent");
              assertTrue(!c.withdrawn().contains(i), d + " withdrew");
              assertTrue(!c.notMembers().contains(i) && d.member().isPresent(), d + " is not a member");
              assertTrue(count.elected().stream().noneMatch(w -> w.name().equals(d.name())), d + " already elected");
            });
  }
}
