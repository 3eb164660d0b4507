package org.commonweal.governance.resolution;

/**
 * Whether a threshold counts weighted votes or members.
 *
 * @since 0.1.0
 */
public enum Measure {
  /** The members' votes as weighed by the voting roll (shares, caps, class shares). */
  VOTES,
  /** One for each member, whatever the member's votes ("75% of the members"). */
  HEADS
}
