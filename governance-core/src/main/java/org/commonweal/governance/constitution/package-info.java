/**
 * The constitution: the rules a co-operative adopts, as values. This release holds the allocation of
 * a year's surplus: a {@link org.commonweal.governance.constitution.SurplusRule} (ordered parts: fixed
 * shares to funds, interest on share capital within its cap, a patronage dividend in proportion to each
 * member's trade, and the rest to indivisible reserves) and its exact result, a {@link
 * org.commonweal.governance.constitution.SurplusAllocation} in money to the penny whose parts add up to
 * the surplus. Uses {@code shares} for money and {@code membership} for member identities.
 */
@NullMarked
package org.commonweal.governance.constitution;

import org.jspecify.annotations.NullMarked;
