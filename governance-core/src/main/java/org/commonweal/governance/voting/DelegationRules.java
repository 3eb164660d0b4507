package org.commonweal.governance.voting;

import java.util.OptionalInt;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * Whether, and how far, members may delegate their votes to other members.
 *
 * <p>A delegation passes a member's vote to another member for every vote until revoked; it is not a
 * proxy for one meeting (see the {@code meeting} package for proxies). A delegator who votes in person
 * overrides the delegation for that vote. Delegation does not chain: a delegate casts the delegated
 * votes personally, and a delegate's own delegation carries only the delegate's own vote. Rules usually
 * limit how many delegations one member may hold, so that no member gathers a bloc; where more are
 * given, the earliest given are accepted.
 *
 * <pre>{@code
 * DelegationRules rules = DelegationRules.upTo(5);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class DelegationRules {
  DelegationRules() {}

  /**
   * Returns the most delegations one member may hold, if limited.
   *
   * @return the limit, at least 1, or empty for no limit
   */
  public abstract OptionalInt maxHeld();

  /**
   * Returns whether a member may delegate only to a member voting in the same class, so that
   * delegation cannot move votes between classes with fixed shares.
   *
   * @return true if delegation stays within a class; false by default
   */
  @Value.Default
  public boolean withinClassOnly() {
    return false;
  }

  /**
   * Returns rules allowing any number of delegations, across classes.
   *
   * @return the rules
   */
  public static DelegationRules unlimited() {
    return ImmutableDelegationRules.builder().build();
  }

  /**
   * Returns rules allowing each member to hold at most {@code maxHeld} delegations.
   *
   * @param maxHeld the limit, at least 1
   * @return the rules
   */
  public static DelegationRules upTo(int maxHeld) {
    return ImmutableDelegationRules.builder().maxHeld(maxHeld).build();
  }

  /**
   * Returns these rules, restricted to delegation within a class.
   *
   * @return the rules
   */
  public DelegationRules withinClass() {
    return ImmutableDelegationRules.builder().from(this).withinClassOnly(true).build();
  }

  @Value.Check
  void check() {
    if (maxHeld().isPresent()) {
      int max = maxHeld().getAsInt();
      Checks.check(max >= 1, "maxHeld", max, "most delegations held (%s) must be at least 1", max);
    }
  }
}
