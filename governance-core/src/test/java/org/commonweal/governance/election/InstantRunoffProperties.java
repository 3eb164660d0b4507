package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import org.commonweal.governance.base.Fraction;

class InstantRunoffProperties implements SingleWinnerContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.instantRunoff();
  }

  @Override
  public Arbitrary<Election> countable() {
    return ElectionDomain.markedElections(5, 1, false);
  }

  /** Whoever has more than half of the first preferences is elected, at the first stage. */
  static void majorityOfFirstPreferencesIsElected(ElectionMethod method, Election e) {
    ElectionResult r = method.count(e);
    Stage first = r.report().stages().get(0);
    Fraction all = first.totalOfCandidates();
    for (Candidate c : e.standing()) {
      if (first.totals().get(c).times(2).isGreaterThan(all)) {
        assertEquals(List.of(c), r.elected());
        assertEquals(List.of(c), first.elected());
        return;
      }
    }
    Assume.that(false);
  }

  @Property(tries = 100)
  void count_electsAMajorityOfFirstPreferences(@ForAll("elections") Election e) {
    majorityOfFirstPreferencesIsElected(method(), e);
  }

  @Property(tries = 100)
  void count_excludesOneCandidateAtEachLaterStage(@ForAll("elections") Election e) {
    List<Stage> stages = method().count(e).report().stages();
    for (Stage s : stages.subList(1, stages.size())) {
      assertEquals(1, s.excluded().size());
      assertEquals(Fraction.ZERO, s.totals().get(s.excluded().get(0)));
    }
  }

  /**
   * Checks every exclusion of a count against the totals of the stage before it: the candidates
   * excluded together hold the lowest totals among those continuing; either together they have fewer
   * votes than the next candidate, and no larger set of the lowest does (batch elimination), or no set
   * does and one lowest candidate goes alone.
   */
  static void exclusionsTakeTheLowest(ElectionResult r, Election e, boolean batch) {
    List<Stage> stages = r.report().stages();
    List<Candidate> out = new ArrayList<>();
    for (int s = 1; s < stages.size(); s++) {
      Stage before = stages.get(s - 1);
      List<Candidate> excluded = stages.get(s).excluded();
      List<Fraction> continuing = new ArrayList<>();
      for (Candidate c : e.standing()) {
        if (!out.contains(c)) {
          continuing.add(before.totals().get(c));
        }
      }
      continuing.sort(null);
      List<Fraction> gone = new ArrayList<>();
      excluded.forEach(c -> gone.add(before.totals().get(c)));
      gone.sort(null);
      assertEquals(continuing.subList(0, gone.size()), gone, "stage " + (s + 1));
      out.addAll(excluded);
      // prefix.get(j): the votes of the j lowest together.
      List<Fraction> prefix = new ArrayList<>(List.of(Fraction.ZERO));
      for (Fraction f : continuing) {
        prefix.add(prefix.get(prefix.size() - 1).plus(f));
      }
      boolean together = gone.size() < continuing.size() && prefix.get(gone.size()).isLessThan(continuing.get(gone.size()));
      if (!batch) {
        assertEquals(1, gone.size());
        continue;
      }
      if (!together) {
        assertEquals(1, gone.size(), "stage " + (s + 1) + ": a lowest candidate alone");
      }
      for (int j = together ? gone.size() + 1 : 1; j < continuing.size(); j++) {
        assertTrue(
            !prefix.get(j).isLessThan(continuing.get(j)),
            "stage " + (s + 1) + ": the " + j + " lowest could have gone together");
      }
    }
  }

  @Property(tries = 100)
  void count_excludesALowestContinuingCandidate(@ForAll("elections") Election e) {
    exclusionsTakeTheLowest(method().count(e), e, false);
  }

  @Group
  class BatchElimination implements SingleWinnerContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.instantRunoff(true);
    }

    @Override
    public Arbitrary<Election> countable() {
      return ElectionDomain.markedElections(5, 1, false);
    }

    /** Batch elimination only leaves out stages: without ties, the winner is the same. */
    @Property(tries = 100)
    void count_electsTheSameWinnerAsOneExclusionAtATime(@ForAll("elections") Election e) {
      ElectionResult one = ElectionMethods.instantRunoff().count(e);
      Assume.that(one.report().ties().isEmpty());
      assertEquals(one.elected(), method().count(e).elected());
    }

    @Property(tries = 100)
    void count_electsAMajorityOfFirstPreferences(@ForAll("elections") Election e) {
      majorityOfFirstPreferencesIsElected(method(), e);
    }

    @Property(tries = 100)
    void count_excludesTogetherTheMostLowestWhoCouldNotOvertakeTheNext(@ForAll("elections") Election e) {
      exclusionsTakeTheLowest(method().count(e), e, true);
    }
  }
}
