package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The registry of counting methods by name, and what each entry says of its method. */
class MethodRegistryTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");

  /**
   * One small election per kind of ballot, in which every method elects A for one seat and A and B for
   * two. Ranked: 14 papers, 6 A B, 5 B A, 2 C D, 1 A. A has 7 first preferences (no majority of 14);
   * A beats B 7 to 5 and every other candidate 12 to 2 (a Condorcet winner). Approval: A 7, B 5, C 2.
   * Score: 7 papers A 5 B 3, 5 papers B 5: totals B 46, A 35, yet 7 papers score A higher than B.
   */
  private static Map<BallotKind, Election> elections(int seats) {
    List<Candidate> cs = List.of(A, B, C, D);
    Map<BallotKind, Election> e = new EnumMap<>(BallotKind.class);
    e.put(
        BallotKind.RANKED,
        Election.of(
            cs,
            seats,
            List.of(RankedBallot.of(6, A, B), RankedBallot.of(5, B, A), RankedBallot.of(2, C, D), RankedBallot.of(1, A))));
    e.put(
        BallotKind.APPROVAL,
        Election.of(cs, seats, List.of(ApprovalBallot.of(7, A), ApprovalBallot.of(5, B), ApprovalBallot.of(2, C))));
    e.put(
        BallotKind.SCORE,
        Election.of(cs, seats, List.of(ScoreBallot.of(7, Map.of(A, 5, B, 3)), ScoreBallot.of(5, Map.of(B, 5)))));
    return e;
  }

  @Test
  void names_areTheCountCommandsRules_andKemenyYoung() {
    assertEquals(
        List.of(
            "scottish-stv", "ers97", "wigm", "meek", "meek-nz", "irv", "rcv", "rcv-bottoms-up",
            "rcv-one-winner-per-round", "rcv-multiple-winners-per-round", "rcv-multi-pass", "two-round",
            "plurality", "approval",
            "borda", "star", "schulze", "schulze-margins", "ranked-pairs", "copeland", "minimax",
            "minimax-margins", "kemeny-young"),
        MethodRegistry.names());
    assertEquals(MethodRegistry.names(), MethodRegistry.all().stream().map(RegisteredMethod::name).toList());
  }

  @Test
  void everyEntry_countsASmallElectionOfEachKindItTakes() {
    for (RegisteredMethod m : MethodRegistry.all()) {
      int seats = m.singleWinner() ? 1 : 2;
      for (BallotKind kind : m.ballots()) {
        ElectionResult r = m.method().count(elections(seats).get(kind));
        List<Candidate> expected = seats == 1 ? List.of(A) : List.of(A, B);
        assertEquals(ImmutableSet.copyOf(expected), ImmutableSet.copyOf(r.elected()), m.name() + " on " + kind);
        assertTrue(r.report().conservationErrors().isEmpty(), m.name() + " on " + kind);
      }
    }
  }

  @Test
  void everyEntry_refusesTheKindsOfBallotItDoesNotTake() {
    for (RegisteredMethod m : MethodRegistry.all()) {
      for (BallotKind kind : BallotKind.values()) {
        if (!m.ballots().contains(kind)) {
          Election e = elections(1).get(kind);
          InvalidValueException x = assertThrows(InvalidValueException.class, () -> m.method().count(e), m.name());
          assertEquals("ballots", x.field(), m.name() + ": " + x.getMessage());
        }
      }
    }
  }

  @Test
  void everySingleWinnerEntry_refusesTwoSeats_andTheOthersFillThem() {
    for (RegisteredMethod m : MethodRegistry.all()) {
      Election two = elections(2).get(m.ballots().iterator().next());
      if (m.singleWinner()) {
        InvalidValueException x = assertThrows(InvalidValueException.class, () -> m.method().count(two), m.name());
        assertEquals("seats", x.field());
        assertTrue(x.getMessage().endsWith(" elects one candidate; seats (2) must be 1"), x.getMessage());
      } else {
        assertEquals(2, m.method().count(two).elected().size(), m.name());
      }
    }
  }

  @Test
  void entries_holdTheMethodsOfTheFactories() {
    assertSame(StvMethods.scottish(), MethodRegistry.get("scottish-stv").method());
    assertSame(StvMethods.ers97(), MethodRegistry.get("ers97").method());
    assertSame(StvMethods.wigm(), MethodRegistry.get("wigm").method());
    assertSame(StvMethods.meek(), MethodRegistry.get("meek").method());
    assertSame(StvMethods.meekNz(), MethodRegistry.get("meek-nz").method());
    assertEquals(ElectionMethods.star(5).toString(), MethodRegistry.get("star").method().toString());
    assertEquals(ElectionMethods.instantRunoff().toString(), MethodRegistry.get("irv").method().toString());
    // The method's own name is the entry's, except that Borda's says its variant.
    for (RegisteredMethod m : MethodRegistry.all()) {
      String own = m.method().name();
      assertEquals(m.name().equals("borda") ? "borda-truncated" : m.name(), own);
    }
    assertEquals(ImmutableSet.of(BallotKind.RANKED, BallotKind.SCORE), MethodRegistry.get("star").ballots());
    assertEquals(ImmutableSet.of(BallotKind.RANKED, BallotKind.APPROVAL), MethodRegistry.get("plurality").ballots());
  }

  @Test
  void find_knownOrNot() {
    assertEquals(Optional.of(MethodRegistry.get("meek")), MethodRegistry.find("meek"));
    assertEquals(Optional.empty(), MethodRegistry.find("Meek"));
    assertEquals(Optional.empty(), MethodRegistry.find("irv-batch"));
    assertEquals(Optional.empty(), MethodRegistry.find(""));
  }

  @Test
  void find_buildsEachEntryOnce_theSameObjectThatAllLists() {
    // Entries are built when first asked for: asked by name before and after the whole list is built,
    // an entry is the very object the list holds, in the list's place.
    RegisteredMethod meekFirst = MethodRegistry.get("meek");
    List<RegisteredMethod> all = MethodRegistry.all();
    assertSame(meekFirst, all.get(3));
    for (int i = 0; i < all.size(); i++) {
      assertSame(all.get(i), MethodRegistry.get(MethodRegistry.names().get(i)));
      assertEquals(MethodRegistry.names().get(i), all.get(i).name());
    }
    assertEquals(23, all.size());
  }

  @Test
  void get_unknownName_listsTheKnownOnes() {
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> MethodRegistry.get("borda-x"));
    assertEquals("method", x.field());
    assertEquals("borda-x", x.value());
    assertEquals(
        "unknown counting method \"borda-x\"; known methods: scottish-stv, ers97, wigm, meek, meek-nz, irv,"
            + " rcv, rcv-bottoms-up, rcv-one-winner-per-round,"
            + " rcv-multiple-winners-per-round, rcv-multi-pass, two-round, plurality, approval, borda, star, schulze, schulze-margins, ranked-pairs, copeland,"
            + " minimax, minimax-margins, kemeny-young",
        x.getMessage());
  }

  @Test
  void entry_refusesABadNameDescriptionOrBallots() {
    ElectionMethod irv = ElectionMethods.instantRunoff();
    ImmutableSet<BallotKind> ranked = ImmutableSet.of(BallotKind.RANKED);
    assertEquals(
        "name",
        assertThrows(InvalidValueException.class, () -> RegisteredMethod.of("IRV", "x", "at most 1,000 candidates", true, ranked, irv)).field());
    assertEquals(
        "name",
        assertThrows(InvalidValueException.class, () -> RegisteredMethod.of("irv--batch", "x", "at most 1,000 candidates", true, ranked, irv)).field());
    assertEquals(
        "description",
        assertThrows(InvalidValueException.class, () -> RegisteredMethod.of("irv", " ", "at most 1,000 candidates", true, ranked, irv)).field());
    assertEquals(
        "description",
        assertThrows(InvalidValueException.class, () -> RegisteredMethod.of("irv", "a\nb", "at most 1,000 candidates", true, ranked, irv)).field());
    assertEquals(
        "ballots",
        assertThrows(InvalidValueException.class, () -> RegisteredMethod.of("irv", "x", "at most 1,000 candidates", true, ImmutableSet.of(), irv)).field());
    assertEquals(
        "limit",
        assertThrows(InvalidValueException.class, () -> RegisteredMethod.of("irv", "x", "at most 9 candidates", true, ranked, irv)).field());
  }

  @Test
  void all_stateEachMethodsLimit_asItsMaxCandidates() {
    for (RegisteredMethod m : MethodRegistry.all()) {
      assertTrue(m.limit().startsWith("at most "), m.name() + ": " + m.limit());
      assertTrue(m.limit().contains(Counting.number(m.method().maxCandidates())), m.name() + ": " + m.limit());
    }
    assertEquals("at most 500 candidates", MethodRegistry.find("scottish-stv").orElseThrow().limit());
    assertEquals("at most 16 candidates standing, 1,000 listed", MethodRegistry.find("kemeny-young").orElseThrow().limit());
  }

  @Test
  void equals_sameEntry() {
    new EqualsTester()
        .addEqualityGroup(MethodRegistry.get("irv"), MethodRegistry.find("irv").orElseThrow())
        .addEqualityGroup(MethodRegistry.get("meek"))
        .addEqualityGroup(MethodRegistry.get("schulze"))
        .testEquals();
  }

  @Test
  void ballotKind_ofEachBallot() {
    assertEquals(BallotKind.RANKED, BallotKind.of(RankedBallot.of(1, A)));
    assertEquals(BallotKind.APPROVAL, BallotKind.of(ApprovalBallot.of(1, A)));
    assertEquals(BallotKind.SCORE, BallotKind.of(ScoreBallot.of(1, Map.of(A, 1))));
  }
}
