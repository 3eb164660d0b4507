package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonweal.governance.base.LimitExceededException;
import org.junit.jupiter.api.Test;

/** The tree of preference prefixes that the counts move papers through. */
class StvTreeTest {
  private static StvTree tree(Election e, StvTree.EqualPreferences equal) {
    return StvTree.of(e.rankedProfile(), equal);
  }

  @Test
  void of_mergesSharedPrefixes() {
    Election e = StvBallots.election(1, "A B C", "3 A B", "2 A C", "4 A", "1 B", "5 A B");
    StvTree t = tree(e, StvTree.EqualPreferences.END_OF_PAPER);
    // Root, one class root, then A and B; under A: B and C. Six nodes, breadth first.
    assertEquals(6, t.size);
    assertArrayEquals(new int[] {-1, -1, 0, 1, 1, 2}, t.cand);
    assertArrayEquals(new long[] {1}, t.classShares);
    assertEquals(15, t.papers[0]);
    assertEquals(14, t.papers[2]); // A: 3 + 2 + 4 + 5
    assertEquals(4, t.ends[2]); // papers marked A only
    assertEquals(8, t.papers[4]); // A then B: 3 + 5
    assertEquals(1, t.papers[3]); // B
    // Children are contiguous: A's are nodes 4 and 5.
    assertEquals(4, t.child[2]);
    assertEquals(6, t.child[3]);
    assertEquals(6, t.child[4]);
    assertEquals(6, t.child[t.size]);
    assertEquals(15, t.valid);
  }

  @Test
  void of_sharesEqualPreferencesAmongEveryOrder() {
    Election e = StvBallots.election(1, "A B C", "2 A=B C", "3 C");
    StvTree t = tree(e, StvTree.EqualPreferences.SHARE);
    // Two classes: whole papers (C), and papers shared two ways (A B C and B A C, 2 papers each).
    assertArrayEquals(new long[] {1, 2}, t.classShares);
    int shared = t.classRoots[1];
    assertEquals(4, t.papers[shared]);
    assertTrue(t.child[shared + 1] - t.child[shared] == 2);
    assertTrue(!t.isWhole());
  }

  @Test
  void of_endsThePaperAtAnEqualPreferenceForStatutoryRules() {
    Election e = StvBallots.election(1, "A B C", "2 C A=B", "3 C");
    StvTree t = tree(e, StvTree.EqualPreferences.END_OF_PAPER);
    assertTrue(t.isWhole());
    // Both kinds of paper read C only: one node under the class root, with 5 papers ending there.
    assertEquals(3, t.size);
    assertEquals(5, t.ends[2]);
  }

  @Test
  void of_refusesTooManyOrdersOfOnePaper() {
    Election e = StvBallots.election(1, "A B C D E F G H", "1 A=B=C=D=E=F=G=H");
    LimitExceededException x =
        assertThrows(LimitExceededException.class, () -> tree(e, StvTree.EqualPreferences.SHARE));
    assertEquals(StvTree.MAX_SHARE, x.limit());
  }

  @Test
  void of_refusesTooManyOrders_statingThePapersOwnNumber() {
    // Twelve equal preferences stand for 12! orders; 8 candidates ranked equally stand for 8!.
    Election twelve =
        StvBallots.election(1, "A B C D E F G H I J K L", "1 A=B=C=D=E=F=G=H=I=J=K=L");
    LimitExceededException x =
        assertThrows(LimitExceededException.class, () -> tree(twelve, StvTree.EqualPreferences.SHARE));
    assertEquals(479_001_600L, x.actual());
    assertTrue(x.getMessage().startsWith("strict orders of one paper's equal preferences: 479001600 is more"), x.getMessage());
    Election eight = StvBallots.election(1, "A B C D E F G H", "1 A=B=C=D=E=F=G=H");
    assertEquals(40_320L, assertThrows(LimitExceededException.class, () -> tree(eight, StvTree.EqualPreferences.SHARE)).actual());
    // Two ranks of four (4! x 4! = 576) and one of seven (5,040) are within the limit.
    tree(StvBallots.election(1, "A B C D E F G H", "1 A=B=C=D E=F=G=H"), StvTree.EqualPreferences.SHARE);
    tree(StvBallots.election(1, "A B C D E F G", "1 A=B=C=D=E=F=G"), StvTree.EqualPreferences.SHARE);
  }

  @Test
  void of_refusesTwentyFiveEqualPreferences_withoutOverflow() {
    StringBuilder names = new StringBuilder();
    StringBuilder rank = new StringBuilder("1 ");
    for (int i = 0; i < 25; i++) {
      names.append(i == 0 ? "" : " ").append("C").append(i);
      rank.append(i == 0 ? "" : "=").append("C").append(i);
    }
    Election e = StvBallots.election(1, names.toString(), rank.toString());
    LimitExceededException x = assertThrows(LimitExceededException.class, () -> tree(e, StvTree.EqualPreferences.SHARE));
    assertEquals(Long.MAX_VALUE, x.actual());
  }

  @Test
  void of_threeEqualPreferences_shareTheirSixOrdersOnce() {
    // One paper A=B=C stands for the 6 orders ABC, ACB, BAC, BCA, CAB, CBA: one class of share 6 (no
    // whole papers, so no class of share 1), each candidate first in 2 orders, and below each first
    // preference each of the other two once.
    Election e = StvBallots.election(1, "A B C", "1 A=B=C");
    StvTree t = tree(e, StvTree.EqualPreferences.SHARE);
    assertArrayEquals(new long[] {6}, t.classShares);
    int root = t.classRoots[0];
    assertEquals(6, t.papers[root]);
    int first = t.child[root];
    assertEquals(3, t.child[root + 1] - first);
    for (int i = 0; i < 3; i++) {
      int node = first + i;
      assertEquals(i, t.cand[node]);
      assertEquals(2, t.papers[node]);
      assertEquals(2, t.child[node + 1] - t.child[node]);
      for (int d = t.child[node]; d < t.child[node + 1]; d++) {
        assertEquals(1, t.papers[d]);
      }
    }
  }

  @Test
  void of_aPaperLongerThanTheFirstBuffer_keepsEveryPreference() {
    // 34 candidates (too many for the packed builder), one paper ranking them all: a chain of 34 nodes.
    StringBuilder names = new StringBuilder();
    StringBuilder paper = new StringBuilder("1");
    for (int k = 0; k < 34; k++) {
      names.append(k == 0 ? "" : " ").append("C").append(k);
      paper.append(" C").append(k);
    }
    StvTree t = tree(StvBallots.election(1, names.toString(), paper.toString()), StvTree.EqualPreferences.SHARE);
    assertEquals(36, t.size);
    for (int k = 0; k < 34; k++) {
      assertEquals(k, t.cand[2 + k]);
      assertEquals(1, t.papers[2 + k]);
    }
    assertEquals(1, t.ends[35]);
  }

  @Test
  void of_fifteenCandidatesRankedInFull_packedInPreferenceOrder() {
    // 15 candidates (the most the packed builder takes), a paper ranking all 15 and one ranking only
    // the second: the first level holds C1 then C2, in candidate order, as the general builder has it.
    StringBuilder names = new StringBuilder();
    StringBuilder full = new StringBuilder("1");
    for (int k = 1; k <= 15; k++) {
      names.append(k == 1 ? "" : " ").append("C").append(k);
      full.append(" C").append(k);
    }
    Election e = StvBallots.election(1, names.toString(), full.toString(), "1 C2");
    StvTree t = tree(e, StvTree.EqualPreferences.SHARE);
    assertEquals(0, t.cand[2]);
    assertEquals(1, t.cand[3]);
    assertEquals(1, t.ends[3]);
    StvTree general = StvTree.byRadixSort(e.rankedProfile(), StvTree.EqualPreferences.SHARE);
    assertArrayEquals(general.cand, t.cand);
    assertArrayEquals(general.child, t.child);
    assertArrayEquals(general.papers, t.papers);
    assertArrayEquals(general.ends, t.ends);
  }
}
