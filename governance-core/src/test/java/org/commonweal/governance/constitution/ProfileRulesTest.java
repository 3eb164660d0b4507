package org.commonweal.governance.constitution;

import static org.commonweal.governance.constitution.ProfilesTest.ADOPTED;
import static org.commonweal.governance.constitution.ProfilesTest.AREA;
import static org.commonweal.governance.constitution.ProfilesTest.QUORUM;
import static org.commonweal.governance.constitution.ProfilesTest.roll;
import static org.commonweal.governance.constitution.ProfilesTest.tally;
import static org.commonweal.governance.voting.RollFixtures.m;
import static org.commonweal.governance.voting.RollFixtures.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.BoardMeetingDecision;
import org.commonweal.governance.board.Rotation;
import org.commonweal.governance.board.Term;
import org.commonweal.governance.board.TermKind;
import org.commonweal.governance.meeting.AdjournmentDecision;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingKind;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.EscalationRule;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Signature;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.WrittenResolution;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.RollFixtures;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rows of docs/rules-reference.md's "UK societies and companies" and model rules tables, each asserted by
 * applying its profile (a meeting's quorum, a resolution decided, a roll weighed, an eligibility
 * checked), with the numbers worked by hand from the rule.
 */
class ProfileRulesTest {
  static final LocalDateTime START = LocalDateTime.of(2026, 7, 9, 18, 30);
  static final Meeting GM = Meeting.of(MeetingKind.GENERAL, START, LocalDate.of(2026, 6, 20));

  static Constitution cooperative() {
    return Profiles.ukCooperativeSociety("Valley Foods Co-operative", ADOPTED, QUORUM);
  }

  static Constitution workers() {
    return Profiles.workerCooperative("Northside Bakers", ADOPTED, 5);
  }

  static Constitution fairSharesCompany() {
    return Profiles.fairShares("Open Tools", ADOPTED, false);
  }

  static Attendance present(VotingRoll roll, int from, int to) {
    return Attendance.of(roll, START, range(from, to));
  }

  static Facts adult(String area) {
    return Facts.builder().dateOfBirth(LocalDate.of(1980, 1, 1)).addAreasOfResidence(area).build();
  }

  static boolean admits(Constitution c, ClassId classId, Facts facts) {
    return c.membership().stakeholderClass(classId).orElseThrow().check(facts, ADOPTED).met();
  }

  /** docs/rules-reference.md, "UK societies and companies". */
  @Nested
  class SocietiesAndCompanies {
    @Test
    void minimumMembers_is3ForARegisteredSocietyAnd1ForACompany() {
      assertEquals(3, cooperative().minimumMembers());
      assertEquals(3, Profiles.communityHub("Eastfield Hub", ADOPTED, AREA, QUORUM).minimumMembers());
      assertEquals(1, workers().minimumMembers());
    }

    @Test
    void withdrawableCapital_ofOneIndividual_isCappedAtGbp100000() {
      Constitution c = cooperative();
      ShareClassId share = ShareClassId.of("withdrawable");
      Application a = Application.of(MemberId.of("VF-001"), "Ann Baxter", Profiles.MEMBERS, adult("Valley"));
      ShareLedger ledger = c.ledger(c.emptyRegister()).admit(a, share, 1, ADOPTED).orElseThrow();
      assertTrue(ledger.issue(a.id(), share, 99_999, ADOPTED).isAccepted());
      Outcome<ShareLedger> over = ledger.issue(a.id(), share, 100_000, ADOPTED);
      assertTrue(over.isRejected(), over::toString);
    }

    @Test
    void votesInASociety_areNotInProportionToShares() {
      Constitution c = cooperative();
      ShareClassId share = ShareClassId.of("withdrawable");
      ShareLedger ledger = c.ledger(c.emptyRegister())
          .admit(Application.of(MemberId.of("VF-001"), "Ann Baxter", Profiles.MEMBERS, adult("Valley")), share, 5_000, ADOPTED)
          .orElseThrow()
          .admit(Application.of(MemberId.of("VF-002"), "Bilal Khan", Profiles.MEMBERS, adult("Valley")), share, 1, ADOPTED)
          .orElseThrow();
      VotingRoll roll = c.roll(Electorate.from(ledger, ADOPTED.plusDays(1)));
      assertEquals(Fraction.ONE, roll.votesOf(MemberId.of("VF-001")));
      assertEquals(Fraction.ONE, roll.votesOf(MemberId.of("VF-002")));
    }

    // Amalgamation (s.111), conversion (s.113) and dissolution by instrument (s.119):
    // ProfilesTest#societyAmalgamation_isDecidedAtTwoMeetingsUnderS111,
    // #societyConversion_needs75PercentOfThoseVotingAndHalfOfAllMembersVoting_s113,
    // #societyDissolution_isByAnInstrumentSignedBy75PercentOfMembers_s119.

    @Test
    void communityBenefitSocietyAssetLock_passesAssetsOnlyToLockedBodiesAndCannotBeRemoved() {
      Constitution c = Profiles.communityBenefitSociety("Eastfield Community Energy", "To generate renewable energy", ADOPTED, QUORUM);
      assertTrue(c.assetLock().orElseThrow().locksAssets());
      Amendment remove = Amendment.of("Remove the asset lock", new Change.AssetLockRule(Optional.empty()));
      Outcome<Constitution> o = c.amend(remove, tally(RollFixtures.roll(10), 10, 0, 0), ADOPTED.plusYears(1));
      assertTrue(o.isRejected());
      assertEquals(AmendmentRejectionCode.ASSET_LOCK_IRREMOVABLE.name(), o.rejection().code());
    }

    @Test
    void ordinaryResolution_isMoreThanHalfOfTheVotesCast_s282() {
      Constitution c = fairSharesCompany();
      assertTrue(c.decide(Matter.ELECT_DIRECTOR, tally(RollFixtures.roll(30), 10, 9, 3)).passed());
      assertFalse(c.decide(Matter.ELECT_DIRECTOR, tally(RollFixtures.roll(30), 10, 10, 0)).passed());
    }

    @Test
    void specialResolution_isAtLeast75PercentOfTheVotesCast_s283() {
      Constitution c = workers();
      assertTrue(c.decide(Matter.AMEND_RULES, tally(RollFixtures.roll(40), 30, 10, 0)).passed());
      assertFalse(c.decide(Matter.AMEND_RULES, tally(RollFixtures.roll(40), 29, 10, 1)).passed());
    }

    @Test
    void writtenResolution_isCountedAgainstAllEligibleVotes() {
      Constitution c = workers();
      LocalDate circulated = LocalDate.of(2026, 2, 2);
      List<Signature> six = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        six.add(Signature.of(m(i), circulated.plusDays(3)));
      }
      WrittenResolution w = WrittenResolution.ordinary("Open a second site", circulated);
      // 6 of 12 is not more than half of all members, though no one signed against.
      assertEquals(ResolutionOutcome.Verdict.FAILED, c.decideInWriting(w, RollFixtures.roll(12), six, circulated.plusDays(28)).verdict());
      List<Signature> seven = new ArrayList<>(six);
      seven.add(Signature.of(m(7), circulated.plusDays(27)));
      assertTrue(c.decideInWriting(w, RollFixtures.roll(12), seven, circulated.plusDays(28)).passed());
    }

    @Test
    void generalMeetingQuorum_isNeverBelowTwoQualifyingPersons_s318() {
      VotingRoll two = RollFixtures.roll(2);
      assertFalse(workers().quorum(GM, present(two, 1, 1)).quorate());
      assertTrue(workers().quorum(GM, present(two, 1, 2)).quorate());
    }

    @Test
    void fivePercentOfVotingRights_canForceAGeneralMeeting_s303() {
      // 60 members: 5% is 3.
      assertFalse(fairSharesCompany().generalMeetings().requisition(RollFixtures.roll(60), range(1, 2)).quorate());
      assertTrue(fairSharesCompany().generalMeetings().requisition(RollFixtures.roll(60), range(1, 3)).quorate());
    }

    @Test
    void fiveMembersOrTenPercentOfVotes_canDemandAPoll_s321() {
      // 200 members: 5 members suffice though they are 2.5%; 30 members: 3 are 10%.
      assertTrue(fairSharesCompany().generalMeetings().pollDemand(RollFixtures.roll(200), range(1, 5)).quorate());
      assertFalse(fairSharesCompany().generalMeetings().pollDemand(RollFixtures.roll(200), range(1, 4)).quorate());
      assertTrue(fairSharesCompany().generalMeetings().pollDemand(RollFixtures.roll(30), range(1, 3)).quorate());
      assertFalse(fairSharesCompany().generalMeetings().pollDemand(RollFixtures.roll(30), range(1, 2)).quorate());
    }

    @Test
    void noticeOfAGeneralMeeting_is14ClearDays_s307() {
      // Notice on 1 June for 16 June: 14 clear days (2 to 15 June); for 15 June, 13.
      LocalDate notice = LocalDate.of(2026, 6, 1);
      assertTrue(workers().notice(Meeting.of(MeetingKind.GENERAL, LocalDateTime.of(2026, 6, 16, 19, 0), notice)).sufficient());
      assertFalse(workers().notice(Meeting.of(MeetingKind.GENERAL, LocalDateTime.of(2026, 6, 15, 19, 0), notice)).sufficient());
      assertFalse(cooperative().notice(Meeting.of(MeetingKind.GENERAL, LocalDateTime.of(2026, 6, 15, 19, 0), notice)).sufficient());
    }

    @Test
    void chairsCastingVote_atBoardMeetings_underTheModelArticles() {
      List<MemberId> board = range(1, 4);
      Map<MemberId, Choice> tie = Map.of(m(1), Choice.FOR, m(2), Choice.FOR, m(3), Choice.AGAINST, m(4), Choice.AGAINST);
      AgendaItem item = AgendaItem.of("1", "Lease the warehouse");
      BoardMeetingDecision company = fairSharesCompany().boardMeeting(board, ADOPTED, board, m(1))
          .decide(item, Resolution.ordinary(item.title()), tie, Choice.FOR);
      assertTrue(company.passed(), company::explain);
      // The worker co-operative's articles take the casting vote away: the tie is lost.
      BoardMeetingDecision workerCoop = workers().boardMeeting(board, ADOPTED, board, m(1))
          .decide(item, Resolution.ordinary(item.title()), tie, Choice.FOR);
      assertFalse(workerCoop.passed(), workerCoop::explain);
    }

    @Test
    void retirementByRotation_allAtTheFirstAnnualMeetingThenTheNumberNearestToOneThird() {
      Constitution c = workers();
      List<Term> terms = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        terms.add(Term.elected(m(i), ADOPTED.plusMonths(i)));
      }
      LocalDate agm = LocalDate.of(2027, 6, 1);
      assertEquals(5, c.retireByRotation(terms, agm, true, TieBreaker.givenOrder()).retiring().size());
      Rotation second = c.retireByRotation(terms, agm, false, TieBreaker.givenOrder());
      // 5/3 is nearest to 2; the two longest in office go.
      assertEquals(List.of(m(1), m(2)), second.retiring().stream().map(Rotation.Retirement::director).toList());
    }

    @Test
    void communityLandTrustMembership_isOpenToPeopleWhoLiveOrWorkInTheArea_hra2008s79() {
      Constitution c = Profiles.communityLandTrust("Eastfield Community Land Trust", ADOPTED, AREA, QUORUM, 2);
      assertTrue(admits(c, Profiles.RESIDENTS, adult(AREA)));
      Facts worker = Facts.builder().dateOfBirth(LocalDate.of(1990, 5, 5)).addAreasOfResidence("Westfield")
          .addStatements("works in " + AREA).build();
      assertTrue(admits(c, Profiles.RESIDENTS, worker));
      assertFalse(admits(c, Profiles.RESIDENTS, adult("Westfield")));
      // Members control it: every seat on the board is elected by a class of members.
      assertEquals(c.board().orElseThrow().maxSize(), c.board().orElseThrow().electedSeats());
    }
  }

  /** docs/rules-reference.md, "Co-operatives UK worker co-operative model rules", number by number. */
  @Nested
  class WorkerCooperative {
    @Test
    void members_areEmployeesAged16OrOverWorkingAtLeast8HoursAWeek() {
      Constitution c = workers();
      Facts eight = Facts.builder().dateOfBirth(LocalDate.of(2010, 1, 1)).weeklyHours(Fraction.of(8)).build();
      Facts seven = Facts.builder().dateOfBirth(LocalDate.of(1990, 1, 1)).weeklyHours(Fraction.of(7)).build();
      Facts fifteen = Facts.builder().dateOfBirth(LocalDate.of(2011, 1, 1)).weeklyHours(Fraction.of(20)).build();
      assertTrue(admits(c, Profiles.WORKERS, eight));
      assertFalse(admits(c, Profiles.WORKERS, seven));
      assertFalse(admits(c, Profiles.WORKERS, fifteen));
    }

    @Test
    void purposeAndOneMemberOneVote_areEntrenched_100PercentToChange() {
      Constitution c = workers();
      Amendment purpose = Amendment.of("Change the purpose", new Change.Purpose("To run a café"));
      Amendment votes = Amendment.of("Votes by shares", new Change.Voting(VotingRules.oneVotePerShare()));
      for (Amendment a : List.of(purpose, votes)) {
        assertTrue(c.amend(a, tally(RollFixtures.roll(20), 19, 0, 0), ADOPTED.plusYears(1)).isRejected());
        assertTrue(c.amend(a, tally(RollFixtures.roll(20), 20, 0, 0), ADOPTED.plusYears(1)).isAccepted());
      }
    }

    @Test
    void generalMeetingQuorum_isTheGreaterOf2MembersOr50PercentOfMembers() {
      // 9 members: half is 4 1/2, so 5 must be present.
      VotingRoll nine = RollFixtures.roll(9);
      assertFalse(workers().quorum(GM, present(nine, 1, 4)).quorate());
      assertTrue(workers().quorum(GM, present(nine, 1, 5)).quorate());
    }

    @Test
    void inquorateAfter30Minutes_adjourns_andThosePresentAreTheAdjournedQuorum() {
      Constitution c = workers();
      Attendance three = present(RollFixtures.roll(20), 1, 3);
      var adjournment = c.generalMeetings().adjournment().orElseThrow();
      assertEquals(AdjournmentDecision.Status.WAIT, adjournment.decide(c.quorum(GM, three), Duration.ofMinutes(29)).status());
      assertEquals(AdjournmentDecision.Status.ADJOURN, adjournment.decide(c.quorum(GM, three), Duration.ofMinutes(30)).status());
      Meeting resumed = GM.adjournedTo(START.plusDays(7), GM.noticeGivenOn());
      assertTrue(c.quorum(resumed, Attendance.of(RollFixtures.roll(20), resumed.startsAt(), range(1, 3))).quorate());
    }

    @Test
    void adjournedFor14DaysOrMore_needs7ClearDaysNotice() {
      Constitution c = workers();
      assertFalse(c.notice(GM.adjournedTo(START.plusDays(14), LocalDate.of(2026, 7, 16))).sufficient());
      assertTrue(c.notice(GM.adjournedTo(START.plusDays(14), LocalDate.of(2026, 7, 15))).sufficient());
      assertTrue(c.notice(GM.adjournedTo(START.plusDays(13), LocalDate.of(2026, 7, 21))).sufficient());
    }

    @Test
    void proxyHolder_mayActForAtMost5Members() {
      List<ProxyAppointment> six = new ArrayList<>();
      for (int i = 2; i <= 7; i++) {
        six.add(ProxyAppointment.of(m(i), Person.member(m(1)), START.minusDays(10 - i)));
      }
      Attendance a = workers().generalMeetings().attendance(GM, RollFixtures.roll(12), List.of(m(1)), six);
      assertEquals(5, a.acceptedProxies().size());
      assertEquals(1, a.refusedProxies().size());
    }

    @Test
    void ordinaryResolution_is51PercentOfVotesCast_andATieIsLost() {
      Constitution c = workers();
      assertTrue(c.decide(Matter.ORDINARY_BUSINESS, tally(RollFixtures.roll(100), 51, 49, 0)).passed());
      // 50 to 49 is a bare majority but 50.5%, short of 51%.
      assertFalse(c.decide(Matter.ORDINARY_BUSINESS, tally(RollFixtures.roll(100), 50, 49, 0)).passed());
      // A tie, even with the chair voting for: the chair has no casting vote.
      Tally tie = Tally.builder(RollFixtures.roll(100)).vote(m(1), Choice.FOR).vote(m(2), Choice.AGAINST).castingVote(Choice.FOR).build();
      assertFalse(c.decide(Matter.ORDINARY_BUSINESS, tie).passed());
      // A matter the table does not list is ordinary business.
      assertFalse(c.decide(Matter.of("buy-van", "Buy a van"), tally(RollFixtures.roll(100), 50, 49, 0)).passed());
    }

    @Test
    void specialResolution_is75PercentOfVotesCast_andATieIsLost() {
      Constitution c = workers();
      assertTrue(c.decide(Matter.AMEND_RULES, tally(RollFixtures.roll(20), 15, 5, 0)).passed());
      assertFalse(c.decide(Matter.AMEND_RULES, tally(RollFixtures.roll(20), 14, 5, 0)).passed());
    }

    @Test
    void writtenResolutions_lapseAfter28Days_countedAgainstAllMembers() {
      Constitution c = workers();
      LocalDate circulated = LocalDate.of(2026, 3, 2);
      List<Signature> seven = new ArrayList<>();
      for (int i = 1; i <= 7; i++) {
        seven.add(Signature.of(m(i), circulated.plusDays(i == 7 ? 28 : 2)));
      }
      WrittenResolution w = WrittenResolution.ordinary("Change the bank", circulated);
      // The 28 days begin with the circulation date (CA 2006 s.297), so the last is 27 days after it.
      // The seventh signature of 12 members comes the day after: too late.
      assertFalse(c.decideInWriting(w, RollFixtures.roll(12), seven, circulated.plusDays(40)).passed());
      List<Signature> onTime = new ArrayList<>(seven.subList(0, 6));
      onTime.add(Signature.of(m(7), circulated.plusDays(27)));
      assertTrue(c.decideInWriting(w, RollFixtures.roll(12), onTime, circulated.plusDays(40)).passed());
    }

    @Test
    void board_isAtLeast2Directors_withAtMost2CoOptedWhoRetireAtTheNextAnnualMeeting() {
      Constitution c = workers();
      assertEquals(2, c.board().orElseThrow().minSize());
      assertEquals(2, c.board().orElseThrow().maxCoopted());
      List<Term> terms = List.of(Term.elected(m(1), ADOPTED), Term.elected(m(2), ADOPTED),
          Term.of(m(3), TermKind.CO_OPTED, ADOPTED.plusMonths(3)));
      Rotation r = c.retireByRotation(terms, ADOPTED.plusYears(1), false, TieBreaker.givenOrder());
      assertTrue(r.retiring().stream().anyMatch(x -> x.director().equals(m(3)) && x.reason() == Rotation.Reason.CO_OPTION_ENDS),
          r::toString);
    }

    @Test
    void boardQuorum_isTheGreaterOf50PercentOfDirectorsOr2() {
      Constitution c = workers();
      AgendaItem item = AgendaItem.of("1", "Approve the rota");
      Map<MemberId, Choice> none = new HashMap<>();
      List<MemberId> seven = range(1, 7);
      assertFalse(c.boardMeeting(seven, ADOPTED, range(1, 3), m(1)).decide(item, Resolution.ordinary(item.title()), none).quorum().quorate());
      assertTrue(c.boardMeeting(seven, ADOPTED, range(1, 4), m(1)).decide(item, Resolution.ordinary(item.title()), none).quorum().quorate());
      List<MemberId> three = range(1, 3);
      assertTrue(c.boardMeeting(three, ADOPTED, range(1, 2), m(1)).decide(item, Resolution.ordinary(item.title()), none).quorum().quorate());
      assertFalse(c.boardMeeting(three, ADOPTED, range(1, 1), m(1)).decide(item, Resolution.ordinary(item.title()), none).quorum().quorate());
    }

    @Test
    void investorShares_carryNoVote() {
      Electorate e = Electorate.of(RollFixtures.RECORD, List.of(
          Elector.builder().member(m(1)).addClasses(Profiles.WORKERS).putHoldings("equity", 500).build(),
          Elector.withShares(m(2), Profiles.WORKERS, "equity", 1),
          Elector.withShares(m(3), Profiles.INVESTORS, "equity", 2000)));
      VotingRoll roll = workers().roll(e);
      assertEquals(Fraction.ONE, roll.votesOf(m(1)));
      assertEquals(Fraction.ONE, roll.votesOf(m(2)));
      assertFalse(roll.hasVote(m(3)));
    }

    @Test
    void changingInvestorRights_needs75PercentOfMembersAnd75PercentOfEquityHolders() {
      Constitution c = workers();
      List<Elector> all = new ArrayList<>(RollFixtures.electors(1, 8, Profiles.WORKERS));
      all.addAll(RollFixtures.electors(9, 4, Profiles.INVESTORS));
      Electorate e = Electorate.of(RollFixtures.RECORD, all);
      // The general meeting: workers 1-8, 6 for and 2 against (75%); the investors' votes do not count.
      Tally.Builder gm = Tally.builder(c.roll(e));
      for (int i = 1; i <= 8; i++) {
        gm.vote(m(i), i <= 6 ? Choice.FOR : Choice.AGAINST);
      }
      ResolutionOutcome members = c.decide(Profiles.VARY_INVESTOR_RIGHTS, gm.build());
      assertTrue(members.passed(), members.explain());
      // The equity holders' class meeting, each holder with a vote: 3 of 4 for (75%), then 2 of 4.
      VotingRoll holders = VotingRules.oneMemberOneVote().roll(e.inClass(Profiles.INVESTORS));
      ResolutionOutcome yes = c.decide(Profiles.VARY_INVESTOR_RIGHTS, Tally.builder(holders).vote(m(9), Choice.FOR)
          .vote(m(10), Choice.FOR).vote(m(11), Choice.FOR).vote(m(12), Choice.AGAINST).build());
      ResolutionOutcome no = c.decide(Profiles.VARY_INVESTOR_RIGHTS, Tally.builder(holders).vote(m(9), Choice.FOR)
          .vote(m(10), Choice.FOR).vote(m(11), Choice.AGAINST).vote(m(12), Choice.AGAINST).build());
      assertTrue(ResolutionOutcome.allOf("Vary investor rights", Resolution.Kind.SPECIAL, List.of(members, yes)).passed());
      assertFalse(ResolutionOutcome.allOf("Vary investor rights", Resolution.Kind.SPECIAL, List.of(members, no)).passed());
    }

    @Test
    void tenPercentOfMembers_canRequisitionAGeneralMeeting() {
      // 45 members: 10% is 4 1/2, so 5.
      assertFalse(workers().generalMeetings().requisition(RollFixtures.roll(45), range(1, 4)).quorate());
      assertTrue(workers().generalMeetings().requisition(RollFixtures.roll(45), range(1, 5)).quorate());
    }
  }

  /** docs/rules-reference.md, "Other model rules" and "Constitution profiles": Somerset Rules, FairShares, school trust, community land trust, housing society. */
  @Nested
  class OtherModels {
    @Test
    void somerset_eachClassControlsAFixedShareWhateverItsHeadcount_workers50Clients25Investors25() {
      Constitution c = Profiles.somersetRules("Levels Care Co-operative", ADOPTED, QUORUM);
      VotingRoll roll = roll(c, Profiles.WORKERS, 5, Profiles.CLIENTS, 40, Profiles.INVESTORS, 2);
      assertEquals(Fraction.of(1, 10), roll.votesOf(m(1)));      // 1/2 among 5
      assertEquals(Fraction.of(1, 160), roll.votesOf(m(6)));     // 1/4 among 40
      assertEquals(Fraction.of(1, 8), roll.votesOf(m(46)));      // 1/4 among 2
      // The 5 workers against outvote the 40 clients for.
      Tally.Builder t = Tally.builder(roll);
      for (int i = 1; i <= 45; i++) {
        t.vote(m(i), i <= 5 ? Choice.AGAINST : Choice.FOR);
      }
      assertFalse(c.decide(Matter.ORDINARY_BUSINESS, t.build()).passed());
    }

    @Test
    void somerset_otherFixedShares_producers50Consumers50() {
      ClassId producers = ClassId.of("producers");
      ClassId consumers = ClassId.of("consumers");
      MembershipRules membership = MembershipRules.of(
          ClassPolicy.ONE_CLASS,
          StakeholderClass.of(producers, "Producers", Eligibility.always()),
          StakeholderClass.of(consumers, "Consumers", Eligibility.always()));
      Constitution c = Profiles.somersetRules("Dairy Co-operative", ADOPTED, QUORUM, membership,
          Map.of(producers, Fraction.ONE_HALF, consumers, Fraction.ONE_HALF));
      VotingRoll roll = roll(c, producers, 3, consumers, 30);
      assertEquals(Fraction.of(1, 6), roll.votesOf(m(1)));
      assertEquals(Fraction.of(1, 60), roll.votesOf(m(4)));
    }

    @Test
    void fairShares_specialResolution_needsAMajorityInEachClassAnd75PercentOfAllMembers() {
      Constitution c = Profiles.fairShares("Open Tools Co-operative", ADOPTED, true);
      VotingRoll roll = roll(c, Profiles.FOUNDERS, 2, Profiles.LABOUR, 6, Profiles.USERS, 8, Profiles.INVESTORS, 4);
      // 16 of 20 for, but the investors (17-20) split 2 to 2: no majority among them.
      Tally.Builder split = Tally.builder(roll);
      for (int i = 1; i <= 20; i++) {
        split.vote(m(i), i >= 19 ? Choice.AGAINST : Choice.FOR);
      }
      ResolutionOutcome no = c.decide(Matter.AMEND_RULES, split.build());
      assertFalse(no.passed());
      // 15 of 20 for (75%) with a majority in every class.
      Tally.Builder yes = Tally.builder(roll);
      for (int i = 1; i <= 20; i++) {
        yes.vote(m(i), i == 3 || i == 8 || i == 15 || i == 16 || i == 17 ? Choice.AGAINST : Choice.FOR);
      }
      assertTrue(c.decide(Matter.AMEND_RULES, yes.build()).passed());
      // 14 of 20 (70%) with every class's majority intact fails.
      Tally.Builder short1 = Tally.builder(roll);
      for (int i = 1; i <= 20; i++) {
        short1.vote(m(i), i == 3 || i == 8 || i == 14 || i == 15 || i == 16 || i == 17 ? Choice.AGAINST : Choice.FOR);
      }
      assertFalse(c.decide(Matter.AMEND_RULES, short1.build()).passed());
    }

    @Test
    void fairShares_anyClassCanTurnAnOrdinaryResolutionIntoASpecialOne() {
      Constitution c = Profiles.fairShares("Open Tools", ADOPTED, false);
      VotingRoll roll = roll(c, Profiles.FOUNDERS, 2, Profiles.LABOUR, 6, Profiles.USERS, 8, Profiles.INVESTORS, 4);
      Resolution special = ((Procedure.AtMeeting) c.procedure(Matter.AMEND_RULES)).resolution();
      VotingRoll investors = c.roll(roll.electorate().inClass(Profiles.INVESTORS));
      ResolutionOutcome classVote = Resolution.ordinary("Investors: make the sale special").decide(Tally.builder(investors)
          .vote(m(17), Choice.FOR).vote(m(18), Choice.FOR).vote(m(19), Choice.FOR).vote(m(20), Choice.AGAINST).build());
      var poll = c.generalMeetings().pollDemand(roll, range(17, 20));
      Resolution ordinary = Resolution.ordinary("Sell the warehouse");
      Resolution escalated = EscalationRule.of(special, true)
          .escalate(ordinary, Profiles.INVESTORS, classVote, Optional.of(poll)).orElseThrow();
      // 12 of 20 for: an ordinary majority, not 75% of all members.
      Tally t = tally(roll, 12, 8, 0);
      assertTrue(ordinary.decide(t).passed());
      assertFalse(escalated.decide(t).passed());
    }

    @Test
    void fairShares_regulatorApprovedVariant_capsInvestorVotesAtAQuarter() {
      Constitution c = Profiles.fairShares("Open Tools Co-operative", ADOPTED, true);
      VotingRoll roll = roll(c, Profiles.FOUNDERS, 2, Profiles.LABOUR, 6, Profiles.USERS, 8, Profiles.INVESTORS, 4);
      // 6 others and the 4 investors vote: the investors' 4 of 10 are capped to x/(x+6) = 1/4, x = 2.
      List<MemberId> voters = new ArrayList<>(List.of(m(1), m(2), m(3), m(4), m(9), m(10)));
      voters.addAll(range(17, 20));
      assertEquals(Fraction.of(1, 2), roll.weigh(voters).weightOf(m(17)));
      assertEquals(Fraction.ONE, Profiles.fairShares("Open Tools", ADOPTED, false).roll(roll.electorate()).weigh(voters).weightOf(m(17)));
    }

    @Test
    void fairShares_quorumIsTiered_halfAndAtLeast3Below10_twoFifthsTo50_aFlat20Above() {
      Constitution c = fairSharesCompany();
      assertEquals(Fraction.of(4), c.quorum(GM, present(RollFixtures.roll(8), 1, 0)).decidedBy().needed());
      // 4 members: half is 2, but at least 3.
      assertFalse(c.quorum(GM, present(RollFixtures.roll(4), 1, 2)).quorate());
      assertTrue(c.quorum(GM, present(RollFixtures.roll(4), 1, 3)).quorate());
      assertEquals(Fraction.of(10), c.quorum(GM, present(RollFixtures.roll(25), 1, 0)).decidedBy().needed());
      assertEquals(Fraction.of(20), c.quorum(GM, present(RollFixtures.roll(50), 1, 0)).decidedBy().needed());
      assertEquals(Fraction.of(20), c.quorum(GM, present(RollFixtures.roll(400), 1, 0)).decidedBy().needed());
    }

    @Test
    void schoolTrust_hasItsFiveClasses_andAStakeholderForumElectingAProportionOfTheTrustees() {
      Constitution c = Profiles.schoolTrust("Eastfield Learning Trust", ADOPTED, AREA, QUORUM, 4, 3);
      assertEquals(List.of(Profiles.STUDENTS, Profiles.PARENTS, Profiles.STAFF, Profiles.LEADERS, Profiles.LOCAL_COMMUNITY),
          c.membership().classes().stream().map(s -> s.id()).toList());
      assertTrue(admits(c, Profiles.STUDENTS, Facts.builder().enrolled(true).build()));
      assertTrue(admits(c, Profiles.LOCAL_COMMUNITY, adult(AREA)));
      assertFalse(admits(c, Profiles.LOCAL_COMMUNITY, adult("Westfield")));
      var board = c.board().orElseThrow();
      // 3 of 7 trustees are the forum's.
      assertEquals(3, board.appointed().stream().filter(a -> a.body().equals("Stakeholder forum")).mapToInt(a -> a.seats()).sum());
      assertEquals(7, board.fixedSeats());
    }

    @Test
    void communityLandTrust_boardInThirds_eachClassElectingItsOwnSeats() {
      Constitution c = Profiles.communityLandTrust("Eastfield Community Land Trust", ADOPTED, AREA, QUORUM, 3);
      var board = c.board().orElseThrow();
      assertEquals(9, board.maxSize());
      for (ClassId k : List.of(Profiles.LEASEHOLDERS, Profiles.RESIDENTS, Profiles.PUBLIC_INTEREST)) {
        assertEquals(3, board.reserved().stream().filter(r -> r.stakeholderClass().equals(k)).mapToInt(r -> r.seats()).sum());
      }
      assertEquals(0, board.generalSeats());
    }

    @Test
    void housingSociety_tenantsHoldAtMostAThird_andAThirdOfTheBoardRetiresEachYear() {
      Constitution c = Profiles.housingSociety("Eastfield Homes", ADOPTED, AREA, QUORUM, 9);
      VotingRoll roll = roll(c, Profiles.TENANTS, 12, Profiles.MEMBERS, 6);
      // 12 tenants and 6 others voting: the tenants' 12 of 18 are capped to x/(x+6) = 1/3, x = 3.
      var weights = roll.weigh(range(1, 18));
      Fraction tenants = Fraction.ZERO;
      for (MemberId t : range(1, 12)) {
        tenants = tenants.plus(weights.weightOf(t));
      }
      assertEquals(Fraction.of(3), tenants);
      assertEquals(3, c.board().orElseThrow().limits().get(0).maxSeats(9));
      List<Term> terms = new ArrayList<>();
      for (int i = 1; i <= 9; i++) {
        terms.add(Term.elected(m(i), ADOPTED.plusDays(i)));
      }
      assertEquals(3, c.retireByRotation(terms, ADOPTED.plusYears(2), false, TieBreaker.givenOrder()).retiring().size());
    }
  }
}
