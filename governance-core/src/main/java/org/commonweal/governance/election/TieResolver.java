package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.TieBreaker;

/**
 * Breaks the ties of one count: first by the candidates' totals at earlier stages (the look-back rule),
 * then by the caller's {@link TieBreaker}, numbering the draws of the count from 1 and recording each
 * tie as a {@link Tie}.
 *
 * <p>The look-back narrows step by step: at the deciding stage only the candidates with the lowest (or
 * highest) total stay tied, and if several do, the search goes on among them. Two directions exist in
 * the rules:
 *
 * <ul>
 *   <li>{@link Direction#MOST_RECENT}: "the most recent preceding stage at which they had unequal
 *       votes" (Scottish Local Government Elections Order 2007, Sch. 1 rr. 49(2) and 50(3); most IRV
 *       ordinances);
 *   <li>{@link Direction#EARLIEST}: "the earliest point at which they had unequal votes" (ERS97 rules,
 *       5.2.3 and 5.2.5).
 * </ul>
 *
 * <p>Package-private and mutable (the draw counter): one instance per count, not shared between threads.
 */
final class TieResolver {

  /** Which earlier stage the look-back consults first. */
  enum Direction {
    MOST_RECENT,
    EARLIEST,
    /** No look-back: straight to the lot. */
    NONE
  }

  /** The totals of earlier stages, for comparing tied candidates. */
  interface History {
    /** Number of earlier stages available (stage numbers 1 .. stages()). */
    int stages();

    /** Compares candidates {@code a} and {@code b} (indices) by their totals at stage {@code stage}. */
    int compare(int stage, int a, int b);
  }

  private final TieBreaker tieBreaker;
  private final List<Candidate> candidates;
  private int draws;

  TieResolver(TieBreaker tieBreaker, List<Candidate> candidates) {
    this.tieBreaker = tieBreaker;
    this.candidates = candidates;
  }

  /** The candidate with this index in the resolver's list. */
  Candidate candidate(int index) {
    return candidates.get(index);
  }

  /** The number of lots drawn so far in this count. */
  int draws() {
    return draws;
  }

  /**
   * Decides which of the tied candidates is singled out: the lowest (to be excluded) or the highest (to
   * go first).
   *
   * @param stage the stage at which the tie arose
   * @param purpose what the tie is for, for the report
   * @param tied candidate indices, in ballot-paper order, at least two
   * @param history earlier stages' totals
   * @param direction where the look-back starts
   * @param lowest true to single out the lowest, false the highest
   * @return the tie, whose {@link Tie#order()} ends with the lowest or starts with the highest
   */
  Tie resolve(int stage, String purpose, int[] tied, History history, Direction direction, boolean lowest) {
    List<Integer> remaining = new ArrayList<>();
    for (int t : tied) {
      remaining.add(t);
    }
    int deciding = 0;
    if (direction != Direction.NONE) {
      int n = history.stages();
      for (int k = 0; k < n && remaining.size() > 1; k++) {
        int s = direction == Direction.MOST_RECENT ? n - k : k + 1;
        int extreme = remaining.get(0);
        boolean allEqual = true;
        for (int c : remaining) {
          int cmp = history.compare(s, c, extreme);
          if (cmp != 0) {
            allEqual = false;
          }
          if (lowest ? cmp < 0 : cmp > 0) {
            extreme = c;
          }
        }
        if (allEqual) {
          continue;
        }
        List<Integer> next = new ArrayList<>();
        for (int c : remaining) {
          if (history.compare(s, c, extreme) == 0) {
            next.add(c);
          }
        }
        remaining = next;
        deciding = s;
      }
    }
    ImmutableList<Candidate> tiedCandidates = names(tied);
    String who = namesOf(tiedCandidates);
    Tie.Builder tie = Tie.builder().stage(stage).purpose(purpose).addAllTied(tiedCandidates);
    int chosen;
    String why;
    if (remaining.size() == 1) {
      chosen = remaining.get(0);
      tie.decidedBy(Tie.DecidedBy.EARLIER_STAGE).decidingStage(deciding);
      why =
          (direction == Direction.MOST_RECENT ? "at stage " + deciding + ", the most recent where they differed, "
              : "at stage " + deciding + ", the earliest where they differed, ")
              + candidates.get(chosen)
              + (lowest ? " had the fewest votes" : " had the most votes");
    } else {
      List<Candidate> lot = new ArrayList<>();
      for (int c : remaining) {
        lot.add(candidates.get(c));
      }
      Draw<Candidate> draw = tieBreaker.draw(++draws, lot);
      Candidate picked = lowest ? draw.last() : draw.first();
      chosen = candidates.indexOf(picked);
      tie.decidedBy(Tie.DecidedBy.LOT).draw(draw);
      why =
          (deciding > 0
                  ? "still tied after stage " + deciding + "; "
                  : direction == Direction.NONE ? "" : "equal at every earlier stage; ")
              + "lot "
              + draw.number()
              + " ("
              + draw.method()
              + ") picked "
              + picked;
    }
    List<Candidate> order = new ArrayList<>();
    Candidate chosenCandidate = candidates.get(chosen);
    if (!lowest) {
      order.add(chosenCandidate);
    }
    for (Candidate c : tiedCandidates) {
      if (!c.equals(chosenCandidate)) {
        order.add(c);
      }
    }
    if (lowest) {
      order.add(chosenCandidate);
    }
    return tie.order(order)
        .explanation(who + " tied for " + purpose + "; " + why + ".")
        .build();
  }

  /**
   * Draws a whole order of the given candidates by lot (for example Tideman's tie-breaking ranking of
   * the candidates in Ranked Pairs) and records it as a tie decided by lot.
   *
   * @param stage the stage at which the order is needed
   * @param purpose what the order is for, for the report
   * @param tied candidate indices, in ballot-paper order, at least two
   * @return the tie, whose {@link Tie#order()} is the drawn order
   */
  Tie drawOrder(int stage, String purpose, int[] tied) {
    ImmutableList<Candidate> tiedCandidates = names(tied);
    Draw<Candidate> draw = tieBreaker.draw(++draws, tiedCandidates);
    return Tie.builder()
        .stage(stage)
        .purpose(purpose)
        .addAllTied(tiedCandidates)
        .decidedBy(Tie.DecidedBy.LOT)
        .draw(draw)
        .order(draw.order())
        .explanation(
            "lot " + draw.number() + " (" + draw.method() + ") ordered " + namesOf(draw.order()) + " for " + purpose + ".")
        .build();
  }

  /** The candidate singled out by a tie from {@link #resolve}. */
  static Candidate singledOut(Tie tie, boolean lowest) {
    return lowest ? tie.order().get(tie.order().size() - 1) : tie.order().get(0);
  }

  private ImmutableList<Candidate> names(int[] indices) {
    ImmutableList.Builder<Candidate> b = ImmutableList.builderWithExpectedSize(indices.length);
    for (int i : indices) {
      b.add(candidates.get(i));
    }
    return b.build();
  }

  /** The candidates' names, joined by commas, for an explanation. */
  private static String namesOf(List<Candidate> candidates) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < candidates.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(candidates.get(i).name());
    }
    return s.toString();
  }
}
