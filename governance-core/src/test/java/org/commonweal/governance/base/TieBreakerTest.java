package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TieBreakerTest {

  private static final List<String> ABC = List.of("Adams", "Baker", "Clarke");

  private static List<TieBreaker> factories() {
    return List.of(TieBreaker.givenOrder(), TieBreaker.fixedOrder(BaseDomain.NAMES), TieBreaker.seeded(2026));
  }

  // ---------------------------------------------------------------- given order

  @Test
  void givenOrder_keepsTheOrderPresented() {
    Draw<String> d = TieBreaker.givenOrder().draw(4, List.of("Clarke", "Adams", "Baker"));
    assertEquals(List.of("Clarke", "Adams", "Baker"), d.order());
    assertEquals(List.of("Clarke", "Adams", "Baker"), d.tied());
    assertEquals("Clarke", d.first());
    assertEquals("Baker", d.last());
    assertEquals(4, d.number());
    assertEquals("lot in the order given", d.method());
  }

  // ---------------------------------------------------------------- fixed order

  @Test
  void fixedOrder_sortsTheTiedItemsByTheList() {
    // The returning officer drew Clarke, Adams, Davies, Baker before the count.
    TieBreaker officer = TieBreaker.fixedOrder(List.of("Clarke", "Adams", "Davies", "Baker"));
    assertEquals(List.of("Clarke", "Adams", "Baker"), officer.draw(1, ABC).order());
    assertEquals(List.of("Adams", "Baker"), officer.draw(2, List.of("Baker", "Adams")).order());
    assertEquals(List.of("Davies", "Baker"), officer.draw(3, List.of("Baker", "Davies")).order());
    // The draw records the items as they were presented, not as sorted.
    assertEquals(List.of("Baker", "Davies"), officer.draw(3, List.of("Baker", "Davies")).tied());
  }

  @Test
  void fixedOrder_unknownTiedItem_throwsNamingTheItemAndTheOrder() {
    TieBreaker officer = TieBreaker.fixedOrder(List.of("Adams", "Baker"));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> officer.draw(1, List.of("Adams", "Zephaniah")));
    assertEquals("tied", e.field());
    assertEquals("Zephaniah", e.value());
    assertTrue(e.getMessage().contains("Zephaniah"), e.getMessage());
    assertTrue(e.getMessage().contains("[Adams, Baker]"), e.getMessage());
  }

  @Test
  void fixedOrder_duplicate_throwsNamingTheDuplicate() {
    List<String> order = List.of("Adams", "Baker", "Clarke", "Baker");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TieBreaker.fixedOrder(order));
    assertEquals("order", e.field());
    assertEquals(order.toString(), e.value());
    assertTrue(e.getMessage().contains("duplicate: Baker"), e.getMessage());
    assertTrue(e.getMessage().contains(order.toString()), e.getMessage());
  }

  @Test
  void fixedOrder_nullItem_throwsNamingItsPosition() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> TieBreaker.fixedOrder(Arrays.asList("Adams", null)));
    assertEquals("order[1]", e.getMessage());
  }

  @Test
  void fixedOrder_laterChangesToTheList_doNotChangeIt() {
    List<String> order = new ArrayList<>(List.of("Baker", "Adams"));
    TieBreaker officer = TieBreaker.fixedOrder(order);
    order.clear();
    order.addAll(List.of("Adams", "Baker"));
    assertEquals(List.of("Baker", "Adams"), officer.draw(1, List.of("Adams", "Baker")).order());
  }

  @Test
  void fixedOrder_everyDraw_sharesOneDescription() {
    // A count with a tie at every stage records the description in every draw: one copy, not one each.
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      order.add("candidate " + i);
    }
    TieBreaker officer = TieBreaker.fixedOrder(order);
    assertSame(officer.draw(1, List.of("candidate 3", "candidate 7")).method(), officer.draw(2, List.of("candidate 9", "candidate 1")).method());
  }

  // ---------------------------------------------------------------- descriptions

  @Test
  void description_saysHowTheLotIsDrawn_andIsRecordedInEveryDraw() {
    assertEquals("lot in the order given", TieBreaker.givenOrder().description());
    assertEquals("fixed order [Clarke, Adams, Baker]", TieBreaker.fixedOrder(List.of("Clarke", "Adams", "Baker")).description());
    assertEquals("seeded lot (seed 2026)", TieBreaker.seeded(2026).description());
    assertEquals("seeded lot (seed -1)", TieBreaker.seeded(-1).description());
    for (TieBreaker t : factories()) {
      assertEquals(t.description(), t.toString());
      assertEquals(t.description(), t.draw(1, ABC).method());
    }
  }

  // ---------------------------------------------------------------- invalid draws

  @Test
  void draw_fewerThanTwoItems_throwsForEveryTieBreaker() {
    for (TieBreaker t : factories()) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> t.draw(1, List.of("Adams")), t::toString);
      assertEquals("tied", e.field());
    }
  }

  @Test
  void draw_numberBelowOne_throwsForEveryTieBreaker() {
    for (TieBreaker t : factories()) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> t.draw(0, ABC), t::toString);
      assertEquals("number", e.field());
    }
  }

  @Test
  void draw_anItemTiedTwice_throwsForEveryTieBreaker() {
    for (TieBreaker t : factories()) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> t.draw(1, List.of("Adams", "Baker", "Adams")), t::toString);
      assertEquals("tied", e.field());
      assertTrue(e.getMessage().contains("[Adams, Baker, Adams]"), e.getMessage());
    }
  }

  // ---------------------------------------------------------------- seeded lot

  @Test
  void seeded_sameSeedNumberAndItems_giveTheSameOrder() {
    List<String> names = BaseDomain.NAMES;
    for (int number = 1; number <= 20; number++) {
      assertEquals(
          TieBreaker.seeded(2026).draw(number, names).order(),
          TieBreaker.seeded(2026).draw(number, new ArrayList<>(names)).order());
    }
  }

  @Test
  void seeded_differentDrawNumbersAndSeeds_giveDifferentOrders() {
    List<String> five = BaseDomain.NAMES.subList(0, 5);
    Set<List<String>> byNumber = new HashSet<>();
    Set<List<String>> bySeed = new HashSet<>();
    for (int i = 1; i <= 20; i++) {
      byNumber.add(TieBreaker.seeded(2026).draw(i, five).order());
      bySeed.add(TieBreaker.seeded(i).draw(1, five).order());
    }
    // Twenty draws among 120 orders: all alike would be a broken lot (chance 120^-19 for a fair one).
    assertTrue(byNumber.size() > 5, byNumber::toString);
    assertTrue(bySeed.size() > 5, bySeed::toString);
    assertNotEquals(TieBreaker.seeded(1).draw(1, five).order(), TieBreaker.seeded(2).draw(1, five).order());
  }

  @Test
  void seeded_overManySeeds_favoursEachOfThreeItemsAboutAThirdOfTheTime() {
    Multiset<String> first = HashMultiset.create();
    Multiset<String> last = HashMultiset.create();
    Multiset<List<String>> orders = HashMultiset.create();
    for (long seed = 0; seed < 3000; seed++) {
      Draw<String> d = TieBreaker.seeded(seed).draw(1, ABC);
      first.add(d.first());
      last.add(d.last());
      orders.add(d.order());
    }
    // Expected 1000 each, standard deviation sqrt(3000 * 1/3 * 2/3) = 25.8: the band is almost 6 of them.
    for (String name : ABC) {
      assertInBand(850, 1150, first.count(name), "first " + name);
      assertInBand(850, 1150, last.count(name), "last " + name);
    }
    // All 6 orders, expected 500 each, standard deviation 20.4: the band is almost 5 of them.
    assertEquals(6, orders.elementSet().size(), orders::toString);
    for (List<String> order : orders.elementSet()) {
      assertInBand(400, 600, orders.count(order), "order " + order);
    }
  }

  @Test
  void seeded_overManyDrawNumbers_favoursEachOfThreeItemsAboutAThirdOfTheTime() {
    Multiset<String> first = HashMultiset.create();
    TieBreaker lot = TieBreaker.seeded(2026);
    for (int number = 1; number <= 3000; number++) {
      first.add(lot.draw(number, ABC).first());
    }
    for (String name : ABC) {
      assertInBand(850, 1150, first.count(name), "first " + name);
    }
  }

  /**
   * The draws of one count must be independent lots. Over 4800 seeds, the pair (first of draw m, first of
   * draw n) of a four-item tie should fall evenly on its 16 cells (300 each); the chi-square statistic has
   * 15 degrees of freedom, mean 15 and standard deviation 5.5, and the bound 48 is six of them above the
   * mean. A generator whose streams overlap between draws two apart (state started at seed + n * gamma)
   * scores above 200 here.
   */
  @Test
  void seeded_drawsOfOneCount_areIndependentOfEachOther() {
    List<String> four = BaseDomain.NAMES.subList(0, 4);
    int[][] pairs = {{1, 2}, {2, 3}, {1, 3}, {2, 4}, {3, 5}, {4, 6}};
    for (int[] pair : pairs) {
      int[][] cells = new int[4][4];
      for (long seed = 0; seed < 4800; seed++) {
        TieBreaker lot = TieBreaker.seeded(seed);
        cells[four.indexOf(lot.draw(pair[0], four).first())][four.indexOf(lot.draw(pair[1], four).first())]++;
      }
      double chiSquare = 0;
      for (int[] row : cells) {
        for (int observed : row) {
          chiSquare += (observed - 300.0) * (observed - 300.0) / 300.0;
        }
      }
      assertTrue(chiSquare < 48, "draws " + pair[0] + " and " + pair[1] + ": chi-square " + chiSquare);
    }
  }

  private static void assertInBand(int low, int high, int actual, String what) {
    assertTrue(low <= actual && actual <= high, what + ": " + actual + " not in [" + low + ", " + high + "]");
  }

  // ---------------------------------------------------------------- nulls

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(List.class, ImmutableList.of("Adams", "Baker"));
    tester.testAllPublicStaticMethods(TieBreaker.class);
    for (TieBreaker t : factories()) {
      tester.testAllPublicInstanceMethods(t);
    }
  }

  @Test
  void equals_drawingAlike() {
    // Equal exactly when they draw alike: the same kind, and the same seed or the same order.
    new EqualsTester()
        .addEqualityGroup(TieBreaker.givenOrder(), TieBreaker.givenOrder())
        .addEqualityGroup(TieBreaker.seeded(1), TieBreaker.seeded(1))
        .addEqualityGroup(TieBreaker.seeded(2))
        .addEqualityGroup(TieBreaker.fixedOrder(List.of("a", "b")), TieBreaker.fixedOrder(ImmutableList.of("a", "b")))
        .addEqualityGroup(TieBreaker.fixedOrder(List.of("b", "a")))
        .testEquals();
  }

  @Test
  void equals_fixedOrdersDescribedAlike_butOfOtherItems_areUnequal() {
    // The items 1 (a number) and "1" (a text) print alike; a fixed order of one is not one of the other.
    TieBreaker numbers = TieBreaker.fixedOrder(List.of(1, 2));
    TieBreaker texts = TieBreaker.fixedOrder(List.of("1", "2"));
    assertEquals(numbers.description(), texts.description());
    assertNotEquals(numbers, texts);
  }
}
