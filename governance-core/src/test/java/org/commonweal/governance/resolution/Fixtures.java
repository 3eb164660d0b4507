package org.commonweal.governance.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;

/** Small hand-made rolls and tallies for the resolution tests. */
final class Fixtures {
  static final LocalDate RECORD = LocalDate.of(2026, 6, 1);

  private Fixtures() {}

  static MemberId m(int i) {
    return MemberId.of(String.format("M-%03d", i));
  }

  /** A one-member-one-vote roll of members 1..n, no classes. */
  static VotingRoll roll(int n) {
    List<MemberId> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(m(i));
    }
    return VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RECORD, ids));
  }

  /** Electors numbered from {@code from}, {@code count} of them, in class {@code c}. */
  static List<Elector> electors(int from, int count, ClassId c) {
    List<Elector> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      out.add(Elector.of(m(i), c));
    }
    return out;
  }

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
