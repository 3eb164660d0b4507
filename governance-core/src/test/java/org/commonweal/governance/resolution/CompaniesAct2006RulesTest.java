package org.commonweal.governance.resolution;

import org.commonweal.governance.meeting.Person;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingKind;
import org.commonweal.governance.meeting.NoticeRule;
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
 * docs/rules-reference.md, "Societies and companies (UK)", the Companies Act 2006 rows: ordinary (s.282), special
 * (s.283) and written resolutions, quorum (s.318), members' power to require a meeting (s.303), poll
 * demand (s.321), notice (s.307), and the chair's casting vote of the Model Articles art. 13.
 */
class CompaniesAct2006RulesTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);
  static final ClassId SHAREHOLDERS = ClassId.of("shareholders");

  /** A company's members holding the given numbers of shares, one vote per share. */
  static VotingRoll shareholders(long... shares) {
    List<Elector> all = new ArrayList<>();
    for (int i = 0; i < shares.length; i++) {
      all.add(Elector.withShares(m(i + 1), SHAREHOLDERS, "ordinary", shares[i]));
    }
    return VotingRules.oneVotePerShare().roll(Electorate.of(RollFixtures.RECORD, all));
  }

  @Test
  void ordinaryResolution_isMoreThan50PercentOfVotesCast_s282() {
    // Shares 60, 40: the 60 for, the 40 against, carried; 50 to 50 is not more than half.
    VotingRoll roll = shareholders(60, 40, 50, 50);
    assertTrue(Resolution.ordinary("Re-appoint the auditors").decide(
        Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).build()).passed());
    assertFalse(Resolution.ordinary("Re-appoint the auditors").decide(
        Tally.builder(roll).vote(m(3), Choice.FOR).vote(m(4), Choice.AGAINST).build()).passed());
  }

  @Test
  void specialResolution_isAtLeast75PercentOfVotesCast_s283() {
    VotingRoll roll = shareholders(75, 25, 74);
    assertTrue(Resolution.special("Change the name").decide(
        Tally.builder(roll).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).build()).passed());
    assertFalse(Resolution.special("Change the name").decide(
        Tally.builder(roll).vote(m(3), Choice.FOR).vote(m(2), Choice.AGAINST).build()).passed());
  }

  @Test
  void writtenResolution_isCountedAgainstAllEligibleVotesNotVotesCast_s282_s283() {
    // 1,000 shares in issue; agreement from holders of 501 passes an ordinary written resolution, 500 does not.
    VotingRoll roll = shareholders(501, 499);
    LocalDate circulated = LocalDate.of(2026, 9, 1);
    assertTrue(WrittenResolution.ordinary("Approve the contract", circulated)
        .decide(roll, List.of(Signature.of(m(1), circulated)), circulated).passed());
    VotingRoll even = shareholders(500, 500);
    assertFalse(WrittenResolution.ordinary("Approve the contract", circulated)
        .decide(even, List.of(Signature.of(m(1), circulated)), circulated).passed());
    // A special written resolution needs 750 of the 1,000.
    assertFalse(WrittenResolution.special("Change the name", circulated)
        .decide(shareholders(700, 300), List.of(Signature.of(m(1), circulated)), circulated).passed());
  }

  @Test
  void quorumIsTwoQualifyingPersons_orOneForASingleMemberCompany_s318() {
    QuorumRule s318 = QuorumRule.tiered().upTo(1, QuorumRule.persons(1)).otherwise(QuorumRule.persons(2));
    assertTrue(s318.decide(Attendance.of(shareholders(100), START, List.of(m(1)))).quorate());
    VotingRoll roll = shareholders(10, 10, 10, 10);
    assertFalse(s318.decide(Attendance.of(roll, START, List.of(m(1)))).quorate());
    // One person present holding the proxies of three members is still one qualifying person.
    List<ProxyAppointment> proxies = List.of(ProxyAppointment.of(m(2), Person.member(m(1)), START.minusDays(3)),
        ProxyAppointment.of(m(3), Person.member(m(1)), START.minusDays(3)), ProxyAppointment.of(m(4), Person.member(m(1)), START.minusDays(3)));
    Attendance oneHolder = Attendance.builder().roll(roll).startsAt(START).addInPerson(m(1)).proxies(proxies)
        .proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertFalse(s318.decide(oneHolder).quorate());
    assertTrue(QuorumRule.members(2).decide(oneHolder).quorate());
    // A member and an outside proxy holder are two.
    Attendance two = Attendance.builder().roll(roll).startsAt(START).addInPerson(m(1))
        .addProxies(ProxyAppointment.of(m(2), Person.nonMember("P-1", "J. Smith"), START.minusDays(3))).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertTrue(s318.decide(two).quorate());
  }

  @Test
  void membersWith5PercentOfVotingRights_canRequireAGeneralMeeting_s303() {
    QuorumRule s303 = QuorumRule.fractionOfVotes(Fraction.of(1, 20));
    VotingRoll roll = shareholders(30, 20, 950);
    // 50 of 1,000 votes is 5%; 30 is not.
    assertTrue(s303.decide("requisition", roll, List.of(m(1), m(2))).quorate());
    assertFalse(s303.decide("requisition", roll, List.of(m(1))).quorate());
  }

  @Test
  void pollDemand_byFiveMembersOr10PercentOfVotingRights_s321_orTwoMembersUnderTheModelArticles() {
    QuorumRule s321 = QuorumRule.lesserOf(QuorumRule.members(5), QuorumRule.fractionOfVotes(Fraction.of(1, 10)));
    VotingRoll roll = shareholders(1, 1, 1, 1, 1, 100, 895);
    List<MemberId> five = List.of(m(1), m(2), m(3), m(4), m(5));
    assertTrue(s321.decide("demand for a poll", roll, five).quorate());       // 5 members, 5 votes
    assertTrue(s321.decide("demand for a poll", roll, List.of(m(6))).quorate()); // 100 of 1,000 votes
    assertFalse(s321.decide("demand for a poll", roll, List.of(m(1), m(2), m(3), m(4))).quorate());
    assertTrue(QuorumRule.members(2).decide("demand for a poll", roll, List.of(m(1), m(2))).quorate());
  }

  @Test
  void noticeIs14ClearDays_or21ForAPublicCompanyAgm_s307_withShortNoticeByConsent() {
    Meeting gm = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 8, 31));   // 14 clear days
    assertTrue(NoticeRule.clearDays(14).decide(gm).sufficient());
    Meeting agm = Meeting.of(MeetingKind.ANNUAL_GENERAL, START, LocalDate.of(2026, 8, 31));
    assertFalse(NoticeRule.clearDays(21).decide(agm).sufficient());
    assertTrue(NoticeRule.clearDays(21).decide(Meeting.of(MeetingKind.ANNUAL_GENERAL, START, LocalDate.of(2026, 8, 24))).sufficient());
    // Short notice (7 clear days) agreed by a majority in number holding at least 90% of the votes.
    NoticeRule privateCompany = NoticeRule.clearDays(14).withShortNoticeConsent(
        QuorumRule.greaterOf(QuorumRule.majorityOfMembers(), QuorumRule.fractionOfVotes(Fraction.of(9, 10))));
    Meeting soon = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 9, 7));
    VotingRoll roll = shareholders(880, 20, 50, 50);
    assertTrue(privateCompany.decide(soon, roll, List.of(m(1), m(2), m(3))).sufficient());    // 3 of 4, 950 votes
    assertFalse(privateCompany.decide(soon, roll, List.of(m(1), m(2))).sufficient());         // 2 of 4 is no majority
    assertFalse(privateCompany.decide(soon, roll, List.of(m(2), m(3), m(4))).sufficient());   // 120 votes
  }

  @Test
  void chairHasACastingVoteAtBoardMeetings_modelArticlesArt13() {
    VotingRoll board = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RollFixtures.RECORD,
        List.of(MemberId.of("D-1"), MemberId.of("D-2"), MemberId.of("D-3"), MemberId.of("D-4"))));
    Tally t = Tally.builder(board).vote(MemberId.of("D-1"), Choice.FOR).vote(MemberId.of("D-2"), Choice.FOR)
        .vote(MemberId.of("D-3"), Choice.AGAINST).vote(MemberId.of("D-4"), Choice.AGAINST).castingVote(Choice.FOR).build();
    ResolutionOutcome o = Resolution.ordinary("Sign the lease").withTieRule(TieRule.castingVote()).decide(t);
    assertTrue(o.passed());
    assertEquals("tie at 2 votes each; the chair's casting vote was for: carried", o.tie().orElseThrow().explanation());
  }
}
