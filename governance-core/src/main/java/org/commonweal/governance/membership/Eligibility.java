package org.commonweal.governance.membership;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Who may belong to a stakeholder class: a rule over {@link Facts} that the caller attests, evaluated on
 * a date, that explains its answer.
 *
 * <p>Constitutions state eligibility as conditions joined by "and", "or" and "unless": "employees aged 16
 * or over working at least 8 hours a week" (Co-operatives UK model worker co-operative articles), "people
 * who live or work in the area" (Housing and Regeneration Act 2008, s.79, for community land trusts),
 * "students, parents and carers" (co-operative school trusts). An {@code Eligibility} is a small tree of
 * such conditions:
 *
 * <table>
 *   <caption>Conditions</caption>
 *   <tr><th>condition</th><th>factory</th><th>fact it reads</th></tr>
 *   <tr><td>aged at least N on the date</td><td>{@link #minimumAge(int)}</td><td>date of birth</td></tr>
 *   <tr><td>lives in a named area</td><td>{@link #residentIn(String)}</td><td>areas of residence</td></tr>
 *   <tr><td>employed at least N hours a week</td><td>{@link #employedAtLeastHours(long)},
 *       {@link #employedAtLeastHours(Fraction)}</td><td>weekly hours</td></tr>
 *   <tr><td>a tenant</td><td>{@link #tenant()}</td><td>tenancy</td></tr>
 *   <tr><td>enrolled</td><td>{@link #enrolled()}</td><td>enrolment</td></tr>
 *   <tr><td>an organisation, not a natural person</td><td>{@link #memberOrganisation()}</td>
 *       <td>member kind</td></tr>
 *   <tr><td>any other statement the constitution names</td><td>{@link #attested(String)}</td>
 *       <td>attested statements</td></tr>
 *   <tr><td>anyone</td><td>{@link #always()}</td><td>none</td></tr>
 *   <tr><td>all of, any of, not</td><td>{@link #allOf}, {@link #anyOf}, {@link #and}, {@link #or},
 *       {@link #not}</td><td></td></tr>
 * </table>
 *
 * <pre>{@code
 * Eligibility staff = Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8));
 * EligibilityResult r = staff.evaluate(facts, LocalDate.of(2026, 9, 1));
 * // r.reason(): "needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15"
 * }</pre>
 *
 * <p>A condition whose fact is missing fails, and says so; {@link #not} of such a condition therefore
 * passes, so write rules in the positive where a missing fact must not admit anyone. Evaluation visits
 * every node once (O(size of the rule)) and never short-circuits, so the explanation is complete. Rules
 * are equal when their trees are equal.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class Eligibility {
  Eligibility() {}

  /**
   * Evaluates the rule against attested facts on a date.
   *
   * @param facts what the caller attests
   * @param on the date on which eligibility is judged (the date of admission or of the change)
   * @return whether the rule is met, with the reason and the results of each sub-rule
   */
  public abstract EligibilityResult evaluate(Facts facts, LocalDate on);

  /**
   * Describes the rule in words, for example {@code "(aged at least 16 and employed at least 8 hours a
   * week)"}.
   *
   * @return the description
   */
  public abstract String describe();

  /**
   * Returns the sub-rules of a combination, or an empty list for a single condition.
   *
   * @return the sub-rules, in the order given
   */
  public ImmutableList<Eligibility> parts() {
    return ImmutableList.of();
  }

  /** Returns {@link #describe()}. */
  @Override
  public final String toString() {
    return describe();
  }

  /**
   * Returns the rule that this and {@code other} both hold.
   *
   * @param other the other rule
   * @return {@code allOf(this, other)}
   */
  public final Eligibility and(Eligibility other) {
    return allOf(this, other);
  }

  /**
   * Returns the rule that this or {@code other} holds.
   *
   * @param other the other rule
   * @return {@code anyOf(this, other)}
   */
  public final Eligibility or(Eligibility other) {
    return anyOf(this, other);
  }

  /**
   * Returns the rule that everyone meets, for a class open to all.
   *
   * @return the rule
   */
  public static Eligibility always() {
    return Always.INSTANCE;
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
  public static Eligibility minimumAge(int years) {
    if (years < 0 || years > 150) {
      throw new InvalidValueException("years", years, "minimum age " + years + " must be between 0 and 150");
    }
    return new MinimumAge(years);
  }

  /**
   * Returns the rule "lives in {@code area}", matched exactly against the attested areas of residence.
   *
   * @param area the area as the constitution names it, for example {@code "the area of benefit"}
   * @return the rule
   * @throws InvalidValueException if {@code area} is blank
   */
  public static Eligibility residentIn(String area) {
    checkNotNull(area, "area");
    if (area.isBlank()) {
      throw new InvalidValueException("area", area, "area of residence must not be blank");
    }
    return new ResidentIn(area);
  }

  /**
   * Returns the rule "employed at least {@code hours} hours a week".
   *
   * @param hours the minimum, not negative
   * @return the rule
   * @throws InvalidValueException if {@code hours} is negative
   */
  public static Eligibility employedAtLeastHours(long hours) {
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
  public static Eligibility employedAtLeastHours(Fraction hours) {
    checkNotNull(hours, "hours");
    if (hours.signum() < 0) {
      throw new InvalidValueException("hours", hours, "minimum weekly hours " + hours + " must not be negative");
    }
    return new MinimumHours(hours);
  }

  /**
   * Returns the rule "is a tenant".
   *
   * @return the rule
   */
  public static Eligibility tenant() {
    return Flag.TENANT;
  }

  /**
   * Returns the rule "is enrolled".
   *
   * @return the rule
   */
  public static Eligibility enrolled() {
    return Flag.ENROLLED;
  }

  /**
   * Returns the rule "is an organisation" (a registered society or another body), for classes of member
   * organisations.
   *
   * @return the rule
   */
  public static Eligibility memberOrganisation() {
    return Flag.ORGANISATION;
  }

  /**
   * Returns the rule "the caller attests {@code statement}", for conditions the other rules do not
   * cover, in the constitution's own words.
   *
   * @param statement the statement, for example {@code "parent or carer of a student at the school"}
   * @return the rule
   * @throws InvalidValueException if {@code statement} is blank
   */
  public static Eligibility attested(String statement) {
    checkNotNull(statement, "statement");
    if (statement.isBlank()) {
      throw new InvalidValueException("statement", statement, "attested statement must not be blank");
    }
    return new Attested(statement);
  }

  /**
   * Returns the rule that every one of {@code rules} holds.
   *
   * @param rules at least one rule
   * @return the rule; the single rule itself if only one is given
   * @throws InvalidValueException if no rule is given
   */
  public static Eligibility allOf(Eligibility... rules) {
    return allOf(Arrays.asList(rules));
  }

  /**
   * Returns the rule that every one of {@code rules} holds.
   *
   * @param rules at least one rule
   * @return the rule; the single rule itself if only one is given
   * @throws InvalidValueException if no rule is given
   */
  public static Eligibility allOf(List<Eligibility> rules) {
    ImmutableList<Eligibility> parts = parts("allOf", rules);
    return parts.size() == 1 ? parts.get(0) : new Combination(true, parts);
  }

  /**
   * Returns the rule that at least one of {@code rules} holds.
   *
   * @param rules at least one rule
   * @return the rule; the single rule itself if only one is given
   * @throws InvalidValueException if no rule is given
   */
  public static Eligibility anyOf(Eligibility... rules) {
    return anyOf(Arrays.asList(rules));
  }

  /**
   * Returns the rule that at least one of {@code rules} holds.
   *
   * @param rules at least one rule
   * @return the rule; the single rule itself if only one is given
   * @throws InvalidValueException if no rule is given
   */
  public static Eligibility anyOf(List<Eligibility> rules) {
    ImmutableList<Eligibility> parts = parts("anyOf", rules);
    return parts.size() == 1 ? parts.get(0) : new Combination(false, parts);
  }

  /**
   * Returns the rule that {@code rule} does not hold ("unless"). A condition whose fact is missing
   * fails, so its negation passes.
   *
   * @param rule the rule to negate
   * @return the rule
   */
  public static Eligibility not(Eligibility rule) {
    return new Not(checkNotNull(rule, "rule"));
  }

  private static ImmutableList<Eligibility> parts(String field, List<Eligibility> rules) {
    checkNotNull(rules, field);
    if (rules.isEmpty()) {
      throw new InvalidValueException(field, rules, field + " needs at least one rule");
    }
    for (int i = 0; i < rules.size(); i++) {
      checkNotNull(rules.get(i), "%s[%s]", field, i);
    }
    return ImmutableList.copyOf(rules);
  }

  private static EligibilityResult leaf(Eligibility rule, boolean passed, String reason) {
    return EligibilityResult.of(rule, passed, reason, ImmutableList.of());
  }

  private static final class Always extends Eligibility {
    static final Always INSTANCE = new Always();

    @Override
    public EligibilityResult evaluate(Facts facts, LocalDate on) {
      return leaf(this, true, "open to anyone");
    }

    @Override
    public String describe() {
      return "anyone";
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Always;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  private static final class MinimumAge extends Eligibility {
    private final int years;

    MinimumAge(int years) {
      this.years = years;
    }

    @Override
    public EligibilityResult evaluate(Facts facts, LocalDate on) {
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
    public String describe() {
      return "aged at least " + years;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof MinimumAge other && years == other.years;
    }

    @Override
    public int hashCode() {
      return 31 * 2 + years;
    }
  }

  private static final class ResidentIn extends Eligibility {
    private final String area;

    ResidentIn(String area) {
      this.area = area;
    }

    @Override
    public EligibilityResult evaluate(Facts facts, LocalDate on) {
      if (facts.areasOfResidence().isEmpty()) {
        return leaf(this, false, "needs residence in " + area + "; residence not attested");
      }
      return facts.areasOfResidence().contains(area)
          ? leaf(this, true, "resident in " + area)
          : leaf(this, false, "needs residence in " + area + "; resident in " + String.join(", ", facts.areasOfResidence()));
    }

    @Override
    public String describe() {
      return "resident in " + area;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ResidentIn other && area.equals(other.area);
    }

    @Override
    public int hashCode() {
      return 31 * 3 + area.hashCode();
    }
  }

  private static final class MinimumHours extends Eligibility {
    private final Fraction hours;

    MinimumHours(Fraction hours) {
      this.hours = hours;
    }

    @Override
    public EligibilityResult evaluate(Facts facts, LocalDate on) {
      Optional<Fraction> worked = facts.weeklyHours();
      if (worked.isEmpty()) {
        return leaf(this, false, "needs employment of at least " + hours + " hours a week; weekly hours not attested");
      }
      return worked.get().isAtLeast(hours)
          ? leaf(this, true, "employed " + worked.get() + " hours a week, at least " + hours)
          : leaf(this, false, "needs employment of at least " + hours + " hours a week; employed " + worked.get());
    }

    @Override
    public String describe() {
      return "employed at least " + hours + " hours a week";
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof MinimumHours other && hours.equals(other.hours);
    }

    @Override
    public int hashCode() {
      return 31 * 4 + hours.hashCode();
    }
  }

  /** The three yes-or-no conditions; one instance each, so equality is identity. */
  private static final class Flag extends Eligibility {
    static final Flag TENANT = new Flag("a tenant", "tenancy");
    static final Flag ENROLLED = new Flag("enrolled", "enrolment");
    static final Flag ORGANISATION = new Flag("an organisation", "member kind");

    private final String condition;
    private final String fact;

    private Flag(String condition, String fact) {
      this.condition = condition;
      this.fact = fact;
    }

    @Override
    public EligibilityResult evaluate(Facts facts, LocalDate on) {
      Optional<Boolean> value;
      String detail = "";
      if (this == ORGANISATION) {
        value = facts.memberKind().map(MemberKind::isOrganisation);
        detail = facts.memberKind().map(MemberKind::describe).orElse("");
      } else if (this == TENANT) {
        value = facts.tenant();
      } else {
        value = facts.enrolled();
      }
      if (value.isEmpty()) {
        return leaf(this, false, "needs to be " + condition + "; " + fact + " not attested");
      }
      if (value.get()) {
        return leaf(this, true, detail.isEmpty() ? condition : condition + " (" + detail + ")");
      }
      return leaf(this, false, "needs to be " + condition + "; " + (detail.isEmpty() ? "not " + condition : detail));
    }

    @Override
    public String describe() {
      return condition;
    }
  }

  private static final class Attested extends Eligibility {
    private final String statement;

    Attested(String statement) {
      this.statement = statement;
    }

    @Override
    public EligibilityResult evaluate(Facts facts, LocalDate on) {
      return facts.statements().contains(statement)
          ? leaf(this, true, "attested: " + statement)
          : leaf(this, false, "needs the attestation \"" + statement + "\"; not attested");
    }

    @Override
    public String describe() {
      return "attested: " + statement;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Attested other && statement.equals(other.statement);
    }

    @Override
    public int hashCode() {
      return 31 * 5 + statement.hashCode();
    }
  }

  private static final class Combination extends Eligibility {
    private final boolean all;
    private final ImmutableList<Eligibility> parts;

    Combination(boolean all, ImmutableList<Eligibility> parts) {
      this.all = all;
      this.parts = parts;
    }

    @Override
    public ImmutableList<Eligibility> parts() {
      return parts;
    }

    @Override
    public EligibilityResult evaluate(Facts facts, LocalDate on) {
      ImmutableList.Builder<EligibilityResult> b = ImmutableList.builderWithExpectedSize(parts.size());
      for (Eligibility p : parts) {
        b.add(p.evaluate(facts, on));
      }
      ImmutableList<EligibilityResult> results = b.build();
      // "all": the reasons that matter are the failures; "any": the first success, or every failure.
      StringBuilder reason = new StringBuilder();
      boolean passed;
      if (all) {
        passed = results.stream().allMatch(EligibilityResult::passed);
        if (passed) {
          reason.append("meets all ").append(results.size()).append(" conditions");
        } else {
          results.stream().filter(r -> !r.passed()).forEach(r -> append(reason, "; ", r.reason()));
        }
      } else {
        Optional<EligibilityResult> first = results.stream().filter(EligibilityResult::passed).findFirst();
        passed = first.isPresent();
        if (passed) {
          reason.append(first.get().reason());
        } else {
          reason.append("meets none of: ");
          for (int i = 0; i < results.size(); i++) {
            reason.append(i == 0 ? "" : " | ").append(results.get(i).reason());
          }
        }
      }
      return EligibilityResult.of(this, passed, reason.toString(), results);
    }

    private static void append(StringBuilder sb, String separator, String text) {
      if (sb.length() > 0) {
        sb.append(separator);
      }
      sb.append(text);
    }

    @Override
    public String describe() {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < parts.size(); i++) {
        sb.append(i == 0 ? "" : all ? " and " : " or ").append(parts.get(i).describe());
      }
      return sb.append(')').toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Combination other && all == other.all && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
      return Objects.hash(all, parts);
    }
  }

  private static final class Not extends Eligibility {
    private final Eligibility rule;

    Not(Eligibility rule) {
      this.rule = rule;
    }

    @Override
    public ImmutableList<Eligibility> parts() {
      return ImmutableList.of(rule);
    }

    @Override
    public EligibilityResult evaluate(Facts facts, LocalDate on) {
      EligibilityResult inner = rule.evaluate(facts, on);
      String reason =
          inner.passed()
              ? "must not be " + rule.describe() + ", but " + inner.reason()
              : "not " + rule.describe() + ": " + inner.reason();
      return EligibilityResult.of(this, !inner.passed(), reason, ImmutableList.of(inner));
    }

    @Override
    public String describe() {
      return "not " + rule.describe();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Not other && rule.equals(other.rule);
    }

    @Override
    public int hashCode() {
      return 31 * 7 + rule.hashCode();
    }
  }
}
