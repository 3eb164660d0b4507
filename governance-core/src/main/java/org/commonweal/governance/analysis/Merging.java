package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Types that no rule tells apart, counted together. A constitution's game keeps one class for each member
 * type so that each stakeholder class can be reported; but where every part of every rule weighs two types
 * alike (one member one vote, no class consent), their members are interchangeable, and the exact methods
 * and searches can count them as one class: four classes of 120, 200, 80 and 30 members are 61 million
 * class-count vectors, one class of 430 members 431. The game is the same game, so the power of each
 * member, and every coalition's size, is unchanged. O(t p) for t types and p weighted parts.
 */
final class Merging {
  /** The merged class of each type. */
  final int[] of;
  /** The number of merged classes. */
  final int classes;

  private Merging(int[] of, int classes) {
    this.of = of;
    this.classes = classes;
  }

  /** The types of {@code t} that every weighted part of the rules weighs alike, merged. */
  static Merging of(int t, List<GameRule> rules) {
    List<GameRule.Weighted> parts = new ArrayList<>();
    rules.forEach(r -> leaves(r, parts));
    Map<List<Long>, Integer> index = new LinkedHashMap<>();
    int[] of = new int[t];
    for (int j = 0; j < t; j++) {
      List<Long> column = new ArrayList<>();
      for (GameRule.Weighted w : parts) {
        column.add(w.weights().get(j));
      }
      of[j] = index.computeIfAbsent(column, c -> index.size());
    }
    return new Merging(of, index.size());
  }

  private static void leaves(GameRule r, List<GameRule.Weighted> out) {
    if (r instanceof GameRule.Weighted w) {
      out.add(w);
    } else if (r instanceof GameRule.AllOf a) {
      a.rules().forEach(x -> leaves(x, out));
    } else if (r instanceof GameRule.AnyOf a) {
      a.rules().forEach(x -> leaves(x, out));
    }
  }

  /** The counts of the merged classes. */
  int[] counts(int[] counts) {
    int[] m = new int[classes];
    for (int j = 0; j < counts.length; j++) {
      m[of[j]] += counts[j];
    }
    return m;
  }

  /** The rule over the merged classes. */
  GameRule rule(GameRule r) {
    if (r instanceof GameRule.Weighted w) {
      long[] weights = new long[classes];
      for (int j = 0; j < of.length; j++) {
        weights[of[j]] = w.weights().get(j);
      }
      return GameRule.weighted(w.quota(), weights);
    }
    if (r instanceof GameRule.AllOf a) {
      return GameRule.allOf(a.rules().stream().map(this::rule).toArray(GameRule[]::new));
    }
    GameRule.AnyOf a = (GameRule.AnyOf) r;
    return GameRule.anyOf(a.rules().stream().map(this::rule).toArray(GameRule[]::new));
  }

  /** The rule over the merged classes; a constant stays one. */
  Rules rules(Rules r) {
    GameRule g = r.rule();
    return g == null ? r : Rules.ofRule(rule(g));
  }

  /**
   * The exact power of a game, computed on its merged classes where some are alike, and given back for
   * each of its own classes (a member's power is the same in both).
   */
  static PowerIndices power(ClassGame game) {
    Merging m = of(game.classes().size(), List.of(game.rule()));
    if (m.classes == game.classes().size()) {
      return PowerAlgorithm.automatic().compute(game);
    }
    // A merged class is named by the positions of the classes it counts together: their names joined could
    // repeat a name (classes "a" and "b" merged beside a class "a + b"), which a game refuses.
    List<List<String>> names = new ArrayList<>();
    int[] sizes = new int[m.classes];
    for (int k = 0; k < m.classes; k++) {
      names.add(new ArrayList<>());
    }
    for (int j = 0; j < m.of.length; j++) {
      names.get(m.of[j]).add("#" + j);
      sizes[m.of[j]] += game.classes().get(j).size();
    }
    List<MemberClass> merged = new ArrayList<>();
    for (int k = 0; k < m.classes; k++) {
      merged.add(MemberClass.of(String.join(" + ", names.get(k)), sizes[k]));
    }
    PowerIndices p = PowerAlgorithm.automatic().compute(ClassGame.of(merged, m.rule(game.rule())));
    ImmutableList.Builder<ClassPower> each = ImmutableList.builder();
    for (int j = 0; j < m.of.length; j++) {
      ClassPower c = p.classes().get(m.of[j]);
      each.add(new ClassPower(game.classes().get(j), c.swings(), c.banzhaf(), c.penrose(), c.shapleyShubik()));
    }
    return new PowerIndices(game, each.build(), p.method());
  }
}
