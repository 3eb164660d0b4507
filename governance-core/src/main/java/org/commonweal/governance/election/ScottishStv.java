package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.TieBreaker;

/**
 * Scottish STV: the count of the Scottish Local Government Elections Order 2007 (SSI 2007/42),
 * Schedule 1, rules 45 to 52, carried unchanged into the Scottish Local Government Elections Order 2011
 * (SSI 2011/399). See {@link StvMethods#scottish()} for the rule in full.
 *
 * <p>Package-private: users reach it through {@link StvMethods#scottish()}. Immutable and thread-safe.
 */
final class ScottishStv extends StvMethod {
  static final ScottishStv INSTANCE = new ScottishStv();

  static final StvGregoryCount.Settings SETTINGS =
      new StvGregoryCount.Settings(
          "scottish-stv",
          5,
          5,
          true,
          5,
          TieResolver.Direction.MOST_RECENT,
          StvTree.EqualPreferences.END_OF_PAPER);

  private ScottishStv() {}

  @Override
  public String name() {
    return SETTINGS.name;
  }

  @Override
  public ElectionResult count(Election election, TieBreaker tieBreaker) {
    checkNotNull(election, "election");
    checkNotNull(tieBreaker, "tieBreaker");
    return StvGregoryCount.run(SETTINGS, election, tieBreaker).result();
  }

  @Override
  StvCountback.Papers papersOf(Election election, Candidate member, TieBreaker tieBreaker) {
    return StvGregoryCount.run(SETTINGS, election, tieBreaker).papersOf(member);
  }

  @Override
  TieResolver.Direction lookBack() {
    return SETTINGS.lookBack;
  }
}
