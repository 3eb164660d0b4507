package org.commonweal.governance.board;

import com.google.common.base.Preconditions;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;

/**
 * Seats reserved for a stakeholder class: filled by the class's members, elected by the class's
 * members only, both as the register stands on the record date ("two parent trustees elected by the
 * parent members").
 *
 * <p>Immutable and thread-safe.
 *
 * @param stakeholderClass the class
 * @param seats the seats, at least 1
 * @since 0.1.0
 */
public record ReservedSeats(ClassId stakeholderClass, int seats) {
  /**
   * Checks the seats.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if {@code seats} is less than 1
   */
  public ReservedSeats {
    Preconditions.checkNotNull(stakeholderClass, "stakeholderClass");
    Checks.atLeast("seats", seats, 1);
  }
}
