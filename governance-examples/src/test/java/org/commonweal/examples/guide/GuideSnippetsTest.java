package org.commonweal.examples.guide;

import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.constitution.ViolationCode;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.constitution.Profiles;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Change;
import org.commonweal.governance.constitution.Amendment;
import java.util.LinkedHashMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.commonweal.governance.analysis.ClassPower;
import org.commonweal.governance.analysis.WeightedGame;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRejectionCode;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareLimits;
import org.commonweal.governance.shares.ShareRejectionCode;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/**
 * The snippets of the user guide ({@code docs/guide.md}), each between {@code tag::name[]} and {@code
 * end::name[]} comments, compiled and run by the build; {@link GuideSnippetsInDocsTest} holds the guide
 * to the text between the markers. Each snippet asserts what the guide says it shows, with figures
 * worked by hand in the comments.
 */
class GuideSnippetsTest {
  private static final LocalDate RECORD_DATE = LocalDate.of(2026, 6, 1);

  private static List<MemberId> members(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> MemberId.of(String.format("M-%03d", i))).toList();
  }

  @Test
  void firstQuorum_sixOfTenAreQuorate() {
    // tag::first-quorum[]
    List<MemberId> everyone = members(1, 10);                  // M-001 to M-010, one vote each
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RECORD_DATE, everyone));
    QuorumRule quorum = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));

    LocalDateTime start = LocalDateTime.of(2026, 6, 18, 19, 0);
    QuorumDecision fourCame = quorum.decide(Attendance.of(roll, start, everyone.subList(0, 4)));
    QuorumDecision sixCame = quorum.decide(Attendance.of(roll, start, everyone.subList(0, 6)));

    assertFalse(fourCame.quorate());                           // half of 10 is 5: 4 are too few
    assertTrue(sixCame.quorate());
    assertTrue(sixCame.explain().contains("6 members present, 5 needed: met"));
    // end::first-quorum[]
  }

  @Test
  void firstCount_electsBobByInstantRunoff() {
    // tag::first-count[]
    Candidate alice = Candidate.of("Alice");
    Candidate bob = Candidate.of("Bob");
    Candidate carol = Candidate.of("Carol");
    Election election = Election.builder()
        .title("Board election 2026")
        .addCandidates(alice, bob, carol)                      // ballot-paper order
        .addBallots(
            RankedBallot.of(40, alice, bob),                   // 40 papers: Alice, then Bob
            RankedBallot.of(25, carol, bob),
            RankedBallot.of(30, bob))
        .build();

    ElectionResult result = ElectionMethods.instantRunoff().count(election, TieBreaker.seeded(2026));

    // Round 1: Alice 40, Bob 30, Carol 25 of 95, no majority; Carol is excluded and her 25 go to Bob.
    // Round 2: Bob 55 of 95, a majority.
    assertEquals(List.of(bob), result.elected());
    assertEquals(2, result.report().stages().size());
    assertEquals(Fraction.of(55), result.report().stages().get(1).totals().get(bob));
    assertTrue(result.report().conservationErrors().isEmpty());   // every paper accounted for
    // end::first-count[]
  }

  @Test
  void stakeholderClasses_admitAWorkerAndRefuseAnApplicantUnderSixteen() {
    // tag::stakeholder-classes[]
    ClassId workers = ClassId.of("workers");
    ClassId users = ClassId.of("users");
    MembershipRules rules = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(workers, "Workers", Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8))),
        StakeholderClass.of(users, "Users", Eligibility.minimumAge(16)));

    LocalDate joined = LocalDate.of(2026, 9, 1);
    Application ana = Application.of(MemberId.of("M-001"), "Ana Costa", workers,
        Facts.builder().dateOfBirth(LocalDate.of(1990, 4, 12)).weeklyHours(Fraction.of(30)).build());
    Application ben = Application.of(MemberId.of("M-002"), "Ben Hale", users,
        Facts.builder().dateOfBirth(LocalDate.of(2011, 3, 2)).build());

    Register register = Register.empty(rules).admit(ana, joined).orElseThrow();
    Outcome<Register> refused = register.admit(ben, joined);

    assertEquals(1, register.members().size());
    assertTrue(MembershipRejectionCode.NOT_ELIGIBLE.matches(refused));   // Ben is 15 on 1 September 2026
    assertTrue(refused.rejection().message().contains("needs age 16 on 2026-09-01"));
    // end::stakeholder-classes[]
  }

  @Test
  void shares_theStatutoryCapRefusesTheShareOverGbp100000() {
    ClassId members = ClassId.of("members");
    MembershipRules rules = MembershipRules.of(ClassPolicy.ONE_CLASS,
        StakeholderClass.of(members, "Members", Eligibility.always()));
    Application application = Application.of(MemberId.of("M-001"), "Ana Costa", members, Facts.none());
    Register register = Register.empty(rules);
    LocalDate date = LocalDate.of(2026, 9, 1);
    // tag::shares[]
    ShareClass ordinary = ShareClass.builder()
        .id(ShareClassId.of("ordinary"))
        .name("Ordinary share")
        .parValue(Money.ofMajor(1, Currency.getInstance("GBP")))
        .withdrawable(true).transferable(false).voting(true)
        .addHolders(members)
        .limits(ShareLimits.builder().toBeMember(1).build())   // one share makes a member
        .build();
    ShareLedger ledger = ShareLedger.of(register, List.of(ordinary), StatutoryCap.ukRegisteredSociety());

    ledger = ledger.admit(application, ordinary.id(), 1, date).orElseThrow();        // member and share together
    ledger = ledger.issue(MemberId.of("M-001"), ordinary.id(), 99_999, date).orElseThrow();
    // GBP 100,000 of withdrawable shares is the most an individual may hold (CCBS Act 2014 s.24).
    Outcome<ShareLedger> oneMore = ledger.issue(MemberId.of("M-001"), ordinary.id(), 1, date);

    assertTrue(ShareRejectionCode.OVER_STATUTORY_CAP.matches(oneMore));
    assertEquals(100_000, ledger.held(MemberId.of("M-001"), ordinary.id()));   // the ledger is as it was
    // end::shares[]
  }

  @Test
  void votingRights_fixedClassSharesOutweighHeadcount() {
    // tag::voting-rights[]
    ClassId workers = ClassId.of("workers");
    ClassId users = ClassId.of("users");
    // Somerset Rules: each class holds a fixed share of the vote, whatever its number of members.
    VotingRules rules = VotingRules.builder()
        .classShares(ClassShares.of(Map.of(workers, Fraction.of(1, 2), users, Fraction.of(1, 2)),
            ClassShares.Absent.LAPSE))
        .build();
    List<Elector> electors = new ArrayList<>();
    members(1, 4).forEach(m -> electors.add(Elector.of(m, workers)));    // 4 workers
    members(5, 24).forEach(m -> electors.add(Elector.of(m, users)));     // 20 users
    VotingRoll roll = rules.roll(Electorate.of(RECORD_DATE, electors));

    assertEquals(Fraction.of(1, 8), roll.votesOf(MemberId.of("M-001")));    // 1/2 shared by 4
    assertEquals(Fraction.of(1, 40), roll.votesOf(MemberId.of("M-005")));   // 1/2 shared by 20
    // end::voting-rights[]
  }

  @Test
  void quorum_fairSharesTieredQuorum() {
    // tag::quorum[]
    // FairShares Model: half the members (at least 3) below 10 members, 2/5 up to 50, then a flat 20.
    QuorumRule quorum = QuorumRule.tiered()
        .upTo(9, QuorumRule.greaterOf(QuorumRule.fractionOfMembers(Fraction.ONE_HALF), QuorumRule.members(3)))
        .upTo(50, QuorumRule.fractionOfMembers(Fraction.of(2, 5)))
        .otherwise(QuorumRule.members(20));

    List<MemberId> thirty = members(1, 30);
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RECORD_DATE, thirty));
    LocalDateTime start = LocalDateTime.of(2026, 6, 18, 19, 0);

    assertFalse(quorum.decide(Attendance.of(roll, start, thirty.subList(0, 11))).quorate());   // 2/5 of 30 is 12
    assertTrue(quorum.decide(Attendance.of(roll, start, thirty.subList(0, 12))).quorate());
    // end::quorum[]
  }

  @Test
  void resolutions_sevenForThreeAgainstPassesAnOrdinaryButNotASpecialResolution() {
    // tag::resolutions[]
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RECORD_DATE, members(1, 12)));
    Tally.Builder votes = Tally.builder(roll);
    members(1, 7).forEach(m -> votes.vote(m, Choice.FOR));
    members(8, 10).forEach(m -> votes.vote(m, Choice.AGAINST));
    members(11, 12).forEach(m -> votes.vote(m, Choice.ABSTAIN));      // not votes cast
    Tally tally = votes.build();

    ResolutionOutcome ordinary = Resolution.ordinary("Open a second shop").decide(tally);
    ResolutionOutcome special = Resolution.special("Amend the rules").decide(tally);

    assertTrue(ordinary.passed());                      // 7 of 10 votes cast: more than half
    assertFalse(special.passed());                      // 7 of 10: short of three quarters
    assertTrue(special.explain().contains("at least 3/4 of the votes cast"));
    // end::resolutions[]
  }

  @Test
  void elections_scottishStvFromABltFile() {
    // tag::elections[]
    String blt = """
        3 2
        60 1 2 0
        30 2 0
        10 3 0
        0
        "Ann"
        "Ben"
        "Cal"
        "Two seats on the board"
        """;
    Election ward = Blt.parse(blt);
    ElectionResult result = StvMethods.scottish().count(ward, TieBreaker.seeded(2026));

    // Quota floor(100 / 3) + 1 = 34. Ann's surplus of 26 moves at 26/60 = 0.43333 (five places, truncated):
    // Ben receives 60 x 0.43333 = 25.99980 and reaches 55.99980; 0.00020 is lost to rounding.
    assertEquals(List.of("Ann", "Ben"), result.elected().stream().map(Candidate::name).toList());
    assertEquals(Fraction.of(34), result.quota().orElseThrow());
    assertEquals(Fraction.of(5_599_980, 100_000), result.report().stages().get(1).totals().get(ward.candidates().get(1)));
    // end::elections[]
  }

  @Test
  void boards_tableARetiresTheNumberNearestOneThird() {
    // tag::boards[]
    // Table A regs. 73-74: at each annual meeting after the first, the number nearest one third retire.
    RotationRule rotation = RotationRule.tableA();

    assertEquals(1, rotation.numberDue(4));     // 4/3 is nearer 1 than 2
    assertEquals(2, rotation.numberDue(5));     // 5/3 is nearer 2
    assertEquals(3, rotation.numberDue(9));
    assertEquals(1, rotation.numberDue(1));     // a lone director subject to rotation retires
    // end::boards[]
  }

  @Test
  void analysis_luxembourgHadNoPowerInTheEecCouncilOf1958() {
    // tag::analysis[]
    // EEC Council of Ministers, 1958: France, Germany, Italy 4 votes; Belgium, Netherlands 2; Luxembourg 1;
    // 12 of 17 votes to pass.
    WeightedGame eec = WeightedGame.of(12, 4, 4, 4, 2, 2, 1);
    List<ClassPower> power = eec.power();              // one entry per member, in the order given
    ClassPower france = power.get(0);
    ClassPower luxembourg = power.get(5);

    assertEquals(Fraction.of(7, 30), france.shapleyShubik());   // 14 of the 60 orders of six members
    assertTrue(luxembourg.isDummy());                           // its vote never changes an outcome
    assertEquals(Fraction.ZERO, luxembourg.shapleyShubik());
    // end::analysis[]
  }

  @Test
  void constitutions_aProfileItsEntrenchmentAndAViolation() {
    // tag::constitutions[]
    // A worker co-operative from the Co-operatives UK model articles, with 5 elected directors.
    Constitution bakers = Profiles.workerCooperative("Northside Bakers", LocalDate.of(2026, 4, 1), 5);
    assertTrue(bakers.validate().isValid());

    // Its purpose is entrenched "100% to change": the amendment needs every member, by heads.
    Amendment purpose = Amendment.of("New objects", new Change.Purpose("To bake and to teach baking"));
    Procedure needed = bakers.requirementFor(purpose).orElseThrow();
    assertEquals(Resolution.Kind.UNANIMOUS, ((Procedure.AtMeeting) needed).resolution().kind());

    // A company whose special resolution needs only two thirds breaks CA 2006 s.283.
    Map<Matter, Procedure> table = new LinkedHashMap<>(bakers.matters());
    table.put(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.builder().title("Amend the articles")
        .kind(Resolution.Kind.SPECIAL).addConditions(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST)).build()));
    Constitution weaker = Constitution.builder().from(bakers).matters(table).build();
    assertEquals(List.of(ViolationCode.SPECIAL_RESOLUTION_BELOW_75),
        weaker.validate().violations().stream().map(Violation::code).toList());
    // end::constitutions[]
  }
}
