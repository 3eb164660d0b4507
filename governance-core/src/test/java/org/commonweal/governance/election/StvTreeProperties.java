package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tree of preference prefixes against the papers it was built from: each node's papers end there or
 * pass to its children, and, read as statutory rules read them, each prefix holds exactly the papers that
 * start with it (an oracle that counts the prefixes of every paper one by one).
 */
class StvTreeProperties {

  @Provide
  Arbitrary<Election> elections() {
    return ElectionDomain.markedElections(6, 1, true);
  }

  @Property(tries = 200)
  void of_eachNodesPapersEndThereOrPassToItsChildren(
      @ForAll("elections") Election e, @ForAll StvTree.EqualPreferences equal) {
    StvTree t = StvTree.of(e.rankedProfile(), equal);
    assertEquals(1, t.child[0], "the class roots are node 0's children, from node 1");
    assertEquals(t.classRoots.length, t.child[1] - t.child[0]);
    long classes = 0;
    long realPapers = 0;
    for (int k = 0; k < t.classRoots.length; k++) {
      classes += t.papers[t.classRoots[k]];
      // A paper of a class with share s stands for s strict orders, each of which is in the tree.
      assertEquals(0, t.papers[t.classRoots[k]] % t.classShares[k]);
      realPapers += t.papers[t.classRoots[k]] / t.classShares[k];
      assertTrue(k == 0 || t.classShares[k - 1] < t.classShares[k], "classes in increasing order of share");
    }
    assertEquals(t.papers[0], classes);
    assertEquals(t.valid, realPapers);
    for (int n = 1; n < t.size; n++) {
      assertTrue(t.child[n] <= t.child[n + 1], "children are numbered in order");
      long below = t.ends[n];
      for (int c = t.child[n]; c < t.child[n + 1]; c++) {
        below += t.papers[c];
        assertTrue(c == t.child[n] || t.cand[c - 1] < t.cand[c], "children in candidate order, none repeated");
      }
      assertEquals(t.papers[n], below, "node " + n);
    }
    assertEquals(t.size, t.child[t.size]);
  }

  @Property(tries = 200)
  void of_endOfPaper_holdsEachPrefixWithThePapersThatStartWithIt(@ForAll("elections") Election e) {
    RankedProfile profile = e.rankedProfile();
    StvTree t = StvTree.of(profile, StvTree.EqualPreferences.END_OF_PAPER);
    // The oracle: every paper, read up to its first rank of several candidates, adds its papers to each
    // of its prefixes.
    Map<List<Integer>, Long> expected = new HashMap<>();
    for (int i = 0; i < profile.size; i++) {
      int[] prefs = profile.prefs(i);
      int[] groups = profile.groups(i);
      int end = prefs.length;
      if (groups != null) {
        int from = 0;
        for (int g : groups) {
          if (g - from > 1) {
            end = from;
            break;
          }
          from = g;
        }
      }
      for (int length = 1; length <= end; length++) {
        expected.merge(toList(Arrays.copyOf(prefs, length)), profile.weight[i], Long::sum);
      }
    }
    Map<List<Integer>, Long> actual = new HashMap<>();
    int[] parent = new int[t.size];
    for (int n = 0; n < t.size; n++) {
      for (int c = t.child[n]; c < t.child[n + 1]; c++) {
        parent[c] = n;
      }
    }
    for (int n = 2; n < t.size; n++) {
      List<Integer> path = new ArrayList<>();
      for (int at = n; at > 1; at = parent[at]) {
        path.add(0, t.cand[at]);
      }
      actual.put(path, t.papers[n]);
    }
    assertTrue(t.isWhole());
    assertEquals(expected, actual);
  }

  private static List<Integer> toList(int[] a) {
    List<Integer> out = new ArrayList<>(a.length);
    for (int x : a) {
      out.add(x);
    }
    return out;
  }

  @Provide
  Arbitrary<Election> wholePaperElections() {
    return Arbitraries.oneOf(
        ElectionDomain.markedElections(15, 1, false), ElectionDomain.rankedElections(15, 1));
  }

  @Property(tries = 300)
  void of_wholePapers_givesTheSameTreeAsTheGeneralBuilder(@ForAll("wholePaperElections") Election e) {
    RankedProfile profile = e.rankedProfile();
    StvTree general = StvTree.byRadixSort(profile, StvTree.EqualPreferences.SHARE);
    StvTree t = StvTree.of(profile, StvTree.EqualPreferences.SHARE);
    assertEquals(general.candidates, t.candidates);
    assertEquals(general.size, t.size);
    assertEquals(Arrays.toString(general.cand), Arrays.toString(t.cand));
    assertEquals(Arrays.toString(general.child), Arrays.toString(t.child));
    assertEquals(Arrays.toString(general.papers), Arrays.toString(t.papers));
    assertEquals(Arrays.toString(general.ends), Arrays.toString(t.ends));
    assertEquals(Arrays.toString(general.classRoots), Arrays.toString(t.classRoots));
    assertEquals(Arrays.toString(general.classShares), Arrays.toString(t.classShares));
    assertEquals(general.valid, t.valid);
  }
}
