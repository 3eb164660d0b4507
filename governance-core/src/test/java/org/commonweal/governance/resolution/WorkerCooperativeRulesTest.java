package org.commonweal.governance.resolution;

import org.commonweal.governance.meeting.Person;
import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.AdjournmentDecision;
import org.commonweal.governance.meeting.AdjournmentRule;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingKind;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-reference.md, "Co-operatives UK worker co-operative (company limited by guarantee)": the rows on quorum,
 * adjournment, proxies, thresholds, written resolutions, ties, board quorum, investor shares and
 * requisition. Expected numbers are worked by hand from the model's figures.
 */
class WorkerCooperativeRulesTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 7, 9, 18, 30);
  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId INVESTORS = ClassId.of("investors");

  /** The model's general meeting rules. */
  static final MeetingRules GENERAL = MeetingRules.builder()
      .quorum(QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF)))
      .adjournment(AdjournmentRule.builder().waitFor(Duration.ofMinutes(30)).adjournedQuorum(QuorumRule.thosePresent())
          .longAdjournmentDays(14).longAdjournmentNoticeDays(7).build())
      .proxies(ProxyRules.upToPerHolder(5))
      .requisition(QuorumRule.fractionOfMembers(Fraction.of(1, 10)))
      .build();

  static final Meeting GM = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 20));

  static List<MemberId> ids(int from, int to) {
    List<MemberId> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(m(i));
    }
    return out;
  }

  @Test
  void generalMeetingQuorum_isTheGreaterOfTwoMembersOr50PercentOfMembers() {
    // 3 members: the greater of 2 and 2 (half of 3, rounded up) is 2.
    assertTrue(GENERAL.quorum(GM, Attendance.of(roll(3), START, ids(1, 2))).quorate());
    assertFalse(GENERAL.quorum(GM, Attendance.of(roll(3), START, ids(1, 1))).quorate());
    // 11 members: the greater of 2 and 6 (half of 11 is 5 1/2) is 6.
    assertFalse(GENERAL.quorum(GM, Attendance.of(roll(11), START, ids(1, 5))).quorate());
    assertTrue(GENERAL.quorum(GM, Attendance.of(roll(11), START, ids(1, 6))).quorate());
  }

  @Test
  void inquorateAfter30Minutes_adjournsAndAtTheAdjournedMeetingThosePresentAreTheQuorum() {
    Attendance three = Attendance.of(roll(20), START, ids(1, 3));
    AdjournmentRule adjournment = GENERAL.adjournment().orElseThrow();
    assertEquals(AdjournmentDecision.Status.WAIT, adjournment.decide(GENERAL.quorum(GM, three), Duration.ofMinutes(20)).status());
    assertEquals(AdjournmentDecision.Status.ADJOURN, adjournment.decide(GENERAL.quorum(GM, three), Duration.ofMinutes(30)).status());
    Meeting resumed = GM.adjournedTo(START.plusDays(7), GM.noticeGivenOn());
    assertTrue(GENERAL.quorum(resumed, Attendance.of(roll(20), resumed.startsAt(), ids(1, 3))).quorate());
  }

  @Test
  void adjournedFor14DaysOrMore_needs7ClearDaysNotice() {
    Meeting resumed = GM.adjournedTo(START.plusDays(14), LocalDate.of(2026, 7, 16));
    // Notice on 16 July for 23 July: 6 clear days, 7 needed.
    assertFalse(GENERAL.notice(resumed).sufficient());
    assertTrue(GENERAL.notice(GM.adjournedTo(START.plusDays(14), LocalDate.of(2026, 7, 15))).sufficient());
    // Adjourned for 13 days: no fresh notice needed.
    assertTrue(GENERAL.notice(GM.adjournedTo(START.plusDays(13), LocalDate.of(2026, 7, 21))).sufficient());
  }

  @Test
  void proxyHolder_mayActForAtMost5Members() {
    VotingRoll roll = roll(12);
    List<ProxyAppointment> six = new ArrayList<>();
    for (int i = 2; i <= 7; i++) {
      six.add(ProxyAppointment.of(m(i), Person.member(m(1)), START.minusDays(10 - i)));
    }
    Attendance a = GENERAL.attendance(GM, roll, List.of(m(1)), six);
    assertEquals(5, a.acceptedProxies().size());
    // The sixth, lodged last (M-007), is refused.
    assertEquals("PROXY_HOLDER_LIMIT", a.refusedProxies().get(six.get(5)).code());
  }

  @Test
  void specialResolution_needs75PercentOfVotesCast() {
    Resolution special = Resolution.special("Amend the articles");
    assertTrue(special.decide(tally(roll(20), 15, 5, 0, 0)).passed());    // 15/20 = 75%
    assertFalse(special.decide(tally(roll(20), 14, 5, 0, 0)).passed());   // 14/19 = 73.7%
  }

  @Test
  void ordinaryResolution_needs51PercentOfVotesCast() {
    // docs/rules-reference.md states 51%; 50 for and 49 against is 50.5%, a bare majority but short of 51%.
    Resolution ordinary = Resolution.builder().title("Approve the budget").kind(Resolution.Kind.ORDINARY)
        .addConditions(Threshold.atLeast(Fraction.of(51, 100), VoteBase.VOTES_CAST)).build();
    assertFalse(ordinary.decide(tally(roll(100), 50, 49, 0, 0)).passed());
    assertTrue(Resolution.ordinary("Approve the budget").decide(tally(roll(100), 50, 49, 0, 0)).passed());
    assertTrue(ordinary.decide(tally(roll(100), 51, 49, 0, 0)).passed());
  }

  @Test
  void writtenResolution_within28DaysCountedAgainstAllMembers() {
    LocalDate circulated = LocalDate.of(2026, 2, 2);
    WrittenResolution w = WrittenResolution.ordinary("Open a second site", circulated);
    List<Signature> six = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      six.add(Signature.of(m(i), circulated.plusDays(3)));
    }
    // 6 of 12 members is not more than half of all members, though every vote returned is for.
    assertEquals(ResolutionOutcome.Verdict.PENDING, w.decide(roll(12), six, circulated.plusDays(10)).verdict());
    assertEquals(ResolutionOutcome.Verdict.FAILED, w.decide(roll(12), six, circulated.plusDays(27)).verdict());
    List<Signature> seven = new ArrayList<>(six);
    seven.add(Signature.of(m(7), circulated.plusDays(27)));
    assertEquals(ResolutionOutcome.Verdict.PASSED, w.decide(roll(12), seven, circulated.plusDays(27)).verdict());
  }

  @Test
  void chairHasNoCastingVote_soATieIsLost() {
    Resolution r = Resolution.ordinary("Buy a delivery van").withTieRule(TieRule.lost());
    Tally tie = Tally.builder(roll(10)).vote(m(1), Choice.FOR).vote(m(2), Choice.FOR).vote(m(3), Choice.AGAINST)
        .vote(m(4), Choice.AGAINST).castingVote(Choice.FOR).build();
    ResolutionOutcome o = r.decide(tie);
    assertFalse(o.passed());
    assertEquals("tie at 2 votes each; a tie is lost: lost", o.tie().orElseThrow().explanation());
  }

  @Test
  void boardQuorum_isTheGreaterOf50PercentOfDirectorsOr2() {
    QuorumRule board = QuorumRule.greaterOf(QuorumRule.fractionOfMembers(Fraction.ONE_HALF), QuorumRule.members(2));
    VotingRoll three = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RollFixtures.RECORD, ids(1, 3)));
    VotingRoll seven = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RollFixtures.RECORD, ids(1, 7)));
    assertTrue(board.decide(Attendance.of(three, START, ids(1, 2))).quorate());       // greater of 2 and 2
    assertFalse(board.decide(Attendance.of(seven, START, ids(1, 3))).quorate());      // greater of 4 and 2
    assertTrue(board.decide(Attendance.of(seven, START, ids(1, 4))).quorate());
  }

  @Test
  void investorSharesCarryNoVote() {
    Electorate e = Electorate.of(RollFixtures.RECORD, List.of(
        Elector.builder().member(m(1)).addClasses(WORKERS).putHoldings("ordinary", 1).putHoldings("equity", 500).build(),
        Elector.withShares(m(2), WORKERS, "ordinary", 1),
        Elector.withShares(m(3), INVESTORS, "equity", 2000)));
    VotingRoll roll = VotingRules.builder().addNonVotingClasses(INVESTORS).addNonVotingShareClasses("equity").build().roll(e);
    assertEquals(Fraction.ONE, roll.votesOf(m(1)));
    assertEquals(Fraction.ONE, roll.votesOf(m(2)));
    assertFalse(roll.hasVote(m(3)));
  }

  @Test
  void changingEquityRights_needs75PercentOfMembersAnd75PercentOfEquityHolders() {
    List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 8, WORKERS));
    all.addAll(RollFixtures.electors(9, 4, INVESTORS));
    Electorate e = Electorate.of(RollFixtures.RECORD, all);
    VotingRoll members = VotingRules.builder().addNonVotingClasses(INVESTORS).build().roll(e);
    VotingRoll equityHolders = VotingRules.oneMemberOneVote().roll(e.inClass(INVESTORS));
    Resolution members75 = Resolution.special("Vary the rights of equity shares");
    Resolution holders75 = Resolution.special("Vary the rights of equity shares (equity holders)");
    // Members: 6 of 8 for (75%). Equity holders: 3 of 4 for (75%), then 2 of 4 (50%).
    ResolutionOutcome gm = members75.decide(tally(members, 6, 2, 0, 0));
    Tally.Builder yes = Tally.builder(equityHolders);
    TallyFixtures.votes(yes, 9, 3, Choice.FOR);
    TallyFixtures.votes(yes, 12, 1, Choice.AGAINST);
    Tally.Builder no = Tally.builder(equityHolders);
    TallyFixtures.votes(no, 9, 2, Choice.FOR);
    TallyFixtures.votes(no, 11, 2, Choice.AGAINST);
    assertTrue(ResolutionOutcome.allOf("Vary equity rights", Resolution.Kind.SPECIAL,
        List.of(gm, holders75.decide(yes.build()))).passed());
    assertFalse(ResolutionOutcome.allOf("Vary equity rights", Resolution.Kind.SPECIAL,
        List.of(gm, holders75.decide(no.build()))).passed());
  }

  @Test
  void purposeAndOneMemberOneVote_areEntrenched_100PercentToChange() {
    Resolution entrenched = Resolution.builder().title("Change the purpose").addConditions(
        Threshold.atLeast(Fraction.ONE, VoteBase.ALL_ELIGIBLE).byHeads()).build();
    assertFalse(entrenched.decide(tally(roll(20), 19, 0, 0, 0)).passed());
    assertTrue(entrenched.decide(tally(roll(20), 20, 0, 0, 0)).passed());
  }

  @Test
  void tenPercentOfMembers_canRequisitionAGeneralMeeting() {
    // 45 members: 10% is 4 1/2, so 5 are needed.
    assertFalse(GENERAL.requisition(roll(45), ids(1, 4)).quorate());
    assertTrue(GENERAL.requisition(roll(45), ids(1, 5)).quorate());
  }
}
