package org.commonweal.governance.analysis;

import java.util.Objects;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;

/**
 * One type of member in a game compiled from a constitution: the members who vote in the same class and
 * hold the same votes before class shares and caps, and so are interchangeable under every rule the
 * constitution states. The game counts them together, as one {@link MemberClass}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param classId the class the members vote in, or empty where the constitution has no classes
 * @param baseVotes the votes each holds before class shares and caps (1 under one member one vote)
 * @param members how many members are of this type, at least 1
 * @param share each member's share of the whole vote when every member votes, exactly
 * @since 0.1.0
 */
public record MemberType(Optional<ClassId> classId, long baseVotes, int members, Fraction share) {
  /**
   * Checks the type.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if there is no member, or the votes or
   *     the share are negative
   */
  public MemberType {
    Objects.requireNonNull(classId, "classId");
    Objects.requireNonNull(share, "share");
    Checks.notNegative("baseVotes", baseVotes);
    Checks.atLeast("members", members, 1);
    Checks.check(share.signum() >= 0, "share", share, "a share of the vote (%s) must not be negative", share);
  }

  /**
   * Returns the share of the whole vote the type's members hold together: its nominal weight.
   *
   * @return the members' share times their number
   */
  public Fraction nominalShare() {
    return share.times(members);
  }

  /**
   * Returns the class's name for reports: its id, or {@code "members"} where there are no classes.
   *
   * @return the class name
   */
  public String className() {
    return classId.map(ClassId::toString).orElse("members");
  }
}
