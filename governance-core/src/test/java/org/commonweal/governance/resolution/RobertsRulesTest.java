package org.commonweal.governance.resolution;

import org.commonweal.governance.meeting.Person;
import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.RollFixtures;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-reference.md, "Elsewhere", Robert's Rules of Order: a majority is more than half of the votes cast by
 * those entitled, blanks and abstentions ignored; two thirds to close debate or amend the bylaws; the
 * default quorum is a majority of the membership; proxies only where the bylaws allow.
 */
class RobertsRulesTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 10, 1, 19, 0);

  @Test
  void majority_isMoreThanHalfOfVotesCastByThoseEntitled_blanksAndAbstentionsIgnored() {
    // 10 for, 9 against, 30 abstaining, 4 blank: carried. A vote by a non-member does not count.
    Tally t = Tally.builder(roll(60)).addAll(tally(roll(60), 10, 9, 30, 4).recorded()).vote(RollFixtures.m(99), Choice.AGAINST).build();
    ResolutionOutcome o = Resolution.ordinary("Adopt the report").decide(t);
    assertTrue(o.passed());
    assertEquals(Fraction.of(19), o.conditions().get(0).base());
    assertEquals("NOT_ON_ROLL", o.rejectedVotes().values().iterator().next().code());
  }

  @Test
  void twoThirds_toCloseDebateOrAmendTheBylaws() {
    Resolution previousQuestion = Resolution.builder().title("Close debate")
        .addConditions(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST)).build();
    assertTrue(previousQuestion.decide(tally(roll(50), 20, 10, 5, 0)).passed());
    assertFalse(previousQuestion.decide(tally(roll(50), 19, 10, 5, 0)).passed());
  }

  @Test
  void defaultQuorum_isAMajorityOfTheMembership() {
    // 40 members: more than 20.
    assertFalse(QuorumRule.majorityOfMembers().decide(Attendance.of(roll(40), START, roll(20).voters())).quorate());
    assertTrue(QuorumRule.majorityOfMembers().decide(Attendance.of(roll(40), START, roll(21).voters())).quorate());
  }

  @Test
  void proxies_onlyWhereTheBylawsAllow() {
    ProxyAppointment p = ProxyAppointment.of(m(2), Person.member(m(1)), START.minusDays(1));
    Attendance noBylaw = Attendance.builder().roll(roll(3)).startsAt(START).addInPerson(m(1)).addProxies(p).build();
    assertEquals("PROXIES_NOT_ALLOWED", noBylaw.refusedProxies().get(p).code());
    Attendance bylaw = Attendance.builder().from(noBylaw).proxyRules(ProxyRules.allowedWithoutLimit()).build();
    assertEquals(List.of(m(1), m(2)), List.copyOf(bylaw.present()));
  }

  @Test
  void tie_isLost() {
    assertFalse(Resolution.ordinary("Adopt the report").withTieRule(TieRule.lost()).decide(tally(roll(10), 4, 4, 2, 0)).passed());
  }
}
