/**
 * Helpers that no user should see: the library's Immutables style, argument checks, and fixed-point
 * arithmetic with a stated precision and rounding. Not exported by the module.
 */
@NullMarked
package org.commonweal.governance.internal;

import org.jspecify.annotations.NullMarked;
