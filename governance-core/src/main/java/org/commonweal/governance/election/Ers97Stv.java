package org.commonweal.governance.election;

import org.commonweal.governance.base.TieBreaker;

/**
 * ERS97: the Electoral Reform Society's rules for STV (How to conduct an election by the Single
 * Transferable Vote, 3rd edition, 1997), whose settings the manual fixes: the name {@code ers97} and
 * values to {@link #PLACES two places}; equal preferences end a paper. The decisions are {@link
 * Ers97Rule}'s; see {@link StvMethods#ers97()} for the rule in full.
 *
 * <p>Package-private: users reach it through {@link StvMethods#ers97()}. Immutable and thread-safe.
 */
final class Ers97Stv extends StvMethod {
  /** The places of every value (5.1.6). */
  static final int PLACES = 2;

  static final Ers97Stv INSTANCE = new Ers97Stv();

  private Ers97Stv() {}

  @Override
  public String name() {
    return "ers97";
  }

  @Override
  StvCount run(Election election, TieBreaker tieBreaker) {
    StvTree tree = StvTree.of(election.rankedProfile(), StvTree.EqualPreferences.END_OF_PAPER);
    return StvCount.run(election, tree, PLACES, election.seats(), tieBreaker, count -> new Ers97Rule(this, count));
  }
}
