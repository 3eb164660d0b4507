package org.commonweal.governance.resolution;

/**
 * What a threshold counts: the members' weighted votes, or heads (one for each member). "Three quarters
 * of the votes cast" counts votes; "75% of the members" (CCBS 2014 s.119) counts heads. Set by {@link
 * Threshold#byHeads()} and {@link RatioThreshold#byHeads()}.
 *
 * @since 0.1.0
 */
public enum CountedBy {
  /** The members' votes as weighed by the voting roll (shares, caps, class shares). */
  VOTES,
  /** One for each member, whatever the member's votes ("75% of the members"). */
  HEADS
}
