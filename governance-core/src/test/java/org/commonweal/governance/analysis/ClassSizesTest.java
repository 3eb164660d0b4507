package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/** A membership by its numbers: its checks at each limit, and the electorate it stands for. */
class ClassSizesTest {
  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId INVESTORS = ClassId.of("investors");

  @Test
  void new_refusesNoGroup() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ClassSizes(ImmutableList.of()));
    assertEquals("a membership needs at least one group of members", e.getMessage());
  }

  @Test
  void and_refusesASecondGroupOfTheSameClassAndVotes() {
    ClassSizes workers = ClassSizes.of(Map.of(WORKERS, 40));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> workers.and(WORKERS, 3, 1));
    assertEquals("two groups of class workers hold 1 votes each: give one group with their total", e.getMessage());
    // Another holding is another group.
    assertEquals(43, workers.and(WORKERS, 3, 2).members());
  }

  @Test
  void new_takesExactlyTheMostMembersAnAnalysisTakes() {
    ClassSizes most = ClassSizes.of(Map.of(WORKERS, 49_000)).and(INVESTORS, 1_000, 5);
    assertEquals(50_000, most.members());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ClassSizes.of(Map.of(WORKERS, 49_000)).and(INVESTORS, 1_001, 5));
    assertEquals("an analysed membership has at most 50000 members, not 50001", e.getMessage());
  }

  @Test
  void electorate_namesMembersByGroupAndPosition() {
    Constitution c = Fixtures.constitution(List.of(WORKERS, INVESTORS), VotingRules.builder().build(), Map.of(),
        QuorumRule.members(1));
    List<Elector> electors = ClassSizes.of(Map.of(WORKERS, 2)).and(INVESTORS, 1, 5).electorate(c).electors();
    assertEquals(List.of(MemberId.of("G01-000001"), MemberId.of("G01-000002"), MemberId.of("G02-000001")),
        electors.stream().map(Elector::member).toList());
    assertEquals(Map.of("voting", 5L), electors.get(2).holdings());
  }

  @Test
  void electorate_holdsTheVotesAsSharesOfTheFirstVotingShareClass() {
    // The first share class carries no vote; the members' votes are held in the second.
    Constitution c = Constitution.builder().from(Fixtures.constitution(List.of(WORKERS),
            VotingRules.builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).addNonVotingShareClasses("loan").build(),
            Map.of(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.ordinary("Amend"))), QuorumRule.members(1)))
        .addShareClasses(share("loan"), share("member"))
        .build();
    ClassSizes sizes = ClassSizes.of(Map.of(WORKERS, 1)).and(WORKERS, 2, 5);
    List<Elector> electors = sizes.electorate(c).electors();
    assertEquals(Map.of("member", 1L), electors.get(0).holdings());
    assertEquals(Map.of("member", 5L), electors.get(1).holdings());
    // So each holds its votes: 1 and 5 of the 11.
    Analysis a = Analysis.of(c, sizes);
    assertEquals(Fraction.of(5, 11), a.roll().votesOf(electors.get(1).member()).dividedBy(a.roll().totalVotes()));
  }

  private static ShareClass share(String code) {
    return ShareClass.builder()
        .id(ShareClassId.of(code))
        .name(code)
        .parValue(Money.parse("1.00 GBP"))
        .withdrawable(true)
        .transferable(false)
        .voting(!code.equals("loan"))
        .maxInterestRate(Fraction.of(1, 20))
        .addHolders(WORKERS)
        .build();
  }
}
