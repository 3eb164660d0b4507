package org.commonweal.governance.resolution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.meeting.QuorumCheck;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.UndefinedClassException;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;

/**
 * One condition a resolution must meet to pass. A resolution passes when every one of its conditions
 * is met.
 *
 * <table>
 *   <caption>Conditions</caption>
 *   <tr><th>condition</th><th>record, or factory</th><th>example</th></tr>
 *   <tr><td>a fraction of a base in favour</td><td>{@link Threshold}</td><td>at least 3/4 of the votes
 *       cast</td></tr>
 *   <tr><td>a ratio of votes for to votes against</td><td>{@link RatioThreshold}</td><td>Debian's
 *       3:1</td></tr>
 *   <tr><td>a threshold within every class, or one class</td><td>{@link InEachClass}: {@link
 *       #inEachClass(Threshold)}; {@link InClass}: {@link #inClass(ClassId, Threshold)}</td><td>FairShares'
 *       class majorities</td></tr>
 *   <tr><td>enough members voting (a minimum turnout)</td><td>{@link Participation}: {@link
 *       #turnout(QuorumRule)}</td><td>50% of eligible members voting (CCBS 2014 s.113)</td></tr>
 *   <tr><td>enough members in favour</td><td>{@link Participation}: {@link #inFavour(QuorumRule)}</td>
 *       <td>Debian's quorum of those preferring the option</td></tr>
 *   <tr><td>enough members making some of the choices</td><td>{@link Participation}: {@link
 *       #participation(Set, QuorumRule)}</td><td>OpenZeppelin Governor's quorum of votes for or
 *       abstaining</td></tr>
 * </table>
 *
 * <pre>{@code
 * Condition consent = Condition.inEachClass(Threshold.majorityOfVotesCast());
 * ConditionDecision d = consent.decide(tally);
 * String reasons = d.explain();   // the condition, then its decision in each class
 * }</pre>
 *
 * <p>Every condition is monotone: a vote in favour added to a tally never turns a met condition into
 * one not met. Each condition is a public record that a caller can inspect, store and compare; two
 * conditions are equal when they are the same record holding equal values, whatever their descriptions.
 * The factories check their arguments, and so do the records' constructors, with the same messages.
 * Immutable and thread-safe; a condition's {@code toString()} is its {@link #description()}.
 *
 * @since 0.1.0
 */
public sealed interface Condition
    permits Threshold, RatioThreshold, Condition.InEachClass, Condition.InClass, Condition.Participation {

  /**
   * Returns the condition in words.
   *
   * @return the description
   */
  String description();

  /**
   * Decides the condition on a tally. A condition over every class is decided in each class, and its
   * decision has one part per class.
   *
   * @param tally the votes
   * @return the decision, with its numbers
   */
  ConditionDecision decide(Tally tally);

  /**
   * Returns a condition applying a threshold within every class that has members with a vote: the
   * votes in the class, weighed as in the whole vote, against the class's base. A class with voters on
   * the roll but no votes in the base fails.
   *
   * @param threshold the threshold within each class
   * @return the condition
   */
  static Condition inEachClass(Threshold threshold) {
    return new InEachClass(threshold);
  }

  /**
   * Returns a condition applying a threshold within one class.
   *
   * @param classId the class
   * @param threshold the threshold within it
   * @return the condition
   */
  static Condition inClass(ClassId classId, Threshold threshold) {
    return new InClass(classId, threshold);
  }

  /**
   * Returns a condition on turnout: the members who returned a vote (for, against, abstaining or
   * spoilt) must meet the rule, for example {@code QuorumRule.fractionOfMembers(Fraction.ONE_HALF)}
   * for "at least 50% of the eligible members vote".
   *
   * @param rule the rule the voters must meet
   * @return the condition
   */
  static Condition turnout(QuorumRule rule) {
    return new Participation(Participation.RETURNED, rule);
  }

  /**
   * Returns a condition on the members voting in favour, who must meet the rule, for example Debian's
   * quorum {@code QuorumRule.timesSquareRootOfMembers(Fraction.of(3, 2))}.
   *
   * @param rule the rule the members in favour must meet
   * @return the condition
   */
  static Condition inFavour(QuorumRule rule) {
    return new Participation(Participation.FOR, rule);
  }

  /**
   * Returns a condition on the members whose votes are among {@code counted}, who must meet the rule.
   * Rules of on-chain and online governance count participation this way: OpenZeppelin's Governor counts
   * votes for and abstentions toward its quorum, not votes against, so {@code participation(EnumSet.of(FOR,
   * ABSTAIN), QuorumRule.fractionOfVotes(q))}. {@link #turnout(QuorumRule)} counts every choice and {@link
   * #inFavour(QuorumRule)} votes for alone: the same condition as this one with those choices.
   *
   * @param counted the choices that count; must include {@link Choice#FOR}, so that a vote in favour never
   *     turns the condition from met to not met
   * @param rule the rule the members making those choices must meet
   * @return the condition
   * @throws InvalidValueException if {@code counted} leaves out FOR
   */
  static Condition participation(Set<Choice> counted, QuorumRule rule) {
    checkNotNull(rule, "rule");
    Participation.checkCounted(counted);
    return new Participation(Sets.immutableEnumSet(counted), rule);
  }

  /**
   * A threshold within every class that has members with a vote; see {@link
   * Condition#inEachClass(Threshold)}.
   *
   * @param threshold the threshold within each class
   * @since 0.1.0
   */
  record InEachClass(Threshold threshold) implements Condition {
    /** Checks that the threshold is given. */
    public InEachClass {
      checkNotNull(threshold, "threshold");
    }

    @Override
    public String description() {
      return "in each class: " + threshold.description();
    }

    /**
     * Decides the threshold in every class with members with a vote, in the order of the classes. Met
     * when it is met in each; not met when no class has members with a vote.
     *
     * @param tally the votes
     * @return the decision, whose parts are the decisions in each class
     */
    @Override
    public ConditionDecision decide(Tally tally) {
      List<ConditionDecision> parts = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      for (ClassId c : tally.roll().classTotals().keySet()) {
        if (!tally.roll().votersIn(c).isEmpty()) {
          ConditionDecision d = threshold.decideIn(tally, Optional.of(c));
          parts.add(d);
          if (!d.met()) {
            failed.add(c.toString());
          }
        }
      }
      if (parts.isEmpty()) {
        return ImmutableConditionDecision.builder().rule(description()).met(false).value(Fraction.ZERO)
            .base(Fraction.ZERO).required(Fraction.ZERO).strict(true)
            .explanation("no class has members with a vote").build();
      }
      // The numbers shown are those of the class that decided: the first not met, else the first.
      ConditionDecision deciding = parts.stream().filter(d -> !d.met()).findFirst().orElse(parts.get(0));
      String classes = parts.size() == 1 ? " class" : " classes";
      String explanation = failed.isEmpty()
          ? "met in each of the " + parts.size() + classes
          : "not met in " + failed.size() + " of " + parts.size() + classes + " (" + String.join(", ", failed) + ")";
      return ImmutableConditionDecision.builder().rule(description()).met(failed.isEmpty()).value(deciding.value())
          .base(deciding.base()).required(deciding.required()).strict(deciding.strict()).explanation(explanation)
          .parts(parts).build();
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * A threshold within one class; see {@link Condition#inClass(ClassId, Threshold)}.
   *
   * @param classId the class
   * @param threshold the threshold within it
   * @since 0.1.0
   */
  record InClass(ClassId classId, Threshold threshold) implements Condition {
    /** Checks that both are given. */
    public InClass {
      checkNotNull(classId, "classId");
      checkNotNull(threshold, "threshold");
    }

    @Override
    public String description() {
      return "in class " + classId + ": " + threshold.description();
    }

    /**
     * Decides the threshold among the members of the class.
     *
     * @throws UndefinedClassException if the roll's constitution does not define the class: a
     *     mistyped class would otherwise read as an empty base and fail the resolution silently
     */
    @Override
    public ConditionDecision decide(Tally tally) {
      tally.roll().requireDefined(classId, description());
      return threshold.decideIn(tally, Optional.of(classId));
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * The members whose votes are among {@code counted} must meet a quorum rule: a turnout when every
   * choice counts, the members in favour when only votes for count; see {@link
   * Condition#participation(Set, QuorumRule)}.
   *
   * @param counted the choices that count, including {@link Choice#FOR}
   * @param rule the rule the members making those choices must meet
   * @since 0.1.0
   */
  record Participation(ImmutableSet<Choice> counted, QuorumRule rule) implements Condition {
    static final ImmutableSet<Choice> RETURNED = Sets.immutableEnumSet(EnumSet.allOf(Choice.class));
    static final ImmutableSet<Choice> FOR = Sets.immutableEnumSet(Choice.FOR);

    /**
     * Checks the choices; they are kept in the order of {@link Choice}.
     *
     * @throws InvalidValueException if {@code counted} leaves out FOR
     */
    public Participation {
      checkNotNull(rule, "rule");
      checkCounted(counted);
      counted = Sets.immutableEnumSet(counted);
    }

    private static void checkCounted(Set<Choice> counted) {
      checkNotNull(counted, "counted");
      Checks.check(
          counted.contains(Choice.FOR), "counted", counted, "participation must count votes for, but counts only %s", counted);
    }

    /** The condition's name, which is also the purpose of the quorum count. */
    private String label() {
      if (counted.equals(RETURNED)) {
        return "turnout";
      }
      return counted.equals(FOR) ? "members in favour" : "participation (" + words() + ")";
    }

    /** Who is counted, in the explanation. */
    private String who() {
      if (counted.equals(RETURNED)) {
        return "members voted";
      }
      return counted.equals(FOR) ? "members in favour" : "members voting " + words();
    }

    private String words() {
      return String.join(" or ", counted.stream().map(Choice::label).toList());
    }

    @Override
    public String description() {
      return label() + ": " + rule.description();
    }

    @Override
    public ConditionDecision decide(Tally tally) {
      Set<MemberId> group = tally.membersChoosing(counted, Optional.empty());
      QuorumDecision q = rule.decide(label(), tally.roll(), group);
      return ImmutableConditionDecision.builder()
          .rule(description())
          .met(q.quorate())
          .value(q.decidedBy().present())
          .base(Fraction.of(q.bodySize()))
          .required(q.decidedBy().needed())
          .strict(q.decidedBy().strict())
          // The share of members only where members decide: beside a check of votes or capital a share of
          // members could read against the verdict ("33.3%" of members beside "met" on votes).
          .explanation(q.membersCounted() + " of " + q.bodySize() + " " + who()
              + (q.decidedBy().unit() == QuorumCheck.Unit.MEMBERS
                  ? " (" + ConditionDecision.percent(Fraction.of(q.membersCounted()), Fraction.of(q.bodySize())) + ")"
                  : "")
              + "; " + q.decidedBy())
          .build();
    }

    @Override
    public String toString() {
      return description();
    }
  }
}
