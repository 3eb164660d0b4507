package org.commonweal.governance.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.MalformedInputException;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.BoardDomain;
import org.commonweal.governance.board.BoardResult;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.BoardSeat;
import org.commonweal.governance.election.BallotRules;
import org.commonweal.governance.election.Blt;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionDomain;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.MeetingDomain;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MembershipRejectionCode;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.RegisterOp;
import org.commonweal.governance.resolution.ResolutionDomain;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareLedgerOp;
import org.commonweal.governance.shares.ShareRejectionCode;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingDomain;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;

/**
 * The test kit keeps its word: every valid arbitrary of {@link TestKit} builds values that the library
 * accepts, and every broken one is refused with the documented error or rejection code, leaving its
 * input as it was.
 */
class KitProperties {

  private static final Set<String> MEMBERSHIP_CODES =
      Stream.of(MembershipRejectionCode.values()).map(MembershipRejectionCode::code).collect(Collectors.toSet());
  private static final Set<String> LEDGER_CODES = Stream.concat(
          MEMBERSHIP_CODES.stream(), Stream.of(ShareRejectionCode.values()).map(ShareRejectionCode::code))
      .collect(Collectors.toSet());

  // --- registers ---------------------------------------------------------------------------------

  @Provide
  Arbitrary<Register> registers() {
    return TestKit.registers();
  }

  @Provide
  Arbitrary<RegisterOp.Scenario> registerScenarios() {
    return TestKit.registerScenarios();
  }

  @Provide
  Arbitrary<RegisterOp.Invalid> invalidRegisterOperations() {
    return TestKit.invalidRegisterOperations();
  }

  @Provide
  Arbitrary<MembershipRules> membershipRules() {
    return TestKit.membershipRules();
  }

  @Property(tries = 100)
  void membershipRules_startAnEmptyRegister_withTheRestrictedClass(@ForAll("membershipRules") MembershipRules rules) {
    Register r = Register.empty(rules);
    assertEquals(0, r.size());
    assertTrue(rules.classIds().contains(ClassId.of("restricted")), rules::toString);
  }

  @Property(tries = 100)
  void registers_areAcceptedWhenBuiltAgainFromTheirParts(@ForAll("registers") Register r) {
    Register again = Register.of(r.rules(), r.members());
    assertEquals(r, again);
    assertEquals(r.members().size(), again.size());
  }

  @Property(tries = 100)
  void registerScenarios_areAnsweredWithAValueOrAKnownCode(@ForAll("registerScenarios") RegisterOp.Scenario s) {
    Register r = Register.empty(s.rules());
    int admitted = 0;
    for (RegisterOp.Admit a : s.admissions()) {
      Outcome<Register> o = a.apply(r);
      admitted += o.isAccepted() ? 1 : 0;
      r = answered(o, r, MEMBERSHIP_CODES);
    }
    assertEquals(admitted, r.size());
    for (RegisterOp op : s.ops()) {
      r = answered(op.apply(r), r, MEMBERSHIP_CODES);
    }
    Statistics.label("admissions accepted").collect(admitted > 0);
  }

  @Property(tries = 100)
  void invalidRegisterOperations_areRejectedWithTheirCode_andChangeNothing(
      @ForAll("invalidRegisterOperations") RegisterOp.Invalid invalid) {
    Register before = Register.of(invalid.register().rules(), invalid.register().members());
    Outcome<Register> o = invalid.op().apply(invalid.register());
    assertTrue(o.isRejected(), () -> invalid.op() + " was accepted");
    assertEquals(invalid.expected().code(), o.rejection().code(), o.rejection()::message);
    assertEquals(before, invalid.register());
  }

  // --- share ledgers -----------------------------------------------------------------------------

  @Provide
  Arbitrary<ShareLedgerOp.Scenario> ledgerScenarios() {
    return TestKit.ledgerScenarios();
  }

  @Provide
  Arbitrary<ShareLedgerOp.Invalid> invalidLedgerOperations() {
    return TestKit.invalidLedgerOperations();
  }

  @Provide
  Arbitrary<ShareLedger> emptyLedgers() {
    return TestKit.emptyLedgers();
  }

  @Provide
  Arbitrary<ShareClass> shareClasses() {
    return TestKit.shareClasses();
  }

  @Property(tries = 100)
  void shareClasses_areAcceptedByTheirBuilder(@ForAll("shareClasses") ShareClass c) {
    assertEquals(c, ShareClass.builder().from(c).build());
    assertTrue(c.parValue().minorUnits() >= 1 && !c.holders().isEmpty());
  }

  @Property(tries = 50)
  void emptyLedgers_holdNothing_andAreAcceptedAgain(@ForAll("emptyLedgers") ShareLedger l) {
    assertTrue(l.holdings().isEmpty());
    assertEquals(0, l.register().size());
    ShareLedger again = ShareLedger.of(l.register(), l.shareClasses(), l.statutoryCap());
    assertEquals(l, again);
  }

  @Property(tries = 60)
  void ledgerScenarios_areAnsweredWithAValueOrAKnownCode(@ForAll("ledgerScenarios") ShareLedgerOp.Scenario s) {
    ShareLedger l = s.admitAll(s.admissions());
    assertEquals(s.admissions().size(), l.register().size(), "every generated admission is one the ledger accepts");
    for (ShareLedgerOp op : s.ops()) {
      l = answered(op.apply(l), l, LEDGER_CODES);
    }
  }

  @Property(tries = 100)
  void invalidLedgerOperations_areRejectedWithTheirCode_andChangeNothing(
      @ForAll("invalidLedgerOperations") ShareLedgerOp.Invalid invalid) {
    List<?> holdings = invalid.ledger().holdings();
    int transactions = invalid.ledger().transactions().size();
    Outcome<ShareLedger> o = invalid.op().apply(invalid.ledger());
    assertTrue(o.isRejected(), () -> invalid.op() + " was accepted");
    assertEquals(invalid.expected(), o.rejection().code(), o.rejection()::message);
    assertEquals(holdings, invalid.ledger().holdings());
    assertEquals(transactions, invalid.ledger().transactions().size());
  }

  /** The new value of an accepted change, or the old one after a rejection whose code is known. */
  private static <T> T answered(Outcome<T> o, T before, Set<String> codes) {
    if (o.isAccepted()) {
      return o.orElseThrow();
    }
    assertTrue(codes.contains(o.rejection().code()), o.rejection().code());
    return before;
  }

  // --- voting rolls, meetings, resolutions --------------------------------------------------------

  @Provide
  Arbitrary<VotingRoll> rolls() {
    return TestKit.votingRolls();
  }

  @Provide
  Arbitrary<QuorumRule> quorumRules() {
    return TestKit.quorumRules();
  }

  @Provide
  Arbitrary<Attendance> attendances() {
    return TestKit.attendances();
  }

  @Provide
  Arbitrary<Threshold> thresholds() {
    return TestKit.thresholds();
  }

  @Provide
  Arbitrary<ResolutionDomain.Poll> polls() {
    return TestKit.polls();
  }

  @Provide
  Arbitrary<VotingRules> votingRules() {
    return TestKit.votingRules();
  }

  @Provide
  Arbitrary<Electorate> electorates() {
    return TestKit.electorates();
  }

  @Provide
  Arbitrary<ProxyRules> proxyRules() {
    return TestKit.proxyRules();
  }

  @Property(tries = 100)
  void votingRules_makeARollOfEveryElectorate(@ForAll("votingRules") VotingRules rules, @ForAll("electorates") Electorate e) {
    VotingRoll roll = rules.roll(e);
    assertEquals(e.byMember().keySet(), roll.rights().keySet());
    assertEquals(e, roll.electorate());
  }

  @Property(tries = 100)
  void proxyRules_areAcceptedByTheirBuilder(@ForAll("proxyRules") ProxyRules p) {
    assertEquals(p, ProxyRules.builder().from(p).build());
  }

  @Property(tries = 100)
  void votingRolls_giveEveryElectorARight(@ForAll("rolls") VotingRoll roll) {
    assertEquals(roll.electorate().byMember().keySet(), roll.rights().keySet());
  }

  @Provide
  Arbitrary<VotingDomain.BrokenRules> brokenVotingRules() {
    return TestKit.brokenVotingRules();
  }

  @Property(tries = 100)
  void brokenVotingRules_areRefused_namingTheField(@ForAll("brokenVotingRules") VotingDomain.BrokenRules broken) {
    InvalidValueException e = assertThrows(InvalidValueException.class, broken::build, broken.defect()::toString);
    assertEquals(broken.defect().field(), e.field(), () -> broken.defect() + ": " + e.getMessage());
  }

  @Provide
  Arbitrary<MeetingDomain.BrokenQuorumRule> brokenQuorumRules() {
    return TestKit.brokenQuorumRules();
  }

  @Property(tries = 100)
  void brokenQuorumRules_areRefused_namingTheField(@ForAll("brokenQuorumRules") MeetingDomain.BrokenQuorumRule broken) {
    InvalidValueException e = assertThrows(InvalidValueException.class, broken::build, broken.defect()::toString);
    assertEquals(broken.defect().field(), e.field(), () -> broken.defect() + ": " + e.getMessage());
  }

  @Property(tries = 100)
  void quorumRules_decideEveryAttendance(@ForAll("quorumRules") QuorumRule rule, @ForAll("attendances") Attendance a) {
    assertEquals(rule.decide(a), rule.decide(a));
  }

  @Provide
  Arbitrary<ResolutionDomain.BrokenThreshold> brokenThresholds() {
    return TestKit.brokenThresholds();
  }

  @Property(tries = 100)
  void brokenThresholds_areRefused_namingTheFraction(@ForAll("brokenThresholds") ResolutionDomain.BrokenThreshold broken) {
    InvalidValueException e = assertThrows(InvalidValueException.class, broken::build, broken::toString);
    assertEquals("fraction", e.field(), e::getMessage);
    assertEquals(broken.fraction().toString(), e.value());
  }

  @Provide
  Arbitrary<Tally> tallies() {
    return TestKit.tallies();
  }

  @Property(tries = 100)
  void tallies_countOnlyMembersOfTheRoll(@ForAll("tallies") Tally t) {
    assertTrue(t.roll().electorate().byMember().keySet().containsAll(t.present()), t::toString);
    assertEquals(t.totals(), t.totals());
  }

  @Property(tries = 100)
  void polls_buildTallies_thatEveryThresholdDecides(@ForAll("polls") ResolutionDomain.Poll p, @ForAll("thresholds") Threshold t) {
    Tally tally = p.tally();
    assertEquals(p.roll(), tally.roll());
    assertEquals(t.decide(tally), t.decide(p.tally()));
  }

  // --- boards ------------------------------------------------------------------------------------

  @Provide
  Arbitrary<BoardDomain.Contest> boardElections() {
    return TestKit.boardElections();
  }

  @Provide
  Arbitrary<BoardDomain.BrokenRules> brokenBoardRules() {
    return TestKit.brokenBoardRules();
  }

  @Provide
  Arbitrary<BoardDomain.BrokenContest> brokenBoardElections() {
    return TestKit.brokenBoardElections();
  }

  @Provide
  Arbitrary<Tuple2<BoardRules, List<BoardSeat>>> sittingBoards() {
    return TestKit.boardRules().flatMap(r -> TestKit.sittingBoards(r).map(seats -> Tuple.of(r, seats)));
  }

  @Property(tries = 200)
  void boardRules_andTheirSittingBoards_fitTheSizes(@ForAll("sittingBoards") Tuple2<BoardRules, List<BoardSeat>> board) {
    BoardRules rules = board.get1();
    List<BoardSeat> sitting = board.get2();
    assertTrue(rules.minSize() >= 1 && rules.minSize() <= rules.maxSize());
    assertTrue(rules.fixedSeats() <= rules.maxSize());
    long coOpted = sitting.stream().filter(s -> s.kind() == BoardSeat.Kind.CO_OPTED).count();
    assertTrue(coOpted <= rules.maxCoopted());
    assertEquals(rules.fixedSeats() - rules.electedSeats(), sitting.size() - coOpted);
  }

  @Property(tries = 60)
  void boardElections_fillEverySeat(@ForAll("boardElections") BoardDomain.Contest c) {
    BoardResult r = c.elect();
    assertEquals(c.sitting().size() + c.seatsElected(), r.board().size());
    assertEquals(c.constituencies().size(), r.contests().size());
  }

  @Property(tries = 200)
  void brokenBoardRules_areRefused_namingTheField(@ForAll("brokenBoardRules") BoardDomain.BrokenRules broken) {
    InvalidValueException e = assertThrows(InvalidValueException.class, broken.draft()::build, broken.defect());
    assertEquals(broken.field(), e.field(), broken.defect() + ": " + e.getMessage());
    Statistics.label("defect").collect(broken.defect());
  }

  @Property(tries = 100)
  void brokenBoardElections_areRefused_namingTheField(@ForAll("brokenBoardElections") BoardDomain.BrokenContest broken) {
    InvalidValueException e = assertThrows(InvalidValueException.class, broken.contest()::elect, broken.defect());
    assertEquals(broken.field(), e.field(), broken.defect() + ": " + e.getMessage());
  }

  // --- ballots and elections ---------------------------------------------------------------------

  @Provide
  Arbitrary<Election> rankedElections() {
    return TestKit.rankedElections();
  }

  @Provide
  Arbitrary<Election> markedElections() {
    return TestKit.markedElections();
  }

  @Provide
  Arbitrary<Election> approvalElections() {
    return TestKit.approvalElections();
  }

  @Provide
  Arbitrary<RankedBallot> rankedBallots() {
    return TestKit.rankedBallots(5);
  }

  @Provide
  Arbitrary<ElectionDomain.BrokenBallotFile> brokenBallotFiles() {
    return TestKit.brokenBallotFiles();
  }

  @Provide
  Arbitrary<ElectionDomain.OverLimit> overLimit() {
    return TestKit.electionsOverLimit();
  }

  @Property(tries = 100)
  void rankedElections_areCountedByStv_andSurviveBlt(@ForAll("rankedElections") Election e, @ForAll long seed) {
    ElectionResult r = StvMethods.scottish().count(e, TieBreaker.seeded(seed));
    assertTrue(r.elected().size() <= e.seats());
    assertEquals(e.candidates().size(), Blt.parse(Blt.format(e)).candidates().size());
  }

  @Property(tries = 100)
  void markedElections_areCountedByCopeland(@ForAll("markedElections") Election e, @ForAll long seed) {
    Election one = Election.builder().from(e).seats(1).build();
    ElectionResult r = ElectionMethods.copeland().count(one, TieBreaker.seeded(seed));
    assertTrue(r.elected().size() <= 1);
  }

  @Property(tries = 100)
  void approvalElections_areCountedByApproval(@ForAll("approvalElections") Election e, @ForAll long seed) {
    ElectionResult r = ElectionMethods.approval().count(e, TieBreaker.seeded(seed));
    assertTrue(r.elected().size() <= e.seats());
  }

  @Provide
  Arbitrary<Election> scoreElections() {
    return TestKit.scoreElections();
  }

  @Provide
  Arbitrary<BallotRules> ballotRules() {
    return TestKit.ballotRules();
  }

  @Property(tries = 100)
  void scoreElections_areCountedByScoreVoting(@ForAll("scoreElections") Election e, @ForAll long seed) {
    ElectionResult r = ElectionMethods.score(5).count(e, TieBreaker.seeded(seed));
    assertTrue(r.elected().size() <= e.seats());
  }

  @Property(tries = 100)
  void ballotRules_readMarkedBallots(@ForAll("ballotRules") BallotRules rules, @ForAll("rankedBallots") RankedBallot b) {
    Election e = Election.builder().candidates(ElectionDomain.candidates(5)).seats(1).addBallots(b).rules(rules).build();
    assertEquals(rules, e.rules());
    assertEquals(b.count(), e.papers());
  }

  @Property(tries = 100)
  void rankedBallots_countAtLeastOnePaper(@ForAll("rankedBallots") RankedBallot b) {
    assertTrue(b.count() >= 1 && b.count() <= 3);
  }

  @Property(tries = 200)
  void brokenBallotFiles_areRefused_atTheDocumentedLine(@ForAll("brokenBallotFiles") ElectionDomain.BrokenBallotFile f) {
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> Blt.parse(f.text()), f::text);
    assertEquals(f.line(), e.line(), () -> f.defect() + ": " + e.getMessage() + "\n" + f.text());
    assertTrue(e.expected().startsWith(f.expected()), () -> f.defect() + ": " + e.getMessage());
    Statistics.label("defect").collect(f.defect());
  }

  @Property(tries = 12)
  void electionsOverLimit_areRefused_withTheLimit(@ForAll("overLimit") ElectionDomain.OverLimit o, @ForAll long seed) {
    LimitExceededException e = assertThrows(
        LimitExceededException.class, () -> o.method().method().count(o.election(), TieBreaker.seeded(seed)), o.method().name());
    assertEquals(o.method().method().maxCandidates(), e.limit(), o.method().name());
    assertEquals(o.election().candidates().size(), e.actual(), o.method().name());
  }

  // --- base --------------------------------------------------------------------------------------

  @Provide
  Arbitrary<Fraction> fractions() {
    return TestKit.fractions();
  }

  @Property(tries = 100)
  void fractions_areInLowestTerms(@ForAll("fractions") Fraction f) {
    assertEquals(f, Fraction.of(f.numerator(), f.denominator()));
    assertTrue(f.denominator().signum() > 0);
  }

  @Provide
  Arbitrary<TieBreaker> tieBreakers() {
    return TestKit.tieBreakers();
  }

  @Property(tries = 50)
  void tieBreakers_orderEveryTiedName(@ForAll("tieBreakers") TieBreaker t) {
    List<String> tied = List.of("Evans", "Adams", "Clarke");
    assertEquals(Set.copyOf(tied), Set.copyOf(t.draw(1, tied).order()));
    assertEquals(tied.size(), t.draw(1, tied).order().size());
  }

  @Property(tries = 50)
  void constitutions_validateWithNoViolation(@ForAll("constitutions") org.commonweal.governance.constitution.Constitution c) {
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), c.validate().violations(), c::toString);
  }

  @Property(tries = 22)
  void profiles_validateWithNoError(@ForAll("profiles") org.commonweal.governance.constitution.Constitution c) {
    org.junit.jupiter.api.Assertions.assertTrue(c.validate().isValid(), () -> c.validate().explain());
  }

  @Property(tries = 100)
  void brokenConstitutions_areReportedWithTheirCode(
      @ForAll("brokenConstitutions") org.commonweal.governance.constitution.ConstitutionDomain.Breakage b) {
    org.junit.jupiter.api.Assertions.assertTrue(b.constitution().validate().violations().stream()
        .anyMatch(v -> v.code() == b.code()), b::toString);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<org.commonweal.governance.constitution.Constitution> constitutions() {
    return TestKit.constitutions();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<org.commonweal.governance.constitution.Constitution> profiles() {
    return TestKit.profiles();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<org.commonweal.governance.constitution.ConstitutionDomain.Breakage> brokenConstitutions() {
    return TestKit.brokenConstitutions();
  }
}
