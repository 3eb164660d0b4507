package org.commonweal.governance.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrawTest {

  private static final List<String> TIED = List.of("Adams", "Baker", "Clarke");
  private static final String METHOD = "seeded lot (seed 2026)";

  @Test
  void of_validDraw_keepsItsParts() {
    Draw<String> d = Draw.of(3, TIED, List.of("Clarke", "Adams", "Baker"), METHOD);
    assertEquals(3, d.number());
    assertEquals(TIED, d.tied());
    assertEquals(List.of("Clarke", "Adams", "Baker"), d.order());
    assertEquals(METHOD, d.method());
  }

  @Test
  void firstAndLast_areTheFavouredAndTheDisfavoured() {
    Draw<String> d = Draw.of(1, TIED, List.of("Clarke", "Adams", "Baker"), METHOD);
    assertEquals("Clarke", d.first());
    assertEquals("Baker", d.last());
    Draw<String> two = Draw.of(1, List.of("Adams", "Baker"), List.of("Baker", "Adams"), METHOD);
    assertEquals("Baker", two.first());
    assertEquals("Adams", two.last());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void of_numberBelowOne_throwsNamingTheNumber(int number) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Draw.of(number, TIED, TIED, METHOD));
    assertEquals("number", e.field());
    assertEquals(String.valueOf(number), e.value());
    assertTrue(e.getMessage().contains("draw number " + number), e.getMessage());
  }

  @Test
  void of_fewerThanTwoTiedItems_throwsNamingTheTiedItems() {
    InvalidValueException one =
        assertThrows(InvalidValueException.class, () -> Draw.of(1, List.of("Adams"), List.of("Adams"), METHOD));
    assertEquals("tied", one.field());
    assertTrue(one.getMessage().contains("at least two"), one.getMessage());
    assertTrue(one.getMessage().contains("[Adams]"), one.getMessage());
    InvalidValueException none =
        assertThrows(InvalidValueException.class, () -> Draw.of(1, List.<String>of(), List.<String>of(), METHOD));
    assertEquals("tied", none.field());
  }

  @Test
  void of_anItemTiedTwice_throwsNamingTheTiedItems() {
    List<String> twice = List.of("Adams", "Baker", "Adams");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Draw.of(1, twice, twice, METHOD));
    assertEquals("tied", e.field());
    assertTrue(e.getMessage().contains("[Adams, Baker, Adams]"), e.getMessage());
    assertTrue(e.getMessage().contains("different"), e.getMessage());
  }

  @Test
  void of_orderNotAPermutationOfTheTied_throwsNamingBoth() {
    List<List<String>> wrongOrders =
        List.of(
            List.of("Adams", "Baker", "Davies"), // an item that was not tied
            List.of("Adams", "Baker"), // an item missing
            List.of("Adams", "Baker", "Clarke", "Clarke"), // an item twice
            List.of("Adams", "Adams", "Baker"), // same size, wrong multiset
            List.of());
    for (List<String> order : wrongOrders) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Draw.of(1, TIED, order, METHOD));
      assertEquals("order", e.field(), order::toString);
      assertEquals(order.toString(), e.value());
      assertTrue(e.getMessage().contains(order.toString()), e.getMessage());
      assertTrue(e.getMessage().contains(TIED.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("permutation"), e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void of_blankMethod_throwsNamingTheMethod(String method) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Draw.of(2, TIED, TIED, method));
    assertEquals("method", e.field());
    assertTrue(e.getMessage().contains("method of draw 2"), e.getMessage());
  }

  @Test
  void of_copiesTheLists() {
    List<String> tied = new ArrayList<>(TIED);
    Draw<String> d = Draw.of(1, tied, tied, METHOD);
    tied.set(0, "Zephaniah");
    assertEquals(TIED, d.tied());
    assertEquals(TIED, d.order());
  }

  @Test
  void equals_followsEveryPart() {
    List<String> reversed = List.of("Clarke", "Baker", "Adams");
    new EqualsTester()
        .addEqualityGroup(Draw.of(1, TIED, reversed, METHOD), Draw.of(1, List.copyOf(TIED), List.copyOf(reversed), METHOD))
        .addEqualityGroup(Draw.of(2, TIED, reversed, METHOD))
        .addEqualityGroup(Draw.of(1, reversed, reversed, METHOD))
        .addEqualityGroup(Draw.of(1, TIED, TIED, METHOD))
        .addEqualityGroup(Draw.of(1, TIED, reversed, "seeded lot (seed 2027)"))
        .testEquals();
  }

  @Test
  void publicStaticMethods_rejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(Draw.class);
  }
}
