package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.ResolutionOutcome;

/**
 * What a {@link BoardMeeting} decided on one matter: the directors left out of it for a declared
 * interest and why, whether the directors left to count made a quorum for it, and, if they did, the
 * outcome of the vote with its reasons (a tie settled by the chair's casting vote among them).
 *
 * <p>An inquorate matter has no outcome: the board could not decide it. Immutable and thread-safe.
 *
 * @param matter the matter
 * @param interested the directors with a declared interest in the matter and what the conflict rule did
 *     with each
 * @param quorum the quorum for the matter, counting only the directors who may be counted for it
 * @param outcome the outcome of the vote, empty if the matter was inquorate
 * @param notes further reasons, such as a casting vote refused to an interested chair
 * @since 0.1.0
 */
public record BoardMeetingDecision(
    AgendaItem matter,
    ImmutableList<BoardMeetingDecision.Interested> interested,
    QuorumDecision quorum,
    Optional<ResolutionOutcome> outcome,
    ImmutableList<String> notes) {

  /**
   * A director with a declared interest in the matter, and what the conflict rule did: left out of the
   * vote, the quorum or both, or (on a declaration only) nothing.
   *
   * @param interest the declared interest
   * @param rule the board's conflict rule
   * @param present whether the director was at the meeting
   * @param voteLeftOut whether a vote the director gave on the matter was left out
   */
  public record Interested(ConflictOfInterest interest, ConflictRule rule, boolean present, boolean voteLeftOut) {
    /** Checks the record. */
    public Interested {
      Objects.requireNonNull(interest, "interest");
      Objects.requireNonNull(rule, "rule");
    }

    /**
     * Returns the director.
     *
     * @return the interested director
     */
    public MemberId director() {
      return interest.director();
    }

    /**
     * Explains it in a line, for example {@code "D-03 declared an interest (her firm bids for the
     * contract): not counted for the quorum or the vote; her vote was left out"}.
     *
     * @return the line
     */
    public String explain() {
      return interest.director() + " declared an interest (" + interest.nature() + "): " + rule.description()
          + (present ? "" : "; absent") + (voteLeftOut ? "; the vote given was left out" : "");
    }
  }

  /**
   * Checks the decision.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if a quorate matter has no outcome or
   *     an inquorate one has one
   */
  public BoardMeetingDecision {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(quorum, "quorum");
    Checks.check(quorum.quorate() == outcome.isPresent(), "outcome",
        outcome, "a matter has an outcome exactly when it is quorate (quorate: %s)", quorum.quorate());
  }

  /**
   * Says whether the board passed the resolution: quorate, and carried.
   *
   * @return true if it passed
   */
  public boolean passed() {
    return outcome.map(ResolutionOutcome::passed).orElse(false);
  }

  /**
   * Explains the decision: the matter, who was left out and why, the quorum, the outcome.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder b = new StringBuilder();
    b.append("matter ").append(matter).append('\n');
    interested.forEach(l -> b.append("  ").append(l.explain()).append('\n'));
    b.append(quorum.explain());
    notes.forEach(n -> b.append("  ").append(n).append('\n'));
    b.append(outcome.map(ResolutionOutcome::explain).orElse("  inquorate: the board could not decide the matter\n"));
    return b.toString();
  }
}
