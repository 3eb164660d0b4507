/**
 * What voting rules really mean: voting games, exact power indices (Banzhaf and Shapley-Shubik) and
 * the properties of a game (vetoes, dummies, minimal winning coalitions), as exact fractions.
 */
@NullMarked
package org.commonweal.governance.analysis;

import org.jspecify.annotations.NullMarked;
