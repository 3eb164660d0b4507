package org.commonweal.governance.election;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * An approval ballot paper (or several identical ones): the set of candidates the voter approves of, in
 * no order. An empty set is a blank paper.
 *
 * <pre>{@code
 * ApprovalBallot b = ApprovalBallot.of(12, alice, carol);   // 12 papers approving Alice and Carol
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ApprovalBallot extends Ballot {
  ApprovalBallot() {}

  /** {@inheritDoc} */
  @Override
  @Value.Default
  public long count() {
    return 1;
  }

  /**
   * Returns the candidates approved.
   *
   * @return the approved candidates
   */
  public abstract ImmutableSet<Candidate> approved();

  /**
   * Returns {@code count} identical papers approving the candidates.
   *
   * @param count the number of papers, at least 1
   * @param approved the candidates approved
   * @return the ballot
   */
  public static ApprovalBallot of(long count, Candidate... approved) {
    return ImmutableApprovalBallot.builder().count(count).approved(Arrays.asList(approved)).build();
  }

  /**
   * Returns {@code count} identical papers approving the candidates.
   *
   * @param count the number of papers, at least 1
   * @param approved the candidates approved
   * @return the ballot
   */
  public static ApprovalBallot of(long count, Iterable<Candidate> approved) {
    return ImmutableApprovalBallot.builder().count(count).approved(approved).build();
  }

  @Value.Check
  void check() {
    // The if, not Checks.check, so that a passing check boxes no count: it runs once per ballot.
    if (count() < 1) {
      throw Checks.invalid("count", count(), "ballot count (%s) must be at least 1", count());
    }
  }
}
