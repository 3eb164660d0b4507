package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * Each kind of {@link Change}: the clause it touches (what entrenchment is checked against) and its
 * words for the minutes, in both of its forms where it has two. The texts are written out by hand.
 */
class ChangeTest {

  @Test
  void purpose_touchesTheObjects_andSaysTheNewObjects() {
    Change c = new Change.Purpose("To run a cafe");
    assertEquals(Clause.OBJECTS, c.clause());
    assertEquals("the objects become: To run a cafe", c.description());
    assertEquals("objects", assertThrows(InvalidValueException.class, () -> new Change.Purpose(" ")).field());
  }

  @Test
  void membership_touchesTheMembership_andNamesTheClasses() {
    Change c = new Change.Membership(MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(ClassId.of("workers"), "Workers", Eligibility.always()),
        StakeholderClass.of(ClassId.of("users"), "Users", Eligibility.minimumAge(16))));
    assertEquals(Clause.MEMBERSHIP, c.clause());
    assertEquals("the stakeholder classes become [workers, users]", c.description());
  }

  @Test
  void shares_touchesTheShares_andNamesTheShareClasses() {
    Change c = new Change.Shares(ImmutableList.of(ConstitutionTest.membershipShare()), Optional.of(StatutoryCap.ukRegisteredSociety()));
    assertEquals(Clause.SHARES, c.clause());
    assertEquals("the share classes become [membership]", c.description());
    assertEquals("the share classes become []", new Change.Shares(ImmutableList.of(), Optional.empty()).description());
  }

  @Test
  void voting_touchesTheVoting_andStatesTheRules() {
    VotingRules v = VotingRules.oneMemberOneVote();
    Change c = new Change.Voting(v);
    assertEquals(Clause.VOTING, c.clause());
    assertEquals("the voting rights become: " + v, c.description());
  }

  @Test
  void generalMeetings_touchesGeneralMeetings_andStatesTheQuorum() {
    Change c = new Change.GeneralMeetings(MeetingRules.builder().quorum(QuorumRule.members(3)).build());
    assertEquals(Clause.GENERAL_MEETINGS, c.clause());
    assertEquals("the rules for general meetings are replaced (quorum: 3 members)", c.description());
  }

  @Test
  void writtenResolutions_allowedOrNot_saysWhichAndTheLapse() {
    Change allowed = new Change.WrittenResolutions(OptionalInt.of(28));
    assertEquals(Clause.WRITTEN_RESOLUTIONS, allowed.clause());
    assertEquals("written resolutions are allowed, lapsing after 28 days", allowed.description());
    assertEquals("written resolutions are not allowed", new Change.WrittenResolutions(OptionalInt.empty()).description());
    assertEquals("lapseDays", assertThrows(InvalidValueException.class, () -> new Change.WrittenResolutions(OptionalInt.of(0))).field());
  }

  @Test
  void matterRow_setOrRemoved_namesTheMatterAndItsProcedure() {
    Change set = new Change.MatterRow(Matter.DISSOLVE, Optional.of(new Procedure.ByInstrument(Fraction.of(3, 4), "CCBS Act 2014 s.119")));
    assertEquals(Clause.MATTERS, set.clause());
    assertEquals("Dissolve needs instrument signed by at least 3/4 of the members (CCBS Act 2014 s.119)", set.description());
    assertEquals("Convert into a company is removed from the table", new Change.MatterRow(Matter.CONVERT, Optional.empty()).description());
    assertEquals("Amend the rules needs Special resolution of a general meeting: at least 3/4 of the votes cast",
        new Change.MatterRow(Matter.AMEND_RULES, Optional.of(new Procedure.AtMeeting(Resolution.special("Amend")))).description());
  }

  @Test
  void entrench_addedOrLifted_namesTheClauseByItsLabel() {
    Change added = new Change.Entrench(Clause.GENERAL_MEETINGS, Optional.of(Entrenchment.unanimous(Clause.GENERAL_MEETINGS, "rule 9")));
    assertEquals(Clause.ENTRENCHMENT, added.clause());
    assertEquals("the general meetings clause becomes unanimous", added.description());
    assertEquals("the asset lock clause becomes unchangeable",
        new Change.Entrench(Clause.ASSET_LOCK, Optional.of(Entrenchment.unchangeable(Clause.ASSET_LOCK, ""))).description());
    assertEquals("the entrenchment of the written resolutions clause is lifted",
        new Change.Entrench(Clause.WRITTEN_RESOLUTIONS, Optional.empty()).description());
    InvalidValueException x = assertThrows(InvalidValueException.class,
        () -> new Change.Entrench(Clause.VOTING, Optional.of(Entrenchment.unanimous(Clause.OBJECTS, ""))));
    assertEquals("entrenchment", x.field());
    assertEquals(EnumSet.of(Clause.ENTRENCHMENT, Clause.VOTING),
        EnumSet.copyOf(Amendment.of("Lift", new Change.Entrench(Clause.VOTING, Optional.empty())).clauses()));
  }

  @Test
  void assetLockRule_adoptedOrRemoved_namesTheKindAndRecipients() {
    Change statutory = new Change.AssetLockRule(Optional.of(AssetLock.statutory()));
    assertEquals(Clause.ASSET_LOCK, statutory.clause());
    assertEquals("the asset lock becomes statutory, assets passing only to [ASSET_LOCKED_BODY, CHARITY, COMMUNITY_INTEREST_COMPANY]",
        statutory.description());
    assertEquals("the asset lock becomes constitutional, assets passing only to [CHARITY]",
        new Change.AssetLockRule(Optional.of(AssetLock.constitutional(EnumSet.of(AssetLock.Recipient.CHARITY)))).description());
    assertEquals("the asset lock is removed", new Change.AssetLockRule(Optional.empty()).description());
  }

  @Test
  void board_newOrRemoved_statesItsSize() {
    Change c = new Change.Board(Optional.of(BoardRules.builder().minSize(3).maxSize(9).generalSeats(5).build()));
    assertEquals(Clause.BOARD, c.clause());
    assertEquals("the board becomes 3 to 9 directors", c.description());
    assertEquals("the board rules are removed", new Change.Board(Optional.empty()).description());
  }

  @Test
  void rotation_newOrRemoved_statesTheRule() {
    Change c = new Change.Rotation(Optional.of(RotationRule.tableA()));
    assertEquals(Clause.ROTATION, c.clause());
    assertEquals("retirement by rotation becomes all at the first annual meeting, then the number nearest 1/3 of the"
        + " [ELECTED] directors by rotation, longest in office first, ties by lot", c.description());
    assertEquals("retirement by rotation is removed", new Change.Rotation(Optional.empty()).description());
  }

  @Test
  void boardMeetings_statesTheQuorumAndTheCastingVote() {
    Change c = new Change.BoardMeetings(Optional.of(QuorumRule.members(2)), true);
    assertEquals(Clause.BOARD_MEETINGS, c.clause());
    assertEquals("board meetings: quorum 2 members, the chair has a casting vote", c.description());
    assertEquals("board meetings: quorum not stated, the chair has no casting vote",
        new Change.BoardMeetings(Optional.empty(), false).description());
  }

  @Test
  void surplus_newOrRemoved_statesTheRule() {
    SurplusRule rule = SurplusRule.of(new SurplusPart.ToFund("reserves", Fund.INDIVISIBLE_RESERVES, Fraction.ONE));
    Change c = new Change.Surplus(Optional.of(rule));
    assertEquals(Clause.SURPLUS, c.clause());
    assertEquals("the surplus is allocated: " + rule, c.description());
    assertEquals("the surplus rule is removed", new Change.Surplus(Optional.empty()).description());
  }
}
