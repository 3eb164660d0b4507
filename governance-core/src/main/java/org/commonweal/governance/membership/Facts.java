package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * What the caller attests about an applicant or member, for checking {@link Eligibility}: date of birth,
 * areas of residence, hours of employment a week, tenancy, enrolment, what kind of person they are, and
 * any other statement the constitution names.
 *
 * <p>The library does not verify facts; the secretary who records an admission attests them (from an
 * application form, a payroll, a school roll). Every fact is optional: a rule that needs a missing fact
 * fails and says which fact is missing, so an incomplete application is never admitted by default.
 *
 * <pre>{@code
 * Facts facts = Facts.builder()
 *     .dateOfBirth(LocalDate.of(2011, 3, 2))
 *     .addAreasOfResidence("Ashby ward")
 *     .enrolled(true)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Facts {
  private static final Facts NONE = new Builder().build();

  Facts() {}

  /**
   * Returns the date of birth, if attested.
   *
   * @return the date of birth
   */
  public abstract Optional<LocalDate> dateOfBirth();

  /**
   * Returns the areas the person is attested to live in (an area of benefit, a ward, a parish); empty if
   * residence is not attested.
   *
   * @return the areas, by name as the constitution spells them
   */
  public abstract ImmutableSet<String> areasOfResidence();

  /**
   * Returns the hours a week the person is employed by the organisation, if attested; exact, so that
   * 7.5 hours is {@code 15/2}.
   *
   * @return the weekly hours, not negative
   */
  public abstract Optional<Fraction> weeklyHours();

  /**
   * Returns whether the person is a tenant (of the housing society, land trust or estate the
   * constitution names), if attested.
   *
   * @return the tenancy
   */
  public abstract Optional<Boolean> tenant();

  /**
   * Returns whether the person is enrolled (as a student of the school, a learner of the college), if
   * attested.
   *
   * @return the enrolment
   */
  public abstract Optional<Boolean> enrolled();

  /**
   * Returns what kind of person this is (individual, registered society, other organisation), if
   * attested.
   *
   * @return the kind
   */
  public abstract Optional<MemberKind> memberKind();

  /**
   * Returns other statements the caller attests as true, in the constitution's words, for example
   * {@code "parent or carer of a student at the school"}.
   *
   * @return the attested statements
   */
  public abstract ImmutableSet<String> statements();

  /**
   * Returns facts with nothing attested.
   *
   * @return the empty facts
   */
  public static Facts none() {
    return NONE;
  }

  /**
   * Returns a builder of facts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns these facts with the member's kind filled in when it is not attested.
   *
   * @param kind the kind recorded for the member
   * @return these facts, with {@code memberKind} set
   * @throws InvalidValueException if a different kind is attested
   */
  public Facts withKnownKind(MemberKind kind) {
    if (memberKind().isPresent()) {
      Checks.check(
          memberKind().get() == kind,
          "memberKind",
          memberKind().get(),
          "attested member kind %s contradicts the recorded kind %s",
          memberKind().get(),
          kind);
      return this;
    }
    return builder().from(this).memberKind(kind).build();
  }

  @Value.Check
  void check() {
    if (weeklyHours().isPresent()) {
      Fraction hours = weeklyHours().get();
      Checks.check(hours.signum() >= 0, "weeklyHours", hours, "weekly hours %s must not be negative", hours);
    }
    for (String area : areasOfResidence()) {
      Checks.check(!area.isBlank(), "areasOfResidence", area, "area of residence must not be blank");
    }
    for (String statement : statements()) {
      Checks.check(!statement.isBlank(), "statements", statement, "attested statement must not be blank");
    }
  }

  /** Builds {@link Facts}; every fact is optional. */
  public static final class Builder extends ImmutableFacts.Builder {
    Builder() {}
  }
}
