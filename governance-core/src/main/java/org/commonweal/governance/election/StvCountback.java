package org.commonweal.governance.election;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.StvLedger.Status;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.FixedDecimal;

/**
 * The countback as an STV rule on the count driver: the papers of a member who has left, each at the
 * value it kept for them, re-counted among other candidates as an instant-runoff to fill the vacancy.
 * A candidate with more than half of the value of the papers not exhausted is elected, or the last one
 * left; otherwise the lowest is excluded (ties by the original rule's look-back, then by lot) and their
 * papers move on at their values. See {@link StvMethod#countback}.
 *
 * <p>Cost: the original count, then per stage one pass over the tree nodes holding the papers moved.
 * Package-private; one instance per countback, not thread-safe.
 */
final class StvCountback extends StvRule {

  /** A member's papers at the end of a count: parcels of tree nodes, each at the value it kept. */
  static final class Papers {
    final StvTree tree;
    final int scale;
    final int display;
    final List<StvParcel> parcels;
    /** The look-back of the rule that counted them, for the countback's ties. */
    final TieResolver.Direction lookBack;

    Papers(StvTree tree, int scale, int display, List<StvParcel> parcels, TieResolver.Direction lookBack) {
      this.tree = tree;
      this.scale = scale;
      this.display = display;
      this.parcels = parcels;
      this.lookBack = lookBack;
    }
  }

  /** Checks that a member was elected by a result. */
  static void checkElected(ElectionResult result, Candidate member) {
    Checks.check(
        result.elected().contains(member),
        "vacating",
        member,
        "\"%s\" was not elected under %s, so has no papers to count back",
        member,
        result.method());
  }

  /** Counts the election under the rule, then counts back the member's papers among the candidates. */
  static ElectionResult count(
      StvMethod rule, Election election, Candidate vacating, Collection<Candidate> candidates, TieBreaker tieBreaker) {
    int member = election.indexOf(vacating);
    Checks.check(!candidates.isEmpty(), "candidates", candidates, "a countback needs at least one candidate");
    Set<Integer> taking = new LinkedHashSet<>();
    for (Candidate c : candidates) {
      int i = election.indexOf(c);
      Checks.check(i != member, "candidates", c, "the vacating member \"%s\" cannot stand in their own countback", c);
      Checks.check(!election.withdrawn().contains(c), "candidates", c, "\"%s\" withdrew from the election", c);
      taking.add(i);
    }
    Papers papers = rule.run(election, tieBreaker).papersOf(vacating);
    return StvCount.run(
            election,
            papers.tree,
            papers.scale,
            1,
            tieBreaker,
            count -> new StvCountback(count, rule.name(), vacating, taking, papers))
        .result();
  }

  private final String ruleName;
  private final Candidate vacating;
  private final Papers papers;
  private long paperCount;
  /** More than half of the value still counting, at the last decision point. */
  private Fraction threshold = Fraction.ZERO;

  private StvCountback(StvCount count, String ruleName, Candidate vacating, Set<Integer> taking, Papers papers) {
    super(count);
    this.ruleName = ruleName;
    this.vacating = vacating;
    this.papers = papers;
    ledger.standOnly(taking);
  }

  @Override
  String name() {
    return ruleName;
  }

  @Override
  String method() {
    return ruleName + " countback";
  }

  @Override
  String title() {
    String title = count.election.title();
    return title.isEmpty() ? "Countback for " + vacating : title + ": countback for " + vacating;
  }

  @Override
  BallotAccount account() {
    return BallotAccount.of(paperCount, paperCount, Map.of());
  }

  @Override
  boolean totalsArePapers() {
    return false;
  }

  @Override
  int decimals() {
    return papers.display;
  }

  @Override
  TieResolver.Direction lookBack() {
    return papers.lookBack;
  }

  @Override
  Fraction quota() {
    return threshold;
  }

  @Override
  String remainingNote() {
    return "Only one candidate is left.";
  }

  @Override
  boolean step(Move move) {
    switch (move.kind()) {
      case FIRST_COUNT -> {
        FixedDecimal start = ledger.valueOf(papers.parcels);
        for (StvParcel p : papers.parcels) {
          paperCount += p.papers;
        }
        StvLedger.Moved first = ledger.move(papers.parcels, v -> v, 1, 0);
        ledger.credit(first);
        ledger.addExhausted(first.ntValue);
        count
            .stage()
            .kind(Stage.Kind.FIRST_COUNT)
            .description(
                "Papers of "
                    + vacating
                    + " ("
                    + paperCount
                    + " papers worth "
                    + count.show(start)
                    + ") counted at their next preferences");
      }
      case EXCLUSION -> exclusion();
      default -> throw new AssertionError(move);
    }
    return false;
  }

  /** Elects a candidate with more than half of the value still counting. */
  @Override
  void elect() {
    List<Integer> hopeful = count.continuing();
    FixedDecimal live = FixedDecimal.zero(papers.scale);
    for (int c : hopeful) {
      live = live.plus(ledger.total(c));
    }
    threshold = live.toFraction().dividedBy(2);
    count.stage().quota(threshold);
    for (int c : hopeful) {
      if (ledger.total(c).toFraction().isGreaterThan(threshold)) {
        count.elect(c);
        return;
      }
    }
  }

  /** The lowest candidate's exclusion. */
  @Override
  Move next() {
    return Move.of(Move.Kind.EXCLUSION);
  }

  private void exclusion() {
    int number = count.stageNumber();
    Stage.Builder stage = count.stage().kind(Stage.Kind.EXCLUSION);
    List<Integer> low = ledger.lowest(Status.HOPEFUL);
    int x = low.get(0);
    if (low.size() > 1) {
      Tie tie = count.breakTie(number, "exclusion", low, true);
      stage.addTies(tie);
      x = count.singledOut(tie, true);
    }
    Candidate out = ledger.candidates.get(x);
    FixedDecimal had = ledger.total(x);
    ledger.exclude(x);
    ledger.transferAll(x, number);
    stage.addSubjects(out).addExcluded(out).description("Exclusion of " + out + " (" + count.show(had) + ")");
  }
}
