package org.commonweal.governance.election;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * What became of every paper: how many were cast, how many were valid, and how many were rejected, by
 * reason. Papers exhausted during the count are valid papers; each stage of the {@link CountReport}
 * says how many were exhausted by then.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class BallotAccount {
  BallotAccount() {}

  /**
   * Returns the number of papers cast.
   *
   * @return the total, valid plus rejected
   */
  public abstract long total();

  /**
   * Returns the number of valid papers: the valid poll.
   *
   * @return the valid papers
   */
  public abstract long valid();

  /**
   * Returns the rejected papers by reason, for example {@code {no preference marked=12}}.
   *
   * @return reason to number of papers
   */
  public abstract ImmutableMap<String, Long> rejected();

  /**
   * Returns an account.
   *
   * @param total papers cast
   * @param valid valid papers
   * @param rejected rejected papers by reason; they must add up to {@code total - valid}
   * @return the account
   */
  public static BallotAccount of(long total, long valid, Map<String, Long> rejected) {
    return ImmutableBallotAccount.builder().total(total).valid(valid).rejected(rejected).build();
  }

  @Value.Check
  void check() {
    long r = 0;
    for (long v : rejected().values()) {
      Checks.check(v >= 1, "rejected", rejected(), "rejected counts %s must be positive", rejected());
      r += v;
    }
    Checks.check(
        valid() >= 0 && valid() + r == total(),
        "total",
        total(),
        "papers do not add up: %s valid + %s rejected != %s cast",
        valid(),
        r,
        total());
  }
}
