package org.commonweal.governance.election;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.StvLedger.Status;
import org.commonweal.governance.internal.FixedDecimal;

/**
 * The count of the weighted inclusive Gregory family (Scottish STV and WIGM): every paper of a
 * candidate with a surplus moves on at "surplus times the paper's value divided by the candidate's
 * total", one surplus a stage, the largest first; with no surplus, the lowest candidate is excluded
 * and their papers move on at their values; when the continuing candidates are as many as the
 * vacancies left, they are elected with no further transfer.
 *
 * <p>Package-private; one instance per count, not thread-safe.
 */
final class StvGregoryCount {
  /** What distinguishes the members of the family. */
  static final class Settings {
    final String name;
    final int scale;
    final int display;
    /** True for the whole-number Droop quota floor(V / (seats + 1)) + 1. */
    final boolean wholeQuota;
    /** Places of the unit added to an exact quota V / (seats + 1) (when not a whole quota). */
    final int quotaUnitPlaces;
    final TieResolver.Direction lookBack;
    final StvTree.EqualPreferences equal;

    Settings(
        String name,
        int scale,
        int display,
        boolean wholeQuota,
        int quotaUnitPlaces,
        TieResolver.Direction lookBack,
        StvTree.EqualPreferences equal) {
      this.name = name;
      this.scale = scale;
      this.display = display;
      this.wholeQuota = wholeQuota;
      this.quotaUnitPlaces = quotaUnitPlaces;
      this.lookBack = lookBack;
      this.equal = equal;
    }

    FixedDecimal quota(long valid, int seats) {
      if (wholeQuota) {
        return FixedDecimal.of(valid / (seats + 1L) + 1, scale);
      }
      FixedDecimal exact = FixedDecimal.of(Fraction.of(valid, seats + 1L), scale, RoundingMode.DOWN);
      return exact.plus(FixedDecimal.ofUnits(BigInteger.TEN.pow(scale - quotaUnitPlaces), scale));
    }
  }

  private final Settings settings;
  private final Election election;
  private final StvLedger ledger;
  private final TieResolver ties;
  private final FixedDecimal quota;
  private final int seats;
  /** Elected candidates whose surplus has not been transferred, in order of election. */
  private final List<Integer> pending = new ArrayList<>();

  private StvGregoryCount(Settings settings, Election election, TieBreaker tieBreaker) {
    this.settings = settings;
    this.election = election;
    RankedProfile profile = election.rankedProfile();
    StvTree tree = StvTree.of(profile, settings.equal);
    this.ledger = new StvLedger(election, tree, settings.scale);
    this.ties = new TieResolver(tieBreaker, election.candidates());
    this.seats = election.seats();
    this.quota = settings.quota(profile.valid, seats);
  }

  /** Counts the election; the ledger keeps the final holdings (for a countback). */
  static StvGregoryCount run(Settings settings, Election election, TieBreaker tieBreaker) {
    StvGregoryCount count = new StvGregoryCount(settings, election, tieBreaker);
    count.count();
    return count;
  }

  private void count() {
    ledger.firstCount();
    Stage.Builder stage =
        Stage.builder()
            .kind(Stage.Kind.FIRST_COUNT)
            .description("First preferences; quota " + StvLedger.show(quota, settings.display));
    while (true) {
      List<Integer> now = electAtQuota();
      boolean done = false;
      int left = seats - ledger.elected.size();
      if (left <= 0) {
        done = true;
      } else {
        List<Integer> hopeful = ledger.with(Status.HOPEFUL);
        if (hopeful.size() <= left) {
          hopeful.sort(ledger.byTotalDescending());
          for (int c : hopeful) {
            elect(c);
            now.add(c);
          }
          if (!hopeful.isEmpty()) {
            stage.addNotes(
                "The continuing candidates are no more than the vacancies left: they are elected without further transfer.");
          }
          done = true;
        }
      }
      stage.addAllElected(ledger.names(now));
      ledger.record(stage);
      if (done) {
        return;
      }
      stage = pending.isEmpty() ? exclusion() : surplus();
    }
  }

  private void elect(int c) {
    ledger.status[c] = Status.ELECTED;
    ledger.elected.add(c);
  }

  /** Elects every continuing candidate at or above the quota, the highest first. */
  private List<Integer> electAtQuota() {
    List<Integer> reached = new ArrayList<>();
    for (int c : ledger.with(Status.HOPEFUL)) {
      if (ledger.total[c].compareTo(quota) >= 0) {
        reached.add(c);
      }
    }
    reached.sort(ledger.byTotalDescending());
    for (int c : reached) {
      elect(c);
      if (ledger.total[c].compareTo(quota) > 0) {
        pending.add(c);
      }
    }
    return reached;
  }

  private Stage.Builder surplus() {
    int number = ledger.nextStage();
    Stage.Builder stage = Stage.builder().kind(Stage.Kind.SURPLUS);
    int x = pending.get(0);
    List<Integer> top = new ArrayList<>();
    for (int c : pending) {
      int cmp = ledger.total[c].compareTo(ledger.total[x]);
      if (cmp > 0) {
        x = c;
        top.clear();
        top.add(c);
      } else if (cmp == 0) {
        top.add(c);
      }
    }
    if (top.size() > 1) {
      Tie tie = ties.resolve(number, "order of surpluses", sorted(top), ledger.historyView(), settings.lookBack, false);
      stage.addTies(tie);
      x = election.indexOf(TieResolver.singledOut(tie, false));
    }
    pending.remove(Integer.valueOf(x));
    FixedDecimal t = ledger.total[x];
    FixedDecimal s = t.minus(quota);
    Map<FixedDecimal, FixedDecimal> tvs = new LinkedHashMap<>();
    List<StvParcel> parcels = ledger.holdings.get(x);
    StvLedger.Moved m =
        ledger.move(
            parcels,
            v -> tvs.computeIfAbsent(v, value -> s.multiplyThenDivide(value, t, RoundingMode.DOWN)),
            number,
            0);
    ledger.credit(m);
    FixedDecimal credited = FixedDecimal.zero(settings.scale);
    for (FixedDecimal v : m.value) {
      credited = credited.plus(v);
    }
    ledger.exhausted = ledger.exhausted.plus(m.ntValue);
    ledger.lost = ledger.lost.plus(s.minus(credited).minus(m.ntValue));
    ledger.total[x] = quota;
    // The member keeps the rest of each paper: its value less the transfer value it passed on.
    List<StvParcel> kept = new ArrayList<>();
    for (StvParcel p : parcels) {
      FixedDecimal tv = tvs.getOrDefault(p.value, FixedDecimal.zero(settings.scale));
      StvParcel k = new StvParcel(p.value.minus(tv), p.stage, p.step);
      for (int i = 0; i < p.count; i++) {
        k.add(p.nodes[i], ledger.tree.papers[p.nodes[i]]);
      }
      kept.add(k);
    }
    parcels.clear();
    parcels.addAll(kept);
    Candidate who = election.candidates().get(x);
    StringBuilder d =
        new StringBuilder("Surplus of ")
            .append(who)
            .append(" (")
            .append(StvLedger.show(s, settings.display))
            .append(") transferred at ");
    if (tvs.size() == 1) {
      FixedDecimal tv = tvs.values().iterator().next();
      d.append(StvLedger.show(tv, settings.display)).append(" a paper");
      stage.putValues("transfer value", tv.toFraction());
    } else {
      // Papers of values that differ only in the guard digits would print alike: name them with every
      // digit then, so that each parcel keeps its own entry.
      int places = settings.display;
      if (tvs.keySet().stream().map(v -> StvLedger.show(v, settings.display)).distinct().count() < tvs.size()) {
        places = settings.scale;
      }
      boolean first = true;
      for (var e : tvs.entrySet()) {
        String at = StvLedger.show(e.getKey(), places);
        d.append(first ? "" : ", ")
            .append(StvLedger.show(e.getValue(), settings.display))
            .append(" (papers at ")
            .append(at)
            .append(")");
        first = false;
        stage.putValues("transfer value of papers at " + at, e.getValue().toFraction());
      }
    }
    d.append("; ")
        .append(StvLedger.papers(m.ntPapers))
        .append(" papers non-transferable");
    return stage.addSubjects(who).description(d.toString());
  }

  private Stage.Builder exclusion() {
    int number = ledger.nextStage();
    Stage.Builder stage = Stage.builder().kind(Stage.Kind.EXCLUSION);
    List<Integer> low = ledger.lowest(Status.HOPEFUL);
    int x = low.get(0);
    if (low.size() > 1) {
      Tie tie = ties.resolve(number, "exclusion", sorted(low), ledger.historyView(), settings.lookBack, true);
      stage.addTies(tie);
      x = election.indexOf(TieResolver.singledOut(tie, true));
    }
    Candidate who = election.candidates().get(x);
    FixedDecimal had = ledger.total[x];
    ledger.status[x] = Status.EXCLUDED;
    ledger.excluded.add(x);
    List<StvParcel> parcels = ledger.holdings.get(x);
    StvLedger.Moved m = ledger.move(parcels, v -> v, number, 0);
    ledger.credit(m);
    ledger.exhausted = ledger.exhausted.plus(m.ntValue);
    ledger.total[x] = FixedDecimal.zero(settings.scale);
    parcels.clear();
    return stage
        .addSubjects(who)
        .addExcluded(who)
        .description(
            "Exclusion of "
                + who
                + " ("
                + StvLedger.show(had, settings.display)
                + "); papers transferred at their values; "
                + StvLedger.papers(m.ntPapers)
                + " papers non-transferable");
  }

  private static int[] sorted(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** The result of the count. */
  ElectionResult result() {
    CountReport report =
        CountReport.builder()
            .ballots(election.rankedProfile().account())
            .stages(ledger.stages)
            .decimals(settings.display)
            .build();
    return ElectionResult.builder()
        .method(settings.name)
        .title(election.title())
        .seats(seats)
        .elected(ledger.names(ledger.elected))
        .quota(quota.toFraction())
        .report(report)
        .build();
  }

  /** The papers a member holds at the end of the count, for a countback. */
  StvCountback.Papers papersOf(Candidate member) {
    StvCountback.checkElected(result(), member);
    return new StvCountback.Papers(
        ledger.tree, settings.scale, settings.display, ledger.holdings.get(election.indexOf(member)));
  }
}
