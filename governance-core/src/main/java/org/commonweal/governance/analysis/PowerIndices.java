package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import org.commonweal.governance.internal.Checks;

/**
 * The exact power of every class of a {@link ClassGame}, and the method that computed it.
 *
 * <pre>{@code
 * PowerIndices power = PowerAlgorithm.automatic().compute(game);
 * Fraction workers = power.classes().get(1).classShapleyShubik();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param game the game
 * @param classes the power of a member of each class, in the game's order of classes
 * @param method the name of the exact method that computed it ({@code "class-count"}, {@code
 *     "dynamic-programming"} or {@code "brute-force"})
 * @since 0.1.0
 */
public record PowerIndices(ClassGame game, ImmutableList<ClassPower> classes, String method) {
  /**
   * Checks that there is one entry for each class of the game, in order.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the entries do not match the classes
   */
  public PowerIndices {
    classes = ImmutableList.copyOf(classes);
    Checks.check(
        classes.size() == game.classes().size(), "classes", classes, "one entry is needed for each of %s classes",
        game.classes().size());
    for (int j = 0; j < classes.size(); j++) {
      Checks.check(
          classes.get(j).memberClass().equals(game.classes().get(j)), "classes", classes.get(j),
          "entry %s is for %s, not the game's class %s", j, classes.get(j).memberClass(), game.classes().get(j));
    }
    Checks.notBlank("method", method);
  }

  /**
   * Returns the total Banzhaf swings of all members: the denominator of the normalised index.
   *
   * @return the sum over classes of the class size times a member's swings
   */
  public BigInteger totalSwings() {
    BigInteger total = BigInteger.ZERO;
    for (ClassPower p : classes) {
      total = total.add(p.swings().multiply(BigInteger.valueOf(p.memberClass().size())));
    }
    return total;
  }
}
