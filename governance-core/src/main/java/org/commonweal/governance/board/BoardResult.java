package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.SeatConstraint;
import org.commonweal.governance.election.Stage;
import org.commonweal.governance.membership.MemberId;

/**
 * What a board election produced: each constituency's count with whom it elected, the limits it was
 * counted under and any that could not be met, and the resulting board, seat by seat.
 *
 * <p>Immutable and thread-safe.
 *
 * @param board the board after the election: every seat, elected, continuing, appointed, ex officio
 *     and co-opted
 * @param contests each constituency's count, in the order counted (the classes first)
 * @param breaches each composition limit the board breaks, with the numbers; empty unless a limit could
 *     not be met (see each contest's {@link Contest#unmet()})
 * @since 0.1.0
 */
public record BoardResult(ImmutableList<BoardSeat> board, ImmutableList<Contest> contests, ImmutableList<String> breaches) {

  /**
   * One constituency's count.
   *
   * @param constituency the constituency's name
   * @param result the count, with its report
   * @param elected the directors it elected, in order of election
   * @param setAside the voters whose ballots were set aside, not being members of the constituency on
   *     the record date
   * @param constraints the composition limits as constraints on this count, given the seats filled
   *     before it (none for a class's count)
   * @param unmet the limits that could not be met, each with why
   */
  public record Contest(
      String constituency,
      ElectionResult result,
      ImmutableList<Director> elected,
      ImmutableList<MemberId> setAside,
      ImmutableList<SeatConstraint> constraints,
      ImmutableList<String> unmet) {}

  /**
   * Returns the directors the board has.
   *
   * @return every seat's director, in the order of {@link #board()}
   */
  public ImmutableList<Director> directors() {
    return board.stream().map(BoardSeat::director).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the notes of the counts in which a limit acted: each candidate doomed or guarded, at which
   * stage, by which limit.
   *
   * @return the notes, each prefixed with the constituency and the stage
   */
  public ImmutableList<String> limitsActed() {
    List<String> out = new ArrayList<>();
    for (Contest c : contests) {
      for (Stage s : c.result().report().stages()) {
        for (String n : s.notes()) {
          if (n.contains(" is doomed") || n.contains(" is guarded") || n.contains("guarded candidates")) {
            out.add(c.constituency() + ", stage " + s.number() + ": " + n);
          }
        }
      }
    }
    return ImmutableList.copyOf(out);
  }
}
