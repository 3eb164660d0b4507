package org.commonweal.governance.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;

/** Small hand-made rolls for the meeting tests. */
final class Fixtures {
  static final LocalDate RECORD = LocalDate.of(2026, 6, 1);

  private Fixtures() {}

  static MemberId m(int i) {
    return MemberId.of(String.format("M-%03d", i));
  }

  static List<MemberId> range(int from, int to) {
    List<MemberId> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(m(i));
    }
    return out;
  }

  /** A one-member-one-vote roll of members 1..n, no classes. */
  static VotingRoll roll(int n) {
    return VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(RECORD, range(1, n)));
  }

  /** A one-member-one-vote roll with members 1..a in class x and a+1..a+b in class y. */
  static VotingRoll twoClasses(ClassId x, int a, ClassId y, int b) {
    List<Elector> all = new ArrayList<>();
    for (int i = 1; i <= a + b; i++) {
      all.add(Elector.of(m(i), i <= a ? x : y));
    }
    return VotingRules.oneMemberOneVote().roll(Electorate.of(RECORD, all));
  }
}
