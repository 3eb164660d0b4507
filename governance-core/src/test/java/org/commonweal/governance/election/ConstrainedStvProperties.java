package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.InvalidValueException;

/**
 * Constrained STV against its promises: without limits that act it is the plain count, and every set
 * it elects conforms, checked against a slow oracle that lists every set of the standing candidates.
 */
class ConstrainedStvProperties {

  /** An election with the limits to count it under. */
  record Case(Election election, List<SeatConstraint> limits, StvMethod rule) {}

  private static final List<StvMethod> RULES =
      List.of(StvMethods.scottish(), StvMethods.ers97(), StvMethods.wigm(), StvMethods.meek(), StvMethods.meekNz());

  private static Arbitrary<SeatConstraint> limit(List<Candidate> cs, boolean slack) {
    Arbitrary<Set<Candidate>> members = Arbitraries.subsetOf(cs).ofMinSize(1);
    if (slack) {
      return members.map(m -> SeatConstraint.between("slack", 0, m.size(), m));
    }
    return Combinators.combine(members, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
        .as((m, min, extra) -> SeatConstraint.between("g", min, extra == 3 ? SeatConstraint.NO_MAXIMUM : min + extra, m));
  }

  private static Arbitrary<Case> cases(boolean slack) {
    return ElectionDomain.rankedElections(6, 4)
        .flatMap(
            e ->
                Combinators.combine(
                        limit(e.candidates(), slack).list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(RULES))
                    .as((limits, rule) -> new Case(e, limits, rule)));
  }

  @Provide
  Arbitrary<Case> slackCases() {
    return cases(true);
  }

  @Provide
  Arbitrary<Case> anyCases() {
    return cases(false);
  }

  @Property(tries = 300)
  void count_limitsThatNeverAct_giveThePlainCount(@ForAll("slackCases") Case c) {
    ElectionResult plain = c.rule().count(c.election());
    ElectionResult constrained = ConstrainedStv.of(c.rule(), c.limits()).count(c.election());
    assertEquals(plain, constrained);
  }

  @Property(tries = 500)
  void count_electsAConformingSet_orRefusesLimitsNoSetMeets(@ForAll("anyCases") Case c) {
    List<Candidate> standing = c.election().standing();
    int seats = Math.min(c.election().seats(), standing.size());
    boolean possible = Oracle.conformingSets(standing, seats, c.limits()).iterator().hasNext();
    ElectionResult r;
    try {
      r = ConstrainedStv.of(c.rule(), c.limits()).count(c.election());
    } catch (InvalidValueException refused) {
      assertFalse(possible, "refused, but a conforming set exists: " + refused.getMessage());
      return;
    }
    assertTrue(possible, "counted limits that no set meets");
    Set<Candidate> elected = new HashSet<>(r.elected());
    assertEquals(seats, elected.size(), "seats filled");
    assertTrue(standing.containsAll(elected));
    assertTrue(Oracle.conforms(elected, c.limits()), () -> r.elected() + " breaks " + c.limits());
  }

  /** The slow, obvious oracle: every set of the standing candidates, checked against every limit. */
  static final class Oracle {
    private Oracle() {}

    static boolean conforms(Set<Candidate> chosen, List<SeatConstraint> limits) {
      for (SeatConstraint k : limits) {
        long in = chosen.stream().filter(k.members()::contains).count();
        if (!k.allows((int) in)) {
          return false;
        }
      }
      return true;
    }

    static List<Set<Candidate>> conformingSets(List<Candidate> standing, int seats, List<SeatConstraint> limits) {
      List<Set<Candidate>> out = new ArrayList<>();
      int n = standing.size();
      for (int mask = 0; mask < (1 << n); mask++) {
        if (Integer.bitCount(mask) != seats) {
          continue;
        }
        Set<Candidate> s = new HashSet<>();
        for (int i = 0; i < n; i++) {
          if ((mask & (1 << i)) != 0) {
            s.add(standing.get(i));
          }
        }
        if (conforms(s, limits)) {
          out.add(s);
        }
      }
      return out;
    }
  }
}
