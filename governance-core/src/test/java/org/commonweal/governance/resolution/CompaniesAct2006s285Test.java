package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRoll;
import org.junit.jupiter.api.Test;

/**
 * Companies Act 2006 s.284(2) ("on a vote on a resolution on a show of hands at a meeting, every member
 * present in person has one vote") and s.285(1)-(2), (5) ("every proxy present who has been duly
 * appointed by one or more members entitled to vote on the resolution has one vote"; "a proxy has one
 * vote for and one vote against the resolution if (a) the proxy has been duly appointed by more than one
 * member entitled to vote on the resolution, and (b) the proxy has been instructed by one or more of
 * those members to vote for the resolution and by one or more other of those members to vote against
 * it"; subject to the articles), against a poll, where votes follow the shares (s.284(3)).
 */
class CompaniesAct2006s285Test {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);
  static final AgendaItem MOTION = AgendaItem.of("1", "Re-appoint the auditors");
  static final Person SMITH = Person.nonMember("P-1", "J. Smith");

  static ProxyAppointment discretionary(int member, Person holder) {
    return ProxyAppointment.of(m(member), holder, START.minusDays(3));
  }

  static ProxyAppointment instructed(int member, Person holder, Choice c) {
    return ProxyAppointment.builder().member(m(member)).holder(holder).lodgedAt(START.minusDays(3))
        .putInstructions(MOTION.id(), c).discretionary(false).build();
  }

  static Attendance attendance(VotingRoll roll, List<Integer> inPerson, List<ProxyAppointment> proxies, ProxyRules rules) {
    return Attendance.builder().roll(roll).startsAt(START).addAgenda(MOTION)
        .inPerson(inPerson.stream().map(i -> m(i)).toList()).proxies(proxies).proxyRules(rules).build();
  }

  /** A tally where each member present votes: in person, or by proxy with the holder recording {@code c}. */
  static Tally.Builder votes(Attendance a, VotingMethod method, List<Integer> forInPerson, List<Integer> againstInPerson,
      List<Integer> proxiesFor, List<Integer> proxiesAgainst) {
    Tally.Builder b = Tally.builder(a.roll()).attendance(a).matter(MOTION.id()).method(method);
    forInPerson.forEach(i -> b.vote(m(i), Choice.FOR));
    againstInPerson.forEach(i -> b.vote(m(i), Choice.AGAINST));
    proxiesFor.forEach(i -> b.proxyVote(m(i), Choice.FOR));
    proxiesAgainst.forEach(i -> b.proxyVote(m(i), Choice.AGAINST));
    return b;
  }

  @Test
  void s284_2_onAShowOfHands_eachMemberInPersonHasOneVote_whateverTheirShares() {
    // M-001 holds 100 shares and votes for; M-002 and M-003 hold one each and vote against.
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 1, 1);
    Attendance a = attendance(roll, List.of(1, 2, 3), List.of(), ProxyRules.allowedWithoutLimit());
    Resolution ordinary = Resolution.ordinary("Re-appoint the auditors");
    ResolutionOutcome hands = ordinary.decide(votes(a, VotingMethod.SHOW_OF_HANDS, List.of(1), List.of(2, 3), List.of(), List.of()).build());
    assertFalse(hands.passed());
    assertEquals(Fraction.of(1), hands.totals().orElseThrow().forVotes());
    assertEquals(Fraction.of(2), hands.totals().orElseThrow().againstVotes());
    ResolutionOutcome poll = ordinary.decide(votes(a, VotingMethod.POLL, List.of(1), List.of(2, 3), List.of(), List.of()).build());
    assertTrue(poll.passed());
    assertEquals(Fraction.of(100), poll.totals().orElseThrow().forVotes());
  }

  @Test
  void s285_1_aProxyAppointedByThreeMembers_hasOneVoteOnAShowOfHands() {
    // Five members of one share each. M-001 and M-002 attend and vote against; M-003..M-005 appoint
    // J. Smith, who votes for. Show of hands: 1 for, 2 against. Poll: 3 for, 2 against.
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(1, 1, 1, 1, 1);
    Attendance a = attendance(roll, List.of(1, 2),
        List.of(discretionary(3, SMITH), discretionary(4, SMITH), discretionary(5, SMITH)), ProxyRules.allowedWithoutLimit());
    Resolution ordinary = Resolution.ordinary("Re-appoint the auditors");
    ResolutionOutcome hands = ordinary.decide(votes(a, VotingMethod.SHOW_OF_HANDS, List.of(), List.of(1, 2), List.of(3, 4, 5), List.of()).build());
    assertFalse(hands.passed());
    assertEquals(Fraction.of(1), hands.totals().orElseThrow().forVotes());
    assertEquals(Optional.of(VotingMethod.SHOW_OF_HANDS), hands.method());
    assertTrue(hands.explain().contains("count on a show of hands: for 1, against 2, "), hands.explain());
    ResolutionOutcome poll = ordinary.decide(votes(a, VotingMethod.POLL, List.of(), List.of(1, 2), List.of(3, 4, 5), List.of()).build());
    assertTrue(poll.passed());
  }

  @Test
  void s285_2_proxyInstructedBothWays_hasOneVoteEachWay() {
    // M-003 instructs J. Smith for, M-004 against; M-001 votes for in person.
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(1, 1, 1, 1);
    Attendance a = attendance(roll, List.of(1),
        List.of(instructed(3, SMITH, Choice.FOR), instructed(4, SMITH, Choice.AGAINST)), ProxyRules.allowedWithoutLimit());
    Tally t = votes(a, VotingMethod.SHOW_OF_HANDS, List.of(1), List.of(), List.of(3), List.of(4)).build();
    assertEquals(Fraction.of(2), t.totals().forVotes());
    assertEquals(Fraction.of(1), t.totals().againstVotes());
  }

  @Test
  void s285_2_proxyInstructedOneWayByEveryAppointer_hasOneVote() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(1, 1, 1, 1);
    Attendance a = attendance(roll, List.of(),
        List.of(instructed(2, SMITH, Choice.FOR), instructed(3, SMITH, Choice.FOR), instructed(4, SMITH, Choice.FOR)),
        ProxyRules.allowedWithoutLimit());
    Tally t = votes(a, VotingMethod.SHOW_OF_HANDS, List.of(), List.of(), List.of(2, 3, 4), List.of()).build();
    assertEquals(Fraction.of(1), t.totals().forVotes());
    assertEquals(Fraction.ZERO, t.totals().againstVotes());
  }

  @Test
  void s285_2_proxyInstructedForAndUsingDiscretionAgainst_hasOneVoteAsInstructed() {
    // s.285(2) needs instructions both ways; with one instruction the holder's one vote follows it (s.324A).
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(1, 1, 1);
    Attendance a = attendance(roll, List.of(),
        List.of(instructed(2, SMITH, Choice.FOR), discretionary(3, SMITH)), ProxyRules.allowedWithoutLimit());
    Tally t = votes(a, VotingMethod.SHOW_OF_HANDS, List.of(), List.of(), List.of(2), List.of(3)).build();
    assertEquals(Fraction.of(1), t.totals().forVotes());
    assertEquals(Fraction.ZERO, t.totals().againstVotes());
  }

  @Test
  void showOfHands_aHolderVotingBothWaysAtDiscretionAlone_isRefused() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(1, 1, 1);
    Attendance a = attendance(roll, List.of(), List.of(discretionary(2, SMITH), discretionary(3, SMITH)),
        ProxyRules.allowedWithoutLimit());
    assertThrows(InvalidValueException.class,
        () -> votes(a, VotingMethod.SHOW_OF_HANDS, List.of(), List.of(), List.of(2), List.of(3)).build());
    // On a poll each appointer's votes count as the holder gives them.
    Tally poll = votes(a, VotingMethod.POLL, List.of(), List.of(), List.of(2), List.of(3)).build();
    assertEquals(Fraction.of(1), poll.totals().forVotes());
  }

  @Test
  void s284_2_and_s285_1_aMemberInPersonWhoAlsoHoldsProxies_hasOneVoteInEachCapacity() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(1, 1, 1, 1);
    Person one = Person.member(m(1));
    Attendance a = attendance(roll, List.of(1, 4), List.of(discretionary(2, one), discretionary(3, one)),
        ProxyRules.allowedWithoutLimit());
    Tally t = votes(a, VotingMethod.SHOW_OF_HANDS, List.of(1), List.of(4), List.of(2, 3), List.of()).build();
    assertEquals(Fraction.of(2), t.totals().forVotes());
    assertEquals(Fraction.of(1), t.totals().againstVotes());
  }

  @Test
  void s285_5_rulesGivingProxiesNoVoteOnAShowOfHands_orAVotePerAppointer() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(1, 1, 1, 1, 1);
    List<ProxyAppointment> three = List.of(discretionary(3, SMITH), discretionary(4, SMITH), discretionary(5, SMITH));
    ProxyRules none = ProxyRules.builder().allowed(true).showOfHands(ProxyRules.ShowOfHands.NO_VOTE).build();
    Tally noVote = votes(attendance(roll, List.of(1, 2), three, none), VotingMethod.SHOW_OF_HANDS, List.of(1), List.of(2),
        List.of(3, 4, 5), List.of()).build();
    assertEquals(Fraction.of(1), noVote.totals().forVotes());
    // The votes the proxy cast are not in the hands, and the outcome says so rather than list them silently.
    ResolutionOutcome o = Resolution.ordinary(MOTION.title()).decide(noVote);
    assertTrue(o.notes().contains("on a show of hands the proxy rules give proxies no vote: the votes cast by proxy for "
        + "M-003, M-004, M-005 are not in the hands"), o.notes().toString());
    ProxyRules each = ProxyRules.builder().allowed(true).showOfHands(ProxyRules.ShowOfHands.VOTE_PER_APPOINTER).build();
    Tally perAppointer = votes(attendance(roll, List.of(1, 2), three, each), VotingMethod.SHOW_OF_HANDS, List.of(1),
        List.of(2), List.of(3, 4, 5), List.of()).build();
    assertEquals(Fraction.of(4), perAppointer.totals().forVotes());
  }

  @Test
  void noWayGiven_isAPoll_andTheOutcomeSaysSo() {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(100, 1, 1);
    Attendance a = attendance(roll, List.of(1, 2, 3), List.of(), ProxyRules.allowedWithoutLimit());
    Tally.Builder b = Tally.builder(roll).attendance(a).matter(MOTION.id());
    b.vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).vote(m(3), Choice.AGAINST);
    Tally t = b.build();
    assertEquals(VotingMethod.POLL, t.method());
    ResolutionOutcome o = Resolution.ordinary("Re-appoint the auditors").decide(t);
    assertTrue(o.passed());
    // The issue's words: "When nothing says how the vote was taken, it is a poll ... The outcome says
    // which way the vote was taken."
    assertEquals(Optional.of(VotingMethod.POLL), o.method());
    // One share a vote: the weighed numbers are the condition's; the count gives the members.
    assertTrue(o.explain().contains("  [met] more than 1/2 of the votes cast: for 100 of 102 "), o.explain());
    assertTrue(o.explain().contains("  count on a poll: 1 member for, 2 against, 0 abstaining, 0 spoilt; "), o.explain());
    ResolutionOutcome stated = Resolution.ordinary("Re-appoint the auditors")
        .decide(votes(a, VotingMethod.POLL, List.of(1), List.of(2, 3), List.of(), List.of()).build());
    assertTrue(stated.explain().contains("  count on a poll: 1 member for, 2 against"), stated.explain());
  }
}
