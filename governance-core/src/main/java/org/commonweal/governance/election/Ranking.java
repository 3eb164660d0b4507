package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;

/**
 * The one-stage counts that elect the candidates with the highest totals (plurality, block voting,
 * approval, Borda, score): one stage with every total, the winners, and any tie for the last seat.
 *
 * <p>Package-private and stateless.
 */
final class Ranking {
  private Ranking() {}

  static ElectionResult electHighest(
      ElectionMethod method,
      Election election,
      TieBreaker tieBreaker,
      BallotAccount account,
      String description,
      Fraction[] totals,
      Fraction exhausted,
      boolean totalsArePapers,
      List<String> notes) {
    return electHighest(method, election, tieBreaker, account, description, totals, exhausted, totalsArePapers, notes, 0);
  }

  static ElectionResult electHighest(
      ElectionMethod method,
      Election election,
      TieBreaker tieBreaker,
      BallotAccount account,
      String description,
      Fraction[] totals,
      Fraction exhausted,
      boolean totalsArePapers,
      List<String> notes,
      int decimals) {
    int[] standing = Counting.standingIndices(election);
    TieResolver resolver = new TieResolver(tieBreaker, election.candidates());
    Counting.Choice choice =
        Counting.highest(
            resolver,
            Counting.NO_HISTORY,
            TieResolver.Direction.NONE,
            1,
            election.seats() == 1 ? "the seat" : "the last seat",
            totals,
            standing,
            election.seats());
    ImmutableList<Candidate> elected = Counting.candidates(election.candidates(), choice.chosen());
    Stage stage =
        Stage.builder()
            .number(1)
            .kind(Stage.Kind.FIRST_COUNT)
            .description(description)
            .totals(Counting.totals(election, totals))
            .exhausted(exhausted)
            .elected(elected)
            .ties(choice.ties())
            .addAllNotes(notes)
            .addNotes(
                elected.isEmpty()
                    ? "No candidate is standing"
                    : Counting.names(elected) + (elected.size() == 1 ? " has" : " have") + " the highest total" + (elected.size() == 1 ? "" : "s") + " and " + (elected.size() == 1 ? "is" : "are") + " elected")
            .build();
    return ElectionResult.builder()
        .method(method.name())
        .title(election.title())
        .seats(election.seats())
        .elected(elected)
        .report(
            CountReport.builder()
                .ballots(account)
                .addStages(stage)
                .totalsArePapers(totalsArePapers)
                .decimals(decimals)
                .build())
        .build();
  }
}
