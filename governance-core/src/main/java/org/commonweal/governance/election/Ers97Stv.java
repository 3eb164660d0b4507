package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.TieBreaker;

/**
 * ERS97: the Electoral Reform Society's rules for STV (How to conduct an election by the Single
 * Transferable Vote, 3rd edition, 1997). See {@link StvMethods#ers97()} for the rule in full.
 *
 * <p>Package-private: users reach it through {@link StvMethods#ers97()}. Immutable and thread-safe.
 */
final class Ers97Stv extends StvMethod {
  static final Ers97Stv INSTANCE = new Ers97Stv();

  private Ers97Stv() {}

  @Override
  public String name() {
    return "ers97";
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    checkNotNull(election, "election");
    checkNotNull(tieBreaker, "tieBreaker");
    return Ers97Count.run(election, tieBreaker).result();
  }

  @Override
  StvCountback.Papers papersOf(Election election, Candidate member, TieBreaker tieBreaker) {
    Ers97Count count = Ers97Count.run(election, tieBreaker);
    StvCountback.checkElected(count.result(), member);
    return new StvCountback.Papers(
        count.ledger().tree,
        Ers97Count.SCALE,
        Ers97Count.SCALE,
        count.ledger().holdings.get(election.indexOf(member)));
  }

  @Override
  TieResolver.Direction lookBack() {
    return TieResolver.Direction.EARLIEST;
  }
}
