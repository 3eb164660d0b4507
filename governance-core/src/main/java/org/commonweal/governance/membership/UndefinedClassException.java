package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import org.commonweal.governance.base.GovernanceException;

/**
 * A rule names a stakeholder class the constitution does not define: a class-consent condition, a
 * quorum within a class, or a class's fixed share of the vote or cap, written with a mistyped or retired
 * class id. Such a rule is refused rather than decided, because deciding it would read the class as
 * empty and decide silently (an empty base fails a threshold, a quorum of a fraction of no members needs
 * none). A class that is defined but has no members present, or none at all, is not an error: it is the
 * empty case each rule documents.
 *
 * <pre>{@code
 * try {
 *   Condition.inClass(ClassId.of("stafff"), Threshold.majorityOfVotesCast()).decide(tally);
 * } catch (UndefinedClassException e) {
 *   e.classId();   // stafff
 *   e.defined();   // [parents, staff, students]
 * }
 * }</pre>
 *
 * <p>Immutable (its fields) and thread-safe.
 *
 * @since 0.1.0
 */
public final class UndefinedClassException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final ClassId classId;
  private final ImmutableSortedSet<ClassId> defined;

  /**
   * Creates the exception.
   *
   * @param rule the rule naming the class, in words, for example {@code "in class stafff: 2 members"}
   * @param classId the class named
   * @param defined the classes the constitution defines
   */
  public UndefinedClassException(String rule, ClassId classId, Collection<ClassId> defined) {
    super("class " + classId + " named by \"" + rule + "\" is not defined: the classes defined are "
        + ImmutableSortedSet.copyOf(defined));
    this.classId = classId;
    this.defined = ImmutableSortedSet.copyOf(defined);
  }

  /**
   * Returns the class named by the rule.
   *
   * @return the class id
   */
  public ClassId classId() {
    return classId;
  }

  /**
   * Returns the classes the constitution defines.
   *
   * @return the defined classes, in id order
   */
  public ImmutableSortedSet<ClassId> defined() {
    return defined;
  }
}
