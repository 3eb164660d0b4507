package org.commonweal.governance.voting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * One member as the register stood on the record date, seen only for what voting rights need: the
 * member's stakeholder classes, the shares the member held in each share class, whether the member is
 * an organisation (a body corporate or a society), and whether the member was in good standing.
 *
 * <p>The classes are listed in the member's order of priority: a member of several classes votes in
 * the first of them that holds votes under the {@link VotingRules}, so that one member never carries
 * two votes by belonging to two classes (the one-member-one-vote principle of the ICA's 1995
 * statement). Holdings are whole numbers of shares, keyed by the share class's code, for example
 * {@code "ordinary"} or {@code "equity"}.
 *
 * <pre>{@code
 * Elector parent = Elector.of(MemberId.of("M-007"), ClassId.of("parents-and-carers"));
 * Elector investor = Elector.builder().member(MemberId.of("M-031")).addClasses(ClassId.of("investors"))
 *     .putHoldings("equity", 250).organisation(true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Elector {
  Elector() {}

  /**
   * Returns the member.
   *
   * @return the member's id
   */
  public abstract MemberId member();

  /**
   * Returns the member's stakeholder classes on the record date, the class the member votes in first.
   *
   * @return the classes, distinct; may be empty for an organisation without classes
   */
  public abstract ImmutableList<ClassId> classes();

  /**
   * Returns the shares the member held at the end of the record date, by share class code.
   *
   * @return the number of shares held in each share class, each at least 0
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, Long> holdings();

  /**
   * Returns whether the member is an organisation (a company, a society, a charity) rather than an
   * individual. Some rules give organisations more votes (Italy's civil code, art. 2538: up to five).
   *
   * @return true for an organisation; false by default
   */
  @Value.Default
  public boolean organisation() {
    return false;
  }

  /**
   * Returns whether the member was in good standing on the record date (for example not in arrears,
   * not suspended). A member not in good standing holds no vote.
   *
   * @return true by default
   */
  @Value.Default
  public boolean inGoodStanding() {
    return true;
  }

  /**
   * Returns an individual member in good standing, holding no shares, in the given classes.
   *
   * @param member the member
   * @param classes the classes, the one voted in first
   * @return the elector
   */
  public static Elector of(MemberId member, ClassId... classes) {
    return builder().member(member).addClasses(classes).build();
  }

  /**
   * Returns an individual member in good standing in one class, holding shares of one share class.
   *
   * @param member the member
   * @param votingClass the member's class
   * @param shareClass the share class code
   * @param shares the number of shares, at least 0
   * @return the elector
   */
  public static Elector withShares(MemberId member, ClassId votingClass, String shareClass, long shares) {
    return builder().member(member).addClasses(votingClass).putHoldings(shareClass, shares).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Elector}. */
  public static final class Builder extends ImmutableElector.Builder {
    Builder() {}
  }

  /**
   * Returns the number of shares held in the given share classes.
   *
   * @param shareClasses the share class codes to count, or all where {@code exclude} is true
   * @param exclude true to count every share class except those given
   * @return the total
   */
  long sharesIn(Set<String> shareClasses, boolean exclude) {
    long n = 0;
    for (Map.Entry<String, Long> e : holdings().entrySet()) {
      if (shareClasses.contains(e.getKey()) != exclude) {
        n = Math.addExact(n, e.getValue());
      }
    }
    return n;
  }

  @Value.Check
  void check() {
    Set<ClassId> seen = new HashSet<>();
    for (ClassId c : classes()) {
      Checks.check(
          seen.add(c), "classes", classes(), "member %s lists class %s twice in %s", member(), c, classes());
    }
    holdings().forEach((shareClass, n) -> {
      Checks.check(
          !shareClass.isBlank(), "holdings", holdings(), "member %s has a blank share class code", member());
      Checks.check(
          n >= 0, "holdings", n, "member %s holds %s shares of %s: must be at least 0", member(), n, shareClass);
    });
  }

  /** Returns the member id, classes and holdings, for reports. */
  @Override
  public String toString() {
    return member() + " " + classes() + (holdings().isEmpty() ? "" : " " + holdings())
        + (organisation() ? " (organisation)" : "") + (inGoodStanding() ? "" : " (not in good standing)");
  }
}
