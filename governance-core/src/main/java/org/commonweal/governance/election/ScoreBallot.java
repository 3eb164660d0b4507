package org.commonweal.governance.election;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * A score ballot paper (or several identical ones): a whole-number score for each candidate the voter
 * scored, as used by score voting and STAR. A candidate left unscored counts as the lowest score; the
 * method says what range of scores it accepts.
 *
 * <pre>{@code
 * ScoreBallot b = ScoreBallot.of(3, Map.of(alice, 5, bob, 2));   // 3 papers: Alice 5, Bob 2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ScoreBallot extends Ballot {
  ScoreBallot() {}

  /** {@inheritDoc} */
  @Override
  @Value.Default
  public long count() {
    return 1;
  }

  /**
   * Returns the score given to each candidate scored.
   *
   * @return the scores, each at least 0
   */
  public abstract ImmutableMap<Candidate, Integer> scores();

  /**
   * Returns the score given to a candidate, 0 where the voter left it unscored.
   *
   * @param candidate the candidate
   * @return the score
   */
  public int scoreOf(Candidate candidate) {
    Integer s = scores().get(candidate);
    return s == null ? 0 : s;
  }

  /**
   * Returns {@code count} identical papers with these scores.
   *
   * @param count the number of papers, at least 1
   * @param scores the score of each candidate scored, each at least 0
   * @return the ballot
   */
  public static ScoreBallot of(long count, Map<Candidate, Integer> scores) {
    return ImmutableScoreBallot.builder().count(count).scores(scores).build();
  }

  @Value.Check
  void check() {
    // The if, not Checks.check, so that a passing check boxes no count: it runs once per ballot.
    if (count() < 1) {
      throw Checks.invalid("count", count(), "ballot count (%s) must be at least 1", count());
    }
    scores().forEach((c, s) -> Checks.check(s >= 0, "scores", s, "score of %s (%s) must not be negative", c, s));
  }
}
