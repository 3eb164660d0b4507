package org.commonweal.governance.voting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * The weight of each member taking part in one vote: the result of {@link VotingRoll#weigh}. Where the
 * rules fix class shares or cap classes, a member's weight depends on who else takes part; this value
 * records it for the members who did, with the class totals, any lapsed share and the reasons.
 *
 * <p>Invariants, checked when built: the weights sum to {@link #total()}; the class totals are the sums
 * of their members' weights; under fixed class shares the total is 1 less the {@linkplain #lapsed()
 * lapsed} share and anything {@linkplain #withheld() withheld} by caps.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class VoteWeights {
  VoteWeights() {}

  /**
   * Returns each participating member's weight, in member id order.
   *
   * @return the weights, each above 0 unless a cap withheld all of a class's votes
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<MemberId, Fraction> weights();

  /**
   * Returns the class each participating member votes in, for members with a class.
   *
   * @return member to class
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<MemberId, ClassId> classOf();

  /**
   * Returns each class's total weight among the participants. Under fixed class shares every class
   * with a share is listed, with zero for one none of whose members took part.
   *
   * @return class to total
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<ClassId, Fraction> classTotals();

  /**
   * Returns the total weight of the participants.
   *
   * @return the sum of {@link #weights()}
   */
  public abstract Fraction total();

  /**
   * Returns the fixed class shares that lapsed because none of the class's members took part.
   *
   * @return the lapsed share, zero if none
   */
  public abstract Fraction lapsed();

  /**
   * Returns the weight removed by class caps and not given to other classes: under a per-member basis,
   * the votes by which capped classes were scaled down; under fixed shares, only where no uncapped
   * class took part.
   *
   * @return the withheld weight, zero if none
   */
  public abstract Fraction withheld();

  /**
   * Returns what happened to absent classes' shares and to capped classes, in words, one line each.
   *
   * @return the notes
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns a member's weight.
   *
   * @param member the member
   * @return the weight, zero for a member not taking part
   */
  public Fraction weightOf(MemberId member) {
    Fraction f = weights().get(member);
    return f == null ? Fraction.ZERO : f;
  }

  /**
   * Returns a class's total weight.
   *
   * @param classId the class
   * @return its total, zero for a class none of whose members took part
   */
  public Fraction classTotal(ClassId classId) {
    Fraction f = classTotals().get(classId);
    return f == null ? Fraction.ZERO : f;
  }

  @Value.Check
  void check() {
    Fraction sum = Fraction.sum(weights().values());
    Checks.check(sum.equals(total()), "total", total(), "weights sum to %s, not to the total %s", sum, total());
    for (var e : classTotals().entrySet()) {
      Fraction classSum = Fraction.ZERO;
      for (var w : classOf().entrySet()) {
        if (w.getValue().equals(e.getKey())) {
          classSum = classSum.plus(weightOf(w.getKey()));
        }
      }
      Checks.check(
          classSum.equals(e.getValue()),
          "classTotals",
          e.getValue(),
          "class %s total %s is not its members' sum %s",
          e.getKey(),
          e.getValue(),
          classSum);
    }
  }
}
