package org.commonweal.governance.voting;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.immutables.value.Value;

/**
 * Fixed shares of the vote held by stakeholder classes, whatever their headcount: the voting of a
 * multi-stakeholder co-operative under the Somerset Rules (for example workers 1/2, clients 1/4,
 * investors 1/4), of a French SCIC's voting colleges, or of a school trust whose forum weights its
 * constituencies.
 *
 * <p>A class's share is divided among the members of the class who take part in the vote, in
 * proportion to their own votes (equally under one member one vote); so a class of 3 and a class of 300
 * with equal shares weigh the same. The shares sum to exactly 1. When no member of a class takes part,
 * the {@linkplain #whenClassAbsent() stated rule} says whether its share lapses (the total vote is then
 * less than 1) or is shared among the other classes in proportion to their shares.
 *
 * <pre>{@code
 * ClassShares somerset = ClassShares.of(Map.of(
 *     workers, Fraction.of(1, 2), clients, Fraction.of(1, 4), investors, Fraction.of(1, 4)),
 *     ClassShares.Absent.REDISTRIBUTE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ClassShares {
  ClassShares() {}

  /** What happens to the share of a class none of whose members takes part. */
  public enum Absent {
    /** The share lapses: the votes taken are worth less than the whole vote. */
    LAPSE,
    /** The share is divided among the classes that take part, in proportion to their own shares. */
    REDISTRIBUTE
  }

  /**
   * Returns each class's fixed share of the vote.
   *
   * @return the shares, each above 0, summing to exactly 1
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<ClassId, Fraction> shares();

  /**
   * Returns what happens to the share of a class none of whose members takes part.
   *
   * @return the rule
   */
  public abstract Absent whenClassAbsent();

  /**
   * Returns fixed class shares.
   *
   * @param shares each class's share, above 0, summing to exactly 1
   * @param whenClassAbsent the rule for a class none of whose members takes part
   * @return the class shares
   * @throws InvalidValueException if a share is not above 0 or the shares do not sum to 1
   */
  public static ClassShares of(Map<ClassId, Fraction> shares, Absent whenClassAbsent) {
    return ImmutableClassShares.builder().shares(shares).whenClassAbsent(whenClassAbsent).build();
  }

  /**
   * Returns the share of a class.
   *
   * @param classId the class
   * @return its share, or zero for a class without one
   */
  public Fraction shareOf(ClassId classId) {
    Fraction f = shares().get(classId);
    return f == null ? Fraction.ZERO : f;
  }

  @Value.Check
  void check() {
    Checks.check(!shares().isEmpty(), "shares", shares(), "fixed class shares need at least one class");
    shares().forEach((c, f) -> Checks.check(
        f.signum() > 0 && !f.isGreaterThan(Fraction.ONE), "shares", f, "share %s of class %s must be above 0 and at most 1", f, c));
    Fraction total = Fraction.sum(shares().values());
    Checks.check(
        total.equals(Fraction.ONE), "shares", shares(), "class shares %s sum to %s, not to exactly 1", shares(), total);
  }
}
