package org.commonweal.governance.resolution;

/**
 * What a threshold is a fraction of. The base decides what an absent member, an abstention or a spoilt
 * vote weighs; stating it exactly is the difference between "three quarters of the votes cast" and
 * "three quarters of the members". (Named for the vote, so that it is not read as the package {@code
 * base}.)
 *
 * @since 0.1.0
 */
public enum VoteBase {
  /**
   * The votes cast for and against, abstentions and spoilt votes left out unless the threshold counts
   * them (Companies Act 2006 s.282-283 at a meeting; Robert's Rules' majority).
   */
  VOTES_CAST,
  /**
   * The votes of every member present, in person or by proxy, whether they vote or not: an abstention
   * or silence weighs like a vote against.
   */
  VOTES_OF_THOSE_PRESENT,
  /**
   * Every vote on the roll, present or not (a written resolution: Companies Act 2006 s.282(2),
   * s.283(2)).
   */
  ALL_ELIGIBLE;

  /**
   * Returns the base in words, for example {@code "the votes cast"}.
   *
   * @return the phrase
   */
  public String phrase() {
    return switch (this) {
      case VOTES_CAST -> "the votes cast";
      case VOTES_OF_THOSE_PRESENT -> "the votes of those present";
      case ALL_ELIGIBLE -> "all eligible votes";
    };
  }
}
