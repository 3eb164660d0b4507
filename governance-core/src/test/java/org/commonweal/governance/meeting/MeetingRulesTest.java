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
}
