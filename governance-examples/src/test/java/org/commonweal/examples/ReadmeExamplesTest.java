package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.AppointedSeats;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ConstrainedStv;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionMethod;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.SeatConstraint;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/** The code examples of the README, kept compiling and checked against what the README says they print. */
class ReadmeExamplesTest {

  @Test
  void registerExample_rejectsAnApplicantUnderAge() {
    ClassId residents = ClassId.of("residents");
    MembershipRules rules = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(residents, "Residents",
            Eligibility.residentIn("the area of benefit").and(Eligibility.minimumAge(16))));

    Application sam = Application.of(MemberId.of("M-0042"), "Sam Reid", residents,
        Facts.builder().dateOfBirth(LocalDate.of(2011, 3, 2)).addAreasOfResidence("the area of benefit").build());
    Outcome<Register> admitted = Register.empty(rules).admit(sam, LocalDate.of(2026, 9, 1));

    assertTrue(admitted.isRejected());
    assertEquals("NOT_ELIGIBLE", admitted.rejection().code());
    // Born 2 March 2011, Sam is 15 on 1 September 2026.
    assertTrue(
        admitted.rejection().message().contains("needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15"),
        admitted.rejection().message());
  }

  @Test
  void quorumExample_fiveOfElevenIsNotHalf() {
    List<MemberId> members = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      members.add(MemberId.of(String.format("M-%03d", i)));
    }
    LocalDate recordDate = LocalDate.of(2026, 6, 1);
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(recordDate, members));
    LocalDateTime startsAt = LocalDateTime.of(2026, 6, 18, 19, 0);
    List<MemberId> membersPresent = members.subList(0, 5);

    QuorumRule quorum = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));
    QuorumDecision q = quorum.decide(Attendance.of(roll, startsAt, membersPresent));

    assertFalse(q.quorate());
    // Half of 11 members is 5.5, so 6 people are needed; 5 came.
    assertTrue(q.explain().contains("decided by 1/2 of the members (of 11): 5 members present, 6 needed: not met"), q.explain());
  }

  @Test
  void resolutionExample_oneForOneAgainstFailsASpecialResolution() {
    VotingRoll roll =
        VotingRules.oneMemberOneVote()
            .roll(Electorate.ofMembers(LocalDate.of(2026, 6, 1), List.of(MemberId.of("M-001"), MemberId.of("M-002"))));
    Tally tally = Tally.builder(roll)
        .vote(MemberId.of("M-001"), Choice.FOR)
        .vote(MemberId.of("M-002"), Choice.AGAINST)
        .build();
    ResolutionOutcome o = Resolution.special("Adopt the revised articles")
        .withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast()))
        .decide(tally);
    // One vote of two is 1/2, short of the special resolution's 3/4.
    assertFalse(o.passed());
    assertTrue(o.explain().contains("at least 3/4 of the votes cast"), o.explain());
  }

  @Test
  void countingExample_electsBobByInstantRunoff() {
    Candidate alice = Candidate.of("Alice");
    Candidate bob = Candidate.of("Bob");
    Candidate carol = Candidate.of("Carol");
    Election election = Election.builder()
        .title("Board election 2026")
        .addCandidates(alice, bob, carol)
        .addBallots(RankedBallot.of(40, alice, bob), RankedBallot.of(25, carol, bob), RankedBallot.of(30, bob))
        .build();
    ElectionResult result = ElectionMethods.instantRunoff().count(election, TieBreaker.seeded(2026));
    // First preferences: Alice 40, Bob 30, Carol 25 of 95; Carol is excluded and her 25 go to Bob (55).
    assertEquals(List.of(bob), result.elected());
    assertEquals(2, result.report().stages().size());
    assertTrue(result.report().ties().isEmpty());
    assertTrue(result.report().conservationErrors().isEmpty());
  }

  /** The members M-001 to M-011 of the quorum and resolution examples, one vote each. */
  private static VotingRoll elevenMembers() {
    List<MemberId> members = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      members.add(MemberId.of(String.format("M-%03d", i)));
    }
    return VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(LocalDate.of(2026, 6, 1), members));
  }

  private static final AgendaItem ARTICLES = AgendaItem.of("2", "Adopt the revised articles");

  /** M-001 to M-005 in person; M-006 appoints M-001 proxy, instructed to vote for the articles. */
  private static Attendance attendanceWithAProxy(VotingRoll roll) {
    LocalDateTime startsAt = LocalDateTime.of(2026, 6, 18, 19, 0);
    List<MemberId> membersPresent = new ArrayList<>(roll.voters()).subList(0, 5);
    AgendaItem articles = ARTICLES;
    Attendance attendance = Attendance.builder().roll(roll).startsAt(startsAt).addAgenda(articles)
        .inPerson(membersPresent)
        .addProxies(ProxyAppointment.builder().member(MemberId.of("M-006"))
            .holder(Person.member(MemberId.of("M-001"))).lodgedAt(startsAt.minusDays(2))
            .putInstructions(articles.id(), Choice.FOR).build())
        .proxyRules(ProxyRules.upToPerHolder(5))
        .build();
    return attendance;
  }

  @Test
  void quorumExampleWithAProxy_fivePresentAndOneByProxyAreHalf() {
    Attendance attendance = attendanceWithAProxy(elevenMembers());
    QuorumRule quorum = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));
    QuorumDecision q = quorum.decide(attendance);

    assertTrue(q.quorate());
    // 5 in person and 1 by proxy are 6 members of 11; M-001 is one person in both capacities.
    assertEquals("quorum: met under the greater of (2 members) and (1/2 of the members) (6 of 11 members counted)\n"
        + "  decided by 1/2 of the members (of 11): 6 members present, 6 needed: met\n", q.explain().lines()
            .limit(2).map(l -> l + "\n").reduce("", String::concat));
    assertEquals(5, attendance.persons());
  }

  @Test
  void resolutionExampleOnAShowOfHands_theProxyVotesAsInstructed() {
    VotingRoll roll = elevenMembers();
    Attendance attendance = attendanceWithAProxy(roll);
    Tally tally = Tally.builder(roll).attendance(attendance).matter(ARTICLES.id())
        .method(VotingMethod.SHOW_OF_HANDS)
        .vote(MemberId.of("M-001"), Choice.FOR)
        .vote(MemberId.of("M-002"), Choice.FOR)
        .vote(MemberId.of("M-003"), Choice.FOR)
        .vote(MemberId.of("M-004"), Choice.AGAINST)
        .vote(MemberId.of("M-005"), Choice.FOR)
        .proxyVote(MemberId.of("M-006"), Choice.AGAINST)   // instructed for: counted for
        .build();
    ResolutionOutcome o = Resolution.special(ARTICLES.title()).decide(tally);

    assertTrue(o.passed());
    // Hands: M-001, M-002, M-003, M-005 and M-001 again as proxy for; M-004 against: 5 of 6 is 83.3%.
    assertEquals("Special resolution \"Adopt the revised articles\": PASSED\n"
        + "  [met] at least 3/4 of the votes cast: for 5 of 6 (83.3%); needed at least 5: met\n"
        + "  count on a show of hands: for 5, against 1, abstain 0, spoilt 0 (hands: one a member in person, one a proxy or one each way)\n"
        + "  cast for members: M-006: for (by proxy)\n"
        + "  note: proxy for M-006 recorded against but was instructed for: counted as instructed\n", o.explain());
  }

  @Test
  void boardExample_theStaffLimitActsInsideTheCount() {
    Candidate ann = Candidate.of("Ann"), bob = Candidate.of("Bob"), cat = Candidate.of("Cat"), dan = Candidate.of("Dan");
    Election election = Election.of(List.of(ann, bob, cat, dan), 2, List.of(
        RankedBallot.builder().count(40).rank(ann).build(),
        RankedBallot.builder().count(35).rank(bob).rank(cat).build(),
        RankedBallot.builder().count(15).rank(cat).build(),
        RankedBallot.builder().count(10).rank(dan).build()));
    // Ann and Bob are paid staff: at most one of them may take a seat.
    ElectionMethod method = ConstrainedStv.of(StvMethods.scottish(),
        List.of(SeatConstraint.atMost("staff", 1, List.of(ann, bob))));
    ElectionResult result = method.count(election, TieBreaker.seeded(2026));

    assertEquals(List.of(ann, cat), result.elected());
    assertTrue(result.report().stages().get(0).notes().contains(
        "Bob is doomed (no conforming outcome still possible elects them) by [staff: at most 1]: excluded at once."),
        result.report().stages().get(0).notes()::toString);

    ClassId parents = ClassId.of("parents");
    BoardRules rules = BoardRules.builder().minSize(7).maxSize(12)
        .addReserved(new ReservedSeats(parents, 2)).generalSeats(3)
        .addAppointed(new AppointedSeats("Local authority", 1)).addExOfficio("Head teacher")
        .maxCoopted(2).coOptedVote(false)
        .addLimits(CompositionLimit.atMost("paid staff", Group.attribute("staff"), Fraction.of(1, 3)),
            CompositionLimit.majority("residents", Group.attribute("resident")))
        .build();

    assertEquals(5, rules.electedSeats());
    assertEquals(7, rules.fixedSeats());
    // Of a board of 10, paid staff may hold 3 seats (a third, rounded down); residents need 6.
    assertEquals(3, rules.limits().get(0).maxSeats(10));
    assertEquals(6, rules.limits().get(1).minSeats(10));
  }
}
