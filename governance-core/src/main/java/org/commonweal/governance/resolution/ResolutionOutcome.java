package org.commonweal.governance.resolution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.Rejection;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.meeting.VotingMethod;
import org.immutables.value.Value;

/**
 * Whether a resolution passed, and why: every condition with its numbers, the tie and how it was
 * decided, the count, every vote not counted with its reason, and for a resolution taken in several
 * steps (two meetings, a general and a class meeting) the outcome of each step.
 *
 * <pre>{@code
 * ResolutionOutcome o = Resolution.special("Amend rule 12").decide(tally);
 * if (o.passed()) { ... }
 * String reasons = o.explain(); // every condition with its numbers
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ResolutionOutcome {
  ResolutionOutcome() {}

  /** The verdict. */
  public enum Verdict {
    /** Every condition is met. */
    PASSED,
    /** Some condition is not met, and can no longer be. */
    FAILED,
    /** Not yet passed, and still open (a written resolution whose period has not lapsed). */
    PENDING
  }

  /**
   * Returns the resolution's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the kind of resolution.
   *
   * @return the kind
   */
  public abstract Resolution.Kind kind();

  /**
   * Returns the verdict.
   *
   * @return passed, failed or pending
   */
  public abstract Verdict verdict();

  /**
   * Returns every condition decided, in the order of the resolution; a condition over every class gives
   * its decision in each class (the {@link ConditionDecision#parts()} of its own decision).
   *
   * @return the condition decisions
   */
  public abstract ImmutableList<ConditionDecision> conditions();

  /**
   * Returns the tie on the majority threshold and how it was decided, if there was one.
   *
   * @return the tie decision, or empty
   */
  public abstract Optional<TieDecision> tie();

  /**
   * Returns the count, for a resolution decided on one tally.
   *
   * @return the totals, or empty for an outcome made of parts
   */
  public abstract Optional<Totals> totals();

  /**
   * Returns the votes recorded but not counted, with their reasons.
   *
   * @return vote to rejection
   */
  public abstract ImmutableMap<Vote, Rejection> rejectedVotes();

  /**
   * Returns notes: escalation, proxies counted as instructed, delegations used.
   *
   * @return the notes
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the way the vote was taken: on a show of hands the totals and the conditions count hands
   * (Companies Act 2006 ss.284(2), 285(1)-(2)), otherwise votes weighed by the roll. A tally that states
   * no way was a poll, and the outcome says so ({@link #explain()} reads "count on a poll").
   *
   * @return the way; empty only for an outcome that no tally decided
   */
  public abstract Optional<VotingMethod> method();

  /**
   * Returns what the roll's weighting did to the votes cast, in words: a class's share that lapses or is
   * shared among the others, a cap that bites ("no member of [students] takes part: their share 1/5
   * lapses").
   *
   * @return the notes; empty where the roll weighs every vote alike
   */
  public abstract ImmutableList<String> weighting();

  /**
   * Returns the votes counted that a proxy (or a delegate) cast for a member, for the minutes.
   *
   * @return the votes, by member
   */
  public abstract ImmutableList<Vote> castForMembers();

  /**
   * Returns the outcomes of the steps, for a resolution taken in several steps.
   *
   * @return the parts, empty for a single vote
   */
  public abstract ImmutableList<ResolutionOutcome> parts();

  /**
   * Returns the day the resolution passed, where known (a written resolution passes on the day the
   * last signature needed is given).
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> passedOn();

  /**
   * Returns whether the resolution passed.
   *
   * @return true if the verdict is {@link Verdict#PASSED}
   */
  public boolean passed() {
    return verdict() == Verdict.PASSED;
  }

  /**
   * Returns the conditions not met, including those of failed parts.
   *
   * @return the failed conditions
   */
  public ImmutableList<ConditionDecision> failedConditions() {
    ImmutableList.Builder<ConditionDecision> b = ImmutableList.builder();
    parts().forEach(p -> b.addAll(p.failedConditions()));
    conditions().stream().filter(c -> !c.met()).forEach(b::add);
    return b.build();
  }

  /**
   * Combines the outcomes of the steps of one decision, which passes only if every step passed (for
   * example a general meeting's special resolution and the consent of a class meeting). The verdict is
   * failed if a step failed, otherwise pending if a step is pending.
   *
   * @param title the decision's title
   * @param kind the kind of the combined resolution
   * @param parts the steps, at least one
   * @return the combined outcome
   */
  public static ResolutionOutcome allOf(String title, Resolution.Kind kind, List<ResolutionOutcome> parts) {
    return combine(title, kind, parts, ImmutableList.of(), ImmutableList.of());
  }

  static ResolutionOutcome combine(String title, Resolution.Kind kind, List<ResolutionOutcome> parts,
      List<ConditionDecision> conditions, List<String> notes) {
    boolean ownMet = conditions.stream().allMatch(ConditionDecision::met);
    boolean anyFailed = !ownMet || parts.stream().anyMatch(p -> p.verdict() == Verdict.FAILED);
    boolean anyPending = parts.stream().anyMatch(p -> p.verdict() == Verdict.PENDING);
    Verdict v = anyFailed ? Verdict.FAILED : anyPending ? Verdict.PENDING : Verdict.PASSED;
    return ImmutableResolutionOutcome.builder().title(title).kind(kind).verdict(v).parts(parts).conditions(conditions)
        .notes(notes).build();
  }

  /**
   * Returns the outcome in words: the verdict, each condition with its numbers, the tie, the count,
   * the votes not counted, the notes, and each step.
   *
   * @return several lines
   */
  public String explain() {
    StringBuilder s = new StringBuilder();
    explain(s, "");
    return s.toString();
  }

  private void explain(StringBuilder s, String indent) {
    s.append(indent).append(kind().label()).append(" \"").append(title()).append("\": ").append(verdict())
        .append(passedOn().map(d -> " on " + d).orElse("")).append('\n');
    for (ResolutionOutcome p : parts()) {
      p.explain(s, indent + "  ");
    }
    for (ConditionDecision c : conditions()) {
      s.append(indent).append("  ").append(c).append('\n');
    }
    // A tie rule that decided states the tie in the condition it decided: say it once.
    tie().filter(t -> conditions().stream().noneMatch(c -> c.explanation().contains(t.explanation())))
        .ifPresent(t -> s.append(indent).append("  tie: ").append(t).append('\n'));
    totals().ifPresent(t -> s.append(indent).append("  count").append(method().map(m -> " " + m.phrase()).orElse(""))
        .append(": ").append(countInWords(t, method())).append('\n'));
    for (String w : weighting()) {
      s.append(indent).append("  weighting: ").append(w).append('\n');
    }
    if (!castForMembers().isEmpty()) {
      s.append(indent).append("  cast for members: ").append(String.join(", ",
          castForMembers().stream().map(Vote::toString).toList())).append('\n');
    }
    rejectedVotes().forEach((v, r) -> s.append(indent).append("  not counted: ").append(v).append(": ").append(r).append('\n'));
    for (String n : notes()) {
      s.append(indent).append("  note: ").append(n).append('\n');
    }
  }

  /**
   * The count line. Where every vote weighs one, votes and members are the same numbers; otherwise the
   * weighed numbers are those of each condition (weighed among the members in its base), so the count
   * gives the members and says so, rather than a second set of weighed numbers.
   */
  private static String countInWords(Totals t, Optional<VotingMethod> method) {
    if (method.equals(Optional.of(VotingMethod.SHOW_OF_HANDS))) {
      return "for " + t.forVotes() + ", against " + t.againstVotes() + ", abstain " + t.abstainVotes() + ", spoilt "
          + t.spoiltVotes() + " (hands: one a member in person, one a proxy or one each way)";
    }
    boolean unweighed = t.forVotes().equals(Fraction.of(t.forHeads()))
        && t.againstVotes().equals(Fraction.of(t.againstHeads()))
        && t.abstainVotes().equals(Fraction.of(t.abstainHeads()))
        && t.spoiltVotes().equals(Fraction.of(t.spoiltHeads()));
    if (unweighed) {
      return t.toString();
    }
    return members(t.forHeads()) + " for, " + t.againstHeads() + " against, " + t.abstainHeads() + " abstaining, "
        + t.spoiltHeads() + " spoilt; the votes are weighed by the roll, as each condition shows";
  }

  private static String members(int n) {
    return n + (n == 1 ? " member" : " members");
  }

  @Value.Check
  void check() {
    Checks.check(
        !(conditions().isEmpty() && parts().isEmpty()),
        "conditions",
        conditions(),
        "an outcome needs at least one condition or part");
    boolean allMet = conditions().stream().allMatch(ConditionDecision::met) && parts().stream().allMatch(ResolutionOutcome::passed);
    Checks.check(
        (verdict() == Verdict.PASSED) == allMet,
        "verdict",
        verdict(),
        "verdict %s contradicts the conditions of \"%s\"",
        verdict(),
        title());
  }

  /** Returns the title and verdict. */
  @Override
  public String toString() {
    return kind().label() + " \"" + title() + "\": " + verdict();
  }
}
