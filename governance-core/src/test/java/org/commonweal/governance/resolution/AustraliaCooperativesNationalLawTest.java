package org.commonweal.governance.resolution;

import static org.commonweal.governance.resolution.TallyFixtures.tally;
import static org.commonweal.governance.voting.RollFixtures.roll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

/**
 * docs/rules-reference.md, "Elsewhere", Australia's Co-operatives National Law s.239: a special resolution is passed by
 * two thirds at a general meeting, or three quarters in a special postal ballot.
 */
class AustraliaCooperativesNationalLawTest {

  @Test
  void specialResolution_isTwoThirdsOfVotesCastAtAGeneralMeeting_s239() {
    Resolution atMeeting = Resolution.builder().title("Alter the rules").kind(Resolution.Kind.SPECIAL)
        .addConditions(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST)).build();
    assertTrue(atMeeting.decide(tally(roll(60), 20, 10, 3, 0)).passed());     // 20/30
    assertFalse(atMeeting.decide(tally(roll(60), 19, 10, 3, 0)).passed());    // 19/29
  }

  @Test
  void specialResolution_isThreeQuartersInASpecialPostalBallot_s239() {
    Resolution postal = Resolution.builder().title("Alter the rules").kind(Resolution.Kind.SPECIAL)
        .addConditions(Threshold.atLeast(Fraction.of(3, 4), VoteBase.VOTES_CAST)).build();
    assertTrue(postal.decide(tally(roll(60), 30, 10, 0, 0)).passed());
    assertFalse(postal.decide(tally(roll(60), 20, 10, 0, 0)).passed());   // two thirds is not enough by post
  }
}
