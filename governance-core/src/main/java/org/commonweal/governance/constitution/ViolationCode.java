package org.commonweal.governance.constitution;

/**
 * The stable codes of validation {@link Violation}s; systems branch on the code, which is the
 * constant's name and does not change between releases. Each code has one severity.
 *
 * @since 0.1.0
 */
public enum ViolationCode {
  /** Placeholder while the checks are written. */
  NO_AMENDMENT_PROCEDURE(Severity.ERROR, Clause.MATTERS),
  /**
   * A class can block a matter alone, voting against while every other member votes for, though the rules
   * state no consent of that class for it: a veto the weights give it unintended (reported by the analysis
   * package, which sees the voting game).
   */
  VETO_NOT_INTENDED(Severity.WARNING, Clause.VOTING),
  /**
   * A class with a vote has no power on a matter the members decide: no member of it ever turns a losing
   * coalition into a winning one (zero Banzhaf and Shapley-Shubik power; reported by the analysis package).
   */
  NO_POWER(Severity.WARNING, Clause.VOTING);

  private final Severity severity;
  private final Clause clause;

  ViolationCode(Severity severity, Clause clause) {
    this.severity = severity;
    this.clause = clause;
  }

  /**
   * Returns the severity every violation with this code has.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the clause every violation with this code concerns.
   *
   * @return the clause
   */
  public Clause clause() {
    return clause;
  }
}
