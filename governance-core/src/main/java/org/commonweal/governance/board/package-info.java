/**
 * The board: how its seats are made up (reserved for stakeholder classes, elected by all members,
 * appointed, co-opted, ex officio), the limits on its composition, the apportionment of seats among
 * classes, retirement by rotation and terms, casual vacancies, conflicts of interest, and board
 * elections across constituencies. Uses {@code election} for the counts and the packages below it for
 * the register, meetings and resolutions.
 *
 * <p>Entry points: {@link org.commonweal.governance.board.BoardRules} (how the board is made up, with
 * its {@link org.commonweal.governance.board.CompositionLimit}s), {@link
 * org.commonweal.governance.board.BoardElection#elect} (a board election in one call, giving a {@link
 * org.commonweal.governance.board.BoardResult}) and {@link org.commonweal.governance.board.CasualVacancy}
 * (a seat left between meetings). The limits act inside the counts, through {@link
 * org.commonweal.governance.election.ConstrainedStv}.
 */
@NullMarked
package org.commonweal.governance.board;

import org.jspecify.annotations.NullMarked;
