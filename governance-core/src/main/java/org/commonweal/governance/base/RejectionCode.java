package org.commonweal.governance.base;

import java.util.Map;

/**
 * A stable code for the {@link Rejection}s of one family of transitions (the register's, the share
 * ledger's): systems branch on the code, which is the constant's name and does not change between
 * releases. Implemented by the library's rejection-code enums, which supply {@link #name()}.
 *
 * <pre>{@code
 * if (MembershipRejectionCode.NOT_ELIGIBLE.matches(outcome)) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface RejectionCode {
  /**
   * Returns the constant's name, which is the code.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the code, as found in {@link Rejection#code()}.
   *
   * @return the constant's name
   */
  default String code() {
    return name();
  }

  /**
   * Returns whether a rejection carries this code.
   *
   * @param rejection the rejection
   * @return true if its code is this one
   */
  default boolean matches(Rejection rejection) {
    return rejection.code().equals(name());
  }

  /**
   * Returns whether an outcome was rejected with this code.
   *
   * @param outcome the outcome
   * @return true if rejected with this code
   */
  default boolean matches(Outcome<?> outcome) {
    return outcome.isRejected() && matches(outcome.rejection());
  }

  /**
   * Creates a rejection with this code.
   *
   * @param message the explanation
   * @param facts the facts, in order
   * @return the rejection
   */
  default Rejection rejection(String message, Map<String, ?> facts) {
    return Rejection.of(name(), message, facts);
  }

  /**
   * Creates a rejected outcome with this code.
   *
   * @param message the explanation
   * @param facts the facts, in order
   * @param <T> the value type
   * @return the outcome
   */
  default <T> Outcome<T> reject(String message, Map<String, ?> facts) {
    return Outcome.rejected(rejection(message, facts));
  }
}
