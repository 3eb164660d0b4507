/**
 * Capital and what it entitles: {@link org.commonweal.governance.shares.Money} (minor units and a
 * currency), {@link org.commonweal.governance.shares.ShareClass}es with their {@link
 * org.commonweal.governance.shares.ShareLimits}, the {@link org.commonweal.governance.shares.StatutoryCap}
 * on withdrawable capital (CCBS Act 2014, s.24), and the {@link
 * org.commonweal.governance.shares.ShareLedger}, which holds the register of members with the holdings,
 * pending withdrawals and a journal of every capital movement. Issue, transfer, withdrawal after notice
 * and cancellation on cessation are pure transitions that return a new ledger or a rejection with a
 * {@link org.commonweal.governance.shares.ShareRejectionCode}; holdings the rules do not allow to
 * persist are reported as {@link org.commonweal.governance.shares.LedgerFlag}s, never silently changed.
 *
 * <p>Entry point: {@link org.commonweal.governance.shares.ShareLedger} ({@code ShareLedger.of(register,
 * shareClasses, cap)}, then issue, transfer, withdraw). {@link org.commonweal.governance.shares.Money},
 * {@link org.commonweal.governance.shares.ShareClass} and {@link
 * org.commonweal.governance.shares.ShareLimits} are what the caller builds; holdings, flags, withdrawal
 * requests and the journal's transactions are what the ledger returns.
 *
 * <p>Status: stable from 0.1.0. Every type here is immutable and thread-safe.
 */
@NullMarked
package org.commonweal.governance.shares;

import org.jspecify.annotations.NullMarked;
