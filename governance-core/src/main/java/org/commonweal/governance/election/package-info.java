/**
 * Choosing people: candidates, ballots and ballot rules, counting methods behind one interface, and
 * stage-by-stage count reports. Uses only {@code base}, so a voting platform can use it alone.
 */
@NullMarked
package org.commonweal.governance.election;

import org.jspecify.annotations.NullMarked;
