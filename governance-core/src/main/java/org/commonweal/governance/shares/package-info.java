/**
 * Capital and what it entitles: share classes, holdings, money in minor units, share limits and
 * statutory caps, and issue, transfer and withdrawal as pure transitions.
 */
@NullMarked
package org.commonweal.governance.shares;

import org.jspecify.annotations.NullMarked;
