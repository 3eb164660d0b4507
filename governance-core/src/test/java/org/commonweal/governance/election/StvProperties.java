package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.Fraction;

/** Properties every STV rule here must have, on arbitrary small elections. */
class StvProperties {
  @Provide
  Arbitrary<Election> elections() {
    return ElectionDomain.strict();
  }

  @Provide
  Arbitrary<Election> singleSeat() {
    return ElectionDomain.singleSeat();
  }

  @Provide
  Arbitrary<Election> withEqualPreferences() {
    return ElectionDomain.withEqualPreferences();
  }

  private static final List<StvMethod> ALL =
      List.of(StvMethods.scottish(), StvMethods.ers97(), StvMethods.wigm(), StvMethods.meek(), StvMethods.meekNz());

  @Provide
  Arbitrary<StvMethod> rules() {
    return Arbitraries.of(ALL);
  }

  @Provide
  Arbitrary<StvMethod> sharingRules() {
    return Arbitraries.of(StvMethods.wigm(), StvMethods.meek(), StvMethods.meekNz());
  }

  @Property(tries = 200)
  void conservation_atEveryStage(@ForAll("elections") Election election, @ForAll("rules") StvMethod rule) {
    ElectionResult r = rule.count(election);
    // Candidates' totals + exhausted + lost to rounding = valid papers, at every stage.
    assertEquals(List.of(), r.report().conservationErrors(), rule.name());
    assertTrue(r.elected().size() <= election.seats());
    assertEquals(r.elected().size(), new HashSet<>(r.elected()).size());
  }

  @Property(tries = 100)
  void conservation_withEqualPreferences(
      @ForAll("withEqualPreferences") Election election, @ForAll("sharingRules") StvMethod rule) {
    assertEquals(List.of(), rule.count(election).report().conservationErrors(), rule.name());
  }

  @Property(tries = 200)
  void fillsEverySeatItCan(@ForAll("elections") Election election, @ForAll("rules") StvMethod rule) {
    // Every count ends with as many elected as seats (every election here has enough candidates).
    assertEquals(election.seats(), rule.count(election).elected().size(), rule.name());
  }

  @Property(tries = 200)
  void quotaOfFirstPreferences_isElected(@ForAll("elections") Election election, @ForAll("rules") StvMethod rule) {
    ElectionResult r = rule.count(election);
    Stage first = r.report().stages().get(0);
    // The quota in force at the first stage: the rule's own for Meek and ERS97, the count's otherwise.
    Fraction quota = first.quota().orElseGet(() -> r.quota().orElseThrow());
    for (Map.Entry<Candidate, Fraction> e : first.totals().entrySet()) {
      // ERS97's quota can be exactly a share of the poll (no "+1"), so ties at it are possible there:
      // require strictly more for ERS97, at least the quota for the others.
      boolean reaches =
          rule.name().equals("ers97") ? e.getValue().isGreaterThan(quota) : e.getValue().isAtLeast(quota);
      if (reaches) {
        assertTrue(r.elected().contains(e.getKey()), rule.name() + ": " + e.getKey() + " has " + e.getValue());
      }
    }
  }

  @Property(tries = 300)
  void oneSeat_electsTheInstantRunoffWinner_whenNoTieArises(@ForAll("singleSeat") Election election) {
    Candidate irv = Oracles.instantRunoffWinner(election);
    for (StvMethod rule : List.of(StvMethods.scottish(), StvMethods.wigm(), StvMethods.meek())) {
      ElectionResult r = rule.count(election);
      boolean tie = irv == null || !r.report().ties().isEmpty();
      if (!tie) {
        assertEquals(List.of(irv), r.elected(), rule.name());
      }
    }
  }

  @Property(tries = 100)
  void anonymity_theOrderOfBallotsDoesNotMatter(
      @ForAll("elections") Election election, @ForAll("rules") StvMethod rule, @ForAll long seed) {
    List<Ballot> shuffled = new ArrayList<>(election.ballots());
    Collections.shuffle(shuffled, new Random(seed));
    Election other = Election.builder().from(election).ballots(shuffled).build();
    ElectionResult a = rule.count(election);
    ElectionResult b = rule.count(other);
    assertEquals(a.elected(), b.elected(), rule.name());
    assertEquals(a.report().stages(), b.report().stages(), rule.name());
  }

  @Property(tries = 100)
  void mergingIdenticalBallots_changesNothing(@ForAll("elections") Election election, @ForAll("rules") StvMethod rule) {
    // Split every ballot into single papers, and merge every set of identical ballots into one weighted
    // ballot: the count is the same, stage for stage.
    List<Ballot> split = new ArrayList<>();
    Map<RankedBallot, Long> merged = new LinkedHashMap<>();
    for (Ballot b : election.ballots()) {
      RankedBallot r = (RankedBallot) b;
      for (long i = 0; i < r.count(); i++) {
        split.add(r.withCount(1));
      }
      merged.merge(r.withCount(1), r.count(), Long::sum);
    }
    List<Ballot> weighted = new ArrayList<>();
    merged.forEach((b, n) -> weighted.add(b.withCount(n)));
    ElectionResult original = rule.count(election);
    ElectionResult one = rule.count(Election.builder().from(election).ballots(split).build());
    ElectionResult many = rule.count(Election.builder().from(election).ballots(weighted).build());
    assertEquals(original.report().stages(), one.report().stages(), rule.name());
    assertEquals(original.report().stages(), many.report().stages(), rule.name());
    assertEquals(original.elected(), many.elected(), rule.name());
  }

  @Property(tries = 150)
  void meek_keepValuesConverge_andElectedStayAtTheQuota(
      @ForAll("elections") Election election, @ForAll("meekRules") MeekStv rule) {
    Fraction omega = Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(rule.omegaPlaces()));
    for (Stage s : rule.count(election).report().stages()) {
      for (Map.Entry<String, Fraction> v : s.values().entrySet()) {
        if (v.getKey().startsWith("keep value of ")) {
          // An elected candidate keeps a positive share of each paper, never more than all of it.
          assertTrue(v.getValue().signum() > 0 && v.getValue().isAtMost(Fraction.ONE), v.toString());
        }
      }
      // An exclusion made because the iteration settled: the total surplus had fallen below omega.
      // Each elected candidate was then within omega of the quota.
      if (s.kind() == Stage.Kind.EXCLUSION && s.description().contains("fell below")) {
        assertTrue(s.values().get("total surplus").isLessThan(omega), s.toString());
        for (Map.Entry<String, Fraction> v : s.values().entrySet()) {
          if (v.getKey().startsWith("excess of ")) {
            assertTrue(v.getValue().abs().isLessThan(omega), v.toString());
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<MeekStv> meekRules() {
    return Arbitraries.of(StvMethods.meek(), StvMethods.meekNz());
  }
}
