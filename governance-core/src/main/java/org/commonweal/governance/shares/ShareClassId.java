package org.commonweal.governance.shares;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Identifiers;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a class of shares, such as {@code "membership"} or {@code "investor"}, on which
 * holdings, issued capital and voting by shares key.
 *
 * <p>An identifier is any text of 1 to 64 characters without leading or trailing whitespace and without
 * control characters. Identifiers compare by their text. {@link #toString()} returns the text, which
 * {@link #of(String)} reads back.
 *
 * <pre>{@code
 * ShareClassId membership = ShareClassId.of("membership");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ShareClassId implements Comparable<ShareClassId> {
  private final String value;

  private ShareClassId(String value) {
    this.value = value;
  }

  /**
   * Returns the share class identifier with the given text.
   *
   * @param id the identifier: 1 to 64 characters, no leading or trailing whitespace, no control
   *     characters
   * @return the identifier
   * @throws InvalidValueException if the text is blank, too long, padded or has control characters
   */
  public static ShareClassId of(String id) {
    return new ShareClassId(Identifiers.check("share class id", checkNotNull(id, "id")));
  }

  /**
   * Returns the identifier's text.
   *
   * @return the text
   */
  public String value() {
    return value;
  }

  /**
   * Compares by text.
   *
   * @param other the other identifier
   * @return the comparison of the two texts
   */
  @Override
  public int compareTo(ShareClassId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ShareClassId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the identifier's text, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
