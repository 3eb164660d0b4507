package org.commonweal.governance.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.junit.jupiter.api.Test;

/** Examples of apportionment: published allocations, the Alabama paradox, minimums, ties and refusals. */
class ApportionmentTest {

  /**
   * Portugal's 21 seats in the European Parliament election of 26 May 2019, one national constituency,
   * D'Hondt with no threshold (Lei n.º 14/87, the European Parliament election law). Votes of the
   * lists that won seats and of the next list (Aliança), as published in the count of the Secretaria-Geral
   * do Ministério da Administração Interna and reproduced in the Wikipedia article "2019 European
   * Parliament election in Portugal"; the seats as declared by the SGMAI on 27 May 2019: PS 9, PSD 6,
   * BE 2, CDU 2, CDS-PP 1, PAN 1.
   */
  @Test
  void dHondt_portugalEuropeanParliament2019() {
    Map<String, Long> votes = new LinkedHashMap<>();
    votes.put("PS", 1_104_694L);
    votes.put("PPD/PSD", 725_399L);
    votes.put("B.E.", 325_093L);
    votes.put("PCP-PEV", 228_045L);
    votes.put("CDS-PP", 204_792L);
    votes.put("PAN", 168_015L);
    votes.put("A", 61_753L);
    Apportionment<String> a = ApportionmentMethod.dHondt().apportion(votes, 21, TieBreaker.givenOrder());
    assertEquals(
        ImmutableMap.of("PS", 9, "PPD/PSD", 6, "B.E.", 2, "PCP-PEV", 2, "CDS-PP", 1, "PAN", 1, "A", 0), a.seats());
    // The last seat went to the CDU's second at 228045 / 2 = 114022.5, ahead of PS's tenth (110469.4).
    ApportionmentStep<String> last = a.steps().get(20);
    assertEquals("PCP-PEV", last.to());
    assertEquals(Fraction.of(228_045, 2), last.figure());
    assertTrue(a.draws().isEmpty());
  }

  /**
   * New Zealand's general election of 17 October 2020: 120 seats shared by Sainte-Laguë (Electoral Act
   * 1993, s. 191) among the parties that won 5% of the party vote or an electorate seat. Party
   * votes from the official result declared by the Electoral Commission on 6 November 2020
   * (electionresults.govt.nz, "2020 General Election and Referendums - Official Result"): Labour 1,443,545;
   * National 738,275; Green 226,757; ACT 219,031; Māori Party 33,630 (which won Waiariki). Seats, as
   * declared: 65, 33, 10, 10, 2.
   */
  @Test
  void sainteLague_newZealand2020() {
    Map<String, Long> votes = new LinkedHashMap<>();
    votes.put("Labour", 1_443_545L);
    votes.put("National", 738_275L);
    votes.put("Green", 226_757L);
    votes.put("ACT", 219_031L);
    votes.put("Māori Party", 33_630L);
    Apportionment<String> a = ApportionmentMethod.sainteLague().apportion(votes, 120, TieBreaker.givenOrder());
    assertEquals(ImmutableMap.of("Labour", 65, "National", 33, "Green", 10, "ACT", 10, "Māori Party", 2), a.seats());
    // The Māori Party's first seat came at divisor 1, its second at divisor 3.
    assertEquals(
        Fraction.of(3),
        a.steps().stream().filter(s -> s.to().equals("Māori Party") && s.seatsBefore() == 1).findFirst()
            .orElseThrow().by());
  }

  /** The same figures under D'Hondt give the large party more: the methods differ where they should. */
  @Test
  void dHondt_favoursTheLargestMoreThanSainteLague() {
    Map<String, Long> votes = ImmutableMap.of("Labour", 1_443_545L, "National", 738_275L, "Green", 226_757L,
        "ACT", 219_031L, "Māori Party", 33_630L);
    Apportionment<String> d = ApportionmentMethod.dHondt().apportion(votes, 120, TieBreaker.givenOrder());
    assertTrue(d.seatsOf("Labour") > 65, d.explain());
  }

  /**
   * The first divisor 1.4 makes a first seat dearer: with 7 seats and counts 1000, 300, 130, plain
   * Sainte-Laguë gives the smallest class a seat (130 beats 1000 / 9 = 111.1) and the modified method
   * does not (130 / 1.4 = 92.9).
   */
  @Test
  void modifiedSainteLague_firstSeatIsDearer() {
    Map<String, Long> counts = ImmutableMap.of("A", 1000L, "B", 300L, "C", 130L);
    Apportionment<String> plain = ApportionmentMethod.sainteLague().apportion(counts, 7, TieBreaker.givenOrder());
    Apportionment<String> modified =
        ApportionmentMethod.modifiedSainteLague().apportion(counts, 7, TieBreaker.givenOrder());
    assertEquals(ImmutableMap.of("A", 5, "B", 1, "C", 1), plain.seats(), plain.explain());
    assertEquals(ImmutableMap.of("A", 5, "B", 2, "C", 0), modified.seats(), modified.explain());
    assertEquals(Fraction.of(7, 5), modified.steps().stream().filter(s -> s.to().equals("B")).findFirst()
        .orElseThrow().by());
  }

  /**
   * The Alabama paradox: with counts 6, 6 and 2, the Hare largest remainder method gives the small class
   * 2 of 10 seats but 1 of 11 (quotas 1.43 then 1.57; the large classes' remainders overtake it).
   */
  @Test
  void hare_alabamaParadox() {
    Map<String, Long> counts = ImmutableMap.of("A", 6L, "B", 6L, "C", 2L);
    Apportionment<String> ten = ApportionmentMethod.hare().apportion(counts, 10, TieBreaker.givenOrder());
    Apportionment<String> eleven = ApportionmentMethod.hare().apportion(counts, 11, TieBreaker.givenOrder());
    assertEquals(2, ten.seatsOf("C"), ten.explain());
    assertEquals(1, eleven.seatsOf("C"), eleven.explain());
    assertEquals(Fraction.of(14, 10), ten.quota().orElseThrow());
    // A divisor method on the same counts never takes a seat away.
    for (ApportionmentMethod m : new ApportionmentMethod[] {ApportionmentMethod.dHondt(),
        ApportionmentMethod.sainteLague()}) {
      assertTrue(m.apportion(counts, 11, TieBreaker.givenOrder()).seatsOf("C")
          >= m.apportion(counts, 10, TieBreaker.givenOrder()).seatsOf("C"));
    }
  }

  /** Hare and Droop differ: 100, 80 and 20 for 5 seats. */
  @Test
  void droop_quotaIsVotesOverSeatsPlusOneRoundedDownPlusOne() {
    Map<String, Long> counts = ImmutableMap.of("A", 100L, "B", 80L, "C", 20L);
    Apportionment<String> droop = ApportionmentMethod.droop().apportion(counts, 5, TieBreaker.givenOrder());
    assertEquals(Fraction.of(34), droop.quota().orElseThrow());
    // Whole quotas: A 2 (remainder 32), B 2 (remainder 12), C 0 (remainder 20); the last seat to A.
    assertEquals(ImmutableMap.of("A", 3, "B", 2, "C", 0), droop.seats(), droop.explain());
    Apportionment<String> hare = ApportionmentMethod.hare().apportion(counts, 5, TieBreaker.givenOrder());
    // Quota 40: A 2 (20), B 2 (0), C 0 (20): the last seat is tied between A and C and drawn.
    assertEquals(1, hare.draws().size());
    assertEquals(5, hare.seats().values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void ties_areDrawnAndRecorded() {
    Map<String, Long> counts = ImmutableMap.of("A", 10L, "B", 10L, "C", 10L);
    Apportionment<String> a =
        ApportionmentMethod.dHondt().apportion(counts, 4, TieBreaker.fixedOrder(java.util.List.of("C", "B", "A")));
    assertEquals(ImmutableMap.of("A", 1, "B", 1, "C", 2), a.seats(), a.explain());
    assertEquals(1, a.draws().size());
    assertEquals(java.util.List.of("A", "B", "C"), a.draws().get(0).tied());
    assertTrue(a.steps().get(3).byLot());
    assertFalse(a.steps().get(0).byLot(), "three equal quotients for three free seats need no lot");
  }

  @Test
  void minimums_areFloors() {
    Map<String, Long> counts = ImmutableMap.of("residents", 900L, "leaseholders", 90L, "public", 10L);
    Map<String, Integer> min = ImmutableMap.of("leaseholders", 2, "public", 1);
    for (ApportionmentMethod m : new ApportionmentMethod[] {ApportionmentMethod.dHondt(),
        ApportionmentMethod.sainteLague(), ApportionmentMethod.modifiedSainteLague(), ApportionmentMethod.hare(),
        ApportionmentMethod.droop()}) {
      Apportionment<String> a = m.apportion(counts, 9, min, TieBreaker.givenOrder());
      assertEquals(ImmutableMap.of("residents", 6, "leaseholders", 2, "public", 1), a.seats(), a.explain());
      assertEquals(ApportionmentStep.Basis.FLOOR, a.steps().get(0).basis());
    }
  }

  @Test
  void minimums_overTheHouse_areRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ApportionmentMethod.sainteLague().apportion(ImmutableMap.of("A", 5L, "B", 5L), 3,
            ImmutableMap.of("A", 2, "B", 2), TieBreaker.givenOrder()));
    assertEquals("minimums", e.field());
    assertTrue(e.getMessage().contains("the minimum seats add up to 4, more than the 3 seats to share"), e.getMessage());
  }

  @Test
  void apportion_refusesBadInput() {
    ApportionmentMethod m = ApportionmentMethod.dHondt();
    TieBreaker lot = TieBreaker.givenOrder();
    assertEquals("house", assertThrows(InvalidValueException.class,
        () -> m.apportion(ImmutableMap.of("A", 5L), 0, lot)).field());
    assertEquals("house", assertThrows(InvalidValueException.class,
        () -> m.apportion(ImmutableMap.of("A", 5L), ApportionmentMethod.MAX_HOUSE + 1, lot)).field());
    assertEquals(ApportionmentMethod.MAX_HOUSE,
        m.apportion(ImmutableMap.of("A", 5L, "B", 3L), ApportionmentMethod.MAX_HOUSE, lot).house());
    assertEquals("counts", assertThrows(InvalidValueException.class,
        () -> m.apportion(ImmutableMap.<String, Long>of(), 3, lot)).field());
    assertEquals("counts", assertThrows(InvalidValueException.class,
        () -> m.apportion(ImmutableMap.of("A", 0L, "B", 0L), 3, lot)).field());
    assertEquals("counts", assertThrows(InvalidValueException.class,
        () -> m.apportion(ImmutableMap.of("A", -1L, "B", 4L), 3, lot)).field());
    assertEquals("minimums", assertThrows(InvalidValueException.class,
        () -> m.apportion(ImmutableMap.of("A", 1L), 3, ImmutableMap.of("Z", 1), lot)).field());
  }

  @Test
  void explain_namesEverySeat() {
    Apportionment<String> a = ApportionmentMethod.dHondt()
        .apportion(ImmutableMap.of("workers", 30L, "users", 20L), 3, TieBreaker.givenOrder());
    String text = a.explain();
    assertTrue(text.startsWith("D'Hondt, 3 seats\n"), text);
    assertTrue(text.contains("seat 1: workers, quotient 30 (divisor 1, 0 seats held)"), text);
    assertTrue(text.contains("seat 2: users, quotient 20 (divisor 1, 0 seats held)"), text);
    assertTrue(text.contains("seat 3: workers, quotient 15 (divisor 2, 1 seat held)"), text);
  }

  /**
   * Hare quota, counts A 7, B 2, C 2, three seats, C at least one. Without the floor the quota is 11/3:
   * A has one whole quota and the largest remainder (10/3); B and C tie at 2 for the last seat and the
   * lot (in the order given) gives it to B, leaving C below its minimum. C is fixed at one seat and the
   * other two are shared again on the quota 9/2: A one whole quota, then the larger remainder (5/2
   * against B's 2). The first round's lot stays on the record.
   */
  @Test
  void explain_largestRemainderWithAMinimum_namesTheFloorQuotaRemainderAndLot() {
    Apportionment<String> a = ApportionmentMethod.hare().apportion(
        ImmutableMap.of("A", 7L, "B", 2L, "C", 2L), 3, ImmutableMap.of("C", 1), TieBreaker.givenOrder());
    assertEquals(ImmutableMap.of("A", 2, "B", 0, "C", 1), a.seats());
    assertEquals(Optional.of(Fraction.of(9, 2)), a.quota());
    assertEquals("""
        largest remainder (Hare quota), 3 seats, quota 9/2 = 4.500
          A: count 7, 2 seats
          B: count 2, 0 seats
          C: count 2, 1 seat (minimum 1)
          seat 1: C, minimum seat 1
          seat 2: A, whole quota 1 of count 7 (quota 9/2 = 4.500)
          seat 3: A, remainder 5/2 = 2.500 (quota 9/2 = 4.500)
          lot 1 between [B, C]: [B, C] (lot in the order given)
        """, a.explain());
  }

  @Test
  void explain_aSeatWonByLot_saysSo() {
    // Two equal counts for one seat: the lot (in the order given) gives it to the first; a minimum of 0
    // is not shown.
    Apportionment<String> a = ApportionmentMethod.sainteLague()
        .apportion(ImmutableMap.of("X", 4L, "Y", 4L), 1, ImmutableMap.of("Y", 0), TieBreaker.givenOrder());
    assertEquals("""
        Sainte-Laguë, 1 seat
          X: count 4, 1 seat
          Y: count 4, 0 seats
          seat 1: X, quotient 4 (divisor 1, 0 seats held), by lot
          lot 1 between [X, Y]: [X, Y] (lot in the order given)
        """, a.explain());
    assertTrue(a.steps().get(0).byLot());
  }

  @Test
  void names_sayWhichMethodsAreDivisorMethods() {
    assertEquals("D'Hondt", ApportionmentMethod.dHondt().toString());
    assertEquals("modified Sainte-Laguë", ApportionmentMethod.modifiedSainteLague().name());
    assertEquals("largest remainder (Droop quota)", ApportionmentMethod.droop().name());
    assertTrue(ApportionmentMethod.dHondt().isDivisorMethod());
    assertTrue(ApportionmentMethod.sainteLague().isDivisorMethod());
    assertTrue(ApportionmentMethod.modifiedSainteLague().isDivisorMethod());
    assertFalse(ApportionmentMethod.hare().isDivisorMethod());
    assertFalse(ApportionmentMethod.droop().isDivisorMethod());
  }

  private static String refusal(org.junit.jupiter.api.function.Executable build) {
    return assertThrows(InvalidValueException.class, build).getMessage();
  }

  private static ApportionmentStep<String> step(int seat, String to, int before) {
    return new ApportionmentStep<>(seat, to, ApportionmentStep.Basis.DIVISOR, Fraction.ONE, Fraction.ONE, before, false);
  }

  @Test
  void constructor_refusesEachInconsistencyWithItsOwnReason() {
    // D'Hondt, A 30 and B 20, three seats: A, B, A.
    Apportionment<String> a = ApportionmentMethod.dHondt()
        .apportion(ImmutableMap.of("A", 30L, "B", 20L), 3, TieBreaker.givenOrder());
    ImmutableMap<String, Long> counts = a.counts();
    ImmutableMap<String, Integer> none = ImmutableMap.of();
    com.google.common.collect.ImmutableList<Draw<String>> noDraws = com.google.common.collect.ImmutableList.of();
    Optional<Fraction> noQuota = Optional.empty();
    assertEquals("seats are given for [A] but counts for [A, B]", refusal(() -> new Apportionment<>("D'Hondt", 3, counts,
        none, ImmutableMap.of("A", 3), a.steps(), noDraws, noQuota)));
    assertEquals("minimums name classes [Z] that have no count", refusal(() -> new Apportionment<>("D'Hondt", 3, counts,
        ImmutableMap.of("Z", 0), a.seats(), a.steps(), noDraws, noQuota)));
    assertEquals("seats add up to 4, not the house of 3", refusal(() -> new Apportionment<>("D'Hondt", 3, counts, none,
        ImmutableMap.of("A", 3, "B", 1), a.steps(), noDraws, noQuota)));
    assertEquals("2 steps for a house of 3", refusal(() -> new Apportionment<>("D'Hondt", 3, counts, none, a.seats(),
        a.steps().subList(0, 2), noDraws, noQuota)));
    assertEquals("step 2 is numbered 3", refusal(() -> new Apportionment<>("D'Hondt", 3, counts, none, a.seats(),
        com.google.common.collect.ImmutableList.of(step(1, "A", 0), step(3, "B", 0), step(3, "A", 1)), noDraws, noQuota)));
    assertEquals("step 3 says A held 0 seats before it, not 1", refusal(() -> new Apportionment<>("D'Hondt", 3, counts,
        none, a.seats(), com.google.common.collect.ImmutableList.of(step(1, "A", 0), step(2, "B", 0), step(3, "A", 0)),
        noDraws, noQuota)));
    assertEquals("the steps give A 3 seats, not 2", refusal(() -> new Apportionment<>("D'Hondt", 3, counts, none,
        a.seats(), com.google.common.collect.ImmutableList.of(step(1, "A", 0), step(2, "A", 1), step(3, "A", 2)),
        noDraws, noQuota)));
    // The steps as the method handed them out pass every check.
    assertEquals(a, new Apportionment<>("D'Hondt", 3, counts, none, a.seats(), a.steps(), noDraws, noQuota));
  }

  @Test
  void step_refusesANegativeFigureAndADivisorOrQuotaNotAboveZero() {
    ApportionmentStep<String> nil = new ApportionmentStep<>(1, "A", ApportionmentStep.Basis.REMAINDER, Fraction.ZERO,
        Fraction.ONE, 0, false);
    assertEquals(Fraction.ZERO, nil.figure());
    assertEquals("figure (-1) must not be negative", refusal(() -> new ApportionmentStep<>(1, "A",
        ApportionmentStep.Basis.REMAINDER, Fraction.of(-1), Fraction.ONE, 0, false)));
    assertEquals("divisor or quota (0) must be positive", refusal(() -> new ApportionmentStep<>(1, "A",
        ApportionmentStep.Basis.REMAINDER, Fraction.ONE, Fraction.ZERO, 0, false)));
  }

  @Test
  void apportion_refusesBadCountsAndMinimumsWithTheirReasons() {
    ApportionmentMethod m = ApportionmentMethod.hare();
    TieBreaker lot = TieBreaker.givenOrder();
    assertEquals("there must be at least one class to share seats among",
        refusal(() -> m.apportion(ImmutableMap.<String, Long>of(), 3, lot)));
    assertEquals("the count of A (-1) must not be negative", refusal(() -> m.apportion(ImmutableMap.of("A", -1L, "B", 4L), 3, lot)));
    assertEquals("minimum for Z, which has no count",
        refusal(() -> m.apportion(ImmutableMap.of("A", 1L), 3, ImmutableMap.of("Z", 1), lot)));
    assertEquals("the minimum of A (-1) must not be negative",
        refusal(() -> m.apportion(ImmutableMap.of("A", 1L, "B", 1L), 3, ImmutableMap.of("A", -1), lot)));
    // Counts adding up to exactly the largest long are shared; one more is refused.
    assertEquals(ImmutableMap.of("A", 1, "B", 0),
        ApportionmentMethod.dHondt().apportion(ImmutableMap.of("A", Long.MAX_VALUE - 1, "B", 1L), 1, lot).seats());
    assertTrue(refusal(() -> m.apportion(ImmutableMap.of("A", Long.MAX_VALUE, "B", 1L), 1, lot))
        .endsWith("add up to more than " + Long.MAX_VALUE));
  }

  /**
   * Droop quota, counts A 2, B 0, C 0, five seats, A at least four. Unfloored, the quota is 2 / 6 rounded
   * down plus 1 = 1: A has two whole quotas and the three remainders (all 0) take one seat each, A below
   * its minimum. A is fixed at four, and the last seat is shared between B and C, whose counts add up to
   * nothing: no quota can be formed and the lot decides.
   */
  @Test
  void largestRemainder_seatsLeftToClassesWithNoCount_goByLot() {
    Apportionment<String> a = ApportionmentMethod.droop().apportion(
        ImmutableMap.of("A", 2L, "B", 0L, "C", 0L), 5, ImmutableMap.of("A", 4), TieBreaker.givenOrder());
    assertEquals(ImmutableMap.of("A", 4, "B", 1, "C", 0), a.seats());
    assertEquals(Optional.empty(), a.quota());
    ApportionmentStep<String> last = a.steps().get(4);
    assertEquals(ApportionmentStep.Basis.REMAINDER, last.basis());
    assertEquals(Fraction.ZERO, last.figure());
    assertTrue(last.byLot());
    assertEquals(1, a.draws().size());
    assertEquals(List.of("B", "C"), a.draws().get(0).tied());
  }

  @Test
  void largestRemainder_drawsNoLotOnceTheSeatsAreFilled() {
    // Hare quota 9/2: A one whole quota (remainder 1/2); the last seat to B's remainder 3, ahead of C's 1
    // and A's 1/2, with no lot between those left without a seat.
    Apportionment<String> a = ApportionmentMethod.hare()
        .apportion(ImmutableMap.of("A", 5L, "B", 3L, "C", 1L), 2, TieBreaker.givenOrder());
    assertEquals(ImmutableMap.of("A", 1, "B", 1, "C", 0), a.seats());
    assertTrue(a.draws().isEmpty(), a.explain());
  }

  @Test
  void constructor_refusesSeatsThatDoNotAddUp() {
    Apportionment<String> a = ApportionmentMethod.dHondt()
        .apportion(ImmutableMap.of("A", 30L, "B", 20L), 3, TieBreaker.givenOrder());
    assertThrows(InvalidValueException.class, () -> new Apportionment<>(a.method(), 4, a.counts(), a.minimums(),
        a.seats(), a.steps(), a.draws(), a.quota()));
    assertThrows(InvalidValueException.class, () -> new Apportionment<>(a.method(), 3, a.counts(),
        ImmutableMap.of("B", 2), a.seats(), a.steps(), a.draws(), a.quota()));
  }

  /** Seats by membership, read from a register on its record date. */
  @Test
  void membershipOn_countsEachClassOfTheRegister() {
    ClassId leaseholders = ClassId.of("leaseholders");
    ClassId residents = ClassId.of("residents");
    ClassId publicInterest = ClassId.of("public-interest");
    MembershipRules rules = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(leaseholders, "Leaseholders", Eligibility.always()),
        StakeholderClass.of(residents, "Residents", Eligibility.always()),
        StakeholderClass.of(publicInterest, "Public interest", Eligibility.always()));
    Register register = Register.empty(rules);
    LocalDate joined = LocalDate.of(2026, 3, 1);
    int n = 0;
    for (ClassId c : List.of(leaseholders, leaseholders, leaseholders, residents, residents, residents, residents,
        residents, residents, residents)) {
      n++;
      register = register.admit(Application.of(MemberId.of("M-" + n), "Member " + n, c, Facts.none()), joined)
          .orElseThrow();
    }
    ImmutableMap<ClassId, Long> counts = ApportionmentMethod.membershipOn(register, LocalDate.of(2026, 6, 1));
    assertEquals(ImmutableMap.of(leaseholders, 3L, residents, 7L, publicInterest, 0L), counts);
    assertEquals(0, ApportionmentMethod.membershipOn(register, LocalDate.of(2026, 2, 1)).get(residents));
    // A third of the board reserved to each class as a floor, the rest by membership.
    Apportionment<ClassId> a = ApportionmentMethod.dHondt().apportion(counts, 9,
        ImmutableMap.of(leaseholders, 3, residents, 3, publicInterest, 3), TieBreaker.givenOrder());
    assertEquals(ImmutableMap.of(leaseholders, 3, residents, 3, publicInterest, 3), a.seats());
    Apportionment<ClassId> b = ApportionmentMethod.dHondt().apportion(counts, 12,
        ImmutableMap.of(leaseholders, 3, residents, 3, publicInterest, 3), TieBreaker.givenOrder());
    assertEquals(ImmutableMap.of(leaseholders, 3, residents, 6, publicInterest, 3), b.seats(), b.explain());
  }
}
