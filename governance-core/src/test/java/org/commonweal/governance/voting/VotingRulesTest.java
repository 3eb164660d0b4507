package org.commonweal.governance.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.junit.jupiter.api.Test;

class VotingRulesTest {
  static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId CLIENTS = ClassId.of("clients");
  static final ClassId INVESTORS = ClassId.of("investors");
  static final ClassId ASSOCIATES = ClassId.of("associates");

  static MemberId m(int i) {
    return MemberId.of(String.format("M-%03d", i));
  }

  /** Members 1..n in one class, no shares. */
  static List<Elector> members(int from, int to, ClassId c) {
    List<Elector> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(Elector.of(m(i), c));
    }
    return out;
  }

  @Test
  void oneMemberOneVote_ignoresShareholdings() {
    Electorate e = Electorate.of(DAY, List.of(
        Elector.withShares(m(1), WORKERS, "ordinary", 1),
        Elector.withShares(m(2), WORKERS, "ordinary", 5000)));
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(e);
    assertEquals(Fraction.ONE, roll.votesOf(m(1)));
    assertEquals(Fraction.ONE, roll.votesOf(m(2)));
    assertEquals(Fraction.of(2), roll.totalVotes());
  }

  @Test
  void oneVotePerShare_countsVotingSharesAndCaps() {
    Electorate e = Electorate.of(DAY, List.of(
        Elector.builder().member(m(1)).addClasses(WORKERS).putHoldings("ordinary", 3).putHoldings("equity", 40).build(),
        Elector.withShares(m(2), WORKERS, "ordinary", 12),
        Elector.withShares(m(3), WORKERS, "ordinary", 0)));
    VotingRules rules = VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).maxVotesPerMember(7)
        .addNonVotingShareClasses("equity").build();
    VotingRoll roll = rules.roll(e);
    // 3 ordinary (the 40 equity shares carry no vote); 12 capped at 7; no voting shares, no vote.
    assertEquals(Fraction.of(3), roll.votesOf(m(1)));
    assertEquals(Fraction.of(7), roll.votesOf(m(2)));
    assertEquals(Fraction.ZERO, roll.votesOf(m(3)));
    assertFalse(roll.hasVote(m(3)));
    assertTrue(roll.rights().get(m(1)).reasons().get(0).contains("40 shares of [equity] carry no vote"));
    assertTrue(roll.rights().get(m(2)).reasons().contains("capped at 7 votes per member"));
    assertTrue(roll.rights().get(m(3)).reasons().contains("no voting shares: no vote"));
  }

  @Test
  void roll_memberNotInGoodStandingHasNoVote() {
    Electorate e = Electorate.of(DAY, List.of(
        Elector.builder().member(m(1)).addClasses(WORKERS).inGoodStanding(false).build(),
        Elector.of(m(2), WORKERS)));
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(e);
    assertFalse(roll.hasVote(m(1)));
    assertTrue(roll.contains(m(1)));
    // Someone not on the register is not on the roll at all.
    assertFalse(roll.contains(m(99)));
    assertEquals(List.of("not in good standing on the record date: no vote"), roll.rights().get(m(1)).reasons());
    assertEquals(Fraction.ONE, roll.totalVotes());
  }

  @Test
  void roll_nonVotingClassHasNoVoteAndFirstVotingClassCounts() {
    Electorate e = Electorate.of(DAY, List.of(
        Elector.of(m(1), ASSOCIATES),
        Elector.of(m(2), ASSOCIATES, WORKERS),
        Elector.of(m(3), WORKERS, CLIENTS)));
    VotingRoll roll = VotingRules.builder().addNonVotingClasses(ASSOCIATES).build().roll(e);
    assertFalse(roll.hasVote(m(1)));
    assertEquals(Optional.of(WORKERS), roll.votingClassOf(m(2)));
    assertEquals(Optional.of(WORKERS), roll.votingClassOf(m(3)));
    // Member 3 belongs to two classes but holds one vote.
    assertEquals(Fraction.ONE, roll.votesOf(m(3)));
    assertEquals(Map.of(WORKERS, Fraction.of(2)), roll.classTotals());
  }

  @Test
  void organisationBasis_givesOrganisationsVotesByShareUpToTheirCap() {
    // Italy, civil code art. 2538: one vote each, but legal persons up to five votes by their shares.
    Electorate e = Electorate.of(DAY, List.of(
        Elector.withShares(m(1), WORKERS, "ordinary", 30),
        Elector.builder().member(m(2)).addClasses(WORKERS).putHoldings("ordinary", 30).organisation(true).build(),
        Elector.builder().member(m(3)).addClasses(WORKERS).putHoldings("ordinary", 2).organisation(true).build()));
    VotingRules rules = VotingRules.builder().organisationBasis(VoteBasis.ONE_VOTE_PER_SHARE).maxVotesPerOrganisation(5).build();
    VotingRoll roll = rules.roll(e);
    assertEquals(Fraction.ONE, roll.votesOf(m(1)));
    assertEquals(Fraction.of(5), roll.votesOf(m(2)));
    assertEquals(Fraction.of(2), roll.votesOf(m(3)));
  }

  @Test
  void classShares_divideEachShareAmongTheClassAndIgnoreHeadcount() {
    // Somerset Rules instance: workers 1/2, clients 1/4, investors 1/4; 4 workers, 1 client, 5 investors.
    List<Elector> all = new ArrayList<>(members(1, 4, WORKERS));
    all.addAll(members(5, 5, CLIENTS));
    all.addAll(members(6, 10, INVESTORS));
    VotingRules rules = VotingRules.builder().classShares(ClassShares.of(
        Map.of(WORKERS, Fraction.of(1, 2), CLIENTS, Fraction.of(1, 4), INVESTORS, Fraction.of(1, 4)),
        ClassShares.Absent.LAPSE)).build();
    VotingRoll roll = rules.roll(Electorate.of(DAY, all));
    assertEquals(Fraction.of(1, 8), roll.votesOf(m(1)));   // 1/2 / 4
    assertEquals(Fraction.of(1, 4), roll.votesOf(m(5)));   // 1/4 / 1
    assertEquals(Fraction.of(1, 20), roll.votesOf(m(6)));  // 1/4 / 5
    assertEquals(Fraction.ONE, roll.totalVotes());
    // Among those who vote: two workers and one investor take part; clients' share lapses.
    VoteWeights w = roll.weigh(List.of(m(1), m(2), m(6)));
    assertEquals(Fraction.of(1, 4), w.weightOf(m(1)));
    assertEquals(Fraction.of(1, 4), w.weightOf(m(6)));
    assertEquals(Fraction.of(1, 4), w.lapsed());
    assertEquals(Fraction.of(3, 4), w.total());
  }

  @Test
  void classShares_redistributeAnAbsentClassInProportion() {
    List<Elector> all = new ArrayList<>(members(1, 2, WORKERS));
    all.addAll(members(3, 3, INVESTORS));
    VotingRules rules = VotingRules.builder().classShares(ClassShares.of(
        Map.of(WORKERS, Fraction.of(1, 2), CLIENTS, Fraction.of(1, 4), INVESTORS, Fraction.of(1, 4)),
        ClassShares.Absent.REDISTRIBUTE)).build();
    // The constitution defines the clients' class, which has no member.
    VotingRoll roll = rules.roll(Electorate.builder().recordDate(DAY).addClasses(WORKERS, CLIENTS, INVESTORS).electors(all).build());
    // No client: 1/4 shared among workers and investors as 1/2 : 1/4, so workers 2/3, investors 1/3.
    assertEquals(Fraction.of(2, 3), roll.classTotals().get(WORKERS));
    assertEquals(Fraction.of(1, 3), roll.classTotals().get(INVESTORS));
    assertEquals(Fraction.ZERO, roll.classTotals().get(CLIENTS));
    assertEquals(Fraction.of(1, 3), roll.votesOf(m(1)));
    assertEquals(Fraction.ZERO, roll.entitlement().lapsed());
  }

  @Test
  void classCaps_scaleACappedClassToItsCapOfTheVotesTaken() {
    // Italy art. 2526: investors at most 1/3 of the votes. 6 workers, 6 investors, one vote each:
    // investors scaled so that x / (x + 6) = 1/3, x = 3; each investor's vote is worth 1/2.
    List<Elector> all = new ArrayList<>(members(1, 6, WORKERS));
    all.addAll(members(7, 12, INVESTORS));
    VotingRoll roll = VotingRules.builder().putClassCaps(INVESTORS, Fraction.of(1, 3)).build().roll(Electorate.of(DAY, all));
    assertEquals(Fraction.of(1, 2), roll.votesOf(m(7)));
    assertEquals(Fraction.ONE, roll.votesOf(m(1)));
    assertEquals(Fraction.of(9), roll.totalVotes());
    assertEquals(Fraction.of(3), roll.entitlement().withheld());
    // With only 2 workers taking part the cap binds harder: x / (x + 2) = 1/3, x = 1.
    VoteWeights w = roll.weigh(List.of(m(1), m(2), m(7), m(8), m(9)));
    assertEquals(Fraction.of(1, 3), w.weightOf(m(7)));
    assertEquals(Fraction.ONE, w.classTotal(INVESTORS));
  }

  @Test
  void classCaps_underFixedSharesGiveTheExcessToOtherClasses() {
    // Workers 1/2, clients 1/4, investors 1/4 (capped at 1/4); clients absent and redistributed:
    // investors would hold 1/3, so the cap brings them to 1/4 and workers to 3/4.
    List<Elector> all = new ArrayList<>(members(1, 3, WORKERS));
    all.addAll(members(4, 4, INVESTORS));
    all.addAll(members(5, 5, CLIENTS));
    VotingRules rules = VotingRules.builder().classShares(ClassShares.of(
            Map.of(WORKERS, Fraction.of(1, 2), CLIENTS, Fraction.of(1, 4), INVESTORS, Fraction.of(1, 4)),
            ClassShares.Absent.REDISTRIBUTE))
        .putClassCaps(INVESTORS, Fraction.of(1, 4)).build();
    VoteWeights w = rules.roll(Electorate.of(DAY, all)).weigh(List.of(m(1), m(2), m(3), m(4)));
    assertEquals(Fraction.of(1, 4), w.classTotal(INVESTORS));
    assertEquals(Fraction.of(3, 4), w.classTotal(WORKERS));
    assertEquals(Fraction.ONE, w.total());
  }

  @Test
  void reasons_sayHowClassSharesAndCapsSetAMembersVotes() {
    List<Elector> all = new ArrayList<>(members(1, 4, WORKERS));
    all.addAll(members(5, 5, CLIENTS));
    VotingRules shares = VotingRules.builder().classShares(ClassShares.of(
        Map.of(WORKERS, Fraction.of(3, 4), CLIENTS, Fraction.of(1, 4)), ClassShares.Absent.LAPSE)).build();
    VotingRoll roll = shares.roll(Electorate.of(DAY, all));
    assertEquals(List.of("one member, one vote", "3/16 of the vote: the share 3/4 of class workers divided among its 4 voters"),
        roll.rights().get(m(1)).reasons());
    assertEquals(List.of("one member, one vote", "1/4 of the vote: the share 1/4 of class clients divided among its 1 voter"),
        roll.rights().get(m(5)).reasons());
    List<Elector> capped = new ArrayList<>(members(1, 2, WORKERS));
    capped.addAll(members(3, 4, INVESTORS));
    VotingRoll italy = VotingRules.builder().putClassCaps(INVESTORS, Fraction.of(1, 3)).build().roll(Electorate.of(DAY, capped));
    // x / (x + 2) = 1/3: the two investors count as 1 together.
    assertEquals("counts as 1/2 under the cap on class investors", italy.rights().get(m(3)).reasons().get(1));
    assertEquals(List.of("one member, one vote"), italy.rights().get(m(1)).reasons());
    assertTrue(italy.summary().contains("class investors is capped at 1/3 of the votes taken: its 2 count as 1"), italy.summary());
  }

  @Test
  void roll_isFixedAtTheRecordDateAndExplainsItself() {
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.of(DAY, members(1, 3, WORKERS)));
    assertEquals(DAY, roll.recordDate());
    String text = roll.explain();
    assertTrue(text.startsWith("Voting roll on 2026-06-01: 3 of 3 members hold votes; total 3"), text);
    assertTrue(text.contains("class workers: 3 (3 voters)"), text);
  }

  @Test
  void roll_voteDateBeforeRecordDateIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> VotingRules.oneMemberOneVote()
        .roll(Electorate.of(DAY, members(1, 2, WORKERS)), List.of(), DAY.minusDays(1)));
    assertEquals("voteDate", e.field());
  }

  @Test
  void check_refusesInconsistentRules() {
    ClassShares shares = ClassShares.of(Map.of(WORKERS, Fraction.of(1, 2), INVESTORS, Fraction.of(1, 2)), ClassShares.Absent.LAPSE);
    InvalidValueException above = assertThrows(InvalidValueException.class,
        () -> VotingRules.builder().classShares(shares).putClassCaps(INVESTORS, Fraction.of(1, 4)).build());
    assertEquals("class investors holds a fixed share 1/2, above its cap 1/4", above.getMessage());
    assertThrows(InvalidValueException.class, () -> VotingRules.builder().putClassCaps(WORKERS, Fraction.of(1, 2))
        .putClassCaps(INVESTORS, Fraction.of(1, 2)).build());
    assertThrows(InvalidValueException.class, () -> VotingRules.builder().putClassCaps(WORKERS, Fraction.ONE).build());
    assertThrows(InvalidValueException.class, () -> VotingRules.builder().addNonVotingClasses(WORKERS).classShares(shares).build());
    assertThrows(InvalidValueException.class, () -> VotingRules.builder().addNonVotingClasses(WORKERS)
        .putClassCaps(WORKERS, Fraction.of(1, 3)).build());
    InvalidValueException cap = assertThrows(InvalidValueException.class, () -> VotingRules.oneVotePerShareCappedAt(0));
    assertEquals("maxVotesPerMember (0) must be at least 1", cap.getMessage());
  }

  @Test
  void classShares_mustSumToOne() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClassShares.of(
        Map.of(WORKERS, Fraction.of(1, 2), INVESTORS, Fraction.of(1, 3)), ClassShares.Absent.LAPSE));
    assertTrue(e.getMessage().endsWith("sum to 5/6, not to exactly 1"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> ClassShares.of(
        Map.of(WORKERS, Fraction.of(3, 2), INVESTORS, Fraction.of(-1, 2)), ClassShares.Absent.LAPSE));
  }

  @Test
  void equals_followsTheRules() {
    new EqualsTester()
        .addEqualityGroup(VotingRules.oneMemberOneVote(), VotingRules.builder().build())
        .addEqualityGroup(VotingRules.oneVotePerShare())
        .addEqualityGroup(VotingRules.oneVotePerShareCappedAt(5), VotingRules.oneVotePerShareCappedAt(5))
        .addEqualityGroup(VotingRules.builder().delegation(DelegationRules.upTo(3)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ClassShares.of(Map.of(WORKERS, Fraction.ONE), ClassShares.Absent.LAPSE),
            ClassShares.of(Map.of(WORKERS, Fraction.ONE), ClassShares.Absent.LAPSE))
        .addEqualityGroup(ClassShares.of(Map.of(WORKERS, Fraction.ONE), ClassShares.Absent.REDISTRIBUTE))
        .testEquals();
  }

  @Test
  void cap_aMemberExactlyAtTheCapKeepsAllVotesWithoutACapNote() {
    // The cap bites only above it: 7 shares under a cap of 7 are 7 votes, and the reasons say nothing of a cap.
    Electorate e = Electorate.of(DAY, List.of(
        Elector.withShares(m(1), WORKERS, "ordinary", 7),
        Elector.withShares(m(2), WORKERS, "ordinary", 8)));
    VotingRoll roll = VotingRules.oneVotePerShareCappedAt(7).roll(e);
    assertEquals(Fraction.of(7), roll.votesOf(m(1)));
    assertEquals(List.of("7 voting shares, one vote each"), roll.rights().get(m(1)).reasons());
    assertEquals(Fraction.of(7), roll.votesOf(m(2)));
    assertEquals(List.of("8 voting shares, one vote each", "capped at 7 votes per member"), roll.rights().get(m(2)).reasons());
  }

  @Test
  void reasons_sayOneShareInTheSingularAndMentionNonVotingSharesOnlyWhenHeld() {
    Electorate e = Electorate.of(DAY, List.of(
        Elector.withShares(m(1), WORKERS, "ordinary", 1),
        Elector.builder().member(m(2)).addClasses(WORKERS).putHoldings("ordinary", 2).putHoldings("equity", 1).build()));
    VotingRoll roll = VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).addNonVotingShareClasses("equity").build().roll(e);
    assertEquals(List.of("1 voting share, one vote each"), roll.rights().get(m(1)).reasons());
    assertEquals(List.of("2 voting shares, one vote each; 1 share of [equity] carry no vote"), roll.rights().get(m(2)).reasons());
  }

  @Test
  void reasons_sayWhenAMemberVotesInALaterClassThanItsFirst() {
    // Member 1 is first an associate (no vote), so it votes in its second class; member 2's first class votes.
    Electorate e = Electorate.of(DAY, List.of(
        Elector.of(m(1), ASSOCIATES, WORKERS, CLIENTS),
        Elector.of(m(2), WORKERS, CLIENTS)));
    VotingRoll roll = VotingRules.builder().addNonVotingClasses(ASSOCIATES).build().roll(e);
    assertEquals(List.of("class associates does not vote",
            "votes in class workers (the first of its classes with a vote); other classes add no vote",
            "one member, one vote"),
        roll.rights().get(m(1)).reasons());
    assertEquals(List.of("votes in class workers; other classes add no vote", "one member, one vote"),
        roll.rights().get(m(2)).reasons());
  }

  @Test
  void classShares_aMemberInNoClassHasNoVoteAndIsToldWhy() {
    // Under fixed class shares only classes hold the vote: a member in no class has none, and says so;
    // a member whose only class holds no share is told that instead.
    Electorate e = Electorate.of(DAY, List.of(
        Elector.of(m(1)),
        Elector.of(m(2), CLIENTS),
        Elector.of(m(3), WORKERS)));
    VotingRules rules = VotingRules.builder()
        .classShares(ClassShares.of(Map.of(WORKERS, Fraction.ONE), ClassShares.Absent.LAPSE)).build();
    VotingRoll roll = rules.roll(e);
    assertFalse(roll.hasVote(m(1)));
    assertEquals(List.of("in no class, and only classes hold shares of the vote", "no class with a vote: no vote"),
        roll.rights().get(m(1)).reasons());
    assertFalse(roll.hasVote(m(2)));
    assertEquals(List.of("class clients holds no share of the vote", "no class with a vote: no vote"),
        roll.rights().get(m(2)).reasons());
    assertEquals(Fraction.ONE, roll.votesOf(m(3)));
  }

  @Test
  void check_refusesACapOfZeroVotesForOrganisationsAndAClassCapOfZero() {
    InvalidValueException org = assertThrows(InvalidValueException.class,
        () -> VotingRules.builder().organisationBasis(VoteBasis.ONE_VOTE_PER_SHARE).maxVotesPerOrganisation(0).build());
    assertEquals("maxVotesPerOrganisation", org.field());
    assertEquals("maxVotesPerOrganisation (0) must be at least 1", org.getMessage());
    // A cap of 0 would silence the class: caps must be above 0 (and below 1).
    InvalidValueException zero = assertThrows(InvalidValueException.class,
        () -> VotingRules.builder().putClassCaps(INVESTORS, Fraction.ZERO).build());
    assertEquals("classCaps", zero.field());
    assertEquals("cap 0 on class investors must be above 0 and below 1", zero.getMessage());
  }

  @Test
  void classShares_refuseAClassWithAShareOfZero() {
    // The shares sum to exactly 1, but a class listed with a share of 0 is refused: each share is above 0.
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClassShares.of(
        Map.of(WORKERS, Fraction.ONE, CLIENTS, Fraction.ZERO), ClassShares.Absent.LAPSE));
    assertEquals("shares", e.field());
    assertEquals("share 0 of class clients must be above 0 and at most 1", e.getMessage());
  }

  @Test
  void classCaps_withNoUncappedClassTakingPartTheCappedVotesCountAsNothing() {
    // Investors at most 1/3 of the votes taken: with no worker voting, x / (x + 0) <= 1/3 only for x = 0.
    List<Elector> all = new ArrayList<>(members(1, 2, WORKERS));
    all.addAll(members(3, 4, INVESTORS));
    VotingRoll roll = VotingRules.builder().putClassCaps(INVESTORS, Fraction.of(1, 3)).build().roll(Electorate.of(DAY, all));
    VoteWeights onlyInvestors = roll.weigh(List.of(m(3), m(4)));
    assertEquals(Fraction.ZERO, onlyInvestors.weightOf(m(3)));
    assertEquals(Fraction.of(2), onlyInvestors.withheld());
    assertTrue(onlyInvestors.notes().contains("no uncapped class takes part: the capped classes' votes count as nothing"),
        onlyInvestors.notes().toString());
    // With both workers voting, x / (x + 2) = 1/3 gives x = 1: the cap binds but the votes count.
    VoteWeights all4 = roll.weigh(List.of(m(1), m(2), m(3), m(4)));
    assertEquals(List.of("class investors is capped at 1/3 of the votes taken: its 2 count as 1 (each member's votes x 1/2)"),
        all4.notes());
  }

  @Test
  void choice_labelsEachChoiceInWords() {
    assertEquals("for", Choice.FOR.label());
    assertEquals("against", Choice.AGAINST.label());
    assertEquals("abstain", Choice.ABSTAIN.label());
    assertEquals("spoilt", Choice.SPOILT.label());
  }

  @Test
  void classShares_refuseAnEmptyTableAndAShareAboveTheWhole() {
    InvalidValueException empty = assertThrows(InvalidValueException.class, () -> ClassShares.of(Map.of(), ClassShares.Absent.LAPSE));
    assertEquals("fixed class shares need at least one class", empty.getMessage());
    InvalidValueException above = assertThrows(InvalidValueException.class, () -> ClassShares.of(
        Map.of(WORKERS, Fraction.of(3, 2), INVESTORS, Fraction.of(-1, 2)), ClassShares.Absent.LAPSE));
    assertTrue(above.getMessage().startsWith("share "), above.getMessage());
    assertEquals(Fraction.ZERO, ClassShares.of(Map.of(WORKERS, Fraction.ONE), ClassShares.Absent.LAPSE).shareOf(CLIENTS));
  }

  @Test
  void check_namesTheClassCappedWithoutAVoteAndTheClassWithAShareListedAsNotVoting() {
    InvalidValueException capped = assertThrows(InvalidValueException.class, () -> VotingRules.builder().addNonVotingClasses(WORKERS)
        .putClassCaps(WORKERS, Fraction.of(1, 3)).build());
    assertEquals("class workers is capped but holds no vote", capped.getMessage());
    ClassShares shares = ClassShares.of(Map.of(WORKERS, Fraction.of(1, 2), INVESTORS, Fraction.of(1, 2)), ClassShares.Absent.LAPSE);
    InvalidValueException listed = assertThrows(InvalidValueException.class,
        () -> VotingRules.builder().addNonVotingClasses(INVESTORS).classShares(shares).build());
    assertEquals("class investors holds a share of the vote but is listed as not voting", listed.getMessage());
    InvalidValueException sum = assertThrows(InvalidValueException.class, () -> VotingRules.builder()
        .putClassCaps(WORKERS, Fraction.of(1, 2)).putClassCaps(INVESTORS, Fraction.of(1, 2)).build());
    assertEquals("class caps {investors=1/2, workers=1/2} sum to 1: they must leave room for uncapped votes (below 1)", sum.getMessage());
    // A fixed share exactly at its cap is allowed; caps just under the whole together are too.
    assertEquals(Fraction.ONE_HALF, VotingRules.builder().classShares(shares).putClassCaps(INVESTORS, Fraction.ONE_HALF).build()
        .classCaps().get(INVESTORS));
    assertEquals(2, VotingRules.builder().putClassCaps(WORKERS, Fraction.of(1, 2)).putClassCaps(INVESTORS, Fraction.of(49, 100))
        .build().classCaps().size());
    assertEquals(1, VotingRules.oneVotePerShareCappedAt(1).maxVotesPerMember().getAsLong());
  }

  @Test
  void organisations_takeTheMembersCapWhereTheyHaveNoneOfTheirOwn() {
    Electorate e = Electorate.of(DAY, List.of(
        Elector.builder().member(m(1)).addClasses(WORKERS).putHoldings("ordinary", 30).organisation(true).build(),
        Elector.withShares(m(2), WORKERS, "ordinary", 30)));
    VotingRoll roll = VotingRules.oneVotePerShareCappedAt(10).roll(e);
    assertEquals(Fraction.of(10), roll.votesOf(m(1)));
    assertEquals(List.of("30 voting shares, one vote each", "capped at 10 votes per organisation"), roll.rights().get(m(1)).reasons());
    assertEquals(List.of("30 voting shares, one vote each", "capped at 10 votes per member"), roll.rights().get(m(2)).reasons());
    VotingRoll one = VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).maxVotesPerOrganisation(1).build().roll(e);
    assertEquals(List.of("30 voting shares, one vote each", "capped at 1 vote per organisation"), one.rights().get(m(1)).reasons());
    assertEquals(Fraction.of(30), one.votesOf(m(2)));
    VotingRoll omov = VotingRules.oneMemberOneVote().roll(e);
    assertEquals(List.of("one organisation, one vote"), omov.rights().get(m(1)).reasons());
  }
}
