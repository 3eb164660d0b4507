package org.commonweal.governance.board;

/**
 * How the rules fill a casual vacancy among the elected directors.
 *
 * @since 0.1.0
 */
public enum VacancyRule {
  /** By countback of the STV election that elected the director who left. */
  COUNTBACK,
  /** By co-option by the board, until the next annual meeting. */
  CO_OPTION,
  /** By an election held for the seat. */
  BY_ELECTION
}
