package org.commonweal.governance.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule while it is being compiled: always met, never met, or a {@link GameRule}. A {@link GameRule}
 * cannot say "always" (its quotas are at least 1) or "never" (a {@link ClassGame} refuses a rule the whole
 * membership does not meet), yet conditions compile to both: a turnout met by everyone present, a
 * threshold within a class with no voter. The constants are folded away as parts are combined.
 */
final class Rules {
  static final Rules ALWAYS = new Rules(true, null);
  static final Rules NEVER = new Rules(false, null);

  private final boolean constant;
  private final @Nullable GameRule rule;
  private final @Nullable CompiledRule compiled;

  private Rules(boolean constant, @Nullable GameRule rule) {
    this.constant = constant;
    this.rule = rule;
    this.compiled = rule == null ? null : CompiledRule.of(rule);
  }

  /**
   * A weighted rule over the members' types, folded to a constant where the quota is at most 0 or above
   * what every member together holds.
   */
  static Rules weighted(long quota, long[] weights, int[] counts) {
    if (quota <= 0) {
      return ALWAYS;
    }
    long max = 0;
    for (int j = 0; j < weights.length; j++) {
      max += weights[j] * counts[j];
    }
    return quota > max ? NEVER : new Rules(false, GameRule.weighted(quota, weights.clone()));
  }

  /** A rule that is not a constant. */
  static Rules ofRule(GameRule rule) {
    return new Rules(false, rule);
  }

  static Rules of(boolean met) {
    return met ? ALWAYS : NEVER;
  }

  static Rules allOf(List<Rules> parts) {
    List<GameRule> rules = new ArrayList<>();
    for (Rules p : parts) {
      if (p.rule == null) {
        if (!p.constant) {
          return NEVER;
        }
      } else if (p.rule instanceof GameRule.AllOf a) {
        rules.addAll(a.rules());   // flattened, so that a condition over every class reads as its parts
      } else {
        rules.add(p.rule);
      }
    }
    if (rules.isEmpty()) {
      return ALWAYS;
    }
    return new Rules(false, rules.size() == 1 ? rules.get(0) : GameRule.allOf(rules.toArray(GameRule[]::new)));
  }

  static Rules anyOf(List<Rules> parts) {
    List<GameRule> rules = new ArrayList<>();
    for (Rules p : parts) {
      if (p.rule == null) {
        if (p.constant) {
          return ALWAYS;
        }
      } else if (p.rule instanceof GameRule.AnyOf a) {
        rules.addAll(a.rules());
      } else {
        rules.add(p.rule);
      }
    }
    if (rules.isEmpty()) {
      return NEVER;
    }
    return new Rules(false, rules.size() == 1 ? rules.get(0) : GameRule.anyOf(rules.toArray(GameRule[]::new)));
  }

  /** Whether the rule is met whatever the coalition. */
  boolean always() {
    return rule == null && constant;
  }

  /** Whether the rule is never met. */
  boolean never() {
    return rule == null && !constant;
  }

  /** The rule, where it is not a constant. */
  @Nullable GameRule rule() {
    return rule;
  }

  /** Whether a coalition of {@code counts} meets the rule. */
  boolean wins(int[] counts) {
    return compiled == null ? constant : compiled.wins(counts);
  }
}
