package org.commonweal.governance.board;

import static org.commonweal.governance.board.Boards.RECORD_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.Register;

/**
 * Board elections against their promises, on small random co-operatives of two classes: reserved seats
 * go only to their class's candidates, counted from their class's voters only; and no board breaks a
 * composition limit (a maximum by attribute, a maximum by class, a minimum by class, more than a
 * fraction by class) unless a contest
 * says which limit could not be met.
 */
class BoardElectionProperties {
  private static final ClassId A = ClassId.of("a");
  private static final ClassId B = ClassId.of("b");

  /** A co-operative of 12 members, each in class a or b, some with the attribute "staff". */
  record Coop(List<Boolean> inA, List<Boolean> staff, List<List<Integer>> ballots, int aSeats, int generalSeats, int staffNumerator, int aQuarters, int aMoreEighths) {
    Register register() {
      String[] pairs = new String[24];
      for (int i = 0; i < 12; i++) {
        pairs[2 * i] = "M" + i;
        pairs[2 * i + 1] = inA.get(i) ? "a" : "b";
      }
      return Boards.register(List.of(A, B), pairs);
    }

    Director director(Register r, int i) {
      return staff.get(i) ? Boards.candidate(r, "M" + i, "staff") : Boards.candidate(r, "M" + i);
    }

    /** Every member's ballot (a ranking of members by index), restricted to the given candidates. */
    Map<MemberId, RankedBallot> ballots(Set<Integer> candidates) {
      Map<MemberId, RankedBallot> out = new LinkedHashMap<>();
      for (int v = 0; v < 12; v++) {
        RankedBallot.Builder b = RankedBallot.builder();
        boolean any = false;
        for (int c : ballots.get(v)) {
          if (candidates.contains(c)) {
            b.rank(Candidate.of("M" + c));
            any = true;
          }
        }
        if (any) {
          out.put(MemberId.of("M" + v), b.build());
        }
      }
      return out;
    }
  }

  @Provide
  Arbitrary<Coop> coops() {
    Arbitrary<List<Integer>> ranking = Arbitraries.integers().between(0, 11).list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    return Combinators.combine(
            Arbitraries.of(true, false).list().ofSize(12),
            Arbitraries.of(true, false, false).list().ofSize(12),
            ranking.list().ofSize(12),
            Arbitraries.integers().between(1, 2),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3))
        .as(Coop::new)
        .filter(c -> c.inA().stream().filter(x -> x).count() >= c.aSeats());
  }

  private static BoardResult elect(Coop c) {
    Register r = c.register();
    BoardRules rules =
        BoardRules.builder()
            .minSize(1)
            .maxSize(8)
            .addReserved(new ReservedSeats(A, c.aSeats()))
            .generalSeats(c.generalSeats())
            .addLimits(CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(c.staffNumerator(), 4)))
            .addLimits(CompositionLimit.atMost("no class more than half", Group.ofClass(B), Fraction.ONE_HALF))
            .addLimits(CompositionLimit.atLeast("class a", Group.ofClass(A), Fraction.of(c.aQuarters(), 4)))
            .addLimits(
                new CompositionLimit(
                    "class a more than", Group.ofClass(A), CompositionLimit.Bound.MORE_THAN, Fraction.of(c.aMoreEighths(), 8)))
            .build();
    // The members of class a stand for its seats, the others for the seats of all members.
    Set<Integer> aCands = classA(c);
    Set<Integer> allCands = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      if (!aCands.contains(i)) {
        allCands.add(i);
      }
    }
    List<Director> aDirectors = new ArrayList<>();
    aCands.forEach(i -> aDirectors.add(c.director(r, i)));
    List<Director> gDirectors = new ArrayList<>();
    allCands.forEach(i -> gDirectors.add(c.director(r, i)));
    List<Constituency> cs = new ArrayList<>();
    cs.add(Constituency.ofClass(A, c.aSeats(), aDirectors, c.ballots(aCands), StvMethods.scottish()));
    if (gDirectors.size() >= c.generalSeats()) {
      cs.add(Constituency.general(c.generalSeats(), gDirectors, c.ballots(allCands), StvMethods.meek()));
    }
    return BoardElection.elect(rules, r, RECORD_DATE, List.of(), cs, TieBreaker.givenOrder());
  }

  @Property(tries = 200)
  void elect_reservedSeats_goToTheClassElectedByTheClass(@ForAll("coops") Coop c) {
    BoardResult result = elect(c);
    BoardResult.Contest a = result.contests().get(0);
    assertEquals("a", a.constituency());
    for (Director d : a.elected()) {
      assertTrue(d.classes().contains(A), d + " is not of class a");
    }
    // Exactly the voters outside the class were set aside: the count saw the class's papers only.
    for (MemberId v : a.setAside()) {
      assertTrue(!c.inA().get(Integer.parseInt(v.value().substring(1))), v + " set aside but of class a");
    }
    long classVoters = c.ballots(classA(c)).keySet().stream().filter(v -> c.inA().get(Integer.parseInt(v.value().substring(1)))).count();
    assertEquals(classVoters, a.result().report().ballots().total());
  }

  private static Set<Integer> classA(Coop c) {
    Set<Integer> all = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      if (c.inA().get(i)) {
        all.add(i);
      }
    }
    return all;
  }

  @Property(tries = 200)
  void elect_noBoardBreaksALimit_unlessAContestSaysWhichCouldNotBeMet(@ForAll("coops") Coop c) {
    BoardResult result = elect(c);
    boolean unmet = result.contests().stream().anyMatch(x -> !x.unmet().isEmpty());
    if (!unmet) {
      assertEquals(List.of(), result.breaches());
    }
    // Whatever happens, the breaches are those of the board, recounted here.
    int size = result.board().size();
    long staff = result.directors().stream().filter(d -> d.has("staff")).count();
    long b = result.directors().stream().filter(d -> d.classes().contains(B)).count();
    long a = result.directors().stream().filter(d -> d.classes().contains(A)).count();
    // Maxima round down, minima up.
    boolean broken =
        staff > (long) c.staffNumerator() * size / 4
            || b > size / 2
            || a * 4 < (long) c.aQuarters() * size
            || a * 8 <= (long) c.aMoreEighths() * size;
    assertEquals(broken, !result.breaches().isEmpty(), result.breaches().toString());
  }
}
