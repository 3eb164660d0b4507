package org.commonweal.examples;

import static org.commonweal.examples.CommunityHubData.id;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.BoardResult;
import org.commonweal.governance.board.Constituency;
import org.commonweal.governance.board.Director;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Profiles;
import org.commonweal.governance.election.ElectionMethod;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingKind;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;

/**
 * The third institution's annual meeting: Eastgate Community Hub, a multi-service hub built from
 * {@link Profiles#communityHub}, printed section by section: the register of its six classes, the
 * annual general meeting under the constitution's own rules (fixed class shares of the vote; a
 * special resolution that also needs a majority in every class, which the business tenants withhold),
 * and the election of the board class by class under the limit on paid staff. Run it with {@code
 * ./mvnw -q -pl governance-examples -am compile exec:java
 * -Dexec.mainClass=org.commonweal.examples.CommunityHub}.
 */
public final class CommunityHub {
  private CommunityHub() {}

  /** The meeting's start, 14 clear days after notice on the record date. */
  static final LocalDateTime START = LocalDateTime.of(2026, 10, 20, 18, 0);

  /**
   * Returns the example's sections, in the order they are printed.
   *
   * @param ledger the hub's share ledger and register
   * @return the sections
   */
  public static List<Section> sections(ShareLedger ledger) {
    return List.of(
        new RegisterSection(ledger, CommunityHubData.AS_AT),
        new AgmSection(agm(CommunityHubData.constitution(), ledger)),
        new DevelopmentTrust.ElectionSection("Election of the board, class by class",
            "Record date " + CommunityHubData.AS_AT + "; each class elects its own seats; paid staff hold at most one"
                + " seat in ten and no class more than a third.",
            () -> election(ledger)),
        new ProfilePowerSection(CommunityHubData.constitution(), ledger, CommunityHubData.AS_AT));
  }

  /**
   * Builds the 2026 annual general meeting from the constitution: the roll on the record date under the
   * fixed class shares of the vote; 26 members present from every class; the accounts received as
   * ordinary business; and a special resolution to give the staff a second seat on the board, which
   * has three quarters of the vote but not a majority of the business tenants.
   *
   * @param c the constitution
   * @param ledger the share ledger
   * @return the meeting's inputs
   */
  public static AgmSection.Inputs agm(Constitution c, ShareLedger ledger) {
    VotingRoll roll = c.roll(Electorate.from(ledger, CommunityHubData.AS_AT));
    AgendaItem accounts = AgendaItem.of("1", "Receive the annual accounts 2025-26");
    AgendaItem staffSeat = AgendaItem.of("2", "Give the staff a second seat on the board");
    Meeting meeting = Meeting.builder().kind(MeetingKind.ANNUAL_GENERAL).title("Annual general meeting 2026")
        .startsAt(START).noticeGivenOn(CommunityHubData.AS_AT).addAgenda(accounts, staffSeat).build();
    List<MemberId> inPerson = new ArrayList<>();
    for (int n : new int[] {1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 30}) {
      inPerson.add(id(n));
    }
    Attendance attendance = c.generalMeetings().attendance(meeting, roll, inPerson, List.of());
    Resolution ordinary = DevelopmentTrust.atMeeting(c, Matter.ORDINARY_BUSINESS).titled(accounts.title());
    Resolution special = DevelopmentTrust.atMeeting(c, Matter.AMEND_RULES).titled(staffSeat.title());
    Tally accountsVotes = DevelopmentTrust.tally(roll, attendance, accounts.id(), Set.of(id(22)), Set.of(id(25)));
    Tally seatVotes = DevelopmentTrust.tally(roll, attendance, staffSeat.id(), Set.of(id(10), id(15), id(16)), Set.of());
    return new AgmSection.Inputs(c.generalMeetings(), meeting, roll, attendance, ordinary, accountsVotes, special, seatVotes);
  }

  /**
   * Returns the board election: residents elect 3 (five stand), families 2 (three stand), tenants 2
   * (unopposed), library users, business tenants and staff 1 each, multi-seat contests by the Scottish
   * STV rules and single seats by instant runoff.
   *
   * @param ledger the share ledger
   * @return the counts and the new board
   */
  public static BoardResult election(ShareLedger ledger) {
    Register r = ledger.register();
    List<Constituency> contests = new ArrayList<>();
    Map<MemberId, RankedBallot> residents = new LinkedHashMap<>();
    vote(r, residents, List.of(22, 23, 27), 22, 24);
    vote(r, residents, List.of(24, 28, 29), 24, 26, 22);
    vote(r, residents, List.of(25, 26), 26, 25);
    vote(r, residents, List.of(30), 23, 22);
    contests.add(contest(r, Profiles.RESIDENTS, 3, List.of(22, 23, 24, 25, 26), residents, StvMethods.scottish()));
    Map<MemberId, RankedBallot> families = new LinkedHashMap<>();
    vote(r, families, List.of(1, 4), 1, 3);
    vote(r, families, List.of(2, 5), 2, 1);
    vote(r, families, List.of(3), 3, 2);
    contests.add(contest(r, Profiles.FAMILIES, 2, List.of(1, 2, 3), families, StvMethods.scottish()));
    Map<MemberId, RankedBallot> tenants = new LinkedHashMap<>();
    vote(r, tenants, List.of(10, 11, 12, 13, 14), 11, 10);
    contests.add(contest(r, Profiles.TENANTS, 2, List.of(10, 11), tenants, StvMethods.scottish()));
    Map<MemberId, RankedBallot> library = new LinkedHashMap<>();
    vote(r, library, List.of(6, 8, 9), 6);
    vote(r, library, List.of(7), 7, 6);
    contests.add(contest(r, Profiles.LIBRARY_USERS, 1, List.of(6, 7), library, ElectionMethods.instantRunoff()));
    Map<MemberId, RankedBallot> business = new LinkedHashMap<>();
    vote(r, business, List.of(15, 16, 17), 15);
    contests.add(contest(r, Profiles.BUSINESS_TENANTS, 1, List.of(15), business, ElectionMethods.instantRunoff()));
    Map<MemberId, RankedBallot> staff = new LinkedHashMap<>();
    vote(r, staff, List.of(18, 20, 21), 18);
    vote(r, staff, List.of(19), 19, 18);
    // A resident's ballot in the staff contest is set aside: he is not a member of the class.
    vote(r, staff, List.of(27), 19);
    contests.add(contest(r, Profiles.STAFF, 1, List.of(18, 19), staff, ElectionMethods.instantRunoff()));
    return CommunityHubData.constitution().electBoard(r, CommunityHubData.AS_AT, List.of(), contests, TieBreaker.seeded(2026));
  }

  private static Constituency contest(Register r, ClassId c, int seats, List<Integer> candidates,
      Map<MemberId, RankedBallot> ballots, ElectionMethod method) {
    List<Director> ds = new ArrayList<>();
    for (int n : candidates) {
      ds.add(Director.member(r.member(id(n)).orElseThrow(), CommunityHubData.AS_AT, List.of()));
    }
    return Constituency.ofClass(c, seats, ds, ballots, method);
  }

  private static void vote(Register r, Map<MemberId, RankedBallot> into, List<Integer> voters, int... ranked) {
    List<MemberId> ids = voters.stream().map(CommunityHubData::id).toList();
    DevelopmentTrust.vote(r, into, "ECH", ids, ranked);
  }

  /**
   * Prints the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    DevelopmentTrust.print(out, CommunityHubData.NAME, CommunityHubData.constitution(), sections(CommunityHubData.ledger()));
  }

  /**
   * Prints the example to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
