package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApprovalVotingTest {
  @Test
  void toString_namesTheMethod() {
    assertEquals("approval voting", ElectionMethods.approval().toString());
  }

  @Test
  void builder_withoutCount_isOnePaper() {
    ApprovalBallot paper = ImmutableApprovalBallot.builder().addApproved(Candidate.of("Ann")).build();
    assertEquals(1, paper.count());
  }
}
