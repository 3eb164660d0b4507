package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The reading of ranked papers at the cap on ranks, with equal preferences, and with papers rejected:
 * small cases worked by hand.
 */
class RankedProfileTest {
  private static final Candidate ANN = Candidate.of("Ann");
  private static final Candidate BOB = Candidate.of("Bob");
  private static final Candidate CAL = Candidate.of("Cal");

  private static final BallotRules CAP_TWO_REFUSED =
      BallotRules.builder().maxRanks(2).refuseBeyondMaxRanks(true).build();

  @Test
  void read_paperOfExactlyTheCap_isRead_oneMoreIsRefused() {
    Election atCap = Election.builder().candidates(List.of(ANN, BOB, CAL)).seats(1).rules(CAP_TWO_REFUSED)
        .ballots(List.of(RankedBallot.of(CAL, ANN))).build();
    RankedProfile p = RankedProfile.read(atCap);
    assertEquals(1, p.size);
    assertArrayEquals(new int[] {2, 0}, p.prefs(0));
    Election beyond = Election.builder().from(atCap).ballots(List.of(RankedBallot.of(CAL, ANN, BOB))).build();
    assertThrows(InvalidValueException.class, () -> RankedProfile.read(beyond));
  }

  @Test
  void read_theElectionsOwnCandidates_areFoundAtTheirPositions() {
    Election e = Election.of(List.of(ANN, BOB, CAL), 1, List.of(RankedBallot.of(BOB, CAL, ANN)));
    assertArrayEquals(new int[] {1, 2, 0}, RankedProfile.read(e).prefs(0));
  }

  @Test
  void read_equalPreferences_areInBallotPaperOrderWithinTheRank() {
    BallotRules equal = BallotRules.builder().equalPreferences(true).build();
    Election e = Election.builder().candidates(List.of(ANN, BOB, CAL)).seats(1).rules(equal)
        .ballots(List.of(RankedBallot.ofRanks(1, List.of(Set.of(CAL), List.of(BOB, ANN))))).build();
    RankedProfile p = RankedProfile.read(e);
    assertArrayEquals(new int[] {2, 0, 1}, p.prefs(0));
  }

  @Test
  void read_rejectedPapers_leaveArraysOfTheValidOnly() {
    Election e = Election.of(List.of(ANN, BOB), 1,
        List.of(RankedBallot.of(2, ANN), RankedBallot.of(3), RankedBallot.of(4, BOB, ANN)));
    RankedProfile p = RankedProfile.read(e);
    assertEquals(2, p.size);
    assertEquals(2, p.weight.length);
    assertEquals(3, p.offset.length);
    assertEquals(6, p.valid);
    assertEquals(9, p.account().total());
  }

  @Test
  void ofIndices_paperBeyondTheCap_isReadUpToTheCap_whenNotRefused() {
    BallotRules cap = BallotRules.builder().maxRanks(2).build();
    RankedProfile p = RankedProfile.ofIndices(new boolean[3], cap, new int[] {2, 0, 1, 1, 0}, new int[] {0, 3, 5},
        new long[] {5, 7}, 2);
    assertEquals(2, p.size);
    assertArrayEquals(new int[] {2, 0}, p.prefs(0));
    assertArrayEquals(new int[] {1, 0}, p.prefs(1));
  }

  @Test
  void ofIndices_paperOfExactlyTheCap_isRead_oneMoreIsRefused() {
    RankedProfile p = RankedProfile.ofIndices(new boolean[3], CAP_TWO_REFUSED, new int[] {2, 0}, new int[] {0, 2},
        new long[] {1}, 1);
    assertArrayEquals(new int[] {2, 0}, p.prefs(0));
    assertThrows(InvalidValueException.class, () -> RankedProfile.ofIndices(new boolean[3], CAP_TWO_REFUSED,
        new int[] {2, 0, 1}, new int[] {0, 3}, new long[] {1}, 1));
  }

  @Test
  void ofIndices_blankPaper_isRejected_andTheArraysHoldTheValidOnly() {
    RankedProfile p = RankedProfile.ofIndices(new boolean[2], BallotRules.standard(), new int[] {1, 0},
        new int[] {0, 0, 2}, new long[] {3, 4}, 2);
    assertEquals(1, p.size);
    assertEquals(1, p.weight.length);
    assertEquals(4, p.weight[0]);
    assertEquals(2, p.offset.length);
    assertArrayEquals(new int[] {1, 0}, p.prefs(0));
    assertEquals(4, p.valid);
    assertEquals(7, p.account().total());
  }
}
