package org.commonweal.governance.board;

import static org.commonweal.governance.board.Boards.RECORD_DATE;
import static org.commonweal.governance.board.Boards.candidate;
import static org.commonweal.governance.board.Boards.register;
import static org.commonweal.governance.board.Boards.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.election.ElectionMethods;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.Register;
import org.junit.jupiter.api.Test;

class BoardElectionTest {

  private static List<String> names(List<Director> ds) {
    return ds.stream().map(Director::name).toList();
  }

  private static String[] members(String prefix, int n, String cls) {
    String[] out = new String[2 * n];
    for (int i = 0; i < n; i++) {
      out[2 * i] = prefix + (i + 1);
      out[2 * i + 1] = cls;
    }
    return out;
  }

  private static String[] concat(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] p : parts) {
      all.addAll(List.of(p));
    }
    return all.toArray(new String[0]);
  }

  // --- a co-operative school trust ---------------------------------------------------------------

  static final ClassId PARENTS = ClassId.of("parents");
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId STUDENTS = ClassId.of("students");
  static final ClassId COMMUNITY = ClassId.of("community");

  /** Parents 2, staff 1, students 1, two seats for all members; two appointed, the head ex officio. */
  static BoardRules schoolTrustRules() {
    return BoardRules.builder()
        .minSize(8)
        .maxSize(14)
        .addReserved(new ReservedSeats(PARENTS, 2), new ReservedSeats(STAFF, 1), new ReservedSeats(STUDENTS, 1))
        .generalSeats(2)
        .addAppointed(new AppointedSeats("Local authority", 1), new AppointedSeats("Founding school", 1))
        .addExOfficio("Head teacher")
        .maxCoopted(2)
        .coOptedVote(false)
        .addLimits(
            CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(1, 3)),
            CompositionLimit.atMost("parents", Group.ofClass(PARENTS), Fraction.ONE_HALF))
        .build();
  }

  static Register schoolTrustRegister() {
    return register(
        List.of(PARENTS, STAFF, STUDENTS, COMMUNITY),
        concat(members("P", 40, "parents"), members("S", 12, "staff"), members("L", 15, "students"), members("C", 30, "community")));
  }

  static List<BoardSeat> schoolTrustSitting() {
    return List.of(
        BoardSeat.appointed(Director.nonMember("Ruth Okafor", List.of()), "Local authority"),
        BoardSeat.appointed(Director.nonMember("Dev Patel", List.of()), "Founding school"),
        BoardSeat.exOfficio(Director.nonMember("Helen Marsh", List.of("staff")), "Head teacher"),
        BoardSeat.coOpted(Director.nonMember("Sam Lee", List.of()), false));
  }

  static List<Constituency> schoolTrustConstituencies(Register r) {
    Map<MemberId, RankedBallot> parents = votes();
    votes(parents, "P", 1, 18, "P1", "P2");
    votes(parents, "P", 19, 12, "P2", "P3");
    votes(parents, "P", 31, 10, "P3", "P1");
    votes(parents, "S", 5, 1, "P3"); // a member of staff voting among the parents: set aside
    Map<MemberId, RankedBallot> staff = votes();
    votes(staff, "S", 1, 9, "S1");
    Map<MemberId, RankedBallot> students = votes();
    votes(students, "L", 1, 8, "L1", "L2");
    votes(students, "L", 9, 7, "L2", "L1");
    // All members: the two staff candidates would take both seats in a plain count.
    Map<MemberId, RankedBallot> everyone = votes();
    votes(everyone, "C", 1, 30, "S2", "S3");
    votes(everyone, "P", 1, 23, "S3");
    votes(everyone, "P", 24, 15, "C1", "C2");
    votes(everyone, "L", 1, 10, "P5");
    votes(everyone, "S", 4, 7, "C2", "C1");
    return List.of(
        Constituency.general(2, List.of(candidate(r, "S2", "staff"), candidate(r, "S3", "staff"), candidate(r, "P5"), candidate(r, "C1"), candidate(r, "C2")), everyone, StvMethods.scottish()),
        Constituency.ofClass(PARENTS, 2, List.of(candidate(r, "P1"), candidate(r, "P2"), candidate(r, "P3")), parents, StvMethods.scottish()),
        Constituency.ofClass(STAFF, 1, List.of(candidate(r, "S1", "staff")), staff, ElectionMethods.instantRunoff()),
        Constituency.ofClass(STUDENTS, 1, List.of(candidate(r, "L1"), candidate(r, "L2")), students, ElectionMethods.instantRunoff()));
  }

  @Test
  void elect_schoolTrust_classesFirstThenAllMembersUnderTheStaffLimit() {
    Register r = schoolTrustRegister();
    BoardResult result =
        BoardElection.elect(schoolTrustRules(), r, RECORD_DATE, schoolTrustSitting(), schoolTrustConstituencies(r), TieBreaker.givenOrder());
    List<String> order = result.contests().stream().map(BoardResult.Contest::constituency).toList();
    assertEquals(List.of("parents", "staff", "students", "all members"), order);
    assertEquals(List.of("P1", "P2"), names(result.contests().get(0).elected()));
    assertEquals(List.of(MemberId.of("S5")), result.contests().get(0).setAside());
    assertEquals(List.of("S1"), names(result.contests().get(1).elected()));
    assertEquals(List.of("L1"), names(result.contests().get(2).elected()));
    BoardResult.Contest general = result.contests().get(3);
    // 9 voting seats: at most 3 staff; the head and the staff seat hold 2, so the general count may
    // elect one member of staff.
    assertEquals(1, general.constraints().size());
    assertEquals(1, general.constraints().get(0).max());
    assertEquals(List.of("S2", "C1"), names(general.elected()));
    assertTrue(result.limitsActed().stream().anyMatch(n -> n.startsWith("all members, stage 1: S3 is doomed")), result.limitsActed().toString());
    assertEquals(List.of(), result.breaches());
    assertEquals(10, result.board().size());
    assertEquals(
        List.of("Ruth Okafor", "Dev Patel", "Helen Marsh", "Sam Lee", "P1", "P2", "S1", "L1", "S2", "C1"), names(result.directors()));
  }

  @Test
  void elect_schoolTrust_withoutTheLimit_wouldElectBothStaff() {
    Register r = schoolTrustRegister();
    BoardRules noLimit = BoardRules.builder().from(schoolTrustRules()).limits(List.of()).build();
    BoardResult result = BoardElection.elect(noLimit, r, RECORD_DATE, schoolTrustSitting(), schoolTrustConstituencies(r), TieBreaker.givenOrder());
    assertEquals(List.of("S2", "S3"), names(result.contests().get(3).elected()));
    // Under the rules with the limit, that board would break it: 4 staff of 9.
    assertEquals(4, result.board().stream().filter(s -> s.votes() && s.director().has("staff")).count());
  }

  @Test
  void elect_candidateOutsideTheClass_isRefused() {
    Register r = schoolTrustRegister();
    Constituency wrong =
        Constituency.ofClass(PARENTS, 1, List.of(candidate(r, "C1")), votes(votes(), "P", 1, 3, "C1"), StvMethods.scottish());
    InvalidValueException x =
        assertThrows(
            InvalidValueException.class,
            () -> BoardElection.elect(schoolTrustRules(), r, RECORD_DATE, List.of(), List.of(wrong), TieBreaker.givenOrder()));
    assertEquals("candidates", x.field());
  }

  @Test
  void elect_moreSeatsThanTheRulesGive_isRefused() {
    Register r = schoolTrustRegister();
    Constituency tooMany =
        Constituency.ofClass(STAFF, 2, List.of(candidate(r, "S1"), candidate(r, "S2")), votes(), StvMethods.scottish());
    InvalidValueException x =
        assertThrows(
            InvalidValueException.class,
            () -> BoardElection.elect(schoolTrustRules(), r, RECORD_DATE, List.of(), List.of(tooMany), TieBreaker.givenOrder()));
    assertEquals("constituencies", x.field());
  }

  @Test
  void elect_rulesWithMoreFixedSeatsThanTheMaximum_areRefusedBeforeCounting() {
    Register r = schoolTrustRegister();
    BoardRules tooSmall = BoardRules.builder().from(schoolTrustRules()).maxSize(schoolTrustRules().fixedSeats() - 1).build();
    // One staff seat of the rules, filled within the seats the rules give: only the rules are wrong.
    Constituency one = Constituency.ofClass(STAFF, 1, List.of(candidate(r, "S1")), votes(), StvMethods.scottish());
    InvalidValueException x =
        assertThrows(
            InvalidValueException.class,
            () -> BoardElection.elect(tooSmall, r, RECORD_DATE, List.of(), List.of(one), TieBreaker.givenOrder()));
    assertEquals("maxSize", x.field());
    assertEquals(
        "maxSize (" + tooSmall.maxSize() + ") is less than the " + tooSmall.fixedSeats()
            + " elected, appointed and ex officio seats",
        x.getMessage());
  }

  // --- a community land trust in thirds ----------------------------------------------------------

  static final ClassId LEASEHOLDERS = ClassId.of("leaseholders");
  static final ClassId RESIDENTS = ClassId.of("residents");
  static final ClassId PUBLIC = ClassId.of("public-interest");

  @Test
  void elect_communityLandTrustInThirds_eachClassElectsItsOwn() {
    Register r =
        register(
            List.of(LEASEHOLDERS, RESIDENTS, PUBLIC),
            concat(members("H", 20, "leaseholders"), members("R", 30, "residents"), members("Q", 10, "public-interest")));
    BoardRules rules =
        BoardRules.builder()
            .minSize(9)
            .maxSize(9)
            .addReserved(new ReservedSeats(LEASEHOLDERS, 3), new ReservedSeats(RESIDENTS, 3), new ReservedSeats(PUBLIC, 3))
            .addLimits(
                CompositionLimit.atMost("leaseholders", Group.ofClass(LEASEHOLDERS), Fraction.ONE_HALF),
                CompositionLimit.atMost("residents", Group.ofClass(RESIDENTS), Fraction.ONE_HALF),
                CompositionLimit.atMost("public interest", Group.ofClass(PUBLIC), Fraction.ONE_HALF))
            .build();
    Map<MemberId, RankedBallot> h = votes();
    votes(h, "H", 1, 8, "H1", "H2", "H3");
    votes(h, "H", 9, 6, "H4", "H3");
    votes(h, "H", 15, 6, "H2", "H1");
    votes(h, "R", 1, 5, "H4"); // residents may not vote for the leaseholders' seats
    Map<MemberId, RankedBallot> res = votes();
    votes(res, "R", 1, 12, "R1", "R2");
    votes(res, "R", 13, 10, "R3", "R4");
    votes(res, "R", 23, 8, "R4", "R5");
    Map<MemberId, RankedBallot> pub = votes();
    votes(pub, "Q", 1, 10, "Q1", "Q2", "Q3");
    List<Constituency> cs =
        List.of(
            Constituency.ofClass(LEASEHOLDERS, 3, List.of(candidate(r, "H1"), candidate(r, "H2"), candidate(r, "H3"), candidate(r, "H4")), h, StvMethods.scottish()),
            Constituency.ofClass(RESIDENTS, 3, List.of(candidate(r, "R1"), candidate(r, "R2"), candidate(r, "R3"), candidate(r, "R4"), candidate(r, "R5")), res, StvMethods.scottish()),
            Constituency.ofClass(PUBLIC, 3, List.of(candidate(r, "Q1"), candidate(r, "Q2"), candidate(r, "Q3")), pub, StvMethods.scottish()));
    BoardResult result = BoardElection.elect(rules, r, RECORD_DATE, List.of(), cs, TieBreaker.givenOrder());
    assertEquals(9, result.board().size());
    for (BoardResult.Contest c : result.contests()) {
      assertEquals(3, c.elected().size(), c.constituency());
      for (Director d : c.elected()) {
        assertTrue(d.classes().contains(ClassId.of(c.constituency())), d + " in " + c.constituency());
      }
    }
    assertEquals(5, result.contests().get(0).setAside().size());
    assertEquals(List.of(), result.breaches());
    // The five residents' ballots for H4 were set aside: H4 had 6 first preferences, not 11.
    assertEquals(20, result.contests().get(0).result().report().ballots().valid());
  }

  // --- a resident-elected development trust with a staff limit ------------------------------------

  @Test
  void elect_developmentTrust_staffAtMostAQuarterAndAResidentMajority() {
    ClassId members = ClassId.of("members");
    Register r = register(List.of(members), concat(members("T", 4, "members"), members("R", 6, "members"), members("X", 1, "members"), members("V", 160, "members")));
    BoardRules rules =
        BoardRules.builder()
            .minSize(8)
            .maxSize(8)
            .generalSeats(8)
            .addLimits(
                CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(1, 4)),
                CompositionLimit.majority("residents", Group.attribute("resident")))
            .build();
    List<Director> cands = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      cands.add(candidate(r, "T" + i, "staff"));
    }
    for (int i = 1; i <= 6; i++) {
      cands.add(candidate(r, "R" + i, "resident"));
    }
    cands.add(candidate(r, "X1"));
    Map<MemberId, RankedBallot> b = votes();
    votes(b, "V", 1, 30, "T1", "T2", "T3", "T4");
    votes(b, "V", 31, 25, "T2", "T1");
    votes(b, "V", 56, 20, "T3", "T4");
    votes(b, "V", 76, 18, "T4", "X1");
    votes(b, "V", 94, 15, "X1", "T4");
    votes(b, "V", 109, 12, "R1", "R2", "R3");
    votes(b, "V", 121, 11, "R2", "R4");
    votes(b, "V", 132, 10, "R3", "R5");
    votes(b, "V", 142, 9, "R4", "R6");
    votes(b, "V", 151, 8, "R5", "R6");
    votes(b, "V", 159, 2, "R6", "R5");
    for (var rule : List.of(StvMethods.scottish(), StvMethods.meek())) {
      BoardResult plain =
          BoardElection.elect(
              BoardRules.builder().from(rules).limits(List.of()).build(), r, RECORD_DATE, List.of(), List.of(Constituency.general(8, cands, b, rule)), TieBreaker.givenOrder());
      assertTrue(plain.directors().stream().filter(d -> d.has("staff")).count() > 2, rule.name());
      BoardResult result =
          BoardElection.elect(rules, r, RECORD_DATE, List.of(), List.of(Constituency.general(8, cands, b, rule)), TieBreaker.givenOrder());
      assertEquals(8, result.board().size());
      assertEquals(2, result.directors().stream().filter(d -> d.has("staff")).count(), rule.name());
      assertTrue(result.directors().stream().filter(d -> d.has("resident")).count() >= 5, rule.name());
      assertEquals(List.of(), result.breaches());
      assertTrue(result.limitsActed().stream().anyMatch(n -> n.contains("is doomed")), result.limitsActed().toString());
    }
  }
}
