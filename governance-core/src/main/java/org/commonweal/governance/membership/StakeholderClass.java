package org.commonweal.governance.membership;

import java.time.LocalDate;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * A class of members defined by the constitution, with the rule that says who may belong to it: the
 * students, parents and carers, staff, school leaders and local residents of a co-operative school
 * trust; the residents and supporters of a development trust; the workers, users and investors of a
 * multi-stakeholder society under the Somerset Rules.
 *
 * <pre>{@code
 * StakeholderClass staff = StakeholderClass.of(ClassId.of("staff"), "Staff",
 *     Eligibility.minimumAge(16).and(Eligibility.employedAtLeastHours(8)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class StakeholderClass {
  StakeholderClass() {}

  /**
   * Returns the class's identifier, on which registers, votes and tallies key.
   *
   * @return the identifier
   */
  public abstract ClassId id();

  /**
   * Returns the class's name as the constitution gives it, for reports.
   *
   * @return the name, for example {@code "Parents and carers"}
   */
  public abstract String name();

  /**
   * Returns who may belong to the class.
   *
   * @return the eligibility rule
   */
  public abstract Eligibility eligibility();

  /**
   * Creates a stakeholder class.
   *
   * @param id the identifier
   * @param name the name, not blank
   * @param eligibility who may belong
   * @return the class
   */
  public static StakeholderClass of(ClassId id, String name, Eligibility eligibility) {
    return ImmutableStakeholderClass.builder().id(id).name(name).eligibility(eligibility).build();
  }

  /**
   * Decides whether a person with the given facts may belong to this class on a date.
   *
   * @param facts what the caller attests
   * @param on the date
   * @return the answer, with its reasons
   */
  public EligibilityDecision check(Facts facts, LocalDate on) {
    return eligibility().decide(facts, on);
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", name(), "stakeholder class %s needs a name", id());
  }

  /** Returns {@code name (id)}. */
  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }
}
