package org.commonweal.governance.meeting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.VotingRoll;

/**
 * A constitution's quorum: how many members (by head or by votes) must be present for a meeting to do
 * business. Rules compose: a greater-of rule needs every part, a lesser-of rule any part; a rule can be
 * tiered by the size of the membership, be a function of it, or apply within a class.
 *
 * <table>
 *   <caption>Rules, their factories and records</caption>
 *   <tr><th>the constitution says</th><th>factory</th><th>record</th><th>example source</th></tr>
 *   <tr><td>two members</td><td>{@link #members(long)}</td><td>{@link Members}</td><td></td></tr>
 *   <tr><td>two qualifying persons</td><td>{@link #persons(long)}</td><td>{@link Persons}</td><td>Companies
 *       Act 2006 s.318</td></tr>
 *   <tr><td>half of the members</td><td>{@link #fractionOfMembers(Fraction)}</td><td>{@link
 *       FractionOfMembers}</td><td></td></tr>
 *   <tr><td>a majority of the membership</td><td>{@link #majorityOfMembers()}</td><td>{@link
 *       FractionOfMembers}</td><td>Robert's Rules</td></tr>
 *   <tr><td>members holding a tenth of the votes</td><td>{@link #fractionOfVotes(Fraction)}</td><td>{@link
 *       FractionOfVotes}</td><td></td></tr>
 *   <tr><td>members holding 5% of the paid-up capital carrying a vote</td><td>{@link
 *       #fractionOfPaidUpCapital(Fraction)}</td><td>{@link FractionOfPaidUpCapital}</td><td>Companies Act
 *       2006 s.303(2)(a), s.321(2)(c)</td></tr>
 *   <tr><td>the greater of 2 and half the members</td><td>{@link #greaterOf(QuorumRule...)}</td><td>{@link
 *       GreaterOf}</td><td>Co-operatives UK worker co-operative</td></tr>
 *   <tr><td>the lesser of 5 members and 10% of the votes</td><td>{@link #lesserOf(QuorumRule...)}</td><td>{@link
 *       LesserOf}</td><td>Companies Act 2006 s.321 (poll demand)</td></tr>
 *   <tr><td>5 members, or 10% of the votes, or 10% of the sum paid up</td><td>{@link
 *       #anyOf(QuorumRule...)}</td><td>{@link LesserOf}</td><td>Companies Act 2006 s.321(2)(a)-(c)</td></tr>
 *   <tr><td>half (at least 3) below 10 members, 2/5 up to 50, 20 above</td><td>{@link #tiered()}</td><td>{@link
 *       Tiered}</td><td>FairShares</td></tr>
 *   <tr><td>1.5 times the square root of the membership</td><td>{@link #timesSquareRootOfMembers(Fraction)}</td>
 *       <td>{@link SquareRootOfMembers}</td><td>Debian constitution 4.2</td></tr>
 *   <tr><td>at least one from each class; two staff</td><td>{@link #inEachClass(QuorumRule)}, {@link
 *       #inClass(ClassId, QuorumRule)}</td><td>{@link InEachClass}, {@link InClass}</td><td></td></tr>
 *   <tr><td>those present are a quorum (an adjourned meeting)</td><td>{@link #thosePresent()}</td><td>{@link
 *       ThosePresent}</td><td>worker co-operative model</td></tr>
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
 * <p>A rule nests at most {@link #MAX_DEPTH} levels (an elementary rule is 1; a rule made of parts, tiers
 * or a class rule one more than its deepest part): constitutions nest two or three, and the bound keeps
 * deciding and describing a rule, which recurse through it, far from the limits of the stack. A rule
 * that would nest deeper is refused where it is built.
 *
 * <p>Deciding costs O(n) for n members counted, times the number of elementary rules. Each rule is a
 * public record that a caller can inspect, store and compare; two rules are equal when they are the same
 * record holding equal values (parts in the same order), whatever their descriptions. The factories check
 * their arguments, and so do the records' constructors, with the same messages. Every rule is immutable
 * and thread-safe; its {@code toString()} is its {@link #description()}.
 *
 * @since 0.1.0
 */
public sealed interface QuorumRule
    permits QuorumRule.Members,
        QuorumRule.Persons,
        QuorumRule.FractionOfMembers,
        QuorumRule.FractionOfVotes,
        QuorumRule.FractionOfPaidUpCapital,
        QuorumRule.SquareRootOfMembers,
        QuorumRule.GreaterOf,
        QuorumRule.LesserOf,
        QuorumRule.Tiered,
        QuorumRule.InClass,
        QuorumRule.InEachClass,
        QuorumRule.ThosePresent {

  /** The most levels a rule may nest: an elementary rule is 1, a rule of parts one more than its deepest part. */
  int MAX_DEPTH = 64;

  /**
   * Returns the rule in words, for example {@code "the greater of 2 members and 1/2 of the members"}.
   *
   * @return the description
   */
  String description();

  /**
   * Decides whether the members counted at a meeting make a quorum: the members present in person
   * and, where the proxy rules say so, those present by proxy.
   *
   * <p>Persons are counted as individuals: a member present who also holds proxies, or a holder acting
   * for several members, is one person, in a class-scoped rule as at the top level.
   *
   * @param attendance who is present
   * @return the decision, with the deciding rule and the numbers
   * @throws org.commonweal.governance.membership.UndefinedClassException if the rule names a class the
   *     roll's constitution does not define
   */
  default QuorumDecision decide(Attendance attendance) {
    return QuorumCounter.decide(this, "quorum", attendance.roll(), attendance.countedForQuorum(),
        attendance::personsFor);
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
   * @throws org.commonweal.governance.membership.UndefinedClassException if the rule names a class the
   *     roll's constitution does not define
   */
  default QuorumDecision decide(String purpose, VotingRoll roll, Collection<MemberId> group) {
    return QuorumCounter.decide(this, purpose, roll, group, Set::size);
  }

  /**
   * Returns a rule needing at least {@code n} members with a vote.
   *
   * @param n the number, at least 1
   * @return the rule
   */
  static QuorumRule members(long n) {
    return new Members(n);
  }

  /**
   * Returns a rule needing at least {@code n} qualifying persons: distinct individuals present, each
   * counted once whether attending as a member or as the proxy of one or more members (Companies Act
   * 2006 s.318).
   *
   * @param n the number, at least 1
   * @return the rule
   */
  static QuorumRule persons(long n) {
    return new Persons(n);
  }

  /**
   * Returns a rule needing at least a fraction of the members with a vote, rounded up to a whole
   * member.
   *
   * @param fraction above 0, at most 1
   * @return the rule
   */
  static QuorumRule fractionOfMembers(Fraction fraction) {
    return new FractionOfMembers(fraction, false);
  }

  /**
   * Returns a rule needing more than a fraction of the members with a vote.
   *
   * @param fraction at least 0, below 1
   * @return the rule
   */
  static QuorumRule moreThanFractionOfMembers(Fraction fraction) {
    return new FractionOfMembers(fraction, true);
  }

  /**
   * Returns a rule needing a majority (more than half) of the members with a vote: Robert's Rules of
   * Order's default quorum.
   *
   * @return the rule
   */
  static QuorumRule majorityOfMembers() {
    return moreThanFractionOfMembers(Fraction.ONE_HALF);
  }

  /**
   * Returns a rule needing members holding at least a fraction of all the votes on the roll.
   *
   * @param fraction above 0, at most 1
   * @return the rule
   */
  static QuorumRule fractionOfVotes(Fraction fraction) {
    return new FractionOfVotes(fraction, false);
  }

  /**
   * Returns a rule needing members holding more than a fraction of all the votes on the roll.
   *
   * @param fraction at least 0, below 1
   * @return the rule
   */
  static QuorumRule moreThanFractionOfVotes(Fraction fraction) {
    return new FractionOfVotes(fraction, true);
  }

  /**
   * Returns a rule needing members holding at least a fraction of the paid-up capital carrying a vote:
   * the sum paid up on the voting shares of the members counted, against the sum paid up on all the
   * voting shares of the members with a vote ({@link VotingRoll#paidUpCapital()}). Treasury shares belong
   * to no member and are never counted. Companies Act 2006 s.303(2)(a) (5%, to require a general meeting)
   * and s.321(2)(c) (10%, to demand a poll).
   *
   * <p>Reading taken: the statute measures "shares conferring a right to vote on the resolution"; the
   * roll's voting shares (those not of a class without a vote, held by members with a vote) stand for
   * them, so a resolution on which some voting shares may not vote needs a roll made for it.
   *
   * @param fraction above 0, at most 1
   * @return the rule
   */
  static QuorumRule fractionOfPaidUpCapital(Fraction fraction) {
    return new FractionOfPaidUpCapital(fraction, false);
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
  static QuorumRule timesSquareRootOfMembers(Fraction k) {
    return new SquareRootOfMembers(k);
  }

  /**
   * Returns a rule met when every part is met: "the greater of" its parts, never easier than any of
   * them.
   *
   * @param parts the parts, at least two
   * @return the rule
   */
  static QuorumRule greaterOf(QuorumRule... parts) {
    return new GreaterOf(ImmutableList.copyOf(parts));
  }

  /**
   * Returns a rule met when any part is met: "the lesser of" its parts, never harder than any of them.
   *
   * @param parts the parts, at least two
   * @return the rule
   */
  static QuorumRule lesserOf(QuorumRule... parts) {
    return new LesserOf(ImmutableList.copyOf(parts));
  }

  /**
   * Returns a rule met when any part is met, as alternative limbs of a statute read: Companies Act 2006
   * s.321(2) makes a demand for a poll effective if made by 5 members, or by members with 10% of the
   * votes, or by members holding shares with 10% of the sum paid up. The same rule as {@link
   * #lesserOf(QuorumRule...)}.
   *
   * @param parts the parts, at least two
   * @return the rule
   */
  static QuorumRule anyOf(QuorumRule... parts) {
    return lesserOf(parts);
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
  static Tiers tiered() {
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
  static QuorumRule inClass(ClassId classId, QuorumRule rule) {
    return new InClass(classId, rule);
  }

  /**
   * Returns a rule applying {@code rule} within every class that has members with a vote, for example
   * "at least one member from each class": {@code inEachClass(members(1))}.
   *
   * @param rule the rule within each class
   * @return the rule
   */
  static QuorumRule inEachClass(QuorumRule rule) {
    return new InEachClass(rule);
  }

  /**
   * Returns the rule "those present are a quorum", as many constitutions give for an adjourned
   * meeting: met when at least one member with a vote is present.
   *
   * @return the rule
   */
  static QuorumRule thosePresent() {
    return new ThosePresent();
  }

  /**
   * At least {@code n} members with a vote; see {@link QuorumRule#members(long)}.
   *
   * @param n the number, at least 1
   * @since 0.1.0
   */
  record Members(long n) implements QuorumRule {
    /**
     * Checks the number.
     *
     * @throws InvalidValueException if {@code n} is below 1
     */
    public Members {
      Checks.atLeast("members", n, 1);
    }

    @Override
    public String description() {
      return n + (n == 1 ? " member" : " members");
    }

    /** Distinct from the hash of {@link Persons} with the same number. */
    @Override
    public int hashCode() {
      return 31 * 1 + Long.hashCode(n);
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * At least {@code n} qualifying persons: distinct individuals present, each counted once whether
   * attending as a member or as a proxy (Companies Act 2006 s.318); see {@link QuorumRule#persons(long)}.
   *
   * @param n the number, at least 1
   * @since 0.1.0
   */
  record Persons(long n) implements QuorumRule {
    /**
     * Checks the number.
     *
     * @throws InvalidValueException if {@code n} is below 1
     */
    public Persons {
      Checks.atLeast("persons", n, 1);
    }

    @Override
    public String description() {
      return n + (n == 1 ? " qualifying person" : " qualifying persons");
    }

    /** Distinct from the hash of {@link Members} with the same number. */
    @Override
    public int hashCode() {
      return 31 * 2 + Long.hashCode(n);
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * At least (or more than) a fraction of the members with a vote, as a whole number of members.
   *
   * @param fraction for "at least", above 0 and at most 1; for "more than", at least 0 and below 1
   * @param strict true for "more than"
   * @since 0.1.0
   */
  record FractionOfMembers(Fraction fraction, boolean strict) implements QuorumRule {
    /**
     * Checks the fraction.
     *
     * @throws InvalidValueException if the fraction is out of its range
     */
    public FractionOfMembers {
      checkFraction(fraction, strict);
    }

    @Override
    public String description() {
      return (strict ? "more than " : "") + fraction + " of the members";
    }

    /** Distinct from the hash of {@link FractionOfVotes} with the same values. */
    @Override
    public int hashCode() {
      return 31 * (31 * 3 + fraction.hashCode()) + Boolean.hashCode(strict);
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Members holding at least (or more than) a fraction of all the votes on the roll.
   *
   * @param fraction for "at least", above 0 and at most 1; for "more than", at least 0 and below 1
   * @param strict true for "more than"
   * @since 0.1.0
   */
  record FractionOfVotes(Fraction fraction, boolean strict) implements QuorumRule {
    /**
     * Checks the fraction.
     *
     * @throws InvalidValueException if the fraction is out of its range
     */
    public FractionOfVotes {
      checkFraction(fraction, strict);
    }

    @Override
    public String description() {
      return (strict ? "more than " : "") + fraction + " of the votes";
    }

    /** Distinct from the hash of {@link FractionOfMembers} with the same values. */
    @Override
    public int hashCode() {
      return 31 * (31 * 4 + fraction.hashCode()) + Boolean.hashCode(strict);
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Members holding at least (or more than) a fraction of the paid-up capital carrying a vote; see
   * {@link QuorumRule#fractionOfPaidUpCapital(Fraction)}.
   *
   * @param fraction the fraction
   * @param strict true for "more than"
   * @since 0.1.0
   */
  record FractionOfPaidUpCapital(Fraction fraction, boolean strict) implements QuorumRule {
    /**
     * Checks the fraction.
     *
     * @throws InvalidValueException if the fraction is out of its range
     */
    public FractionOfPaidUpCapital {
      checkFraction(fraction, strict);
    }

    @Override
    public String description() {
      return (strict ? "more than " : "") + fraction + " of the paid-up capital carrying a vote";
    }

    /** Distinct from the hash of {@link FractionOfVotes} with the same values. */
    @Override
    public int hashCode() {
      return 31 * (31 * 8 + fraction.hashCode()) + Boolean.hashCode(strict);
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * At least {@code k} times the square root of the number of members with a vote; see {@link
   * QuorumRule#timesSquareRootOfMembers(Fraction)}.
   *
   * @param k the multiplier, above 0
   * @since 0.1.0
   */
  record SquareRootOfMembers(Fraction k) implements QuorumRule {
    /**
     * Checks the multiplier.
     *
     * @throws InvalidValueException if {@code k} is not above 0
     */
    public SquareRootOfMembers {
      checkNotNull(k, "k");
      Checks.check(k.signum() > 0, "k", k, "square-root quorum multiplier %s must be above 0", k);
    }

    @Override
    public String description() {
      return k + " x the square root of the number of members";
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * The greater of the parts: met when every part is met.
   *
   * @param parts the parts, at least two, in the constitution's order
   * @since 0.1.0
   */
  record GreaterOf(ImmutableList<QuorumRule> parts) implements QuorumRule {
    /**
     * Checks the parts.
     *
     * @throws InvalidValueException if there are fewer than two, or the rule would nest more than {@link
     *     QuorumRule#MAX_DEPTH} levels
     */
    public GreaterOf {
      checkParts(parts, "greater-of");
      checkDepth(parts);
    }

    @Override
    public String description() {
      return joined("the greater of ", parts);
    }

    /** Distinct from the hash of {@link LesserOf} with the same parts. */
    @Override
    public int hashCode() {
      return 31 * 5 + parts.hashCode();
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * The lesser of the parts: met when any part is met.
   *
   * @param parts the parts, at least two, in the constitution's order
   * @since 0.1.0
   */
  record LesserOf(ImmutableList<QuorumRule> parts) implements QuorumRule {
    /**
     * Checks the parts.
     *
     * @throws InvalidValueException if there are fewer than two, or the rule would nest more than {@link
     *     QuorumRule#MAX_DEPTH} levels
     */
    public LesserOf {
      checkParts(parts, "lesser-of");
      checkDepth(parts);
    }

    @Override
    public String description() {
      return joined("the lesser of ", parts);
    }

    /** Distinct from the hash of {@link GreaterOf} with the same parts. */
    @Override
    public int hashCode() {
      return 31 * 6 + parts.hashCode();
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * A rule tiered by the number of members with a vote: the first tier whose bound the body does not
   * exceed applies, and {@code otherwise} above the last bound; see {@link QuorumRule#tiered()}.
   *
   * @param tiers the tiers, at least one, with increasing bounds
   * @param otherwise the rule for bodies above the last bound
   * @since 0.1.0
   */
  record Tiered(ImmutableList<Tier> tiers, QuorumRule otherwise) implements QuorumRule {
    /**
     * Checks the tiers.
     *
     * @throws InvalidValueException if there is no tier, a bound is not above the one before, or the rule
     *     would nest more than {@link QuorumRule#MAX_DEPTH} levels
     */
    public Tiered {
      checkNotNull(tiers, "tiers");
      checkNotNull(otherwise, "otherwise");
      Checks.check(!tiers.isEmpty(), "tiers", tiers, "a tiered quorum needs at least one tier before otherwise()");
      for (int i = 1; i < tiers.size(); i++) {
        checkBound(tiers.get(i).maxMembers(), tiers.get(i - 1).maxMembers());
      }
      List<QuorumRule> inner = new ArrayList<>();
      tiers.forEach(t -> inner.add(t.rule()));
      inner.add(otherwise);
      checkDepth(inner);
    }

    /**
     * One tier: the rule for bodies of at most {@code maxMembers} members with a vote (and more than the
     * previous tier's bound).
     *
     * @param maxMembers the tier's upper bound, not negative
     * @param rule the rule in this tier
     * @since 0.1.0
     */
    public record Tier(int maxMembers, QuorumRule rule) {
      /**
       * Checks the bound.
       *
       * @throws InvalidValueException if {@code maxMembers} is negative
       */
      public Tier {
        checkNotNull(rule, "rule");
        Checks.check(maxMembers >= 0, "maxMembers", maxMembers, "tier bound %s must not be negative", maxMembers);
      }

      /** Returns {@code up to 9 members: 3 members}. */
      @Override
      public String toString() {
        return "up to " + maxMembers + " members: " + rule.description();
      }
    }

    /** Returns the rule for a body of {@code size} members with a vote. */
    QuorumRule ruleFor(int size) {
      for (Tier t : tiers) {
        if (size <= t.maxMembers()) {
          return t.rule();
        }
      }
      return otherwise;
    }

    @Override
    public String description() {
      StringBuilder s = new StringBuilder("by size: ");
      int from = 0;
      for (Tier t : tiers) {
        s.append(from == 0 ? "up to " + t.maxMembers() : from + " to " + t.maxMembers()).append(" members, ")
            .append(t.rule().description()).append("; ");
        from = t.maxMembers() + 1;
      }
      return s.append(from).append(" or more members, ").append(otherwise.description()).toString();
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * A rule applied within one class: its members with a vote are the body and only they are counted.
   *
   * @param classId the class
   * @param rule the rule within the class
   * @since 0.1.0
   */
  record InClass(ClassId classId, QuorumRule rule) implements QuorumRule {
    /**
     * Checks that both are given.
     *
     * @throws InvalidValueException if the rule would nest more than {@link QuorumRule#MAX_DEPTH} levels
     */
    public InClass {
      checkNotNull(classId, "classId");
      checkNotNull(rule, "rule");
      checkDepth(List.of(rule));
    }

    @Override
    public String description() {
      return "in class " + classId + ": " + rule.description();
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * A rule applied within every class that has members with a vote; not met if no class has any.
   *
   * @param rule the rule within each class
   * @since 0.1.0
   */
  record InEachClass(QuorumRule rule) implements QuorumRule {
    /**
     * Checks that the rule is given.
     *
     * @throws InvalidValueException if the rule would nest more than {@link QuorumRule#MAX_DEPTH} levels
     */
    public InEachClass {
      checkNotNull(rule, "rule");
      checkDepth(List.of(rule));
    }

    @Override
    public String description() {
      return "in each class: " + rule.description();
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Those present are a quorum: met when at least one member with a vote is present. All instances are
   * equal.
   *
   * @since 0.1.0
   */
  record ThosePresent() implements QuorumRule {
    @Override
    public String description() {
      return "those present";
    }

    /** A fixed hash, rather than the 0 of a record without components. */
    @Override
    public int hashCode() {
      return 7;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Builds a rule tiered by membership size; see {@link QuorumRule#tiered()}. Each bound is checked as
   * it is added.
   */
  final class Tiers {
    private final List<Tiered.Tier> tiers = new ArrayList<>();

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
      if (!tiers.isEmpty()) {
        checkBound(maxMembers, tiers.get(tiers.size() - 1).maxMembers());
      }
      tiers.add(new Tiered.Tier(maxMembers, checkNotNull(rule, "rule")));
      return this;
    }

    /**
     * Ends the tiers with the rule for bodies above the last bound.
     *
     * @param rule the rule for larger bodies
     * @return the tiered rule
     */
    public QuorumRule otherwise(QuorumRule rule) {
      return new Tiered(ImmutableList.copyOf(tiers), checkNotNull(rule, "rule"));
    }
  }

  private static void checkFraction(Fraction f, boolean strict) {
    checkNotNull(f, "fraction");
    if (strict) {
      Checks.check(
          f.signum() >= 0 && f.isLessThan(Fraction.ONE),
          "fraction",
          f,
          "quorum fraction %s for \"more than\" must be at least 0 and below 1",
          f);
    } else {
      Checks.check(
          f.signum() > 0 && !f.isGreaterThan(Fraction.ONE), "fraction", f, "quorum fraction %s must be above 0 and at most 1", f);
    }
  }

  private static void checkParts(ImmutableList<QuorumRule> parts, String combination) {
    checkNotNull(parts, "parts");
    Checks.check(parts.size() >= 2, "parts", parts, "%s needs at least two rules, got %s", combination, parts);
  }

  /**
   * Refuses a rule whose parts already nest {@link #MAX_DEPTH} levels. Every rule that exists passed this
   * check, so measuring a part recurses at most that deep.
   */
  private static void checkDepth(List<QuorumRule> parts) {
    int deepest = 0;
    for (QuorumRule p : parts) {
      deepest = Math.max(deepest, depth(p));
    }
    Checks.check(
        deepest < MAX_DEPTH,
        "depth",
        deepest + 1,
        "a quorum rule may nest at most %s levels; this one would nest %s",
        MAX_DEPTH,
        deepest + 1);
  }

  /** The levels a rule nests: 1 for an elementary rule, one more than its deepest part otherwise. */
  private static int depth(QuorumRule rule) {
    List<QuorumRule> inner = new ArrayList<>();
    if (rule instanceof GreaterOf r) {
      inner.addAll(r.parts());
    } else if (rule instanceof LesserOf r) {
      inner.addAll(r.parts());
    } else if (rule instanceof Tiered r) {
      r.tiers().forEach(t -> inner.add(t.rule()));
      inner.add(r.otherwise());
    } else if (rule instanceof InClass r) {
      inner.add(r.rule());
    } else if (rule instanceof InEachClass r) {
      inner.add(r.rule());
    }
    int deepest = 0;
    for (QuorumRule p : inner) {
      deepest = Math.max(deepest, depth(p));
    }
    return deepest + 1;
  }

  private static void checkBound(int maxMembers, int previous) {
    Checks.check(
        maxMembers > previous, "maxMembers", maxMembers, "tier bound %s must be above the previous tier's %s", maxMembers, previous);
  }

  private static String joined(String start, List<QuorumRule> parts) {
    StringBuilder s = new StringBuilder(start);
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        s.append(i == parts.size() - 1 ? " and " : ", ");
      }
      s.append('(').append(parts.get(i).description()).append(')');
    }
    return s.toString();
  }
}
