package org.commonweal.governance.voting;

/**
 * What a member's votes are counted from, before any cap, class share or class cap.
 *
 * @since 0.1.0
 */
public enum VoteBasis {
  /**
   * One vote for each member, whatever the member's shareholding: the second co-operative principle
   * of the ICA's 1995 statement, and the rule for registered societies (votes not in proportion to
   * shares: FCA RFCCBS 6.1.3).
   */
  ONE_MEMBER_ONE_VOTE,
  /**
   * One vote for each voting share held, as in a company limited by shares (Companies Act 2006
   * s.284(3)), usually with a cap per member in a co-operative.
   */
  ONE_VOTE_PER_SHARE
}
