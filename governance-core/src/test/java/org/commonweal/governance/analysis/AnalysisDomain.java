package org.commonweal.governance.analysis;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Arbitraries for the analysis package.
 *
 * <p>Guarantees of the generated values:
 *
 * <ul>
 *   <li>{@link WeightedGame}: 1 to 20 players, weights 0 to 12 with at least one positive, the quota
 *       anywhere from 1 to the total weight (so improper and dictator games occur).
 *   <li>{@link ClassGame}: 1 to 4 classes {@code c0, c1, ...} of 1 to 5 members (at most 20 members in all),
 *       with a rule that is a weighted condition or an all-of or any-of of two or three of them; each
 *       weighted part has weights 0 to 6 with at least one positive and a quota from 1 to what the whole
 *       membership weighs, so the whole membership always wins.
 * </ul>
 *
 * <p>Every arbitrary generates valid values directly; none filters.
 */
class AnalysisDomain extends DomainContextBase {

  @Provide
  Arbitrary<WeightedGame> weightedGames() {
    return Arbitraries.integers()
        .between(1, 20)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.longs().between(0, 12).list().ofSize(n),
                        Arbitraries.integers().between(0, n - 1),
                        Arbitraries.doubles().between(0, 1))
                    .as(
                        (weights, positive, at) -> {
                          List<Long> w = new ArrayList<>(weights);
                          w.set(positive, w.get(positive) + 1);
                          long total = w.stream().mapToLong(Long::longValue).sum();
                          long quota = 1 + (long) Math.floor(at * (total - 1));
                          return WeightedGame.of(quota, w);
                        }));
  }

  @Provide
  Arbitrary<ClassGame> classGames() {
    return Arbitraries.integers()
        .between(1, 5)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .flatMap(
            sizes -> {
              List<MemberClass> classes = new ArrayList<>();
              for (int j = 0; j < sizes.size(); j++) {
                classes.add(MemberClass.of("c" + j, sizes.get(j)));
              }
              Arbitrary<GameRule> leaf = weightedRule(sizes);
              Arbitrary<GameRule> all = leaf.list().ofMinSize(2).ofMaxSize(3).map(r -> GameRule.allOf(r.toArray(GameRule[]::new)));
              Arbitrary<GameRule> any = leaf.list().ofMinSize(2).ofMaxSize(3).map(r -> GameRule.anyOf(r.toArray(GameRule[]::new)));
              return Arbitraries.oneOf(leaf, all, any).map(rule -> ClassGame.of(classes, rule));
            });
  }

  private static Arbitrary<GameRule> weightedRule(List<Integer> sizes) {
    int t = sizes.size();
    return Combinators.combine(
            Arbitraries.longs().between(0, 6).array(long[].class).ofSize(t),
            Arbitraries.integers().between(0, t - 1),
            Arbitraries.doubles().between(0, 1))
        .as(
            (w, positive, at) -> {
              long[] weights = w.clone();
              weights[positive]++;
              long whole = 0;
              for (int j = 0; j < t; j++) {
                whole += weights[j] * sizes.get(j);
              }
              return GameRule.weighted(1 + (long) Math.floor(at * (whole - 1)), weights);
            });
  }
}
