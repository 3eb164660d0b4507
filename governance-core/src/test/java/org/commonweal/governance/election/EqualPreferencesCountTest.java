package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

/**
 * Counts with equal preferences that {@code StvProperties.conservation_withEqualPreferences} found
 * failing: Meek where rounding up lets more candidates reach the quota at once than there are seats
 * left, and WIGM where two parcels' values differ only in the guard digits.
 */
class EqualPreferencesCountTest {
  @Test
  void newZealand_moreAtTheQuotaThanSeats_electsTheHighest_tieByLot() {
    // Two seats; papers "Alice = Bob" and "Carol = Bob", each shared half and half between the two
    // orders. First preferences: Bob 1/2 + 1/2 = 1, Alice 1/2, Carol 1/2. Quota (cl. 5): 2 / 3 truncated
    // to nine places, 0.666666666, plus 0.000000001 = 0.666666667. Bob is elected at stage 1.
    // Bob's keep value falls to 0.666666667 and each half paper headed by Bob passes
    // 0.5 x (1 - 0.666666667) = 0.1666666665, rounded up to 0.166666667: Alice and Carol each reach
    // 0.5 + 0.166666667 = 0.666666667, the quota, together, with one seat left. The count creates
    // 0.000000002 (lost to rounding -2/10^9). They are equal at every stage, so the lot (in the order
    // given) picks Alice.
    Election e = StvBallots.election(2, "Alice Bob Carol", "1 Alice=Bob", "1 Carol=Bob");
    ElectionResult r = StvMethods.meekNz().count(e, TieBreaker.givenOrder());
    assertEquals(List.of("Bob", "Alice"), r.elected().stream().map(Candidate::name).toList());
    Stage last = r.report().stages().get(r.report().stages().size() - 1);
    assertEquals(Fraction.parse("0.666666667"), last.totals().get(Candidate.of("Carol")));
    assertEquals(Fraction.parse("-0.000000002"), last.lostToRounding());
    Tie tie = last.ties().get(0);
    assertEquals("the last seat", tie.purpose());
    assertEquals(Tie.DecidedBy.LOT, tie.decidedBy());
    assertEquals(List.of("Alice", "Carol"), tie.tied().stream().map(Candidate::name).toList());
    assertTrue(last.notes().get(0).startsWith("Alice and Carol reached the quota together with 1 seat left"), last.notes().toString());
    assertEquals(List.of(), r.report().conservationErrors());
  }

  @Test
  void wigm_parcelsDifferingOnlyInGuardDigits_keepAnEntryEach() {
    // Papers ranking candidates equally are shared among every order of them (1/2, 1/3, 1/6 ...), so
    // after a few transfers two parcels can hold values equal to 18 places and different in the 9 guard
    // digits. Each must keep its own transfer value in the report, named with every digit.
    Election e =
        StvBallots.election(
            3, "Alice Fay Carol Bob Ed", "3 Alice", "3 Carol=Ed=Alice", "10 Ed Fay=Carol", "11 Ed", "17 Fay=Carol Bob=Alice=Ed");
    ElectionResult r = StvMethods.wigm().count(e, TieBreaker.givenOrder());
    assertEquals(3, r.elected().size());
    assertEquals(List.of(), r.report().conservationErrors());
    boolean sawGuardDigits = false;
    for (Stage s : r.report().stages()) {
      List<String> at =
          s.values().keySet().stream().filter(k -> k.startsWith("transfer value of papers at ")).map(k -> k.substring(28)).toList();
      assertEquals(at.size(), at.stream().distinct().count(), s.values().toString());
      sawGuardDigits |= at.stream().anyMatch(v -> v.length() == "0.".length() + 27);
    }
    assertTrue(sawGuardDigits, "expected a stage naming parcels to 27 places: " + r.report());
  }

  @Test
  void reference_sameElection_roundsDown_andElectsWithoutATie() {
    // Rounding down never creates value, so at most the seats left can reach the quota at once.
    Election e = StvBallots.election(2, "Alice Bob Carol", "1 Alice=Bob", "1 Carol=Bob");
    ElectionResult r = StvMethods.meek().count(e, TieBreaker.givenOrder());
    assertEquals(2, r.elected().size());
    assertTrue(r.report().stages().stream().allMatch(s -> s.lostToRounding().signum() >= 0));
  }
}
