package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.commonweal.governance.base.Draw;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;

/**
 * The seats of a body shared among classes (stakeholder classes of a board, parties of a list election)
 * in proportion to their counts, as an {@link ApportionmentMethod} decided it, with every seat
 * explained: which seat went where, on which divisor's quotient or which quota or remainder, and every
 * lot drawn between equal figures.
 *
 * <pre>{@code
 * Apportionment<String> a = ApportionmentMethod.sainteLague()
 *     .apportion(Map.of("residents", 412L, "leaseholders", 150L, "public interest", 38L), 9, TieBreaker.seeded(2026));
 * int residents = a.seatsOf("residents");
 * }</pre>
 *
 * <p>The constructor checks that exactly {@link #house()} seats were handed out, that every class has at
 * least its minimum, and that the {@linkplain #steps() steps} account for every seat of every class.
 * Immutable and thread-safe where the class keys are.
 *
 * @param method the method's name, for example {@code "D'Hondt"}
 * @param house the number of seats shared out
 * @param counts each class's count (members, votes), in the order given
 * @param minimums the classes' minimum seats, where one was given
 * @param seats each class's seats, in the order of {@code counts}
 * @param steps the seats in the order handed out
 * @param draws the lots drawn, in order
 * @param quota the quota of a largest remainder method, empty for a divisor method
 * @param <K> the type of the classes
 * @since 0.1.0
 */
public record Apportionment<K>(
    String method,
    int house,
    ImmutableMap<K, Long> counts,
    ImmutableMap<K, Integer> minimums,
    ImmutableMap<K, Integer> seats,
    ImmutableList<ApportionmentStep<K>> steps,
    ImmutableList<Draw<K>> draws,
    Optional<Fraction> quota) {

  /**
   * Checks the apportionment.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the seats do not add up to {@code
   *     house}, a class has fewer than its minimum, a class has seats but no count, or the steps do not
   *     account for each class's seats in order
   */
  public Apportionment {
    Checks.notBlank("method", method);
    Checks.atLeast("house", house, 1);
    Objects.requireNonNull(quota, "quota");
    Checks.check(seats.keySet().equals(counts.keySet()), "seats", seats,
        "seats are given for %s but counts for %s", seats.keySet(), counts.keySet());
    Checks.check(counts.keySet().containsAll(minimums.keySet()), "minimums", minimums,
        "minimums name classes %s that have no count", minimums.keySet());
    int total = seats.values().stream().mapToInt(Integer::intValue).sum();
    Checks.check(total == house, "seats", seats, "seats add up to %s, not the house of %s", total, house);
    seats.forEach((k, n) -> Checks.check(n >= minimums.getOrDefault(k, 0), "seats", seats,
        "class %s has %s seats, fewer than its minimum %s", k, n, minimums.getOrDefault(k, 0)));
    Checks.check(steps.size() == house, "steps", steps.size(), "%s steps for a house of %s", steps.size(), house);
    Map<K, Integer> held = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      ApportionmentStep<K> s = steps.get(i);
      int before = held.getOrDefault(s.to(), 0);
      Checks.check(s.seat() == i + 1, "steps", s, "step %s is numbered %s", i + 1, s.seat());
      Checks.check(s.seatsBefore() == before, "steps", s,
          "step %s says %s held %s seats before it, not %s", s.seat(), s.to(), s.seatsBefore(), before);
      held.put(s.to(), before + 1);
    }
    seats.forEach((k, n) -> Checks.check(held.getOrDefault(k, 0).equals(n), "steps", held,
        "the steps give %s %s seats, not %s", k, held.getOrDefault(k, 0), n));
  }

  /**
   * Returns the seats of one class.
   *
   * @param c the class
   * @return its seats
   * @throws org.commonweal.governance.base.InvalidValueException if {@code c} has no count here
   */
  public int seatsOf(K c) {
    Integer n = seats.get(c);
    if (n == null) {
      throw Checks.invalid("class", c, "class %s has no count in this apportionment (classes: %s)", c, seats.keySet());
    }
    return n;
  }

  /**
   * Explains the apportionment: the method and house, each class's count and seats, then each seat and
   * each lot, a line each.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder b = new StringBuilder();
    b.append(method).append(", ").append(ApportionmentStep.seats(house));
    quota.ifPresent(q -> b.append(", quota ").append(ApportionmentStep.decimal(q)));
    b.append('\n');
    counts.forEach((k, v) -> {
      b.append("  ").append(k).append(": count ").append(v).append(", ")
          .append(ApportionmentStep.seats(Objects.requireNonNull(seats.get(k))));
      Integer min = minimums.get(k);
      if (min != null && min > 0) {
        b.append(" (minimum ").append(min).append(')');
      }
      b.append('\n');
    });
    steps.forEach(s -> b.append("  ").append(s.explain()).append('\n'));
    draws.forEach(d -> b.append("  lot ").append(d.number()).append(" between ").append(d.tied())
        .append(": ").append(d.order()).append(" (").append(d.method()).append(")\n"));
    return b.toString();
  }
}
