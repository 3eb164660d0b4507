package org.commonweal.governance.analysis;

import java.util.List;

/**
 * A {@link GameRule} with its weights in arrays, tested millions of times by the exact methods without
 * unboxing a list's elements at each test.
 */
final class CompiledRule {
  private static final CompiledRule[] NONE = {};

  private final boolean all;
  private final long[] weights;
  private final long quota;
  private final CompiledRule[] parts;

  private CompiledRule(boolean all, long[] weights, long quota, CompiledRule[] parts) {
    this.all = all;
    this.weights = weights;
    this.quota = quota;
    this.parts = parts;
  }

  static CompiledRule of(GameRule rule) {
    if (rule instanceof GameRule.Weighted w) {
      return new CompiledRule(false, w.weights().stream().mapToLong(Long::longValue).toArray(), w.quota(), NONE);
    }
    boolean all = rule instanceof GameRule.AllOf;
    List<GameRule> rules = all ? ((GameRule.AllOf) rule).rules() : ((GameRule.AnyOf) rule).rules();
    CompiledRule[] parts = new CompiledRule[rules.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = of(rules.get(i));
    }
    return new CompiledRule(all, new long[0], 0, parts);
  }

  boolean wins(int[] k) {
    if (parts.length == 0) {
      long total = 0;
      for (int j = 0; j < weights.length; j++) {
        total += weights[j] * k[j];
      }
      return total >= quota;
    }
    for (CompiledRule p : parts) {
      if (p.wins(k) != all) {
        return !all;
      }
    }
    return all;
  }
}
