package org.commonweal.governance.voting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.UndefinedClassException;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareValue;
import org.junit.jupiter.api.Test;

/** The roll's questions (who votes, in which class, with what), its reasons, and its own invariants. */
class VotingRollTest {
  static final LocalDate RECORD = RollFixtures.RECORD;
  static final LocalDate VOTE = RECORD.plusDays(10);
  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId CLIENTS = ClassId.of("clients");
  static final ClassId INVESTORS = ClassId.of("investors");
  static final Currency GBP = Currency.getInstance("GBP");

  static List<Elector> classed(int from, int count, ClassId c) {
    return RollFixtures.electors(from, count, c);
  }

  static VotingRules shares(ClassShares.Absent absent) {
    return VotingRules.builder().classShares(ClassShares.of(
        Map.of(WORKERS, Fraction.of(3, 4), CLIENTS, Fraction.of(1, 4)), absent)).build();
  }

  /** Four workers (M-001..M-004) and one client (M-005). */
  static Electorate fourAndOne() {
    List<Elector> all = new ArrayList<>(classed(1, 4, WORKERS));
    all.addAll(classed(5, 1, CLIENTS));
    return Electorate.of(RECORD, all);
  }

  @Test
  void summary_underFixedSharesGivesEachClassItsShareOfTheVote() {
    VotingRoll roll = shares(ClassShares.Absent.LAPSE).roll(fourAndOne());
    assertEquals("Voting roll on 2026-06-01: 5 of 5 members hold votes; fixed class shares of the whole vote\n"
        + "  class clients: 1/4 of the vote (1 voter)\n"
        + "  class workers: 3/4 of the vote (4 voters)\n", roll.summary());
  }

  @Test
  void summary_saysHoldsForOneVoterAmongSeveral() {
    Electorate e = Electorate.of(RECORD, List.of(Elector.of(m(1)), Elector.builder().member(m(2)).inGoodStanding(false).build()));
    assertEquals("Voting roll on 2026-06-01: 1 of 2 members holds votes; total 1\n", VotingRules.oneMemberOneVote().roll(e).summary());
    Electorate both = Electorate.of(RECORD, List.of(Elector.of(m(1)), Elector.of(m(2))));
    assertEquals("Voting roll on 2026-06-01: 2 of 2 members hold votes; total 2\n", VotingRules.oneMemberOneVote().roll(both).summary());
  }

  @Test
  void summary_saysHoldsForTheOneMemberOfAOneMemberRoll() {
    Electorate one = Electorate.of(RECORD, List.of(Elector.of(m(1))));
    assertEquals("Voting roll on 2026-06-01: 1 of 1 member holds votes; total 1\n", VotingRules.oneMemberOneVote().roll(one).summary());
    Electorate none = Electorate.of(RECORD, List.of(Elector.builder().member(m(1)).inGoodStanding(false).build()));
    assertEquals("Voting roll on 2026-06-01: 0 of 1 member hold votes; total 0\n", VotingRules.oneMemberOneVote().roll(none).summary());
  }

  @Test
  void explain_listsEveryMemberAfterTheSummary() {
    VotingRoll roll = RollFixtures.roll(2);
    assertEquals(roll.summary() + "  M-001: 1 (one member, one vote)\n  M-002: 1 (one member, one vote)\n", roll.explain());
  }

  @Test
  void reasons_underFixedSharesAndShareVotes_sayTheShareIsDividedInProportion() {
    Electorate e = Electorate.of(RECORD, List.of(
        Elector.withShares(m(1), WORKERS, "ordinary", 3), Elector.withShares(m(2), WORKERS, "ordinary", 1)));
    VotingRules rules = VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE)
        .classShares(ClassShares.of(Map.of(WORKERS, Fraction.ONE), ClassShares.Absent.LAPSE)).build();
    VotingRoll roll = rules.roll(e);
    assertEquals(Fraction.of(3, 4), roll.votesOf(m(1)));
    assertEquals(List.of("3 voting shares, one vote each",
        "3/4 of the vote: the share 1 of class workers divided among its 2 voters in proportion to their votes"),
        roll.rights().get(m(1)).reasons());
    // One member one vote, but organisations vote by shares: still in proportion.
    VotingRules orgs = VotingRules.builder().organisationBasis(VoteBasis.ONE_VOTE_PER_SHARE)
        .classShares(ClassShares.of(Map.of(WORKERS, Fraction.ONE), ClassShares.Absent.LAPSE)).build();
    assertTrue(orgs.roll(e).rights().get(m(2)).reasons().get(1).endsWith(" in proportion to their votes"),
        orgs.roll(e).rights().get(m(2)).reasons().toString());
  }

  @Test
  void reasons_sayToWhomAVoteIsDelegatedAndFromWhomDelegationsAreHeld() {
    VotingRules rules = VotingRules.builder().delegation(DelegationRules.unlimited()).build();
    Electorate e = Electorate.of(RECORD, classed(1, 3, WORKERS));
    VotingRoll roll = rules.roll(e, List.of(Delegation.of(m(2), m(1), RECORD), Delegation.of(m(3), m(1), RECORD)), VOTE);
    assertEquals(List.of("one member, one vote", "vote delegated to M-001 unless cast in person"), roll.rights().get(m(2)).reasons());
    assertEquals(List.of("one member, one vote", "holds delegations from [M-002, M-003]"), roll.rights().get(m(1)).reasons());
    assertEquals(Set.of(m(2), m(3)), roll.rights().get(m(1)).delegationsHeld());
    assertEquals(Optional.empty(), roll.rights().get(m(1)).delegatedTo());
    assertEquals(VOTE, roll.voteDate());
    assertEquals("M-002 [workers]: 1 (one member, one vote; vote delegated to M-001 unless cast in person)",
        roll.rights().get(m(2)).toString());
  }

  @Test
  void delegation_toAMemberWithoutAVote_isRefused() {
    VotingRules rules = VotingRules.builder().delegation(DelegationRules.unlimited()).build();
    Electorate e = Electorate.of(RECORD, List.of(Elector.of(m(1), WORKERS), Elector.builder().member(m(2)).addClasses(WORKERS)
        .inGoodStanding(false).build()));
    Delegation toVoteless = Delegation.of(m(1), m(2), RECORD);
    Delegation toStranger = Delegation.of(m(1), m(9), RECORD.plusDays(1));
    VotingRoll roll = rules.roll(e, List.of(toVoteless), VOTE);
    assertEquals("DELEGATE_HAS_NO_VOTE", roll.refusedDelegations().get(toVoteless).code());
    assertEquals("the delegate holds no vote on the roll", roll.refusedDelegations().get(toVoteless).message());
    assertTrue(roll.delegations().isEmpty());
    VotingRoll stranger = rules.roll(e, List.of(toStranger), VOTE);
    assertEquals("DELEGATE_HAS_NO_VOTE", stranger.refusedDelegations().get(toStranger).code());
    Delegation fromStranger = Delegation.of(m(9), m(1), RECORD);
    assertEquals("DELEGATOR_HAS_NO_VOTE", rules.roll(e, List.of(fromStranger), VOTE).refusedDelegations().get(fromStranger).code());
  }

  @Test
  void delegation_withinClass_namesBothClassesWhenRefused_andAcceptsOneInTheSameClass() {
    VotingRules rules = VotingRules.builder().delegation(DelegationRules.upTo(1).withinClass()).build();
    List<Elector> all = new ArrayList<>(classed(1, 2, WORKERS));
    all.add(Elector.of(m(3)));
    Delegation across = Delegation.of(m(3), m(1), RECORD);
    Delegation within = Delegation.of(m(2), m(1), RECORD);
    VotingRoll roll = rules.roll(Electorate.of(RECORD, all), List.of(across, within), VOTE);
    assertEquals("delegation is allowed only within a class, and M-003 votes in no class, M-001 in workers",
        roll.refusedDelegations().get(across).message());
    assertEquals(List.of(within), List.copyOf(roll.delegations().values()));
    // The limit of one is reached by the single delegation held.
    Delegation second = Delegation.of(m(1), m(2), RECORD);
    VotingRoll both = rules.roll(Electorate.of(RECORD, all), List.of(within, second), VOTE);
    assertEquals(2, both.delegations().size());
  }

  @Test
  void delegation_revokedOnTheDayOfTheVote_isNotInForce_givenOnThatDayIs() {
    VotingRules rules = VotingRules.builder().delegation(DelegationRules.unlimited()).build();
    Electorate e = Electorate.of(RECORD, classed(1, 3, WORKERS));
    Delegation revoked = Delegation.of(m(2), m(1), RECORD).revokedOn(VOTE);
    Delegation today = Delegation.of(m(3), m(1), VOTE);
    VotingRoll roll = rules.roll(e, List.of(revoked, today), VOTE);
    assertEquals("DELEGATION_REVOKED", roll.refusedDelegations().get(revoked).code());
    assertEquals(List.of(today), List.copyOf(roll.delegations().values()));
    // A vote on the record date itself is allowed.
    assertEquals(RECORD, rules.roll(e, List.of(), RECORD).voteDate());
  }

  @Test
  void roll_answersWhoVotesInWhichClass() {
    VotingRoll roll = shares(ClassShares.Absent.LAPSE).roll(fourAndOne());
    assertEquals(Set.of(m(5)), roll.votersIn(CLIENTS));
    assertEquals(4, roll.votersIn(WORKERS).size());
    assertTrue(roll.votersIn(INVESTORS).isEmpty());
    assertEquals(Set.of(CLIENTS, WORKERS), roll.classes());
    assertEquals(Optional.of(CLIENTS), roll.votingClassOf(m(5)));
    assertEquals(Optional.empty(), roll.votingClassOf(m(99)));
    assertEquals(Fraction.ZERO, roll.votesOf(m(99)));
    assertFalse(roll.hasVote(m(99)));
    roll.requireDefined(WORKERS, "a rule on workers");
    UndefinedClassException e = assertThrows(UndefinedClassException.class, () -> roll.requireDefined(INVESTORS, "a rule on investors"));
    assertEquals(INVESTORS, e.classId());
  }

  @Test
  void roll_refusesRulesNamingAClassTheElectorateDoesNotDefine() {
    Electorate e = Electorate.of(RECORD, classed(1, 2, WORKERS));
    UndefinedClassException share = assertThrows(UndefinedClassException.class, () -> shares(ClassShares.Absent.LAPSE).roll(e));
    assertEquals(CLIENTS, share.classId());
    assertTrue(share.getMessage().contains("class shares: clients 1/4"), share.getMessage());
    UndefinedClassException cap = assertThrows(UndefinedClassException.class,
        () -> VotingRules.builder().putClassCaps(INVESTORS, Fraction.of(1, 3)).build().roll(e));
    assertTrue(cap.getMessage().contains("class cap: investors at most 1/3"), cap.getMessage());
    UndefinedClassException none = assertThrows(UndefinedClassException.class,
        () -> VotingRules.builder().addNonVotingClasses(CLIENTS).build().roll(e));
    assertTrue(none.getMessage().contains("classes without a vote: clients"), none.getMessage());
  }

  @Test
  void weigh_anAbsentClassesShareLapsesOrIsRedistributed_andSaysWhich() {
    VoteWeights lapse = shares(ClassShares.Absent.LAPSE).roll(fourAndOne()).weigh(List.of(m(1), m(2)));
    assertEquals(List.of("no member of [clients] takes part: their share 1/4 lapses"), lapse.notes());
    assertEquals(Fraction.of(3, 8), lapse.weightOf(m(1)));
    VoteWeights shared = shares(ClassShares.Absent.REDISTRIBUTE).roll(fourAndOne()).weigh(List.of(m(1), m(2)));
    assertEquals(List.of("no member of [clients] takes part: their share 1/4 is shared among the other classes in proportion "
        + "to their shares (each share x 4/3)"), shared.notes());
    assertEquals(Fraction.ONE_HALF, shared.weightOf(m(1)));
    assertEquals(Fraction.ONE, shared.total());
    assertEquals(Fraction.ZERO, shared.lapsed());
    assertEquals(Fraction.ZERO, shared.classTotal(CLIENTS));
    // Nobody takes part: the whole vote lapses even where shares are redistributed.
    VoteWeights nobody = shares(ClassShares.Absent.REDISTRIBUTE).roll(fourAndOne()).weigh(List.of());
    assertEquals(Fraction.ONE, nobody.lapsed());
    assertEquals(Fraction.ZERO, nobody.total());
    assertEquals(List.of("no member of [clients, workers] takes part: their share 1 lapses"), nobody.notes());
  }

  @Test
  void weigh_underFixedSharesWithOnlyCappedClassesTakingPart_withholdsTheirWeight() {
    // Workers 3/4, investors 1/4 capped at 1/3; only investors vote: their redistributed whole vote is withheld.
    List<Elector> all = new ArrayList<>(classed(1, 2, WORKERS));
    all.addAll(classed(3, 2, INVESTORS));
    VotingRules rules = VotingRules.builder().classShares(ClassShares.of(
        Map.of(WORKERS, Fraction.of(3, 4), INVESTORS, Fraction.of(1, 4)), ClassShares.Absent.REDISTRIBUTE))
        .putClassCaps(INVESTORS, Fraction.of(1, 3)).build();
    VotingRoll roll = rules.roll(Electorate.of(RECORD, all));
    VoteWeights w = roll.weigh(List.of(m(3), m(4)));
    assertEquals(Fraction.ONE, w.withheld());
    assertEquals(Fraction.ZERO, w.total());
    assertEquals(Fraction.ZERO, w.weightOf(m(3)));
    assertTrue(w.notes().contains("no uncapped class takes part: the capped classes' weight 1 is withheld"), w.notes().toString());
  }

  @Test
  void classCaps_underFixedShares_scaleACappedClassAndGiveTheRestToTheOthers_butNotAClassExactlyAtItsCap() {
    // Workers 1/2, clients 1/4, investors 1/4; the clients are absent and their share redistributed, so
    // investors would hold 1/3. Capped at 1/4: x / (x + 2/3) = 1/4 gives x = 2/9, then x 9/8 to make the whole vote.
    List<Elector> all = new ArrayList<>(classed(1, 1, WORKERS));
    all.addAll(classed(2, 1, CLIENTS));
    all.addAll(classed(3, 2, INVESTORS));
    ClassShares somerset = ClassShares.of(Map.of(WORKERS, Fraction.ONE_HALF, CLIENTS, Fraction.of(1, 4), INVESTORS, Fraction.of(1, 4)),
        ClassShares.Absent.REDISTRIBUTE);
    VoteWeights w = VotingRules.builder().classShares(somerset).putClassCaps(INVESTORS, Fraction.of(1, 4)).build()
        .roll(Electorate.of(RECORD, all)).weigh(List.of(m(1), m(3), m(4)));
    assertEquals(List.of(
        "no member of [clients] takes part: their share 1/4 is shared among the other classes in proportion to their shares (each share x 4/3)",
        "class investors is capped at 1/4 of the votes taken: its 1/3 count as 2/9 (each member's votes x 2/3)",
        "the weight above the caps is shared among the other classes in proportion (x 9/8)"), w.notes());
    assertEquals(Fraction.of(1, 8), w.weightOf(m(3)));
    assertEquals(Fraction.of(3, 4), w.weightOf(m(1)));
    assertEquals(Fraction.ZERO, w.withheld());
    assertEquals(Fraction.ONE, w.total());
    // Capped at 1/3, the investors' 1/3 is exactly at the cap: nothing is scaled.
    VoteWeights atCap = VotingRules.builder().classShares(somerset).putClassCaps(INVESTORS, Fraction.of(1, 3)).build()
        .roll(Electorate.of(RECORD, all)).weigh(List.of(m(1), m(3), m(4)));
    assertEquals(1, atCap.notes().size());
    assertEquals(Fraction.of(1, 6), atCap.weightOf(m(3)));
    assertEquals(Fraction.of(2, 3), atCap.weightOf(m(1)));
  }

  @Test
  void weigh_leavesOutMembersWithoutAVoteOrNotOnTheRoll() {
    Electorate e = Electorate.of(RECORD, List.of(Elector.of(m(1)), Elector.builder().member(m(2)).inGoodStanding(false).build()));
    VoteWeights w = VotingRules.oneMemberOneVote().roll(e).weigh(List.of(m(1), m(2), m(3)));
    assertEquals(Set.of(m(1)), w.weights().keySet());
    assertEquals(Fraction.ZERO, w.weightOf(m(2)));
    assertEquals(Fraction.ZERO, w.classTotal(WORKERS));
    assertTrue(w.classOf().isEmpty());
  }

  @Test
  void classCaps_aCapThatBindsOnlyOnceAnotherClassIsScaled_isAppliedInASecondRound() {
    // Caps: clients 1/4, investors 1/3; 4 workers, 4 clients, 4 investors, one vote each. Of 12, investors
    // hold exactly 1/3, clients more than 1/4. Once clients are scaled, investors exceed 1/3 of the smaller
    // total; with both bound, 4 / (1 - 1/4 - 1/3) = 48/5 votes are taken: clients 12/5, investors 16/5.
    List<Elector> all = new ArrayList<>(classed(1, 4, WORKERS));
    all.addAll(classed(5, 4, CLIENTS));
    all.addAll(classed(9, 4, INVESTORS));
    VotingRoll roll = VotingRules.builder().putClassCaps(CLIENTS, Fraction.of(1, 4)).putClassCaps(INVESTORS, Fraction.of(1, 3))
        .build().roll(Electorate.of(RECORD, all));
    assertEquals(Fraction.of(12, 5), roll.classTotals().get(CLIENTS));
    assertEquals(Fraction.of(16, 5), roll.classTotals().get(INVESTORS));
    assertEquals(Fraction.of(4), roll.classTotals().get(WORKERS));
    assertEquals(Fraction.of(48, 5), roll.totalVotes());
    assertEquals(Fraction.of(12, 5), roll.entitlement().withheld());
    assertEquals(Fraction.of(3, 5), roll.votesOf(m(5)));
    assertEquals(Fraction.of(4, 5), roll.votesOf(m(9)));
    assertEquals("counts as 3/5 under the cap on class clients", roll.rights().get(m(5)).reasons().get(1));
  }

  @Test
  void classCaps_aClassExactlyAtItsCapIsNotScaled() {
    // Investors at most 1/3: 2 workers and 1 investor give the investor exactly 1/3, which the cap allows.
    List<Elector> all = new ArrayList<>(classed(1, 2, WORKERS));
    all.addAll(classed(3, 1, INVESTORS));
    VotingRoll roll = VotingRules.builder().putClassCaps(INVESTORS, Fraction.of(1, 3)).build().roll(Electorate.of(RECORD, all));
    assertEquals(Fraction.ONE, roll.votesOf(m(3)));
    assertEquals(Fraction.ZERO, roll.entitlement().withheld());
    assertTrue(roll.entitlement().notes().isEmpty());
    assertEquals(List.of("one member, one vote"), roll.rights().get(m(3)).reasons());
  }

  @Test
  void paidUpCapital_skipsAHoldingOfNoSharesEvenOfAClassWithoutAValue_butRefusesAHoldingWithout() {
    Electorate e = Electorate.builder().recordDate(RECORD).addClasses(WORKERS)
        .putShareValues("ordinary", ShareValue.fullyPaid(Money.ofMajor(1, GBP)))
        .addElectors(Elector.builder().member(m(1)).addClasses(WORKERS).putHoldings("ordinary", 10).putHoldings("unvalued", 0).build(),
            Elector.builder().member(m(2)).addClasses(WORKERS).putHoldings("unvalued", 5).build())
        .build();
    VotingRoll roll = VotingRules.oneVotePerShare().roll(e);
    assertEquals(Money.ofMajor(10, GBP), roll.paidUpCapital(List.of(m(1))));
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> roll.paidUpCapital(List.of(m(2))));
    assertEquals("the electorate records no value for share class unvalued, which M-002 holds", refused.getMessage());
    InvalidValueException none = assertThrows(InvalidValueException.class,
        () -> RollFixtures.roll(2).paidUpCapital(List.of(m(1))));
    assertEquals("the electorate records no value for any share class, so paid-up capital cannot be measured", none.getMessage());
  }

  @Test
  void check_refusesARollWhoseRightsDoNotMatchItsEntitlement() {
    VotingRoll two = RollFixtures.roll(2);
    VotingRoll capped = VotingRules.oneVotePerShare().roll(Electorate.of(RECORD, List.of(
        Elector.withShares(m(1), WORKERS, "ordinary", 3), Elector.withShares(m(2), WORKERS, "ordinary", 1))));
    InvalidValueException mismatch = assertThrows(InvalidValueException.class,
        () -> ImmutableVotingRoll.builder().from(two).entitlement(capped.entitlement()).build());
    assertEquals("the right of M-001 does not match its entitlement", mismatch.getMessage());
    VotingRoll three = RollFixtures.roll(3);
    InvalidValueException missing = assertThrows(InvalidValueException.class,
        () -> ImmutableVotingRoll.builder().from(two).entitlement(three.entitlement()).build());
    assertEquals("the right of M-003 does not match its entitlement", missing.getMessage());
  }
}
