package org.commonweal.governance.resolution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.jspecify.annotations.Nullable;

/**
 * One condition a resolution must meet to pass. A resolution passes when every one of its conditions
 * is met.
 *
 * <table>
 *   <caption>Conditions</caption>
 *   <tr><th>condition</th><th>type or factory</th><th>example</th></tr>
 *   <tr><td>a fraction of a base in favour</td><td>{@link Threshold}</td><td>at least 3/4 of the votes
 *       cast</td></tr>
 *   <tr><td>a ratio of votes for to votes against</td><td>{@link RatioThreshold}</td><td>Debian's
 *       3:1</td></tr>
 *   <tr><td>a threshold within every class, or one class</td><td>{@link #inEachClass(Threshold)}, {@link
 *       #inClass(ClassId, Threshold)}</td><td>FairShares' class majorities</td></tr>
 *   <tr><td>enough members voting (a minimum turnout)</td><td>{@link #turnout(QuorumRule)}</td><td>50% of
 *       eligible members voting (CCBS 2014 s.113)</td></tr>
 *   <tr><td>enough members in favour</td><td>{@link #inFavour(QuorumRule)}</td><td>Debian's quorum of
 *       those preferring the option</td></tr>
 *   <tr><td>enough members making some of the choices</td><td>{@link #participation(Set, QuorumRule)}</td>
 *       <td>OpenZeppelin Governor's quorum of votes for or abstaining</td></tr>
 * </table>
 *
 * <p>Every condition is monotone: a vote in favour added to a tally never turns a met condition into
 * one not met. Two conditions are equal when their descriptions are. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class Condition {
  Condition() {}

  /**
   * Returns the condition in words.
   *
   * @return the description
   */
  public abstract String description();

  /** Evaluates the condition on a tally: one result, or one per class for a class condition. */
  abstract ImmutableList<ConditionResult> evaluate(Tally tally);

  /**
   * Returns a condition applying a threshold within every class that has members with a vote: the
   * votes in the class, weighed as in the whole vote, against the class's base. A class with voters on
   * the roll but no votes in the base fails.
   *
   * @param threshold the threshold within each class
   * @return the condition
   */
  public static Condition inEachClass(Threshold threshold) {
    return new ClassCondition(Optional.empty(), checkNotNull(threshold, "threshold"));
  }

  /**
   * Returns a condition applying a threshold within one class.
   *
   * @param classId the class
   * @param threshold the threshold within it
   * @return the condition
   */
  public static Condition inClass(ClassId classId, Threshold threshold) {
    return new ClassCondition(Optional.of(classId), checkNotNull(threshold, "threshold"));
  }

  /**
   * Returns a condition on turnout: the members who returned a vote (for, against, abstaining or
   * spoilt) must meet the rule, for example {@code QuorumRule.fractionOfMembers(Fraction.ONE_HALF)}
   * for "at least 50% of the eligible members vote".
   *
   * @param rule the rule the voters must meet
   * @return the condition
   */
  public static Condition turnout(QuorumRule rule) {
    return new QuorumCondition(checkNotNull(rule, "rule"), QuorumCondition.RETURNED, "turnout", "members voted");
  }

  /**
   * Returns a condition on the members voting in favour, who must meet the rule, for example Debian's
   * quorum {@code QuorumRule.timesSquareRootOfMembers(Fraction.of(3, 2))}.
   *
   * @param rule the rule the members in favour must meet
   * @return the condition
   */
  public static Condition inFavour(QuorumRule rule) {
    return new QuorumCondition(
        checkNotNull(rule, "rule"), QuorumCondition.FOR, "members in favour", "members in favour");
  }

  /**
   * Returns a condition on the members whose votes are among {@code counted}, who must meet the rule.
   * Rules of on-chain and online governance count participation this way: OpenZeppelin's Governor counts
   * votes for and abstentions toward its quorum, not votes against, so {@code participation(EnumSet.of(FOR,
   * ABSTAIN), QuorumRule.fractionOfVotes(q))}. {@link #turnout(QuorumRule)} counts every choice and {@link
   * #inFavour(QuorumRule)} votes for alone.
   *
   * @param counted the choices that count; must include {@link Choice#FOR}, so that a vote in favour never
   *     turns the condition from met to not met
   * @param rule the rule the members making those choices must meet
   * @return the condition
   * @throws org.commonweal.governance.base.InvalidValueException if {@code counted} leaves out FOR
   */
  public static Condition participation(Set<Choice> counted, QuorumRule rule) {
    checkNotNull(rule, "rule");
    if (!counted.contains(Choice.FOR)) {
      throw new org.commonweal.governance.base.InvalidValueException(
          "counted", counted, "participation must count votes for, but counts only " + counted);
    }
    ImmutableSet<Choice> choices = Sets.immutableEnumSet(counted);
    if (choices.equals(QuorumCondition.RETURNED)) {
      return turnout(rule);
    }
    if (choices.equals(QuorumCondition.FOR)) {
      return inFavour(rule);
    }
    String words = String.join(" or ", choices.stream().map(Choice::label).toList());
    return new QuorumCondition(rule, choices, "participation (" + words + ")", "members voting " + words);
  }

  /** Two conditions are equal when their descriptions are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Condition c && description().equals(c.description());
  }

  @Override
  public int hashCode() {
    return description().hashCode();
  }

  /** Returns the description. */
  @Override
  public String toString() {
    return description();
  }

  /** Formats {@code part/whole} as a percentage with one decimal, for people; decisions never use it. */
  static String percent(Fraction part, Fraction whole) {
    if (whole.isZero()) {
      return "-";
    }
    return part.dividedBy(whole).times(100).toDecimalString(1, RoundingMode.HALF_EVEN) + "%";
  }

  private static final class ClassCondition extends Condition {
    private final Optional<ClassId> classId;
    private final Threshold threshold;

    ClassCondition(Optional<ClassId> classId, Threshold threshold) {
      this.classId = classId;
      this.threshold = threshold;
    }

    @Override
    public String description() {
      return (classId.isPresent() ? "in class " + classId.get() : "in each class") + ": " + threshold.description();
    }

    @Override
    ImmutableList<ConditionResult> evaluate(Tally tally) {
      ImmutableList.Builder<ConditionResult> out = ImmutableList.builder();
      if (classId.isPresent()) {
        out.add(threshold.evaluateIn(tally, classId));
        return out.build();
      }
      boolean any = false;
      for (ClassId c : tally.roll().classTotals().keySet()) {
        if (!tally.roll().votersIn(c).isEmpty()) {
          out.add(threshold.evaluateIn(tally, Optional.of(c)));
          any = true;
        }
      }
      if (!any) {
        out.add(ImmutableConditionResult.builder().condition(description()).met(false).value(Fraction.ZERO)
            .base(Fraction.ZERO).required(Fraction.ZERO).strict(true)
            .explanation("no class has members with a vote").build());
      }
      return out.build();
    }
  }

  private static final class QuorumCondition extends Condition {
    static final ImmutableSet<Choice> RETURNED = Sets.immutableEnumSet(EnumSet.allOf(Choice.class));
    static final ImmutableSet<Choice> FOR = Sets.immutableEnumSet(Choice.FOR);
    private final QuorumRule rule;
    private final ImmutableSet<Choice> counted;
    private final String label;
    private final String who;

    QuorumCondition(QuorumRule rule, ImmutableSet<Choice> counted, String label, String who) {
      this.rule = rule;
      this.counted = counted;
      this.label = label;
      this.who = who;
    }

    @Override
    public String description() {
      return label + ": " + rule.description();
    }

    @Override
    ImmutableList<ConditionResult> evaluate(Tally tally) {
      Set<MemberId> group = tally.membersChoosing(counted, Optional.empty());
      QuorumDecision q = rule.decide(label, tally.roll(), group);
      return ImmutableList.of(ImmutableConditionResult.builder()
          .condition(description())
          .met(q.quorate())
          .value(q.decidedBy().present())
          .base(Fraction.of(q.bodySize()))
          .required(q.decidedBy().needed())
          .strict(q.decidedBy().strict())
          .explanation(q.membersCounted() + " of " + q.bodySize() + " " + who
              + " (" + percent(Fraction.of(q.membersCounted()), Fraction.of(q.bodySize())) + "); " + q.decidedBy())
          .build());
    }
  }
}
