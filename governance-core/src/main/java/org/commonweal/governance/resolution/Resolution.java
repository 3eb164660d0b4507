package org.commonweal.governance.resolution;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRight;
import org.immutables.value.Value;

/**
 * A motion and the conditions on which it passes: the main entry point for "did this resolution
 * pass?".
 *
 * <table>
 *   <caption>Kinds of resolution</caption>
 *   <tr><th>kind</th><th>factory</th><th>conditions</th><th>source</th></tr>
 *   <tr><td>ordinary</td><td>{@link #ordinary(String)}</td><td>more than 1/2 of the votes cast</td>
 *       <td>Companies Act 2006 s.282</td></tr>
 *   <tr><td>special</td><td>{@link #special(String)}</td><td>at least 3/4 of the votes cast</td><td>Companies
 *       Act 2006 s.283</td></tr>
 *   <tr><td>unanimous</td><td>{@link #unanimous(String)}</td><td>every vote cast in favour (at least
 *       1/1)</td><td></td></tr>
 *   <tr><td>with class consent</td><td>{@link #withCondition(Condition)} and {@link
 *       Condition#inEachClass(Threshold)}</td><td>also a majority in every class</td><td>FairShares</td></tr>
 *   <tr><td>with a minimum turnout</td><td>{@link Condition#turnout}</td><td>75% of those voting and 50% of
 *       members voting</td><td>CCBS 2014 s.113</td></tr>
 *   <tr><td>ratio supermajority</td><td>{@link RatioThreshold}</td><td>3:1</td><td>Debian constitution</td></tr>
 *   <tr><td>written</td><td>{@link WrittenResolution}</td><td>against all eligible votes, with a lapse
 *       period</td><td>Companies Act 2006 s.288-300</td></tr>
 *   <tr><td>at two meetings</td><td>{@link TwoMeetingResolution}</td><td>2/3, then more than 1/2</td><td>CCBS
 *       2014 s.111</td></tr>
 * </table>
 *
 * <pre>{@code
 * Resolution special = Resolution.special("Adopt new rules")
 *     .withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast()));
 * ResolutionOutcome outcome = special.decide(tally);
 * String reasons = outcome.explain();
 * }</pre>
 *
 * <p>Deciding costs one weighing per condition, O(c n log n) for c conditions and n voters. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Resolution {
  Resolution() {}

  /** The kinds of resolution, for reports and for the constitution's table of matters. */
  public enum Kind {
    /** An ordinary resolution. */
    ORDINARY("Ordinary resolution"),
    /** A special resolution. */
    SPECIAL("Special resolution"),
    /** A unanimous resolution. */
    UNANIMOUS("Unanimous resolution"),
    /** A written resolution. */
    WRITTEN("Written resolution"),
    /** A resolution the constitution defines otherwise. */
    OTHER("Resolution");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * Returns the kind in words, for example {@code "Special resolution"}.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /**
   * Returns the resolution's title; proxy instructions name the matter by it.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the kind.
   *
   * @return the kind; {@link Kind#OTHER} by default
   */
  @Value.Default
  public Kind kind() {
    return Kind.OTHER;
  }

  /**
   * Returns the conditions, every one of which must be met.
   *
   * @return the conditions, at least one
   */
  public abstract ImmutableList<Condition> conditions();

  /**
   * Returns the tie rule, applied when the votes for and against are equal on the first condition that
   * is a majority threshold (1/2 of the votes cast, or a 1:1 ratio).
   *
   * @return the tie rule; {@link TieRule#byThreshold()} by default
   */
  @Value.Default
  public TieRule tieRule() {
    return TieRule.byThreshold();
  }

  /**
   * Returns notes carried into the outcome, such as an escalation.
   *
   * @return the notes
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns an ordinary resolution: more than half of the votes cast (Companies Act 2006 s.282).
   *
   * @param title the title
   * @return the resolution
   */
  public static Resolution ordinary(String title) {
    return builder().title(title).kind(Kind.ORDINARY).addConditions(Threshold.majorityOfVotesCast()).build();
  }

  /**
   * Returns a special resolution: at least three quarters of the votes cast (Companies Act 2006 s.283).
   *
   * @param title the title
   * @return the resolution
   */
  public static Resolution special(String title) {
    return builder().title(title).kind(Kind.SPECIAL).addConditions(Threshold.threeQuartersOfVotesCast()).build();
  }

  /**
   * Returns a unanimous resolution: every vote cast in favour, abstentions aside.
   *
   * @param title the title
   * @return the resolution
   */
  public static Resolution unanimous(String title) {
    return builder().title(title).kind(Kind.UNANIMOUS).addConditions(Threshold.atLeast(Fraction.ONE, VoteBase.VOTES_CAST)).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resolution}. */
  public static final class Builder extends ImmutableResolution.Builder {
    Builder() {}
  }

  /**
   * Returns this resolution with a further condition, for example a class consent.
   *
   * @param condition the condition
   * @return the resolution
   */
  public Resolution withCondition(Condition condition) {
    return builder().from(this).addConditions(condition).build();
  }

  /**
   * Returns this resolution with a tie rule.
   *
   * @param rule the tie rule
   * @return the resolution
   */
  public Resolution withTieRule(TieRule rule) {
    return builder().from(this).tieRule(rule).build();
  }

  /**
   * Returns this resolution under another title (and matter for proxy instructions).
   *
   * @param newTitle the title
   * @return the resolution
   */
  public Resolution titled(String newTitle) {
    return builder().from(this).title(newTitle).build();
  }

  /**
   * Decides the resolution on a tally: every condition evaluated with its numbers, a tie on the
   * majority threshold decided by the tie rule.
   *
   * @param tally the votes
   * @return the outcome
   */
  public ResolutionOutcome decide(Tally tally) {
    List<ConditionDecision> results = new ArrayList<>();
    Optional<TieDecision> tie = Optional.empty();
    boolean tieConsidered = false;
    for (Condition c : conditions()) {
      ConditionDecision d = c.decide(tally);
      Fraction[] fa = null;
      if (!tieConsidered && c instanceof Threshold t && t.tieEligible()) {
        fa = t.forAndAgainst(tally);
      } else if (!tieConsidered && c instanceof RatioThreshold r && r.tieEligible()) {
        fa = r.forAndAgainst(tally);
      }
      if (fa != null) {
        tieConsidered = true;
        if (fa[0].equals(fa[1]) && fa[0].signum() > 0) {
          TieDecision t = tieRule().decide(d, tally);
          if (!(tieRule() instanceof TieRule.ByThreshold)) {
            // The tie rule's answer stands for the threshold's, and the condition says why.
            d = ImmutableConditionDecision.builder().from(d).met(t.result() == Choice.FOR)
                .explanation(d.explanation() + "; " + t.explanation()).build();
          }
          tie = Optional.of(t);
        }
      }
      // The outcome lists elementary decisions: a condition over every class gives one per class.
      if (d.parts().isEmpty()) {
        results.add(d);
      } else {
        results.addAll(d.parts());
      }
    }
    boolean passed = results.stream().allMatch(ConditionDecision::met);
    List<String> notes = new ArrayList<>(notes());
    notes.addAll(tally.notes());
    notes.addAll(proxyNotes(tally));
    return ImmutableResolutionOutcome.builder()
        .title(title())
        .kind(kind())
        .verdict(passed ? ResolutionOutcome.Verdict.PASSED : ResolutionOutcome.Verdict.FAILED)
        .conditions(results)
        .tie(tie)
        .totals(tally.totals())
        .method(Optional.of(tally.method()))
        .weighting(tally.method().weighedByRoll() ? weighting(tally) : ImmutableList.of())
        .castForMembers(tally.counted().values().stream().filter(v -> v.cast() != Vote.Cast.BY_MEMBER).toList())
        .rejectedVotes(tally.rejected())
        .notes(notes)
        .build();
  }

  /**
   * What the count line cannot show of votes cast by proxy: a holding split among proxies (Companies Act
   * 2006 s.324(2)), each part with its choice, share of the holding and holder; and, on a show of hands
   * under rules that give proxies no vote there, the members whose proxies' votes are therefore not in
   * the hands.
   */
  private static List<String> proxyNotes(Tally tally) {
    List<String> out = new ArrayList<>();
    List<String> noHand = new ArrayList<>();
    boolean proxiesHaveNoHand = !tally.method().weighedByRoll()
        && tally.attendance().map(a -> a.proxyRules().showOfHands() == ProxyRules.ShowOfHands.NO_VOTE).orElse(false);
    tally.parts().forEach((m, ps) -> {
      if (ps.size() > 1) {
        out.add(m + "'s votes are split between proxies (s.324(2)): " + String.join(", ", ps.stream()
            .map(p -> p.choice().label() + " with " + p.portion() + " of the holding"
                + p.holder().map(h -> " by " + h).orElse(""))
            .toList()));
      }
      if (proxiesHaveNoHand && ps.stream().anyMatch(p -> p.holder().isPresent())) {
        noHand.add(m.toString());
      }
    });
    if (!noHand.isEmpty()) {
      out.add("on a show of hands the proxy rules give proxies no vote: the votes cast by proxy for "
          + String.join(", ", noHand) + " are not in the hands");
    }
    return out;
  }

  /**
   * What the roll's weighting did to the votes cast, in words: each voter whose votes a cap per member
   * cut, with the roll's own reasons ("M-001: 5 voting shares, one vote each; capped at 1 vote per
   * member"), then what class shares and class caps did.
   */
  private static ImmutableList<String> weighting(Tally tally) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (MemberId m : tally.membersChoosing(EnumSet.allOf(Choice.class), Optional.empty())) {   // in member order
      VotingRight r = tally.roll().rights().get(m);
      if (r != null && r.reasons().stream().anyMatch(x -> x.startsWith("capped at "))) {
        lines.add(m + ": " + String.join("; ", r.reasons()));
      }
    }
    lines.addAll(tally.roll().weigh(tally.membersChoosing(EnumSet.of(Choice.FOR, Choice.AGAINST), Optional.empty())).notes());
    return lines.build();
  }

  @Value.Check
  void check() {
    Checks.check(!title().isBlank(), "title", title(), "a resolution needs a title");
    Checks.check(
        !conditions().isEmpty(), "conditions", conditions(), "resolution \"%s\" needs at least one condition", title());
  }

  /** Returns the kind, title and conditions. */
  @Override
  public String toString() {
    return kind().label() + " \"" + title() + "\": " + conditions();
  }
}
