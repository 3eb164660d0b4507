package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.commonweal.governance.base.TieBreaker;

/**
 * The contract every {@link ElectionMethod} keeps, as jqwik properties run against each implementation:
 * determinism, anonymity, the same result for a ballot list and its compressed or expanded form,
 * conservation of papers where totals are papers, neutrality (ties aside), winners who stood, every
 * stage's totals covering the candidates standing, the lot consulted only for ties (and a missing one
 * refused before counting), and the report's notes of no valid papers and of seats unfilled.
 */
interface ElectionMethodContract {

  /** The method under test. */
  ElectionMethod method();

  /** Elections the method can count. */
  Arbitrary<Election> countable();

  @Provide
  default Arbitrary<Election> elections() {
    return countable();
  }

  @Property(tries = 60)
  default void count_isDeterministic(@ForAll("elections") Election e) {
    assertEquals(method().count(e, TieBreaker.seeded(7)), method().count(e, TieBreaker.seeded(7)));
  }

  @Property(tries = 60)
  default void count_isAnonymous_permutingBallotsChangesNothing(@ForAll("elections") Election e, @ForAll long seed) {
    assertEquals(method().count(e), method().count(Elections.shuffled(e, seed)));
  }

  @Property(tries = 60)
  default void count_ofCompressedOrExpandedBallots_isTheSame(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    assertEquals(r, method().count(Elections.expanded(e)));
    assertEquals(r, method().count(Elections.compressed(e)));
  }

  @Property(tries = 60)
  default void count_electsCandidatesWhoStood_fillingTheSeats(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    assertTrue(e.standing().containsAll(r.elected()), () -> r.elected() + " not all standing in " + e.standing());
    assertEquals(Math.min(e.seats(), e.standing().size()), r.elected().size());
    assertEquals(method().name(), r.method());
    for (Stage s : r.report().stages()) {
      assertEquals(e.standing(), s.totals().keySet().asList());
    }
  }

  @Property(tries = 60)
  default void count_conservesPapers_atEveryStage(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    assertEquals(java.util.List.of(), r.report().conservationErrors());
    assertEquals(e.papers(), r.report().ballots().total());
  }

  @Property(tries = 60)
  default void count_isNeutral_renamingAndReorderingCandidatesRenamesTheResult(
      @ForAll("elections") Election e, @ForAll @IntRange(min = 0, max = 5) int shift) {
    ElectionResult r = method().count(e);
    Assume.that(r.report().ties().isEmpty());
    Map<Candidate, Candidate> names = Elections.renaming(e);
    ElectionResult renamed = method().count(Elections.renamed(e, names, shift));
    Set<Candidate> expected = new HashSet<>();
    r.elected().forEach(c -> expected.add(names.get(c)));
    assertEquals(expected, new HashSet<>(renamed.elected()));
  }

  @Property(tries = 60)
  default void count_withoutTies_doesNotDependOnTheLot(@ForAll("elections") Election e, @ForAll long seed) {
    ElectionResult r = method().count(e);
    Assume.that(r.report().ties().isEmpty());
    assertEquals(r, method().count(e, TieBreaker.seeded(seed)));
  }

  @Property(tries = 30)
  default void count_refusesAMissingTieBreaker_evenWhereNoTieArises(@ForAll("elections") Election e) {
    NullPointerException x = assertThrows(NullPointerException.class, () -> method().count(e, nullTieBreaker()));
    assertEquals("tieBreaker", x.getMessage());
  }

  @Property(tries = 60)
  default void count_notesNoValidPapers_andSeatsUnfilled_exactlyWhenSo(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    java.util.List<String> expected = new java.util.ArrayList<>();
    if (r.report().ballots().valid() == 0) {
      expected.add("no valid papers");
    }
    int unfilled = e.seats() - r.elected().size();
    if (unfilled > 0) {
      expected.add(unfilled + (unfilled == 1 ? " seat unfilled" : " seats unfilled"));
    }
    assertEquals(expected, r.report().notes());
  }

  /** A null the checker lets through, as a caller without NullAway could pass it. */
  @SuppressWarnings("NullAway")
  private static TieBreaker nullTieBreaker() {
    return null;
  }
}
