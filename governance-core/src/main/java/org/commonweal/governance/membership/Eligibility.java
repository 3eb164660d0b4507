package org.commonweal.governance.membership;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;

/**
 * Who may belong to a stakeholder class: a rule over {@link Facts} that the caller attests, decided on
 * a date, that explains its answer.
 *
 * <p>Constitutions state eligibility as conditions joined by "and", "or" and "unless": "employees aged 16
 * or over working at least 8 hours a week" (Co-operatives UK model worker co-operative articles), "people
 * who live or work in the area" (Housing and Regeneration Act 2008, s.79, for community land trusts),
 * "students, parents and carers" (co-operative school trusts). An {@code Eligibility} is a small tree of
 * such conditions, each a public record that a caller can inspect, store and compare:
 *
 * <table>
 *   <caption>Conditions</caption>
 *   <tr><th>condition</th><th>factory</th><th>record</th><th>fact it reads</th></tr>
 *   <tr><td>aged at least N on the date</td><td>{@link #minimumAge(int)}</td><td>{@link MinimumAge}</td>
 *       <td>date of birth</td></tr>
 *   <tr><td>lives in a named area</td><td>{@link #residentIn(String)}</td><td>{@link ResidentIn}</td>
 *       <td>areas of residence</td></tr>
 *   <tr><td>employed at least N hours a week</td><td>{@link #employedAtLeastHours(long)},
 *       {@link #employedAtLeastHours(Fraction)}</td><td>{@link MinimumHours}</td><td>weekly hours</td></tr>
 *   <tr><td>a tenant</td><td>{@link #tenant()}</td><td>{@link Tenant}</td><td>tenancy</td></tr>
 *   <tr><td>enrolled</td><td>{@link #enrolled()}</td><td>{@link Enrolled}</td><td>enrolment</td></tr>
 *   <tr><td>an organisation, not a natural person</td><td>{@link #memberOrganisation()}</td>
 *       <td>{@link Organisation}</td><td>member kind</td></tr>
 *   <tr><td>any other statement the constitution names</td><td>{@link #attested(String)}</td>
 *       <td>{@link Attested}</td><td>attested statements</td></tr>
 *   <tr><td>anyone</td><td>{@link #always()}</td><td>{@link Always}</td><td>none</td></tr>
 *   <tr><td>all of, any of, not</td><td>{@link #allOf}, {@link #anyOf}, {@link #and}, {@link #or},
 *       {@link #not}</td><td>{@link AllOf}, {@link AnyOf}, {@link Not}</td><td></td></tr>
 * </table>
 *
 * <pre>{@code
 * Eligibility staff = Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8));
 * EligibilityDecision d = staff.decide(facts, LocalDate.of(2026, 9, 1));
 * // d.reason(): "needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15"
 * }</pre>
 *
 * <p>A condition whose fact is missing fails, and says so; {@link #not} of such a condition therefore
 * passes, so write rules in the positive where a missing fact must not admit anyone. Deciding visits
 * every node once (O(size of the rule)) and never short-circuits, so the explanation is complete.
 *
 * <p>A rule nests at most {@link #MAX_DEPTH} levels (a combination of conditions is one level above its
 * deepest part): constitutions nest a few, and the bound keeps deciding and describing a rule, which
 * recurse through it, far from the limits of the stack. A combination that would nest deeper is refused
 * where it is built.
 *
 * <p>Rules are equal when their trees are equal: the same records holding equal values, parts in the
 * same order. The factories check their arguments, and so do the records' constructors, with the same
 * messages. Every rule is immutable and thread-safe; its {@code toString()} is its {@link
 * #description()}.
 *
 * @since 0.1.0
 */
public sealed interface Eligibility
    permits Eligibility.Always,
        Eligibility.MinimumAge,
        Eligibility.ResidentIn,
        Eligibility.MinimumHours,
        Eligibility.Tenant,
        Eligibility.Enrolled,
        Eligibility.Organisation,
        Eligibility.Attested,
        Eligibility.AllOf,
        Eligibility.AnyOf,
        Eligibility.Not {

  /** The most levels a rule may nest: a single condition is 1, a combination one more than its deepest part. */
  int MAX_DEPTH = 64;

  /**
   * Decides the rule on attested facts on a date.
   *
   * @param facts what the caller attests
   * @param on the date on which eligibility is judged (the date of admission or of the change)
   * @return whether the rule is met, with the reason and the decisions of each sub-rule
   */
  EligibilityDecision decide(Facts facts, LocalDate on);

  /**
   * Describes the rule in words, for example {@code "(aged at least 16 and employed at least 8 hours a
   * week)"}.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the sub-rules of a combination, or an empty list for a single condition.
   *
   * @return the sub-rules, in the order given
   */
  default ImmutableList<Eligibility> parts() {
    return ImmutableList.of();
  }

  /**
   * Returns the rule that this and {@code other} both hold.
   *
   * @param other the other rule
   * @return {@code allOf(this, other)}
   */
  default Eligibility and(Eligibility other) {
    return allOf(this, other);
  }

  /**
   * Returns the rule that this or {@code other} holds.
   *
   * @param other the other rule
   * @return {@code anyOf(this, other)}
   */
  default Eligibility or(Eligibility other) {
    return anyOf(this, other);
  }

  /**
   * Returns the rule that everyone meets, for a class open to all.
   *
   * @return the rule
   */
  static Eligibility always() {
    return new Always();
  }

  /**
   * Returns the rule "aged at least {@code years} on the date of evaluation", the age being the whole
   * years completed since the date of birth, as {@link Period#between} counts them: the birthday itself
   * completes a year, and a person born on 29 February completes a year on 1 March in years without a
   * 29 February.
   *
   * @param years the minimum age, from 0 to 150
   * @return the rule
   * @throws InvalidValueException if {@code years} is outside 0 to 150
   */
  static Eligibility minimumAge(int years) {
    return new MinimumAge(years);
  }

  /**
   * Returns the rule "lives in {@code area}", matched exactly against the attested areas of residence.
   *
   * @param area the area as the constitution names it, for example {@code "the area of benefit"}
   * @return the rule
   * @throws InvalidValueException if {@code area} is blank
   */
  static Eligibility residentIn(String area) {
    return new ResidentIn(area);
  }

  /**
   * Returns the rule "employed at least {@code hours} hours a week".
   *
   * @param hours the minimum, not negative
   * @return the rule
   * @throws InvalidValueException if {@code hours} is negative
   */
  static Eligibility employedAtLeastHours(long hours) {
    return employedAtLeastHours(Fraction.of(hours));
  }

  /**
   * Returns the rule "employed at least {@code hours} hours a week", for a fractional minimum such as
   * 7.5 hours.
   *
   * @param hours the minimum, not negative
   * @return the rule
   * @throws InvalidValueException if {@code hours} is negative
   */
  static Eligibility employedAtLeastHours(Fraction hours) {
    return new MinimumHours(hours);
  }

  /**
   * Returns the rule "is a tenant".
   *
   * @return the rule
   */
  static Eligibility tenant() {
    return new Tenant();
  }

  /**
   * Returns the rule "is enrolled".
   *
   * @return the rule
   */
  static Eligibility enrolled() {
    return new Enrolled();
  }

  /**
   * Returns the rule "is an organisation" (a registered society or another body), for classes of member
   * organisations.
   *
   * @return the rule
   */
  static Eligibility memberOrganisation() {
    return new Organisation();
  }

  /**
   * Returns the rule "the caller attests {@code statement}", for conditions the other rules do not
   * cover, in the constitution's own words.
   *
   * @param statement the statement, for example {@code "parent or carer of a student at the school"}
   * @return the rule
   * @throws InvalidValueException if {@code statement} is blank
   */
  static Eligibility attested(String statement) {
    return new Attested(statement);
  }

  /**
   * Returns the rule that every one of {@code rules} holds.
   *
   * @param rules at least one rule
   * @return the rule; the single rule itself if only one is given
   * @throws InvalidValueException if no rule is given
   */
  static Eligibility allOf(Eligibility... rules) {
    return allOf(Arrays.asList(rules));
  }

  /**
   * Returns the rule that every one of {@code rules} holds.
   *
   * @param rules at least one rule
   * @return the rule; the single rule itself if only one is given
   * @throws InvalidValueException if no rule is given
   */
  static Eligibility allOf(List<Eligibility> rules) {
    ImmutableList<Eligibility> parts = checkParts("allOf", rules);
    return parts.size() == 1 ? parts.get(0) : new AllOf(parts);
  }

  /**
   * Returns the rule that at least one of {@code rules} holds.
   *
   * @param rules at least one rule
   * @return the rule; the single rule itself if only one is given
   * @throws InvalidValueException if no rule is given
   */
  static Eligibility anyOf(Eligibility... rules) {
    return anyOf(Arrays.asList(rules));
  }

  /**
   * Returns the rule that at least one of {@code rules} holds.
   *
   * @param rules at least one rule
   * @return the rule; the single rule itself if only one is given
   * @throws InvalidValueException if no rule is given
   */
  static Eligibility anyOf(List<Eligibility> rules) {
    ImmutableList<Eligibility> parts = checkParts("anyOf", rules);
    return parts.size() == 1 ? parts.get(0) : new AnyOf(parts);
  }

  /**
   * Returns the rule that {@code rule} does not hold ("unless"). A condition whose fact is missing
   * fails, so its negation passes.
   *
   * @param rule the rule to negate
   * @return the rule
   */
  static Eligibility not(Eligibility rule) {
    return new Not(rule);
  }

  /**
   * The rule that everyone meets. All instances are equal.
   *
   * @since 0.1.0
   */
  record Always() implements Eligibility {
    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      return leaf(this, true, "open to anyone");
    }

    @Override
    public String description() {
      return "anyone";
    }

    /** A fixed hash, distinct from the other conditions without values. */
    @Override
    public int hashCode() {
      return 1;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Aged at least {@code years} on the date of the decision; see {@link Eligibility#minimumAge(int)}.
   *
   * @param years the minimum age, from 0 to 150
   * @since 0.1.0
   */
  record MinimumAge(int years) implements Eligibility {
    /**
     * Checks the age.
     *
     * @throws InvalidValueException if {@code years} is outside 0 to 150
     */
    public MinimumAge {
      Checks.check(years >= 0 && years <= 150, "years", years, "minimum age %s must be between 0 and 150", years);
    }

    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      Optional<LocalDate> born = facts.dateOfBirth();
      if (born.isEmpty()) {
        return leaf(this, false, "needs age " + years + " on " + on + "; date of birth not attested");
      }
      if (born.get().isAfter(on)) {
        // Period.between would give 0 years for a birth a few months later, which is not age 0.
        return leaf(this, false, "needs age " + years + " on " + on + "; date of birth " + born.get() + " is after that date");
      }
      int age = Period.between(born.get(), on).getYears();
      return age >= years
          ? leaf(this, true, "date of birth " + born.get() + " gives age " + age + " on " + on + ", at least " + years)
          : leaf(this, false, "needs age " + years + " on " + on + "; date of birth " + born.get() + " gives " + age);
    }

    @Override
    public String description() {
      return "aged at least " + years;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Lives in {@code area}, matched exactly against the attested areas of residence.
   *
   * @param area the area as the constitution names it, not blank
   * @since 0.1.0
   */
  record ResidentIn(String area) implements Eligibility {
    /**
     * Checks the area.
     *
     * @throws InvalidValueException if {@code area} is blank
     */
    public ResidentIn {
      checkNotNull(area, "area");
      Checks.check(!area.isBlank(), "area", area, "area of residence must not be blank");
    }

    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      if (facts.areasOfResidence().isEmpty()) {
        return leaf(this, false, "needs residence in " + area + "; residence not attested");
      }
      return facts.areasOfResidence().contains(area)
          ? leaf(this, true, "resident in " + area)
          : leaf(this, false, "needs residence in " + area + "; resident in " + String.join(", ", facts.areasOfResidence()));
    }

    @Override
    public String description() {
      return "resident in " + area;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Employed at least {@code hours} hours a week.
   *
   * @param hours the minimum, exact (7.5 hours is {@code 15/2}), not negative
   * @since 0.1.0
   */
  record MinimumHours(Fraction hours) implements Eligibility {
    /**
     * Checks the hours.
     *
     * @throws InvalidValueException if {@code hours} is negative
     */
    public MinimumHours {
      checkNotNull(hours, "hours");
      Checks.check(hours.signum() >= 0, "hours", hours, "minimum weekly hours %s must not be negative", hours);
    }

    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      Optional<Fraction> worked = facts.weeklyHours();
      if (worked.isEmpty()) {
        return leaf(this, false, "needs employment of at least " + hours + " hours a week; weekly hours not attested");
      }
      return worked.get().isAtLeast(hours)
          ? leaf(this, true, "employed " + worked.get() + " hours a week, at least " + hours)
          : leaf(this, false, "needs employment of at least " + hours + " hours a week; employed " + worked.get());
    }

    @Override
    public String description() {
      return "employed at least " + hours + " hours a week";
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Is a tenant (of the housing society, land trust or estate the constitution names). All instances are
   * equal.
   *
   * @since 0.1.0
   */
  record Tenant() implements Eligibility {
    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      return flag(this, facts.tenant(), "", "tenancy");
    }

    @Override
    public String description() {
      return "a tenant";
    }

    /** A fixed hash, distinct from the other conditions without values. */
    @Override
    public int hashCode() {
      return 2;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Is enrolled (as a student of the school, a learner of the college). All instances are equal.
   *
   * @since 0.1.0
   */
  record Enrolled() implements Eligibility {
    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      return flag(this, facts.enrolled(), "", "enrolment");
    }

    @Override
    public String description() {
      return "enrolled";
    }

    /** A fixed hash, distinct from the other conditions without values. */
    @Override
    public int hashCode() {
      return 3;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Is an organisation (a registered society or another body), not a natural person. All instances are
   * equal.
   *
   * @since 0.1.0
   */
  record Organisation() implements Eligibility {
    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      return flag(this, facts.memberKind().map(MemberKind::isOrganisation),
          facts.memberKind().map(MemberKind::describe).orElse(""), "member kind");
    }

    @Override
    public String description() {
      return "an organisation";
    }

    /** A fixed hash, distinct from the other conditions without values. */
    @Override
    public int hashCode() {
      return 4;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * The caller attests {@code statement}, in the constitution's own words.
   *
   * @param statement the statement, not blank
   * @since 0.1.0
   */
  record Attested(String statement) implements Eligibility {
    /**
     * Checks the statement.
     *
     * @throws InvalidValueException if {@code statement} is blank
     */
    public Attested {
      checkNotNull(statement, "statement");
      Checks.check(!statement.isBlank(), "statement", statement, "attested statement must not be blank");
    }

    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      return facts.statements().contains(statement)
          ? leaf(this, true, "attested: " + statement)
          : leaf(this, false, "needs the attestation \"" + statement + "\"; not attested");
    }

    @Override
    public String description() {
      return "attested: " + statement;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Every one of the parts holds. {@link Eligibility#allOf} returns a single part itself; this record
   * holds any number from one.
   *
   * @param parts the rules, at least one, in the constitution's order
   * @since 0.1.0
   */
  record AllOf(ImmutableList<Eligibility> parts) implements Eligibility {
    /**
     * Checks the parts.
     *
     * @throws InvalidValueException if there is no part, or the combination would nest more than {@link
     *     Eligibility#MAX_DEPTH} levels
     */
    public AllOf {
      parts = checkParts("allOf", parts);
      checkDepth(parts);
    }

    /** Reports the failures, or that all are met; see {@link Eligibility#decide}. */
    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      ImmutableList<EligibilityDecision> decisions = decideEach(parts, facts, on);
      // "All": the reasons that matter are the failures.
      boolean met = decisions.stream().allMatch(EligibilityDecision::met);
      StringBuilder reason = new StringBuilder();
      if (met) {
        reason.append("meets all ").append(decisions.size()).append(" conditions");
      } else {
        for (EligibilityDecision d : decisions) {
          if (!d.met()) {
            reason.append(reason.length() == 0 ? "" : "; ").append(d.reason());
          }
        }
      }
      return EligibilityDecision.of(this, met, reason.toString(), decisions);
    }

    @Override
    public String description() {
      return joined(parts, " and ");
    }

    /** Distinct from the hash of {@link AnyOf} with the same parts. */
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
   * At least one of the parts holds. {@link Eligibility#anyOf} returns a single part itself; this record
   * holds any number from one.
   *
   * @param parts the rules, at least one, in the constitution's order
   * @since 0.1.0
   */
  record AnyOf(ImmutableList<Eligibility> parts) implements Eligibility {
    /**
     * Checks the parts.
     *
     * @throws InvalidValueException if there is no part, or the combination would nest more than {@link
     *     Eligibility#MAX_DEPTH} levels
     */
    public AnyOf {
      parts = checkParts("anyOf", parts);
      checkDepth(parts);
    }

    /** Reports the first part met, or every failure; see {@link Eligibility#decide}. */
    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      ImmutableList<EligibilityDecision> decisions = decideEach(parts, facts, on);
      Optional<EligibilityDecision> first = decisions.stream().filter(EligibilityDecision::met).findFirst();
      StringBuilder reason = new StringBuilder();
      if (first.isPresent()) {
        reason.append(first.get().reason());
      } else {
        reason.append("meets none of: ");
        for (int i = 0; i < decisions.size(); i++) {
          reason.append(i == 0 ? "" : " | ").append(decisions.get(i).reason());
        }
      }
      return EligibilityDecision.of(this, first.isPresent(), reason.toString(), decisions);
    }

    @Override
    public String description() {
      return joined(parts, " or ");
    }

    /** Distinct from the hash of {@link AllOf} with the same parts. */
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
   * The rule does not hold ("unless"). A condition whose fact is missing fails, so its negation passes.
   *
   * @param rule the rule negated
   * @since 0.1.0
   */
  record Not(Eligibility rule) implements Eligibility {
    /**
     * Checks that the rule is given and not nested too deep.
     *
     * @throws InvalidValueException if the negation would nest more than {@link Eligibility#MAX_DEPTH} levels
     */
    public Not {
      checkNotNull(rule, "rule");
      checkDepth(ImmutableList.of(rule));
    }

    /** Returns the negated rule, as the single part. */
    @Override
    public ImmutableList<Eligibility> parts() {
      return ImmutableList.of(rule);
    }

    @Override
    public EligibilityDecision decide(Facts facts, LocalDate on) {
      EligibilityDecision inner = rule.decide(facts, on);
      String reason =
          inner.met()
              ? "must not be " + rule.description() + ", but " + inner.reason()
              : "not " + rule.description() + ": " + inner.reason();
      return EligibilityDecision.of(this, !inner.met(), reason, ImmutableList.of(inner));
    }

    @Override
    public String description() {
      return "not " + rule.description();
    }

    @Override
    public String toString() {
      return description();
    }
  }

  private static ImmutableList<Eligibility> checkParts(String field, List<Eligibility> rules) {
    checkNotNull(rules, field);
    Checks.check(!rules.isEmpty(), field, rules, "%s needs at least one rule", field);
    for (int i = 0; i < rules.size(); i++) {
      checkNotNull(rules.get(i), "%s[%s]", field, i);
    }
    return ImmutableList.copyOf(rules);
  }

  /**
   * Refuses a combination whose parts already nest {@link #MAX_DEPTH} levels. Every rule that exists passed
   * this check, so measuring a part recurses at most that deep.
   */
  private static void checkDepth(List<Eligibility> parts) {
    int deepest = 0;
    for (Eligibility p : parts) {
      deepest = Math.max(deepest, depth(p));
    }
    Checks.check(
        deepest < MAX_DEPTH,
        "depth",
        deepest + 1,
        "an eligibility rule may nest at most %s levels; this one would nest %s",
        MAX_DEPTH,
        deepest + 1);
  }

  /** The levels a rule nests: 1 for a condition, one more than its deepest part for a combination. */
  private static int depth(Eligibility rule) {
    int deepest = 0;
    for (Eligibility p : rule.parts()) {
      deepest = Math.max(deepest, depth(p));
    }
    return deepest + 1;
  }

  private static EligibilityDecision leaf(Eligibility rule, boolean met, String reason) {
    return EligibilityDecision.of(rule, met, reason, ImmutableList.of());
  }

  /**
   * A yes-or-no condition: {@code value} is the attested answer, {@code detail} what the facts say
   * beside it (the member's kind), {@code fact} the fact's name for the reason when it is missing.
   */
  private static EligibilityDecision flag(Eligibility rule, Optional<Boolean> value, String detail, String fact) {
    String condition = rule.description();
    if (value.isEmpty()) {
      return leaf(rule, false, "needs to be " + condition + "; " + fact + " not attested");
    }
    if (value.get()) {
      return leaf(rule, true, detail.isEmpty() ? condition : condition + " (" + detail + ")");
    }
    return leaf(rule, false, "needs to be " + condition + "; " + (detail.isEmpty() ? "not " + condition : detail));
  }

  /** Decides every part: never short-circuits, so that the explanation is complete. */
  private static ImmutableList<EligibilityDecision> decideEach(List<Eligibility> parts, Facts facts, LocalDate on) {
    ImmutableList.Builder<EligibilityDecision> b = ImmutableList.builderWithExpectedSize(parts.size());
    for (Eligibility p : parts) {
      b.add(p.decide(facts, on));
    }
    return b.build();
  }

  private static String joined(List<Eligibility> parts, String word) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < parts.size(); i++) {
      sb.append(i == 0 ? "" : word).append(parts.get(i).description());
    }
    return sb.append(')').toString();
  }
}
