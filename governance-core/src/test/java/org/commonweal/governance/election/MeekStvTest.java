package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Meek STV, reference and New Zealand settings, on counts worked by hand. */
class MeekStvTest {
  private static Fraction d(String decimal) {
    return Fraction.parse(decimal);
  }

  private static final Election TWO_SEATS = election(2, "A B C", "9 A B", "4 B", "5 C");

  @Test
  void meek_surplusGoesOnThroughTheKeepValue() {
    // 18 papers, 2 seats. Quota = 18 / 3 plus one unit of the 18th place = 6.000000000000000001.
    // Stage 1: A (9) elected on first preferences.
    // Then A's keep value: ceil(ceil(1 x quota) / 9) at 27 places = 0.666666666666666666777777778.
    // Each A B paper: A keeps 0.666666666666666666777777778, passes 1 - that = 0.333333333333333333
    // 222222222 (both exact, rounded down). A: 9 x keep = 6.000000000000000001000000002; B: 4 + 9 x
    // 0.333333333333333333222222222 = 6.999999999999999998999999998 >= the quota (18 / 3 + unit again):
    // B elected at stage 2, on the second iteration (the first, with A keeping everything, found a
    // surplus but nobody new).
    ElectionResult r = StvMethods.meek().count(TWO_SEATS);
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(Stage.Kind.FIRST_COUNT, s.get(0).kind());
    assertEquals(List.of(c("A")), s.get(0).elected());
    assertEquals(Optional.of(d("6.000000000000000001")), s.get(0).quota());
    Stage two = s.get(1);
    assertEquals(Stage.Kind.ROUND, two.kind());
    assertEquals(List.of(c("B")), two.elected());
    assertEquals(d("6.000000000000000001000000002"), two.totals().get(c("A")));
    assertEquals(d("6.999999999999999998999999998"), two.totals().get(c("B")));
    assertEquals(Fraction.of(5), two.totals().get(c("C")));
    assertEquals(d("0.666666666666666666777777778"), two.values().get("keep value of A"));
    assertEquals(Fraction.ZERO, two.lostToRounding());
    assertEquals("Keep values iterated 2 times; quota 6.000000000000000001", two.description());
    // Surpluses: at stage 1, A's 9 - 6.000000000000000001 = 2.999999999999999999 (no "excess" line
    // for A, elected at that stage). At stage 2 A, elected earlier, is 6.000000000000000001000000002
    // - 6.000000000000000001 = 2 x 10^-27 over the quota, and the total adds B's 6.9999999999999999989
    // 99999998 - 6.000000000000000001 = 0.999999999999999997999999998: 0.999999999999999998.
    assertEquals(d("2.999999999999999999"), s.get(0).values().get("total surplus"));
    assertEquals(null, s.get(0).values().get("excess of A over the quota"));
    assertEquals(d("0.000000000000000000000000002"), two.values().get("excess of A over the quota"));
    assertEquals(null, two.values().get("excess of B over the quota"));
    assertEquals(d("0.999999999999999998"), two.values().get("total surplus"));
    assertEquals(List.of("A", "B"), names(r.elected()));
    assertEquals(18, r.report().decimals());
  }

  @Test
  void meekNz_nineDecimalPlacesRoundedUp() {
    // Local Electoral Regulations 2001 (NZ), Sch. 1A: quota (18 - 0) / 3 + 0.000000001 = 6.000000001;
    // keep value ceil(ceil(1 x 6.000000001) / 9) = 0.666666667; a paper gives A ceil(0.666666667) and
    // passes ceil(1 x 0.333333333) = 0.333333333: A 6.000000003, B 4 + 2.999999997 = 6.999999997.
    ElectionResult r = StvMethods.meekNz().count(TWO_SEATS);
    Stage two = r.report().stages().get(1);
    assertEquals(d("6.000000003"), two.totals().get(c("A")));
    assertEquals(d("6.999999997"), two.totals().get(c("B")));
    assertEquals(d("0.666666667"), two.values().get("keep value of A"));
    assertEquals(Optional.of(d("6.000000001")), two.quota());
    assertEquals("meek-nz", r.method());
    assertEquals(9, r.report().decimals());
  }

  @Test
  void meek_sureLosersExcludedTogether() {
    // 27 papers, 2 seats: quota 9.000000000000000001. Stage 1: A (12) elected. On the first iteration
    // the surplus is 2.999999999999999999: C, D and E together have 4 + 1 + 1 = 6, and with the whole
    // surplus 8.999999999999999999 < 9 (B), so they cannot overtake B: all three are excluded at once.
    // B is then the only hopeful candidate for the last seat.
    Election e = election(2, "A B C D E", "12 A C", "9 B", "4 C", "1 D", "1 E");
    ElectionResult r = StvMethods.meek().count(e);
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(List.of(c("C"), c("D"), c("E")), s.get(1).excluded());
    assertEquals(
        "Exclusion of C, D and E: they cannot overtake the next candidate even with the surplus of"
            + " 2.999999999999999999",
        s.get(1).description());
    assertEquals(List.of(c("B")), s.get(1).elected());
    assertEquals(List.of("A", "B"), names(r.elected()));
    // Without batch exclusion (the NZ rule), they go one at a time.
    ElectionResult nz = StvMethods.meekNz().count(e);
    assertTrue(nz.report().stages().stream().allMatch(st -> st.excluded().size() <= 1));
    assertEquals(List.of("A", "B"), names(nz.elected()));
  }

  @Test
  void meek_oneSeatNobodyElected_excludesOneAtATime() {
    // With nobody elected there is no surplus: the iteration settles at once, and the lowest goes.
    Election e = election(1, "A B C D", "10 A", "8 B", "3 C B", "2 D A");
    // 23 papers, 1 seat: quota 11.500000000000000001. Stage 1: A 10, B 8, C 3, D 2, nobody elected.
    // Stage 2: D excluded, its papers to A (12). Stage 3: the next iteration finds A over the quota.
    ElectionResult r = StvMethods.meek().count(e);
    List<Stage> s = r.report().stages();
    assertEquals(3, s.size());
    assertEquals(List.of(c("D")), s.get(1).excluded());
    assertEquals(Fraction.of(12), s.get(1).totals().get(c("A")));
    assertEquals(
        "Exclusion of D: the lowest vote (2.000000000000000000) once the total surplus fell below"
            + " 0.000000001000000000",
        s.get(1).description());
    assertEquals(List.of("Keep values iterated 1 time."), s.get(1).notes());
    assertEquals(Stage.Kind.ROUND, s.get(2).kind());
    assertEquals(List.of(c("A")), s.get(2).elected());
    assertEquals(List.of("A"), names(r.elected()));
  }

  @Test
  void meek_equalPreferencesShareThePaper() {
    // 2 papers A=B count as one paper A then B and one paper B then A: A 1, B 1 on first preferences.
    Election e = election(1, "A B C", "2 A=B", "3 C");
    Stage one = StvMethods.meek().count(e).report().stages().get(0);
    assertEquals(Fraction.ONE, one.totals().get(c("A")));
    assertEquals(Fraction.ONE, one.totals().get(c("B")));
  }

  @Test
  void meek_asManyCandidatesAsSeats_electedAtTheFirstStage() {
    // 4 papers, 2 seats, 2 candidates: both are elected at the first stage without iterating.
    ElectionResult r = StvMethods.meek().count(election(2, "A B", "1 A", "3 B"));
    assertEquals(2, r.elected().size());
    Stage one = r.report().stages().get(0);
    assertEquals(Stage.Kind.FIRST_COUNT, one.kind());
    assertEquals(Fraction.of(3), one.totals().get(c("B")));
    assertEquals(List.of("The continuing candidates are no more than the vacancies: they are elected."), one.notes());
  }

  @Test
  void meek_asManyCandidatesAsSeats_listedHigherTotalFirst() {
    // Elected at the same stage: higher total first, then ballot-paper order (docs/stv.md, `elected`).
    // B (3) comes before A (1), as ERS97 and the later stages of Meek list them.
    ElectionResult r = StvMethods.meek().count(election(2, "A B", "1 A", "3 B"));
    assertEquals(List.of("B", "A"), names(r.elected()));
  }

  @Test
  void meek_papersExhaustedAtTheFirstPreference_leaveTheQuota() {
    // 20 papers, 1 seat; 3 mark A and B at the first rank, an overvote under the standard rules, so they
    // are exhausted at once. The quota counts only the candidates' votes: (7 + 6 + 4) / 2 = 8.5, plus
    // one unit of the 18th place.
    Election e =
        StvBallots.builder(1, "A B C", "7 A", "6 B", "4 C B", "3 A=B").rules(BallotRules.builder().build()).build();
    Stage one = StvMethods.meek().count(e).report().stages().get(0);
    assertEquals(Fraction.of(3), one.exhausted());
    assertEquals(Optional.of(d("8.500000000000000001")), one.quota());
  }

  @Test
  void meek_manyCandidatesAtOneBranch() {
    // More than 64 distinct preferences below one point of the paper tree (the count's working stacks
    // start at 64). First: 65 one-paper first preferences beside A's 100: 165 papers, quota 82.5 plus a
    // unit, A elected at once.
    StringBuilder names = new StringBuilder("A");
    String[] firsts = new String[66];
    String[] seconds = new String[66];
    firsts[0] = "100 A";
    seconds[0] = "1 C1";
    for (int k = 1; k <= 65; k++) {
      names.append(" C").append(k);
      firsts[k] = "1 C" + k;
      seconds[k] = "1 A C" + k;
    }
    ElectionResult wide = StvMethods.meek().count(election(1, names.toString(), firsts));
    assertEquals(List.of("A"), names(wide.elected()));
    assertEquals(Fraction.ONE, wide.report().stages().get(0).totals().get(c("C65")));
    // Second: 65 papers A Ck, one for each k, and one C1: 66 papers, quota 33 plus a unit, A (65)
    // elected; the papers are then folded with 65 branches below A.
    ElectionResult deep = StvMethods.meek().count(election(1, names.toString(), seconds));
    assertEquals(List.of("A"), names(deep.elected()));
    assertEquals(Fraction.of(65), deep.report().stages().get(0).totals().get(c("A")));
  }

  @Test
  void builder_settingsAndChecks() {
    MeekStv custom =
        MeekStv.builder()
            .name("meek-6")
            .decimals(6)
            .guardDigits(3)
            .omegaPlaces(4)
            .roundUp(true)
            .quotaFromCandidateVotes(false)
            .batchExclusion(false)
            .earliestLookBack(true)
            .build();
    assertEquals("meek-6", custom.name());
    assertEquals(6, custom.decimals());
    assertEquals(3, custom.guardDigits());
    assertEquals(4, custom.omegaPlaces());
    assertTrue(custom.roundUp());
    assertEquals(List.of("A", "B"), names(custom.count(TWO_SEATS).elected()));
    assertEquals(18, StvMethods.meek().decimals());
    assertEquals(9, StvMethods.meek().guardDigits());
    assertEquals(9, StvMethods.meek().omegaPlaces());
    assertTrue(StvMethods.meek().batchExclusion());
    assertEquals(5, StvMethods.meekNz().omegaPlaces());
    assertThrows(InvalidValueException.class, () -> MeekStv.builder().decimals(0).build());
    assertThrows(InvalidValueException.class, () -> MeekStv.builder().guardDigits(31).build());
    assertThrows(InvalidValueException.class, () -> MeekStv.builder().decimals(3).guardDigits(0).omegaPlaces(4).build());
    assertThrows(InvalidValueException.class, () -> MeekStv.builder().name("").build());
  }
}
