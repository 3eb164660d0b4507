package org.commonweal.governance.meeting;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Identifiers;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a matter on a meeting's agenda, such as {@code "1"}, {@code "R3"} or {@code
 * "accounts"}: what a proxy's instructions and a tally name the matter by.
 *
 * <p>A notice of meeting numbers its resolutions, and proxy forms instruct by those numbers. Keying
 * instructions by an identifier the agenda declares, rather than by a resolution's title, means that an
 * instruction naming a matter the agenda does not have is found and refused when the appointment is
 * judged ({@code PROXY_INSTRUCTION_NOT_ON_AGENDA}), instead of being lost because a title was typed with
 * another letter case.
 *
 * <p>An identifier is any text of 1 to 64 characters without leading or trailing whitespace and without
 * control characters; identifiers compare by their text. {@link #toString()} returns the text, which
 * {@link #of(String)} reads back. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MatterId implements Comparable<MatterId> {
  private final String value;

  private MatterId(String value) {
    this.value = value;
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param id the text, for example {@code "2"}: 1 to 64 characters, no surrounding whitespace, no
   *     control characters
   * @return the identifier
   * @throws InvalidValueException if the text is blank, too long, padded or has control characters
   */
  public static MatterId of(String id) {
    return new MatterId(Identifiers.check("matter id", checkNotNull(id, "id")));
  }

  /**
   * Returns the identifier's text.
   *
   * @return the text, as given to {@link #of(String)}
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
  public int compareTo(MatterId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MatterId other && value.equals(other.value);
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
