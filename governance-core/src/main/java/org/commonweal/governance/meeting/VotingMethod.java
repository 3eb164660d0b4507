package org.commonweal.governance.meeting;

/**
 * The way a vote is taken, which decides how the votes are counted.
 *
 * <p>On a {@linkplain #SHOW_OF_HANDS show of hands} each member present in person has one vote (Companies
 * Act 2006 s.284(2)) and each proxy present one vote however many members appointed them, or one vote
 * for and one against when instructed both ways (s.285(1)-(2)); the rules may say otherwise (s.285(5):
 * {@link ProxyRules#showOfHands()}). On a {@linkplain #POLL poll}, and in a vote taken in writing or
 * electronically, votes follow the voting roll: shares, caps and class shares (s.284(3)-(4)). Where
 * nothing says how a vote was taken it was a poll, so that a count made before the way of voting was
 * recorded does not change.
 *
 * @since 0.1.0
 */
public enum VotingMethod {
  /** Hands raised at the meeting: one vote a person present, proxies as s.285 or the rules say. */
  SHOW_OF_HANDS("on a show of hands"),
  /** A poll at the meeting: votes as the voting roll weighs them. */
  POLL("on a poll"),
  /** Votes given in writing (a written resolution, a postal ballot): weighed as on a poll. */
  WRITTEN("in writing"),
  /** Votes given electronically: weighed as on a poll. */
  ELECTRONIC("electronically");

  private final String phrase;

  VotingMethod(String phrase) {
    this.phrase = phrase;
  }

  /**
   * Returns the way in words, for minutes, for example {@code "on a show of hands"}.
   *
   * @return the phrase
   */
  public String phrase() {
    return phrase;
  }

  /**
   * Returns whether votes are weighed by the voting roll: every way but a show of hands.
   *
   * @return false only for {@link #SHOW_OF_HANDS}
   */
  public boolean weighedByRoll() {
    return this != SHOW_OF_HANDS;
  }
}
