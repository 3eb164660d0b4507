package org.commonweal.governance.board;

import com.google.common.base.Preconditions;
import org.commonweal.governance.internal.Checks;

/**
 * A seat on the board and who holds it, with how they came to it: elected for a class or by all
 * members, continuing from an earlier election, appointed by a body, ex officio, or co-opted until the
 * next annual meeting.
 *
 * <p>Immutable and thread-safe.
 *
 * @param director who holds the seat
 * @param kind how they hold it
 * @param basis the class, the appointing body, the office, or the constituency, in words; not blank
 * @param votes whether the seat carries a vote (only co-opted seats may not)
 * @since 0.1.0
 */
public record BoardSeat(Director director, Kind kind, String basis, boolean votes) {

  /** How a seat is held. */
  public enum Kind {
    /** Elected at this election. */
    ELECTED,
    /** Elected earlier, continuing in office. */
    CONTINUING,
    /** Appointed by a named body. */
    APPOINTED,
    /** Held by virtue of an office. */
    EX_OFFICIO,
    /** Co-opted by the board until the next annual meeting. */
    CO_OPTED
  }

  /**
   * Checks the seat.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the basis is blank, or a seat other
   *     than a co-opted one has no vote
   */
  public BoardSeat {
    Preconditions.checkNotNull(director, "director");
    Preconditions.checkNotNull(kind, "kind");
    Checks.notBlank("basis", basis);
    Checks.check(votes || kind == Kind.CO_OPTED, "votes", votes, "only a co-opted seat may be without a vote");
  }

  /**
   * Returns a director continuing from an earlier election.
   *
   * @param d the director
   * @param basis the constituency they were elected for
   * @return the seat
   */
  public static BoardSeat continuing(Director d, String basis) {
    return new BoardSeat(d, Kind.CONTINUING, basis, true);
  }

  /**
   * Returns an appointed director.
   *
   * @param d the director
   * @param body the appointing body
   * @return the seat
   */
  public static BoardSeat appointed(Director d, String body) {
    return new BoardSeat(d, Kind.APPOINTED, body, true);
  }

  /**
   * Returns an ex officio director.
   *
   * @param d the director
   * @param office the office
   * @return the seat
   */
  public static BoardSeat exOfficio(Director d, String office) {
    return new BoardSeat(d, Kind.EX_OFFICIO, office, true);
  }

  /**
   * Returns a co-opted director, until the next annual meeting.
   *
   * @param d the director
   * @param votes whether the rules give co-opted directors a vote
   * @return the seat
   */
  public static BoardSeat coOpted(Director d, boolean votes) {
    return new BoardSeat(d, Kind.CO_OPTED, "until the next annual meeting", votes);
  }

  /** Returns "name (kind, basis)". */
  @Override
  public String toString() {
    String how =
        switch (kind) {
          case ELECTED -> "elected";
          case CONTINUING -> "continuing";
          case APPOINTED -> "appointed";
          case EX_OFFICIO -> "ex officio";
          case CO_OPTED -> "co-opted";
        };
    return director + " (" + how + ", " + basis + ")";
  }
}
