/**
 * What a vote decides: resolution kinds and thresholds with their exact base, tallies, tie rules, and
 * outcomes that give every condition with its numbers.
 */
@NullMarked
package org.commonweal.governance.resolution;

import org.jspecify.annotations.NullMarked;
