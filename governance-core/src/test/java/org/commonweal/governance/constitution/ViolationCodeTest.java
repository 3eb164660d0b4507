package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.constitution.ViolationCode.Category;
import org.junit.jupiter.api.Test;

/**
 * Every code's severity, clause and category, as the code's documentation states them: systems branch
 * on them, and a principle's warning is what {@link ValidationOptions} may switch off.
 */
class ViolationCodeTest {
  private record Expected(Severity severity, Clause clause, Category category) {}

  private static final Map<ViolationCode, Expected> TABLE = new EnumMap<>(ViolationCode.class);

  private static void row(ViolationCode code, Severity severity, Clause clause, Category category) {
    TABLE.put(code, new Expected(severity, clause, category));
  }

  static {
    row(ViolationCode.QUORUM_CLASS_CANNOT_HAVE_MEMBERS, Severity.ERROR, Clause.GENERAL_MEETINGS, Category.CONSISTENCY);
    row(ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY, Severity.WARNING, Clause.GENERAL_MEETINGS, Category.CONSISTENCY);
    row(ViolationCode.PROXIES_COUNTED_BUT_FORBIDDEN, Severity.ERROR, Clause.GENERAL_MEETINGS, Category.CONSISTENCY);
    row(ViolationCode.BOARD_RESERVED_EXCEEDS_SIZE, Severity.ERROR, Clause.BOARD, Category.CONSISTENCY);
    row(ViolationCode.BOARD_CLASS_UNDEFINED, Severity.ERROR, Clause.BOARD, Category.CONSISTENCY);
    row(ViolationCode.ROTATION_RETIRES_NOBODY, Severity.ERROR, Clause.ROTATION, Category.CONSISTENCY);
    row(ViolationCode.SHARE_CLASS_NO_HOLDER, Severity.ERROR, Clause.SHARES, Category.CONSISTENCY);
    row(ViolationCode.NO_AMENDMENT_PROCEDURE, Severity.ERROR, Clause.MATTERS, Category.CONSISTENCY);
    row(ViolationCode.CLASS_SHARES_UNDEFINED_CLASS, Severity.ERROR, Clause.VOTING, Category.CONSISTENCY);
    row(ViolationCode.STAFF_OR_INVESTOR_CLASS_UNDEFINED, Severity.ERROR, Clause.MEMBERSHIP, Category.CONSISTENCY);
    // The law of the organisation type.
    row(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS, Severity.ERROR, Clause.MEMBERSHIP, Category.LAW);
    row(ViolationCode.WITHDRAWABLE_CAP_ABOVE_STATUTE, Severity.ERROR, Clause.SHARES, Category.LAW);
    row(ViolationCode.VOTES_IN_PROPORTION_TO_SHARES, Severity.ERROR, Clause.VOTING, Category.LAW);
    row(ViolationCode.ONE_MEMBER_ONE_VOTE_REQUIRED, Severity.ERROR, Clause.VOTING, Category.LAW);
    row(ViolationCode.ASSET_LOCK_MISSING, Severity.ERROR, Clause.ASSET_LOCK, Category.LAW);
    row(ViolationCode.ASSET_LOCK_LETS_ASSETS_TO_MEMBERS, Severity.ERROR, Clause.ASSET_LOCK, Category.LAW);
    row(ViolationCode.SPECIAL_RESOLUTION_BELOW_75, Severity.ERROR, Clause.MATTERS, Category.LAW);
    row(ViolationCode.TWO_MEETING_BELOW_STATUTE, Severity.ERROR, Clause.MATTERS, Category.LAW);
    row(ViolationCode.INSTRUMENT_BELOW_STATUTE, Severity.ERROR, Clause.MATTERS, Category.LAW);
    // Co-operative principles, and the two the analysis package finds.
    row(ViolationCode.MEMBERSHIP_NOT_OPEN, Severity.WARNING, Clause.MEMBERSHIP, Category.PRINCIPLE);
    row(ViolationCode.CLASS_CAN_PASS_SPECIAL_ALONE, Severity.WARNING, Clause.VOTING, Category.PRINCIPLE);
    row(ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER, Severity.WARNING, Clause.VOTING, Category.PRINCIPLE);
    row(ViolationCode.STAFF_CAN_CONTROL_BOARD, Severity.WARNING, Clause.BOARD, Category.PRINCIPLE);
    row(ViolationCode.VETO_NOT_INTENDED, Severity.WARNING, Clause.VOTING, Category.PRINCIPLE);
    row(ViolationCode.NO_POWER, Severity.WARNING, Clause.VOTING, Category.PRINCIPLE);
  }

  @Test
  void everyCode_hasTheSeverityClauseAndCategoryItsRuleStates() {
    assertEquals(EnumSet.allOf(ViolationCode.class), EnumSet.copyOf(TABLE.keySet()));
    TABLE.forEach((code, e) -> {
      assertEquals(e.severity(), code.severity(), code::name);
      assertEquals(e.clause(), code.clause(), code::name);
      assertEquals(e.category(), code.category(), code::name);
    });
  }

  @Test
  void withoutPrinciples_ignoresExactlyThePrinciplesWarnings() {
    assertEquals(EnumSet.of(ViolationCode.MEMBERSHIP_NOT_OPEN, ViolationCode.CLASS_CAN_PASS_SPECIAL_ALONE,
        ViolationCode.INVESTOR_VOTES_ABOVE_QUARTER, ViolationCode.STAFF_CAN_CONTROL_BOARD, ViolationCode.VETO_NOT_INTENDED,
        ViolationCode.NO_POWER), EnumSet.copyOf(ValidationOptions.withoutPrinciples().ignored()));
    assertEquals(Set.of(), ValidationOptions.defaults().ignored());
    // A consistency warning is not a principle: switched off only by name.
    assertFalse(ValidationOptions.withoutPrinciples().ignored().contains(ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY));
    assertFalse(ValidationOptions.ignoring(ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY).reports(ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY));
    assertTrue(ValidationOptions.ignoring(ViolationCode.QUORUM_CLASS_MAY_BE_EMPTY).reports(ViolationCode.NO_POWER));
  }
}
