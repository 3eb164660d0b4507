package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.commonweal.governance.internal.Checks;

/**
 * A finding that a turnout minimum makes a matter's vote non-monotone: members who stay away can block
 * what they could not block by voting against. A rule that at least half the members take part (CCBS Act
 * 2014 s.113 for a conversion) counts a vote against toward the turnout, so that the opponents of a
 * resolution do better to stay at home: {@code away} of them staying away leave the turnout short, while
 * the other {@code members - away}, voting for, would carry it against their votes. A game in which
 * joining a coalition can make it lose is not a simple game; rather than force one, the analysis reports
 * this finding beside the game of a vote in which everyone takes part.
 *
 * <p>Immutable and thread-safe.
 *
 * @param condition the turnout condition, in words
 * @param members the members with a vote
 * @param away the fewest members whose staying away blocks the matter though the rest, voting for, would
 *     pass it against their votes
 * @param coalition the members of each type (in the game's order) who would pass it against the others'
 *     votes, and fail when the others stay away
 * @since 0.1.0
 */
public record StayingAway(String condition, int members, int away, ImmutableList<Integer> coalition) {
  /**
   * Checks the finding.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the numbers do not fit
   */
  public StayingAway {
    Objects.requireNonNull(condition, "condition");
    coalition = ImmutableList.copyOf(coalition);
    Checks.atLeast("away", away, 1);
    Checks.check(away <= members, "away", away, "at most the %s members can stay away, not %s", members, away);
  }

  /**
   * Returns the finding in words, with its numbers.
   *
   * @return one sentence
   */
  public String explain() {
    return "with " + condition + " required, " + away + " of " + members + " members staying away block it, "
        + "though the other " + (members - away) + " voting for would pass it against their votes: voting against "
        + "instead, they would not block it";
  }

  @Override
  public String toString() {
    return explain();
  }
}
