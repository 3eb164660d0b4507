package org.commonweal.governance.meeting;

import com.google.common.collect.ImmutableList;
import org.commonweal.governance.base.Decision;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * Whether a group of members meets a quorum rule, which part of the rule decided it, and the numbers.
 *
 * <p>Quorum is the usual purpose ("is this meeting quorate?"), but the same rules answer whether a
 * requisition of a meeting, a demand for a poll or a consent to short notice has enough support, and
 * whether enough members voted; {@link #purpose()} says which.
 *
 * <pre>{@code
 * QuorumDecision q = QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF))
 *     .decide(attendance);
 * if (!q.quorate()) {
 *   String reasons = q.explain();   // "not quorate: 1/2 of the members (of 11): 5 members present, 6 needed"
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class QuorumDecision implements Decision {
  QuorumDecision() {}

  /**
   * Returns what the count was for: {@code "quorum"}, {@code "requisition of a general meeting"},
   * {@code "demand for a poll"}, {@code "consent to short notice"}, {@code "turnout"}.
   *
   * @return the purpose
   */
  public abstract String purpose();

  /**
   * Returns the whole rule, in words.
   *
   * @return the rule's description
   */
  @Override
  public abstract String rule();

  /**
   * Returns whether the rule was met: the meeting is quorate, the requisition or demand valid.
   *
   * @return true if met
   */
  public abstract boolean quorate();

  /**
   * Returns {@link #quorate()}: whether the rule was met.
   *
   * @return true if met
   */
  @Override
  public boolean met() {
    return quorate();
  }

  /**
   * Returns the elementary check that decided: for a greater-of rule that is met, its most demanding
   * part; for one that is not, the first part not met; for a lesser-of rule, the part met with the
   * fewest needed, or if none is met, the least demanding part.
   *
   * @return the deciding check
   */
  public abstract QuorumCheck decidedBy();

  /**
   * Returns every elementary check evaluated, in the order of the rule.
   *
   * @return the checks
   */
  public abstract ImmutableList<QuorumCheck> checks();

  /**
   * Returns the number of members counted (with a vote).
   *
   * @return the members counted
   */
  public abstract int membersCounted();

  /**
   * Returns the number of members with a vote in the body (the membership for a general meeting, the
   * directors for a board).
   *
   * @return the size of the body
   */
  public abstract int bodySize();

  /**
   * Returns the decision in words: the verdict and the deciding numbers, then every check.
   *
   * @return several lines, each ending with {@code \n}
   */
  @Override
  public String explain() {
    StringBuilder s = new StringBuilder();
    s.append(purpose()).append(": ").append(quorate() ? "met" : "not met").append(" under ").append(rule())
        .append(" (").append(membersCounted()).append(" of ").append(bodySize()).append(bodySize() == 1 ? " member counted)\n" : " members counted)\n");
    s.append("  decided by ").append(decidedBy()).append('\n');
    if (checks().size() > 1) {
      for (QuorumCheck c : checks()) {
        s.append("  - ").append(c).append('\n');
      }
    }
    return s.toString();
  }

  @Value.Check
  void check() {
    Checks.check(!checks().isEmpty(), "checks", checks(), "a quorum decision needs at least one check");
  }

  /** Returns the verdict and the deciding check on one line. */
  @Override
  public String toString() {
    return purpose() + (quorate() ? " met" : " not met") + ": " + decidedBy();
  }
}
