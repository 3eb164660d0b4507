package org.commonweal.governance.board;

/**
 * How a director came to hold office, which decides whether the director retires by rotation: rules
 * such as Table A (1985) reg. 73 rotate the elected directors, and leave out those appointed by a named
 * body, those who hold office ex officio and those co-opted until the next annual meeting, unless the
 * rules say otherwise.
 *
 * @since 0.1.0
 */
public enum TermKind {
  /** Elected by the members (or by a class of them). */
  ELECTED,
  /** Appointed by a named body: a local authority, a founding school, a sponsor. */
  APPOINTED,
  /** In office by holding another office: the head teacher, the chief executive. */
  EX_OFFICIO,
  /** Co-opted by the board, usually until the next annual meeting. */
  CO_OPTED
}
