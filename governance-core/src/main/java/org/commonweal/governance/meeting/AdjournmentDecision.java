package org.commonweal.governance.meeting;

import java.time.Duration;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * What happens to a meeting at a moment after its start: it proceeds (quorate), waits for members
 * (inquorate, the waiting time not yet over), or stands adjourned (still inquorate when the waiting
 * time is over).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class AdjournmentDecision {
  AdjournmentDecision() {}

  /** What the meeting does. */
  public enum Status {
    /** The meeting is quorate and proceeds to business. */
    PROCEED,
    /** The meeting is inquorate; members may still arrive. */
    WAIT,
    /** The meeting was inquorate when the waiting time ran out and stands adjourned. */
    ADJOURN
  }

  /**
   * Returns what the meeting does.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns the quorum decision at the moment considered.
   *
   * @return the quorum decision
   */
  public abstract QuorumDecision quorum();

  /**
   * Returns how long the meeting had waited since its start.
   *
   * @return the time waited
   */
  public abstract Duration waited();

  /**
   * Returns how long the rules say to wait for a quorum.
   *
   * @return the waiting time
   */
  public abstract Duration waitFor();

  /**
   * Returns the decision in words.
   *
   * @return one line
   */
  public String explain() {
    switch (status()) {
      case PROCEED:
        return "quorate: the meeting proceeds (" + quorum().decidedBy() + ")";
      case WAIT:
        return "inquorate after " + waited().toMinutes() + " minutes; waiting up to " + waitFor().toMinutes()
            + " minutes (" + quorum().decidedBy() + ")";
      default:
        return "inquorate after " + waited().toMinutes() + " minutes, the full " + waitFor().toMinutes()
            + ": the meeting stands adjourned (" + quorum().decidedBy() + ")";
    }
  }

  @Override
  public String toString() {
    return explain();
  }
}
