package org.commonweal.governance.election;

import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * A person (or option) standing in an election, known by the name on the ballot paper.
 *
 * <p>The name is kept verbatim, exactly as the ballot file or the nomination gives it: party labels,
 * quotes and even mis-encoded letters are part of it, so that a result names candidates the way the
 * official declaration does. Two candidates are equal when their names are equal; within one {@link
 * Election} names are distinct.
 *
 * <pre>{@code
 * Candidate jo = Candidate.of("Jo MOWAT (Con)");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
@GovernanceStyle
public abstract class Candidate implements Comparable<Candidate> {
  Candidate() {}

  /**
   * Returns the candidate's name, verbatim.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the candidate with this name.
   *
   * @param name the name as on the ballot paper, not empty
   * @return the candidate
   */
  public static Candidate of(String name) {
    return ImmutableCandidate.of(name);
  }

  @Value.Check
  void check() {
    Checks.check(!name().isEmpty(), "name", name(), "candidate name must not be empty");
  }

  /** Orders candidates by name, for stable listings; counts use the election's own order. */
  @Override
  public int compareTo(Candidate other) {
    return name().compareTo(other.name());
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name();
  }
}
