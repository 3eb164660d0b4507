package org.commonweal.governance.board;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.immutables.value.Value;

/**
 * How a board is made up, as a constitution states it: its size, the seats reserved for stakeholder
 * classes (elected by each class's members), the seats elected by all members, the seats appointed by
 * named bodies, the ex officio seats, the co-opted seats (at most a number, with or without a vote,
 * until the next annual meeting), the limits on its composition, and how casual vacancies are filled.
 *
 * <p>Model rules give such tables: the co-operative school trusts' models (parents, staff, learners
 * and community seats, with appointees of partner bodies), community land trusts' "thirds" of
 * leaseholders, residents and public interest, and development trusts' resident-elected boards with a
 * staff limit.
 *
 * <pre>{@code
 * BoardRules rules = BoardRules.builder().minSize(7).maxSize(12)
 *     .addReserved(new ReservedSeats(parents, 2)).generalSeats(3)
 *     .addLimits(CompositionLimit.atMost("staff", Group.attribute("staff"), Fraction.of(1, 3)))
 *     .build();
 * }</pre>
 *
 * <p>Checked where built: the size is at least 1 and the maximum at least the minimum; the elected,
 * appointed and ex officio seats with the co-opted seats reach the minimum; a class has one reservation; limits have distinct names; no class's reserved seats exceed a maximum
 * on that class at the board's largest size. Whether the elected, appointed and ex officio seats fit
 * within the maximum is a question about the rules as a whole, which a constitution's validation
 * answers (so that rules read from a stored document can be reported on rather than refused); {@link
 * BoardElection#elect} refuses rules whose seats do not fit. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class BoardRules {
  BoardRules() {}

  /**
   * Returns the fewest directors the board may have.
   *
   * @return the minimum, at least 1
   */
  public abstract int minSize();

  /**
   * Returns the most directors the board may have.
   *
   * @return the maximum
   */
  public abstract int maxSize();

  /**
   * Returns the seats reserved for classes.
   *
   * @return the reservations, one a class
   */
  public abstract ImmutableList<ReservedSeats> reserved();

  /**
   * Returns the seats elected by all members.
   *
   * @return the seats, 0 by default
   */
  @Value.Default
  public int generalSeats() {
    return 0;
  }

  /**
   * Returns the appointed seats.
   *
   * @return the appointments by body
   */
  public abstract ImmutableList<AppointedSeats> appointed();

  /**
   * Returns the offices whose holders sit ex officio (the head teacher, the chief executive).
   *
   * @return the offices
   */
  public abstract ImmutableList<String> exOfficio();

  /**
   * Returns the most directors the board may co-opt, until the next annual meeting.
   *
   * @return the maximum, 0 by default
   */
  @Value.Default
  public int maxCoopted() {
    return 0;
  }

  /**
   * Returns whether co-opted directors vote (and so count toward the composition limits).
   *
   * @return whether they vote; true by default
   */
  @Value.Default
  public boolean coOptedVote() {
    return true;
  }

  /**
   * Returns the limits on the board's composition.
   *
   * @return the limits
   */
  public abstract ImmutableList<CompositionLimit> limits();

  /**
   * Returns how a casual vacancy among elected directors is filled.
   *
   * @return the rule; countback by default
   */
  @Value.Default
  public VacancyRule vacancies() {
    return VacancyRule.COUNTBACK;
  }

  /**
   * Returns the seats elected at a board election: the reserved and the general seats.
   *
   * @return the elected seats
   */
  public int electedSeats() {
    return reserved().stream().mapToInt(ReservedSeats::seats).sum() + generalSeats();
  }

  /**
   * Returns the seats that are not co-opted: elected, appointed and ex officio.
   *
   * @return the fixed seats
   */
  public int fixedSeats() {
    return electedSeats() + appointed().stream().mapToInt(AppointedSeats::seats).sum() + exOfficio().size();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BoardRules}. */
  public static final class Builder extends ImmutableBoardRules.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.atLeast("minSize", minSize(), 1);
    Checks.check(maxSize() >= minSize(), "maxSize", maxSize(), "maxSize (%s) must be at least minSize (%s)", maxSize(), minSize());
    Checks.notNegative("generalSeats", generalSeats());
    Checks.notNegative("maxCoopted", maxCoopted());
    Checks.check(
        fixedSeats() + maxCoopted() >= minSize(),
        "minSize",
        minSize(),
        "minSize (%s) is more than the %s seats the rules provide, co-opted included",
        minSize(),
        fixedSeats() + maxCoopted());
    Set<ClassId> classes = new HashSet<>();
    for (ReservedSeats r : reserved()) {
      Checks.check(classes.add(r.stakeholderClass()), "reserved", r.stakeholderClass(), "class %s has two reservations", r.stakeholderClass());
    }
    Set<String> names = new HashSet<>();
    for (CompositionLimit l : limits()) {
      Checks.check(names.add(l.name()), "limits", l.name(), "two limits are named \"%s\"", l.name());
      ClassId c = l.group().stakeholderClass();
      if (c == null) {
        continue;
      }
      for (ReservedSeats r : reserved()) {
        Checks.check(
            !r.stakeholderClass().equals(c) || r.seats() <= l.maxSeats(maxSize()),
            "limits",
            l,
            "the limit \"%s\" allows fewer seats than the %s reserved for the class",
            l,
            r.seats());
      }
    }
    for (String office : exOfficio()) {
      Checks.notBlank("exOfficio", office);
    }
  }
}
