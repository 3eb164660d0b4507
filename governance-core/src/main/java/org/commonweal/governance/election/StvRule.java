package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.jspecify.annotations.Nullable;

/**
 * The decisions that make one STV rule, plugged into the count driver {@link StvCount}: the quota, who
 * is elected when, how papers move on, whom to exclude, the look-back of ties and the figures each
 * stage shows. The driver owns the loop, the ledger of papers, ties, the stage records and the result;
 * a rule only decides and moves papers through the ledger's methods.
 *
 * <p>The driver repeats: the rule carries out a {@link Move} one {@link #step} at a time (a transfer,
 * one batch of an exclusion, or a run of Meek's keep-value iterations), reaching a decision point after
 * each; there the driver marks the totals for the look-back, and the rule {@link #elect}s whom the
 * point elects; when the seats are filled, or the continuing candidates are no more than the seats
 * left (who are then elected, the rule's {@link #remainingNote()} saying so), the count ends; otherwise
 * the rule chooses the {@link #next()} move. A move opens a new stage unless the rule carries it out
 * within the stage it decided it in (Meek's exclusion after the iterations that settled).
 *
 * <p>Implementations: {@link GregoryRule} (Scottish STV and WIGM), {@link Ers97Rule}, {@link MeekRule}
 * and {@link StvCountback} (the countback, an instant-runoff over one member's papers). A new variant
 * is one such class and its contract test. One instance per count; not thread-safe.
 */
abstract class StvRule {

  /** What the count does next, as the rule decides it at a decision point. */
  record Move(Kind kind, boolean withinStage, ImmutableList<Integer> subjects, @Nullable Tie tie) {
    /** The kinds of move. */
    enum Kind {
      /** Dealing the first preferences (or, in a countback, the member's papers). */
      FIRST_COUNT,
      /** Transferring a surplus. */
      SURPLUS,
      /** Excluding candidates and moving their papers. */
      EXCLUSION,
      /** Iterating keep values to the next decision point (Meek). */
      ITERATION,
      /** Nothing: the count ends. */
      END
    }

    static final Move FIRST = new Move(Kind.FIRST_COUNT, false, ImmutableList.of(), null);
    static final Move END = new Move(Kind.END, false, ImmutableList.of(), null);

    /** A move with nothing chosen yet: the rule chooses when it carries it out. */
    static Move of(Kind kind) {
      return new Move(kind, false, ImmutableList.of(), null);
    }

    /** A move in a new stage, on the given candidates, with the tie that chose them (recorded in it). */
    static Move of(Kind kind, List<Integer> subjects, @Nullable Tie tie) {
      return new Move(kind, false, ImmutableList.copyOf(subjects), tie);
    }

    /** The same move, carried out in the stage that decided it. */
    Move inSameStage() {
      return new Move(kind, true, subjects, tie);
    }
  }

  /** The driver of the count. */
  final StvCount count;

  /** The papers and totals. */
  final StvLedger ledger;

  StvRule(StvCount count) {
    this.count = count;
    this.ledger = count.ledger;
  }

  /** The name of the rule, as results show it. */
  abstract String name();

  /** The places of the rule's values, for reports. */
  abstract int decimals();

  /** Which earlier totals decide a tie first. */
  abstract TieResolver.Direction lookBack();

  /**
   * Whether the look-back consults every decision point (ERS97's "points of the count": each surplus
   * and each batch of an exclusion) rather than the end of each stage.
   */
  boolean lookBackByPoint() {
    return false;
  }

  /** The batch of an exclusion that the last step moved (1 for the first), 0 if the move has none. */
  int batch() {
    return 0;
  }

  /**
   * Carries out one step of a move, {@link Move#FIRST} first.
   *
   * @return whether the move has further steps (batches) to carry out
   */
  abstract boolean step(Move move);

  /** Elects, through the driver, whom the decision point just reached elects. */
  abstract void elect();

  /**
   * Chooses the next move, while seats are left and the continuing candidates outnumber them; {@link
   * Move#END} if the rule ends the count itself (it then elects through the driver).
   */
  abstract Move next();

  /**
   * The move that excludes at once the candidates the limits of a constrained count doom, in a stage of
   * its own, their papers moving on as in any exclusion. A rule whose exclusion takes its candidates
   * from the move needs nothing more.
   */
  Move excludeDoomed(List<Integer> doomed) {
    return Move.of(Move.Kind.EXCLUSION, doomed, null);
  }

  /** Adds the rule's own figures (its quota, keep values) to the stage about to be recorded. */
  void annotate(Stage.Builder stage) {}

  /** The note for a stage in which the continuing candidates fill the seats left. */
  abstract String remainingNote();

  /** The quota the result states. */
  abstract Fraction quota();

  /** The papers a member holds at the end of the count, each at the value it kept for them. */
  List<StvParcel> papersOf(int member) {
    return ledger.holdings(member);
  }

  /** The name of the method for the result. */
  String method() {
    return name();
  }

  /** The title of the result. */
  String title() {
    return count.election.title();
  }

  /** What became of every paper counted. */
  BallotAccount account() {
    return count.election.rankedProfile().account();
  }

  /** Whether the totals count the papers of the whole poll, so that conservation applies. */
  boolean totalsArePapers() {
    return true;
  }
}
