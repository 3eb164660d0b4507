/**
 * The constitution: a co-operative's whole rulebook as one value. A {@link
 * org.commonweal.governance.constitution.Constitution} composes the rules of the packages before it
 * (membership, shares, voting, meetings, resolutions, the board) with the table of which {@link
 * org.commonweal.governance.constitution.Matter} needs which {@link
 * org.commonweal.governance.constitution.Procedure}, entrenched clauses, the asset lock and the surplus
 * rule, and applies them itself. {@link org.commonweal.governance.constitution.Profiles} gives ready
 * constitutions reproducing real model rules (CCBS Act 2014 societies, the Co-operatives UK worker
 * co-operative articles, the Somerset Rules, FairShares, school trusts, community land trusts, housing
 * societies, development trusts, community hubs). {@link
 * org.commonweal.governance.constitution.Constitution#validate()} reports every violation with a stable
 * {@link org.commonweal.governance.constitution.ViolationCode}; {@link
 * org.commonweal.governance.constitution.Amendment}s are checked against entrenchment and the asset lock,
 * and a constitution keeps its history of versions. The {@link
 * org.commonweal.governance.constitution.SurplusRule} divides a year's surplus to the penny. Uses the
 * packages before it in the package order; {@code analysis} and {@code json} build on it.
 */
@NullMarked
package org.commonweal.governance.constitution;

import org.jspecify.annotations.NullMarked;
