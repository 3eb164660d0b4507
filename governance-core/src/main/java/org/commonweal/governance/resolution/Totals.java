package org.commonweal.governance.resolution;

import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * The count of a vote: heads and weighted votes for each choice, weighed among every member who
 * returned a vote.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Totals {
  Totals() {}

  /**
   * Returns the members voting for.
   *
   * @return the heads
   */
  public abstract int forHeads();

  /**
   * Returns the members voting against.
   *
   * @return the heads
   */
  public abstract int againstHeads();

  /**
   * Returns the members abstaining.
   *
   * @return the heads
   */
  public abstract int abstainHeads();

  /**
   * Returns the members whose votes were spoilt.
   *
   * @return the heads
   */
  public abstract int spoiltHeads();

  /**
   * Returns the weighted votes for.
   *
   * @return the votes
   */
  public abstract Fraction forVotes();

  /**
   * Returns the weighted votes against.
   *
   * @return the votes
   */
  public abstract Fraction againstVotes();

  /**
   * Returns the weighted abstentions.
   *
   * @return the votes
   */
  public abstract Fraction abstainVotes();

  /**
   * Returns the weighted spoilt votes.
   *
   * @return the votes
   */
  public abstract Fraction spoiltVotes();

  /** Returns {@code for 41 (41 members), against 20 (20), abstain 3 (3), spoilt 0 (0)}. */
  @Override
  public String toString() {
    return "for " + forVotes() + " (" + forHeads() + (forHeads() == 1 ? " member" : " members") + "), against " + againstVotes() + " (" + againstHeads()
        + "), abstain " + abstainVotes() + " (" + abstainHeads() + "), spoilt " + spoiltVotes() + " (" + spoiltHeads() + ")";
  }
}
