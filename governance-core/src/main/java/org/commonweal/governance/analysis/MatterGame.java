package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.internal.Checks;

/**
 * A constitution's rule for one matter, compiled into a voting game over its members: which coalitions,
 * voting for while every other member votes against, carry the matter. Members of the same class holding
 * the same votes are one {@link MemberType}, and one class of the {@link ClassGame}, in the same order.
 *
 * <p>Assumptions, always made: every member with a vote takes part (full turnout), so that the votes cast,
 * the votes of those present and all eligible votes are one base, and no one abstains; each member's
 * weight is its entitlement on the roll, a class's fixed share of the vote divided among its members in
 * proportion to their votes and scaled by any class cap, exactly as the roll weighs a vote everyone takes
 * part in. Further assumptions the compilation made are listed in {@link #assumptions()}. A turnout
 * minimum, which every member meets at full turnout, can still be broken by members staying away: that is
 * reported as {@link #stayingAway()}, not folded into the game.
 *
 * <p>Immutable and thread-safe.
 *
 * @param matter the matter
 * @param procedure the procedure the constitution gives it, in words
 * @param kind whether the members decide it by a game, or how else it is settled
 * @param game the game, for {@link Kind#GAME}
 * @param types the member types, in the order of the game's classes
 * @param assumptions the assumptions made beyond the stated ones
 * @param stayingAway the finding that staying away can block, if a turnout minimum makes it so
 * @since 0.1.0
 */
public record MatterGame(
    Matter matter,
    String procedure,
    MatterGame.Kind kind,
    Optional<ClassGame> game,
    ImmutableList<MemberType> types,
    ImmutableList<String> assumptions,
    Optional<StayingAway> stayingAway) {

  /** How a matter is settled. */
  public enum Kind {
    /** By the members' votes, as a game: some coalitions carry it and others do not. */
    GAME,
    /** By the members, but no coalition, not even all of them, can carry it. */
    NEVER_PASSES,
    /** By the members, but it passes whatever they vote. */
    ALWAYS_PASSES,
    /** By the board, not the members. */
    BY_BOARD,
    /** Not at all: the constitution prohibits it. */
    PROHIBITED
  }

  /**
   * Checks that a game is present exactly for {@link Kind#GAME}, over the types.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if not
   */
  public MatterGame {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(kind, "kind");
    types = ImmutableList.copyOf(types);
    assumptions = ImmutableList.copyOf(assumptions);
    Checks.check(game.isPresent() == (kind == Kind.GAME), "game", game.isPresent(),
        "a game is given exactly for kind GAME, not %s", kind);
    if (game.isPresent()) {
      Checks.check(game.get().classes().size() == types.size(), "types", types,
          "the game has %s classes, one for each type, not %s", game.get().classes().size(), types.size());
    }
  }

  /**
   * Returns the game, for a matter the members decide by their votes.
   *
   * @return the game
   * @throws org.commonweal.governance.base.InvalidValueException if the matter is not decided by a game
   */
  public ClassGame requireGame() {
    return game.orElseThrow(() -> Checks.invalid("matter", matter, "%s is not decided by a game of the members' "
        + "votes: %s (%s)", matter.title(), kind, procedure));
  }
}
