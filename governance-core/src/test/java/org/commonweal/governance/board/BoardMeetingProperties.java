package org.commonweal.governance.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Totals;
import org.commonweal.governance.voting.Choice;

/** Interested directors never count where the conflict rule leaves them out, and everyone else does. */
class BoardMeetingProperties {

  @Property(tries = 200)
  void decide_countsExactlyTheDirectorsTheConflictRuleLeavesIn(
      @ForAll @IntRange(min = 1, max = 9) int size, @ForAll long mask, @ForAll ConflictRule rule) {
    List<MemberId> board = new ArrayList<>();
    List<MemberId> present = new ArrayList<>();
    List<ConflictOfInterest> interests = new ArrayList<>();
    Map<MemberId, Choice> votes = new LinkedHashMap<>();
    Choice[] choices = {Choice.FOR, Choice.AGAINST, Choice.ABSTAIN};
    int inQuorum = 0;
    int inVote = 0;
    for (int i = 0; i < size; i++) {
      MemberId d = MemberId.of("D-" + i);
      board.add(d);
      // Three bits a director: present, interested, and (with the next) the choice.
      boolean isPresent = ((mask >>> (3 * i)) & 1) == 1;
      boolean interested = ((mask >>> (3 * i + 1)) & 1) == 1;
      if (interested) {
        interests.add(ConflictOfInterest.of(d, MatterId.of("1"), "interest " + i));
      }
      if (isPresent) {
        present.add(d);
        votes.put(d, choices[(int) Long.remainderUnsigned(mask >>> (3 * i + 2), 3)]);
        inQuorum += interested && rule.leavesOutOfQuorum() ? 0 : 1;
        inVote += interested && rule.leavesOutOfVote() ? 0 : 1;
      }
    }
    BoardMeeting m = BoardMeeting.of(board, LocalDate.of(2027, 1, 1), present, QuorumRule.members(1))
        .withConflictRule(rule).withInterests(interests.toArray(ConflictOfInterest[]::new));
    BoardMeetingDecision d = m.decide(AgendaItem.of("1", "M"), Resolution.ordinary("M"), votes);
    assertEquals(inQuorum, d.quorum().membersCounted(), d::explain);
    assertEquals(interests.size(), d.interested().size());
    if (d.outcome().isPresent()) {
      Totals t = d.outcome().get().totals().orElseThrow();
      assertEquals(inVote, t.forHeads() + t.againstHeads() + t.abstainHeads(), d::explain);
    }
    assertEquals(inQuorum >= 1, d.outcome().isPresent());
  }
}
