package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  }
}
