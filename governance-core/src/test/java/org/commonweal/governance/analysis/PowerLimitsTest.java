package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonweal.governance.base.LimitExceededException;
import org.junit.jupiter.api.Test;

/**
 * Each method at exactly its limits (taken) and one beyond (refused), and the automatic choice between the
 * class-count method and the dynamic programme where both take a game: the cheaper by their rough costs,
 * the class-count method on a tie.
 */
class PowerLimitsTest {

  /** {@code n} players of weight {@code w}, each its own class, so that the class-count method cannot take them. */
  private static ClassGame players(int n, long w, long quota) {
    long[] weights = new long[n];
    Arrays.fill(weights, w);
    return PowerProperties.byPlayer(WeightedGame.of(quota, weights));
  }

  /** A game no weighted rule alone describes, for the class-count method only. */
  private static ClassGame compound(List<Integer> sizes) {
    List<MemberClass> classes = new ArrayList<>();
    long[] ones = new long[sizes.size()];
    for (int j = 0; j < sizes.size(); j++) {
      classes.add(MemberClass.of("c" + j, sizes.get(j)));
      ones[j] = 1;
    }
    return ClassGame.of(classes, GameRule.anyOf(GameRule.weighted(1, ones), GameRule.weighted(2, ones)));
  }

  @Test
  void name_isTheMethodsName() {
    assertEquals("automatic", PowerAlgorithm.automatic().name());
    assertEquals("class-count", PowerAlgorithm.classCount().name());
    assertEquals("dynamic-programming", PowerAlgorithm.dynamicProgramming().name());
    assertEquals("brute-force", PowerAlgorithm.bruteForce().name());
  }

  @Test
  void classCount_takesExactlyTenMillionVectors() {
    // 10,000 x 1,000 = 10^7 vectors; one more member of the smaller class makes 10,000 x 1,001.
    ClassGame most = compound(List.of(9_999, 999));
    assertEquals(10_000_000L, most.vectors());
    PowerAlgorithm.classCount().checkLimits(most);
    PowerAlgorithm.automatic().checkLimits(most);
    LimitExceededException e = assertThrows(LimitExceededException.class,
        () -> PowerAlgorithm.classCount().checkLimits(compound(List.of(9_999, 1_000))));
    assertEquals(10_010_000L, e.actual());
    assertThrows(LimitExceededException.class, () -> PowerAlgorithm.automatic().checkLimits(compound(List.of(9_999, 1_000))));
  }

  @Test
  void classCount_takesExactlyFiftyThousandMembers() {
    ClassGame most = compound(List.of(50_000));
    PowerAlgorithm.classCount().checkLimits(most);
    PowerAlgorithm.automatic().checkLimits(most);
    LimitExceededException e = assertThrows(LimitExceededException.class,
        () -> PowerAlgorithm.classCount().checkLimits(compound(List.of(50_001))));
    assertEquals(50_000L, e.limit());
    assertEquals(50_001L, e.actual());
    assertThrows(LimitExceededException.class, () -> PowerAlgorithm.automatic().checkLimits(compound(List.of(50_001))));
  }

  @Test
  void dynamicProgramming_takesExactlyTwoHundredMembers() {
    // 200 players, each its own class: 2^200 vectors, so only the dynamic programme takes them.
    PowerAlgorithm.dynamicProgramming().checkLimits(players(200, 1, 101));
    PowerAlgorithm.automatic().checkLimits(players(200, 1, 101));
    assertThrows(LimitExceededException.class, () -> PowerAlgorithm.automatic().checkLimits(players(201, 1, 101)));
  }

  @Test
  void dynamicProgramming_takesExactlyAQuotaOfTwentyThousand() {
    // 24 players: 2^24 vectors, beyond the class-count method; 24^2 x 20,000 is well within the work.
    PowerAlgorithm.dynamicProgramming().checkLimits(players(24, 1_000, 20_000));
    PowerAlgorithm.automatic().checkLimits(players(24, 1_000, 20_000));
    LimitExceededException e = assertThrows(LimitExceededException.class,
        () -> PowerAlgorithm.dynamicProgramming().checkLimits(players(24, 1_000, 20_001)));
    assertEquals(20_000L, e.limit());
    assertEquals(20_001L, e.actual());
    assertThrows(LimitExceededException.class, () -> PowerAlgorithm.automatic().checkLimits(players(24, 1_000, 20_001)));
  }

  @Test
  void dynamicProgramming_takesExactlyAHundredMillionOfWork() {
    // 100 players and a quota of 10,000: 100^2 x 10,000 = 10^8.
    PowerAlgorithm.dynamicProgramming().checkLimits(players(100, 100, 10_000));
    PowerAlgorithm.automatic().checkLimits(players(100, 100, 10_000));
    LimitExceededException e = assertThrows(LimitExceededException.class,
        () -> PowerAlgorithm.dynamicProgramming().checkLimits(players(100, 101, 10_001)));
    assertEquals(100_000_000L, e.limit());
    assertEquals(100_010_000L, e.actual());
    assertThrows(LimitExceededException.class, () -> PowerAlgorithm.automatic().checkLimits(players(100, 101, 10_001)));
  }

  @Test
  void automatic_choosesTheDynamicProgrammeWhereItIsCheaper() {
    // Two classes of one member. The class-count method: for each class, the 2 profiles of the other times
    // 2 + 1 bit for its size, 6, both classes 12, times 2 classes: 24. The programme: 2^2 x 5 = 20.
    ClassGame game = ClassGame.of(List.of(MemberClass.of("a", 1), MemberClass.of("b", 1)), GameRule.weighted(5, 4, 1));
    assertEquals("dynamic-programming", PowerAlgorithm.automatic().compute(game).method());
  }

  @Test
  void automatic_choosesTheClassCountMethodOnATie() {
    // As above with a quota of 6: the programme's 2^2 x 6 = 24 equals the class-count method's 24.
    ClassGame game = ClassGame.of(List.of(MemberClass.of("a", 1), MemberClass.of("b", 1)), GameRule.weighted(6, 5, 1));
    assertEquals("class-count", PowerAlgorithm.automatic().compute(game).method());
  }
}
