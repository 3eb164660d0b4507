package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/**
 * The properties of generated games against their definitions, checked member by member over every
 * coalition of members (at most 20 members, so at most 2^20 coalitions) rather than over class counts.
 */
@Domain(AnalysisDomain.class)
class GamePropertiesProperties {

  /** Whether the coalition {@code mask} of members (numbered class by class) wins. */
  private static boolean wins(ClassGame game, int mask) {
    List<Integer> counts = new ArrayList<>();
    int p = 0;
    for (MemberClass c : game.classes()) {
      int k = 0;
      for (int m = 0; m < c.size(); m++, p++) {
        if ((mask & (1 << p)) != 0) {
          k++;
        }
      }
      counts.add(k);
    }
    return game.wins(counts);
  }

  @Property(tries = 100)
  void properAndStrong_holdOverEveryCoalitionOfMembers(@ForAll ClassGame game) {
    int n = game.members();
    int all = (1 << n) - 1;
    boolean proper = true;
    boolean strong = true;
    for (int mask = 0; mask <= all; mask++) {
      boolean a = wins(game, mask);
      boolean b = wins(game, all ^ mask);
      proper &= !(a && b);
      strong &= a || b;
    }
    GameProperties p = GameProperties.of(game);
    assertEquals(proper, p.proper());
    assertEquals(strong, p.strong());
    assertEquals(proper && strong, p.decisive());
  }

  @Property(tries = 100)
  void vetoesPassersAndDummies_matchTheirDefinitions(@ForAll ClassGame game) {
    int n = game.members();
    int all = (1 << n) - 1;
    List<MemberClass> veto = new ArrayList<>();
    List<MemberClass> passer = new ArrayList<>();
    List<MemberClass> dummy = new ArrayList<>();
    int first = 0;
    for (MemberClass c : game.classes()) {
      int bit = 1 << first;
      if (!wins(game, all ^ bit)) {
        veto.add(c);
      }
      if (wins(game, bit)) {
        passer.add(c);
      }
      boolean swings = false;
      for (int mask = 0; mask <= all && !swings; mask++) {
        swings = (mask & bit) != 0 && wins(game, mask) && !wins(game, mask ^ bit);
      }
      if (!swings) {
        dummy.add(c);
      }
      first += c.size();
    }
    GameProperties p = GameProperties.of(game);
    assertEquals(veto, p.vetoClasses());
    assertEquals(passer, p.passerClasses());
    assertEquals(dummy, p.dummyClasses());
    List<MemberClass> dictators = new ArrayList<>(veto);
    dictators.retainAll(passer);
    assertEquals(dictators, p.dictatorClasses());
  }
}
