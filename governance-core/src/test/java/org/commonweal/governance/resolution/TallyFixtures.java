package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;

import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRoll;

/** Hand-made tallies for the resolution tests, on the rolls of {@link org.commonweal.governance.voting.RollFixtures}. */
final class TallyFixtures {
  private TallyFixtures() {}

  /**
   * A tally on {@code roll} where members are numbered from 1: the first {@code f} vote for, the next
   * {@code a} against, the next {@code x} abstain, the next {@code s} spoil their votes.
   */
  static Tally tally(VotingRoll roll, int f, int a, int x, int s) {
    Tally.Builder b = Tally.builder(roll);
    int i = 1;
    for (int k = 0; k < f; k++) {
      b.vote(m(i++), Choice.FOR);
    }
    for (int k = 0; k < a; k++) {
      b.vote(m(i++), Choice.AGAINST);
    }
    for (int k = 0; k < x; k++) {
      b.vote(m(i++), Choice.ABSTAIN);
    }
    for (int k = 0; k < s; k++) {
      b.vote(m(i++), Choice.SPOILT);
    }
    return b.build();
  }

  /** Adds votes for members {@code from} .. {@code from + count - 1}. */
  static void votes(Tally.Builder b, int from, int count, Choice c) {
    for (int i = from; i < from + count; i++) {
      b.vote(m(i), c);
    }
  }
}
