package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes that no part of a rule tells apart, counted together: the same power as counted apart. */
class MergingTest {

  @Test
  void of_readsThePartsOfEveryKindOfCompoundRule() {
    // a alone carries the first alternative; b needs both its members for the second: a and b differ.
    GameRule either = GameRule.anyOf(GameRule.weighted(1, 1, 0), GameRule.weighted(2, 0, 1));
    for (GameRule rule : List.of(either, GameRule.allOf(either, GameRule.weighted(1, 1, 1)))) {
      ClassGame game = ClassGame.of(List.of(MemberClass.of("a", 1), MemberClass.of("b", 2)), rule);
      assertEquals(2, Merging.of(2, List.of(rule)).classes);
      assertEquals(PowerAlgorithm.bruteForce().compute(game).classes(), Merging.power(game).classes());
    }
  }

  @Test
  void power_classesOfTheSameWeights_countedTogetherAsTheyAre() {
    // a and b weigh 1 each, ab weighs 2: a and b are counted together, whatever their names.
    ClassGame game = ClassGame.of(List.of(MemberClass.of("a", 1), MemberClass.of("b", 1), MemberClass.of("ab", 1)),
        GameRule.weighted(3, 1, 1, 2));
    assertEquals(2, Merging.of(3, List.of(game.rule())).classes);
    PowerIndices power = Merging.power(game);
    assertEquals(PowerAlgorithm.bruteForce().compute(game).classes(), power.classes());
    // ab swings with a, with b and with both (3 coalitions of the others); a and b only beside ab alone (1).
    assertEquals(List.of(1L, 1L, 3L), power.classes().stream().map(p -> p.swings().longValueExact()).toList());
  }

  @Test
  void power_aClassNamedAsTwoOthersJoined_isKeptApart() {
    // a and b are counted together beside a class whose own name is "a + b".
    ClassGame game = ClassGame.of(List.of(MemberClass.of("a", 1), MemberClass.of("b", 1), MemberClass.of("a + b", 1)),
        GameRule.weighted(3, 1, 1, 2));
    assertEquals(PowerAlgorithm.bruteForce().compute(game).classes(), Merging.power(game).classes());
  }
}
