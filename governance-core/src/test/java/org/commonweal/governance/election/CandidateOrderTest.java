package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Candidates ordered by name, for stable listings. */
class CandidateOrderTest {
  @Test
  void compareTo_ordersByName() {
    Candidate ann = Candidate.of("Ann");
    Candidate bob = Candidate.of("Bob");
    assertTrue(ann.compareTo(bob) < 0);
    assertTrue(bob.compareTo(ann) > 0);
    assertEquals(0, ann.compareTo(Candidate.of("Ann")));
    List<Candidate> listed = new ArrayList<>(List.of(Candidate.of("Cal"), bob, ann));
    Collections.sort(listed);
    assertEquals(List.of(ann, bob, Candidate.of("Cal")), listed);
  }
}
