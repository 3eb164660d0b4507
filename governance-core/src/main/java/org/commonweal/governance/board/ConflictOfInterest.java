package org.commonweal.governance.board;

import java.util.Objects;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.membership.MemberId;

/**
 * A director's declared interest in a matter before the board (Companies Act 2006 ss.175, 177): who,
 * in which matter, and the nature of the interest as declared, which the decision repeats.
 *
 * <pre>{@code
 * ConflictOfInterest c = ConflictOfInterest.of(MemberId.of("D-03"), MatterId.of("4"), "her firm bids for the contract");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param director the director who declared it
 * @param matter the matter it concerns
 * @param nature the nature of the interest, as declared, not blank
 * @since 0.1.0
 */
public record ConflictOfInterest(MemberId director, MatterId matter, String nature) {

  /**
   * Checks the declaration.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if {@code nature} is blank
   */
  public ConflictOfInterest {
    Objects.requireNonNull(director, "director");
    Objects.requireNonNull(matter, "matter");
    Checks.notBlank("nature", nature);
  }

  /**
   * Returns a declared interest.
   *
   * @param director the director
   * @param matter the matter
   * @param nature the nature of the interest, not blank
   * @return the declaration
   */
  public static ConflictOfInterest of(MemberId director, MatterId matter, String nature) {
    return new ConflictOfInterest(director, matter, nature);
  }
}
