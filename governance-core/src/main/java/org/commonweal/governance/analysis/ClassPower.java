package org.commonweal.governance.analysis;

import java.math.BigInteger;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;

/**
 * The voting power of one member of a class, by the classic indices, exactly.
 *
 * <ul>
 *   <li>{@link #swings()}: the Banzhaf count, the number of winning coalitions containing the member that
 *       lose without it (Penrose 1946; Banzhaf, "Weighted voting doesn't work", Rutgers Law Review 19, 1965);
 *   <li>{@link #banzhaf()}: the normalised Banzhaf index, the member's swings over the swings of all
 *       members, so that the members' values sum to 1;
 *   <li>{@link #penrose()}: the absolute (Penrose) Banzhaf measure, the swings over {@code 2^(n-1)}: the
 *       probability that the member decides the outcome when every member votes either way at random;
 *   <li>{@link #shapleyShubik()}: the Shapley-Shubik index, the share of the {@code n!} orders of joining
 *       in which the member is pivotal (Shapley and Shubik, American Political Science Review 48, 1954).
 * </ul>
 *
 * <p>Every member of a class has the same power; {@link #classBanzhaf()} and {@link
 * #classShapleyShubik()} give the class's whole share. Immutable and thread-safe.
 *
 * @param memberClass the class
 * @param swings the Banzhaf swings of one member, not negative
 * @param banzhaf the normalised Banzhaf index of one member
 * @param penrose the absolute Banzhaf (Penrose) measure of one member
 * @param shapleyShubik the Shapley-Shubik index of one member
 * @since 0.1.0
 */
public record ClassPower(
    MemberClass memberClass, BigInteger swings, Fraction banzhaf, Fraction penrose, Fraction shapleyShubik) {
  /**
   * Checks the values.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the swings are negative or an index is
   *     outside 0 to 1
   */
  public ClassPower {
    Checks.check(swings.signum() >= 0, "swings", swings, "swings (%s) must not be negative", swings);
    for (Fraction f : new Fraction[] {banzhaf, penrose, shapleyShubik}) {
      Checks.check(
          f.signum() >= 0 && f.isAtMost(Fraction.ONE), "index", f, "a power index (%s) must be between 0 and 1", f);
    }
  }

  /**
   * Returns the normalised Banzhaf index of the whole class: a member's times the class size.
   *
   * @return the class's share of all swings
   */
  public Fraction classBanzhaf() {
    return banzhaf.times(memberClass.size());
  }

  /**
   * Returns the Shapley-Shubik index of the whole class: a member's times the class size.
   *
   * @return the class's share of pivotal positions
   */
  public Fraction classShapleyShubik() {
    return shapleyShubik.times(memberClass.size());
  }

  /**
   * Returns whether a member of the class is a dummy: it never decides anything.
   *
   * @return whether the swings are zero
   */
  public boolean isDummy() {
    return swings.signum() == 0;
  }
}
