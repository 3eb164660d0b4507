/**
 * What every package shares: {@link org.commonweal.governance.base.Fraction} (exact rationals for shares
 * of the vote, thresholds and transfer values), the exception family rooted in {@link
 * org.commonweal.governance.base.GovernanceException} (caller errors, naming the field and value), {@link
 * org.commonweal.governance.base.Rejection} and {@link org.commonweal.governance.base.Outcome} (the
 * expected "no" of a governance process, as a value beside the unchanged input), and {@link
 * org.commonweal.governance.base.TieBreaker} (a fixed order or a seeded lot, whose every {@link
 * org.commonweal.governance.base.Draw} is recorded).
 *
 * <p>{@code base} is the root of the package order: it uses no other package of the library, so its
 * types are written by hand rather than generated.
 *
 * <p>Entry points: {@link org.commonweal.governance.base.Fraction} and {@link
 * org.commonweal.governance.base.TieBreaker}, which callers make; {@link
 * org.commonweal.governance.base.Outcome}, {@link org.commonweal.governance.base.Rejection}, {@link
 * org.commonweal.governance.base.Decision} and {@link org.commonweal.governance.base.Draw}, which the
 * other packages return; the exceptions, which callers catch.
 *
 * <p>Status: stable from 0.1.0. Every type here is immutable and thread-safe.
 *
 * @see org.commonweal.governance.base.Decision
 */
@NullMarked
package org.commonweal.governance.base;

import org.jspecify.annotations.NullMarked;
