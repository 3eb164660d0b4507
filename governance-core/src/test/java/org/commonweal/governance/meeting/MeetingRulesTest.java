package org.commonweal.governance.meeting;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.range;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.VotingRoll;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 7, 9, 18, 30);

  static MeetingRules rules() {
    return MeetingRules.builder()
        .notice(NoticeRule.clearDays(14))
        .quorum(QuorumRule.members(5))
        .adjournment(AdjournmentRule.builder().waitFor(Duration.ofMinutes(30)).adjournedQuorum(QuorumRule.thosePresent())
            .longAdjournmentDays(14).longAdjournmentNoticeDays(7).build())
        .requisition(QuorumRule.fractionOfMembers(Fraction.of(1, 10)))
        .build();
  }

  @Test
  void clearDaysBetween_countsNeitherEndDay() {
    assertEquals(14, NoticeRule.clearDaysBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 16)));
    assertEquals(0, NoticeRule.clearDaysBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2)));
    assertEquals(0, NoticeRule.clearDaysBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)));
  }

  @Test
  void notice_isSufficientWithEnoughClearDaysOrConsent() {
    Meeting onTime = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 24));
    assertTrue(rules().notice(onTime).sufficient());
    Meeting short1 = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 25));
    NoticeDecision n = rules().notice(short1);
    assertFalse(n.sufficient());
    assertEquals(13, n.clearDaysGiven());
    assertEquals("notice given 2026-06-25 for 2026-07-09: 13 clear days, 14 needed: short; no consent to short notice: not sufficient",
        n.explain());
    NoticeRule withConsent = NoticeRule.clearDays(14).withShortNoticeConsent(
        QuorumRule.greaterOf(QuorumRule.majorityOfMembers(), QuorumRule.fractionOfVotes(Fraction.of(9, 10))));
    VotingRoll roll = roll(10);
    assertTrue(withConsent.decide(short1, roll, range(1, 9)).sufficient());
    assertFalse(withConsent.decide(short1, roll, range(1, 8)).sufficient());
  }

  @Test
  void quorum_ofAnAdjournedMeetingIsThosePresent() {
    Meeting first = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 1));
    Attendance three = Attendance.of(roll(20), START, range(1, 3));
    assertFalse(rules().quorum(first, three).quorate());
    Meeting resumed = first.adjournedTo(START.plusDays(7), first.noticeGivenOn());
    assertTrue(rules().quorum(resumed, Attendance.of(roll(20), resumed.startsAt(), range(1, 3))).quorate());
    assertEquals(QuorumRule.thosePresent(), rules().quorumRuleFor(resumed));
  }

  @Test
  void adjournment_waitsThenAdjournsAndALongAdjournmentNeedsNotice() {
    AdjournmentRule rule = rules().adjournment().orElseThrow();
    QuorumDecision inquorate = QuorumRule.members(5).decide(Attendance.of(roll(20), START, range(1, 3)));
    assertEquals(AdjournmentDecision.Status.WAIT, rule.decide(inquorate, Duration.ofMinutes(29)).status());
    assertEquals(AdjournmentDecision.Status.ADJOURN, rule.decide(inquorate, Duration.ofMinutes(30)).status());
    QuorumDecision quorate = QuorumRule.members(2).decide(Attendance.of(roll(20), START, range(1, 3)));
    assertEquals(AdjournmentDecision.Status.PROCEED, rule.decide(quorate, Duration.ofMinutes(45)).status());
    assertEquals(7, rule.noticeFor(START, START.plusDays(14)).clearDays());
    assertEquals(0, rule.noticeFor(START, START.plusDays(13)).clearDays());
    Meeting resumed = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 1)).adjournedTo(START.plusDays(21), LocalDate.of(2026, 7, 20));
    // Notice on 20 July for 30 July: 9 clear days, 7 needed.
    assertTrue(rules().notice(resumed).sufficient());
  }

  @Test
  void requisition_andPollDemandUseTheirRules() {
    VotingRoll roll = roll(50);
    assertTrue(rules().requisition(roll, range(1, 5)).quorate());
    assertFalse(rules().requisition(roll, range(1, 4)).quorate());
    assertEquals("requisition of a meeting", rules().requisition(roll, range(1, 4)).purpose());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> rules().pollDemand(roll, range(1, 4)));
    assertEquals("pollDemand", e.field());
  }

  @Test
  void meeting_checksItsClassNoticeAndAdjournment() {
    assertThrows(InvalidValueException.class, () -> Meeting.of(MeetingKind.CLASS, START, LocalDate.of(2026, 6, 1)));
    assertThrows(InvalidValueException.class, () -> Meeting.builder().kind(MeetingKind.GENERAL).startsAt(START)
        .noticeGivenOn(LocalDate.of(2026, 6, 1)).forClass(ClassId.of("staff")).build());
    assertThrows(InvalidValueException.class, () -> Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 7, 10)));
    Meeting m = Meeting.of(MeetingKind.ANNUAL_GENERAL, START, LocalDate.of(2026, 6, 1));
    assertThrows(InvalidValueException.class, () -> m.adjournedTo(START.minusHours(1), LocalDate.of(2026, 6, 1)));
    assertTrue(m.kind().isGeneral());
    assertFalse(MeetingKind.BOARD.isGeneral());
  }

  @Test
  void equals_comparesAllRules() {
    new EqualsTester()
        .addEqualityGroup(rules(), rules())
        .addEqualityGroup(MeetingRules.builder().quorum(QuorumRule.members(5)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(NoticeRule.clearDays(14), NoticeRule.clearDays(14))
        .addEqualityGroup(NoticeRule.clearDays(21))
        .addEqualityGroup(NoticeRule.clearDays(14).withShortNoticeConsent(QuorumRule.members(3)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ProxyRules.notAllowed(), ProxyRules.builder().allowed(false).build())
        .addEqualityGroup(ProxyRules.upToPerHolder(5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 1)),
            Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 1)))
        .addEqualityGroup(Meeting.of(MeetingKind.ANNUAL_GENERAL, START, LocalDate.of(2026, 6, 1)))
        .testEquals();
    assertEquals(m(1), m(1));
  }

  @Test
  void notice_ofExactlyTheClearDaysNeededIsSufficient() {
    // Notice on 24 June for 9 July: 25 June..8 July are 14 clear days, the 14 needed.
    NoticeDecision n = rules().notice(Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 24)));
    assertTrue(n.sufficient());
    assertEquals("notice given 2026-06-24 for 2026-07-09: 14 clear days, 14 needed: sufficient", n.explain());
    assertEquals(n.explain(), n.toString());
  }

  @Test
  void notice_shortButConsentedSaysWhoConsented() {
    // 13 clear days of 14; the rules accept short notice with the consent of 3 members, and 4 consent.
    NoticeRule rule = NoticeRule.clearDays(14).withShortNoticeConsent(QuorumRule.members(3));
    NoticeDecision n = rule.decide(Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 25)), roll(10), range(1, 4));
    assertTrue(n.sufficient());
    assertEquals("notice given 2026-06-25 for 2026-07-09: 13 clear days, 14 needed: short; "
        + "consent to short notice met: 3 members: 4 members present, 3 needed: met: sufficient", n.toString());
  }

  @Test
  void adjournment_explainsWaitingAdjourningAndProceeding() {
    AdjournmentRule rule = rules().adjournment().orElseThrow();
    QuorumDecision inquorate = QuorumRule.members(5).decide(Attendance.of(roll(20), START, range(1, 3)));
    assertEquals("inquorate after 29 minutes; waiting up to 30 minutes (5 members: 3 members present, 5 needed: not met)",
        rule.decide(inquorate, Duration.ofMinutes(29)).explain());
    AdjournmentDecision adjourned = rule.decide(inquorate, Duration.ofMinutes(30));
    assertEquals("inquorate after 30 minutes, the full 30: the meeting stands adjourned "
        + "(5 members: 3 members present, 5 needed: not met)", adjourned.explain());
    assertEquals(adjourned.explain(), adjourned.toString());
    QuorumDecision quorate = QuorumRule.members(2).decide(Attendance.of(roll(20), START, range(1, 3)));
    assertEquals("quorate: the meeting proceeds (2 members: 3 members present, 2 needed: met)",
        rule.decide(quorate, Duration.ofMinutes(45)).explain());
  }

  @Test
  void adjournmentRule_acceptsOneDayAndNoNoticeButRefusesLess() {
    // A long adjournment may start at 1 day, and needs no fresh notice by default (0 days).
    AdjournmentRule oneDay = AdjournmentRule.builder().waitFor(Duration.ofMinutes(15)).adjournedQuorum(QuorumRule.thosePresent())
        .longAdjournmentDays(1).build();
    assertEquals(0, oneDay.longAdjournmentNoticeDays());
    assertEquals(0, oneDay.noticeFor(START, START.plusDays(1)).clearDays());
    InvalidValueException days = assertThrows(InvalidValueException.class, () -> AdjournmentRule.builder()
        .waitFor(Duration.ofMinutes(15)).adjournedQuorum(QuorumRule.thosePresent()).longAdjournmentDays(0).build());
    assertEquals("long adjournment days (0) must be at least 1", days.getMessage());
    InvalidValueException notice = assertThrows(InvalidValueException.class, () -> AdjournmentRule.builder()
        .waitFor(Duration.ofMinutes(15)).adjournedQuorum(QuorumRule.thosePresent()).longAdjournmentNoticeDays(-1).build());
    assertEquals("notice days (-1) must not be negative", notice.getMessage());
  }

  @Test
  void meeting_saysWhetherItsClassIsMissingOrUnwanted() {
    InvalidValueException missing = assertThrows(InvalidValueException.class,
        () -> Meeting.of(MeetingKind.CLASS, START, LocalDate.of(2026, 6, 1)));
    assertEquals("a CLASS meeting needs its class, got Optional.empty", missing.getMessage());
    InvalidValueException unwanted = assertThrows(InvalidValueException.class, () -> Meeting.builder().kind(MeetingKind.GENERAL)
        .startsAt(START).noticeGivenOn(LocalDate.of(2026, 6, 1)).forClass(ClassId.of("staff")).build());
    assertEquals("a GENERAL meeting has no class, got Optional[staff]", unwanted.getMessage());
  }

  @Test
  void proxyRules_refuseNegativeDeadlines() {
    InvalidValueException lodging = assertThrows(InvalidValueException.class,
        () -> ProxyRules.builder().allowed(true).lodgingDeadline(Duration.ofHours(-1)).build());
    assertEquals("lodgingDeadline (PT-1H) must not be negative", lodging.getMessage());
    InvalidValueException revocation = assertThrows(InvalidValueException.class,
        () -> ProxyRules.builder().allowed(true).revocationDeadline(Duration.ofHours(-1)).build());
    assertEquals("revocationDeadline (PT-1H) must not be negative", revocation.getMessage());
    // A deadline of zero is the start of the meeting itself.
    assertTrue(ProxyRules.builder().allowed(true).lodgingDeadline(Duration.ZERO).build().allowed());
  }

  @Test
  void adjournedTwice_keepsTheFirstStart() {
    Meeting first = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 1));
    Meeting second = first.adjournedTo(START.plusDays(7), LocalDate.of(2026, 6, 1)).adjournedTo(START.plusDays(14), LocalDate.of(2026, 6, 1));
    assertEquals(Optional.of(START), second.adjournedFrom());
    assertEquals(START.plusDays(14), second.startsAt());
    assertTrue(second.isAdjourned());
    assertFalse(first.isAdjourned());
  }

  @Test
  void meeting_noticeOnTheDayItselfIsAllowed_andAnAdjournedMeetingMustResumeAfterItsStart() {
    assertEquals(START.toLocalDate(), Meeting.of(MeetingKind.GENERAL, START, START.toLocalDate()).noticeGivenOn());
    InvalidValueException after = assertThrows(InvalidValueException.class,
        () -> Meeting.of(MeetingKind.GENERAL, START, START.toLocalDate().plusDays(1)));
    assertEquals("notice given on 2026-07-10 is after the meeting on 2026-07-09", after.getMessage());
    Meeting m = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 1));
    InvalidValueException same = assertThrows(InvalidValueException.class, () -> m.adjournedTo(START, LocalDate.of(2026, 6, 1)));
    assertEquals("a meeting adjourned from 2026-07-09T18:30 must resume after it, not at 2026-07-09T18:30", same.getMessage());
    assertEquals(START.plusMinutes(1), m.adjournedTo(START.plusMinutes(1), LocalDate.of(2026, 6, 1)).startsAt());
    assertEquals("", m.title());
    Meeting classMeeting = Meeting.builder().kind(MeetingKind.CLASS).forClass(ClassId.of("staff")).startsAt(START)
        .noticeGivenOn(LocalDate.of(2026, 6, 1)).title("Staff").build();
    assertEquals(Optional.of(ClassId.of("staff")), classMeeting.forClass());
    assertFalse(classMeeting.kind().isGeneral());
    assertTrue(MeetingKind.GENERAL.isGeneral());
  }

  @Test
  void adjournment_withNoWaitAdjournsAtOnce_andANegativeWaitIsRefused() {
    AdjournmentRule atOnce = AdjournmentRule.builder().waitFor(Duration.ZERO).adjournedQuorum(QuorumRule.thosePresent()).build();
    QuorumDecision inquorate = QuorumRule.members(5).decide(Attendance.of(roll(20), START, range(1, 3)));
    AdjournmentDecision d = atOnce.decide(inquorate, Duration.ZERO);
    assertEquals(AdjournmentDecision.Status.ADJOURN, d.status());
    assertEquals(Duration.ZERO, d.waited());
    assertEquals(Duration.ZERO, d.waitFor());
    assertEquals(inquorate, d.quorum());
    InvalidValueException waited = assertThrows(InvalidValueException.class, () -> atOnce.decide(inquorate, Duration.ofMinutes(-1)));
    assertEquals("time waited (PT-1M) must not be negative", waited.getMessage());
    InvalidValueException waitFor = assertThrows(InvalidValueException.class, () -> AdjournmentRule.builder()
        .waitFor(Duration.ofMinutes(-1)).adjournedQuorum(QuorumRule.thosePresent()).build());
    assertEquals("waiting time (PT-1M) must not be negative", waitFor.getMessage());
  }

  @Test
  void adjournment_withoutALongAdjournmentRule_needsNoFreshNoticeHoweverLong() {
    AdjournmentRule rule = AdjournmentRule.builder().waitFor(Duration.ofMinutes(30)).adjournedQuorum(QuorumRule.thosePresent())
        .longAdjournmentNoticeDays(7).build();
    assertEquals(0, rule.noticeFor(START, START.plusDays(90)).clearDays());
  }

  @Test
  void notice_ofAnAdjournedMeeting_countsConsentsAgainstTheAdjournmentsNotice() {
    // Adjourned for 21 days (a long adjournment needs 7 clear days); fresh notice given 4 days before.
    Meeting resumed = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 1))
        .adjournedTo(START.plusDays(21), LocalDate.of(2026, 7, 26));
    MeetingRules withConsent = MeetingRules.builder().from(rules()).notice(NoticeRule.clearDays(14)
        .withShortNoticeConsent(QuorumRule.members(3))).build();
    NoticeDecision d = withConsent.notice(resumed, roll(10), range(1, 3));
    assertEquals(7, d.clearDaysNeeded());
    assertEquals(3, d.clearDaysGiven());
    assertFalse(d.sufficient());
    assertTrue(d.shortNoticeConsent().isEmpty());
    // A meeting as first called takes the rules' own notice, and its consent rule.
    Meeting first = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 7, 1));
    NoticeDecision firstCall = withConsent.notice(first, roll(10), range(1, 3));
    assertEquals(14, firstCall.clearDaysNeeded());
    assertTrue(firstCall.sufficient());
    assertTrue(firstCall.shortNoticeConsent().isPresent());
  }

  @Test
  void rulesWithoutAnAdjournmentRule_treatAnAdjournedMeetingLikeTheFirst() {
    MeetingRules plain = MeetingRules.builder().quorum(QuorumRule.members(5)).notice(NoticeRule.clearDays(14)).build();
    Meeting resumed = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 1))
        .adjournedTo(START.plusDays(3), LocalDate.of(2026, 6, 1));
    assertEquals(QuorumRule.members(5), plain.quorumRuleFor(resumed));
    assertEquals(14, plain.notice(resumed).clearDaysNeeded());
    assertFalse(plain.quorum(resumed, Attendance.of(roll(20), resumed.startsAt(), range(1, 3))).quorate());
    // Defaults: no notice needed, no proxies.
    MeetingRules bare = MeetingRules.builder().quorum(QuorumRule.members(5)).build();
    assertEquals(NoticeRule.clearDays(0), bare.notice());
    assertEquals(ProxyRules.notAllowed(), bare.proxies());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> plain.requisition(roll(5), range(1, 5)));
    assertEquals("these meeting rules give members no power to requisition a meeting", e.getMessage());
    InvalidValueException poll = assertThrows(InvalidValueException.class, () -> plain.pollDemand(roll(5), range(1, 5)));
    assertEquals("these meeting rules give members no power to demand a poll", poll.getMessage());
  }

  @Test
  void pollDemand_usesItsRuleAndSaysItsPurpose() {
    MeetingRules withPoll = MeetingRules.builder().from(rules()).pollDemand(QuorumRule.members(5)).build();
    QuorumDecision d = withPoll.pollDemand(roll(20), range(1, 5));
    assertTrue(d.quorate());
    assertEquals("demand for a poll", d.purpose());
    assertFalse(withPoll.pollDemand(roll(20), range(1, 4)).quorate());
  }

  @Test
  void noticeRule_refusesNegativeDaysAndShortNoticeWithoutAConsentRuleIsShort() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NoticeRule.clearDays(-1));
    assertEquals("clear days of notice (-1) must not be negative", e.getMessage());
    assertEquals(0, NoticeRule.clearDays(0).clearDays());
    Meeting short1 = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 25));
    NoticeDecision d = NoticeRule.clearDays(14).decide(short1, roll(10), range(1, 10));
    assertFalse(d.sufficient());
    assertTrue(d.shortNoticeConsent().isEmpty());
    assertEquals(LocalDate.of(2026, 6, 25), d.noticeGivenOn());
    assertEquals(START.toLocalDate(), d.meetingOn());
    // Notice given after the meeting's day counts no clear days, never fewer than none.
    assertEquals(0, NoticeRule.clearDaysBetween(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 1)));
  }

  @Test
  void notice_shortAndNotConsentedSaysSo() {
    NoticeRule rule = NoticeRule.clearDays(14).withShortNoticeConsent(QuorumRule.members(3));
    NoticeDecision n = rule.decide(Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 25)), roll(10), range(1, 2));
    assertFalse(n.sufficient());
    assertEquals("notice given 2026-06-25 for 2026-07-09: 13 clear days, 14 needed: short; "
        + "consent to short notice not met: 3 members: 2 members present, 3 needed: not met: not sufficient", n.explain());
  }

  @Test
  void proxyRules_defaultsFollowTheStatute() {
    ProxyRules allowed = ProxyRules.allowedWithoutLimit();
    assertTrue(allowed.allowed());
    assertTrue(allowed.countForQuorum());
    assertTrue(allowed.discretionaryAllowed());
    assertFalse(allowed.holderMustBeMember());
    assertEquals(ProxyRules.ShowOfHands.ONE_VOTE, allowed.showOfHands());
    assertTrue(allowed.maxPerHolder().isEmpty());
    assertFalse(ProxyRules.notAllowed().countForQuorum());
    assertEquals(1, ProxyRules.upToPerHolder(1).maxPerHolder().getAsInt());
    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> ProxyRules.upToPerHolder(0));
    assertEquals("most members per proxy holder (0) must be at least 1", zero.getMessage());
    assertEquals(Duration.ZERO, ProxyRules.builder().allowed(true).revocationDeadline(Duration.ZERO).build().revocationDeadline().orElseThrow());
  }

  @Test
  void votingMethod_onlyAShowOfHandsIsNotWeighedByTheRoll() {
    assertFalse(VotingMethod.SHOW_OF_HANDS.weighedByRoll());
    assertTrue(VotingMethod.POLL.weighedByRoll());
    assertTrue(VotingMethod.WRITTEN.weighedByRoll());
    assertTrue(VotingMethod.ELECTRONIC.weighedByRoll());
    assertEquals("on a show of hands", VotingMethod.SHOW_OF_HANDS.phrase());
    assertEquals("on a poll", VotingMethod.POLL.phrase());
    assertEquals("in writing", VotingMethod.WRITTEN.phrase());
    assertEquals("electronically", VotingMethod.ELECTRONIC.phrase());
  }
}
