/**
 * The board: how its seats are made up (reserved for stakeholder classes, elected by all members,
 * appointed, co-opted, ex officio), the limits on its composition, the apportionment of seats among
 * classes, retirement by rotation and terms, casual vacancies, conflicts of interest, and board
 * elections across constituencies. Uses {@code election} for the counts and the packages below it for
 * the register, meetings and resolutions.
 */
@NullMarked
package org.commonweal.governance.board;

import org.jspecify.annotations.NullMarked;
