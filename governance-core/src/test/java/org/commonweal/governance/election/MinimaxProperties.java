package org.commonweal.governance.election;

import net.jqwik.api.Group;

class MinimaxProperties {
  @Group
  class WinningVotes implements CondorcetContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES);
    }
  }

  @Group
  class Margins implements CondorcetContract {
    @Override
    public ElectionMethod method() {
      return ElectionMethods.minimax(PairwiseStrength.MARGINS);
    }
  }
}
