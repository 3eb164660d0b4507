package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * Who was elected, under which method, and the {@link CountReport} that shows why.
 *
 * <pre>{@code
 * ElectionResult result = method.count(election, TieBreaker.seeded(2026));
 * result.elected();                 // in order of election
 * result.report().stages();         // every stage, with every total
 * }</pre>
 *
 * <p>A result whose count had no valid paper, or left seats unfilled, says so in its report's {@link
 * CountReport#notes() notes} ({@value #NO_VALID_PAPERS}; {@code "2 seats unfilled"}): the result itself
 * stays as the rule gives it (seats filled by a recorded lot where the rule says so). The notes are added
 * when the result is built, whichever method built it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ElectionResult {
  /** The note of a count that had no valid paper to count. */
  public static final String NO_VALID_PAPERS = "no valid papers";

  ElectionResult() {}

  /**
   * Returns the name of the method that counted, for example {@code "scottish-stv"}.
   *
   * @return the method's name
   */
  public abstract String method();

  /**
   * Returns the title of the election counted.
   *
   * @return the title, possibly empty
   */
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * Returns the number of seats filled (or to be filled).
   *
   * @return the seats
   */
  public abstract int seats();

  /**
   * Returns the candidates elected, in order of election; candidates elected at the same stage by
   * higher total first, then in ballot-paper order.
   *
   * @return the elected candidates
   */
  public abstract ImmutableList<Candidate> elected();

  /**
   * Returns the quota, for methods that have one (for Meek, the final quota).
   *
   * @return the quota, or empty
   */
  public abstract Optional<Fraction> quota();

  /**
   * Returns the full report of the count.
   *
   * @return the report
   */
  public abstract CountReport report();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ElectionResult}. */
  public static final class Builder extends ImmutableElectionResult.Builder {
    Builder() {}
  }

  /**
   * Checks the result, and adds to its report the notes every result owes: no valid papers, seats
   * unfilled.
   */
  @Value.Check
  ElectionResult check() {
    Checks.atLeast("seats", seats(), 1);
    Checks.check(
        elected().size() <= seats(), "elected", elected(), "%s candidates elected to %s seats", elected().size(), seats());
    Checks.check(
        ImmutableSet.copyOf(elected()).size() == elected().size(),
        "elected",
        elected(),
        "a candidate is elected twice: %s",
        elected());
    List<String> due = new ArrayList<>();
    if (report().ballots().valid() == 0) {
      due.add(NO_VALID_PAPERS);
    }
    int unfilled = seats() - elected().size();
    if (unfilled > 0) {
      due.add(Counting.number(unfilled) + (unfilled == 1 ? " seat unfilled" : " seats unfilled"));
    }
    due.removeAll(report().notes());
    if (due.isEmpty()) {
      return this;
    }
    CountReport noted = CountReport.builder().from(report()).addAllNotes(due).build();
    return builder().from(this).report(noted).build();
  }
}
