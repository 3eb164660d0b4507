package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.LimitExceededException;
import org.junit.jupiter.api.Test;

/** The properties of small games whose vetoes, dummies and winning coalitions are known by hand. */
class GamePropertiesTest {

  private static List<String> names(List<MemberClass> classes) {
    return classes.stream().map(MemberClass::name).toList();
  }

  @Test
  void of_findsNassauCountysDummies() {
    GameProperties p = GameProperties.of(WeightedGame.of(58, 31, 31, 28, 21, 2, 2).classGame());
    assertEquals(List.of("weight 21", "weight 2"), names(p.dummyClasses()));
    assertEquals(List.of(), p.vetoClasses());
    assertEquals(List.of(), p.passerClasses());
    // The total, 115, is odd and the quota 58 more than half: of a coalition and its complement exactly one wins.
    assertTrue(p.proper());
    assertTrue(p.strong());
    assertTrue(p.decisive());
  }

  @Test
  void of_listsTheMinimalWinningCoalitionsOfPlayers() {
    GameProperties p = GameProperties.of(PowerProperties.byPlayer(WeightedGame.of(58, 31, 31, 28, 21, 2, 2)));
    List<List<String>> coalitions = new ArrayList<>();
    p.minimalWinningCoalitions().forEach(c -> coalitions.add(names(c)));
    assertEquals(List.of(List.of("p0", "p1"), List.of("p0", "p2"), List.of("p1", "p2")), coalitions);
  }

  @Test
  void of_givesThePermanentMembersOfTheSecurityCouncilAVeto() {
    GameProperties p = GameProperties.of(WeightedGame.of(39, 7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).classGame());
    assertEquals(List.of("weight 7"), names(p.vetoClasses()));
    assertEquals(List.of(), p.dummyClasses());
    assertTrue(p.proper());
    // Five permanent members against ten elected: both sides lose.
    assertFalse(p.strong());
    assertFalse(p.decisive());
    assertEquals(1, p.minimalWinningCoalitions().size());
  }

  @Test
  void of_findsADictator() {
    GameProperties p = GameProperties.of(WeightedGame.of(3, 3, 1, 1).classGame());
    assertEquals(List.of("weight 3"), names(p.dictatorClasses()));
    assertEquals(List.of("weight 3"), names(p.vetoClasses()));
    assertEquals(List.of("weight 3"), names(p.passerClasses()));
    assertEquals(List.of("weight 1"), names(p.dummyClasses()));
  }

  @Test
  void of_givesAClassOfTwoAVetoWhenItsMajorityMustConsent() {
    // Members of A and B, one vote each, a majority of all (4 of 6 here: at least 4), and B's consent by a
    // majority of its two members: both of them.
    ClassGame game =
        ClassGame.of(
            List.of(MemberClass.of("A", 4), MemberClass.of("B", 2)),
            GameRule.allOf(GameRule.weighted(4, 1, 1), GameRule.weighted(2, 0, 1)));
    GameProperties p = GameProperties.of(game);
    assertEquals(List.of("B"), names(p.vetoClasses()));
    assertEquals(List.of(), p.dummyClasses());
    assertEquals(1, p.minimalWinningCoalitions().size());
    assertEquals(List.of("A", "B"), names(p.minimalWinningCoalitions().get(0)));
  }

  @Test
  void of_refusesMoreThanTwentyClasses() {
    long[] w = new long[21];
    java.util.Arrays.fill(w, 1);
    List<MemberClass> classes = new ArrayList<>();
    for (int j = 0; j < 21; j++) {
      classes.add(MemberClass.of("c" + j, 1));
    }
    ClassGame game = ClassGame.of(classes, GameRule.weighted(11, w));
    LimitExceededException e = assertThrows(LimitExceededException.class, () -> GameProperties.of(game));
    assertEquals(20, e.limit());
    assertEquals(21, e.actual());
  }

  @Test
  void of_takesExactlyTwentyClasses() {
    // 20 members of one vote, each its own class, and a majority of 11: the members are alike, none vetoes.
    long[] w = new long[20];
    java.util.Arrays.fill(w, 1);
    GameProperties p = GameProperties.of(PowerProperties.byPlayer(WeightedGame.of(11, w)));
    assertEquals(List.of(), p.vetoClasses());
    assertEquals(List.of(), p.dummyClasses());
    // 11 of 20 and the other 9 cannot both win; 10 and 10 both lose.
    assertTrue(p.proper());
    assertFalse(p.strong());
  }

  @Test
  void of_takesExactlyTenMillionVectors() {
    // At least one of each of two classes of 9,999 and 999: 10,000 x 1,000 vectors.
    GameRule each = GameRule.allOf(GameRule.weighted(1, 1, 0), GameRule.weighted(1, 0, 1));
    GameProperties p = GameProperties.of(
        ClassGame.of(List.of(MemberClass.of("a", 9_999), MemberClass.of("b", 999)), each));
    // No one member vetoes, but neither class wins without the other.
    assertEquals(List.of(), p.vetoClasses());
    assertEquals(1, p.minimalWinningCoalitions().size());
    assertEquals(List.of("a", "b"), names(p.minimalWinningCoalitions().get(0)));
    LimitExceededException e = assertThrows(LimitExceededException.class, () -> GameProperties.of(
        ClassGame.of(List.of(MemberClass.of("a", 9_999), MemberClass.of("b", 1_000)), each)));
    assertEquals(10_000_000L, e.limit());
    assertEquals(10_010_000L, e.actual());
  }

  @Test
  void of_neitherProperNorStrong_whicheverIsFoundFirst() {
    // At least one of each of two classes of 2: all of a against all of b both lose (not strong), one of each
    // against one of each both win (not proper).
    List<MemberClass> two = List.of(MemberClass.of("a", 2), MemberClass.of("b", 2));
    GameProperties each = GameProperties.of(
        ClassGame.of(two, GameRule.allOf(GameRule.weighted(1, 1, 0), GameRule.weighted(1, 0, 1))));
    assertFalse(each.proper());
    assertFalse(each.strong());
    // Both of a or both of b: both of b against both of a both win; one of each against one of each both lose.
    GameProperties pair = GameProperties.of(
        ClassGame.of(two, GameRule.anyOf(GameRule.weighted(2, 1, 0), GameRule.weighted(2, 0, 1))));
    assertFalse(pair.proper());
    assertFalse(pair.strong());
    assertFalse(pair.decisive());
  }
}
