package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether one class, or a few members, can capture or block a matter under a constitution's rules, in
 * plain words with the numbers: for each class, its nominal vote against its real power and what it can
 * do alone; the fewest members who carry the matter when everyone votes; the smallest quorate meeting and
 * the fewest members who carry the matter at a meeting everyone else stays away from; the finding that
 * staying away can block; and, for the board, whether a class voting solidly is sure of a majority.
 *
 * <pre>{@code
 * CaptureReport r = Analysis.of(constitution, sizes).capture(Matter.AMEND_RULES);
 * String findings = r.explain();   // one line a class, then the meeting and board findings
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param game the compiled game of the matter
 * @param classes each class's findings, in the order of the classes
 * @param fewestWinning the fewest members who carry the matter when every member votes, the rest against
 * @param smallestQuorate the fewest members who make a general meeting quorate
 * @param fewestAtMeeting the fewest members who carry the matter at a quorate meeting the rest stay away from
 * @param board each class's chance of a board majority, where the constitution has board rules
 * @param notes what was not computed, and why
 * @since 0.1.0
 */
public record CaptureReport(
    MatterGame game,
    ImmutableList<ClassCapture> classes,
    OptionalInt fewestWinning,
    OptionalInt smallestQuorate,
    OptionalInt fewestAtMeeting,
    ImmutableList<BoardCapture> board,
    ImmutableList<String> notes) {

  /** Copies the lists. */
  public CaptureReport {
    Objects.requireNonNull(game, "game");
    classes = ImmutableList.copyOf(classes);
    board = ImmutableList.copyOf(board);
    notes = ImmutableList.copyOf(notes);
  }

  /**
   * Returns the finding that staying away can block, if any.
   *
   * @return the game's finding
   */
  public Optional<StayingAway> stayingAway() {
    return game.stayingAway();
  }

  /**
   * Returns the report in words, one finding a line.
   *
   * @return the text
   */
  public String explain() {
    StringBuilder s = new StringBuilder(game.matter().title()).append(": ").append(game.procedure()).append('\n');
    switch (game.kind()) {
      case BY_BOARD -> s.append("  decided by the board: the members' votes do not decide it\n");
      case PROHIBITED -> s.append("  not allowed at all\n");
      case NEVER_PASSES -> s.append("  no coalition of members, not even all of them, can carry it\n");
      case ALWAYS_PASSES -> s.append("  it passes whatever the members vote\n");
      case GAME -> { }
    }
    for (ClassCapture c : classes) {
      s.append("  ").append(c.explain()).append('\n');
    }
    fewestWinning.ifPresent(n -> s.append("  when every member votes, the fewest who carry it against the rest: ")
        .append(n).append('\n'));
    smallestQuorate.ifPresent(n -> s.append("  the smallest quorate meeting: ").append(n).append(n == 1 ? " member" : " members"));
    if (smallestQuorate.isPresent()) {
      s.append(fewestAtMeeting.isPresent()
          ? "; the fewest who carry it at a meeting the rest stay away from: " + fewestAtMeeting.getAsInt()
          : "; no meeting the rest stay away from carries it").append('\n');
    }
    game.stayingAway().ifPresent(a -> s.append("  staying away: ").append(a.explain()).append('\n'));
    for (BoardCapture b : board) {
      s.append("  board: ").append(b.explain()).append('\n');
    }
    for (String n : notes) {
      s.append("  note: ").append(n).append('\n');
    }
    for (String n : game.assumptions()) {
      s.append("  assumed: ").append(n).append('\n');
    }
    return s.toString();
  }
}
