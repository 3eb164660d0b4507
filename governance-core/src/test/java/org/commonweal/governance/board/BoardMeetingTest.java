package org.commonweal.governance.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.voting.Choice;
import org.junit.jupiter.api.Test;

/** Board meetings: quorum, the chair's casting vote, and directors left out for a declared interest. */
class BoardMeetingTest {
  private static final LocalDate DATE = LocalDate.of(2027, 3, 4);
  private static final AgendaItem CONTRACT = AgendaItem.of("4", "Award the building contract");
  private static final Resolution AWARD = Resolution.ordinary("Award the building contract");

  private static MemberId d(int i) {
    return MemberId.of("D-0" + i);
  }

  private static List<MemberId> ds(int from, int to) {
    List<MemberId> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(d(i));
    }
    return out;
  }

  @Test
  void decide_chairsCastingVoteSettlesATie() {
    BoardMeeting m = BoardMeeting.modelArticles(ds(1, 5), DATE, ds(1, 4), d(1));
    Map<MemberId, Choice> votes = ImmutableMap.of(d(1), Choice.FOR, d(2), Choice.FOR, d(3), Choice.AGAINST,
        d(4), Choice.AGAINST);
    BoardMeetingDecision carried = m.decide(CONTRACT, AWARD, votes, Choice.FOR);
    assertTrue(carried.passed(), carried.explain());
    assertTrue(carried.outcome().orElseThrow().tie().isPresent());
    assertFalse(m.decide(CONTRACT, AWARD, votes, Choice.AGAINST).passed());
    assertFalse(m.decide(CONTRACT, AWARD, votes).passed(), "a chair who gives no casting vote leaves the tie lost");
  }

  @Test
  void decide_noCastingVoteWhereTheRulesGiveNone() {
    // The worker co-operative model: board quorum the greater of 2 and half the directors; no casting vote.
    QuorumRule quorum = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));
    BoardMeeting m = BoardMeeting.of(ds(1, 6), DATE, ds(1, 4), quorum).withChair(d(1), TieRule.lost());
    Map<MemberId, Choice> votes = ImmutableMap.of(d(1), Choice.FOR, d(2), Choice.FOR, d(3), Choice.AGAINST,
        d(4), Choice.AGAINST);
    assertFalse(m.decide(CONTRACT, AWARD, votes, Choice.FOR).passed());
    BoardMeeting two = BoardMeeting.of(ds(1, 6), DATE, ds(1, 2), quorum);
    BoardMeetingDecision inquorate = two.decide(CONTRACT, AWARD, ImmutableMap.of(d(1), Choice.FOR, d(2), Choice.FOR));
    assertFalse(inquorate.quorum().quorate());
    assertTrue(inquorate.outcome().isEmpty());
    assertFalse(inquorate.passed());
  }

  @Test
  void decide_interestedDirectorIsLeftOutOfVoteAndQuorumAndTheDecisionSaysWhy() {
    BoardMeeting m = BoardMeeting.modelArticles(ds(1, 5), DATE, ds(1, 5), d(1))
        .withInterests(ConflictOfInterest.of(d(3), MatterId.of("4"), "her firm bids for the contract"),
            ConflictOfInterest.of(d(5), MatterId.of("7"), "a tenant of the trust"));
    Map<MemberId, Choice> votes = ImmutableMap.of(d(1), Choice.AGAINST, d(2), Choice.FOR, d(3), Choice.FOR,
        d(4), Choice.FOR, d(5), Choice.AGAINST);
    BoardMeetingDecision dec = m.decide(CONTRACT, AWARD, votes);
    assertEquals(1, dec.interested().size());
    BoardMeetingDecision.Interested i = dec.interested().get(0);
    assertEquals(d(3), i.director());
    assertTrue(i.voteLeftOut());
    assertEquals(4, dec.quorum().membersCounted());
    // 2 for (D-02, D-04) to 2 against (D-01, D-05): D-03's vote for is left out, and the tie is lost
    // for want of a casting vote.
    assertEquals(2, dec.outcome().orElseThrow().totals().orElseThrow().forHeads());
    assertFalse(dec.passed(), dec.explain());
    assertTrue(dec.explain().contains(
        "D-03 declared an interest (her firm bids for the contract): not counted for the quorum or the vote; the vote given was left out"),
        dec.explain());
  }

  @Test
  void decide_interestsCanTakeTheQuorumAway() {
    BoardMeeting m = BoardMeeting.modelArticles(ds(1, 4), DATE, ds(1, 3), d(1))
        .withInterests(ConflictOfInterest.of(d(2), MatterId.of("4"), "director of the bidder"),
            ConflictOfInterest.of(d(3), MatterId.of("4"), "spouse employed by the bidder"));
    BoardMeetingDecision dec = m.decide(CONTRACT, AWARD, ImmutableMap.of(d(1), Choice.FOR));
    assertFalse(dec.quorum().quorate(), dec.explain());
    assertEquals(1, dec.quorum().membersCounted());
    assertTrue(dec.explain().contains("inquorate"), dec.explain());
    // Where the rules leave an interested director out of the vote only, the quorum stands.
    BoardMeetingDecision voteOnly =
        m.withConflictRule(ConflictRule.LEFT_OUT_OF_VOTE).decide(CONTRACT, AWARD, ImmutableMap.of(d(1), Choice.FOR));
    assertTrue(voteOnly.quorum().quorate());
    assertTrue(voteOnly.passed(), voteOnly.explain());
  }

  @Test
  void decide_declarationOnlyLetsTheInterestedDirectorVote() {
    BoardMeeting m = BoardMeeting.of(ds(1, 3), DATE, ds(1, 3), QuorumRule.members(2))
        .withConflictRule(ConflictRule.DECLARATION_ONLY)
        .withInterests(ConflictOfInterest.of(d(3), MatterId.of("4"), "a shareholder of the bidder"));
    BoardMeetingDecision dec = m.decide(CONTRACT, AWARD,
        ImmutableMap.of(d(1), Choice.AGAINST, d(2), Choice.FOR, d(3), Choice.FOR));
    assertTrue(dec.passed(), dec.explain());
    assertFalse(dec.interested().get(0).voteLeftOut());
  }

  @Test
  void decide_anInterestedChairHasNoCastingVote() {
    BoardMeeting m = BoardMeeting.modelArticles(ds(1, 5), DATE, ds(1, 5), d(1))
        .withInterests(ConflictOfInterest.of(d(1), MatterId.of("4"), "owns the site"));
    Map<MemberId, Choice> votes = ImmutableMap.of(d(2), Choice.FOR, d(3), Choice.FOR, d(4), Choice.AGAINST,
        d(5), Choice.AGAINST);
    BoardMeetingDecision dec = m.decide(CONTRACT, AWARD, votes, Choice.FOR);
    assertFalse(dec.passed(), dec.explain());
    assertEquals(List.of("the chair, D-01, is left out of the vote on this matter and has no casting vote"), dec.notes());
  }

  @Test
  void decide_directorsWithoutAVoteAreNotCountedAndCannotVote() {
    BoardMeeting m = BoardMeeting.of(ds(1, 5), DATE, ds(3, 5), QuorumRule.fractionOfMembers(Fraction.ONE_HALF))
        .withoutVote(d(4), d(5));
    // Three directors with a vote, half of them is 2 (rounded up); only D-03 of them is present.
    BoardMeetingDecision dec = m.decide(CONTRACT, AWARD, ImmutableMap.of(d(3), Choice.FOR));
    assertFalse(dec.quorum().quorate(), dec.explain());
    assertEquals(1, dec.quorum().membersCounted());
    assertEquals(3, dec.quorum().bodySize());
    assertThrows(InvalidValueException.class, () -> m.decide(CONTRACT, AWARD, ImmutableMap.of(d(4), Choice.FOR)));
    BoardMeeting chaired = BoardMeeting.of(ds(1, 5), DATE, ds(1, 5), QuorumRule.members(2))
        .withChair(d(5), TieRule.castingVote()).withoutVote(d(5));
    BoardMeetingDecision tie = chaired.decide(CONTRACT, AWARD, ImmutableMap.of(d(1), Choice.FOR, d(2), Choice.FOR,
        d(3), Choice.AGAINST, d(4), Choice.AGAINST), Choice.FOR);
    assertFalse(tie.passed(), tie.explain());
    assertEquals(List.of("the chair, D-05, sits without a vote and has no casting vote"), tie.notes());
    assertThrows(InvalidValueException.class, () -> BoardMeeting.of(ds(1, 2), DATE, ds(1, 2), QuorumRule.members(1))
        .withoutVote(d(1), d(2)));
  }

  @Test
  void meeting_refusesWhatIsNotABoard() {
    assertThrows(InvalidValueException.class, () -> BoardMeeting.of(List.of(), DATE, List.of(), QuorumRule.members(2)));
    assertThrows(InvalidValueException.class,
        () -> BoardMeeting.of(List.of(d(1), d(1)), DATE, List.of(), QuorumRule.members(2)));
    assertThrows(InvalidValueException.class, () -> BoardMeeting.of(ds(1, 3), DATE, List.of(d(4)), QuorumRule.members(2)));
    assertThrows(InvalidValueException.class, () -> BoardMeeting.modelArticles(ds(1, 3), DATE, ds(2, 3), d(1)));
    assertThrows(InvalidValueException.class, () -> BoardMeeting.of(ds(1, 3), DATE, ds(1, 3), QuorumRule.members(2))
        .withInterests(ConflictOfInterest.of(d(9), MatterId.of("4"), "x")));
    BoardMeeting m = BoardMeeting.of(ds(1, 3), DATE, ds(1, 2), QuorumRule.members(2));
    assertThrows(InvalidValueException.class, () -> m.decide(CONTRACT, AWARD, ImmutableMap.of(d(3), Choice.FOR)));
    assertThrows(InvalidValueException.class,
        () -> m.decide(CONTRACT, AWARD, ImmutableMap.of(d(1), Choice.FOR), Choice.FOR));
    assertThrows(InvalidValueException.class, () -> ConflictOfInterest.of(d(1), MatterId.of("4"), " "));
  }

  @Test
  void meeting_refusalsGiveTheirReasons() {
    assertEquals("a board needs at least one director", assertThrows(InvalidValueException.class,
        () -> BoardMeeting.of(List.of(), DATE, List.of(), QuorumRule.members(2))).getMessage());
    assertEquals("D-09 sits without a vote but is not a director", assertThrows(InvalidValueException.class,
        () -> BoardMeeting.of(ds(1, 3), DATE, ds(1, 3), QuorumRule.members(2)).withoutVote(d(9))).getMessage());
  }

  @Test
  void explain_listsTheInterestsDeclaredAndTheNotes() {
    // D-02 is absent; the chair D-01 is interested and loses the casting vote.
    BoardMeeting m = BoardMeeting.modelArticles(ds(1, 5), DATE, List.of(d(1), d(3), d(4), d(5)), d(1))
        .withConflictRule(ConflictRule.LEFT_OUT_OF_VOTE)
        .withInterests(ConflictOfInterest.of(d(1), MatterId.of("4"), "owns the site"),
            ConflictOfInterest.of(d(2), MatterId.of("4"), "a tenant of the site"));
    BoardMeetingDecision dec = m.decide(CONTRACT, AWARD, ImmutableMap.of(d(3), Choice.FOR, d(4), Choice.AGAINST));
    String text = dec.explain();
    assertTrue(text.startsWith("matter " + CONTRACT + "\n"
        + "  D-01 declared an interest (owns the site): not allowed to vote, counted for the quorum\n"
        + "  D-02 declared an interest (a tenant of the site): not allowed to vote, counted for the quorum; absent\n"),
        text);
    assertTrue(text.contains("  the chair, D-01, is left out of the vote on this matter and has no casting vote\n"), text);
    assertEquals("outcome", assertThrows(InvalidValueException.class,
        () -> new BoardMeetingDecision(CONTRACT, dec.interested(), dec.quorum(), java.util.Optional.empty(), dec.notes()))
        .field());
  }
}
