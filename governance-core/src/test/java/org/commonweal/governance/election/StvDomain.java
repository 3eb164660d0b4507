package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Arbitrary elections for the STV counts and the BLT codec: as a domain it provides {@link #strict()}
 * elections for any {@code @ForAll Election}; property classes reach the others by name through
 * {@code @Provide} methods that return these factories.
 *
 * <p>Guarantees: 2 to 7 candidates with distinct names (plain, with party labels, quoted tokens as in
 * the Scottish files, non-ASCII letters), 1 to 4 seats (never more than the candidates), 1 to 25
 * ballots of 1 to 40 papers each. {@code strict} holds strict rankings (each candidate at most once,
 * one per rank, no skipped ranks) under the standard ballot rules; {@code singleSeat} the same with one
 * seat; {@code withEqualPreferences} adds ranks of two or three candidates ranked equally, with equal
 * preferences allowed; {@code bltElections} adds skipped ranks, equal ranks, withdrawn candidates and
 * a title, every one of them writable as BLT (its ballot rules are the standard ones, with equal
 * preferences allowed exactly when a ballot has an equal rank).
 */
class StvDomain extends DomainContextBase {
  private static final List<String> NAMES =
      List.of(
          "Alice",
          "Bob JONES (Ind)",
          "\"Carol SMITH\" \"Labour Party\"",
          "Dan O'NEIL",
          "Zoë ÜBER (Grn)",
          "\"\"\"Maria REID\"\" \"\"SFP\"\"\"",
          "Ed",
          "Fay Fisher");

  private static Arbitrary<List<Candidate>> candidates() {
    return Arbitraries.integers()
        .between(2, 7)
        .flatMap(n -> Arbitraries.shuffle(NAMES).map(names -> names.subList(0, n).stream().map(Candidate::of).toList()));
  }

  private static Arbitrary<RankedBallot> strictBallot(List<Candidate> cands) {
    return Combinators.combine(
            Arbitraries.longs().between(1, 40),
            Arbitraries.shuffle(cands),
            Arbitraries.integers().between(1, cands.size()))
        .as((w, order, len) -> RankedBallot.of(w, order.subList(0, len)));
  }

  private static Arbitrary<Election> strict(Arbitrary<Integer> seatsOf) {
    return candidates()
        .flatMap(
            cands ->
                Combinators.combine(
                        seatsOf.map(s -> Math.min(s, cands.size())),
                        strictBallot(cands).list().ofMinSize(1).ofMaxSize(25))
                    .as((seats, ballots) -> Election.of(cands, seats, ballots)));
  }

  @Provide
  Arbitrary<Election> provideElections() {
    return strict();
  }

  static Arbitrary<Election> strict() {
    return strict(Arbitraries.integers().between(1, 4));
  }

  static Arbitrary<Election> singleSeat() {
    return strict(Arbitraries.just(1));
  }

  /** A ballot whose ranks hold one to three candidates each (equal preferences), strict in order. */
  private static Arbitrary<RankedBallot> groupedBallot(List<Candidate> cands, boolean skips) {
    return Combinators.combine(
            Arbitraries.longs().between(1, 40),
            Arbitraries.shuffle(cands),
            Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(cands.size()),
            Arbitraries.integers().between(0, skips ? 3 : 0).list().ofSize(cands.size()))
        .as(
            (w, order, sizes, gaps) -> {
              RankedBallot.Builder b = RankedBallot.builder().count(w);
              int at = 0;
              for (int k = 0; k < sizes.size() && at < order.size(); k++) {
                if (gaps.get(k) == 3 && at > 0) {
                  b.skip();
                }
                int end = Math.min(order.size(), at + sizes.get(k));
                b.rank(new ArrayList<>(order.subList(at, end)));
                at = end;
              }
              return b.build();
            });
  }

  static Arbitrary<Election> withEqualPreferences() {
    return candidates()
        .flatMap(
            cands ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 3).map(s -> Math.min(s, cands.size())),
                        groupedBallot(cands, false).list().ofMinSize(1).ofMaxSize(20))
                    .as(
                        (seats, ballots) ->
                            Election.builder()
                                .candidates(cands)
                                .seats(seats)
                                .ballots(ballots)
                                .rules(BallotRules.builder().equalPreferences(true).build())
                                .build()));
  }

  static Arbitrary<Election> bltElections() {
    return candidates()
        .flatMap(
            cands ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        groupedBallot(cands, true).list().ofMinSize(0).ofMaxSize(12),
                        Arbitraries.subsetOf(cands),
                        Arbitraries.of("", "Board election 2026", "Ward 3 - Paisley \"North\"", "Ûnïcode ward"))
                    .as(
                        (seats, ballots, withdrawn, title) -> {
                          boolean equal = false;
                          for (RankedBallot b : ballots) {
                            for (int r = 0; r < b.rankCount(); r++) {
                              equal |= b.rank(r).size() > 1;
                            }
                          }
                          return Election.builder()
                              .title(title)
                              .candidates(cands)
                              .seats(seats)
                              .withdrawn(withdrawn)
                              .ballots(ballots)
                              .rules(equal ? BallotRules.builder().equalPreferences(true).build() : BallotRules.standard())
                              .build();
                        }));
  }
}
