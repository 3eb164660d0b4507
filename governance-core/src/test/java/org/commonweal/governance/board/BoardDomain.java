package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.CompositionLimit.Group;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberEvent;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;

/**
 * jqwik arbitraries for the board package: board rules, sitting boards, board elections with their
 * constituencies, and the deliberately broken ones that the library must refuse.
 *
 * <p>What the generated values guarantee:
 *
 * <ul>
 *   <li>{@link #drafts()}: the parts of valid {@link BoardRules}, built directly (never filtered): 0 to 3
 *       of the classes {@link #CLASSES} with 1 to 3 reserved seats each, 0 to 4 general seats, 0 to 2
 *       appointing bodies with 1 or 2 seats, 0 to 2 ex officio offices, 0 to 3 co-opted seats with or
 *       without a vote, at least one seat in all; a minimum size from 1 to what the seats provide and a
 *       maximum from the fixed seats (or the minimum) to 5 above; and up to two composition limits (a
 *       third of the board at most with the attribute {@link #STAFF}, and a maximum on one class that
 *       never falls below the seats reserved for it).
 *   <li>{@link #sittingBoards(BoardRules)}: the appointed, ex officio and co-opted seats the rules allow,
 *       held by non-members; co-opted directors vote exactly when the rules say they do.
 *   <li>{@link #contests()}: a board election that {@link BoardElection#elect} accepts: rules with 1 to 4
 *       elected seats (reserved for at most two classes, and general), no appointed seats, at most
 *       one co-opted; a register of 2 to 6 members in each of the four classes, admitted on {@link
 *       #ADMITTED}; one constituency per reserved class and one for the general seats, each with its
 *       seats to 2 more candidates (members of the class, staff with the attribute {@link #STAFF}), and a
 *       ranked ballot from every voter of the constituency, counted by Scottish STV with a seeded lot.
 *   <li>{@link #brokenRules()}: a draft that breaks exactly one rule {@link BoardRules}' check states,
 *       with the field the {@link org.commonweal.governance.base.InvalidValueException} names.
 *   <li>{@link #brokenContests()}: a valid contest changed to break one rule of {@link
 *       BoardElection#elect} (a constituency the rules do not give, more seats than given, too many
 *       co-opted, a sitting seat marked elected, a candidate who is not a member), with the field named.
 * </ul>
 */
// jqwik is on the class path of the tests, not a module the library reads.
@SuppressWarnings("exports")
public class BoardDomain extends DomainContextBase {
  /** The classes of generated rules and registers. */
  public static final List<ClassId> CLASSES =
      List.of(ClassId.of("parents"), ClassId.of("staff"), ClassId.of("learners"), ClassId.of("community"));

  /** The attribute that the generated staff limit reads, held by candidates of the staff class. */
  public static final String STAFF = "staff";

  /** The date every generated member was admitted. */
  public static final LocalDate ADMITTED = LocalDate.of(2024, 1, 10);

  /** The record date of every generated board election. */
  public static final LocalDate RECORD_DATE = LocalDate.of(2026, 9, 30);

  private static final List<String> BODIES = List.of("Local authority", "Founding school");
  private static final List<String> OFFICES = List.of("Head teacher", "Chief executive");

  /** Creates the domain; jqwik calls it. */
  public BoardDomain() {}

  /**
   * The parts of board rules as plain values, so that a draft the rules' check refuses can be
   * generated, shown and built on demand.
   *
   * @param minSize the fewest directors
   * @param maxSize the most directors
   * @param reserved the seats reserved for classes
   * @param generalSeats the seats elected by all members
   * @param appointed the appointed seats
   * @param exOfficio the ex officio offices
   * @param maxCoopted the most co-opted directors
   * @param coOptedVote whether co-opted directors vote
   * @param limits the composition limits
   */
  public record Draft(
      int minSize,
      int maxSize,
      List<ReservedSeats> reserved,
      int generalSeats,
      List<AppointedSeats> appointed,
      List<String> exOfficio,
      int maxCoopted,
      boolean coOptedVote,
      List<CompositionLimit> limits) {
    /** Copies the lists. */
    public Draft {
      reserved = List.copyOf(reserved);
      appointed = List.copyOf(appointed);
      exOfficio = List.copyOf(exOfficio);
      limits = List.copyOf(limits);
    }

    /**
     * Builds the rules; the builder's check decides.
     *
     * @return the rules
     * @throws org.commonweal.governance.base.InvalidValueException if the draft breaks a rule
     */
    public BoardRules build() {
      return BoardRules.builder()
          .minSize(minSize)
          .maxSize(maxSize)
          .reserved(reserved)
          .generalSeats(generalSeats)
          .appointed(appointed)
          .exOfficio(exOfficio)
          .maxCoopted(maxCoopted)
          .coOptedVote(coOptedVote)
          .limits(limits)
          .build();
    }

    /** Returns the elected, appointed and ex officio seats. */
    int fixedSeats() {
      return reserved.stream().mapToInt(ReservedSeats::seats).sum()
          + generalSeats
          + appointed.stream().mapToInt(AppointedSeats::seats).sum()
          + exOfficio.size();
    }

    Draft withSizes(int min, int max) {
      return new Draft(min, max, reserved, generalSeats, appointed, exOfficio, maxCoopted, coOptedVote, limits);
    }
  }

  /**
   * A draft that breaks one rule, what it breaks, and the field the refusal names.
   *
   * @param draft the draft
   * @param defect the rule broken, in words
   * @param field the field {@link org.commonweal.governance.base.InvalidValueException#field()} names
   */
  public record BrokenRules(Draft draft, String defect, String field) {}

  /**
   * A board election, ready to hold.
   *
   * @param rules the board's rules
   * @param register the register
   * @param sitting the seats not elected now
   * @param constituencies the contests
   * @param seed the seed of the lot
   */
  public record Contest(BoardRules rules, Register register, List<BoardSeat> sitting, List<Constituency> constituencies, long seed) {
    /** Copies the lists. */
    public Contest {
      sitting = List.copyOf(sitting);
      constituencies = List.copyOf(constituencies);
    }

    /**
     * Holds the election on {@link #RECORD_DATE}.
     *
     * @return the result
     */
    public BoardResult elect() {
      return BoardElection.elect(rules, register, RECORD_DATE, sitting, constituencies, TieBreaker.seeded(seed));
    }

    /** Returns the seats the constituencies elect. */
    public int seatsElected() {
      return constituencies.stream().mapToInt(Constituency::seats).sum();
    }
  }

  /**
   * A board election that breaks one rule, what it breaks, and the field the refusal names.
   *
   * @param contest the election
   * @param defect the rule broken, in words
   * @param field the field {@link org.commonweal.governance.base.InvalidValueException#field()} names
   */
  public record BrokenContest(Contest contest, String defect, String field) {}

  @Provide
  Arbitrary<BoardRules> boardRulesFor() {
    return boardRules();
  }

  @Provide
  Arbitrary<Contest> contestsFor() {
    return contests();
  }

  // ---------------------------------------------------------------------------------------------
  // Rules and sitting boards

  private static List<ReservedSeats> reservations(Set<ClassId> classes, List<Integer> seats) {
    List<ReservedSeats> out = new ArrayList<>();
    int i = 0;
    for (ClassId c : CLASSES) {
      if (classes.contains(c)) {
        out.add(new ReservedSeats(c, seats.get(i++)));
      }
    }
    return out;
  }

  /**
   * Generates the parts of valid board rules; see the class doc.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Draft> drafts() {
    Arbitrary<List<ReservedSeats>> reserved = Combinators.combine(
            Arbitraries.subsetOf(CLASSES).ofMaxSize(3), Arbitraries.integers().between(1, 3).list().ofSize(3))
        .as(BoardDomain::reservations);
    Arbitrary<List<AppointedSeats>> appointed = Combinators.combine(
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 2).list().ofSize(2))
        .as((n, seats) -> {
          List<AppointedSeats> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            out.add(new AppointedSeats(BODIES.get(i), seats.get(i)));
          }
          return out;
        });
    Arbitrary<List<String>> offices = Arbitraries.integers().between(0, 2).map(n -> OFFICES.subList(0, n));
    Arbitrary<Draft> shape = Combinators.combine(
            reserved, Arbitraries.integers().between(0, 4), appointed, offices, Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
        .as((r, general, a, o, coopted, vote) -> {
          Draft d = new Draft(1, 1, r, general, a, o, coopted, vote, List.of());
          // At least one seat, added rather than filtered for.
          return d.fixedSeats() + coopted == 0 ? new Draft(1, 1, r, 1, a, o, coopted, vote, List.of()) : d;
        });
    return Combinators.combine(
            shape,
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 5),
            Arbitraries.of(true, false),
            Arbitraries.of(CLASSES).optional(0.5),
            Arbitraries.of(Fraction.of(1, 4), Fraction.of(1, 3), Fraction.ONE_HALF))
        .as((d, minPick, extra, staffLimit, limitedClass, fraction) -> {
          int provided = d.fixedSeats() + d.maxCoopted();
          int min = 1 + minPick % provided;
          int max = Math.max(d.fixedSeats(), min) + extra;
          List<CompositionLimit> limits = new ArrayList<>();
          if (staffLimit) {
            limits.add(CompositionLimit.atMost(STAFF, Group.attribute(STAFF), Fraction.of(1, 3)));
          }
          if (limitedClass.isPresent()) {
            ClassId c = limitedClass.get();
            int reservedFor = d.reserved().stream().filter(r -> r.stakeholderClass().equals(c)).mapToInt(ReservedSeats::seats).sum();
            CompositionLimit l = CompositionLimit.atMost("class " + c, Group.ofClass(c), fraction);
            // Never below the seats reserved for the class: then the class may fill the board.
            limits.add(l.maxSeats(max) >= reservedFor ? l : CompositionLimit.atMost("class " + c, Group.ofClass(c), Fraction.ONE));
          }
          return new Draft(min, max, d.reserved(), d.generalSeats(), d.appointed(), d.exOfficio(), d.maxCoopted(), d.coOptedVote(), limits);
        });
  }

  /**
   * Generates valid board rules, built from {@link #drafts()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BoardRules> boardRules() {
    return drafts().map(Draft::build);
  }

  /**
   * Generates the seats of a board that are not elected at an election under {@code rules}: every
   * appointed and ex officio seat, and 0 to the most co-opted directors the rules allow.
   *
   * @param rules the rules
   * @return the arbitrary
   */
  public static Arbitrary<List<BoardSeat>> sittingBoards(BoardRules rules) {
    return Arbitraries.integers().between(0, rules.maxCoopted()).map(coopted -> sitting(rules, coopted));
  }

  static List<BoardSeat> sitting(BoardRules rules, int coopted) {
    List<BoardSeat> out = new ArrayList<>();
    for (AppointedSeats a : rules.appointed()) {
      for (int i = 1; i <= a.seats(); i++) {
        out.add(BoardSeat.appointed(Director.nonMember("Appointee " + i + " of " + a.body(), List.of()), a.body()));
      }
    }
    for (String office : rules.exOfficio()) {
      out.add(BoardSeat.exOfficio(Director.nonMember("The " + office, List.of()), office));
    }
    for (int i = 1; i <= coopted; i++) {
      out.add(BoardSeat.coOpted(Director.nonMember("Co-opted " + i, List.of()), rules.coOptedVote()));
    }
    return out;
  }

  /**
   * Generates drafts of board rules that break exactly one rule; see the class doc.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BrokenRules> brokenRules() {
    return Combinators.combine(drafts(), Arbitraries.integers().between(0, 9)).as(BoardDomain::broken);
  }

  static BrokenRules broken(Draft d, int defect) {
    int fixed = d.fixedSeats();
    switch (defect) {
      case 0:
        return new BrokenRules(d.withSizes(0, d.maxSize()), "a minimum size below 1", "minSize");
      case 1:
        return new BrokenRules(d.withSizes(d.minSize(), d.minSize() - 1), "a maximum size below the minimum", "maxSize");
      case 2:
        return new BrokenRules(
            new Draft(d.minSize(), d.maxSize(), d.reserved(), -1, d.appointed(), d.exOfficio(), d.maxCoopted(), d.coOptedVote(), d.limits()),
            "negative general seats",
            "generalSeats");
      case 3:
        return new BrokenRules(
            new Draft(d.minSize(), d.maxSize(), d.reserved(), d.generalSeats(), d.appointed(), d.exOfficio(), -1, d.coOptedVote(), d.limits()),
            "a negative number of co-opted seats",
            "maxCoopted");
      case 4: {
        // More fixed seats than the maximum size is not a build error: validation reports it
        // (BOARD_RESERVED_EXCEEDS_SIZE) and a board election refuses it. A blank ex officio office is.
        List<String> offices = new ArrayList<>(d.exOfficio());
        offices.add(" ");
        Draft blank = new Draft(d.minSize(), d.maxSize() + 1, d.reserved(), d.generalSeats(), d.appointed(), offices,
            d.maxCoopted(), d.coOptedVote(), d.limits());
        return new BrokenRules(blank, "a blank ex officio office", "exOfficio");
      }
      case 5: {
        int min = fixed + d.maxCoopted() + 1;
        return new BrokenRules(d.withSizes(min, Math.max(d.maxSize(), min)), "a minimum size the seats cannot reach", "minSize");
      }
      case 6: {
        List<ReservedSeats> twice = new ArrayList<>(d.reserved());
        ClassId c = twice.isEmpty() ? CLASSES.get(0) : twice.get(0).stakeholderClass();
        if (twice.isEmpty()) {
          twice.add(new ReservedSeats(c, 1));
        }
        twice.add(new ReservedSeats(c, 1));
        int added = twice.size() - d.reserved().size();
        return new BrokenRules(
            new Draft(d.minSize(), d.maxSize() + added, twice, d.generalSeats(), d.appointed(), d.exOfficio(), d.maxCoopted(), d.coOptedVote(), d.limits()),
            "a class with two reservations",
            "reserved");
      }
      case 7: {
        List<CompositionLimit> limits = new ArrayList<>(d.limits());
        limits.add(CompositionLimit.atMost("repeated", Group.attribute("treasurer"), Fraction.ONE));
        limits.add(CompositionLimit.atLeast("repeated", Group.attribute("treasurer"), Fraction.ZERO));
        return new BrokenRules(
            new Draft(d.minSize(), d.maxSize(), d.reserved(), d.generalSeats(), d.appointed(), d.exOfficio(), d.maxCoopted(), d.coOptedVote(), limits),
            "two limits with one name",
            "limits");
      }
      case 8: {
        List<ReservedSeats> reserved = new ArrayList<>(d.reserved());
        int max = d.maxSize();
        if (reserved.isEmpty()) {
          reserved.add(new ReservedSeats(CLASSES.get(0), 1));
          max++;
        }
        ClassId c = reserved.get(0).stakeholderClass();
        List<CompositionLimit> limits = new ArrayList<>(d.limits());
        limits.add(CompositionLimit.atMost("none of " + c, Group.ofClass(c), Fraction.ZERO));
        return new BrokenRules(
            new Draft(d.minSize(), max, reserved, d.generalSeats(), d.appointed(), d.exOfficio(), d.maxCoopted(), d.coOptedVote(), limits),
            "a limit allowing fewer seats than a class has reserved",
            "limits");
      }
      default: {
        List<String> offices = new ArrayList<>(d.exOfficio());
        offices.add(" ");
        return new BrokenRules(
            new Draft(d.minSize(), d.maxSize() + 1, d.reserved(), d.generalSeats(), d.appointed(), offices, d.maxCoopted(), d.coOptedVote(), d.limits()),
            "a blank ex officio office",
            "exOfficio");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Registers and board elections

  static String memberName(ClassId c, int i) {
    return c.value() + "-" + i;
  }

  /** A register of members admitted on {@link #ADMITTED}, {@code sizes.get(k)} of them in class k. */
  static Register register(List<Integer> sizes) {
    List<StakeholderClass> defined = new ArrayList<>();
    for (ClassId c : CLASSES) {
      defined.add(StakeholderClass.of(c, c.value(), Eligibility.always()));
    }
    List<Member> members = new ArrayList<>();
    for (int k = 0; k < CLASSES.size(); k++) {
      ClassId c = CLASSES.get(k);
      for (int i = 1; i <= sizes.get(k); i++) {
        String id = memberName(c, i);
        members.add(Member.builder()
            .id(MemberId.of(id))
            .name(id)
            .addHistory(MemberEvent.of(ADMITTED, MemberEvent.Kind.ADMITTED, Set.of(c), ""))
            .build());
      }
    }
    return Register.of(MembershipRules.of(ClassPolicy.SEVERAL_CLASSES, defined), members);
  }

  /** The members of a class (all members for null), as candidates: staff carry the attribute {@link #STAFF}. */
  private static List<Director> candidates(Register r, List<MemberId> ids) {
    List<Director> out = new ArrayList<>();
    for (MemberId id : ids) {
      Member m = r.member(id).orElseThrow();
      boolean staff = m.classesOn(RECORD_DATE).contains(CLASSES.get(1));
      out.add(Director.member(m, RECORD_DATE, staff ? List.of(STAFF) : List.of()));
    }
    return out;
  }

  private static List<MemberId> voters(Register r, ClassId c) {
    List<MemberId> out = new ArrayList<>();
    for (Member m : r.members()) {
      if (c == null || m.classesOn(RECORD_DATE).contains(c)) {
        out.add(m.id());
      }
    }
    return out;
  }

  /** One constituency: the first candidates among the voters, a ballot from every voter. */
  private static Arbitrary<Constituency> constituency(Register r, ClassId c, int seats) {
    List<MemberId> voters = voters(r, c);
    return Arbitraries.integers().between(0, 2).flatMap(extra -> {
      List<Director> cands = candidates(r, voters.subList(0, Math.min(voters.size(), seats + extra)));
      List<Candidate> names = cands.stream().map(d -> Candidate.of(d.name())).toList();
      Arbitrary<RankedBallot> ballot = Combinators.combine(Arbitraries.shuffle(names), Arbitraries.integers().between(1, names.size()))
          .as((order, k) -> RankedBallot.of(1, order.subList(0, k)));
      return ballot.list().ofSize(voters.size()).map(papers -> {
        Map<MemberId, RankedBallot> ballots = new LinkedHashMap<>();
        for (int i = 0; i < voters.size(); i++) {
          ballots.put(voters.get(i), papers.get(i));
        }
        return c == null
            ? Constituency.general(seats, cands, ballots, StvMethods.scottish())
            : Constituency.ofClass(c, seats, cands, ballots, StvMethods.scottish());
      });
    });
  }

  /**
   * Generates board elections that {@link BoardElection#elect} accepts; see the class doc.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Contest> contests() {
    Arbitrary<List<ReservedSeats>> reserved = Combinators.combine(
            Arbitraries.subsetOf(CLASSES).ofMaxSize(2), Arbitraries.integers().between(1, 2).list().ofSize(2))
        .as(BoardDomain::reservations);
    Arbitrary<BoardRules> rules = Combinators.combine(
            reserved,
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 1),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((r, general, offices, coopted, vote, staffLimit) -> {
          int elected = r.stream().mapToInt(ReservedSeats::seats).sum() + general;
          BoardRules.Builder b = BoardRules.builder()
              .minSize(1)
              .reserved(r)
              .generalSeats(elected == 0 ? 1 : general)
              .exOfficio(OFFICES.subList(0, offices))
              .maxCoopted(coopted)
              .coOptedVote(vote);
          if (staffLimit) {
            b.addLimits(CompositionLimit.atMost(STAFF, Group.attribute(STAFF), Fraction.ONE_HALF));
          }
          return b.maxSize(Math.max(elected, 1) + offices + coopted + 2).build();
        });
    Arbitrary<Register> registers = Arbitraries.integers().between(2, 6).list().ofSize(CLASSES.size()).map(BoardDomain::register);
    return Combinators.combine(rules, registers, Arbitraries.longs()).flatAs((rs, reg, seed) -> {
      List<Arbitrary<Constituency>> each = new ArrayList<>();
      for (ReservedSeats r : rs.reserved()) {
        each.add(constituency(reg, r.stakeholderClass(), r.seats()));
      }
      if (rs.generalSeats() > 0) {
        each.add(constituency(reg, null, rs.generalSeats()));
      }
      return Combinators.combine(each).as(cs -> new Contest(rs, reg, sitting(rs, rs.maxCoopted()), cs, seed));
    });
  }

  /**
   * Generates board elections that break one rule of {@link BoardElection#elect}; see the class doc.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BrokenContest> brokenContests() {
    return Combinators.combine(contests(), Arbitraries.integers().between(0, 4)).as(BoardDomain::broken);
  }

  static BrokenContest broken(Contest c, int defect) {
    BoardRules rules = c.rules();
    Constituency first = c.constituencies().get(0);
    switch (defect) {
      case 0: {
        // A class without reserved seats: the rules reserve at most two of the four.
        ClassId unreserved = CLASSES.stream()
            .filter(k -> rules.reserved().stream().noneMatch(r -> r.stakeholderClass().equals(k)))
            .findFirst()
            .orElseThrow();
        List<Constituency> cs = new ArrayList<>(c.constituencies());
        cs.add(Constituency.ofClass(unreserved, 1, first.candidates(), Map.of(), first.method()));
        return new BrokenContest(withConstituencies(c, cs), "a constituency for a class without reserved seats", "constituencies");
      }
      case 1: {
        List<Constituency> cs = new ArrayList<>(c.constituencies());
        cs.set(0, new Constituency(first.stakeholderClass(), first.seats() + 1, first.candidates(), first.ballots(), first.method()));
        return new BrokenContest(withConstituencies(c, cs), "a constituency electing more seats than the rules give it", "constituencies");
      }
      case 2: {
        List<BoardSeat> sitting = sitting(rules, 0);
        for (int i = 0; i <= rules.maxCoopted(); i++) {
          sitting.add(BoardSeat.coOpted(Director.nonMember("Co-opted " + (i + 1), List.of()), rules.coOptedVote()));
        }
        return new BrokenContest(new Contest(rules, c.register(), sitting, c.constituencies(), c.seed()), "more co-opted directors than allowed", "sitting");
      }
      case 3: {
        List<BoardSeat> sitting = new ArrayList<>(c.sitting());
        sitting.add(new BoardSeat(Director.nonMember("Already elected", List.of()), BoardSeat.Kind.ELECTED, first.name(), true));
        return new BrokenContest(new Contest(rules, c.register(), sitting, c.constituencies(), c.seed()), "a sitting seat marked elected", "sitting");
      }
      default: {
        List<Director> cands = new ArrayList<>(first.candidates());
        cands.add(Director.nonMember("Not a member", List.of()));
        List<Constituency> cs = new ArrayList<>(c.constituencies());
        cs.set(0, new Constituency(first.stakeholderClass(), first.seats(), ImmutableList.copyOf(cands), first.ballots(), first.method()));
        return new BrokenContest(withConstituencies(c, cs), "a candidate who is not a member", "candidates");
      }
    }
  }

  private static Contest withConstituencies(Contest c, List<Constituency> cs) {
    return new Contest(c.rules(), c.register(), c.sitting(), cs, c.seed());
  }
}
