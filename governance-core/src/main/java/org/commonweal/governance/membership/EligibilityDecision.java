package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.commonweal.governance.base.Decision;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * The answer of an {@link Eligibility} rule for given facts on a date, with its reason and the decisions
 * of its sub-rules, so that a refusal can say exactly which condition failed and why.
 *
 * <pre>{@code
 * EligibilityDecision d = Eligibility.minimumAge(16).decide(facts, LocalDate.of(2026, 9, 1));
 * d.met();      // false
 * d.reason();   // "needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15"
 * d.explain();  // the whole tree, one line per rule
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class EligibilityDecision implements Decision {
  EligibilityDecision() {}

  /**
   * Returns the rule that was decided, as a value.
   *
   * @return the rule
   */
  public abstract Eligibility eligibility();

  /**
   * Returns whether the rule is met.
   *
   * @return true if met
   */
  @Override
  public abstract boolean met();

  /**
   * Returns why: for a single condition, the fact and the requirement; for a combination, the reasons of
   * the sub-rules that decided it.
   *
   * @return the reason, in one line
   */
  public abstract String reason();

  /**
   * Returns the decisions of the sub-rules, in the order of {@link Eligibility#parts()}.
   *
   * @return the sub-decisions, empty for a single condition
   */
  public abstract ImmutableList<EligibilityDecision> parts();

  /**
   * Creates a decision.
   *
   * <p>Package-private: a decision comes from {@link Eligibility#decide}.
   *
   * @param eligibility the rule decided
   * @param met whether it is met
   * @param reason why
   * @param parts the decisions of its sub-rules
   * @return the decision
   */
  static EligibilityDecision of(Eligibility eligibility, boolean met, String reason, List<EligibilityDecision> parts) {
    return ImmutableEligibilityDecision.builder().eligibility(eligibility).met(met).reason(reason).parts(parts).build();
  }

  /**
   * Returns the rule in words: its {@link Eligibility#description()}.
   *
   * @return the description of the rule
   */
  @Override
  public String rule() {
    return eligibility().description();
  }

  /**
   * Returns the whole decision as indented lines, one per rule: {@code [pass]} or {@code [fail]}, the
   * rule, and the reason. Costs O(size of the rule).
   *
   * @return the explanation, lines separated by {@code \n}
   */
  @Override
  public String explain() {
    StringBuilder sb = new StringBuilder();
    explain(sb, 0);
    return sb.toString();
  }

  private void explain(StringBuilder sb, int depth) {
    if (sb.length() > 0) {
      sb.append('\n');
    }
    sb.append("  ".repeat(depth))
        .append(met() ? "[pass] " : "[fail] ")
        .append(rule())
        .append(": ")
        .append(reason());
    for (EligibilityDecision p : parts()) {
      p.explain(sb, depth + 1);
    }
  }

  @Value.Check
  void check() {
    Checks.check(!reason().isBlank(), "reason", reason(), "an eligibility result needs a reason");
    Checks.check(
        parts().size() == eligibility().parts().size(),
        "parts",
        parts(),
        "rule %s has %s parts, got %s results",
        eligibility(),
        eligibility().parts().size(),
        parts().size());
    for (int i = 0; i < parts().size(); i++) {
      Checks.check(
          parts().get(i).eligibility().equals(eligibility().parts().get(i)),
          "parts",
          parts().get(i).eligibility(),
          "result %s is for %s, not %s",
          i,
          parts().get(i).eligibility(),
          eligibility().parts().get(i));
    }
  }
}
