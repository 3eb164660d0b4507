package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.junit.jupiter.api.Test;

/** The limits of a constrained count: refused when they cannot be met, or would list too many outcomes. */
class SeatLimitsTest {

  private static InvalidValueException refused(List<SeatConstraint> limits, Election e) {
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> SeatLimits.of(limits, e));
    assertEquals("constraints", x.field());
    return x;
  }

  @Test
  void of_aMinimumAboveTheSeats_isRefusedSayingSo() {
    // 3 of the group stand, as the limit asks, but only 2 seats are filled.
    Election e = election(2, "A B C D", "1 A");
    InvalidValueException x = refused(List.of(SeatConstraint.atLeast("women", 3, List.of(c("A"), c("B"), c("C")))), e);
    assertEquals("the limit \"women: at least 3\" cannot be met: only 2 seats are filled", x.getMessage());
  }

  @Test
  void of_aMinimumAboveTheGroupsStandingCandidates_countsOnlyThoseStanding() {
    // W has withdrawn: of the group, only C stands.
    Election e = StvBallots.builder(2, "A B C W", "1 A").addWithdrawn(c("W")).build();
    InvalidValueException x = refused(List.of(SeatConstraint.atLeast("women", 2, List.of(c("C"), c("W")))), e);
    assertEquals("the limit \"women: at least 2\" cannot be met: only 1 of its candidates are standing", x.getMessage());
  }

  @Test
  void of_aMaximumBelowWhatTheOthersLeave_isRefusedSayingSo() {
    // 3 seats, and only D stands outside the group: the group must take 2, more than its 1.
    Election e = election(3, "A B C D", "1 A");
    InvalidValueException x = refused(List.of(SeatConstraint.atMost("staff", 1, List.of(c("A"), c("B"), c("C")))), e);
    assertEquals(
        "the limit \"staff: at most 1\" cannot be met: 3 seats are filled and only 1 standing candidates are outside"
            + " the group",
        x.getMessage());
    // At most 2 is just enough.
    SeatLimits.of(List.of(SeatConstraint.atMost("staff", 2, List.of(c("A"), c("B"), c("C")))), e);
  }

  @Test
  void of_limitsThatOnlyFailTogether_areRefusedNamingThemAll() {
    // Hill (Voting matters 9, 1998): 3 seats, at least 2 women and at least 2 black candidates, with the
    // black woman barred: each limit alone can be met, the three together cannot.
    Election e = election(3, "BM1 BM2 WW1 WW2 BW", "1 BM1");
    List<SeatConstraint> limits =
        List.of(
            SeatConstraint.atLeast("women", 2, List.of(c("WW1"), c("WW2"), c("BW"))),
            SeatConstraint.atLeast("black", 2, List.of(c("BM1"), c("BM2"), c("BW"))),
            SeatConstraint.atMost("black women", 0, List.of(c("BW"))));
    InvalidValueException x = refused(limits, e);
    assertEquals(
        "the limits [women: at least 2, black: at least 2, black women: at most 0] cannot be met together by any 3 of"
            + " the 5 standing candidates",
        x.getMessage());
  }

  @Test
  void of_aMemberWhoIsNotACandidate_isRefusedNamingTheGroup() {
    Election e = election(1, "A B", "1 A");
    InvalidValueException x = refused(List.of(SeatConstraint.atMost("staff", 1, List.of(c("A"), c("Z")))), e);
    assertEquals("the group \"staff\" names Z, who is not a candidate in this election", x.getMessage());
  }

  /**
   * 26 seats; six candidates each in a group of their own ({@code extra} more in the first), five groups of
   * four, and 26 candidates in no group. Every group allows all its members, so every way of sharing the
   * seats is an outcome: each one-candidate group takes 0 or 1 seat, each group of four 0 to 4, and the
   * candidates in no group the rest (never more than their 26).
   */
  private static Election.Builder sized(int extra, List<SeatConstraint> limits) {
    List<Candidate> all = new ArrayList<>();
    for (int g = 0; g < 11; g++) {
      int members = g < 6 ? 1 + (g == 0 ? extra : 0) : 4;
      List<Candidate> group = new ArrayList<>();
      for (int i = 0; i < members; i++) {
        group.add(Candidate.of("G" + g + "M" + i));
      }
      all.addAll(group);
      limits.add(SeatConstraint.atMost("group " + g, members, group));
    }
    for (int i = 0; i < 26; i++) {
      all.add(Candidate.of("N" + i));
    }
    return Election.builder().candidates(all).seats(26).ballots(List.of(RankedBallot.of(1, all.get(0))));
  }

  @Test
  void of_outcomesExactlyAtTheLimit_areListed_andMoreAreRefused() {
    // 2^6 x 5^5 = 200,000 outcomes: exactly the limit.
    List<SeatConstraint> limits = new ArrayList<>();
    Election e = sized(0, limits).build();
    SeatLimits at = SeatLimits.of(limits, e);
    List<Integer> everyone = new ArrayList<>();
    for (int i = 0; i < e.candidates().size(); i++) {
      everyone.add(i);
    }
    SeatLimits.Verdict v = at.judge(everyone, List.of(), 26);
    assertEquals(200_000, v.outcomes);
    assertEquals(200_000, v.conforming);
    // A second member of the first one-candidate group: 3 x 2^5 x 5^5 ways, over the limit.
    List<SeatConstraint> more = new ArrayList<>();
    Election over = sized(1, more).build();
    LimitExceededException x = assertThrows(LimitExceededException.class, () -> SeatLimits.of(more, over));
    assertEquals(SeatLimits.MAX_OUTCOMES, x.limit());
    assertEquals(
        "outcomes of the seat limits to list: 200001 is more than the limit of 200000; the candidates fall into 11"
            + " categories by their groups; merge or drop groups",
        x.getMessage());
  }

  @Test
  void of_limitsEachMetAtExactlyTheirBound_butNotTogether_areRefusedTogether() {
    // 2 seats, W1, W2 and M standing. At least 2 of W1 and W2: exactly the 2 seats, possible alone.
    // At most 0 of W1: the 2 standing outside it fill the 2 seats exactly, possible alone. Together no
    // 2 of the 3 meet both.
    Election e = election(2, "W1 W2 M", "1 M");
    List<SeatConstraint> limits =
        List.of(
            SeatConstraint.atLeast("women", 2, List.of(c("W1"), c("W2"))),
            SeatConstraint.atMost("staff", 0, List.of(c("W1"))));
    InvalidValueException x = refused(limits, e);
    assertEquals(
        "the limits [women: at least 2, staff: at most 0] cannot be met together by any 2 of the 3 standing"
            + " candidates",
        x.getMessage());
  }

  @Test
  void judge_stopsListingAGroupsCountsAtItsMaximum() {
    // 2 seats; A, B and C in a group of at most 1, D and E in none. The group takes 0 seats (D and E
    // take 2) or 1 (one of D and E takes the other); 2 is over its maximum and not listed.
    Election e = election(2, "A B C D E", "1 A");
    SeatLimits l = SeatLimits.of(List.of(SeatConstraint.atMost("staff", 1, List.of(c("A"), c("B"), c("C")))), e);
    SeatLimits.Verdict v = l.judge(List.of(0, 1, 2, 3, 4), List.of(), 2);
    assertEquals(2, v.outcomes);
    assertEquals(2, v.conforming);
  }
}
