package org.commonweal.governance.board;

import org.commonweal.governance.internal.Checks;

/**
 * Seats filled by appointment by a named body: the local authority, a founding school, a funder.
 *
 * <p>Immutable and thread-safe.
 *
 * @param body the appointing body; not blank
 * @param seats the seats, at least 1
 * @since 0.1.0
 */
public record AppointedSeats(String body, int seats) {
  /**
   * Checks the seats.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the body is blank or {@code seats}
   *     is less than 1
   */
  public AppointedSeats {
    Checks.notBlank("body", body);
    Checks.atLeast("seats", seats, 1);
  }
}
