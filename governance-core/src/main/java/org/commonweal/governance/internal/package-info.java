/**
 * Helpers that no user should see: the library's Immutables style ({@link
 * org.commonweal.governance.internal.GovernanceStyle}), argument checks ({@link
 * org.commonweal.governance.internal.Checks}), the rule for identifiers, and fixed-point arithmetic with
 * a stated precision and rounding ({@link org.commonweal.governance.internal.FixedDecimal}). Not exported
 * by the module.
 *
 * <p>In the package order this package stands just above {@code base}: it uses {@code base} (fractions
 * and the exception family) and nothing else of the library, and every package above {@code base} may
 * use it.
 */
@NullMarked
package org.commonweal.governance.internal;

import org.jspecify.annotations.NullMarked;
