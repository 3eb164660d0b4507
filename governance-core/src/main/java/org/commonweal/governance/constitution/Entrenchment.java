package org.commonweal.governance.constitution;

import java.util.Objects;

/**
 * A clause the constitution protects from ordinary amendment: either it may be changed only with the
 * consent of every member (the Co-operatives UK worker co-operative articles entrench the purpose and
 * one-member-one-vote clauses so: "100% to change"), or it may not be changed at all.
 *
 * @param clause the clause protected
 * @param kind how it is protected
 * @param source where the entrenchment comes from, for reports (may be empty)
 * @since 0.1.0
 */
public record Entrenchment(Clause clause, Kind kind, String source) {

  /** How a clause is protected. */
  public enum Kind {
    /** Changed only by a resolution every member votes for (100% of all members). */
    UNANIMOUS,
    /** Never changed. */
    UNCHANGEABLE
  }

  /** Checks the record. */
  public Entrenchment {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Returns an entrenchment needing the consent of every member.
   *
   * @param clause the clause
   * @param source where it comes from
   * @return the entrenchment
   */
  public static Entrenchment unanimous(Clause clause, String source) {
    return new Entrenchment(clause, Kind.UNANIMOUS, source);
  }

  /**
   * Returns an entrenchment that forbids any change.
   *
   * @param clause the clause
   * @param source where it comes from
   * @return the entrenchment
   */
  public static Entrenchment unchangeable(Clause clause, String source) {
    return new Entrenchment(clause, Kind.UNCHANGEABLE, source);
  }
}
