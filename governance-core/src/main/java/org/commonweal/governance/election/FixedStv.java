package org.commonweal.governance.election;

import java.util.function.BiFunction;
import org.commonweal.governance.base.TieBreaker;
import org.jspecify.annotations.Nullable;

/**
 * An STV rule whose text fixes its settings, ERS97 among them: its name, the places of its values and
 * how it reads a rank holding several candidates, with the {@link StvRule} that makes its decisions. A
 * new rule without settings of its own is its rule class and one such value in {@link StvMethods}.
 *
 * <p>Cost: see each rule in {@link StvMethods}. At most {@value StvMethods#MAX_CANDIDATES} candidates
 * may be listed, withdrawn ones included; a larger election is refused before any work ({@link
 * org.commonweal.governance.base.LimitExceededException}).
 *
 * <p>Package-private: users reach each rule through {@link StvMethods}. Immutable and thread-safe.
 */
final class FixedStv extends StvMethod {
  /** ERS97 (How to conduct an election by the Single Transferable Vote, 3rd edition, 1997). */
  static final FixedStv ERS97 =
      new FixedStv("ers97", Ers97Rule.PLACES, StvTree.EqualPreferences.END_OF_PAPER, Ers97Rule::new);

  private final String name;
  private final int places;
  private final StvTree.EqualPreferences reading;
  private final BiFunction<FixedStv, StvCount, StvRule> rule;

  FixedStv(
      String name, int places, StvTree.EqualPreferences reading, BiFunction<FixedStv, StvCount, StvRule> rule) {
    this.name = name;
    this.places = places;
    this.reading = reading;
    this.rule = rule;
  }

  @Override
  public String name() {
    return name;
  }

  /** The places of every value. */
  int places() {
    return places;
  }

  @Override
  StvCount run(Election election, TieBreaker tieBreaker, @Nullable SeatLimits limits) {
    StvTree tree = StvTree.of(election.rankedProfile(), reading);
    return StvCount.run(
        election, tree, places, election.seats(), tieBreaker, count -> rule.apply(this, count), limits);
  }
}
