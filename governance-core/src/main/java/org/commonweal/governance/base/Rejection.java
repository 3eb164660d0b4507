package org.commonweal.governance.base;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why a governance operation was refused: a stable code, a sentence for people, and the facts that
 * caused it.
 *
 * <p>Rejections are the expected "no" of a governance process (an applicant not eligible for the class,
 * a share issue over the statutory cap, a transfer of non-transferable shares), returned as values beside
 * the unchanged input rather than thrown. The {@linkplain #code() code} is stable across releases and is
 * what systems should branch on; the {@linkplain #message() message} is for people; the {@linkplain
 * #facts() facts} are the numbers and names behind it, in a stable order.
 *
 * <pre>{@code
 * Rejection r = Rejection.of("OVER_ABSOLUTE_LIMIT", "holding would exceed the limit",
 *     ImmutableMap.of("member", "M-0007", "limit", "100000.00 GBP"));
 * }</pre>
 *
 * <p>Two rejections are equal when their codes, messages and facts are; the order of the facts does not
 * matter for equality.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
// Written by hand, like every type of this package, so that base depends on no other package of the
// library: it is the root of the package order.
public final class Rejection {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private final String code;
  private final String message;
  private final ImmutableMap<String, String> facts;

  private Rejection(String code, String message, ImmutableMap<String, String> facts) {
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.facts = facts;
    check();
  }

  /**
   * Returns the stable code, in upper snake case, for example {@code "NOT_ELIGIBLE"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns a sentence explaining the rejection to people.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns the facts that caused the rejection, by name, in the order they were given.
   *
   * @return the facts, for example {@code {member=M-0007, limit=100000.00 GBP}}
   */
  public ImmutableMap<String, String> facts() {
    return facts;
  }

  /**
   * Creates a rejection with no facts.
   *
   * @param code the stable code, upper snake case
   * @param message the explanation, not blank
   * @return the rejection
   * @throws InvalidValueException if the code is not upper snake case or the message is blank
   */
  public static Rejection of(String code, String message) {
    return new Rejection(code, message, ImmutableMap.of());
  }

  /**
   * Creates a rejection with its facts.
   *
   * @param code the stable code, upper snake case
   * @param message the explanation, not blank
   * @param facts the facts by name, kept in the map's iteration order; values are rendered with {@code
   *     toString}
   * @return the rejection
   * @throws InvalidValueException if the code is not upper snake case or the message is blank
   */
  public static Rejection of(String code, String message, Map<String, ?> facts) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(facts.size());
    facts.forEach((k, v) -> b.put(k, String.valueOf(v)));
    return new Rejection(code, message, b.buildOrThrow());
  }

  private void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new InvalidValueException(
          "code", code(), "rejection code \"" + code() + "\" must be upper snake case, like NOT_ELIGIBLE");
    }
    if (message().isBlank()) {
      throw new InvalidValueException("message", message(), "rejection message must not be blank");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rejection r && code.equals(r.code) && message.equals(r.message) && facts.equals(r.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, facts);
  }

  /** Returns {@code CODE: message {facts}}. */
  @Override
  public String toString() {
    return code() + ": " + message() + (facts().isEmpty() ? "" : " " + facts());
  }
}
