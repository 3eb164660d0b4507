package org.commonweal.governance.membership;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Identifiers;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a stakeholder class defined by the constitution, such as {@code "staff"} or
 * {@code "local-residents"}.
 *
 * <p>Multi-stakeholder rules (Somerset Rules, FairShares, co-operative school trusts) divide the members
 * into classes, each with its own eligibility, its own share of the vote, its own seats on the board and
 * its own class consent. Every value that depends on a class keys on its {@code ClassId}; the class's
 * full definition is a {@link StakeholderClass}.
 *
 * <p>An identifier is any text of 1 to 64 characters without leading or trailing whitespace and without
 * control characters. Identifiers compare by their text. {@link #toString()} returns the text, which
 * {@link #of(String)} reads back.
 *
 * <pre>{@code
 * ClassId staff = ClassId.of("staff");
 * assert ClassId.of(staff.toString()).equals(staff);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClassId implements Comparable<ClassId> {
  private final String value;

  private ClassId(String value) {
    this.value = value;
  }

  /**
   * Returns the class identifier with the given text.
   *
   * @param id the identifier, for example {@code "parents-and-carers"}: 1 to 64 characters, no leading
   *     or trailing whitespace, no control characters
   * @return the identifier
   * @throws InvalidValueException if the text is blank, too long, padded or has control characters
   */
  public static ClassId of(String id) {
    return new ClassId(Identifiers.check("class id", checkNotNull(id, "id")));
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
   * Compares by text, for a stable order of classes.
   *
   * @param other the other identifier
   * @return the comparison of the two texts
   */
  @Override
  public int compareTo(ClassId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ClassId other && value.equals(other.value);
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
