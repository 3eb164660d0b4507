/**
 * What voting rules really mean: voting games, exact power indices (Banzhaf and Shapley-Shubik) and
 * the properties of a game (vetoes, dummies, minimal winning coalitions), as exact fractions; and, through
 * {@link org.commonweal.governance.analysis.Analysis}, a constitution's rule for each matter compiled into
 * such a game over a membership, with the findings a game alone cannot show (members who block by staying
 * away).
 */
@NullMarked
package org.commonweal.governance.analysis;

import org.jspecify.annotations.NullMarked;
