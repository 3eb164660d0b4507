package org.commonweal.governance.analysis;

import org.commonweal.governance.base.LimitExceededException;

/** See {@link PowerAlgorithm#automatic()}. */
final class AutomaticPower implements PowerAlgorithm {
  static final AutomaticPower INSTANCE = new AutomaticPower();

  private AutomaticPower() {}

  @Override
  public String name() {
    return "automatic";
  }

  @Override
  public void checkLimits(ClassGame game) {
    choose(game);
  }

  @Override
  public PowerIndices compute(ClassGame game) {
    return choose(game).compute(game);
  }

  private static PowerAlgorithm choose(ClassGame game) {
    boolean dp = DynamicProgrammingPower.applies(game);
    boolean classCount =
        game.vectors() <= MAX_VECTORS && game.members() <= MAX_CLASS_COUNT_MEMBERS;
    if (dp && classCount) {
      return DynamicProgrammingPower.cost(game) < ClassCountPower.cost(game)
          ? DynamicProgrammingPower.INSTANCE
          : ClassCountPower.INSTANCE;
    }
    if (dp) {
      return DynamicProgrammingPower.INSTANCE;
    }
    if (classCount) {
      return ClassCountPower.INSTANCE;
    }
    throw new LimitExceededException(
        "class-count vectors of the game (the product of each class size plus one)",
        MAX_VECTORS,
        game.vectors(),
        "no exact method takes this game: the class-count method takes at most "
            + MAX_VECTORS
            + " vectors and "
            + MAX_CLASS_COUNT_MEMBERS
            + " members, the dynamic programme one weighted rule of at most "
            + MAX_DP_MEMBERS
            + " members with a quota of at most "
            + MAX_DP_QUOTA
            + " and members squared times the quota at most "
            + MAX_DP_WORK);
  }
}
