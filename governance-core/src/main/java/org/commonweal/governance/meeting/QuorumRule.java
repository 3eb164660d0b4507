package org.commonweal.governance.meeting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.meeting.QuorumCheck.Measure;
import org.commonweal.governance.voting.VotingRoll;
import org.jspecify.annotations.Nullable;

/**
 * A constitution's quorum: how many members (by head or by votes) must be present for a meeting to do
 * business. Rules compose: a greater-of rule needs every part, a lesser-of rule any part; a rule can be
 * tiered by the size of the membership, be a function of it, or apply within a class.
 *
 * <table>
 *   <caption>Rules and their factories</caption>
 *   <tr><th>the constitution says</th><th>factory</th><th>example source</th></tr>
 *   <tr><td>two members</td><td>{@link #members(long)}</td><td></td></tr>
 *   <tr><td>two qualifying persons</td><td>{@link #persons(long)}</td><td>Companies Act 2006 s.318</td></tr>
 *   <tr><td>half of the members</td><td>{@link #fractionOfMembers(Fraction)}</td><td></td></tr>
 *   <tr><td>a majority of the membership</td><td>{@link #majorityOfMembers()}</td><td>Robert's Rules</td></tr>
 *   <tr><td>members holding a tenth of the votes</td><td>{@link #fractionOfVotes(Fraction)}</td><td></td></tr>
 *   <tr><td>the greater of 2 and half the members</td><td>{@link #greaterOf(QuorumRule...)}</td><td>Co-operatives
 *       UK worker co-operative</td></tr>
 *   <tr><td>the lesser of 5 members and 10% of the votes</td><td>{@link #lesserOf(QuorumRule...)}</td><td>Companies
 *       Act 2006 s.321 (poll demand)</td></tr>
 *   <tr><td>half (at least 3) below 10 members, 2/5 up to 50, 20 above</td><td>{@link #tiered()}</td><td>FairShares</td></tr>
 *   <tr><td>1.5 times the square root of the membership</td><td>{@link #timesSquareRootOfMembers(Fraction)}</td>
 *       <td>Debian constitution 4.2</td></tr>
 *   <tr><td>at least one from each class; two staff</td><td>{@link #inEachClass(QuorumRule)}, {@link
 *       #inClass(ClassId, QuorumRule)}</td><td></td></tr>
 *   <tr><td>those present are a quorum (an adjourned meeting)</td><td>{@link #thosePresent()}</td><td>worker
 *       co-operative model</td></tr>
 * </table>
 *
 * <p>Members are counted only if they hold a vote on the roll; the body's size is the number of members
 * with a vote (in the class, for a class rule). Counts of heads that a fraction leaves fractional are
 * rounded up for "at least" ("half of 11 members" needs 6) and to the next whole number above for "more
 * than" ("more than half of 10" needs 6). The square-root rule compares squares of whole numbers, so no
 * floating point enters.
 *
 * <pre>{@code
 * QuorumRule workerCoop = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));
 * QuorumDecision q = workerCoop.decide(attendance);
 * boolean quorate = q.quorate();
 * }</pre>
 *
 * <p>Deciding costs O(n) for n members counted, times the number of elementary rules. Two rules are
 * equal when their descriptions are equal. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class QuorumRule {
  QuorumRule() {}

  /**
   * Returns the rule in words, for example {@code "the greater of 2 members and 1/2 of the members"}.
   *
   * @return the description
   */
  public abstract String description();

  abstract Result evaluate(Group group);

  /**
   * Decides whether the members counted at a meeting make a quorum: the members present in person
   * and, where the proxy rules say so, those present by proxy.
   *
   * @param attendance who is present
   * @return the decision, with the deciding rule and the numbers
   */
  public QuorumDecision decide(Attendance attendance) {
    return decide("quorum", attendance.roll(), attendance.countedForQuorum(), attendance.persons());
  }

  /**
   * Decides whether a group of members meets this rule, for a purpose other than a meeting's quorum:
   * the requisitionists of a meeting, the members demanding a poll, those consenting to short notice,
   * those voting. Each member counts as one person.
   *
   * @param purpose what the count is for, for the report, for example {@code "demand for a poll"}
   * @param roll the voting roll, whose members with a vote are the body
   * @param group the members in the group; members without a vote are not counted
   * @return the decision
   */
  public QuorumDecision decide(String purpose, VotingRoll roll, Collection<MemberId> group) {
    long persons = group.stream().filter(roll::hasVote).distinct().count();
    return decide(purpose, roll, group, (int) persons);
  }

  private QuorumDecision decide(String purpose, VotingRoll roll, Collection<MemberId> group, int persons) {
    Group g = new Group(roll, ImmutableSet.copyOf(group), persons, Optional.empty());
    Result r = evaluate(g);
    return ImmutableQuorumDecision.builder()
        .purpose(purpose)
        .rule(description())
        .quorate(r.met)
        .decidedBy(r.decidedBy)
        .checks(r.checks)
        .membersCounted(g.presentHeads())
        .bodySize(g.size())
        .build();
  }

  /**
   * Returns a rule needing at least {@code n} members with a vote.
   *
   * @param n the number, at least 1
   * @return the rule
   */
  public static QuorumRule members(long n) {
    return new Count(Measure.MEMBERS, positive("members", n));
  }

  /**
   * Returns a rule needing at least {@code n} qualifying persons: distinct individuals present, each
   * counted once whether attending as a member or as the proxy of one or more members (Companies Act
   * 2006 s.318).
   *
   * @param n the number, at least 1
   * @return the rule
   */
  public static QuorumRule persons(long n) {
    return new Count(Measure.PERSONS, positive("persons", n));
  }

  /**
   * Returns a rule needing at least a fraction of the members with a vote, rounded up to a whole
   * member.
   *
   * @param fraction above 0, at most 1
   * @return the rule
   */
  public static QuorumRule fractionOfMembers(Fraction fraction) {
    return new Share(Measure.MEMBERS, checkFraction(fraction), false);
  }

  /**
   * Returns a rule needing more than a fraction of the members with a vote.
   *
   * @param fraction at least 0, below 1
   * @return the rule
   */
  public static QuorumRule moreThanFractionOfMembers(Fraction fraction) {
    return new Share(Measure.MEMBERS, checkStrictFraction(fraction), true);
  }

  /**
   * Returns a rule needing a majority (more than half) of the members with a vote: Robert's Rules of
   * Order's default quorum.
   *
   * @return the rule
   */
  public static QuorumRule majorityOfMembers() {
    return moreThanFractionOfMembers(Fraction.ONE_HALF);
  }

  /**
   * Returns a rule needing members holding at least a fraction of all the votes on the roll.
   *
   * @param fraction above 0, at most 1
   * @return the rule
   */
  public static QuorumRule fractionOfVotes(Fraction fraction) {
    return new Share(Measure.VOTES, checkFraction(fraction), false);
  }

  /**
   * Returns a rule needing members holding more than a fraction of all the votes on the roll.
   *
   * @param fraction at least 0, below 1
   * @return the rule
   */
  public static QuorumRule moreThanFractionOfVotes(Fraction fraction) {
    return new Share(Measure.VOTES, checkStrictFraction(fraction), true);
  }

  /**
   * Returns a rule needing at least {@code k} times the square root of the number of members with a
   * vote, as the Debian constitution's 4.2 (quorum 3Q, Q being half the square root of the number of
   * developers: {@code k = 3/2}). Decided exactly: {@code V} members meet it when {@code V * V >= k * k
   * * N}.
   *
   * @param k the multiplier, above 0
   * @return the rule
   */
  public static QuorumRule timesSquareRootOfMembers(Fraction k) {
    if (k.signum() <= 0) {
      throw new InvalidValueException("k", k, "square-root quorum multiplier " + k + " must be above 0");
    }
    return new SquareRoot(k);
  }

  /**
   * Returns a rule met when every part is met: "the greater of" its parts, never easier than any of
   * them.
   *
   * @param parts the parts, at least two
   * @return the rule
   */
  public static QuorumRule greaterOf(QuorumRule... parts) {
    return new Combined(ImmutableList.copyOf(parts), true);
  }

  /**
   * Returns a rule met when any part is met: "the lesser of" its parts, never harder than any of them.
   *
   * @param parts the parts, at least two
   * @return the rule
   */
  public static QuorumRule lesserOf(QuorumRule... parts) {
    return new Combined(ImmutableList.copyOf(parts), false);
  }

  /**
   * Starts a rule tiered by the number of members with a vote, for example FairShares: half of the
   * members and at least 3 below 10 members, 2/5 from 10 to 50, a flat 20 above 50.
   *
   * <pre>{@code
   * QuorumRule fairShares = QuorumRule.tiered()
   *     .upTo(9, QuorumRule.greaterOf(QuorumRule.members(3), QuorumRule.fractionOfMembers(Fraction.ONE_HALF)))
   *     .upTo(50, QuorumRule.fractionOfMembers(Fraction.of(2, 5)))
   *     .otherwise(QuorumRule.members(20));
   * }</pre>
   *
   * @return a builder of tiers
   */
  public static Tiers tiered() {
    return new Tiers();
  }

  /**
   * Returns a rule applying {@code rule} within one class: its members with a vote are the body and
   * only they are counted.
   *
   * @param classId the class
   * @param rule the rule within the class
   * @return the rule
   */
  public static QuorumRule inClass(ClassId classId, QuorumRule rule) {
    return new InClass(checkNotNull(classId, "classId"), checkNotNull(rule, "rule"));
  }

  /**
   * Returns a rule applying {@code rule} within every class that has members with a vote, for example
   * "at least one member from each class": {@code inEachClass(members(1))}.
   *
   * @param rule the rule within each class
   * @return the rule
   */
  public static QuorumRule inEachClass(QuorumRule rule) {
    return new InEachClass(checkNotNull(rule, "rule"));
  }

  /**
   * Returns the rule "those present are a quorum", as many constitutions give for an adjourned
   * meeting: met when at least one member with a vote is present.
   *
   * @return the rule
   */
  public static QuorumRule thosePresent() {
    return ThosePresent.INSTANCE;
  }

  /** Two rules are equal when their descriptions are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QuorumRule r && description().equals(r.description());
  }

  @Override
  public int hashCode() {
    return description().hashCode();
  }

  /** Returns the description. */
  @Override
  public String toString() {
    return description();
  }

  private static long positive(String field, long n) {
    if (n < 1) {
      throw new InvalidValueException(field, n, field + " (" + n + ") must be at least 1");
    }
    return n;
  }

  private static Fraction checkFraction(Fraction f) {
    if (f.signum() <= 0 || f.isGreaterThan(Fraction.ONE)) {
      throw new InvalidValueException("fraction", f, "quorum fraction " + f + " must be above 0 and at most 1");
    }
    return f;
  }

  private static Fraction checkStrictFraction(Fraction f) {
    if (f.signum() < 0 || !f.isLessThan(Fraction.ONE)) {
      throw new InvalidValueException("fraction", f, "quorum fraction " + f + " for \"more than\" must be at least 0 and below 1");
    }
    return f;
  }

  /** Builds a rule tiered by membership size; see {@link QuorumRule#tiered()}. */
  public static final class Tiers {
    private final List<Integer> bounds = new ArrayList<>();
    private final List<QuorumRule> rules = new ArrayList<>();

    Tiers() {}

    /**
     * Adds a tier for bodies of at most {@code maxMembers} members with a vote (and more than the
     * previous tier's bound).
     *
     * @param maxMembers the tier's upper bound, above the previous tier's
     * @param rule the rule in this tier
     * @return this builder
     */
    public Tiers upTo(int maxMembers, QuorumRule rule) {
      if (!bounds.isEmpty() && maxMembers <= bounds.get(bounds.size() - 1)) {
        throw new InvalidValueException("maxMembers", maxMembers,
            "tier bound " + maxMembers + " must be above the previous tier's " + bounds.get(bounds.size() - 1));
      }
      if (maxMembers < 0) {
        throw new InvalidValueException("maxMembers", maxMembers, "tier bound " + maxMembers + " must not be negative");
      }
      bounds.add(maxMembers);
      rules.add(checkNotNull(rule, "rule"));
      return this;
    }

    /**
     * Ends the tiers with the rule for bodies above the last bound.
     *
     * @param rule the rule for larger bodies
     * @return the tiered rule
     */
    public QuorumRule otherwise(QuorumRule rule) {
      return new Tiered(ImmutableList.copyOf(bounds), ImmutableList.copyOf(rules), checkNotNull(rule, "rule"));
    }
  }

  /** The members counted, within the body of the roll (or of one class). */
  static final class Group {
    final VotingRoll roll;
    final Set<MemberId> counted;
    final int persons;
    final Optional<ClassId> scope;

    Group(VotingRoll roll, Set<MemberId> counted, int persons, Optional<ClassId> scope) {
      this.roll = roll;
      this.counted = counted;
      this.persons = persons;
      this.scope = scope;
    }

    Group inClass(ClassId c) {
      int heads = 0;
      for (MemberId m : counted) {
        if (inBody(m) && roll.votingClassOf(m).equals(Optional.of(c))) {
          heads++;
        }
      }
      return new Group(roll, counted, heads, Optional.of(c));
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

    Fraction present(Measure m) {
      switch (m) {
        case VOTES:
          return presentVotes();
        case PERSONS:
          return Fraction.of(persons);
        default:
          return Fraction.of(presentHeads());
      }
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

  static QuorumCheck check(String rule, Measure measure, Fraction present, Fraction needed, boolean strict) {
    return ImmutableQuorumCheck.builder().rule(rule).measure(measure).present(present).needed(needed).strict(strict).build();
  }

  private static final class Count extends QuorumRule {
    private final Measure measure;
    private final long n;

    Count(Measure measure, long n) {
      this.measure = measure;
      this.n = n;
    }

    @Override
    public String description() {
      return n + (measure == Measure.PERSONS ? (n == 1 ? " qualifying person" : " qualifying persons")
          : (n == 1 ? " member" : " members"));
    }

    @Override
    Result evaluate(Group g) {
      return Result.of(check(description() + g.of(), measure, g.present(measure), Fraction.of(n), false));
    }
  }

  private static final class Share extends QuorumRule {
    private final Measure measure;
    private final Fraction fraction;
    private final boolean strict;

    Share(Measure measure, Fraction fraction, boolean strict) {
      this.measure = measure;
      this.fraction = fraction;
      this.strict = strict;
    }

    @Override
    public String description() {
      return (strict ? "more than " : "") + fraction + " of the " + (measure == Measure.VOTES ? "votes" : "members");
    }

    @Override
    Result evaluate(Group g) {
      if (measure == Measure.VOTES) {
        Fraction total = g.totalVotes();
        return Result.of(check(description() + g.of() + " (of " + total + ")", measure, g.presentVotes(),
            fraction.times(total), strict));
      }
      int size = g.size();
      Fraction exact = fraction.times(size);
      // A whole number of people: "at least 11/2" is at least 6, "more than 5" is at least 6.
      BigInteger needed = strict ? exact.floor().add(BigInteger.ONE) : exact.ceiling();
      return Result.of(check(description() + g.of() + " (of " + size + ")", measure, g.present(measure),
          Fraction.of(needed), false));
    }
  }

  private static final class SquareRoot extends QuorumRule {
    private final Fraction k;

    SquareRoot(Fraction k) {
      this.k = k;
    }

    @Override
    public String description() {
      return k + " x the square root of the number of members";
    }

    @Override
    Result evaluate(Group g) {
      BigInteger n = BigInteger.valueOf(g.size());
      // Smallest whole V with V^2 >= k^2 N, that is V^2 q^2 >= p^2 N for k = p/q.
      Fraction bound = k.times(k).times(Fraction.of(n));
      BigInteger m = bound.ceiling();
      BigInteger v = m.sqrt();
      if (v.multiply(v).compareTo(m) < 0) {
        v = v.add(BigInteger.ONE);
      }
      return Result.of(check(description() + g.of() + " (" + k + " x sqrt(" + n + "), so V with V^2 >= " + bound + ")",
          Measure.MEMBERS, Fraction.of(g.presentHeads()), Fraction.of(v), false));
    }
  }

  private static final class Combined extends QuorumRule {
    private final ImmutableList<QuorumRule> parts;
    private final boolean all;

    Combined(ImmutableList<QuorumRule> parts, boolean all) {
      if (parts.size() < 2) {
        throw new InvalidValueException("parts", parts, (all ? "greater-of" : "lesser-of") + " needs at least two rules, got " + parts);
      }
      this.parts = parts;
      this.all = all;
    }

    @Override
    public String description() {
      StringBuilder s = new StringBuilder(all ? "the greater of " : "the lesser of ");
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          s.append(i == parts.size() - 1 ? " and " : ", ");
        }
        s.append('(').append(parts.get(i).description()).append(')');
      }
      return s.toString();
    }

    @Override
    Result evaluate(Group g) {
      List<Result> results = new ArrayList<>();
      ImmutableList.Builder<QuorumCheck> checks = ImmutableList.builder();
      for (QuorumRule p : parts) {
        Result r = p.evaluate(g);
        results.add(r);
        checks.addAll(r.checks);
      }
      boolean met = all ? results.stream().allMatch(r -> r.met) : results.stream().anyMatch(r -> r.met);
      Result deciding;
      if (all) {
        // Not met: the first part not met. Met: the most demanding part of the first part's measure.
        deciding = met ? extreme(results, true, true) : results.stream().filter(r -> !r.met).findFirst().orElseThrow();
      } else {
        deciding = met ? extreme(results, false, true) : extreme(results, false, false);
      }
      return new Result(met, deciding.decidedBy, checks.build());
    }

    /** The part needing most (or fewest) of the first part's measure, among those met (or all). */
    private static Result extreme(List<Result> results, boolean most, boolean onlyMet) {
      Measure measure = results.get(0).decidedBy.measure();
      Result best = null;
      for (Result r : results) {
        if ((onlyMet && !r.met) || r.decidedBy.measure() != measure) {
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
  }

  private static final class Tiered extends QuorumRule {
    private final ImmutableList<Integer> bounds;
    private final ImmutableList<QuorumRule> rules;
    private final QuorumRule otherwise;

    Tiered(ImmutableList<Integer> bounds, ImmutableList<QuorumRule> rules, QuorumRule otherwise) {
      if (bounds.isEmpty()) {
        throw new InvalidValueException("tiers", bounds, "a tiered quorum needs at least one tier before otherwise()");
      }
      this.bounds = bounds;
      this.rules = rules;
      this.otherwise = otherwise;
    }

    @Override
    public String description() {
      StringBuilder s = new StringBuilder("by size: ");
      int from = 0;
      for (int i = 0; i < bounds.size(); i++) {
        s.append(from == 0 ? "up to " + bounds.get(i) : from + " to " + bounds.get(i)).append(" members, ")
            .append(rules.get(i).description()).append("; ");
        from = bounds.get(i) + 1;
      }
      return s.append(from).append(" or more members, ").append(otherwise.description()).toString();
    }

    @Override
    Result evaluate(Group g) {
      int size = g.size();
      for (int i = 0; i < bounds.size(); i++) {
        if (size <= bounds.get(i)) {
          return rules.get(i).evaluate(g);
        }
      }
      return otherwise.evaluate(g);
    }
  }

  private static final class InClass extends QuorumRule {
    private final ClassId classId;
    private final QuorumRule rule;

    InClass(ClassId classId, QuorumRule rule) {
      this.classId = classId;
      this.rule = rule;
    }

    @Override
    public String description() {
      return "in class " + classId + ": " + rule.description();
    }

    @Override
    Result evaluate(Group g) {
      return rule.evaluate(g.inClass(classId));
    }
  }

  private static final class InEachClass extends QuorumRule {
    private final QuorumRule rule;

    InEachClass(QuorumRule rule) {
      this.rule = rule;
    }

    @Override
    public String description() {
      return "in each class: " + rule.description();
    }

    @Override
    Result evaluate(Group g) {
      ImmutableList.Builder<QuorumCheck> checks = ImmutableList.builder();
      Result firstFailed = null;
      Result first = null;
      for (ClassId c : g.roll.entitlement().classTotals().keySet()) {
        if (g.roll.votersIn(c).isEmpty()) {
          continue;
        }
        Result r = rule.evaluate(g.inClass(c));
        checks.addAll(r.checks);
        if (first == null) {
          first = r;
        }
        if (!r.met && firstFailed == null) {
          firstFailed = r;
        }
      }
      if (first == null) {
        QuorumCheck none = check(description() + " (no class has members with a vote)", Measure.MEMBERS,
            Fraction.ZERO, Fraction.ONE, false);
        return new Result(false, none, ImmutableList.of(none));
      }
      Result deciding = firstFailed != null ? firstFailed : first;
      return new Result(firstFailed == null, deciding.decidedBy, checks.build());
    }
  }

  private static final class ThosePresent extends QuorumRule {
    static final ThosePresent INSTANCE = new ThosePresent();

    @Override
    public String description() {
      return "those present";
    }

    @Override
    Result evaluate(Group g) {
      return Result.of(check(description() + g.of(), Measure.MEMBERS, Fraction.of(g.presentHeads()), Fraction.ONE, false));
    }
  }
}
