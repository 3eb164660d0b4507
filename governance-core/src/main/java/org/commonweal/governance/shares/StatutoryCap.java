package org.commonweal.governance.shares;

import java.util.Currency;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberKind;
import org.immutables.value.Value;

/**
 * The limit the law puts on one member's interest in a society's withdrawable share capital, and who is
 * exempt.
 *
 * <table>
 *   <caption>Caps</caption>
 *   <tr><th>society</th><th>cap per member</th><th>exempt</th><th>factory</th></tr>
 *   <tr><td>registered in Great Britain</td><td>GBP 100,000</td><td>members that are registered
 *       societies</td><td>{@link #ukRegisteredSociety()}</td></tr>
 *   <tr><td>registered in Northern Ireland</td><td>GBP 20,000</td><td>members that are registered
 *       societies</td><td>{@link #northernIrelandSociety()}</td></tr>
 *   <tr><td>not a registered society</td><td>none</td><td></td><td>{@link #none(Currency)}</td></tr>
 * </table>
 *
 * <p>Sources: Co-operative and Community Benefit Societies Act 2014, s.24 (no member other than a
 * registered society may have an interest in the withdrawable share capital over GBP 100,000); the
 * Co-operative and Community Benefit Societies Act (Northern Ireland) 1969 (GBP 20,000); Community
 * Shares Handbook 3.2.7 (the cap does not apply to corporate members that are registered societies;
 * there is no legal maximum for transferable, non-withdrawable capital). The cap counts only shares of
 * withdrawable classes, at par, summed over those classes; a company or charity member is capped like an
 * individual.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class StatutoryCap {
  private static final Currency GBP = Currency.getInstance("GBP");

  StatutoryCap() {}

  /**
   * Returns the currency in which the cap, and the ledger it applies to, count.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * Returns the most withdrawable capital, at par, one non-exempt member may hold, if capped.
   *
   * @return the cap, positive
   */
  public abstract Optional<Money> perMember();

  /**
   * Returns whether members that are themselves registered societies are exempt.
   *
   * @return true where society members are uncapped
   */
  public abstract boolean societiesExempt();

  /**
   * Returns the statute or document that sets the cap, for reasons and reports.
   *
   * @return the source
   */
  public abstract String source();

  /**
   * Returns the cap for a society registered in Great Britain: GBP 100,000 of withdrawable capital per
   * member, registered societies exempt (CCBS Act 2014, s.24).
   *
   * @return the cap
   */
  public static StatutoryCap ukRegisteredSociety() {
    return of(Money.ofMajor(100_000, GBP), true,
        "Co-operative and Community Benefit Societies Act 2014, s.24; Community Shares Handbook 3.2.7");
  }

  /**
   * Returns the cap for a society registered in Northern Ireland: GBP 20,000 of withdrawable capital
   * per member, registered societies exempt.
   *
   * @return the cap
   */
  public static StatutoryCap northernIrelandSociety() {
    return of(Money.ofMajor(20_000, GBP), true,
        "Co-operative and Community Benefit Societies Act (Northern Ireland) 1969; Community Shares Handbook 3.2.7");
  }

  /**
   * Returns no cap, for an organisation the statute does not cover.
   *
   * @param currency the currency of the ledger
   * @return the absence of a cap
   */
  public static StatutoryCap none(Currency currency) {
    return ImmutableStatutoryCap.builder().currency(currency).societiesExempt(false).source("no statutory cap").build();
  }

  /**
   * Returns a cap of the caller's choosing, for example a future change of the statutory figure.
   *
   * @param perMember the cap, positive
   * @param societiesExempt whether registered societies are exempt
   * @param source the statute or document that sets it
   * @return the cap
   */
  public static StatutoryCap of(Money perMember, boolean societiesExempt, String source) {
    return ImmutableStatutoryCap.builder()
        .currency(perMember.currency())
        .perMember(perMember)
        .societiesExempt(societiesExempt)
        .source(source)
        .build();
  }

  /**
   * Returns the cap that applies to a member of the given kind.
   *
   * @param kind the member's kind
   * @return the cap, or empty if none applies
   */
  public Optional<Money> capFor(MemberKind kind) {
    if (kind == MemberKind.REGISTERED_SOCIETY && societiesExempt()) {
      return Optional.empty();
    }
    return perMember();
  }

  @Value.Check
  void check() {
    if (perMember().isPresent()) {
      Money cap = perMember().get();
      if (!cap.currency().equals(currency())) {
        throw new CurrencyMismatchException(cap.currency(), currency(), "set a cap");
      }
      Checks.check(cap.signum() > 0, "perMember", cap, "statutory cap %s must be positive", cap);
    }
    Checks.check(!source().isBlank(), "source", source(), "a statutory cap needs its source");
  }

  /** Returns for example {@code 100000.00 GBP per member, registered societies exempt}. */
  @Override
  public String toString() {
    return perMember().map(m -> m + " per member" + (societiesExempt() ? ", registered societies exempt" : "")).orElse("no cap")
        + " (" + source() + ")";
  }
}
