package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reading of a paper under every combination of ballot rules, against a reading written rank by
 * rank from the rules' definitions (the oracle below), on papers with blank ranks, overvotes named and
 * unnamed, withdrawn and repeated candidates: the same preferences, or the same rejection.
 */
class BallotRulesProperties {
  private static final List<Candidate> CANDIDATES = ElectionDomain.candidates(5);

  @Provide
  Arbitrary<BallotRules> allRules() {
    return Combinators.combine(
            ElectionDomain.rules(false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (base, isMark, everyMark) ->
                BallotRules.builder()
                    .from(base)
                    .overvoteIsMark(isMark)
                    .overvoteCountsEveryMark(everyMark)
                    .build());
  }

  @Property(tries = 1000)
  void read_agreesWithTheRulesReadRankByRank(@ForAll long seed, @ForAll("allRules") BallotRules rules) {
    Random random = new Random(seed);
    Set<Candidate> withdrawn = new HashSet<>();
    for (Candidate c : CANDIDATES) {
      if (random.nextInt(4) == 0) {
        withdrawn.add(c);
      }
    }
    RankedBallot paper = paper(random);
    Election e = Election.builder().candidates(CANDIDATES).withdrawn(withdrawn).rules(rules).addBallots(paper).build();
    RankedProfile p = e.rankedProfile();
    List<Integer> expected = oracle(paper, rules, withdrawn);
    if (expected == null) {
      assertEquals(0, p.size, paper + " is rejected");
      assertEquals(0, p.valid);
    } else {
      assertEquals(1, p.size, paper + " is valid");
      assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), p.prefs(0), paper.toString());
    }
  }

  /**
   * The defect this property would have caught: a rank whose only marks are passed over (withdrawn or
   * repeated) joined the blanks either side of it into one run. Under a limit of one skip, a paper
   * whose every run of blanks is a single blank is never exhausted by its blanks.
   */
  @Property(tries = 500)
  void read_singleBlanksBetweenMarks_neverExhaustUnderALimitOfOne(@ForAll long seed) {
    Random random = new Random(seed);
    Set<Candidate> withdrawn = Set.of(CANDIDATES.get(0));
    RankedBallot.Builder b = RankedBallot.builder();
    List<Integer> live = new ArrayList<>();
    Set<Candidate> used = new HashSet<>();
    int ranks = 1 + random.nextInt(8);
    for (int r = 0; r < ranks; r++) {
      if (r % 2 == 1) {
        b.skip();
        continue;
      }
      Candidate c = CANDIDATES.get(random.nextInt(CANDIDATES.size()));
      b.rank(c);
      if (!withdrawn.contains(c) && used.add(c)) {
        live.add(CANDIDATES.indexOf(c));
      }
    }
    BallotRules oneSkip = BallotRules.builder().maxConsecutiveSkips(1).build();
    RankedBallot paper = b.build();
    RankedProfile p =
        Election.builder().candidates(CANDIDATES).withdrawn(withdrawn).rules(oneSkip).addBallots(paper).build().rankedProfile();
    assertArrayEquals(live.stream().mapToInt(Integer::intValue).toArray(), p.prefs(0), paper.toString());
  }

  private static RankedBallot paper(Random random) {
    RankedBallot.Builder b = RankedBallot.builder().count(1 + random.nextInt(3));
    int ranks = 1 + random.nextInt(8);
    for (int r = 0; r < ranks; r++) {
      int kind = random.nextInt(10);
      if (kind < 3) {
        b.skip();
      } else if (kind == 3) {
        b.overvote();
      } else if (kind == 4) {
        b.rank(pick(random), pick(random), pick(random));
      } else {
        b.rank(pick(random));
      }
    }
    return b.build();
  }

  private static Candidate pick(Random random) {
    return CANDIDATES.get(random.nextInt(CANDIDATES.size()));
  }

  /**
   * The rules read rank by rank, as their definitions say: null for a rejected paper, else the indices
   * of the candidates the paper counts for, in order. Written for clarity, not speed.
   */
  private static List<Integer> oracle(RankedBallot paper, BallotRules rules, Set<Candidate> withdrawn) {
    if (paper.rankCount() == 0) {
      return null;
    }
    int cap = Math.min(paper.rankCount(), rules.maxRanks().orElse(Integer.MAX_VALUE));
    int maxSkips = rules.maxConsecutiveSkips().orElse(Integer.MAX_VALUE);
    if (rules.duplicates() == BallotRules.Duplicates.REJECT) {
      Set<Candidate> before = new HashSet<>();
      for (int r = 0; r < cap; r++) {
        for (Candidate c : paper.rank(r)) {
          if (!withdrawn.contains(c) && before.contains(c)) {
            return null;
          }
        }
        before.addAll(paper.rank(r));
      }
    }
    List<Integer> out = new ArrayList<>();
    Set<Candidate> seen = new LinkedHashSet<>();
    int run = 0;
    for (int r = 0; r < cap; r++) {
      ImmutableSet<Candidate> marks = paper.rank(r);
      boolean overvote;
      Set<Candidate> live = new LinkedHashSet<>();
      if (paper.isUnidentifiedOvervote(r)) {
        overvote = true;
      } else if (marks.isEmpty()) {
        if (++run > maxSkips) {
          return out;
        }
        continue;
      } else {
        boolean repeat = false;
        for (Candidate c : marks) {
          if (withdrawn.contains(c)) {
            continue;
          }
          if (seen.contains(c)) {
            repeat = true;
          } else {
            live.add(c);
          }
        }
        if (repeat && rules.duplicates() == BallotRules.Duplicates.EXHAUST) {
          return out;
        }
        overvote = rules.overvoteCountsEveryMark() ? marks.size() > 1 : live.size() > 1;
      }
      if (overvote) {
        if (rules.overvote() == BallotRules.Overvote.EXHAUST) {
          return out;
        }
        if (rules.overvoteIsMark()) {
          run = 0;
        } else if (++run > maxSkips) {
          return out;
        }
        continue;
      }
      // A marked rank, whether or not it gives a preference, ends the run of blanks.
      run = 0;
      for (Candidate c : live) {
        seen.add(c);
        out.add(CANDIDATES.indexOf(c));
      }
    }
    return out;
  }
}
