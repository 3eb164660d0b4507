package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.StvLedger.Status;
import org.commonweal.governance.internal.FixedDecimal;

/**
 * The mechanics of a countback: the papers of a member who has left, re-counted among other candidates
 * to fill the vacancy. See {@link StvMethod#countback}.
 *
 * <p>Package-private; stateless.
 */
final class StvCountback {
  private StvCountback() {}

  /** A member's papers at the end of a count: parcels of tree nodes, each at the value it kept. */
  static final class Papers {
    final StvTree tree;
    final int scale;
    final int display;
    final List<StvParcel> parcels;

    Papers(StvTree tree, int scale, int display, List<StvParcel> parcels) {
      this.tree = tree;
      this.scale = scale;
      this.display = display;
      this.parcels = parcels;
    }
  }

  /** Checks that a member was elected by a result. */
  static void checkElected(ElectionResult result, Candidate member) {
    if (!result.elected().contains(member)) {
      throw new InvalidValueException(
          "vacating",
          member,
          "\"" + member + "\" was not elected under " + result.method() + ", so has no papers to count back");
    }
  }

  static ElectionResult count(
      StvMethod rule, Election election, Candidate vacating, Collection<Candidate> candidates, TieBreaker tieBreaker) {
    int member = election.indexOf(vacating);
    if (candidates.isEmpty()) {
      throw new InvalidValueException("candidates", candidates, "a countback needs at least one candidate");
    }
    Set<Integer> taking = new LinkedHashSet<>();
    for (Candidate c : candidates) {
      int i = election.indexOf(c);
      if (i == member) {
        throw new InvalidValueException(
            "candidates", c, "the vacating member \"" + c + "\" cannot stand in their own countback");
      }
      if (election.withdrawn().contains(c)) {
        throw new InvalidValueException("candidates", c, "\"" + c + "\" withdrew from the election");
      }
      taking.add(i);
    }
    Papers papers = rule.papersOf(election, vacating, tieBreaker);
    StvLedger ledger = new StvLedger(election, papers.tree, papers.scale);
    for (int c = 0; c < ledger.n; c++) {
      ledger.status[c] = taking.contains(c) ? Status.HOPEFUL : Status.WITHDRAWN;
    }
    TieResolver ties = new TieResolver(tieBreaker, election.candidates());
    FixedDecimal start = ledger.valueOf(papers.parcels);
    long paperCount = 0;
    for (StvParcel p : papers.parcels) {
      paperCount += p.papers;
    }
    StvLedger.Moved first = ledger.move(papers.parcels, v -> v, 1, 0);
    ledger.credit(first);
    ledger.exhausted = first.ntValue;
    Stage.Builder stage =
        Stage.builder()
            .kind(Stage.Kind.FIRST_COUNT)
            .description(
                "Papers of "
                    + vacating
                    + " ("
                    + StvLedger.papers(paperCount)
                    + " papers worth "
                    + StvLedger.show(start, papers.display)
                    + ") counted at their next preferences");
    while (true) {
      List<Integer> hopeful = ledger.with(Status.HOPEFUL);
      FixedDecimal live = FixedDecimal.zero(papers.scale);
      for (int c : hopeful) {
        live = live.plus(ledger.total[c]);
      }
      Fraction threshold = live.toFraction().dividedBy(2);
      stage.quota(threshold);
      int best = -1;
      for (int c : hopeful) {
        if (ledger.total[c].toFraction().isGreaterThan(threshold)) {
          best = c;
        }
      }
      if (best < 0 && hopeful.size() == 1) {
        best = hopeful.get(0);
        stage.addNotes("Only one candidate is left.");
      }
      if (best >= 0) {
        Candidate winner = election.candidates().get(best);
        ledger.status[best] = Status.ELECTED;
        ledger.elected.add(best);
        stage.addElected(winner);
        ledger.record(stage);
        CountReport report =
            CountReport.builder()
                .ballots(BallotAccount.of(paperCount, paperCount, Map.of()))
                .stages(ledger.stages)
                .totalsArePapers(false)
                .decimals(papers.display)
                .build();
        return ElectionResult.builder()
            .method(rule.name() + " countback")
            .title(
                election.title().isEmpty()
                    ? "Countback for " + vacating
                    : election.title() + ": countback for " + vacating)
            .seats(1)
            .addElected(winner)
            .quota(threshold)
            .report(report)
            .build();
      }
      ledger.record(stage);
      int number = ledger.nextStage();
      stage = Stage.builder().kind(Stage.Kind.EXCLUSION);
      List<Integer> low = ledger.lowest(Status.HOPEFUL);
      int x = low.get(0);
      if (low.size() > 1) {
        int[] tied = low.stream().mapToInt(Integer::intValue).sorted().toArray();
        Tie tie = ties.resolve(number, "exclusion", tied, ledger.historyView(), rule.lookBack(), true);
        stage.addTies(tie);
        x = election.indexOf(TieResolver.singledOut(tie, true));
      }
      Candidate out = election.candidates().get(x);
      FixedDecimal had = ledger.total[x];
      ledger.status[x] = Status.EXCLUDED;
      StvLedger.Moved m = ledger.move(ledger.holdings.get(x), v -> v, number, 0);
      ledger.credit(m);
      ledger.exhausted = ledger.exhausted.plus(m.ntValue);
      ledger.total[x] = FixedDecimal.zero(papers.scale);
      ledger.holdings.get(x).clear();
      stage
          .addSubjects(out)
          .addExcluded(out)
          .description("Exclusion of " + out + " (" + StvLedger.show(had, papers.display) + ")");
    }
  }
}
