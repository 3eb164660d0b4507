package org.commonweal.governance.meeting;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * A constitution's rules on proxies: whether members may appoint them, how many members one holder
 * may act for, by when an appointment must be lodged and a revocation received, whether a holder may
 * use discretion, whether a holder must be a member, whether members present by proxy count for
 * quorum, and what a proxy's vote is on a show of hands.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>rule</th><th>setting</th></tr>
 *   <tr><td>no proxies (Robert's Rules, unless the bylaws allow)</td><td>{@link #notAllowed()}</td></tr>
 *   <tr><td>a holder may act for at most 5 members (worker co-operative model)</td><td>{@link
 *       #upToPerHolder(int)}</td></tr>
 *   <tr><td>appointments lodged at least 48 hours before (Companies Act 2006 s.327 allows no more)</td>
 *       <td>{@link #lodgingDeadline()}</td></tr>
 *   <tr><td>revocable until the meeting starts</td><td>{@link #revocationDeadline()} empty</td></tr>
 *   <tr><td>on a show of hands a proxy has one vote, or one for and one against (Companies Act 2006
 *       s.285(1)-(2))</td><td>{@link #showOfHands()} {@link ShowOfHands#ONE_VOTE}, the default</td></tr>
 *   <tr><td>proxies vote only on a poll (many society rules)</td><td>{@link ShowOfHands#NO_VOTE}</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ProxyRules {
  ProxyRules() {}

  /**
   * Returns whether members may attend by proxy.
   *
   * @return true if proxies are allowed
   */
  public abstract boolean allowed();

  /**
   * Returns the most members one proxy holder may act for, if limited.
   *
   * @return the limit, at least 1, or empty
   */
  public abstract OptionalInt maxPerHolder();

  /**
   * Returns how long before the start of the meeting an appointment must be lodged, if the rules set a
   * deadline; otherwise up to the start.
   *
   * @return the deadline before the start, or empty
   */
  public abstract Optional<Duration> lodgingDeadline();

  /**
   * Returns how long before the start a revocation must be received to take effect; otherwise a
   * revocation received by the start takes effect.
   *
   * @return the deadline before the start, or empty
   */
  public abstract Optional<Duration> revocationDeadline();

  /**
   * Returns whether a holder may vote at discretion where the appointment gives no instruction.
   *
   * @return true by default
   */
  @Value.Default
  public boolean discretionaryAllowed() {
    return true;
  }

  /**
   * Returns whether members present by proxy count toward the quorum.
   *
   * @return by default, whether proxies are {@linkplain #allowed() allowed}: rules that forbid proxies
   *     count none (a constitution saying both is contradictory, which its validation reports)
   */
  @Value.Default
  public boolean countForQuorum() {
    return allowed();
  }

  /**
   * Returns whether a proxy holder must be a member with a vote.
   *
   * @return false by default (a company member may appoint anyone: Companies Act 2006 s.324)
   */
  @Value.Default
  public boolean holderMustBeMember() {
    return false;
  }

  /**
   * Returns what a proxy's vote is on a show of hands.
   *
   * @return {@link ShowOfHands#ONE_VOTE} by default (Companies Act 2006 s.285(1)-(2)); the rules may say
   *     otherwise (s.285(5))
   */
  @Value.Default
  public ShowOfHands showOfHands() {
    return ShowOfHands.ONE_VOTE;
  }

  /**
   * What a proxy's vote is on a show of hands: the statute's rule, or one of the rules' common
   * departures from it (s.285(5) lets the articles say otherwise).
   *
   * @since 0.1.0
   */
  public enum ShowOfHands {
    /**
     * One vote however many members appointed the proxy; one vote for and one against where the proxy
     * was appointed by more than one member and instructed by one or more to vote for and by one or more
     * others to vote against (Companies Act 2006 s.285(1)-(2)).
     */
    ONE_VOTE,
    /** No vote: proxies vote only on a poll (many society rules). */
    NO_VOTE,
    /** A vote for each member who appointed the proxy. */
    VOTE_PER_APPOINTER
  }

  /**
   * Returns rules under which no member may attend by proxy.
   *
   * @return the rules
   */
  public static ProxyRules notAllowed() {
    return builder().allowed(false).build();
  }

  /**
   * Returns rules allowing proxies without limits or deadlines.
   *
   * @return the rules
   */
  public static ProxyRules allowedWithoutLimit() {
    return builder().allowed(true).build();
  }

  /**
   * Returns rules allowing proxies, each holder acting for at most {@code n} members.
   *
   * @param n the most members per holder, at least 1
   * @return the rules
   */
  public static ProxyRules upToPerHolder(int n) {
    return builder().allowed(true).maxPerHolder(n).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProxyRules}. */
  public static final class Builder extends ImmutableProxyRules.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (maxPerHolder().isPresent()) {
      int max = maxPerHolder().getAsInt();
      Checks.check(max >= 1, "maxPerHolder", max, "most members per proxy holder (%s) must be at least 1", max);
    }
    lodgingDeadline().ifPresent(d -> nonNegative("lodgingDeadline", d));
    revocationDeadline().ifPresent(d -> nonNegative("revocationDeadline", d));
  }

  private static void nonNegative(String field, Duration d) {
    Checks.check(!d.isNegative(), field, d, "%s (%s) must not be negative", field, d);
  }
}
