package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.shares.Money;

/** {@link SurplusRule#allocate}: exact to the penny, whatever the rule, surplus and members. */
class SurplusAllocationProperties {
  private static final Currency GBP = Currency.getInstance("GBP");

  /** A rule, a surplus, and each member's capital and trade, in pence. */
  record Case(SurplusRule rule, long surplus, List<long[]> members) {
    ImmutableMap<MemberId, Money> capital() {
      return column(0);
    }

    ImmutableMap<MemberId, Money> trade() {
      return column(1);
    }

    private ImmutableMap<MemberId, Money> column(int c) {
      Map<MemberId, Money> out = new LinkedHashMap<>();
      for (int i = 0; i < members.size(); i++) {
        out.put(MemberId.of("m" + i), Money.ofMinor(members.get(i)[c], GBP));
      }
      return ImmutableMap.copyOf(out);
    }

    SurplusAllocation allocate() {
      return rule.allocate(Money.ofMinor(surplus, GBP), capital(), trade());
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> pct = Arbitraries.integers().between(0, 28); // three parts and 1/7 stay within the whole
    Arbitrary<SurplusRule> rules =
        Combinators.combine(pct, pct, pct, Arbitraries.integers().between(0, 800), Arbitraries.integers().between(0, 29))
            .as(
                (reserves, patronage, interest, rateBasisPoints, floor) ->
                    new SurplusRule(
                        ImmutableList.of(
                            new SurplusPart.ToFund("reserves", Fund.INDIVISIBLE_RESERVES, Fraction.of(reserves, 100)),
                            new SurplusPart.Patronage("dividend", Fraction.of(patronage, 100)),
                            new SurplusPart.CapitalInterest(
                                "interest", Fraction.of(rateBasisPoints, 10_000), Fraction.of(8, 100), Fraction.of(interest, 100)),
                            new SurplusPart.ToFund("social", Fund.SOCIAL_FUND, Fraction.of(1, 7))),
                        Fraction.of(floor, 100)));
    Arbitrary<long[]> member =
        Arbitraries.longs().between(0, 10_000_000).list().ofSize(2).map(l -> new long[] {l.get(0), l.get(1)});
    Arbitrary<Case> generated =
        Combinators.combine(rules, Arbitraries.longs().between(0, 1_000_000_000L), member.list().ofMinSize(0).ofMaxSize(8))
            .as(Case::new);
    return Arbitraries.oneOf(
        generated,
        Combinators.combine(Arbitraries.longs().between(0, 1_000_000_000L), member.list().ofMaxSize(8))
            .as((s, m) -> new Case(SurplusRule.mondragon(), s, m)));
  }

  @Property(tries = 300)
  void allocate_anyCase_partsSumExactlyToTheSurplus(@ForAll("cases") Case c) {
    SurplusAllocation a = c.allocate();
    assertEquals(c.surplus(), a.parts().stream().mapToLong(p -> p.amount().minorUnits()).sum());
  }

  @Property(tries = 300)
  void allocate_anyCase_noMemberAmountNegative(@ForAll("cases") Case c) {
    for (SurplusAllocation.Part p : c.allocate().parts()) {
      assertTrue(p.amount().signum() >= 0, p.name());
      p.members().values().forEach(m -> assertTrue(m.signum() >= 0, p.name()));
    }
  }

  @Property(tries = 300)
  void patronage_anyCase_eachMemberWithinOnePennyOfItsExactShareAndNeverAPennyAbove(@ForAll("cases") Case c) {
    SurplusAllocation a = c.allocate();
    long totalTrade = c.trade().values().stream().mapToLong(Money::minorUnits).sum();
    for (SurplusAllocation.Part p : a.parts()) {
      if (!p.explanation().contains("in proportion to trade")) {
        continue;
      }
      for (Map.Entry<MemberId, Money> e : p.members().entrySet()) {
        Money trade = c.trade().get(e.getKey());
        Fraction exact =
            totalTrade == 0
                ? Fraction.ZERO
                : Fraction.of(p.amount().minorUnits()).times(Fraction.of(trade.minorUnits(), totalTrade));
        Fraction diff = Fraction.of(e.getValue().minorUnits()).minus(exact);
        assertTrue(diff.isLessThan(Fraction.ONE), "more than a penny above: " + e);
        assertTrue(diff.negate().isLessThan(Fraction.ONE), "a penny or more below: " + e);
      }
    }
  }

  @Property(tries = 300)
  void interest_anyCase_neverAboveTheRateOnCapitalNorThePartsCap(@ForAll("cases") Case c) {
    SurplusAllocation a = c.allocate();
    for (int i = 0; i < c.rule().parts().size(); i++) {
      if (c.rule().parts().get(i) instanceof SurplusPart.CapitalInterest ci) {
        SurplusAllocation.Part p = a.parts().get(i);
        assertTrue(Fraction.of(p.amount().minorUnits()).isAtMost(Fraction.of(c.surplus()).times(ci.maxShare())));
        for (Map.Entry<MemberId, Money> e : p.members().entrySet()) {
          Fraction due = Fraction.of(c.capital().get(e.getKey()).minorUnits()).times(ci.rate());
          assertTrue(Fraction.of(e.getValue().minorUnits()).isAtMost(due), e.toString());
        }
      }
    }
  }

  @Property(tries = 300)
  void allocate_anyCase_reservesAtLeastTheFloor(@ForAll("cases") Case c) {
    SurplusAllocation a = c.allocate();
    Fraction floor = Fraction.of(c.surplus()).times(c.rule().minimumReserves());
    assertTrue(Fraction.of(a.toFund(Fund.INDIVISIBLE_RESERVES).minorUnits()).isAtLeast(floor));
  }

  @Property(tries = 200)
  void allocate_anyCase_isDeterministicWhateverTheOrderOfMembers(@ForAll("cases") Case c) {
    SurplusAllocation first = c.allocate();
    // The same members given in the reverse order: the tie rule uses member order, not map order.
    Map<MemberId, Money> capital = new LinkedHashMap<>();
    Map<MemberId, Money> trade = new LinkedHashMap<>();
    ImmutableList.copyOf(c.capital().keySet()).reverse().forEach(m -> {
      capital.put(m, c.capital().get(m));
      trade.put(m, c.trade().get(m));
    });
    assertEquals(first, c.rule().allocate(Money.ofMinor(c.surplus(), GBP), capital, trade));
    assertEquals(first, c.allocate());
  }
}
