/**
 * General, class and board meetings: notice, attendance in person and by proxy, composable quorum rules
 * and their explained decisions, adjournment, requisitions and demands for a poll.
 */
@NullMarked
package org.commonweal.governance.meeting;

import org.jspecify.annotations.NullMarked;
