package org.commonweal.governance.resolution;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.base.Rejection;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.membership.ClassId;
import org.immutables.value.Value;

/**
 * A class's power to turn an ordinary resolution into a special one by its own class resolution, as in
 * the FairShares Model ("any class can turn an ordinary resolution into a special one by class
 * resolution when a poll is demanded").
 *
 * <pre>{@code
 * EscalationRule rule = EscalationRule.of(fairSharesSpecial, true);
 * Outcome<Resolution> escalated = rule.escalate(ordinary, investors, investorsClassVote, Optional.of(pollDemand));
 * ResolutionOutcome o = escalated.orElseThrow().decide(tally);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class EscalationRule {
  EscalationRule() {}

  /**
   * Returns the form an escalated resolution takes: its kind, conditions and tie rule replace the
   * ordinary resolution's.
   *
   * @return the escalated form
   */
  public abstract Resolution escalatedForm();

  /**
   * Returns the classes that may escalate.
   *
   * @return the classes; empty for every class
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClassId> classes();

  /**
   * Returns whether a valid demand for a poll is needed.
   *
   * @return true if the escalation needs a poll
   */
  public abstract boolean requiresPoll();

  /**
   * Returns a rule letting any class escalate to the given form.
   *
   * @param escalatedForm the form of the escalated resolution
   * @param requiresPoll whether a valid poll demand is needed
   * @return the rule
   */
  public static EscalationRule of(Resolution escalatedForm, boolean requiresPoll) {
    return ImmutableEscalationRule.builder().escalatedForm(escalatedForm).requiresPoll(requiresPoll).build();
  }

  /**
   * Returns this rule, limited to the given classes.
   *
   * @param allowed the classes that may escalate
   * @return the rule
   */
  public EscalationRule limitedTo(Iterable<ClassId> allowed) {
    return ImmutableEscalationRule.builder().from(this).classes(allowed).build();
  }

  /**
   * Escalates an ordinary resolution by a class's resolution, or says why not. The escalated
   * resolution keeps the ordinary one's title and notes the escalation.
   *
   * @param ordinary the ordinary resolution
   * @param byClass the class escalating
   * @param classResolution the outcome of the class's own resolution to escalate
   * @param pollDemand the decision on the demand for a poll, where one was made
   * @return the escalated resolution, or a rejection: {@code NOT_ORDINARY}, {@code
   *     CLASS_MAY_NOT_ESCALATE}, {@code CLASS_RESOLUTION_NOT_PASSED}, {@code POLL_NOT_DEMANDED}
   */
  public Outcome<Resolution> escalate(Resolution ordinary, ClassId byClass, ResolutionOutcome classResolution,
      Optional<QuorumDecision> pollDemand) {
    ImmutableMap<String, Object> facts = ImmutableMap.of("resolution", ordinary.title(), "class", byClass);
    if (ordinary.kind() != Resolution.Kind.ORDINARY) {
      return Outcome.rejected(Rejection.of("NOT_ORDINARY", "only an ordinary resolution can be escalated; this is a "
          + ordinary.kind().label().toLowerCase(Locale.ROOT), facts));
    }
    if (!classes().isEmpty() && !classes().contains(byClass)) {
      return Outcome.rejected(Rejection.of("CLASS_MAY_NOT_ESCALATE", "class " + byClass + " may not escalate resolutions; "
          + classes() + " may", facts));
    }
    if (!classResolution.passed()) {
      return Outcome.rejected(Rejection.of("CLASS_RESOLUTION_NOT_PASSED", "class " + byClass
          + "'s resolution to escalate did not pass", facts));
    }
    if (requiresPoll() && (pollDemand.isEmpty() || !pollDemand.get().quorate())) {
      return Outcome.rejected(Rejection.of("POLL_NOT_DEMANDED", "escalation needs a valid demand for a poll"
          + pollDemand.map(q -> ": " + q).orElse(""), facts));
    }
    List<String> notes = new ArrayList<>(ordinary.notes());
    notes.add("escalated from an ordinary resolution by class " + byClass + "'s resolution \"" + classResolution.title() + "\"");
    return Outcome.accepted(Resolution.builder().from(escalatedForm()).title(ordinary.title()).notes(notes).build());
  }
}
