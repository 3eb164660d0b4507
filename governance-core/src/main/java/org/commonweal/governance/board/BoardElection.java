package org.commonweal.governance.board;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.ConstrainedStv;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.SeatConstraint;
import org.commonweal.governance.election.StvMethod;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.Register;
import org.jspecify.annotations.Nullable;

/**
 * A board election in one call: every constituency counted, the class constituencies first (each by
 * and from its class's members on the record date), then the seats elected by all members, each count
 * under the board's composition limits given the seats already filled (a minimum binds a count only as
 * far as the contests after it cannot make it up, so in practice on the general count): each limit
 * becomes a {@link SeatConstraint} on the count ({@link ConstrainedStv} for an STV rule; for a single-winner
 * method, the candidates whose election would break a limit are withdrawn before the count).
 *
 * <p>A limit is taken of the board's voting seats after the election (see {@link CompositionLimit} for
 * its rounding). Where the seats filled outside the general count already break a limit, or too few of
 * a group stand, the limit cannot be met: the contest says which and why, the count keeps as close to
 * it as it can, and the result lists the board's {@link BoardResult#breaches()}.
 *
 * <pre>{@code
 * BoardResult r = BoardElection.elect(rules, register, recordDate, sitting,
 *     List.of(parents, staff, everyone), TieBreaker.seeded(2026));
 * }</pre>
 *
 * <p>Cost: each constituency's count, the general one under its constraints (see {@link
 * ConstrainedStv}). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class BoardElection {
  private BoardElection() {}

  /**
   * Holds a board election.
   *
   * @param rules the board's rules
   * @param register the register, read as it stood on the record date
   * @param recordDate the date that decides who may vote and stand
   * @param sitting the seats not elected now: continuing, appointed, ex officio and co-opted directors
   * @param constituencies the contests: at most one a reserved class and one for all members
   * @param tieBreaker the lot, for every count
   * @return the counts and the board
   * @throws InvalidValueException if the rules' elected, appointed and ex officio seats exceed the board's
   *     maximum size, if a constituency is for a class without reserved seats or has more
   *     seats than the rules give it, two are for the same seats, a sitting seat is marked elected or
   *     the co-opted exceed the rules, the board would exceed its maximum size, or a candidate was not a
   *     member (of the class) on the record date
   */
  public static BoardResult elect(
      BoardRules rules,
      Register register,
      LocalDate recordDate,
      List<BoardSeat> sitting,
      List<Constituency> constituencies,
      TieBreaker tieBreaker) {
    Preconditions.checkNotNull(rules, "rules");
    Preconditions.checkNotNull(register, "register");
    Preconditions.checkNotNull(recordDate, "recordDate");
    Preconditions.checkNotNull(tieBreaker, "tieBreaker");
    // BoardRules can be built with more fixed seats than the board's maximum (validation reports it);
    // such rules cannot be applied, whatever this election fills.
    Checks.check(
        rules.fixedSeats() <= rules.maxSize(),
        "maxSize",
        rules.maxSize(),
        "maxSize (%s) is less than the %s elected, appointed and ex officio seats",
        rules.maxSize(),
        rules.fixedSeats());
    check(rules, sitting, constituencies);
    int size = (int) sitting.stream().filter(BoardSeat::votes).count();
    for (Constituency c : constituencies) {
      size += c.seats();
    }
    Checks.check(
        size <= rules.maxSize(), "constituencies", size, "the board would have %s voting seats, more than maxSize (%s)", size, rules.maxSize());
    List<Constituency> order = new ArrayList<>();
    constituencies.stream().filter(c -> c.stakeholderClass() != null).forEach(order::add);
    constituencies.stream().filter(c -> c.stakeholderClass() == null).forEach(order::add);
    List<BoardSeat> board = new ArrayList<>(sitting);
    List<BoardResult.Contest> contests = new ArrayList<>();
    int later = order.stream().mapToInt(Constituency::seats).sum();
    for (Constituency c : order) {
      later -= c.seats();
      BoardResult.Contest contest = count(rules, register, recordDate, c, board, size, later, tieBreaker);
      contests.add(contest);
      for (Director d : contest.elected()) {
        board.add(new BoardSeat(d, BoardSeat.Kind.ELECTED, c.name(), true));
      }
    }
    return new BoardResult(ImmutableList.copyOf(board), ImmutableList.copyOf(contests), breaches(rules, board));
  }

  private static void check(BoardRules rules, List<BoardSeat> sitting, List<Constituency> constituencies) {
    Map<ClassId, Integer> reserved = new LinkedHashMap<>();
    rules.reserved().forEach(r -> reserved.put(r.stakeholderClass(), r.seats()));
    Set<String> seen = new HashSet<>();
    for (Constituency c : constituencies) {
      Checks.check(seen.add(c.name()), "constituencies", c.name(), "two constituencies for %s", c.name());
      ClassId k = c.stakeholderClass();
      int allowed = k == null ? rules.generalSeats() : reserved.getOrDefault(k, 0);
      Checks.check(
          c.seats() <= allowed,
          "constituencies",
          c.name(),
          "%s elects %s seats; the rules give it " + allowed,
          c.name(),
          c.seats());
    }
    long coOpted = sitting.stream().filter(s -> s.kind() == BoardSeat.Kind.CO_OPTED).count();
    Checks.check(
        coOpted <= rules.maxCoopted(), "sitting", coOpted, "%s co-opted directors; the rules allow %s", coOpted, rules.maxCoopted());
    for (BoardSeat s : sitting) {
      Checks.check(s.kind() != BoardSeat.Kind.ELECTED, "sitting", s, "%s is marked elected at this election", s);
      Checks.check(
          s.kind() != BoardSeat.Kind.CO_OPTED || s.votes() == rules.coOptedVote(),
          "sitting",
          s,
          "%s: the rules say co-opted directors " + (rules.coOptedVote() ? "vote" : "do not vote"),
          s);
    }
  }

  /** Whether the register shows the person as a member, of the class if any, on the date. */
  private static boolean belongs(Register register, MemberId id, @Nullable ClassId k, LocalDate on) {
    Optional<Member> m = register.member(id);
    return m.isPresent() && m.get().isMemberOn(on) && (k == null || m.get().classesOn(on).contains(k));
  }

  private static BoardResult.Contest count(
      BoardRules rules,
      Register register,
      LocalDate recordDate,
      Constituency c,
      List<BoardSeat> board,
      int size,
      int later,
      TieBreaker tieBreaker) {
    ClassId k = c.stakeholderClass();
    List<Candidate> candidates = new ArrayList<>();
    Map<Candidate, Director> who = new LinkedHashMap<>();
    for (Director d : c.candidates()) {
      boolean eligible = d.member().isPresent() && belongs(register, d.member().get(), k, recordDate);
      if (!eligible) {
        throw new InvalidValueException(
            "candidates",
            d.name(),
            d.name() + " may not stand for " + c.name() + ": not a member" + (k == null ? "" : " of the class") + " on " + recordDate);
      }
      Candidate cand = Candidate.of(d.name());
      candidates.add(cand);
      who.put(cand, d);
    }
    List<RankedBallot> ballots = new ArrayList<>();
    List<MemberId> setAside = new ArrayList<>();
    for (var e : c.ballots().entrySet()) {
      if (belongs(register, e.getKey(), k, recordDate)) {
        ballots.add(e.getValue());
      } else {
        setAside.add(e.getKey());
      }
    }
    List<SeatConstraint> constraints = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    constraints(rules, c, board, size, later, who, constraints, unmet);
    Election.Builder election = Election.builder().title(c.name()).candidates(candidates).seats(c.seats()).ballots(ballots);
    ElectionResult result;
    if (constraints.isEmpty()) {
      result = c.method().count(election.build(), tieBreaker);
    } else if (c.method() instanceof StvMethod stv) {
      result = constrained(stv, election.build(), constraints, unmet, tieBreaker);
    } else if (c.seats() == 1) {
      // One seat: a candidate whose election would break a limit cannot be elected in any conforming
      // outcome; withdrawing them before the count is the whole of the constraint.
      List<Candidate> out = new ArrayList<>();
      for (Candidate cand : candidates) {
        if (!conforms(Set.of(cand), constraints)) {
          out.add(cand);
        }
      }
      if (out.size() == candidates.size()) {
        unmet.add("no single candidate meets the limits " + constraints);
        out.clear();
      }
      result = c.method().count(election.withdrawn(out).build(), tieBreaker);
    } else {
      unmet.add("the limits " + constraints + " are applied inside STV counts only, and " + c.method().name() + " is not one");
      result = c.method().count(election.build(), tieBreaker);
    }
    ImmutableList<Director> elected = result.elected().stream().map(who::get).collect(ImmutableList.toImmutableList());
    return new BoardResult.Contest(
        c.name(), result, elected, ImmutableList.copyOf(setAside), ImmutableList.copyOf(constraints), ImmutableList.copyOf(unmet));
  }

  /** Counts under the constraints; limits that cannot be met are noted and set aside, one at a time. */
  private static ElectionResult constrained(
      StvMethod stv, Election election, List<SeatConstraint> constraints, List<String> unmet, TieBreaker tieBreaker) {
    List<SeatConstraint> left = new ArrayList<>(constraints);
    while (true) {
      try {
        return ConstrainedStv.of(stv, left).count(election, tieBreaker);
      } catch (InvalidValueException x) {
        if (!x.field().equals("constraints")) {
          throw x;
        }
        unmet.add(x.getMessage());
        String named = x.value();
        boolean removed = left.removeIf(s -> s.toString().equals(named));
        if (!removed) {
          left.clear();
        }
      }
    }
  }

  private static boolean conforms(Set<Candidate> chosen, List<SeatConstraint> constraints) {
    for (SeatConstraint s : constraints) {
      int in = (int) chosen.stream().filter(s.members()::contains).count();
      if (!s.allows(in)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Translates each composition limit into a constraint on a count: of the board's {@code size} voting
   * seats, those already filled hold {@code have} of the group, so the count may elect at most the
   * limit's maximum less {@code have} of the group's candidates, and must elect at least its minimum
   * less {@code have} and less the {@code later} seats of the contests still to come.
   */
  private static void constraints(
      BoardRules rules,
      Constituency c,
      List<BoardSeat> board,
      int size,
      int later,
      Map<Candidate, Director> who,
      List<SeatConstraint> out,
      List<String> unmet) {
    for (CompositionLimit l : rules.limits()) {
      int have = (int) board.stream().filter(s -> s.votes() && l.group().contains(s.director())).count();
      List<Candidate> members = new ArrayList<>();
      who.forEach((cand, d) -> {
        if (l.group().contains(d)) {
          members.add(cand);
        }
      });
      // A minimum binds only as far as the contests still to come cannot make it up.
      int lo = Math.max(0, l.minSeats(size) - have - later);
      int hi = l.maxSeats(size) - have;
      if (hi < 0) {
        unmet.add(
            "\"" + l + "\" cannot be met: the seats filled outside this count already hold " + have + " of the group, more than " + l.maxSeats(size) + " of " + size);
        hi = 0;
      }
      int most = Math.min(members.size(), c.seats());
      if (lo > most) {
        unmet.add(
            "\"" + l + "\" cannot be met: " + lo + " more of the group are needed, and this count can elect at most " + most);
        lo = most;
      }
      int least = Math.max(0, c.seats() - (who.size() - members.size()));
      if (hi < least) {
        unmet.add(
            "\"" + l + "\" cannot be met: only " + (who.size() - members.size()) + " candidates outside the group stand for " + c.seats() + " seats");
        hi = least;
      }
      if (members.isEmpty() || (lo == 0 && hi >= most)) {
        continue;
      }
      out.add(SeatConstraint.between(l.name(), lo, Math.min(hi, most), members));
    }
  }

  /** The composition limits the board breaks, with the numbers. */
  private static ImmutableList<String> breaches(BoardRules rules, List<BoardSeat> board) {
    List<String> out = new ArrayList<>();
    int size = (int) board.stream().filter(BoardSeat::votes).count();
    for (CompositionLimit l : rules.limits()) {
      int in = (int) board.stream().filter(s -> s.votes() && l.group().contains(s.director())).count();
      if (!l.allows(in, size)) {
        out.add("\"" + l + "\": " + in + " of " + size + " voting directors; allowed " + l.minSeats(size) + " to " + l.maxSeats(size));
      }
    }
    return ImmutableList.copyOf(out);
  }
}
