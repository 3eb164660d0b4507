package org.commonweal.governance.constitution;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;

/**
 * One part of a {@link SurplusRule}: a fixed share of the surplus to a fund, interest on share capital,
 * or a patronage dividend. The rest of the surplus, after every part, goes to indivisible reserves.
 *
 * @since 0.1.0
 */
public sealed interface SurplusPart {

  /**
   * The part's name, as the rules and the accounts call it.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * The most this part may take, as a share of the surplus: the fixed share, or the cap of a computed
   * part. A rule refuses parts whose shares add up to more than the whole.
   *
   * @return the share, between 0 and 1
   */
  Fraction maxShare();

  /**
   * A fixed share of the surplus to a fund, for example 10% to Mondragon's social fund.
   *
   * @param name the part's name
   * @param fund where the money goes
   * @param share the share of the surplus, between 0 and 1
   */
  record ToFund(String name, Fund fund, Fraction share) implements SurplusPart {
    /** Checks the share. */
    public ToFund {
      Checks.notBlank("name", name);
      checkNotNull(fund, "fund");
      checkShare("share", share);
    }

    @Override
    public Fraction maxShare() {
      return share;
    }
  }

  /**
   * Interest on paid-up share capital (ICA principle 3, "limited compensation, if any, on capital"):
   * each member is due {@code rate} times its paid-up capital, the rate being within the rules' or the
   * law's maximum, and the part as a whole never takes more than {@code maxShare} of the surplus. When
   * the interest due exceeds that, the part is shared out in proportion to capital.
   *
   * @param name the part's name
   * @param rate the rate paid for the year, at most {@code maxRate}
   * @param maxRate the maximum rate the rules or the law allow
   * @param maxShare the most of the surplus the part may take, between 0 and 1
   */
  record CapitalInterest(String name, Fraction rate, Fraction maxRate, Fraction maxShare)
      implements SurplusPart {
    /** Checks the rate against its cap and the share. */
    public CapitalInterest {
      Checks.notBlank("name", name);
      checkNotNull(rate, "rate");
      checkNotNull(maxRate, "maxRate");
      Checks.check(rate.signum() >= 0, "rate", rate, "rate (%s) must not be negative", rate);
      Checks.check(
          rate.isAtMost(maxRate), "rate", rate, "rate (%s) must be at most the maximum rate (%s)", rate, maxRate);
      checkShare("maxShare", maxShare);
    }
  }

  /**
   * A patronage dividend: a fixed share of the surplus returned to members in proportion to their
   * trade with the society in the year (ICA principle 3, "benefiting members in proportion to their
   * transactions with the co-operative").
   *
   * @param name the part's name
   * @param share the share of the surplus, between 0 and 1
   */
  record Patronage(String name, Fraction share) implements SurplusPart {
    /** Checks the share. */
    public Patronage {
      Checks.notBlank("name", name);
      checkShare("share", share);
    }

    @Override
    public Fraction maxShare() {
      return share;
    }
  }

  private static void checkShare(String field, Fraction share) {
    checkNotNull(share, field);
    Checks.check(
        share.signum() >= 0 && share.isAtMost(Fraction.ONE),
        field,
        share,
        "%s (%s) must be between 0 and 1",
        field,
        share);
  }
}
