package org.commonweal.governance.analysis;

import java.util.Objects;
import org.commonweal.governance.internal.Checks;

/**
 * Whether one class, its members voting solidly for their own candidates, is sure of a majority of the
 * board: the seats reserved for it, which its own members elect, and the seats elected by all members
 * that an STV count must give a solid group of its size, within the board's composition limits.
 *
 * <p>The seats a group is sure of follow the proportionality of the Droop quota: in an STV count for
 * {@code k} seats among {@code n} voters, a group of {@code s} voters who all rank their own candidates
 * first elects at least {@code j} of them whenever {@code s > j n / (k + 1)}, that is more than {@code j}
 * Droop quotas (Dummett, Voting Procedures, 1984, the proportionality of solid coalitions; Woodall,
 * "Properties of preferential election rules", Voting matters 3, 1994). So the group is sure of the
 * largest {@code j} with {@code j n < (k + 1) s}: {@code floor(((k + 1) s - 1) / n)}, at most {@code k}.
 * This is {@code floor((k + 1) s / n)} except where {@code (k + 1) s / n} is a whole number: then a group
 * of exactly {@code j} quotas' worth can tie for its last seat and is sure of one fewer (50 of 100 voters
 * for 3 seats are sure of 1 seat, not 2). The count assumes one vote for each member.
 *
 * <p>Immutable and thread-safe.
 *
 * @param className the class
 * @param members its members with a vote
 * @param voters all members with a vote, who elect the general seats
 * @param reserved the seats reserved for the class
 * @param generalSeats the seats elected by all members
 * @param sureOfGeneral the general seats the class is sure of, voting solidly
 * @param limit the most seats of the class the composition limits allow on a board of this size
 * @param boardSize the seats of the board: elected, appointed and ex officio (co-opted seats left out)
 * @since 0.1.0
 */
public record BoardCapture(
    String className, int members, int voters, int reserved, int generalSeats, int sureOfGeneral, int limit,
    int boardSize) {

  /**
   * Checks the numbers.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if a number is negative or out of range
   */
  public BoardCapture {
    Objects.requireNonNull(className, "className");
    Checks.notNegative("members", members);
    Checks.check(members <= voters, "members", members, "a class has at most the %s voters, not %s", voters, members);
    Checks.notNegative("reserved", reserved);
    Checks.notNegative("generalSeats", generalSeats);
    Checks.between("sureOfGeneral", sureOfGeneral, 0, generalSeats);
    Checks.notNegative("limit", limit);
    Checks.atLeast("boardSize", boardSize, 1);
  }

  /**
   * Returns the general seats a solid group of {@code s} of {@code n} voters is sure of in an STV count for
   * {@code k} seats: the largest {@code j} at most {@code k} with {@code j n < (k + 1) s}.
   *
   * @param s the group's voters, not negative
   * @param n all voters, at least {@code s} and at least 1
   * @param k the seats, not negative
   * @return the seats the group is sure of
   */
  public static int droopSeats(long s, long n, int k) {
    Checks.notNegative("s", s);
    Checks.atLeast("n", n, Math.max(1, s));
    Checks.notNegative("k", k);
    if (s == 0 || k == 0) {
      return 0;
    }
    long j = ((k + 1L) * s - 1) / n;
    return (int) Math.min(j, k);
  }

  /**
   * Returns the seats the class is sure of: its reserved seats and the general seats it is sure of,
   * within the composition limits.
   *
   * @return the seats
   */
  public int sureSeats() {
    return Math.min(reserved + sureOfGeneral, limit);
  }

  /**
   * Returns whether the class is sure of more than half the board.
   *
   * @return whether its sure seats are a majority
   */
  public boolean majority() {
    return 2 * sureSeats() > boardSize;
  }

  /**
   * Returns the most seats the class could hold: its reserved seats and every general seat, within the
   * limits.
   *
   * @return the seats
   */
  public int mostSeats() {
    return Math.min(reserved + generalSeats, limit);
  }

  /**
   * Returns the finding in words, with its numbers.
   *
   * @return one sentence
   */
  public String explain() {
    return className + ": " + reserved + " reserved seat" + (reserved == 1 ? "" : "s") + ", and sure of " + sureOfGeneral
        + " of " + generalSeats + " general seat" + (generalSeats == 1 ? "" : "s") + " (" + members + " of " + voters
        + " voters, solid, by the Droop quota)" + (limit < reserved + sureOfGeneral ? ", limited to " + limit : "")
        + ": " + sureSeats() + " of a board of " + boardSize + (majority() ? ", a majority" : ", no majority")
        + (!majority() && 2 * mostSeats() > boardSize ? " (a majority only with " + mostSeats() + " seats, if others "
            + "split their votes)" : "");
  }
}
