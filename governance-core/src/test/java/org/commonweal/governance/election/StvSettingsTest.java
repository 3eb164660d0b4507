package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The settings values of the STV families: equal when their settings are, built within their limits. */
class StvSettingsTest {
  @Test
  void wigmStv_isEqualToARuleWithTheSameSettings() {
    new EqualsTester()
        .addEqualityGroup(StvMethods.wigm(), WigmStv.builder().build())
        .addEqualityGroup(WigmStv.builder().decimals(5).build(), WigmStv.builder().decimals(5).build())
        .addEqualityGroup(
            StvMethods.scottish(),
            WigmStv.builder()
                .name("scottish-stv")
                .decimals(5)
                .guardDigits(0)
                .wholeQuota(true)
                .sharesEqualPreferences(false)
                .build())
        .testEquals();
  }

  @Test
  void meekStv_isEqualToARuleWithTheSameSettings() {
    new EqualsTester()
        .addEqualityGroup(StvMethods.meek(), MeekStv.builder().build())
        .addEqualityGroup(
            StvMethods.meekNz(),
            MeekStv.builder()
                .name("meek-nz")
                .decimals(9)
                .guardDigits(0)
                .quotaFromCandidateVotes(false)
                .roundUp(true)
                .omegaPlaces(5)
                .batchExclusion(false)
                .earliestLookBack(true)
                .build())
        .addEqualityGroup(MeekStv.builder().omegaPlaces(8).build())
        .testEquals();
  }

  @Test
  void toString_isTheName() {
    assertEquals("scottish-stv", StvMethods.scottish().toString());
    assertEquals("ers97", StvMethods.ers97().toString());
    assertEquals("wigm-5", WigmStv.builder().name("wigm-5").build().toString());
    assertEquals("meek-nz", StvMethods.meekNz().toString());
  }

  private static void refused(String field, String message, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(field, e.field());
    assertEquals(message, e.getMessage());
  }

  @Test
  void builders_refuseSettingsOutsideTheirLimits_namingTheSetting() {
    refused("decimals", "decimals (31) must be between 0 and 30", () -> WigmStv.builder().decimals(31).build());
    refused("guardDigits", "guardDigits (-1) must be between 0 and 30", () -> WigmStv.builder().guardDigits(-1).build());
    refused("name", "a method's name must not be empty", () -> WigmStv.builder().name("").build());
    refused("decimals", "decimals (0) must be between 1 and 30", () -> MeekStv.builder().decimals(0).build());
    refused("guardDigits", "guardDigits (31) must be between 0 and 30", () -> MeekStv.builder().guardDigits(31).build());
    // The reference arithmetic has 18 + 9 = 27 places: omega can be at most 10^-27.
    refused("omegaPlaces", "omegaPlaces (28) must be between 1 and 27", () -> MeekStv.builder().omegaPlaces(28).build());
    refused("name", "a method's name must not be empty", () -> MeekStv.builder().name("").build());
    // The limits hold at their ends.
    assertEquals(0, WigmStv.builder().decimals(0).guardDigits(30).build().decimals());
    assertEquals(27, MeekStv.builder().omegaPlaces(27).build().omegaPlaces());
  }

  @Test
  void sharesEqualPreferences_false_endsThePaperBeforeAnEqualRank() {
    // 8 papers, 1 seat. Shared, the 4 papers A=B give A 2 and B 2; read as statutes read them, they end
    // before the rank: 4 papers exhausted at the first stage, A and B at 0, C 3, D 1.
    Election e = election(1, "A B C D", "4 A=B", "3 C", "1 D A");
    Stage shared = StvMethods.wigm().count(e).report().stages().get(0);
    assertEquals(Fraction.of(2), shared.totals().get(c("A")));
    assertEquals(Fraction.ZERO, shared.exhausted());
    Stage ended = WigmStv.builder().sharesEqualPreferences(false).build().count(e).report().stages().get(0);
    assertEquals(Fraction.ZERO, ended.totals().get(c("A")));
    assertEquals(Fraction.ZERO, ended.totals().get(c("B")));
    assertEquals(Fraction.of(3), ended.totals().get(c("C")));
    assertEquals(Fraction.of(4), ended.exhausted());
  }

  @Test
  void builders_acceptEachLimitAtItsEnd_andRefuseOneBeyond() {
    assertEquals(30, WigmStv.builder().decimals(30).build().decimals());
    refused("decimals", "decimals (-1) must be between 0 and 30", () -> WigmStv.builder().decimals(-1).build());
    refused("guardDigits", "guardDigits (31) must be between 0 and 30", () -> WigmStv.builder().guardDigits(31).build());
    assertEquals(1, MeekStv.builder().decimals(1).guardDigits(0).omegaPlaces(1).build().decimals());
    assertEquals(60, MeekStv.builder().decimals(30).guardDigits(30).omegaPlaces(60).build().omegaPlaces());
    refused("decimals", "decimals (31) must be between 1 and 30", () -> MeekStv.builder().decimals(31).build());
    refused("guardDigits", "guardDigits (-1) must be between 0 and 30", () -> MeekStv.builder().guardDigits(-1).build());
    assertEquals(0, MeekStv.builder().guardDigits(0).build().guardDigits());
    refused("omegaPlaces", "omegaPlaces (0) must be between 1 and 27", () -> MeekStv.builder().omegaPlaces(0).build());
    // Six places and three guard digits: omega down to 10^-9, not 10^-10.
    assertEquals(9, MeekStv.builder().decimals(6).guardDigits(3).omegaPlaces(9).build().omegaPlaces());
    refused(
        "omegaPlaces",
        "omegaPlaces (10) must be between 1 and 9",
        () -> MeekStv.builder().decimals(6).guardDigits(3).omegaPlaces(10).build());
  }

  @Test
  void maxCandidates_is500_forEveryRule() {
    for (StvMethod rule : java.util.List.of(StvMethods.scottish(), StvMethods.ers97(), StvMethods.wigm(), StvMethods.meek(), StvMethods.meekNz())) {
      assertEquals(500, rule.maxCandidates(), rule.name());
    }
  }

  @Test
  void wigmQuota_isCutToTheArithmeticsPlaces_plusOneUnitOfTheLastSignificantOne() {
    // 10 papers, 2 seats: 10 / 3 = 3.333 at 2 + 1 places, plus 0.01 = 3.343.
    Election e = election(2, "A B C", "4 A", "3 B", "3 C");
    ElectionResult r = WigmStv.builder().name("wigm-2").decimals(2).guardDigits(1).build().count(e);
    assertEquals(java.util.Optional.of(Fraction.of(3343, 1000)), r.quota());
    assertEquals("First preferences; quota 3.34", r.report().stages().get(0).description());
    // The whole-number quota: floor(10 / 3) + 1 = 4.
    ElectionResult whole = WigmStv.builder().decimals(2).guardDigits(1).wholeQuota(true).build().count(e);
    assertEquals(java.util.Optional.of(Fraction.of(4)), whole.quota());
    assertEquals(2, r.report().decimals());
    assertEquals("wigm-2", r.method());
  }
}
