package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.commonweal.governance.base.Fraction;

class StarVotingProperties implements SingleWinnerContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.star(5);
  }

  @Override
  public Arbitrary<Election> countable() {
    return ElectionDomain.scoreElections(4, 1, 5);
  }

  /** The winner is one of the two highest scorers: no candidate outside the runoff outscored it. */
  @Property(tries = 100)
  void count_electsAFinalist(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    if (r.elected().isEmpty()) {
      return;
    }
    Stage scoring = r.report().stages().get(0);
    Fraction winner = scoring.totals().get(r.elected().get(0));
    long higher = e.standing().stream().filter(c -> scoring.totals().get(c).isGreaterThan(winner)).count();
    assertTrue(higher <= 1, () -> "winner " + r.elected() + " has " + higher + " higher scorers");
    List<Stage> stages = r.report().stages();
    if (stages.size() == 2) {
      assertTrue(!stages.get(1).excluded().contains(r.elected().get(0)));
    }
  }

  /**
   * Among candidates tied for a place in the runoff, one scored higher than each of the others by more
   * papers always goes through, and one scored lower than each of the others by more papers never does
   * (the standard protocol's head-to-head step). Maximum score 2 on a few papers, so that ties are common;
   * the head-to-head counts are made here from the papers, independently of the method.
   */
  @Property(tries = 300)
  void finalistTie_theTiedHeadToHeadWinnerGoesThrough_andTheLoserDoesNot(@ForAll("tiedScores") Election e) {
    List<Candidate> cs = e.candidates();
    Map<Candidate, Long> total = new LinkedHashMap<>();
    for (Candidate c : cs) {
      total.put(c, e.ballots().stream().mapToLong(b -> ((ScoreBallot) b).scores().getOrDefault(c, 0)).sum());
    }
    List<Long> sorted = new ArrayList<>(total.values());
    sorted.sort((x, y) -> Long.compare(y, x));
    long boundary = sorted.get(1);
    long above = total.values().stream().filter(t -> t > boundary).count();
    List<Candidate> level = cs.stream().filter(c -> total.get(c) == boundary).toList();
    boolean contested = level.size() > 2 - above;
    Statistics.label("tie for a runoff place").collect(contested);
    Statistics.label("tie for a runoff place").coverage(c -> c.check(true).percentage(p -> p >= 10));
    if (!contested) {
      return;
    }
    ElectionResult r = ElectionMethods.star(2).count(e);
    Set<Candidate> finalists = new HashSet<>(cs);
    r.report().stages().get(1).excluded().forEach(finalists::remove);
    for (Candidate x : level) {
      boolean beatsAll = true;
      boolean losesAll = true;
      for (Candidate y : level) {
        if (!x.equals(y)) {
          long xy = e.ballots().stream().filter(b -> score(b, x) > score(b, y)).count();
          long yx = e.ballots().stream().filter(b -> score(b, y) > score(b, x)).count();
          beatsAll &= xy > yx;
          losesAll &= yx > xy;
        }
      }
      if (beatsAll) {
        assertTrue(finalists.contains(x), () -> x + " beats every tied candidate but is not a finalist: " + r.report());
      }
      if (losesAll) {
        assertFalse(finalists.contains(x), () -> x + " loses to every tied candidate but is a finalist: " + r.report());
      }
    }
  }

  private static int score(Ballot b, Candidate c) {
    return ((ScoreBallot) b).scores().getOrDefault(c, 0);
  }

  /** Three to five candidates, one to eight single papers scoring each 0 to 2; no spoilt papers. */
  @Provide
  Arbitrary<Election> tiedScores() {
    return Arbitraries.integers()
        .between(3, 5)
        .flatMap(
            n -> {
              List<Candidate> cs = ElectionDomain.candidates(n);
              Arbitrary<ScoreBallot> paper =
                  Arbitraries.integers()
                      .between(0, 2)
                      .list()
                      .ofSize(n)
                      .map(
                          scores -> {
                            Map<Candidate, Integer> m = new LinkedHashMap<>();
                            for (int i = 0; i < n; i++) {
                              m.put(cs.get(i), scores.get(i));
                            }
                            return ScoreBallot.of(1, m);
                          });
              return paper.list().ofMinSize(1).ofMaxSize(8).map(ps -> Election.of(cs, 1, ps));
            });
  }

  @Group
  class RankedBallots implements SingleWinnerContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.star(5);
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 1, true);
    }
  }
}
