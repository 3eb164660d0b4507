package org.commonweal.governance.election;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.jspecify.annotations.Nullable;

/**
 * The one-stage counts that elect the candidates with the highest totals (plurality, block voting,
 * approval, Borda, score): one stage with every total, the winners, and any tie for the last seat.
 *
 * <pre>{@code
 * return Ranking.electHighest(this, election, tieBreaker,
 *     Ranking.Counted.builder()
 *         .ballots(marks.account)
 *         .description("Votes counted")
 *         .totals(votes)
 *         .build());
 * }</pre>
 *
 * <p>Package-private and stateless.
 */
final class Ranking {
  private Ranking() {}

  /**
   * What a one-stage count found, as its report shows it: the account of papers, what the stage did,
   * every candidate's total, the papers exhausted, whether the totals are papers (so that the report can
   * check that they add up to the valid poll), notes, and the decimal places totals are shown to.
   *
   * <p>Built by name, so that a caller cannot swap two totals or two flags by position. Immutable: the
   * totals are copied when it is built.
   */
  static final class Counted {
    private final BallotAccount ballots;
    private final String description;
    private final Fraction[] totals;
    private final Fraction exhausted;
    private final boolean totalsArePapers;
    private final ImmutableList<String> notes;
    private final int decimals;

    private Counted(Builder b) {
      this.ballots = requireNonNull(b.ballots, "ballots");
      this.description = requireNonNull(b.description, "description");
      this.totals = requireNonNull(b.totals, "totals").clone();
      this.exhausted = b.exhausted;
      this.totalsArePapers = b.totalsArePapers;
      this.notes = b.notes;
      this.decimals = b.decimals;
    }

    /** Starts a description of a count: papers, description and totals are required. */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Counted}; not thread-safe. */
    static final class Builder {
      private @Nullable BallotAccount ballots;
      private @Nullable String description;
      private Fraction @Nullable [] totals;
      private Fraction exhausted = Fraction.ZERO;
      private boolean totalsArePapers;
      private ImmutableList<String> notes = ImmutableList.of();
      private int decimals;

      private Builder() {}

      /** The account of papers: valid, rejected and why. Required. */
      Builder ballots(BallotAccount account) {
        this.ballots = account;
        return this;
      }

      /** What the stage did, for example "First preferences counted". Required. */
      Builder description(String text) {
        this.description = text;
        return this;
      }

      /** Each candidate's total, indexed as {@link Election#candidates()}. Required. */
      Builder totals(Fraction[] byCandidate) {
        this.totals = byCandidate;
        return this;
      }

      /** The papers exhausted; zero unless given. */
      Builder exhausted(Fraction papers) {
        this.exhausted = papers;
        return this;
      }

      /** Whether the totals are papers (one vote per paper), so that conservation can be checked. */
      Builder totalsArePapers(boolean papers) {
        this.totalsArePapers = papers;
        return this;
      }

      /** Notes for the stage, before the one that names the elected; none unless given. */
      Builder notes(List<String> lines) {
        this.notes = ImmutableList.copyOf(lines);
        return this;
      }

      /** The decimal places the report shows totals to; 0 (whole numbers) unless given. */
      Builder decimals(int places) {
        this.decimals = places;
        return this;
      }

      Counted build() {
        return new Counted(this);
      }
    }
  }

  /**
   * Elects the candidates with the highest totals to the election's seats, a tie for the last seat
   * decided by the lot, and reports the count as one stage.
   *
   * @param method the method counting, whose name the result carries
   * @param election the election
   * @param tieBreaker the lot
   * @param counted what the count found
   * @return the result
   */
  static ElectionResult electHighest(ElectionMethod method, Election election, TieBreaker tieBreaker, Counted counted) {
    int[] standing = Counting.standingIndices(election);
    TieResolver resolver = new TieResolver(tieBreaker, election.candidates());
    Counting.Choice choice =
        Counting.highest(
            resolver,
            Counting.NO_HISTORY,
            TieResolver.Direction.NONE,
            1,
            election.seats() == 1 ? "the seat" : "the last seat",
            counted.totals,
            standing,
            election.seats());
    ImmutableList<Candidate> elected = Counting.candidates(election.candidates(), choice.chosen());
    Stage stage =
        Stage.builder()
            .number(1)
            .kind(Stage.Kind.FIRST_COUNT)
            .description(counted.description)
            .totals(Counting.totals(election, counted.totals))
            .exhausted(counted.exhausted)
            .elected(elected)
            .ties(choice.ties())
            .addAllNotes(counted.notes)
            .addNotes(electedNote(elected))
            .build();
    return ElectionResult.builder()
        .method(method.name())
        .title(election.title())
        .seats(election.seats())
        .elected(elected)
        .report(
            CountReport.builder()
                .ballots(counted.ballots)
                .addStages(stage)
                .totalsArePapers(counted.totalsArePapers)
                .decimals(counted.decimals)
                .build())
        .build();
  }

  private static String electedNote(List<Candidate> elected) {
    if (elected.isEmpty()) {
      return "No candidate is standing";
    }
    boolean one = elected.size() == 1;
    return Counting.names(elected) + (one ? " has" : " have") + " the highest total" + (one ? "" : "s") + " and " + (one ? "is" : "are") + " elected";
  }
}
