package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import org.commonweal.governance.internal.Checks;

/**
 * Retirement by rotation planned over coming annual meetings ({@link RotationRule#schedule}): who
 * retires at each, and the board after it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param years the rotation at each meeting, in order
 * @param boards the directors' terms after each meeting, in the same order
 * @since 0.1.0
 */
public record RotationSchedule(ImmutableList<Rotation> years, ImmutableList<ImmutableList<Term>> boards) {

  /**
   * Checks the schedule.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if there is not one board a year
   */
  public RotationSchedule {
    Checks.check(years.size() == boards.size(), "boards", boards.size(),
        "%s boards for %s annual meetings", boards.size(), years.size());
  }

  /**
   * Explains the schedule, meeting by meeting.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder b = new StringBuilder();
    years.forEach(r -> b.append(r.explain()));
    return b.toString();
  }
}
