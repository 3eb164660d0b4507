package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.commonweal.governance.base.Fraction;

/**
 * Properties of the exact power methods: the class-count method, the dynamic programme and brute force
 * agree on every small game; the normalised indices sum to 1; members of equal weight have equal power;
 * a dummy has none; and more weight never costs a player swings. Tries are bounded: brute force costs
 * {@code 2^n n} on up to 20 members.
 */
@Domain(AnalysisDomain.class)
@Domain(DomainContext.Global.class)
class PowerProperties {

  /** Each player its own class of one, so that nothing is grouped and brute force sees every player. */
  static ClassGame byPlayer(WeightedGame game) {
    List<MemberClass> classes = new ArrayList<>();
    long[] w = new long[game.players()];
    for (int p = 0; p < w.length; p++) {
      classes.add(MemberClass.of("p" + p, 1));
      w[p] = game.weights().get(p);
    }
    return ClassGame.of(classes, GameRule.weighted(game.quota(), w));
  }

  @Property(tries = 200)
  void classCount_agreesWithBruteForce(@ForAll ClassGame game) {
    assertEquals(
        PowerAlgorithm.bruteForce().compute(game).classes(), PowerAlgorithm.classCount().compute(game).classes());
  }

  @Property(tries = 100)
  void dynamicProgramme_agreesWithBruteForceAndClassCount(@ForAll WeightedGame game) {
    ClassGame players = byPlayer(game);
    List<ClassPower> brute = PowerAlgorithm.bruteForce().compute(players).classes();
    assertEquals(brute, PowerAlgorithm.dynamicProgramming().compute(players).classes());
    // Grouped by weight (one class per weight, counted by the class-count method), each class gets what
    // each of its players got alone.
    List<ClassPower> grouped = PowerAlgorithm.classCount().compute(game.classGame()).classes();
    for (int p = 0; p < game.players(); p++) {
      ClassPower g = grouped.get(game.classOf(p));
      assertEquals(brute.get(p).shapleyShubik(), g.shapleyShubik());
      assertEquals(brute.get(p).swings(), g.swings());
      assertEquals(brute.get(p).banzhaf(), g.banzhaf());
      assertEquals(brute.get(p).penrose(), g.penrose());
    }
  }

  @Property(tries = 300)
  void normalisedIndices_sumToOne(@ForAll ClassGame game) {
    PowerIndices power = PowerAlgorithm.automatic().compute(game);
    Fraction banzhaf = Fraction.ZERO;
    Fraction shapley = Fraction.ZERO;
    for (ClassPower p : power.classes()) {
      banzhaf = banzhaf.plus(p.classBanzhaf());
      shapley = shapley.plus(p.classShapleyShubik());
    }
    assertEquals(Fraction.ONE, banzhaf);
    assertEquals(Fraction.ONE, shapley);
  }

  @Property(tries = 200)
  void playersOfEqualWeight_haveEqualPower(@ForAll WeightedGame game) {
    List<ClassPower> each = PowerAlgorithm.dynamicProgramming().compute(byPlayer(game)).classes();
    for (int a = 0; a < game.players(); a++) {
      for (int b = a + 1; b < game.players(); b++) {
        if (game.weights().get(a).equals(game.weights().get(b))) {
          assertEquals(each.get(a).swings(), each.get(b).swings());
          assertEquals(each.get(a).shapleyShubik(), each.get(b).shapleyShubik());
        }
      }
    }
  }

  @Property(tries = 200)
  void dummy_hasNoPowerByEitherIndex(@ForAll WeightedGame game) {
    // A player of weight 0 is never needed: a dummy whatever the others hold.
    List<Long> weights = new ArrayList<>(game.weights());
    weights.add(0L);
    List<ClassPower> each =
        PowerAlgorithm.dynamicProgramming().compute(byPlayer(WeightedGame.of(game.quota(), weights))).classes();
    ClassPower zero = each.get(each.size() - 1);
    assertEquals(BigInteger.ZERO, zero.swings());
    assertEquals(Fraction.ZERO, zero.shapleyShubik());
    // And every player found to be a dummy by its swings has no Shapley-Shubik power either.
    for (ClassPower p : game.power()) {
      assertEquals(p.isDummy(), p.shapleyShubik().isZero(), p.toString());
    }
  }

  @Property(tries = 200)
  void moreWeight_neverLowersSwings(@ForAll WeightedGame game, @ForAll @IntRange(min = 0, max = 19) int at, @ForAll @IntRange(min = 1, max = 5) int more) {
    int p = at % game.players();
    List<Long> weights = new ArrayList<>(game.weights());
    weights.set(p, weights.get(p) + more);
    BigInteger before = PowerAlgorithm.dynamicProgramming().compute(byPlayer(game)).classes().get(p).swings();
    BigInteger after =
        PowerAlgorithm.dynamicProgramming().compute(byPlayer(WeightedGame.of(game.quota(), weights))).classes().get(p).swings();
    assertTrue(after.compareTo(before) >= 0, game + " player " + p + " +" + more + ": " + before + " -> " + after);
  }
}
