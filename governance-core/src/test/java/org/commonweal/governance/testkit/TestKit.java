package org.commonweal.governance.testkit;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Arbitraries;
import org.commonweal.governance.constitution.ProfileFixtures;
import org.commonweal.governance.constitution.ConstitutionDomain;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.base.BaseDomain;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.BoardDomain;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.BoardSeat;
import org.commonweal.governance.election.BallotRules;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionDomain;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.MeetingDomain;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.MembershipDomain;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.RegisterOp;
import org.commonweal.governance.resolution.ResolutionDomain;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareLedgerOp;
import org.commonweal.governance.shares.SharesDomain;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingDomain;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;

/**
 * The test kit: jqwik arbitraries of Commonweal's values, valid and deliberately broken, for systems
 * built on the library (registers of members, trust administration, voting platforms) to property-test
 * their own code with. One static method a kind of value; each says what it generates, how large, and
 * for a broken one what is wrong and how the library refuses it.
 *
 * <pre>{@code
 * @Property
 * void desk_neverLosesAMember(@ForAll("ledgers") ShareLedgerOp.Scenario s) { ... }
 *
 * @Provide
 * Arbitrary<ShareLedgerOp.Scenario> ledgers() {
 *   return TestKit.ledgerScenarios();
 * }
 * }</pre>
 *
 * <p>What the kit holds, by package of the library:
 *
 * <table>
 *   <caption>Valid and broken values</caption>
 *   <tr><th>values</th><th>valid</th><th>broken (and the refusal)</th></tr>
 *   <tr><td>registers</td><td>{@link #membershipRules()}, {@link #registers()}, {@link
 *       #registerScenarios()}</td><td>{@link #invalidRegisterOperations()}: a rejection with a {@code
 *       MembershipRejectionCode}</td></tr>
 *   <tr><td>share ledgers</td><td>{@link #shareClasses()}, {@link #emptyLedgers()}, {@link
 *       #ledgerScenarios()}</td><td>{@link #invalidLedgerOperations()}: a rejection with a share or
 *       membership code</td></tr>
 *   <tr><td>voting rolls</td><td>{@link #votingRules()}, {@link #electorates()}, {@link
 *       #votingRolls()}</td><td>{@link #brokenVotingRules()}: an {@code InvalidValueException} naming the
 *       field</td></tr>
 *   <tr><td>meetings</td><td>{@link #quorumRules()}, {@link #proxyRules()}, {@link #attendances()}</td><td>{@link
 *       #brokenQuorumRules()}: an {@code InvalidValueException} naming the field</td></tr>
 *   <tr><td>resolutions</td><td>{@link #thresholds()}, {@link #polls()}, {@link #tallies()}</td><td>{@link
 *       #brokenThresholds()}: an {@code InvalidValueException} naming the field</td></tr>
 *   <tr><td>boards</td><td>{@link #boardRules()}, {@link #sittingBoards(BoardRules)}, {@link
 *       #boardElections()}</td><td>{@link #brokenBoardRules()}, {@link #brokenBoardElections()}: an
 *       {@code InvalidValueException} naming the field</td></tr>
 *   <tr><td>ballots and elections</td><td>{@link #rankedBallots(int)}, {@link #ballotRules()}, {@link
 *       #rankedElections()}, {@link #markedElections()}, {@link #approvalElections()}, {@link
 *       #scoreElections()}</td><td>{@link #brokenBallotFiles()}: a {@code MalformedInputException} naming
 *       the line; {@link #electionsOverLimit()}: a {@code LimitExceededException} naming the limit</td></tr>
 *   <tr><td>base</td><td>{@link #fractions()}, {@link #tieBreakers()}</td><td></td></tr>
 *   <tr><td>constitutions</td><td>{@link #constitutions()}, {@link #profiles()}</td><td>{@link
 *       #brokenConstitutions()}: each broken in one way, with the {@code ViolationCode} that
 *       {@code validate()} reports for it</td></tr>
 * </table>
 *
 * <p>The kit delegates to the per-package jqwik domains ({@code MembershipDomain}, {@code SharesDomain},
 * {@code VotingDomain}, {@code MeetingDomain}, {@code ResolutionDomain}, {@code BoardDomain}, {@code
 * ElectionDomain}, {@code BaseDomain}), which say in full what their values guarantee; every value is
 * generated directly, none by filtering, and the same seed gives the same values. Generated dates are
 * fixed (2024 to 2027), so properties do not depend on the day they run.
 *
 * <p>Stateless and thread-safe; not instantiable.
 *
 * @since 0.1.0
 */
public final class TestKit {
  private TestKit() {}

  // ---------------------------------------------------------------------------------------------
  // Registers

  /**
   * Membership rules: 1 to 4 ordinary classes whose eligibility rules (trees of depth at most 3 over
   * every kind of condition) some attested facts meet on 2025-01-01, and the class {@code restricted}
   * that no generated facts meet; either class policy.
   *
   * @return the arbitrary
   */
  public static Arbitrary<MembershipRules> membershipRules() {
    return new MembershipDomain().rules();
  }

  /**
   * Registers of 0 to 12 members ({@code M-0001}, ...), built directly from valid histories dated from
   * 2025-01-01 (admitted, then suspended, reinstated, moved between classes or ceased), under {@link
   * #membershipRules()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Register> registers() {
    return new MembershipDomain().registers();
  }

  /**
   * Sequences of register changes: membership rules, facts that meet every ordinary class's rule, 2 to
   * 10 admissions with distinct ids (most with those facts, some with other facts, so that some are
   * refused), and then 5 to 30 changes of every kind (change, join or leave a class, suspend,
   * reinstate, cease), mostly in date order with occasional steps back, valid or not.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RegisterOp.Scenario> registerScenarios() {
    return new MembershipDomain().scenarios();
  }

  /**
   * Broken: a register and a change it must refuse, one generator for each {@code
   * MembershipRejectionCode} (an unknown class, an ineligible applicant, a duplicate id, two classes
   * under one-class rules, an unknown, ceased or suspended member, a member not suspended, a date out of
   * order, a class already held or not held, the last class left). Applying {@link RegisterOp.Invalid#op()}
   * to {@link RegisterOp.Invalid#register()} gives a rejection whose code is {@link
   * RegisterOp.Invalid#expected()}; the register is left as it was.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RegisterOp.Invalid> invalidRegisterOperations() {
    return new MembershipDomain().invalidOperations();
  }

  // ---------------------------------------------------------------------------------------------
  // Share ledgers

  /**
   * Share classes: par values from GBP 0.01 to GBP 50, any combination of withdrawable, transferable
   * and voting, any holder classes and limits.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ShareClass> shareClasses() {
    return new SharesDomain().shareClasses();
  }

  /**
   * Empty ledgers in GBP: membership rules of the classes {@code open-1}, {@code open-2} (anyone) and
   * {@code organisations}, one to three share classes (the first withdrawable community shares open to
   * all), and the Great Britain, Northern Ireland or no statutory cap.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ShareLedger> emptyLedgers() {
    return new SharesDomain().emptyLedgers();
  }

  /**
   * Sequences of ledger changes: an empty ledger of {@link #emptyLedgers()}, 3 to 10 admissions
   * (without shares) of members {@code M-0001}, ... eligible for the class they ask for, and then 15 to
   * 40 changes of every kind (issues of a few shares and now and then of enough to reach the cap,
   * transfers, withdrawals requested and completed, cessations, suspensions, reinstatements, changes of
   * class), mostly in date order, valid or not.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ShareLedgerOp.Scenario> ledgerScenarios() {
    return new SharesDomain().scenarios();
  }

  /**
   * Broken: a ledger and a change it must refuse, one generator for each {@code ShareRejectionCode} and
   * for the membership codes the ledger checks itself (unknown, ceased or suspended member, a date out
   * of order). Applying {@link ShareLedgerOp.Invalid#op()} to {@link ShareLedgerOp.Invalid#ledger()} gives
   * a rejection whose code is {@link ShareLedgerOp.Invalid#expected()}; the ledger is left as it was.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ShareLedgerOp.Invalid> invalidLedgerOperations() {
    return new SharesDomain().invalidOperations();
  }

  // ---------------------------------------------------------------------------------------------
  // Voting rolls

  /**
   * Valid voting rules: any basis, caps per member and per organisation, non-voting classes and share
   * classes, fixed class shares summing to 1, class caps, delegation with or without a limit.
   *
   * @return the arbitrary
   */
  public static Arbitrary<VotingRules> votingRules() {
    return VotingDomain.rules();
  }

  /**
   * Broken: voting rules with one defect each (a cap per member or organisation below 1, a class cap
   * not below 1, a cap on a non-voting class, class caps summing to 1, a fixed share above its class's
   * cap, a fixed share for a non-voting class, fixed shares not summing to 1). {@link
   * VotingDomain.BrokenRules#build()} throws an {@code InvalidValueException} whose field is the defect's
   * {@link VotingDomain.RulesDefect#field()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<VotingDomain.BrokenRules> brokenVotingRules() {
    return VotingDomain.brokenRules();
  }

  /**
   * Electorates of 1 to 30 members ({@code M-001}, ...) in 0 to 2 of the classes {@code workers}, {@code
   * users}, {@code investors} and {@code supporters}, holding 0 to 500 {@code ordinary} and 0 to 100
   * {@code equity} shares; some organisations, some not in good standing; record date 2026-06-01.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Electorate> electorates() {
    return VotingDomain.electorates(1, 30);
  }

  /**
   * Voting rolls on 2026-06-15: {@link #votingRules()} applied to {@link #electorates()} with
   * delegations among the members (some revoked, some given too late).
   *
   * @return the arbitrary
   */
  public static Arbitrary<VotingRoll> votingRolls() {
    return VotingDomain.scenarios(1, 30).map(VotingDomain.Scenario::roll);
  }

  // ---------------------------------------------------------------------------------------------
  // Meetings and attendances

  /**
   * Quorum rules of every kind the factories make (counts of members or persons, fractions of members
   * or votes, square-root rules, those present, class rules), nested up to three levels in greater-of,
   * lesser-of and tiered rules.
   *
   * @return the arbitrary
   */
  public static Arbitrary<QuorumRule> quorumRules() {
    return MeetingDomain.rules(3);
  }

  /**
   * Broken: quorum rules with one defect each (a count below 1, an "at least" fraction above 1, a "more
   * than" fraction of 1 or more, a square-root multiplier not above 0, a greater-of of one part, tier
   * bounds that do not rise, nesting past {@code QuorumRule.MAX_DEPTH}). {@link
   * MeetingDomain.BrokenQuorumRule#build()} throws an {@code InvalidValueException} whose field is the
   * defect's {@link MeetingDomain.QuorumDefect#field()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<MeetingDomain.BrokenQuorumRule> brokenQuorumRules() {
    return MeetingDomain.brokenQuorumRules();
  }

  /**
   * Valid proxy rules: proxies allowed or not, limits per holder, lodging and revocation deadlines,
   * discretionary proxies, counting for the quorum, holders who must be members.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProxyRules> proxyRules() {
    return MeetingDomain.proxyRules();
  }

  /**
   * Attendances at a meeting starting 2026-07-09 18:30 with one motion: a voting roll of 1 to 25
   * members, members present in person, and up to twelve proxy appointments (lodged up to four days
   * before, some revoked, some instructed), judged under {@link #proxyRules()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Attendance> attendances() {
    return MeetingDomain.attendances(1, 25);
  }

  // ---------------------------------------------------------------------------------------------
  // Resolutions and tallies

  /**
   * Thresholds: more than 0, 1/3, 1/2 or 2/3, or at least 1/2, 51/100, 2/3, 3/4 or all, of any base, by
   * votes or heads, counting abstentions and spoilt votes or not.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Threshold> thresholds() {
    return ResolutionDomain.thresholdArbitrary();
  }

  /**
   * Broken: thresholds whose fraction is out of range ("more than" 1 or more, or below 0; "at least" 0
   * or less, or above 1). {@link ResolutionDomain.BrokenThreshold#build()} throws an {@code
   * InvalidValueException} whose field is {@code fraction}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ResolutionDomain.BrokenThreshold> brokenThresholds() {
    return ResolutionDomain.brokenThresholds();
  }

  /**
   * Polls: a voting roll of 1 to 25 members, a vote by about three members in four (for, against,
   * abstain, spoilt; members without a vote among them, so that some votes are rejected), in any
   * order, with a casting vote about half the time.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ResolutionDomain.Poll> polls() {
    return ResolutionDomain.polls(1, 25);
  }

  /**
   * Tallies of {@link #polls()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Tally> tallies() {
    return polls().map(ResolutionDomain.Poll::tally);
  }

  // ---------------------------------------------------------------------------------------------
  // Boards

  /**
   * Valid board rules: 0 to 3 reserved classes of 1 to 3 seats, general, appointed, ex officio and
   * co-opted seats, sizes the seats can fill, and up to two composition limits.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BoardRules> boardRules() {
    return BoardDomain.boardRules();
  }

  /**
   * The seats of a board not elected at an election under {@code rules}: every appointed and ex
   * officio seat and up to the most co-opted directors, held by non-members.
   *
   * @param rules the rules
   * @return the arbitrary
   */
  public static Arbitrary<List<BoardSeat>> sittingBoards(BoardRules rules) {
    return BoardDomain.sittingBoards(rules);
  }

  /**
   * Board elections that the library holds: rules with 1 to 4 elected seats, a register of 2 to 6
   * members in each of four classes, a constituency for each reserved class and for the general seats
   * with a ballot from every voter, counted by Scottish STV with a seeded lot; {@link
   * BoardDomain.Contest#elect()} holds it.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BoardDomain.Contest> boardElections() {
    return BoardDomain.contests();
  }

  /**
   * Broken: drafts of board rules that break exactly one rule of {@link BoardRules}' check (a size below
   * 1, a maximum below the minimum, negative seats, a blank ex officio office, a minimum the
   * seats cannot reach, a class reserved twice, two limits of one name, a limit below a class's
   * reserved seats, a blank office). {@link BoardDomain.Draft#build()} throws an {@code
   * InvalidValueException} whose field is {@link BoardDomain.BrokenRules#field()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BoardDomain.BrokenRules> brokenBoardRules() {
    return BoardDomain.brokenRules();
  }

  /**
   * Broken: board elections that break one rule of the election (a constituency for a class without
   * reserved seats, more seats than the rules give, too many co-opted directors, a sitting seat marked
   * elected, a candidate who is not a member). {@link BoardDomain.Contest#elect()} throws an {@code
   * InvalidValueException} whose field is {@link BoardDomain.BrokenContest#field()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BoardDomain.BrokenContest> brokenBoardElections() {
    return BoardDomain.brokenContests();
  }

  // ---------------------------------------------------------------------------------------------
  // Ballots and elections

  /**
   * Ranked ballots as voters mark them, over the candidates {@code A}, {@code B}, ...: 1 to 6 ranks, each
   * blank, one candidate, two candidates or an unidentified overvote; 1 to 3 papers each.
   *
   * @param candidates the number of candidates, at least 1
   * @return the arbitrary
   */
  public static Arbitrary<RankedBallot> rankedBallots(int candidates) {
    return ElectionDomain.markedBallots(ElectionDomain.candidates(candidates));
  }

  /**
   * Ballot rules with every setting (overvotes, skipped ranks, duplicates, ranks allowed, equal
   * preferences).
   *
   * @return the arbitrary
   */
  public static Arbitrary<BallotRules> ballotRules() {
    return ElectionDomain.rules(true);
  }

  /**
   * Ranked elections of 1 to 7 candidates {@code A}, {@code B}, ... and 1 to 3 seats, with simple
   * rankings (1 to 20 ballots of 1 to 4 papers) under the standard rules, up to a third of the
   * candidates withdrawn.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Election> rankedElections() {
    return ElectionDomain.rankedElections(7, 3);
  }

  /**
   * Ranked elections of 1 to 7 candidates and 1 to 3 seats with ballots as voters mark them (skipped
   * ranks, overvotes, repeated candidates, equal preferences where the generated rules allow them).
   *
   * @return the arbitrary
   */
  public static Arbitrary<Election> markedElections() {
    return ElectionDomain.markedElections(7, 3, true);
  }

  /**
   * Approval elections of 1 to 7 candidates and 1 to 3 seats, blank papers included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Election> approvalElections() {
    return ElectionDomain.approvalElections(7, 3);
  }

  /**
   * Score elections of 1 to 7 candidates and 1 to 3 seats, scores 0 to 5, with some papers scoring 6 so
   * that a count on a scale of 5 rejects them.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Election> scoreElections() {
    return ElectionDomain.scoreElections(7, 3, 5);
  }

  /**
   * Broken: BLT ballot files with one defect each (see {@link ElectionDomain.BltDefect}: the header, a
   * candidate number out of range, a ballot without its 0, a weight of 0, names missing, a name
   * repeated or empty, an unknown option). {@code Blt.parse} throws a {@code MalformedInputException}
   * whose line is {@link ElectionDomain.BrokenBallotFile#line()} and whose {@code expected()} starts with
   * {@link ElectionDomain.BrokenBallotFile#expected()}; a reader of files gives the same error.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ElectionDomain.BrokenBallotFile> brokenBallotFiles() {
    return ElectionDomain.brokenBallotFiles();
  }

  /**
   * Broken: for any method of the library's registry, an election of 1 to 3 candidates more than the
   * method counts. Counting it throws a {@code LimitExceededException} whose {@code limit()} is the
   * method's {@code maxCandidates()} and {@code actual()} the candidates listed, before any work.
   * Elections for the single-stage methods list over 100,000 candidates: bound the tries (a dozen
   * covers every method in a few seconds).
   *
   * @return the arbitrary
   */
  public static Arbitrary<ElectionDomain.OverLimit> electionsOverLimit() {
    return ElectionDomain.overLimit();
  }

  // ---------------------------------------------------------------------------------------------
  // Base values

  /**
   * Exact fractions of any sign, zero among them, with numerators and denominators small, within
   * {@code long} and beyond it.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Fraction> fractions() {
    return BaseDomain.fractions();
  }

  /**
   * Tie-breakers: the given order, a fixed order of ten names, or a lot seeded from any {@code long}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TieBreaker> tieBreakers() {
    return BaseDomain.tieBreakers();
  }

  // ---------------------------------------------------------------------------------------------
  // Constitutions

  /**
   * Generated constitutions of every organisation type that validate with no violation at all: classes,
   * share classes, voting rights, meeting rules, the table of matters with the statute's procedures,
   * board rules and rotation, as {@code ConstitutionDomain} builds them.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Constitution> constitutions() {
    return ConstitutionDomain.validConstitutions();
  }

  /**
   * One constitution from each profile of real model rules ({@code Profiles}), as {@code
   * ProfileFixtures} sets their open parameters.
   *
   * @return the arbitrary, choosing among the eleven fixtures
   */
  public static Arbitrary<Constitution> profiles() {
    return Arbitraries.of(ProfileFixtures.all());
  }

  /**
   * Constitutions each broken in one way from a valid one: the breakage's code is what {@code
   * validate()} reports for it, and no other error (warnings of other codes may come with it). The codes
   * found only by the analysis package ({@code VETO_NOT_INTENDED}, {@code NO_POWER}) are not generated.
   *
   * @return the arbitrary of breakages, each a code and the constitution
   */
  public static Arbitrary<ConstitutionDomain.Breakage> brokenConstitutions() {
    return ConstitutionDomain.breakages();
  }
}
