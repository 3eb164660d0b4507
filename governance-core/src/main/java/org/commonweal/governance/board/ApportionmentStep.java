package org.commonweal.governance.board;

import java.math.RoundingMode;
import java.util.Objects;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;

/**
 * One seat of an {@link Apportionment}: which seat it was, which class it went to, and on what ground
 * (the class's minimum, a whole quota, a divisor's quotient, or a remainder), with the figure that won
 * it.
 *
 * <table>
 *   <caption>What the figures mean</caption>
 *   <tr><th>{@link #basis()}</th><th>{@link #figure()}</th><th>{@link #by()}</th></tr>
 *   <tr><td>{@link Basis#FLOOR}</td><td>the class's count</td><td>1</td></tr>
 *   <tr><td>{@link Basis#QUOTA}</td><td>the class's count</td><td>the quota</td></tr>
 *   <tr><td>{@link Basis#REMAINDER}</td><td>the count left over after the whole quotas</td>
 *       <td>the quota</td></tr>
 *   <tr><td>{@link Basis#DIVISOR}</td><td>the quotient: count divided by the divisor</td>
 *       <td>the divisor for the class's next seat</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe where the class keys are.
 *
 * @param seat the seat's number in the order the seats were handed out, from 1
 * @param to the class that received the seat
 * @param basis the ground on which it was received
 * @param figure the figure that won it (see the table)
 * @param by the divisor or quota that made the figure (see the table)
 * @param seatsBefore the seats the class held before this one
 * @param byLot whether a drawing of lots decided this seat among classes with equal figures
 * @param <K> the type of the classes (a stakeholder class, a party, a constituency)
 * @since 0.1.0
 */
public record ApportionmentStep<K>(
    int seat, K to, ApportionmentStep.Basis basis, Fraction figure, Fraction by, int seatsBefore, boolean byLot) {

  /** The ground on which a seat was handed out. */
  public enum Basis {
    /** The class's minimum number of seats, given before any other seat. */
    FLOOR,
    /** A whole quota in the class's count (largest remainder methods). */
    QUOTA,
    /** One of the largest remainders after the whole quotas (largest remainder methods). */
    REMAINDER,
    /** The highest quotient of the divisor sequence (highest averages methods). */
    DIVISOR
  }

  /**
   * Checks the step.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if {@code seat} is below 1, {@code
   *     seatsBefore} negative, or {@code figure} negative or {@code by} not positive
   */
  public ApportionmentStep {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(by, "by");
    Checks.atLeast("seat", seat, 1);
    Checks.atLeast("seatsBefore", seatsBefore, 0);
    Checks.check(figure.signum() >= 0, "figure", figure, "figure (%s) must not be negative", figure);
    Checks.check(by.signum() > 0, "by", by, "divisor or quota (%s) must be positive", by);
  }

  /**
   * Describes the step in a line, for example {@code "seat 7: Labour, quotient 1443545/25 = 57741.800
   * (divisor 25, 12 seats held)"}.
   *
   * @return the line
   */
  public String explain() {
    String lot = byLot ? ", by lot" : "";
    return switch (basis) {
      case FLOOR -> "seat " + seat + ": " + to + ", minimum seat " + (seatsBefore + 1) + lot;
      case QUOTA -> "seat " + seat + ": " + to + ", whole quota " + (seatsBefore + 1) + " of count " + figure
          + " (quota " + decimal(by) + ")" + lot;
      case REMAINDER -> "seat " + seat + ": " + to + ", remainder " + decimal(figure) + " (quota "
          + decimal(by) + ")" + lot;
      case DIVISOR -> "seat " + seat + ": " + to + ", quotient " + decimal(figure) + " (divisor " + by + ", "
          + seats(seatsBefore) + " held)" + lot;
    };
  }

  static String seats(int n) {
    return n + (n == 1 ? " seat" : " seats");
  }

  // Three places are shown and the exact fraction kept beside them where it is not whole, so that the
  // printed figure is never mistaken for the one compared.
  static String decimal(Fraction f) {
    return f.isInteger() ? f.toString() : f + " = " + f.toDecimalString(3, RoundingMode.DOWN);
  }
}
