package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableMap;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.base.Rejection;
import org.commonweal.governance.base.RejectionCode;

/**
 * The stable codes of the {@link Rejection}s that {@link Register} transitions return. The code of a
 * rejection is the constant's name; systems branch on it, and it does not change between releases.
 *
 * <pre>{@code
 * Outcome<Register> r = register.admit(application, date);
 * if (MembershipRejectionCode.NOT_ELIGIBLE.matches(r)) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum MembershipRejectionCode implements RejectionCode {
  /** The class named is not one the constitution defines. Facts: {@code class}. */
  UNKNOWN_CLASS,
  /**
   * The attested facts do not meet the class's eligibility rule on the date. Facts: {@code member},
   * {@code class}, {@code date}, {@code reason} (the failed conditions, for example "needs age 16 on
   * 2026-09-01; date of birth 2011-03-02 gives 15").
   */
  NOT_ELIGIBLE,
  /**
   * The reference is already in the register, for a current or a former member: references are never
   * reused. Facts: {@code member}, {@code status}.
   */
  DUPLICATE_MEMBER_ID,
  /**
   * The constitution lets a member belong to one class only, and the application or change would put
   * the member in more. Facts: {@code member}, {@code classes}.
   */
  ONE_CLASS_ONLY,
  /** No member with that reference is in the register. Facts: {@code member}. */
  UNKNOWN_MEMBER,
  /** The member has ceased; a ceased member's entry no longer changes. Facts: {@code member}, {@code ceased}. */
  MEMBER_CEASED,
  /**
   * The member is suspended, and the change needs a member in good standing (a change of class, a
   * second suspension, an issue or transfer of shares). Facts: {@code member}, {@code since}.
   */
  MEMBER_SUSPENDED,
  /** Reinstatement of a member who is not suspended. Facts: {@code member}, {@code status}. */
  NOT_SUSPENDED,
  /**
   * The change is dated before a change already recorded for the member (or, for a share ledger, before
   * the ledger's latest transaction): registers are kept in date order. Facts: {@code member}, {@code
   * date}, {@code latest}.
   */
  DATE_OUT_OF_ORDER,
  /** The member already belongs to the class. Facts: {@code member}, {@code class}. */
  ALREADY_IN_CLASS,
  /** The member does not belong to the class they would leave. Facts: {@code member}, {@code class}. */
  NOT_IN_CLASS,
  /** Leaving the class would leave the member in no class; cessation is the way out. Facts: {@code member}, {@code class}. */
  LAST_CLASS;

  static <T> Outcome<T> outcome(MembershipRejectionCode code, String message, Object... keysAndValues) {
    ImmutableMap.Builder<String, Object> b = ImmutableMap.builder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      b.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return code.reject(message, b.buildOrThrow());
  }
}
