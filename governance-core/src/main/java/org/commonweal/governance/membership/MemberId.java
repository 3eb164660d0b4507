package org.commonweal.governance.membership;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Identifiers;
import org.jspecify.annotations.Nullable;

/**
 * The reference under which a member is entered in the register of members, such as {@code "M-0042"}.
 *
 * <p>A society's register lists each member with a number or reference that never changes and is
 * never reused (the Co-operative and Community Benefit Societies Act 2014, s.30, requires the register
 * to record each member, the date of admission and the date of cessation). The library keys every
 * member-related value on a {@code MemberId}: the register, share holdings, and later voting rights and
 * tallies.
 *
 * <p>A reference is any text of 1 to 64 characters without leading or trailing whitespace and without
 * control characters. Ids compare by their text ({@link String#compareTo}), so registers and reports
 * list members in a stable order; zero-padded numbers ({@code M-0007}, {@code M-0042}) therefore sort
 * as people expect. {@link #toString()} returns the reference, which {@link #of(String)} reads back.
 *
 * <pre>{@code
 * MemberId id = MemberId.of("M-0042");
 * assert MemberId.of(id.toString()).equals(id);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MemberId implements Comparable<MemberId> {
  private final String value;

  private MemberId(String value) {
    this.value = value;
  }

  /**
   * Returns the member id with the given reference.
   *
   * @param reference the reference, for example {@code "M-0042"}: 1 to 64 characters, no leading or
   *     trailing whitespace, no control characters
   * @return the id
   * @throws InvalidValueException if the reference is blank, too long, padded or has control characters
   */
  public static MemberId of(String reference) {
    return new MemberId(Identifiers.check("member id", checkNotNull(reference, "reference")));
  }

  /**
   * Returns the reference.
   *
   * @return the reference, as given to {@link #of(String)}
   */
  public String value() {
    return value;
  }

  /**
   * Compares by reference text, for a stable order of members.
   *
   * @param other the other id
   * @return the comparison of the two references
   */
  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MemberId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the reference, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
