package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * The membership part of a constitution: its stakeholder classes, in the constitution's order, and
 * whether a member may belong to several of them.
 *
 * <pre>{@code
 * MembershipRules rules = MembershipRules.of(ClassPolicy.ONE_CLASS, residents, supporters);
 * Register register = Register.empty(rules);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class MembershipRules {
  MembershipRules() {}

  /**
   * Returns the stakeholder classes, in the order the constitution lists them.
   *
   * @return the classes, at least one, with distinct identifiers
   */
  public abstract ImmutableList<StakeholderClass> classes();

  /**
   * Returns whether a member may belong to one class only or to several.
   *
   * @return the policy; {@link ClassPolicy#ONE_CLASS} unless set
   */
  @Value.Default
  public ClassPolicy classPolicy() {
    return ClassPolicy.ONE_CLASS;
  }

  /**
   * Creates membership rules.
   *
   * @param policy one class or several
   * @param classes the classes, at least one, with distinct identifiers
   * @return the rules
   */
  public static MembershipRules of(ClassPolicy policy, StakeholderClass... classes) {
    return builder().classPolicy(policy).addClasses(classes).build();
  }

  /**
   * Creates membership rules.
   *
   * @param policy one class or several
   * @param classes the classes, at least one, with distinct identifiers
   * @return the rules
   */
  public static MembershipRules of(ClassPolicy policy, List<StakeholderClass> classes) {
    return builder().classPolicy(policy).addAllClasses(classes).build();
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
   * Returns the class with the given identifier. O(number of classes).
   *
   * @param id the identifier
   * @return the class, or empty if the constitution defines none with that identifier
   */
  public Optional<StakeholderClass> stakeholderClass(ClassId id) {
    return classes().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns the identifiers of the classes, in the constitution's order.
   *
   * @return the identifiers
   */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableSet<ClassId> classIds() {
    return classes().stream().map(StakeholderClass::id).collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    Checks.check(!classes().isEmpty(), "classes", classes(), "membership rules need at least one stakeholder class");
    Set<ClassId> seen = new HashSet<>();
    for (StakeholderClass c : classes()) {
      Checks.check(seen.add(c.id()), "classes", c.id(), "stakeholder class id %s is defined twice", c.id());
    }
  }

  /** Builds {@link MembershipRules}: add the classes in the constitution's order. */
  public static final class Builder extends ImmutableMembershipRules.Builder {
    Builder() {}
  }
}
