/**
 * Who belongs, and in which stakeholder class: the membership part of a constitution ({@link
 * org.commonweal.governance.membership.MembershipRules}: {@link
 * org.commonweal.governance.membership.StakeholderClass}es with their {@link
 * org.commonweal.governance.membership.Eligibility} rules over attested {@link
 * org.commonweal.governance.membership.Facts}, and whether a member may belong to several classes), the
 * {@link org.commonweal.governance.membership.Member}s with their dated histories, and the {@link
 * org.commonweal.governance.membership.Register}, an immutable snapshot changed by pure transitions
 * (admission, change of class, suspension, reinstatement, cessation) that return a new register or a
 * rejection with a {@link org.commonweal.governance.membership.MembershipRejectionCode}.
 *
 * <p>An {@link org.commonweal.governance.membership.Eligibility} rule is data: a sealed interface whose
 * cases are public records (a minimum age, residence, all of, not, ...), equal when their trees are,
 * decided into an {@link org.commonweal.governance.membership.EligibilityDecision} that gives the reason
 * of every sub-rule.
 *
 * <p>Entry points: {@link org.commonweal.governance.membership.MembershipRules} and {@link
 * org.commonweal.governance.membership.Register} (start with {@code Register.empty(rules)}, then {@code
 * admit} an {@link org.commonweal.governance.membership.Application}). The other types are values the
 * caller passes in ({@link org.commonweal.governance.membership.Facts}, the ids, the rules) or reads
 * from a register ({@link org.commonweal.governance.membership.Member}, its events, decisions).
 *
 * <p>Every other package keys on {@link org.commonweal.governance.membership.MemberId} and {@link
 * org.commonweal.governance.membership.ClassId}. Status: stable from 0.1.0. Every type here is immutable
 * and thread-safe.
 */
@NullMarked
package org.commonweal.governance.membership;

import org.jspecify.annotations.NullMarked;
