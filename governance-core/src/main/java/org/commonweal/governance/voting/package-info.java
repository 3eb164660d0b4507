/**
 * Who holds how many votes on a record date: one member one vote, votes per share, caps, fixed class
 * shares of the vote, and delegation.
 */
@NullMarked
package org.commonweal.governance.voting;

import org.jspecify.annotations.NullMarked;
