package org.commonweal.governance.constitution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.shares.Money;
import org.jspecify.annotations.Nullable;

/**
 * A surplus divided by a {@link SurplusRule}, to the penny: each part with its exact amount, its amount
 * in money and, for parts shared among members, each member's amount. The parts add up exactly to the
 * surplus (checked on construction).
 *
 * @param surplus the surplus divided
 * @param parts the parts, in the rule's order, the rest to reserves last
 * @since 0.1.0
 */
public record SurplusAllocation(Money surplus, ImmutableList<Part> parts) {

  /**
   * Checks that the parts add up to the surplus.
   *
   * @param surplus the surplus
   * @param parts the parts
   */
  public SurplusAllocation {
    checkNotNull(surplus, "surplus");
    parts = ImmutableList.copyOf(checkNotNull(parts, "parts"));
    long total = 0;
    for (Part p : parts) {
      total = Math.addExact(total, p.amount().minorUnits());
    }
    Checks.check(
        total == surplus.minorUnits(), "parts", total, "the parts add up to %s minor units, not the surplus %s", total, surplus);
  }

  /**
   * The total a member receives from every part shared among members.
   *
   * @param member the member
   * @return the amount, zero for a member in no part
   */
  public Money toMember(MemberId member) {
    Money total = Money.zero(surplus.currency());
    for (Part p : parts) {
      Money m = p.members().get(member);
      if (m != null) {
        total = total.plus(m);
      }
    }
    return total;
  }

  /**
   * The total that goes to a fund, the rest to reserves included for {@link Fund#INDIVISIBLE_RESERVES}.
   *
   * @param fund the fund
   * @return the amount
   */
  public Money toFund(Fund fund) {
    Money total = Money.zero(surplus.currency());
    for (Part p : parts) {
      if (fund == p.fund()) {
        total = total.plus(p.amount());
      }
    }
    return total;
  }

  /**
   * One part of an allocation.
   *
   * @param name the part's name in the rule
   * @param fund the fund it goes to, or null for a part paid to members
   * @param exact the exact amount in minor units, before rounding (for interest: the interest due, or
   *     the part's cap if lower)
   * @param amount the amount in money, to the penny
   * @param members each member's amount, for a part paid to members; empty otherwise
   * @param explanation how the amount was found, in words
   */
  public record Part(
      String name,
      @Nullable Fund fund,
      Fraction exact,
      Money amount,
      ImmutableMap<MemberId, Money> members,
      String explanation) {
    /**
     * Checks that the members' amounts add up to the part and none is negative.
     *
     * @param name the name
     * @param fund the fund
     * @param exact the exact amount
     * @param amount the amount
     * @param members the members' amounts
     * @param explanation the explanation
     */
    public Part {
      checkNotNull(name, "name");
      checkNotNull(exact, "exact");
      checkNotNull(amount, "amount");
      members = ImmutableMap.copyOf(checkNotNull(members, "members"));
      checkNotNull(explanation, "explanation");
      Checks.check(amount.signum() >= 0, "amount", amount, "amount (%s) must not be negative", amount);
      if (!members.isEmpty()) {
        long total = 0;
        for (Money m : members.values()) {
          Checks.check(m.signum() >= 0, "members", m, "a member's amount (%s) must not be negative", m);
          total += m.minorUnits();
        }
        Checks.check(
            total == amount.minorUnits(), "members", total, "members' amounts add up to %s, not %s", total, amount);
      }
    }
  }
}
