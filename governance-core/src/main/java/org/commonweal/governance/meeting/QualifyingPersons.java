package org.commonweal.governance.meeting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commonweal.governance.membership.MemberId;

/**
 * Counts qualifying persons under Companies Act 2006 s.318(2): individuals, less those who are not two
 * because each qualifies only as a representative of the same corporation, or each only as a proxy of
 * the same member.
 */
final class QualifyingPersons {
  private QualifyingPersons() {}

  /** The capacities in which one individual attends, for the members counted. */
  static final class Capacities {
    boolean inPerson;
    final Set<MemberId> corporations = new TreeSet<>();
    final Set<MemberId> proxyFor = new TreeSet<>();

    boolean onlyRepresentative() {
      return !inPerson && proxyFor.isEmpty() && !corporations.isEmpty();
    }

    boolean onlyProxy() {
      return !inPerson && corporations.isEmpty() && !proxyFor.isEmpty();
    }
  }

  /**
   * Whether s.318(2) says the two are not two qualifying persons: "each is a qualifying person only
   * because" he represents a corporation (a) or is a member's proxy (b), "and they are representatives of
   * the same corporation" (proxies of the same member). Both must qualify only so: a member present in
   * their own right (s.318(3)(a)) is never excluded, whatever else they hold.
   */
  static boolean notTwo(Capacities a, Capacities b) {
    return (a.onlyRepresentative() && b.onlyRepresentative() && !Collections.disjoint(a.corporations, b.corporations))
        || (a.onlyProxy() && b.onlyProxy() && !Collections.disjoint(a.proxyFor, b.proxyFor));
  }

  /**
   * The most of the individuals of whom no two are excluded by s.318(2): those caught by no exclusion,
   * plus the largest set without an excluded pair among the others (an exact search, exponential only in
   * the number caught, which is small in practice).
   */
  static <P> int count(Map<P, Capacities> people) {
    List<Capacities> all = new ArrayList<>(people.values());
    int n = all.size();
    List<BitSet> excluded = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      excluded.add(new BitSet(n));
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (notTwo(all.get(i), all.get(j))) {
          excluded.get(i).set(j);
          excluded.get(j).set(i);
        }
      }
    }
    BitSet caught = new BitSet(n);
    for (int i = 0; i < n; i++) {
      if (!excluded.get(i).isEmpty()) {
        caught.set(i);
      }
    }
    return n - caught.cardinality() + largestFree(caught, excluded);
  }

  /** The largest subset of {@code left} with no excluded pair: branch on a vertex of most exclusions. */
  private static int largestFree(BitSet left, List<BitSet> excluded) {
    if (left.isEmpty()) {
      return 0;
    }
    int pick = -1;
    int most = -1;
    for (int i = left.nextSetBit(0); i >= 0; i = left.nextSetBit(i + 1)) {
      BitSet e = (BitSet) excluded.get(i).clone();
      e.and(left);
      int d = e.cardinality();
      if (d > most) {
        most = d;
        pick = i;
      }
    }
    if (most == 0) {
      return left.cardinality();
    }
    BitSet without = (BitSet) left.clone();
    without.clear(pick);
    BitSet with = (BitSet) left.clone();
    with.andNot(excluded.get(pick));
    with.clear(pick);
    return Math.max(largestFree(without, excluded), 1 + largestFree(with, excluded));
  }
}
