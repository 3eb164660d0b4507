package org.commonweal.governance.meeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.QuorumCheck.Unit;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.voting.VotingRoll;

/**
 * Decides a {@link QuorumRule} on a group of members: the one place where the rule records are
 * interpreted. The records are data; their evaluation needs the counted group, which is no part of the
 * public API, and a sealed interface cannot declare a package-private method, so the cases are told apart
 * here, once.
 */
final class QuorumCounter {
  private QuorumCounter() {}

  /**
   * Decides a rule on a group.
   *
   * @param personsAmong the number of distinct individuals acting for the given members of the group:
   *     a person acting in several capacities counts once, in every scope
   */
  static QuorumDecision decide(QuorumRule rule, String purpose, VotingRoll roll, Collection<MemberId> group,
      Function<Set<MemberId>, Integer> personsAmong) {
    requireDefined(rule, roll);
    ImmutableSet<MemberId> counted = ImmutableSet.copyOf(group);
    Set<MemberId> inBody = new TreeSet<>();
    counted.stream().filter(roll::hasVote).forEach(inBody::add);
    Group g = new Group(roll, counted, personsAmong.apply(inBody), Optional.empty(), personsAmong);
    Result r = evaluate(rule, g);
    return ImmutableQuorumDecision.builder()
        .purpose(purpose)
        .rule(rule.description())
        .quorate(r.met)
        .decidedBy(r.decidedBy)
        .checks(r.checks)
        .membersCounted(g.presentHeads())
        .bodySize(g.size())
        .build();
  }

  /**
   * Refuses a rule naming a class the roll's constitution does not define: read as an empty class, a
   * mistyped id would decide silently (inquorate under a number of persons, quorate under a fraction of
   * no members).
   */
  private static void requireDefined(QuorumRule rule, VotingRoll roll) {
    if (rule instanceof QuorumRule.InClass r) {
      roll.requireDefined(r.classId(), r.description());
      requireDefined(r.rule(), roll);
    } else if (rule instanceof QuorumRule.InEachClass r) {
      requireDefined(r.rule(), roll);
    } else if (rule instanceof QuorumRule.GreaterOf r) {
      r.parts().forEach(p -> requireDefined(p, roll));
    } else if (rule instanceof QuorumRule.LesserOf r) {
      r.parts().forEach(p -> requireDefined(p, roll));
    } else if (rule instanceof QuorumRule.Tiered r) {
      r.tiers().forEach(t -> requireDefined(t.rule(), roll));
      requireDefined(r.otherwise(), roll);
    }
  }

  /** Evaluates a rule on a group; every case of the sealed interface is handled. */
  static Result evaluate(QuorumRule rule, Group g) {
    if (rule instanceof QuorumRule.Members r) {
      return Result.of(check(r.description() + g.of(), Unit.MEMBERS, g.present(Unit.MEMBERS), Fraction.of(r.n()), false));
    }
    if (rule instanceof QuorumRule.Persons r) {
      return Result.of(check(r.description() + g.of(), Unit.PERSONS, g.present(Unit.PERSONS), Fraction.of(r.n()), false));
    }
    if (rule instanceof QuorumRule.FractionOfMembers r) {
      int size = g.size();
      Fraction exact = r.fraction().times(size);
      // A whole number of people: "at least 11/2" is at least 6, "more than 5" is at least 6.
      BigInteger needed = r.strict() ? exact.floor().add(BigInteger.ONE) : exact.ceiling();
      return Result.of(check(r.description() + g.of() + " (of " + size + ")", Unit.MEMBERS, g.present(Unit.MEMBERS),
          Fraction.of(needed), false));
    }
    if (rule instanceof QuorumRule.FractionOfVotes r) {
      Fraction total = g.totalVotes();
      return Result.of(check(r.description() + g.of() + " (of " + total + ")", Unit.VOTES, g.presentVotes(),
          r.fraction().times(total), r.strict()));
    }
    if (rule instanceof QuorumRule.FractionOfPaidUpCapital r) {
      Money total = g.totalCapital();
      return Result.of(check(r.description() + g.of() + " (of " + total + ")", Unit.CAPITAL,
          Fraction.of(g.presentCapital().amount()), r.fraction().times(Fraction.of(total.amount())), r.strict()));
    }
    if (rule instanceof QuorumRule.SquareRootOfMembers r) {
      return squareRoot(r, g);
    }
    if (rule instanceof QuorumRule.GreaterOf r) {
      return combined(r.parts(), true, g);
    }
    if (rule instanceof QuorumRule.LesserOf r) {
      return combined(r.parts(), false, g);
    }
    if (rule instanceof QuorumRule.Tiered r) {
      return evaluate(r.ruleFor(g.size()), g);
    }
    if (rule instanceof QuorumRule.InClass r) {
      return evaluate(r.rule(), g.inClass(r.classId()));
    }
    if (rule instanceof QuorumRule.InEachClass r) {
      return inEachClass(r, g);
    }
    if (rule instanceof QuorumRule.ThosePresent r) {
      return Result.of(check(r.description() + g.of(), Unit.MEMBERS, Fraction.of(g.presentHeads()), Fraction.ONE, false));
    }
    throw new AssertionError("a quorum rule the counter does not know: " + rule.getClass());
  }

  private static Result squareRoot(QuorumRule.SquareRootOfMembers r, Group g) {
    Fraction k = r.k();
    BigInteger n = BigInteger.valueOf(g.size());
    // Smallest whole V with V^2 >= k^2 N, that is V^2 q^2 >= p^2 N for k = p/q.
    Fraction bound = k.times(k).times(Fraction.of(n));
    BigInteger m = bound.ceiling();
    BigInteger v = m.sqrt();
    if (v.multiply(v).compareTo(m) < 0) {
      v = v.add(BigInteger.ONE);
    }
    return Result.of(check(r.description() + g.of() + " (" + k + " x sqrt(" + n + "), so V with V^2 >= " + bound + ")",
        Unit.MEMBERS, Fraction.of(g.presentHeads()), Fraction.of(v), false));
  }

  private static Result combined(List<QuorumRule> parts, boolean all, Group g) {
    List<Result> results = new ArrayList<>();
    ImmutableList.Builder<QuorumCheck> checks = ImmutableList.builder();
    for (QuorumRule p : parts) {
      Result r = evaluate(p, g);
      results.add(r);
      checks.addAll(r.checks);
    }
    boolean met = all ? results.stream().allMatch(r -> r.met) : results.stream().anyMatch(r -> r.met);
    Result deciding;
    if (all) {
      // Not met: the first part not met. Met: the most demanding part of the first part's unit.
      deciding = met ? extreme(results, true, true) : results.stream().filter(r -> !r.met).findFirst().orElseThrow();
    } else {
      deciding = met ? extreme(results, false, true) : extreme(results, false, false);
    }
    return new Result(met, deciding.decidedBy, checks.build());
  }

  /** The part needing most (or fewest) of the first part's unit, among those met (or all). */
  private static Result extreme(List<Result> results, boolean most, boolean onlyMet) {
    Unit unit = results.get(0).decidedBy.unit();
    Result best = null;
    for (Result r : results) {
      if ((onlyMet && !r.met) || r.decidedBy.unit() != unit) {
        continue;
      }
      if (best == null) {
        best = r;
      } else {
        int c = r.decidedBy.needed().compareTo(best.decidedBy.needed());
        if (most ? c > 0 : c < 0) {
          best = r;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (Result r : results) {
      if (!onlyMet || r.met) {
        return r;
      }
    }
    return results.get(0);
  }

  private static Result inEachClass(QuorumRule.InEachClass rule, Group g) {
    ImmutableList.Builder<QuorumCheck> checks = ImmutableList.builder();
    Result firstFailed = null;
    Result first = null;
    for (ClassId c : g.roll.entitlement().classTotals().keySet()) {
      if (g.roll.votersIn(c).isEmpty()) {
        continue;
      }
      Result r = evaluate(rule.rule(), g.inClass(c));
      checks.addAll(r.checks);
      if (first == null) {
        first = r;
      }
      if (!r.met && firstFailed == null) {
        firstFailed = r;
      }
    }
    if (first == null) {
      QuorumCheck none = check(rule.description() + " (no class has members with a vote)", Unit.MEMBERS,
          Fraction.ZERO, Fraction.ONE, false);
      return new Result(false, none, ImmutableList.of(none));
    }
    Result deciding = firstFailed != null ? firstFailed : first;
    return new Result(firstFailed == null, deciding.decidedBy, checks.build());
  }

  static QuorumCheck check(String rule, Unit unit, Fraction present, Fraction needed, boolean strict) {
    return ImmutableQuorumCheck.builder().rule(rule).unit(unit).present(present).needed(needed).strict(strict).build();
  }

  /** The members counted, within the body of the roll (or of one class). */
  static final class Group {
    final VotingRoll roll;
    final Set<MemberId> counted;
    final int persons;
    final Optional<ClassId> scope;
    final Function<Set<MemberId>, Integer> personsAmong;

    Group(VotingRoll roll, Set<MemberId> counted, int persons, Optional<ClassId> scope,
        Function<Set<MemberId>, Integer> personsAmong) {
      this.roll = roll;
      this.counted = counted;
      this.persons = persons;
      this.scope = scope;
      this.personsAmong = personsAmong;
    }

    Group inClass(ClassId c) {
      Set<MemberId> members = new TreeSet<>();
      for (MemberId m : counted) {
        if (roll.hasVote(m) && roll.votingClassOf(m).equals(Optional.of(c))) {
          members.add(m);
        }
      }
      // Persons, not heads: one individual acting for several members of the class counts once.
      return new Group(roll, counted, personsAmong.apply(members), Optional.of(c), personsAmong);
    }

    boolean inBody(MemberId m) {
      return roll.hasVote(m) && (scope.isEmpty() || roll.votingClassOf(m).equals(scope));
    }

    int size() {
      return scope.isPresent() ? roll.votersIn(scope.get()).size() : roll.voters().size();
    }

    int presentHeads() {
      int n = 0;
      for (MemberId m : counted) {
        if (inBody(m)) {
          n++;
        }
      }
      return n;
    }

    Fraction presentVotes() {
      Fraction v = Fraction.ZERO;
      for (MemberId m : counted) {
        if (inBody(m)) {
          v = v.plus(roll.votesOf(m));
        }
      }
      return v;
    }

    Fraction totalVotes() {
      return scope.isPresent() ? roll.entitlement().classTotal(scope.get()) : roll.totalVotes();
    }

    Money totalCapital() {
      return roll.paidUpCapital(scope.isPresent() ? roll.votersIn(scope.get()) : roll.voters());
    }

    Money presentCapital() {
      Set<MemberId> in = new TreeSet<>();
      for (MemberId m : counted) {
        if (inBody(m)) {
          in.add(m);
        }
      }
      return roll.paidUpCapital(in);
    }

    Fraction present(Unit unit) {
      return switch (unit) {
        case VOTES -> presentVotes();
        case PERSONS -> Fraction.of(persons);
        case MEMBERS -> Fraction.of(presentHeads());
        case CAPITAL -> Fraction.of(presentCapital().amount());
      };
    }

    String of() {
      return scope.map(c -> " in class " + c).orElse("");
    }
  }

  /** The outcome of evaluating a rule on a group. */
  static final class Result {
    final boolean met;
    final QuorumCheck decidedBy;
    final ImmutableList<QuorumCheck> checks;

    Result(boolean met, QuorumCheck decidedBy, ImmutableList<QuorumCheck> checks) {
      this.met = met;
      this.decidedBy = decidedBy;
      this.checks = checks;
    }

    static Result of(QuorumCheck check) {
      return new Result(check.met(), check, ImmutableList.of(check));
    }
  }
}
