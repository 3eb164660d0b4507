package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

class RankedBallotTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");

  @Test
  void of_ranksOneCandidatePerRank() {
    RankedBallot b = RankedBallot.of(370, A, B);
    assertEquals(370, b.count());
    assertEquals(2, b.rankCount());
    assertEquals(Set.of(B), b.rank(1));
    assertTrue(b.isSimple());
    assertEquals("370 x [A, B]", b.toString());
  }

  @Test
  void builder_keepsSkipsAndOvervotes_andDropsTrailingBlanks() {
    RankedBallot b = RankedBallot.builder().rank(A).skip().rank(B, C).skip().skip().build();
    assertEquals(3, b.rankCount());
    assertEquals(Set.of(), b.rank(1));
    assertEquals(Set.of(B, C), b.rank(2));
    assertFalse(b.isSimple());
    assertEquals("1 x [A, -, {B, C}]", b.toString());
  }

  @Test
  void builder_overvote_isAnUnidentifiedOvervoteRank_keptEvenWhenLast() {
    RankedBallot b = RankedBallot.builder().rank(A).overvote().skip().build();
    assertEquals(2, b.rankCount());
    assertTrue(b.isUnidentifiedOvervote(1));
    assertFalse(b.isUnidentifiedOvervote(0));
    assertEquals(Set.of(), b.rank(1));
    assertEquals("1 x [A, ?]", b.toString());
  }

  @Test
  void builder_withOnlySingleRanks_isSimple() {
    assertTrue(RankedBallot.builder().rank(A).rank(B).build().isSimple());
    assertEquals(RankedBallot.of(A, B), RankedBallot.builder().rank(A).rank(B).build());
  }

  @Test
  void ranks_listsEveryRank() {
    RankedBallot b = RankedBallot.builder().rank(A).skip().rank(B, C).build();
    assertEquals(List.of(Set.of(A), Set.of(), Set.of(B, C)), b.ranks());
    assertEquals(List.of(Set.of(A), Set.of(B)), RankedBallot.of(A, B).ranks());
  }

  @Test
  void builder_singleRanksThenTrailingBlanks_isSimple() {
    // The trailing blank is dropped, and what is left has one candidate at every rank.
    RankedBallot b = RankedBallot.builder().rank(A).rank(B).skip().build();
    assertTrue(b.isSimple());
    assertEquals(RankedBallot.of(A, B), b);
    assertFalse(RankedBallot.builder().rank(A).skip().rank(B).build().isSimple());
  }

  @Test
  void builder_nullCandidate_namesTheRank() {
    RankedBallot.Builder b = RankedBallot.builder().rank(A);
    NullPointerException x = assertThrows(NullPointerException.class, () -> b.rank(B, null));
    assertEquals("candidate at rank 2", x.getMessage());
  }

  @Test
  void count_belowOne_isRefused() {
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> RankedBallot.of(0, A));
    assertEquals("ballot count (0) must be at least 1", x.getMessage());
  }

  @Test
  void withCount_keepsTheMarks() {
    RankedBallot b = RankedBallot.builder().rank(A).overvote().build();
    assertEquals(RankedBallot.builder().count(5).rank(A).overvote().build(), b.withCount(5));
  }

  @Test
  void equals_comparesCountMarksRanksAndOvervotes() {
    new EqualsTester()
        .addEqualityGroup(RankedBallot.of(A, B), RankedBallot.of(1, List.of(A, B)), RankedBallot.ofRanks(1, List.of(Set.of(A), Set.of(B))))
        .addEqualityGroup(RankedBallot.of(2, A, B))
        .addEqualityGroup(RankedBallot.of(B, A))
        .addEqualityGroup(RankedBallot.builder().rank(A, B).build())
        .addEqualityGroup(RankedBallot.builder().rank(A).skip().rank(B).build())
        .addEqualityGroup(RankedBallot.builder().rank(A).overvote().rank(B).build())
        .testEquals();
  }

  private static void assertHashesDiffer(RankedBallot x, RankedBallot y) {
    assertFalse(x.equals(y), x + " and " + y + " are different ballots");
    assertTrue(x.hashCode() != y.hashCode(), x + " and " + y + " share a hash code");
  }

  @Test
  void hashCode_ofBallotsDifferingInCountOnly_differs() {
    assertHashesDiffer(RankedBallot.of(1, A), RankedBallot.of(2, A));
  }

  @Test
  void hashCode_ofBallotsDifferingInCountAndMarks_differs() {
    // Names whose hashes differ by 31, against counts that differ by one: a hash that subtracted the
    // marks' hash from the count's would give both the same code.
    assertHashesDiffer(RankedBallot.of(1, Candidate.of("Aa")), RankedBallot.of(2, Candidate.of("Ba")));
  }

  @Test
  void hashCode_ofBallotsDifferingInOneNearbyName_differs() {
    assertHashesDiffer(RankedBallot.of(1, Candidate.of("Aa")), RankedBallot.of(1, Candidate.of("Ab")));
  }

  @Test
  void hashCode_ofBallotsDifferingInCountAndRanks_differs() {
    // Two papers ranking A then B, against one paper with A and B equal at the first rank.
    assertHashesDiffer(RankedBallot.of(2, A, B), RankedBallot.ofRanks(1, List.of(List.of(A, B))));
  }

  @Test
  void hashCode_ofBallotsDifferingInCountAndAnOvervote_differs() {
    // Two papers skipping the first rank, against one paper overvoting it.
    assertHashesDiffer(
        RankedBallot.builder().count(2).skip().rank(A).rank(B).build(),
        RankedBallot.builder().count(1).overvote().rank(A).rank(B).build());
  }

  @Test
  void hashCode_ofEqualBallotsBuiltEitherWay_isTheSame() {
    assertEquals(RankedBallot.of(3, A, B).hashCode(), RankedBallot.builder().count(3).rank(A).rank(B).build().hashCode());
  }
}
