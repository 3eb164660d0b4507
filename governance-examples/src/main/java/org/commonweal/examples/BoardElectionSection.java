package org.commonweal.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.AppointedSeats;
import org.commonweal.governance.board.BoardElection;
import org.commonweal.governance.board.BoardResult;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.BoardSeat;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.board.Constituency;
import org.commonweal.governance.board.Director;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.shares.ShareLedger;

/**
 * The school trust's board election at its annual general meeting: the parents', staff and students'
 * seats, each elected by and from its class on the record date, then the two seats elected by all
 * members, counted under the limit that paid staff (staff and school leaders) hold at most one third
 * of the board; each count stage by stage, the limits that acted, and the new board with its appointed,
 * ex officio and co-opted trustees.
 *
 * <pre>{@code
 * new BoardElectionSection(SchoolTrustData.ledger()).print(System.out);
 * }</pre>
 */
public final class BoardElectionSection implements Section {
  private final ShareLedger ledger;

  /**
   * Creates the section.
   *
   * @param ledger the trust's share ledger and register
   */
  public BoardElectionSection(ShareLedger ledger) {
    this.ledger = ledger;
  }

  /** The record date of the election: the AGM's. */
  static final LocalDate RECORD_DATE = SchoolTrustData.AS_AT;

  /**
   * Returns the board part of the trust's constitution: 7 to 12 trustees; two parents and carers, one
   * member of staff and one student elected by their classes; two elected by all members; one trustee
   * appointed by the borough council and one by the partner university; the executive head teacher ex
   * officio; up to two co-opted trustees without a vote; paid staff at most one third of the board and
   * no class more than half.
   *
   * @return the rules
   */
  public static BoardRules boardRules() {
    BoardRules.Builder b =
        BoardRules.builder()
            .minSize(7)
            .maxSize(12)
            .addReserved(
                new ReservedSeats(SchoolTrustData.PARENTS, 2),
                new ReservedSeats(SchoolTrustData.STAFF, 1),
                new ReservedSeats(SchoolTrustData.STUDENTS, 1))
            .generalSeats(2)
            .addAppointed(new AppointedSeats("Brookfield Borough Council", 1), new AppointedSeats("Brookfield University", 1))
            .addExOfficio("Executive head teacher")
            .maxCoopted(2)
            .coOptedVote(false)
            .addLimits(CompositionLimit.atMost("paid staff", Group.attribute("paid staff"), Fraction.of(1, 3)));
    for (ClassId c :
        List.of(SchoolTrustData.STUDENTS, SchoolTrustData.PARENTS, SchoolTrustData.STAFF, SchoolTrustData.LEADERS, SchoolTrustData.RESIDENTS)) {
      b.addLimits(CompositionLimit.atMost("no class more than half: " + c, Group.ofClass(c), Fraction.ONE_HALF));
    }
    return b.build();
  }

  private Director member(String id) {
    Register r = ledger.register();
    var m = r.member(MemberId.of(id)).orElseThrow();
    var classes = m.classesOn(RECORD_DATE);
    boolean paid = classes.contains(SchoolTrustData.STAFF) || classes.contains(SchoolTrustData.LEADERS);
    return Director.member(m, RECORD_DATE, paid ? List.of("paid staff") : List.of());
  }

  private String name(String id) {
    return ledger.register().member(MemberId.of(id)).orElseThrow().name();
  }

  /** Each voter casts the same ballot, naming the candidates by their members' ids. */
  private void vote(Map<MemberId, RankedBallot> into, List<String> voters, String... candidates) {
    RankedBallot.Builder b = RankedBallot.builder();
    for (String c : candidates) {
      b.rank(Candidate.of(name(c)));
    }
    RankedBallot ballot = b.build();
    for (String v : voters) {
      into.put(MemberId.of(v), ballot);
    }
  }

  /** The trustees in office who are not elected at this meeting. */
  List<BoardSeat> sitting() {
    return List.of(
        BoardSeat.appointed(Director.nonMember("Cllr Hilary Shaw", List.of()), "Brookfield Borough Council"),
        BoardSeat.appointed(Director.nonMember("Prof. Idris Rahman", List.of()), "Brookfield University"),
        BoardSeat.exOfficio(member("BCL-001"), "Executive head teacher"),
        BoardSeat.coOpted(Director.nonMember("Marcus Webb", List.of()), false));
  }

  /** The four contests and their ballots. */
  List<Constituency> constituencies() {
    Map<MemberId, RankedBallot> parents = new LinkedHashMap<>();
    vote(parents, List.of("BCL-008", "BCL-010", "BCL-011"), "BCL-008", "BCL-009");
    vote(parents, List.of("BCL-009", "BCL-012"), "BCL-009", "BCL-026");
    vote(parents, List.of("BCL-026", "BCL-030", "BCL-013"), "BCL-026", "BCL-008");
    Map<MemberId, RankedBallot> staff = new LinkedHashMap<>();
    vote(staff, List.of("BCL-004", "BCL-005", "BCL-007", "BCL-024"), "BCL-005");
    vote(staff, List.of("BCL-006", "BCL-031"), "BCL-006");
    Map<MemberId, RankedBallot> students = new LinkedHashMap<>();
    vote(students, List.of("BCL-014", "BCL-016", "BCL-019"), "BCL-014");
    vote(students, List.of("BCL-015", "BCL-017", "BCL-025", "BCL-029"), "BCL-025");
    Map<MemberId, RankedBallot> all = new LinkedHashMap<>();
    vote(all, List.of("BCL-001", "BCL-002", "BCL-003", "BCL-005", "BCL-006", "BCL-007"), "BCL-003", "BCL-004");
    vote(all, List.of("BCL-004", "BCL-024", "BCL-028", "BCL-031"), "BCL-004", "BCL-003");
    vote(all, List.of("BCL-014", "BCL-015", "BCL-016", "BCL-017", "BCL-019"), "BCL-004", "BCL-003");
    vote(all, List.of("BCL-025", "BCL-029"), "BCL-020");
    vote(all, List.of("BCL-008", "BCL-009", "BCL-010", "BCL-011", "BCL-012"), "BCL-003", "BCL-004");
    vote(all, List.of("BCL-013", "BCL-026", "BCL-030"), "BCL-021");
    vote(all, List.of("BCL-020", "BCL-021", "BCL-022", "BCL-023", "BCL-027"), "BCL-020", "BCL-021");
    vote(all, List.of("BCL-032"), "BCL-021", "BCL-020");
    // Ethan Price ceased to be a member before the record date: his ballot is set aside.
    vote(all, List.of("BCL-018"), "BCL-021");
    return List.of(
        Constituency.ofClass(
            SchoolTrustData.PARENTS, 2, List.of(member("BCL-008"), member("BCL-009"), member("BCL-026")), parents, StvMethods.scottish()),
        Constituency.ofClass(SchoolTrustData.STAFF, 1, List.of(member("BCL-005"), member("BCL-006")), staff, ElectionMethods.instantRunoff()),
        Constituency.ofClass(
            SchoolTrustData.STUDENTS, 1, List.of(member("BCL-014"), member("BCL-025")), students, ElectionMethods.instantRunoff()),
        Constituency.general(
            2, List.of(member("BCL-003"), member("BCL-004"), member("BCL-020"), member("BCL-021")), all, StvMethods.scottish()));
  }

  /**
   * Holds the election.
   *
   * @return the counts and the new board
   */
  public BoardResult result() {
    return BoardElection.elect(boardRules(), ledger.register(), RECORD_DATE, sitting(), constituencies(), TieBreaker.seeded(2025));
  }

  @Override
  public String title() {
    return "Board election at the annual general meeting";
  }

  @Override
  public void print(PrintStream out) {
    BoardResult r = result();
    out.println("Record date " + RECORD_DATE + "; classes counted first, then the seats of all members.");
    for (BoardResult.Contest c : r.contests()) {
      out.println();
      out.println(
          "  " + c.constituency() + ": " + c.result().seats() + " seat" + (c.result().seats() == 1 ? "" : "s") + " by "
              + c.result().method() + ", " + c.result().report().ballots().valid() + " valid ballots"
              + (c.setAside().isEmpty() ? "" : "; set aside (not members of it on the record date): " + c.setAside()));
      if (!c.constraints().isEmpty()) {
        out.println("    counted under " + c.constraints());
      }
      for (Stage s : c.result().report().stages()) {
        out.println("    Stage " + s.number() + ": " + s.description());
        if (!s.elected().isEmpty()) {
          out.println("      elected: " + s.elected().stream().map(Candidate::name).collect(Collectors.joining(", ")));
        }
        for (String n : s.notes()) {
          out.println("      " + n);
        }
      }
      out.println("    Elected: " + c.elected().stream().map(Director::name).collect(Collectors.joining(", ")));
      for (String u : c.unmet()) {
        out.println("    Not met: " + u);
      }
    }
    out.println();
    out.println("  Limits that acted:");
    if (r.limitsActed().isEmpty()) {
      out.println("    none");
    }
    r.limitsActed().forEach(n -> out.println("    " + n));
    out.println();
    out.println("  The new board (" + r.board().stream().filter(BoardSeat::votes).count() + " voting trustees):");
    for (BoardSeat s : r.board()) {
      out.println("    " + s + (s.votes() ? "" : ", without a vote"));
    }
    out.println("  Composition limits broken: " + (r.breaches().isEmpty() ? "none" : r.breaches()));
  }
}
