package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik arbitraries of the election package, published in the test-jar so that systems built on the
 * library can property-test their own code with them.
 *
 * <p>What the generated values guarantee: candidates are named {@code A}, {@code B}, ... in ballot-paper
 * order; every election is valid (at least one candidate, every mark on a candidate of the election,
 * withdrawn candidates among them, at most a third of the candidates withdrawn); ballots carry
 * multiplicities from 1 to 4; ranked ballots from {@link #rankings} are simple (one candidate per rank,
 * none repeated), those from {@link #markedBallots} may hold skipped ranks, overvotes (named or not),
 * repeated candidates and equal preferences, and {@link #rules} covers every setting. Sizes are small
 * (at most the given number of candidates, at most 20 ballots), so that slow exact oracles can check the
 * counts. Type-based providers: an {@code @ForAll Election} is a ranked election of up to 5 candidates
 * and one seat with marked ballots; {@code @ForAll RankedBallot} and {@code @ForAll BallotRules} as the
 * static factories below.
 */
public class ElectionDomain extends DomainContextBase {

  /** The candidates {@code A}, {@code B}, ... up to {@code n} of them. */
  public static List<Candidate> candidates(int n) {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cs.add(Candidate.of(String.valueOf((char) ('A' + i))));
    }
    return cs;
  }

  /** Ranked elections with marked ballots and any rules, without equal preferences. */
  @Provide
  public Arbitrary<Election> elections() {
    return markedElections(5, 1, false);
  }

  /** Marked ranked ballots over five candidates. */
  @Provide
  public Arbitrary<RankedBallot> rankedBallots() {
    return markedBallots(candidates(5));
  }

  /** Ballot rules with every setting. */
  @Provide
  public Arbitrary<BallotRules> ballotRules() {
    return rules(true);
  }

  /** Simple rankings of 1 to all of the candidates, with a multiplicity from 1 to 4. */
  public static Arbitrary<RankedBallot> rankings(List<Candidate> cs) {
    return Combinators.combine(
            Arbitraries.shuffle(cs), Arbitraries.integers().between(1, cs.size()), Arbitraries.longs().between(1, 4))
        .as((order, k, count) -> RankedBallot.of(count, order.subList(0, k)));
  }

  /** Rankings of every candidate, with a multiplicity from 1 to 4. */
  public static Arbitrary<RankedBallot> completeRankings(List<Candidate> cs) {
    return Combinators.combine(Arbitraries.shuffle(cs), Arbitraries.longs().between(1, 4))
        .as((order, count) -> RankedBallot.of(count, order));
  }

  /**
   * Ballots as a voter may mark them: 1 to 6 ranks, each blank, one candidate, two candidates, or an
   * unidentified overvote; candidates may repeat.
   */
  public static Arbitrary<RankedBallot> markedBallots(List<Candidate> cs) {
    Arbitrary<List<Candidate>> rank =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<Candidate>of())),
            net.jqwik.api.Tuple.of(8, Arbitraries.of(cs).map(List::of)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(cs).list().ofSize(2)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of(Candidate.of("?overvote")))));
    return Combinators.combine(rank.list().ofMinSize(1).ofMaxSize(6), Arbitraries.longs().between(1, 3))
        .as(
            (ranks, count) -> {
              RankedBallot.Builder b = RankedBallot.builder().count(count);
              for (List<Candidate> r : ranks) {
                if (r.size() == 1 && r.get(0).name().equals("?overvote")) {
                  b.overvote();
                } else {
                  b.rank(r);
                }
              }
              return b.build();
            });
  }

  /** Ballot rules with every setting; equal preferences only where allowed. */
  public static Arbitrary<BallotRules> rules(boolean equalPreferences) {
    return Combinators.combine(
            Arbitraries.of(BallotRules.Overvote.class),
            equalPreferences ? Arbitraries.of(true, false) : Arbitraries.just(false),
            Arbitraries.integers().between(0, 2).injectNull(0.5),
            Arbitraries.of(BallotRules.Duplicates.class),
            Arbitraries.integers().between(1, 4).injectNull(0.5))
        .as(
            (overvote, equal, skips, duplicates, maxRanks) -> {
              BallotRules.Builder b = BallotRules.builder().overvote(overvote).equalPreferences(equal).duplicates(duplicates);
              if (skips != null) {
                b.maxConsecutiveSkips(skips);
              }
              if (maxRanks != null) {
                b.maxRanks(maxRanks);
              }
              return b.build();
            });
  }

  /**
   * Elections of 1 to {@code maxCandidates} candidates and 1 to {@code maxSeats} seats with simple
   * rankings and the standard rules.
   */
  public static Arbitrary<Election> rankedElections(int maxCandidates, int maxSeats) {
    return Arbitraries.integers()
        .between(1, maxCandidates)
        .flatMap(
            n -> {
              List<Candidate> cs = candidates(n);
              return Combinators.combine(
                      rankings(cs).list().ofMaxSize(20), withdrawals(cs), Arbitraries.integers().between(1, maxSeats))
                  .as((ballots, withdrawn, seats) -> Election.builder().candidates(cs).seats(seats).withdrawn(withdrawn).ballots(ballots).build());
            });
  }

  /**
   * Elections of 1 to {@code maxCandidates} candidates and 1 to {@code maxSeats} seats with marked
   * ballots read under any rules (equal preferences only where allowed).
   */
  public static Arbitrary<Election> markedElections(int maxCandidates, int maxSeats, boolean equalPreferences) {
    return Arbitraries.integers()
        .between(1, maxCandidates)
        .flatMap(
            n -> {
              List<Candidate> cs = candidates(n);
              return Combinators.combine(
                      markedBallots(cs).list().ofMaxSize(20),
                      withdrawals(cs),
                      Arbitraries.integers().between(1, maxSeats),
                      rules(equalPreferences))
                  .as(
                      (ballots, withdrawn, seats, rules) ->
                          Election.builder().candidates(cs).seats(seats).withdrawn(withdrawn).ballots(ballots).rules(rules).build());
            });
  }

  /**
   * One-seat elections of 2 to {@code maxCandidates} candidates in which every paper ranks every
   * candidate and the number of papers is odd, so that no pairwise comparison is tied.
   */
  public static Arbitrary<Election> completeOddElections(int maxCandidates) {
    return Arbitraries.integers()
        .between(2, maxCandidates)
        .flatMap(
            n -> {
              List<Candidate> cs = candidates(n);
              return Combinators.combine(completeRankings(cs).list().ofMinSize(1).ofMaxSize(15), Arbitraries.shuffle(cs))
                  .as(
                      (ballots, extra) -> {
                        List<RankedBallot> all = new ArrayList<>(ballots);
                        long papers = all.stream().mapToLong(RankedBallot::count).sum();
                        if (papers % 2 == 0) {
                          all.add(RankedBallot.of(1, extra));
                        }
                        return Election.of(cs, 1, all);
                      });
            });
  }

  /** Elections with approval ballots (blank papers included), 1 to {@code maxSeats} seats. */
  public static Arbitrary<Election> approvalElections(int maxCandidates, int maxSeats) {
    return Arbitraries.integers()
        .between(1, maxCandidates)
        .flatMap(
            n -> {
              List<Candidate> cs = candidates(n);
              Arbitrary<ApprovalBallot> ballot =
                  Combinators.combine(Arbitraries.of(cs).set().ofMaxSize(n), Arbitraries.longs().between(1, 4))
                      .as((approved, count) -> ApprovalBallot.of(count, approved));
              return Combinators.combine(ballot.list().ofMaxSize(20), withdrawals(cs), Arbitraries.integers().between(1, maxSeats))
                  .as((ballots, withdrawn, seats) -> Election.builder().candidates(cs).seats(seats).withdrawn(withdrawn).ballots(ballots).build());
            });
  }

  /**
   * Elections with score ballots scoring candidates from 0 to {@code max + 1} (so that some papers are
   * rejected for a score above {@code max}), 1 to {@code maxSeats} seats.
   */
  public static Arbitrary<Election> scoreElections(int maxCandidates, int maxSeats, int max) {
    return Arbitraries.integers()
        .between(1, maxCandidates)
        .flatMap(
            n -> {
              List<Candidate> cs = candidates(n);
              Arbitrary<ScoreBallot> ballot =
                  Combinators.combine(
                          Arbitraries.integers().between(0, max).list().ofSize(n),
                          Arbitraries.integers().between(0, 12),
                          Arbitraries.longs().between(1, 4))
                      .as(
                          (scores, spoil, count) -> {
                            Map<Candidate, Integer> m = new LinkedHashMap<>();
                            for (int i = 0; i < n; i++) {
                              if (scores.get(i) > 0 || i == 0) {
                                m.put(cs.get(i), scores.get(i));
                              }
                            }
                            if (spoil == 0) {
                              m.put(cs.get(0), max + 1);
                            }
                            return ScoreBallot.of(count, m);
                          });
              return Combinators.combine(ballot.list().ofMaxSize(20), withdrawals(cs), Arbitraries.integers().between(1, maxSeats))
                  .as((ballots, withdrawn, seats) -> Election.builder().candidates(cs).seats(seats).withdrawn(withdrawn).ballots(ballots).build());
            });
  }

  /** Up to a third of the candidates, withdrawn. */
  public static Arbitrary<List<Candidate>> withdrawals(List<Candidate> cs) {
    return Arbitraries.of(cs).set().ofMaxSize(cs.size() / 3).map(ArrayList::new);
  }
}
