package org.commonweal.governance.election;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.FixedDecimal;

/**
 * The decisions of the weighted inclusive Gregory family (Scottish STV and WIGM, settings in {@link
 * WigmStv}): a candidate is elected on reaching the quota, the highest first; every paper of the
 * candidate with the largest surplus moves on at "surplus times the paper's value divided by the
 * candidate's total", one surplus a stage; with no surplus, the lowest candidate is excluded and their
 * papers move on at their values; ties by the most recent stage at which the candidates differed.
 *
 * <p>Cost: per stage one pass over the tree nodes holding the papers moved ({@link StvLedger#move}).
 * Package-private; one instance per count, not thread-safe.
 */
final class GregoryRule extends StvRule {
  private final WigmStv settings;
  private final FixedDecimal quota;
  /** Elected candidates whose surplus has not been transferred, in order of election. */
  private final List<Integer> pending = new ArrayList<>();

  GregoryRule(WigmStv settings, StvCount count) {
    super(count);
    this.settings = settings;
    this.quota = quotaOf(settings, ledger.tree.valid, count.seats);
  }

  /**
   * The whole-number Droop quota floor(V / (seats + 1)) + 1, or V / (seats + 1) rounded down plus one
   * unit of the last significant place.
   */
  private static FixedDecimal quotaOf(WigmStv settings, long valid, int seats) {
    int scale = settings.scale();
    if (settings.wholeQuota()) {
      return FixedDecimal.of(valid / (seats + 1L) + 1, scale);
    }
    FixedDecimal exact = FixedDecimal.of(Fraction.of(valid, seats + 1L), scale, RoundingMode.DOWN);
    return exact.plus(FixedDecimal.ofUnits(BigInteger.TEN.pow(scale - settings.decimals()), scale));
  }

  @Override
  String name() {
    return settings.name();
  }

  @Override
  int decimals() {
    return settings.decimals();
  }

  @Override
  TieResolver.Direction lookBack() {
    return TieResolver.Direction.MOST_RECENT;
  }

  @Override
  Fraction quota() {
    return quota.toFraction();
  }

  @Override
  String remainingNote() {
    return "The continuing candidates are no more than the vacancies left: they are elected without further transfer.";
  }

  @Override
  boolean step(Move move) {
    switch (move.kind()) {
      case FIRST_COUNT -> {
        ledger.firstCount();
        count.stage().kind(Stage.Kind.FIRST_COUNT).description("First preferences; quota " + count.show(quota));
      }
      case SURPLUS -> surplus();
      case EXCLUSION -> {
        if (move.subjects().isEmpty()) {
          exclusion();
        } else {
          doomedExclusion(move.subjects());
        }
      }
      default -> throw new AssertionError(move);
    }
    return false;
  }

  /** Elects every continuing candidate at or above the quota, the highest first. */
  @Override
  void elect() {
    List<Integer> reached = new ArrayList<>();
    for (int c : count.continuing()) {
      if (ledger.total(c).compareTo(quota) >= 0) {
        reached.add(c);
      }
    }
    reached.sort(ledger.byTotalDescending());
    for (int c : reached) {
      if (count.elect(c) && ledger.total(c).compareTo(quota) > 0) {
        pending.add(c);
      }
    }
  }

  /** The largest surplus waiting, if any; else the lowest candidate's exclusion. */
  @Override
  Move next() {
    return Move.of(pending.isEmpty() ? Move.Kind.EXCLUSION : Move.Kind.SURPLUS);
  }

  private void surplus() {
    int number = count.stageNumber();
    Stage.Builder stage = count.stage().kind(Stage.Kind.SURPLUS);
    int x = pending.get(0);
    List<Integer> top = new ArrayList<>();
    for (int c : pending) {
      int cmp = ledger.total(c).compareTo(ledger.total(x));
      if (cmp > 0) {
        x = c;
        top.clear();
        top.add(c);
      } else if (cmp == 0) {
        top.add(c);
      }
    }
    if (top.size() > 1) {
      Tie tie = count.breakTie(number, "order of surpluses", top, false);
      stage.addTies(tie);
      x = count.singledOut(tie, false);
    }
    pending.remove(Integer.valueOf(x));
    FixedDecimal t = ledger.total(x);
    FixedDecimal s = t.minus(quota);
    Map<FixedDecimal, FixedDecimal> tvs = new LinkedHashMap<>();
    List<StvParcel> parcels = ledger.holdings(x);
    StvLedger.Moved m =
        ledger.move(
            parcels, v -> tvs.computeIfAbsent(v, value -> s.multiplyThenDivide(value, t, RoundingMode.DOWN)), number, 0);
    ledger.credit(m);
    ledger.addExhausted(m.ntValue);
    ledger.addLost(s.minus(m.credited()).minus(m.ntValue));
    ledger.setTotal(x, quota);
    // The member keeps the rest of each paper: its value less the transfer value it passed on.
    FixedDecimal zero = FixedDecimal.zero(settings.scale());
    ledger.keepRest(x, null, v -> tvs.getOrDefault(v, zero));
    Candidate who = ledger.candidates.get(x);
    StringBuilder d =
        new StringBuilder("Surplus of ").append(who).append(" (").append(count.show(s)).append(") transferred at ");
    if (tvs.size() == 1) {
      FixedDecimal tv = tvs.values().iterator().next();
      d.append(count.show(tv)).append(" a paper");
      stage.putValues("transfer value", tv.toFraction());
    } else {
      // Papers of values that differ only in the guard digits would print alike: name them with every
      // digit then, so that each parcel keeps its own entry.
      int places = settings.decimals();
      Set<String> shown = new HashSet<>();
      for (FixedDecimal v : tvs.keySet()) {
        shown.add(count.show(v));
      }
      if (shown.size() < tvs.size()) {
        places = settings.scale();
      }
      boolean first = true;
      for (var e : tvs.entrySet()) {
        String at = StvLedger.show(e.getKey(), places);
        d.append(first ? "" : ", ").append(count.show(e.getValue())).append(" (papers at ").append(at).append(")");
        first = false;
        stage.putValues("transfer value of papers at " + at, e.getValue().toFraction());
      }
    }
    d.append("; ").append(m.ntPapers).append(" papers non-transferable");
    stage.addSubjects(who).description(d.toString());
  }

  private void exclusion() {
    int number = count.stageNumber();
    Stage.Builder stage = count.stage().kind(Stage.Kind.EXCLUSION);
    List<Integer> low = count.lowestExcludable();
    int x = low.get(0);
    if (low.size() > 1) {
      Tie tie = count.breakTie(number, "exclusion", low, true);
      stage.addTies(tie);
      x = count.singledOut(tie, true);
    }
    Candidate who = ledger.candidates.get(x);
    FixedDecimal had = ledger.total(x);
    ledger.exclude(x);
    StvLedger.Moved m = ledger.transferAll(x, number);
    stage
        .addSubjects(who)
        .addExcluded(who)
        .description(
            "Exclusion of "
                + who
                + " ("
                + count.show(had)
                + "); papers transferred at their values; "
                + m.ntPapers
                + " papers non-transferable");
  }

  /** Excludes the candidates the limits doom, together; their papers move on at their values. */
  private void doomedExclusion(List<Integer> doomed) {
    int number = count.stageNumber();
    Stage.Builder stage = count.stage().kind(Stage.Kind.EXCLUSION);
    StringBuilder had = new StringBuilder();
    long nt = 0;
    for (int x : doomed) {
      had.append(had.length() == 0 ? "" : ", ").append(ledger.candidates.get(x)).append(" (").append(count.show(ledger.total(x))).append(")");
      ledger.exclude(x);
      nt += ledger.transferAll(x, number).ntPapers;
    }
    List<Candidate> who = ledger.names(doomed);
    stage
        .addAllSubjects(who)
        .addAllExcluded(who)
        .description(
            "Exclusion of "
                + had
                + ", doomed by the limits; papers transferred at their values; "
                + nt
                + " papers non-transferable");
  }
}
