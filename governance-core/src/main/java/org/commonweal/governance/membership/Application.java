package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableSortedSet;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * An application for membership, as the secretary records it: the reference the member will have, their
 * name and kind, the class or classes applied for, and the facts attested for eligibility.
 *
 * <pre>{@code
 * Application a = Application.of(MemberId.of("M-0042"), "Ada Okafor", ClassId.of("staff"),
 *     Facts.builder().dateOfBirth(LocalDate.of(1990, 5, 1)).weeklyHours(Fraction.of(30)).build());
 * Outcome<Register> admitted = register.admit(a, LocalDate.of(2026, 9, 1));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Application {
  Application() {}

  /**
   * Returns the reference the member will have.
   *
   * @return the id
   */
  public abstract MemberId id();

  /**
   * Returns the applicant's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns what kind of person the applicant is; it decides, among other things, whether the statutory
   * cap on withdrawable shares applies.
   *
   * @return the kind; {@link MemberKind#INDIVIDUAL} unless set
   */
  @Value.Default
  public MemberKind kind() {
    return MemberKind.INDIVIDUAL;
  }

  /**
   * Returns the classes applied for.
   *
   * @return at least one class, in identifier order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClassId> classes();

  /**
   * Returns the facts attested for eligibility.
   *
   * @return the facts; none unless set
   */
  @Value.Default
  public Facts facts() {
    return Facts.none();
  }

  /**
   * Creates an application of an individual for one class.
   *
   * @param id the reference the member will have
   * @param name the applicant's name
   * @param stakeholderClass the class applied for
   * @param facts the attested facts
   * @return the application
   */
  public static Application of(MemberId id, String name, ClassId stakeholderClass, Facts facts) {
    return builder().id(id).name(name).addClasses(stakeholderClass).facts(facts).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the facts with the applicant's kind filled in, as eligibility is judged on them.
   *
   * @return the facts, with the member kind set
   */
  public Facts effectiveFacts() {
    return facts().withKnownKind(kind());
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", name(), "application for %s needs a name", id());
    Checks.check(!classes().isEmpty(), "classes", classes(), "application for %s names no class", id());
    effectiveFacts();
  }

  /** Builds an {@link Application}. */
  public static final class Builder extends ImmutableApplication.Builder {
    Builder() {}
  }
}
