/**
 * Who belongs, and in which stakeholder class: stakeholder classes with their eligibility rules, members
 * and their status over time, and the register as an immutable snapshot changed by pure transitions.
 */
@NullMarked
package org.commonweal.governance.membership;

import org.jspecify.annotations.NullMarked;
