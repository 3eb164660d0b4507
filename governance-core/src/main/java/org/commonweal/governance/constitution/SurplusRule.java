package org.commonweal.governance.constitution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.shares.Money;

/**
 * How a co-operative's rules divide a year's surplus: ordered {@link SurplusPart}s, then the rest to
 * indivisible reserves, with a floor on what reserves must receive.
 *
 * <p>Checked at build: the parts' shares (fixed shares, and the caps of computed parts) add up to at
 * most the whole ({@code parts}), and what the parts other than reserves may take leaves at least
 * {@code minimumReserves} of the surplus to reserves ({@code minimumReserves}). So every allocation
 * honours the floor whatever the interest and trade figures are.
 *
 * <p>The penny rule, stated once: each part's amount in money is the exact amount rounded down to a
 * whole minor unit; within a part shared among members (interest, patronage), the part's pennies are
 * divided by largest remainder (each member first receives the whole pennies of its exact share, then
 * the pennies left over go one each to the members with the largest fractional remainders, equal
 * remainders in the order of {@link MemberId}); interest is never more than a member's rate times its
 * capital, rounded down (within the part's cap each member is paid exactly that); every penny left over by rounding goes to indivisible reserves, the prudent
 * side. So the parts add up exactly to the surplus and no member receives a penny or more above its
 * exact share. Cost: O(m log m) for m members per part.
 *
 * <p>A loss (a negative surplus) is refused: the rules meet a loss from reserves, which is a decision of
 * the meeting, not a division.
 *
 * <p>{@link #mondragon()} is the commonly published division of the Mondragon co-operatives: 45% to
 * collective reserves, 45% to members' capital accounts, 10% to the social fund. Mondragon's own glossary
 * (mondragon-corporation.com, "Distribution of Net Surplus and Losses") names the three sections (social
 * funds, reserve fund, dividends) without fixing the percentages, which vary between co-operatives and
 * years; adjust them with {@link #of(SurplusPart...)}. {@link #frenchScic(Fraction, Fraction)} puts the
 * floor commonly stated for a French SCIC under Loi n° 47-1775 du 10 septembre 1947, art. 19 nonies: at
 * least 57.5% to indivisible reserves (15% to the legal reserve, then 50% of the rest to statutory
 * reserves: 15% + 50% × 85%). The figure is a constant here, not read from the law's text; a society
 * whose statutes fix a higher floor passes its own to the constructor.
 *
 * @param parts the parts, in order
 * @param minimumReserves the least share of the surplus that must go to indivisible reserves
 * @since 0.1.0
 */
public record SurplusRule(ImmutableList<SurplusPart> parts, Fraction minimumReserves) {

  /** The SCIC's floor on indivisible reserves: 57.5%. */
  public static final Fraction SCIC_MINIMUM_RESERVES = Fraction.of(115, 200);

  /**
   * Checks the shares.
   *
   * @param parts the parts, in order
   * @param minimumReserves the least share that goes to indivisible reserves
   */
  public SurplusRule {
    parts = ImmutableList.copyOf(checkNotNull(parts, "parts"));
    checkNotNull(minimumReserves, "minimumReserves");
    Checks.check(
        minimumReserves.signum() >= 0 && minimumReserves.isAtMost(Fraction.ONE),
        "minimumReserves",
        minimumReserves,
        "minimumReserves (%s) must be between 0 and 1",
        minimumReserves);
    Fraction total = Fraction.ZERO;
    Fraction notReserves = Fraction.ZERO;
    for (SurplusPart part : parts) {
      total = total.plus(part.maxShare());
      if (!(part instanceof SurplusPart.ToFund f && f.fund() == Fund.INDIVISIBLE_RESERVES)) {
        notReserves = notReserves.plus(part.maxShare());
      }
    }
    Checks.check(
        total.isAtMost(Fraction.ONE), "parts", total, "the parts' shares add up to %s, more than the whole", total);
    Checks.check(
        notReserves.isAtMost(Fraction.ONE.minus(minimumReserves)),
        "minimumReserves",
        minimumReserves,
        "parts other than reserves may take %s, leaving less than minimumReserves (%s)",
        notReserves,
        minimumReserves);
  }

  /**
   * A rule with no floor on reserves.
   *
   * @param parts the parts, in order
   * @return the rule
   */
  public static SurplusRule of(SurplusPart... parts) {
    return new SurplusRule(ImmutableList.copyOf(parts), Fraction.ZERO);
  }

  /**
   * Mondragon's commonly published 45/45/10: 45% to indivisible reserves, 45% returned to members in
   * proportion to their work (pass hours or pay as the trade of {@link #allocate}), 10% to the social
   * fund.
   *
   * @return the rule
   */
  public static SurplusRule mondragon() {
    return of(
        new SurplusPart.ToFund("reserves", Fund.INDIVISIBLE_RESERVES, Fraction.percent("45")),
        new SurplusPart.Patronage("co-operative return", Fraction.percent("45")),
        new SurplusPart.ToFund("social fund", Fund.SOCIAL_FUND, Fraction.percent("10")));
  }

  /**
   * A French SCIC: at least 57.5% to indivisible reserves, interest on share capital within its legal
   * cap, and the rest to reserves (a SCIC pays no patronage dividend).
   *
   * @param interestRate the rate of interest on share capital for the year
   * @param maxRate the legal maximum rate (the average yield of private bonds plus two points, under
   *     art. 14 of the same law; a parameter, since it changes every year)
   * @return the rule
   */
  public static SurplusRule frenchScic(Fraction interestRate, Fraction maxRate) {
    return new SurplusRule(
        ImmutableList.of(
            new SurplusPart.CapitalInterest(
                "interest on shares", interestRate, maxRate, Fraction.ONE.minus(SCIC_MINIMUM_RESERVES))),
        SCIC_MINIMUM_RESERVES);
  }

  /**
   * Divides a surplus by this rule, to the penny.
   *
   * @param surplus the year's surplus, not negative
   * @param paidUpCapital each member's paid-up share capital, in the surplus's currency
   * @param trade each member's trade with the society in the year (purchases, sales or pay), not
   *     negative, in the surplus's currency
   * @return the allocation, whose parts add up to the surplus
   * @throws org.commonweal.governance.base.InvalidValueException if the surplus is a loss, an amount is
   *     negative or in another currency
   */
  public SurplusAllocation allocate(
      Money surplus, Map<MemberId, Money> paidUpCapital, Map<MemberId, Money> trade) {
    checkNotNull(surplus, "surplus");
    Checks.check(
        surplus.signum() >= 0,
        "surplus",
        surplus,
        "a loss (%s) is not divided: the rules meet it from reserves",
        surplus);
    ImmutableSortedMap<MemberId, BigInteger> capital = weights("paidUpCapital", paidUpCapital, surplus);
    ImmutableSortedMap<MemberId, BigInteger> trades = weights("trade", trade, surplus);
    Fraction whole = Fraction.of(surplus.minorUnits());
    ImmutableList.Builder<SurplusAllocation.Part> out = ImmutableList.builder();
    long used = 0;
    for (SurplusPart part : parts) {
      SurplusAllocation.Part p = allocatePart(part, whole, surplus, capital, trades);
      used += p.amount().minorUnits();
      out.add(p);
    }
    Money rest = Money.ofMinor(surplus.minorUnits() - used, surplus.currency());
    out.add(
        new SurplusAllocation.Part(
            "rest to reserves",
            Fund.INDIVISIBLE_RESERVES,
            Fraction.of(rest.minorUnits()),
            rest,
            ImmutableMap.of(),
            "what the parts above leave, pennies of rounding included"));
    return new SurplusAllocation(surplus, out.build());
  }

  private static SurplusAllocation.Part allocatePart(
      SurplusPart part,
      Fraction whole,
      Money surplus,
      ImmutableSortedMap<MemberId, BigInteger> capital,
      ImmutableSortedMap<MemberId, BigInteger> trades) {
    if (part instanceof SurplusPart.ToFund f) {
      Fraction exact = whole.times(f.share());
      return new SurplusAllocation.Part(
          f.name(),
          f.fund(),
          exact,
          money(exact.floor().longValueExact(), surplus),
          ImmutableMap.of(),
          f.share() + " of the surplus");
    }
    if (part instanceof SurplusPart.Patronage pt) {
      Fraction exact = whole.times(pt.share());
      long pool = sum(trades).signum() == 0 ? 0 : exact.floor().longValueExact();
      ImmutableMap<MemberId, Long> split = Pennies.split(pool, trades);
      return memberPart(
          pt.name(),
          exact,
          split,
          surplus,
          pt.share() + " of the surplus, in proportion to trade"
              + (pool == 0 && exact.signum() > 0 ? "; no member traded, so it goes to reserves" : ""));
    }
    SurplusPart.CapitalInterest ci = (SurplusPart.CapitalInterest) part;
    Fraction due = Fraction.of(sum(capital)).times(ci.rate());
    Fraction cap = whole.times(ci.maxShare());
    Fraction exact = due.min(cap);
    // Within the part's cap, each member is paid its own interest rounded down, never above the rate;
    // over it, the capped pool is shared in proportion to capital, and still never above the rate.
    boolean overCap = due.isGreaterThan(cap);
    ImmutableMap<MemberId, Long> split =
        overCap ? Pennies.split(cap.floor().longValueExact(), capital) : ImmutableMap.of();
    ImmutableMap.Builder<MemberId, Long> capped = ImmutableMap.builder();
    for (Map.Entry<MemberId, BigInteger> e : capital.entrySet()) {
      long own = Fraction.of(e.getValue()).times(ci.rate()).floor().longValueExact();
      capped.put(
          e.getKey(), overCap ? Math.min(Objects.requireNonNull(split.get(e.getKey())), own) : own);
    }
    return memberPart(
        ci.name(),
        exact,
        capped.buildOrThrow(),
        surplus,
        ci.rate()
            + " on paid-up capital"
            + (overCap ? ", limited to " + ci.maxShare() + " of the surplus" : ""));
  }

  private static SurplusAllocation.Part memberPart(
      String name, Fraction exact, ImmutableMap<MemberId, Long> split, Money surplus, String why) {
    long total = 0;
    ImmutableMap.Builder<MemberId, Money> members = ImmutableMap.builder();
    for (Map.Entry<MemberId, Long> e : split.entrySet()) {
      total += e.getValue();
      members.put(e.getKey(), money(e.getValue(), surplus));
    }
    return new SurplusAllocation.Part(
        name, null, exact, money(total, surplus), members.buildOrThrow(), why);
  }

  private static Money money(long minor, Money like) {
    return Money.ofMinor(minor, like.currency());
  }

  private static BigInteger sum(ImmutableSortedMap<MemberId, BigInteger> weights) {
    return weights.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
  }

  private static ImmutableSortedMap<MemberId, BigInteger> weights(
      String field, Map<MemberId, Money> amounts, Money surplus) {
    checkNotNull(amounts, field);
    ImmutableSortedMap.Builder<MemberId, BigInteger> out = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<MemberId, Money> e : amounts.entrySet()) {
      Money m = e.getValue();
      Checks.check(
          m.currency().equals(surplus.currency()),
          field,
          m,
          "%s of %s is not in the surplus's currency",
          field,
          e.getKey());
      Checks.check(m.signum() >= 0, field, m, "%s of %s must not be negative", field, e.getKey());
      out.put(e.getKey(), BigInteger.valueOf(m.minorUnits()));
    }
    return out.buildOrThrow();
  }
}
