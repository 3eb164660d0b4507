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
 *
 * <p>For the STV counts and the BLT codec, elections of named candidates: 2 to 7 candidates with
 * distinct names (plain, with party labels, quoted tokens as in the Scottish files, non-ASCII letters),
 * 1 to 4 seats (never more than the candidates), 1 to 25 ballots of 1 to 40 papers each. {@link
 * #strict()} holds strict rankings (each candidate at most once, one per rank, no skipped ranks) under
 * the standard ballot rules; {@link #singleSeat()} the same with one seat; {@link
 * #withEqualPreferences()} adds ranks of two or three candidates ranked equally, with equal preferences
 * allowed; {@link #bltElections()} adds skipped ranks, equal ranks, withdrawn candidates and a title,
 * every one of them writable as BLT (its ballot rules are the standard ones, with equal preferences
 * allowed exactly when a ballot has an equal rank).
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
            // The overvote rules read when papers are read; EXHAUST_IF_MULTIPLE_CONTINUING is decided at
            // transfer time, by the rcv counts only.
            Arbitraries.of(BallotRules.Overvote.EXHAUST, BallotRules.Overvote.SKIP_RANK),
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

  private static Arbitrary<List<Candidate>> namedCandidates() {
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

  private static Arbitrary<Election> strictWithSeats(Arbitrary<Integer> seatsOf) {
    return namedCandidates()
        .flatMap(
            cands ->
                Combinators.combine(
                        seatsOf.map(s -> Math.min(s, cands.size())),
                        strictBallot(cands).list().ofMinSize(1).ofMaxSize(25))
                    .as((seats, ballots) -> Election.of(cands, seats, ballots)));
  }

  /** Strict rankings of named candidates under the standard rules, 1 to 4 seats (see the class doc). */
  static Arbitrary<Election> strict() {
    return strictWithSeats(Arbitraries.integers().between(1, 4));
  }

  /** As {@link #strict()}, with one seat. */
  static Arbitrary<Election> singleSeat() {
    return strictWithSeats(Arbitraries.just(1));
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

  /** Ranks of one to three candidates ranked equally, equal preferences allowed, 1 to 3 seats. */
  static Arbitrary<Election> withEqualPreferences() {
    return namedCandidates()
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

  /** Elections that BLT can hold: skipped and equal ranks, withdrawn candidates, a title. */
  static Arbitrary<Election> bltElections() {
    return namedCandidates()
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

  // ---------------------------------------------------------------------------------------------
  // Deliberately broken: ballot files with a defect, and elections past a method's limit

  /**
   * The defects of {@link #brokenBallotFiles()}, each one a mistake found in real or hostile ballot
   * files.
   */
  public enum BltDefect {
    /** The first line is not two whole numbers of at least 1 (a negative count of candidates). */
    HEADER_NOT_COUNTS,
    /** A ballot names a candidate number above the number of candidates. */
    CANDIDATE_OUT_OF_RANGE,
    /** A ballot line does not end with 0. */
    BALLOT_WITHOUT_END,
    /** A ballot has weight 0. */
    WEIGHT_ZERO,
    /** The file ends before the last candidates' names (and the title). */
    NAMES_MISSING,
    /** A candidate's name repeats an earlier one. */
    NAME_TWICE,
    /** A candidate's name is empty. */
    NAME_EMPTY,
    /** An option in square brackets that the format does not have. */
    UNKNOWN_OPTION
  }

  /**
   * A BLT text with one defect, and what {@link Blt#parse} must say of it: the line (counted from 1)
   * that {@link org.commonweal.governance.base.MalformedInputException#line()} names, and the start of
   * its {@link org.commonweal.governance.base.MalformedInputException#expected()}.
   *
   * @param text the file's text
   * @param defect the defect
   * @param line the line the reader names
   * @param expected the start of what the reader says it expected there
   */
  public record BrokenBallotFile(String text, BltDefect defect, int line, String expected) {}

  /**
   * A registered method and an election listing more candidates than {@link ElectionMethod#maxCandidates()},
   * which the method must refuse with a {@link org.commonweal.governance.base.LimitExceededException}
   * naming its limit and the number listed.
   *
   * @param method the method
   * @param election the election, with a single ballot of a kind the method reads
   */
  public record OverLimit(RegisteredMethod method, Election election) {}

  /**
   * Ballot files with one defect each; see {@link BltDefect}. Each is a valid file of 2 to 7 candidates
   * ({@code "A"}, {@code "B"}, ...), 1 to 3 seats (never more than the candidates), 1 to 8 ballot lines of
   * weight 1 to 9 and a title, before one defect is put in at a generated place.
   *
   * @return the arbitrary
   */
  @SuppressWarnings("exports") // jqwik is on the class path of the tests, as for every domain here
  public static Arbitrary<BrokenBallotFile> brokenBallotFiles() {
    return Arbitraries.integers().between(2, 7).flatMap(n -> {
      List<Candidate> cs = candidates(n);
      Arbitrary<List<String>> lines = Combinators.combine(
              Arbitraries.integers().between(1, 9), Arbitraries.shuffle(cs), Arbitraries.integers().between(1, n))
          .as((w, order, k) -> {
            StringBuilder b = new StringBuilder().append(w);
            for (Candidate c : order.subList(0, k)) {
              b.append(' ').append(cs.indexOf(c) + 1);
            }
            return b.append(" 0").toString();
          })
          .list().ofMinSize(1).ofMaxSize(8);
      return Combinators.combine(
              Arbitraries.integers().between(1, Math.min(3, n)), lines, Arbitraries.of(BltDefect.class), Arbitraries.integers().between(0, 1000))
          .as((seats, ballots, defect, at) -> broken(cs, seats, ballots, defect, at));
    });
  }

  private static final String BALLOT =
      "a ballot (a whole-number weight, candidate numbers from 1 to ";

  static BrokenBallotFile broken(List<Candidate> cs, int seats, List<String> ballots, BltDefect defect, int at) {
    int n = cs.size();
    List<String> head = new ArrayList<>(List.of(n + " " + seats));
    List<String> body = new ArrayList<>(ballots);
    List<String> names = new ArrayList<>();
    for (Candidate c : cs) {
      names.add("\"" + c.name() + "\"");
    }
    String title = "\"A broken file\"";
    int k = at % body.size();
    // Lines: 1 the header, 2 .. b + 1 the ballots, b + 2 the 0 that ends them, then name i at b + 2 + i.
    int b = body.size();
    int j = 2 + at % (n - 1);
    String expected;
    int line;
    switch (defect) {
      case HEADER_NOT_COUNTS:
        head.set(0, "-" + n + " " + seats);
        line = 1;
        expected = "the number of candidates and the number of seats";
        break;
      case CANDIDATE_OUT_OF_RANGE:
        body.set(k, "1 " + (n + 1) + " 0");
        line = k + 2;
        expected = "a ballot of candidate numbers from 1 to " + n + " (- for a skipped rank, = between equal preferences),"
            + " where \"" + (n + 1) + "\" is not one";
        break;
      case BALLOT_WITHOUT_END:
        body.set(k, body.get(k).substring(0, body.get(k).length() - 2));
        line = k + 2;
        expected = "a ballot line ending with 0";
        break;
      case WEIGHT_ZERO:
        body.set(k, "0" + body.get(k).substring(body.get(k).indexOf(' ')));
        line = k + 2;
        expected = BALLOT + n + ", then 0) or the 0 that ends the ballots";
        break;
      case NAMES_MISSING:
        names = names.subList(0, j - 1);
        title = "";
        line = b + 2 + j;
        expected = "the name of candidate " + j + " of " + n;
        break;
      case NAME_TWICE:
        names.set(j - 1, names.get(0));
        line = b + 2 + j;
        expected = "the name of candidate " + j + " of " + n + ", different from the names before it";
        break;
      case NAME_EMPTY:
        names.set(j - 1, "\"\"");
        line = b + 2 + j;
        expected = "the name of candidate " + j + " of " + n + " (not empty)";
        break;
      default: // UNKNOWN_OPTION
        head.add("[colour red]");
        line = 2;
        expected = "an option in square brackets on one line";
        break;
    }
    List<String> all = new ArrayList<>(head);
    all.addAll(body);
    all.add("0");
    all.addAll(names);
    if (!title.isEmpty()) {
      all.add(title);
    }
    return new BrokenBallotFile(String.join("\n", all) + "\n", defect, line, expected);
  }

  /**
   * Elections that no registered method may count: for each method of {@link MethodRegistry#all()},
   * 1 to 3 candidates more than its limit (up to 100,003 for the single-stage methods) and one ballot of a
   * kind it reads. Costly to build for the methods with the largest limits: bound the tries.
   *
   * @return the arbitrary
   */
  @SuppressWarnings("exports") // jqwik is on the class path of the tests, as for every domain here
  public static Arbitrary<OverLimit> overLimit() {
    return Combinators.combine(Arbitraries.of(MethodRegistry.all()), Arbitraries.integers().between(1, 3))
        .as((m, over) -> {
          int n = m.method().maxCandidates() + over;
          List<Candidate> cs = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            cs.add(Candidate.of("C" + i));
          }
          Ballot paper = m.ballots().contains(BallotKind.RANKED)
              ? RankedBallot.of(cs.get(n - 1), cs.get(0))
              : ApprovalBallot.of(1, cs.get(n - 1));
          return new OverLimit(m, Election.of(cs, 1, List.of(paper)));
        });
  }
}
