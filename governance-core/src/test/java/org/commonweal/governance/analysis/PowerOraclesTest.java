package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published values of docs ORACLES.md (Shapley-Shubik's and Banzhaf's own examples, Felsenthal and
 * Machover, NWERC 1995 problem D, CoopGame's documentation), reproduced exactly by every method that takes
 * the game: the automatic choice on the grouped game, the class-count method, the dynamic programme, and
 * brute force with each player its own class.
 */
class PowerOraclesTest {

  static Stream<Arguments> methods() {
    return Stream.of(
        Arguments.of("automatic", (Function<WeightedGame, List<ClassPower>>) WeightedGame::power),
        Arguments.of("class-count", byPlayer(PowerAlgorithm.classCount())),
        Arguments.of("dynamic-programming", byPlayer(PowerAlgorithm.dynamicProgramming())),
        Arguments.of("brute-force", byPlayer(PowerAlgorithm.bruteForce())));
  }

  /** Each player its own class of one, so that nothing is grouped. */
  private static Function<WeightedGame, List<ClassPower>> byPlayer(PowerAlgorithm method) {
    return game -> {
      List<MemberClass> classes = new ArrayList<>();
      long[] w = new long[game.players()];
      for (int p = 0; p < w.length; p++) {
        classes.add(MemberClass.of("p" + p, 1));
        w[p] = game.weights().get(p);
      }
      return method.compute(ClassGame.of(classes, GameRule.weighted(game.quota(), w))).classes();
    };
  }

  private static List<String> swings(List<ClassPower> power) {
    return power.stream().map(p -> p.swings().toString()).toList();
  }

  private static List<String> banzhaf(List<ClassPower> power) {
    return power.stream().map(p -> p.banzhaf().toString()).toList();
  }

  private static List<String> penrose(List<ClassPower> power) {
    return power.stream().map(p -> p.penrose().toString()).toList();
  }

  private static List<String> shapley(List<ClassPower> power) {
    return power.stream().map(p -> p.shapleyShubik().toString()).toList();
  }

  private static List<String> repeat(int times, String value) {
    return java.util.Collections.nCopies(times, value);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void unSecurityCouncil_givesTheTextbookValues(String name, Function<WeightedGame, List<ClassPower>> method) {
    WeightedGame unsc = WeightedGame.of(39, 7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    List<ClassPower> power = method.apply(unsc);
    assertEquals(concat(repeat(5, "421/2145"), repeat(10, "4/2145")), shapley(power));
    assertEquals(concat(repeat(5, "848"), repeat(10, "84")), swings(power));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void nassauCounty_hasThreeEqualMembersAndThreeDummies(
      String name, Function<WeightedGame, List<ClassPower>> method) {
    List<String> expected = List.of("1/3", "1/3", "1/3", "0", "0", "0");
    for (WeightedGame board : List.of(WeightedGame.of(58, 31, 31, 28, 21, 2, 2), WeightedGame.of(16, 9, 9, 7, 3, 1, 1))) {
      List<ClassPower> power = method.apply(board);
      assertEquals(expected, banzhaf(power), board.toString());
      assertEquals(expected, shapley(power), board.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void eecCouncil1958_givesFelsenthalAndMachoversValues(
      String name, Function<WeightedGame, List<ClassPower>> method) {
    List<ClassPower> power = method.apply(WeightedGame.of(12, 4, 4, 4, 2, 2, 1));
    assertEquals(List.of("10", "10", "10", "6", "6", "0"), swings(power));
    assertEquals(List.of("5/21", "5/21", "5/21", "1/7", "1/7", "0"), banzhaf(power));
    List<Fraction> penrose = power.stream().map(ClassPower::penrose).toList();
    List<Fraction> published =
        Stream.of("0.3125", "0.3125", "0.3125", "0.1875", "0.1875", "0").map(Fraction::parse).toList();
    assertEquals(published, penrose);
    assertEquals(List.of("7/30", "7/30", "7/30", "3/20", "3/20", "0"), shapley(power));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void smallPublishedGames_giveTheirShapleyShubikValues(
      String name, Function<WeightedGame, List<ClassPower>> method) {
    assertEquals(List.of("1/2", "1/6", "1/6", "1/6"), shapley(method.apply(WeightedGame.of(4, 3, 2, 1, 1))));
    assertEquals(
        List.of("1/12", "1/12", "1/4", "7/12"), shapley(method.apply(WeightedGame.of(50, 10, 10, 20, 30))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void coopGameExample_givesItsPenroseValues(String name, Function<WeightedGame, List<ClassPower>> method) {
    List<Fraction> published = Stream.of("0.625", "0.375", "0.375", "0.125").map(Fraction::parse).toList();
    assertEquals(published, method.apply(WeightedGame.of(12, 8, 6, 4, 2)).stream().map(ClassPower::penrose).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void nwerc1995ProblemD_givesItsSwings(String name, Function<WeightedGame, List<ClassPower>> method) {
    assertEquals(List.of("10", "2", "2", "6", "6"), swings(method.apply(WeightedGame.of(13, 7, 4, 2, 6, 6))));
    assertEquals(
        List.of("18", "14", "14", "2", "2", "2"), swings(method.apply(WeightedGame.of(17, 12, 9, 7, 3, 1, 1))));
    assertEquals(List.of("3", "1", "1"), swings(method.apply(WeightedGame.of(3, 2, 1, 1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void penrose_isSwingsOverTwoToTheOthers(String name, Function<WeightedGame, List<ClassPower>> method) {
    List<ClassPower> power = method.apply(WeightedGame.of(13, 7, 4, 2, 6, 6));
    for (ClassPower p : power) {
      assertEquals(Fraction.of(p.swings(), BigInteger.valueOf(16)), p.penrose());
    }
  }
}
