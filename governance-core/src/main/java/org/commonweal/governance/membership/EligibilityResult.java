package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * The answer of an {@link Eligibility} rule for given facts on a date, with its reason and the answers of
 * its sub-rules, so that a refusal can say exactly which condition failed and why.
 *
 * <pre>{@code
 * EligibilityResult r = Eligibility.minimumAge(16).evaluate(facts, LocalDate.of(2026, 9, 1));
 * r.passed();   // false
 * r.reason();   // "needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15"
 * r.explain();  // the whole tree, one line per rule
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class EligibilityResult {
  EligibilityResult() {}

  /**
   * Returns the rule that was evaluated.
   *
   * @return the rule
   */
  public abstract Eligibility rule();

  /**
   * Returns whether the rule is met.
   *
   * @return true if met
   */
  public abstract boolean passed();

  /**
   * Returns why: for a single condition, the fact and the requirement; for a combination, the reasons of
   * the sub-rules that decided it.
   *
   * @return the reason, in one line
   */
  public abstract String reason();

  /**
   * Returns the results of the sub-rules, in the order of {@link Eligibility#parts()}.
   *
   * @return the sub-results, empty for a single condition
   */
  public abstract ImmutableList<EligibilityResult> parts();

  /**
   * Creates a result.
   *
   * @param rule the rule evaluated
   * @param passed whether it is met
   * @param reason why
   * @param parts the results of its sub-rules
   * @return the result
   */
  public static EligibilityResult of(Eligibility rule, boolean passed, String reason, List<EligibilityResult> parts) {
    return ImmutableEligibilityResult.builder().rule(rule).passed(passed).reason(reason).parts(parts).build();
  }

  /**
   * Returns the whole evaluation as indented lines, one per rule: {@code [pass]} or {@code [fail]}, the
   * rule, and the reason. Costs O(size of the rule).
   *
   * @return the explanation, lines separated by {@code \n}
   */
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
        .append(passed() ? "[pass] " : "[fail] ")
        .append(rule().describe())
        .append(": ")
        .append(reason());
    for (EligibilityResult p : parts()) {
      p.explain(sb, depth + 1);
    }
  }

  @Value.Check
  void check() {
    if (reason().isBlank()) {
      throw new InvalidValueException("reason", reason(), "an eligibility result needs a reason");
    }
    if (parts().size() != rule().parts().size()) {
      throw new InvalidValueException(
          "parts", parts(), "rule " + rule() + " has " + rule().parts().size() + " parts, got " + parts().size() + " results");
    }
    for (int i = 0; i < parts().size(); i++) {
      if (!parts().get(i).rule().equals(rule().parts().get(i))) {
        throw new InvalidValueException(
            "parts", parts().get(i).rule(), "result " + i + " is for " + parts().get(i).rule() + ", not " + rule().parts().get(i));
      }
    }
  }
}
