package org.commonweal.governance.election;

/**
 * The single transferable vote rules, exact to the rules' own arithmetic.
 *
 * @since 0.1.0
 */
public final class StvMethods {
  private StvMethods() {}

  /**
   * Returns Scottish STV.
   *
   * @return the rule
   */
  public static StvMethod scottish() {
    return ScottishStv.INSTANCE;
  }

  /**
   * Returns ERS97.
   *
   * @return the rule
   */
  public static StvMethod ers97() {
    return Ers97Stv.INSTANCE;
  }

  /**
   * Returns WIGM with the reference settings.
   *
   * @return the rule
   */
  public static WigmStv wigm() {
    return WigmStv.REFERENCE;
  }

  /**
   * Returns Meek STV with the reference settings.
   *
   * @return the rule
   */
  public static MeekStv meek() {
    return MeekStv.REFERENCE;
  }

  /**
   * Returns the New Zealand Meek rule.
   *
   * @return the rule
   */
  public static MeekStv meekNz() {
    return MeekStv.NEW_ZEALAND;
  }
}
