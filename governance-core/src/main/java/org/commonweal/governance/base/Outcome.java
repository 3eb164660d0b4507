package org.commonweal.governance.base;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The result of a governance operation that may be refused: either the new value, or the {@link
 * Rejection} that says why not. The input of the operation is never changed either way, so a rejected
 * operation leaves nothing half-applied.
 *
 * <pre>{@code
 * Outcome<Register> admitted = register.admit(application, date);
 * if (admitted.isRejected()) {
 *   log(admitted.rejection().code());
 * }
 * }</pre>
 *
 * <p>Immutable, and thread-safe where the value is.
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public final class Outcome<T> {
  private final @Nullable T value;
  private final @Nullable Rejection rejection;

  private Outcome(@Nullable T value, @Nullable Rejection rejection) {
    this.value = value;
    this.rejection = rejection;
  }

  /**
   * Returns an accepted outcome holding the new value.
   *
   * @param value the new value
   * @param <T> its type
   * @return the outcome
   */
  public static <T> Outcome<T> accepted(T value) {
    return new Outcome<>(checkNotNull(value, "value"), null);
  }

  /**
   * Returns a rejected outcome.
   *
   * @param rejection why the operation was refused
   * @param <T> the type the value would have had
   * @return the outcome
   */
  public static <T> Outcome<T> rejected(Rejection rejection) {
    return new Outcome<>(null, checkNotNull(rejection, "rejection"));
  }

  /**
   * Returns whether the operation was accepted.
   *
   * @return true if there is a value
   */
  public boolean isAccepted() {
    return rejection == null;
  }

  /**
   * Returns whether the operation was refused.
   *
   * @return true if there is a rejection
   */
  public boolean isRejected() {
    return rejection != null;
  }

  /**
   * Returns the value of an accepted outcome.
   *
   * @return the value
   * @throws RejectedException if the outcome was rejected; the exception carries the rejection
   */
  public T orElseThrow() {
    if (rejection != null) {
      throw new RejectedException(rejection);
    }
    return Objects.requireNonNull(value);
  }

  /**
   * Returns the value, if accepted.
   *
   * @return the value, or empty if rejected
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the rejection of a rejected outcome.
   *
   * @return the rejection
   * @throws IllegalStateException if the outcome was accepted
   */
  public Rejection rejection() {
    if (rejection == null) {
      throw new IllegalStateException("the outcome was accepted; it has no rejection");
    }
    return rejection;
  }

  /**
   * Transforms the value of an accepted outcome; a rejection passes through unchanged.
   *
   * @param f the transformation; it must not return null
   * @param <U> the new value type
   * @return the transformed outcome
   */
  public <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    checkNotNull(f, "f");
    return rejection != null ? rejected(rejection) : accepted(f.apply(Objects.requireNonNull(value)));
  }

  /**
   * Chains a second operation that may itself be refused; a rejection passes through unchanged.
   *
   * @param f the second operation
   * @param <U> its value type
   * @return the outcome of the second operation, or this rejection
   */
  public <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
    checkNotNull(f, "f");
    return rejection != null ? rejected(rejection) : f.apply(Objects.requireNonNull(value));
  }

  /**
   * Returns whether {@code o} is the same outcome: both accepted with equal values, or both rejected with
   * equal rejections.
   *
   * @param o the object compared with
   * @return true for an equal outcome
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Outcome<?> other
        && Objects.equals(value, other.value)
        && Objects.equals(rejection, other.rejection);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(value, rejection);
  }

  /** Returns {@code Accepted[value]} or {@code Rejected[CODE: message {facts}]}, for logs. */
  @Override
  public String toString() {
    return rejection != null ? "Rejected[" + rejection + "]" : "Accepted[" + value + "]";
  }
}
