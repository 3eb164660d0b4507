package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.Register;
import org.jspecify.annotations.Nullable;

/**
 * A rule for sharing a number of seats among classes in proportion to their counts: the seats reserved
 * for each stakeholder class of a board in proportion to its membership, or a list election's seats
 * among parties.
 *
 * <table>
 *   <caption>Methods</caption>
 *   <tr><th>factory</th><th>rule</th><th>source</th></tr>
 *   <tr><td>{@link #dHondt()}</td><td>highest averages, divisors 1, 2, 3, ...</td><td>V. D'Hondt,
 *       <i>Système pratique et raisonné de représentation proportionnelle</i> (1882); Jefferson's method
 *       for the US House (1792)</td></tr>
 *   <tr><td>{@link #sainteLague()}</td><td>highest averages, divisors 1, 3, 5, ...</td><td>A. Sainte-Laguë,
 *       "La représentation proportionnelle et la méthode des moindres carrés", Annales scientifiques de
 *       l'ENS 27 (1910); Webster's method (1832); New Zealand Electoral Act 1993, s. 191</td></tr>
 *   <tr><td>{@link #modifiedSainteLague()}</td><td>highest averages, divisors 1.4, 3, 5, ...</td>
 *       <td>Norway's Storting elections; Sweden's until 2018</td></tr>
 *   <tr><td>{@link #hare()}</td><td>largest remainder on the Hare quota (votes / seats)</td><td>T. Hare,
 *       <i>The Election of Representatives, Parliamentary and Municipal</i> (1859); Hamilton's method (1792)</td></tr>
 *   <tr><td>{@link #droop()}</td><td>largest remainder on the Droop quota (votes / (seats + 1), rounded
 *       down, plus 1)</td><td>H. R. Droop, "On methods of electing representatives", J. Statistical
 *       Society 44 (1881)</td></tr>
 * </table>
 *
 * <p><b>Highest averages.</b> Each seat in turn goes to the class with the highest quotient, its count
 * divided by the divisor for its next seat. Equivalently, a common divisor {@code D} is found such that
 * the classes' quotas {@code count / D}, rounded by the method's rule, add up to the seats. These methods
 * are house monotone: a class never loses a seat when the house grows.
 *
 * <p><b>Largest remainder.</b> Each class has one seat for every whole quota in its count; the seats left
 * go to the largest remainders. These methods are not house monotone: a class can lose a seat when the
 * house grows (the Alabama paradox of the 1880 US census). If the Droop quota leaves more seats than
 * classes (only with counts smaller than the house), the remainders are gone through again in the same
 * order.
 *
 * <p><b>Minimums.</b> A class's minimum seats are floors. A divisor method gives every class its minimum
 * first, then goes on by the quotients of the seats it holds, which gives each class the greater of its
 * minimum and its share at a common divisor. A largest remainder method apportions without the floors,
 * then fixes each class below its minimum at the minimum, takes it and its seats out, and apportions the
 * rest again among the others with a new quota, until no class is below its minimum. Minimums that add up
 * to more than the seats are refused.
 *
 * <p><b>Ties.</b> Where equal figures compete for fewer seats than there are classes holding them, the
 * caller's {@link TieBreaker} draws lots between them, in the order the counts were given, and the draw is
 * recorded in the result; equal figures that all get a seat draw no lot.
 *
 * <p><b>Cost.</b> A divisor method compares the classes' quotients once per seat: O(s &middot; c) exact
 * comparisons for {@code s} seats and {@code c} classes. A largest remainder method sorts the remainders:
 * O(c log c) a round, at most {@code c} rounds with minimums. All arithmetic is exact ({@link Fraction}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class ApportionmentMethod {
  /**
   * The most seats shared in one apportionment: more than any assembly has (the largest, China's
   * National People's Congress, has under 3,000), and few enough that a divisor method's seat-by-seat
   * count stays well under a second.
   */
  public static final int MAX_HOUSE = 10_000;

  private ApportionmentMethod() {}

  /**
   * Returns the D'Hondt method (Jefferson's): highest averages with divisors 1, 2, 3, ...
   *
   * @return the method
   */
  public static ApportionmentMethod dHondt() {
    return Divisors.D_HONDT;
  }

  /**
   * Returns the Sainte-Laguë method (Webster's): highest averages with divisors 1, 3, 5, ...
   *
   * @return the method
   */
  public static ApportionmentMethod sainteLague() {
    return Divisors.SAINTE_LAGUE;
  }

  /**
   * Returns the modified Sainte-Laguë method: highest averages with divisors 1.4, 3, 5, ...
   *
   * @return the method
   */
  public static ApportionmentMethod modifiedSainteLague() {
    return Divisors.MODIFIED_SAINTE_LAGUE;
  }

  /**
   * Returns the largest remainder method on the Hare quota, the total count divided by the seats,
   * exactly (Hamilton's method).
   *
   * @return the method
   */
  public static ApportionmentMethod hare() {
    return Remainders.HARE;
  }

  /**
   * Returns the largest remainder method on the Droop quota: the total count divided by one more than
   * the seats, rounded down, plus one.
   *
   * @return the method
   */
  public static ApportionmentMethod droop() {
    return Remainders.DROOP;
  }

  /**
   * Returns the membership of each stakeholder class of a register on a date: the counts by which a
   * constitution shares a board's seats "in proportion to membership". A member of several classes
   * counts in each; a class with no members counts 0.
   *
   * <pre>{@code
   * Apportionment<ClassId> a = ApportionmentMethod.sainteLague()
   *     .apportion(ApportionmentMethod.membershipOn(register, recordDate), 9, TieBreaker.seeded(2027));
   * }</pre>
   *
   * @param register the register
   * @param date the record date
   * @return each class of the register's rules, in their order, with its members on the date
   */
  public static ImmutableMap<ClassId, Long> membershipOn(Register register, LocalDate date) {
    Map<ClassId, Long> counts = new LinkedHashMap<>();
    register.rules().classes().forEach(c -> counts.put(c.id(), 0L));
    for (Member m : register.membersOn(date)) {
      for (ClassId c : m.classesOn(date)) {
        counts.merge(c, 1L, Long::sum);
      }
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns the method's name, for example {@code "Sainte-Laguë"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns whether this is a divisor (highest averages) method, and so house monotone.
   *
   * @return true for D'Hondt and the Sainte-Laguë methods
   */
  public abstract boolean isDivisorMethod();

  /**
   * Shares {@code house} seats among the classes of {@code counts}, with no minimums.
   *
   * @param counts each class's count (members, votes), not negative, not all zero; the order is the
   *     order in which tied classes are presented to the lot
   * @param house the seats to share, 1 to {@link #MAX_HOUSE}
   * @param lot the tie-breaker for equal figures
   * @param <K> the type of the classes
   * @return the apportionment
   * @throws org.commonweal.governance.base.InvalidValueException if a count is negative, all are zero,
   *     there are no classes, or the house is out of range
   */
  public <K> Apportionment<K> apportion(Map<K, Long> counts, int house, TieBreaker lot) {
    return apportion(counts, house, ImmutableMap.of(), lot);
  }

  /**
   * Shares {@code house} seats among the classes of {@code counts}, each with at least its minimum.
   *
   * @param counts each class's count (members, votes), not negative, not all zero; the order is the
   *     order in which tied classes are presented to the lot
   * @param house the seats to share, 1 to {@link #MAX_HOUSE}
   * @param minimums the minimum seats of some classes, not negative, adding up to at most {@code house}
   * @param lot the tie-breaker for equal figures
   * @param <K> the type of the classes
   * @return the apportionment
   * @throws org.commonweal.governance.base.InvalidValueException if a count or minimum is negative, all
   *     counts are zero, there are no classes, a minimum names a class with no count, the minimums add
   *     up to more than the house, or the house is out of range
   */
  public <K> Apportionment<K> apportion(Map<K, Long> counts, int house, Map<K, Integer> minimums, TieBreaker lot) {
    Objects.requireNonNull(lot, "lot");
    ImmutableMap<K, Long> c = ImmutableMap.copyOf(counts);
    ImmutableMap<K, Integer> m = ImmutableMap.copyOf(minimums);
    Checks.between("house", house, 1, MAX_HOUSE);
    Checks.check(!c.isEmpty(), "counts", c, "there must be at least one class to share seats among");
    long total = 0;
    for (Map.Entry<K, Long> e : c.entrySet()) {
      Checks.check(e.getValue() >= 0, "counts", c, "the count of %s (%s) must not be negative", e.getKey(), e.getValue());
      Checks.check(total <= Long.MAX_VALUE - e.getValue(), "counts", c, "the counts %s add up to more than %s",
          c, Long.MAX_VALUE);
      total += e.getValue();
    }
    Checks.check(total > 0, "counts", c, "the counts %s must not all be zero", c);
    int floors = 0;
    for (Map.Entry<K, Integer> e : m.entrySet()) {
      Checks.check(c.containsKey(e.getKey()), "minimums", m, "minimum for %s, which has no count", e.getKey());
      Checks.check(e.getValue() >= 0, "minimums", m, "the minimum of %s (%s) must not be negative",
          e.getKey(), e.getValue());
      floors += e.getValue();
    }
    Checks.check(floors <= house, "minimums", m,
        "the minimum seats add up to %s, more than the %s seats to share", floors, house);
    return compute(c, house, m, lot);
  }

  abstract <K> Apportionment<K> compute(
      ImmutableMap<K, Long> counts, int house, ImmutableMap<K, Integer> minimums, TieBreaker lot);

  @Override
  public String toString() {
    return name();
  }

  static <K> long count(Map<K, Long> counts, K k) {
    return Objects.requireNonNull(counts.get(k), "count");
  }

  static <K> Fraction at(Map<K, Fraction> figures, K k) {
    return Objects.requireNonNull(figures.get(k), "figure");
  }

  /** The seats handed out so far, the steps that did it and the lots drawn. */
  private static final class Ledger<K> {
    final Map<K, Integer> seats = new LinkedHashMap<>();
    final List<ApportionmentStep<K>> steps = new ArrayList<>();
    final List<Draw<K>> draws = new ArrayList<>();
    /** The lots drawn before this ledger's, so that each draw number is used once. */
    final int drawsBefore;

    Ledger(Iterable<K> classes, int drawsBefore) {
      classes.forEach(k -> seats.put(k, 0));
      this.drawsBefore = drawsBefore;
    }

    void give(K to, ApportionmentStep.Basis basis, Fraction figure, Fraction by, boolean byLot) {
      int before = held(to);
      steps.add(new ApportionmentStep<>(steps.size() + 1, to, basis, figure, by, before, byLot));
      seats.put(to, before + 1);
    }

    int held(K k) {
      Integer n = seats.get(k);
      return n == null ? 0 : n;
    }

    /**
     * Gives one seat each to as many of {@code tied} (equal figures, in the order given) as there are
     * {@code free} seats, drawing lots only where they are too many.
     */
    int giveAmong(List<K> tied, int free, TieBreaker lot, ApportionmentStep.Basis basis,
        java.util.function.Function<K, Fraction> figure, java.util.function.Function<K, Fraction> by) {
      List<K> order = tied;
      boolean byLot = false;
      if (tied.size() > free) {
        Draw<K> d = lot.draw(drawsBefore + draws.size() + 1, tied);
        draws.add(d);
        order = d.order();
        byLot = true;
      }
      int n = Math.min(free, order.size());
      for (int i = 0; i < n; i++) {
        K k = order.get(i);
        // The figure is read before the seat is given: it is the one that won the seat.
        give(k, basis, figure.apply(k), by.apply(k), byLot);
      }
      return n;
    }

    Apportionment<K> result(String method, int house, ImmutableMap<K, Long> counts,
        ImmutableMap<K, Integer> minimums, @Nullable Fraction quota) {
      return new Apportionment<>(method, house, counts, minimums, ImmutableMap.copyOf(seats),
          ImmutableList.copyOf(steps), ImmutableList.copyOf(draws), Optional.ofNullable(quota));
    }
  }

  /** The highest averages methods. */
  private static final class Divisors extends ApportionmentMethod {
    static final Divisors D_HONDT = new Divisors("D'Hondt", Fraction.ONE, 1);
    static final Divisors SAINTE_LAGUE = new Divisors("Sainte-Laguë", Fraction.ONE, 2);
    static final Divisors MODIFIED_SAINTE_LAGUE = new Divisors("modified Sainte-Laguë", Fraction.of(7, 5), 2);

    private final String name;
    private final Fraction first;
    private final int step;

    Divisors(String name, Fraction first, int step) {
      this.name = name;
      this.first = first;
      this.step = step;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean isDivisorMethod() {
      return true;
    }

    /** The divisor for a class's next seat when it holds {@code held}: for D'Hondt held + 1, else 2 held + 1. */
    Fraction divisor(int held) {
      return held == 0 ? first : Fraction.of((long) step * held + 1);
    }

    @Override
    <K> Apportionment<K> compute(
        ImmutableMap<K, Long> counts, int house, ImmutableMap<K, Integer> minimums, TieBreaker lot) {
      Ledger<K> ledger = new Ledger<>(counts.keySet(), 0);
      for (K k : counts.keySet()) {
        for (int i = 0; i < minimums.getOrDefault(k, 0); i++) {
          ledger.give(k, ApportionmentStep.Basis.FLOOR, Fraction.of(count(counts, k)), Fraction.ONE, false);
        }
      }
      while (ledger.steps.size() < house) {
        Fraction best = Fraction.ZERO;
        List<K> tied = new ArrayList<>();
        for (K k : counts.keySet()) {
          Fraction q = quotient(counts, ledger, k);
          int cmp = q.compareTo(best);
          if (cmp > 0 || tied.isEmpty()) {
            best = q;
            tied.clear();
            tied.add(k);
          } else if (cmp == 0) {
            tied.add(k);
          }
        }
        ledger.giveAmong(tied, house - ledger.steps.size(), lot, ApportionmentStep.Basis.DIVISOR,
            k -> quotient(counts, ledger, k), k -> divisor(ledger.held(k)));
      }
      return ledger.result(name, house, counts, minimums, null);
    }

    private <K> Fraction quotient(ImmutableMap<K, Long> counts, Ledger<K> ledger, K k) {
      return Fraction.of(count(counts, k)).dividedBy(divisor(ledger.held(k)));
    }
  }

  /** The largest remainder methods. */
  private static final class Remainders extends ApportionmentMethod {
    static final Remainders HARE = new Remainders("largest remainder (Hare quota)", false);
    static final Remainders DROOP = new Remainders("largest remainder (Droop quota)", true);

    private final String name;
    private final boolean droop;

    Remainders(String name, boolean droop) {
      this.name = name;
      this.droop = droop;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean isDivisorMethod() {
      return false;
    }

    Fraction quota(long total, int seats) {
      return droop ? Fraction.of(total / (seats + 1L) + 1) : Fraction.of(total, seats);
    }

    @Override
    <K> Apportionment<K> compute(
        ImmutableMap<K, Long> counts, int house, ImmutableMap<K, Integer> minimums, TieBreaker lot) {
      List<K> active = new ArrayList<>(counts.keySet());
      List<K> fixed = new ArrayList<>();
      List<Draw<K>> earlierDraws = new ArrayList<>();
      while (true) {
        int free = house;
        for (K k : fixed) {
          free -= minimums.getOrDefault(k, 0);
        }
        Round<K> round = round(counts, active, free, lot, earlierDraws.size());
        List<K> below = new ArrayList<>();
        for (K k : active) {
          if (round.seats.getOrDefault(k, 0) < minimums.getOrDefault(k, 0)) {
            below.add(k);
          }
        }
        if (below.isEmpty()) {
          Ledger<K> ledger = new Ledger<>(counts.keySet(), 0);
          ledger.draws.addAll(earlierDraws);
          for (K k : counts.keySet()) {
            if (fixed.contains(k)) {
              for (int i = 0; i < minimums.getOrDefault(k, 0); i++) {
                ledger.give(k, ApportionmentStep.Basis.FLOOR, Fraction.of(count(counts, k)), Fraction.ONE, false);
              }
            }
          }
          for (ApportionmentStep<K> s : round.steps) {
            ledger.give(s.to(), s.basis(), s.figure(), s.by(), s.byLot());
          }
          ledger.draws.addAll(round.draws);
          return ledger.result(name, house, counts, minimums, round.quota);
        }
        earlierDraws.addAll(round.draws);
        fixed.addAll(below);
        active.removeAll(below);
      }
    }

    /** One apportionment of {@code free} seats among {@code active} classes, without floors. */
    private <K> Round<K> round(ImmutableMap<K, Long> counts, List<K> active, int free, TieBreaker lot, int drawsBefore) {
      Round<K> r = new Round<>();
      if (free == 0 || active.isEmpty()) {
        return r;
      }
      long total = 0;
      for (K k : active) {
        total += count(counts, k);
      }
      Ledger<K> ledger = new Ledger<>(active, drawsBefore);
      Map<K, Fraction> remainder = new LinkedHashMap<>();
      Fraction quota;
      if (total == 0) {
        // Only classes with no count are left, after the others were fixed at their minimums: no quota
        // can be formed, every remainder is nil and the lot shares the seats.
        quota = Fraction.ONE;
        active.forEach(k -> remainder.put(k, Fraction.ZERO));
        r.quota = null;
      } else {
        quota = quota(total, free);
        r.quota = quota;
        for (K k : active) {
          Fraction share = Fraction.of(count(counts, k)).dividedBy(quota);
          BigInteger whole = share.floor();
          // Every whole quota is a seat; with the Droop quota they never exceed the seats.
          for (long i = 0; i < whole.longValueExact() && ledger.steps.size() < free; i++) {
            ledger.give(k, ApportionmentStep.Basis.QUOTA, Fraction.of(count(counts, k)), quota, false);
          }
          remainder.put(k, Fraction.of(count(counts, k)).minus(quota.times(Fraction.of(whole))));
        }
      }
      List<K> ranked = new ArrayList<>(active);
      // A stable sort: equal remainders stay in the order given, which is the order shown to the lot.
      ranked.sort((a, b) -> at(remainder, b).compareTo(at(remainder, a)));
      Fraction by = quota;
      while (ledger.steps.size() < free) {
        int left = free - ledger.steps.size();
        if (left >= ranked.size()) {
          ranked.forEach(k -> ledger.give(k, ApportionmentStep.Basis.REMAINDER, at(remainder, k), by, false));
          continue;
        }
        int i = 0;
        while (i < ranked.size() && ledger.steps.size() < free) {
          Fraction f = at(remainder, ranked.get(i));
          int j = i;
          while (j < ranked.size() && at(remainder, ranked.get(j)).equals(f)) {
            j++;
          }
          ledger.giveAmong(ranked.subList(i, j), free - ledger.steps.size(), lot, ApportionmentStep.Basis.REMAINDER,
              k -> at(remainder, k), k -> by);
          i = j;
        }
      }
      r.steps.addAll(ledger.steps);
      r.seats.putAll(ledger.seats);
      r.draws.addAll(ledger.draws);
      return r;
    }

    private static final class Round<K> {
      final List<ApportionmentStep<K>> steps = new ArrayList<>();
      final Map<K, Integer> seats = new LinkedHashMap<>();
      final List<Draw<K>> draws = new ArrayList<>();
      @Nullable Fraction quota;
    }
  }
}
