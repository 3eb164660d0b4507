package org.commonweal.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.BoardResult;
import org.commonweal.governance.board.BoardSeat;
import org.commonweal.governance.board.Constituency;
import org.commonweal.governance.board.Director;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.Profiles;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingKind;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;

/**
 * The second institution's annual meeting: Millbrook Development Trust, a resident-controlled
 * development trust built from {@link Profiles#developmentTrust}, printed section by section: the
 * register, the annual general meeting under the constitution's own rules (notice, quorum, the
 * ordinary business and a special resolution to amend the rules), and the election of the whole board
 * by the resident members. Run it with {@code ./mvnw -q -pl governance-examples -am compile exec:java
 * -Dexec.mainClass=org.commonweal.examples.DevelopmentTrust}.
 */
public final class DevelopmentTrust {
  private DevelopmentTrust() {}

  /** The meeting's start, 14 clear days after notice on the record date. */
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 17, 19, 0);

  /**
   * Returns the example's sections, in the order they are printed.
   *
   * @param ledger the trust's share ledger and register
   * @return the sections
   */
  public static List<Section> sections(ShareLedger ledger) {
    return List.of(
        new RegisterSection(ledger, DevelopmentTrustData.AS_AT),
        new AgmSection(agm(DevelopmentTrustData.constitution(), ledger)),
        new ElectionSection("Election of the board by the resident members",
            "Record date " + DevelopmentTrustData.AS_AT + "; the " + DevelopmentTrustData.BOARD_SEATS
                + " seats are the resident members', elected by them from among themselves.",
            () -> election(ledger)),
        new ProfilePowerSection(DevelopmentTrustData.constitution(), ledger, DevelopmentTrustData.AS_AT));
  }

  /**
   * Builds the 2026 annual general meeting from the constitution: the roll on the record date (resident
   * members one vote each, supporters none); 12 members present, one of them a supporter; a proxy
   * lodged, which the rules (no proxies) refuse; the accounts received by the rules' ordinary business,
   * and a special resolution to amend the rules.
   *
   * @param c the constitution
   * @param ledger the share ledger
   * @return the meeting's inputs
   */
  public static AgmSection.Inputs agm(Constitution c, ShareLedger ledger) {
    VotingRoll roll = c.roll(Electorate.from(ledger, DevelopmentTrustData.AS_AT));
    AgendaItem accounts = AgendaItem.of("1", "Receive the annual accounts 2025-26");
    AgendaItem amend = AgendaItem.of("2", "Allow members to vote online");
    Meeting meeting = Meeting.builder().kind(MeetingKind.ANNUAL_GENERAL).title("Annual general meeting 2026")
        .startsAt(START).noticeGivenOn(DevelopmentTrustData.AS_AT).addAgenda(accounts, amend).build();
    List<MemberId> inPerson = ids("MDT", 1, 2, 3, 4, 5, 6, 8, 9, 10, 13, 15, 16);
    List<ProxyAppointment> proxies = List.of(ProxyAppointment.of(id("MDT", 12), Person.member(id("MDT", 3)), START.minusDays(2)));
    Attendance attendance = c.generalMeetings().attendance(meeting, roll, inPerson, proxies);
    Resolution ordinary = atMeeting(c, Matter.ORDINARY_BUSINESS).titled(accounts.title());
    Resolution special = atMeeting(c, Matter.AMEND_RULES).titled(amend.title());
    Tally accountsVotes = tally(roll, attendance, accounts.id(), Set.copyOf(ids("MDT", 9)), Set.copyOf(ids("MDT", 16)));
    // The supporter present holds no vote, so the attendance does not count him among those voting.
    Tally amendVotes = tally(roll, attendance, amend.id(), Set.copyOf(ids("MDT", 1, 10)), Set.of());
    return new AgmSection.Inputs(c.generalMeetings(), meeting, roll, attendance, ordinary, accountsVotes, special, amendVotes);
  }

  /** The resolution the constitution gives a matter at a general meeting. */
  static Resolution atMeeting(Constitution c, Matter matter) {
    Procedure p = c.procedure(matter);
    if (p instanceof Procedure.AtMeeting m) {
      return m.resolution();
    }
    throw new IllegalStateException(matter + " is not decided at one general meeting: " + p.description());
  }

  /**
   * Returns the board election: seven resident members stand for five seats, counted by the Scottish
   * STV rules; a supporter's ballot and the ballot of a member who ceased are set aside.
   *
   * @param ledger the share ledger
   * @return the counts and the new board
   */
  public static BoardResult election(ShareLedger ledger) {
    Register r = ledger.register();
    LocalDate record = DevelopmentTrustData.AS_AT;
    List<Director> candidates = new ArrayList<>();
    for (int n : new int[] {2, 3, 5, 6, 7, 12, 15}) {
      candidates.add(Director.member(r.member(id("MDT", n)).orElseThrow(), record, List.of()));
    }
    Map<MemberId, RankedBallot> ballots = new LinkedHashMap<>();
    vote(r, ballots, ids("MDT", 1, 4, 10, 16), 6, 2, 12);
    vote(r, ballots, ids("MDT", 2, 9, 18), 2, 5, 3);
    vote(r, ballots, ids("MDT", 3, 8, 17, 20), 3, 7, 15);
    vote(r, ballots, ids("MDT", 5, 12), 5, 12, 6);
    vote(r, ballots, ids("MDT", 6, 15), 15, 6, 7);
    vote(r, ballots, ids("MDT", 7), 7, 3);
    vote(r, ballots, ids("MDT", 11, 13), 12, 2);
    Constituency residents = Constituency.ofClass(Profiles.RESIDENTS, DevelopmentTrustData.BOARD_SEATS, candidates, ballots, StvMethods.scottish());
    return DevelopmentTrustData.constitution().electBoard(r, record, List.of(), List.of(residents), TieBreaker.seeded(2026));
  }

  /** Each voter casts the same ballot, ranking members by reference number. */
  static void vote(Register r, Map<MemberId, RankedBallot> into, List<MemberId> voters, int... ranked) {
    vote(r, into, "MDT", voters, ranked);
  }

  /** Each voter casts the same ballot, ranking members by prefix and reference number. */
  static void vote(Register r, Map<MemberId, RankedBallot> into, String prefix, List<MemberId> voters, int... ranked) {
    RankedBallot.Builder b = RankedBallot.builder();
    for (int n : ranked) {
      b.rank(Candidate.of(r.member(id(prefix, n)).orElseThrow().name()));
    }
    RankedBallot ballot = b.build();
    voters.forEach(v -> into.put(v, ballot));
  }

  /** Everyone present votes for, except those named against or abstaining; proxies vote the same way. */
  static Tally tally(VotingRoll roll, Attendance attendance, MatterId matter, Set<MemberId> against, Set<MemberId> abstaining) {
    Tally.Builder t = Tally.builder(roll).attendance(attendance).matter(matter).method(VotingMethod.POLL);
    for (MemberId m : attendance.present()) {
      Choice c = against.contains(m) ? Choice.AGAINST : abstaining.contains(m) ? Choice.ABSTAIN : Choice.FOR;
      if (attendance.acceptedProxies().containsKey(m)) {
        t.proxyVote(m, c);
      } else {
        t.vote(m, c);
      }
    }
    return t.build();
  }

  static MemberId id(String prefix, int n) {
    return MemberId.of(String.format("%s-%03d", prefix, n));
  }

  static List<MemberId> ids(String prefix, int... numbers) {
    List<MemberId> out = new ArrayList<>();
    for (int n : numbers) {
      out.add(id(prefix, n));
    }
    return out;
  }

  /**
   * A board election printed contest by contest, stage by stage, with the limits that acted and the
   * new board: the same printout for every institution whose board is elected from its profile.
   */
  static final class ElectionSection implements Section {
    private final String title;
    private final String intro;
    private final Supplier<BoardResult> result;

    ElectionSection(String title, String intro, Supplier<BoardResult> result) {
      this.title = title;
      this.intro = intro;
      this.result = result;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public void print(PrintStream out) {
      BoardResult r = result.get();
      out.println(intro);
      for (BoardResult.Contest c : r.contests()) {
        out.println();
        out.println("  " + c.constituency() + ": " + c.result().seats() + " seat" + (c.result().seats() == 1 ? "" : "s") + " by "
            + c.result().method() + ", " + c.result().report().ballots().valid() + " valid ballots"
            + (c.setAside().isEmpty() ? "" : "; set aside (not members of it on the record date): " + c.setAside()));
        for (Stage s : c.result().report().stages()) {
          out.println("    Stage " + s.number() + ": " + s.description());
          if (!s.elected().isEmpty()) {
            out.println("      elected: " + s.elected().stream().map(Candidate::name).collect(Collectors.joining(", ")));
          }
        }
        out.println("    Elected: " + names(c.elected()));
        for (String u : c.unmet()) {
          out.println("    Not met: " + u);
        }
      }
      out.println();
      out.println("  Limits that acted: " + (r.limitsActed().isEmpty() ? "none" : ""));
      r.limitsActed().forEach(n -> out.println("    " + n));
      out.println("  The new board (" + r.board().stream().filter(BoardSeat::votes).count() + " voting directors):");
      for (BoardSeat s : r.board()) {
        out.println("    " + s + (s.votes() ? "" : ", without a vote"));
      }
      out.println("  Composition limits broken: " + (r.breaches().isEmpty() ? "none" : r.breaches()));
    }

    static String names(Collection<Director> directors) {
      return directors.stream().map(Director::name).collect(Collectors.joining(", "));
    }
  }

  /**
   * Prints the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    print(out, DevelopmentTrustData.NAME, DevelopmentTrustData.constitution(), sections(DevelopmentTrustData.ledger()));
  }

  /** Prints a heading, the constitution's validation, then each section under its title. */
  static void print(PrintStream out, String heading, Constitution c, List<Section> sections) {
    out.println(heading);
    out.println("=".repeat(heading.length()));
    out.println(c);
    out.println("Validation: " + c.validate().explain().strip());
    for (Section section : sections) {
      out.println();
      out.println(section.title());
      out.println("-".repeat(section.title().length()));
      section.print(out);
    }
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
