package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonweal.governance.internal.Checks;

/**
 * A simple voting game over classes of identical members: each class has a number of members, and a
 * {@link GameRule} says which coalitions win. This is the form a constitution's rule for one matter
 * takes once its class shares, class consents and alternatives are written as weights and thresholds;
 * power indices and the properties of the game are computed on it, counting members of a class
 * together.
 *
 * <pre>{@code
 * ClassGame special = ClassGame.of(
 *     List.of(MemberClass.of("users", 1_500), MemberClass.of("workers", 60), MemberClass.of("founders", 8)),
 *     GameRule.weighted(225_000, 100, 1_500, 7_500));
 * PowerIndices power = PowerAlgorithm.automatic().compute(special);
 * }</pre>
 *
 * <p>The rule must be met by the whole membership (otherwise nothing can pass and no power index is
 * defined), is never met by nobody (every weighted part has a quota of at least 1) and is monotone.
 * Class names are distinct. Immutable and thread-safe.
 *
 * @param classes the classes, at least one, with distinct names
 * @param rule which coalitions win, with a weight for each class
 * @since 0.1.0
 */
public record ClassGame(ImmutableList<MemberClass> classes, GameRule rule) {
  /**
   * Checks the game.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if there is no class, two classes share a
   *     name, the rule is over another number of classes, a total weight overflows, or the whole membership
   *     does not win
   */
  public ClassGame {
    classes = ImmutableList.copyOf(classes);
    Checks.check(!classes.isEmpty(), "classes", classes, "a game needs at least one class of members");
    Set<String> names = new HashSet<>();
    long members = 0;
    for (MemberClass c : classes) {
      Checks.check(names.add(c.name()), "classes", c.name(), "class name %s appears twice", c.name());
      members += c.size();
    }
    Checks.check(
        members <= Integer.MAX_VALUE, "classes", members, "a game has at most %s members, not %s",
        Integer.MAX_VALUE, members);
    Checks.check(
        rule.classes() == classes.size(), "rule", rule, "the rule gives weights for %s classes, the game has %s",
        rule.classes(), classes.size());
    checkTotals(rule, classes);
    int[] all = new int[classes.size()];
    for (int j = 0; j < all.length; j++) {
      all[j] = classes.get(j).size();
    }
    Checks.check(rule.wins(all), "rule", rule, "the whole membership (%s) does not meet the rule %s", classes, rule);
  }

  /**
   * Returns the game of {@code classes} under {@code rule}.
   *
   * @param classes the classes, with distinct names
   * @param rule which coalitions win
   * @return the game
   */
  public static ClassGame of(List<MemberClass> classes, GameRule rule) {
    return new ClassGame(ImmutableList.copyOf(classes), rule);
  }

  /**
   * Returns the number of members of the game, over all its classes.
   *
   * @return the number of members
   */
  public int members() {
    int n = 0;
    for (MemberClass c : classes) {
      n += c.size();
    }
    return n;
  }

  /**
   * Returns the number of class-count vectors, the coalitions told apart when members of a class are
   * counted together: the product over classes of the class size plus one (saturating at {@link
   * Long#MAX_VALUE}).
   *
   * @return the number of distinct coalition profiles
   */
  public long vectors() {
    long v = 1;
    for (MemberClass c : classes) {
      if (v > Long.MAX_VALUE / (c.size() + 1L)) {
        return Long.MAX_VALUE;
      }
      v *= c.size() + 1L;
    }
    return v;
  }

  /**
   * Returns the sizes of the classes, in order.
   *
   * @return a new array of the class sizes
   */
  int[] sizes() {
    int[] s = new int[classes.size()];
    for (int j = 0; j < s.length; j++) {
      s[j] = classes.get(j).size();
    }
    return s;
  }

  /**
   * Returns whether a coalition with {@code counts[j]} members of each class {@code j} wins.
   *
   * @param counts how many members of each class are in the coalition, each between 0 and the class size
   * @return whether the coalition wins
   * @throws org.commonweal.governance.base.InvalidValueException if the counts do not fit the classes
   */
  public boolean wins(List<Integer> counts) {
    Checks.check(
        counts.size() == classes.size(), "counts", counts, "a coalition gives a count for each of the %s classes",
        classes.size());
    int[] k = new int[counts.size()];
    for (int j = 0; j < k.length; j++) {
      k[j] = Checks.between("count", counts.get(j), 0, classes.get(j).size());
    }
    return rule.wins(k);
  }

  /** Every weighted part's largest total (the whole membership) must fit in a long. */
  private static void checkTotals(GameRule rule, List<MemberClass> classes) {
    if (rule instanceof GameRule.Weighted w) {
      try {
        long total = 0;
        for (int j = 0; j < classes.size(); j++) {
          total = Math.addExact(total, Math.multiplyExact(w.weights().get(j), (long) classes.get(j).size()));
        }
      } catch (ArithmeticException e) {
        throw Checks.invalid("rule", rule, "the total weight of the rule %s overflows a long", rule);
      }
    } else if (rule instanceof GameRule.AllOf a) {
      a.rules().forEach(r -> checkTotals(r, classes));
    } else if (rule instanceof GameRule.AnyOf a) {
      a.rules().forEach(r -> checkTotals(r, classes));
    }
  }
}
