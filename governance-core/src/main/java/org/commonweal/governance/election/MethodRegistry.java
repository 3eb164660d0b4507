package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;

/**
 * The counting methods known by name: the one place where a name in a trust system's settings, or on
 * the {@code count} command's line, becomes a method. Each entry is a {@link RegisteredMethod}: the
 * name, a one-line description, whether it elects one candidate, which kinds of ballot it counts, and
 * the method.
 *
 * <pre>{@code
 * ElectionMethod method = MethodRegistry.get("scottish-stv").method();
 * Optional<RegisteredMethod> maybe = MethodRegistry.find(settings.countingRule());
 * }</pre>
 *
 * <table>
 *   <caption>Entries</caption>
 *   <tr><th>name</th><th>method</th><th>seats</th><th>ballots</th></tr>
 *   <tr><td>scottish-stv, ers97, wigm, meek, meek-nz</td><td>{@link StvMethods#scottish()}, {@link
 *       StvMethods#ers97()}, {@link StvMethods#wigm()}, {@link StvMethods#meek()}, {@link
 *       StvMethods#meekNz()}</td><td>any</td><td>ranked</td></tr>
 *   <tr><td>irv</td><td>{@link ElectionMethods#instantRunoff()}</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>rcv</td><td>{@link ElectionMethods#rcv()}: RCTab's single-winner count, settings at their
 *       defaults</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>rcv-bottoms-up, rcv-one-winner-per-round, rcv-multiple-winners-per-round,
 *       rcv-multi-pass</td><td>{@link ElectionMethods#rcv(RcvSettings.WinnerMode)} with {@link
 *       RcvSettings.WinnerMode#BOTTOMS_UP}, {@link RcvSettings.WinnerMode#ONLY_ONE_WINNER_PER_ROUND}, {@link
 *       RcvSettings.WinnerMode#MULTIPLE_WINNERS_PER_ROUND}, {@link RcvSettings.WinnerMode#MULTI_PASS_IRV}</td>
 *       <td>any</td><td>ranked</td></tr>
 *   <tr><td>two-round</td><td>{@link ElectionMethods#twoRound()}</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>plurality</td><td>{@link ElectionMethods#plurality()}</td><td>any</td><td>ranked,
 *       approval</td></tr>
 *   <tr><td>approval</td><td>{@link ElectionMethods#approval()}</td><td>any</td><td>ranked,
 *       approval</td></tr>
 *   <tr><td>borda</td><td>{@link ElectionMethods#borda(BordaVariant)} with {@link
 *       BordaVariant#TRUNCATED}</td><td>any</td><td>ranked</td></tr>
 *   <tr><td>star</td><td>{@link ElectionMethods#star(int)} with scores 0 to 5</td><td>1</td><td>ranked,
 *       score</td></tr>
 *   <tr><td>schulze, schulze-margins</td><td>{@link ElectionMethods#schulze(PairwiseStrength)}</td>
 *       <td>1</td><td>ranked</td></tr>
 *   <tr><td>ranked-pairs</td><td>{@link ElectionMethods#rankedPairs()}</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>copeland</td><td>{@link ElectionMethods#copeland()}</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>minimax, minimax-margins</td><td>{@link ElectionMethods#minimax(PairwiseStrength)}</td>
 *       <td>1</td><td>ranked</td></tr>
 *   <tr><td>kemeny-young</td><td>{@link ElectionMethods#kemenyYoung()}</td><td>1</td><td>ranked</td></tr>
 * </table>
 *
 * <p>Each entry states its {@link RegisteredMethod#limit() limit}: at most {@value
 * ElectionMethods#MAX_CANDIDATES_SINGLE_STAGE} candidates for plurality, approval and two-round, {@value
 * ElectionMethods#MAX_CANDIDATES_CUBIC} for instant-runoff, Schulze and Ranked Pairs, {@value
 * ElectionMethods#MAX_CANDIDATES} for the others, {@value StvMethods#MAX_CANDIDATES} for STV, and for
 * Kemeny-Young at most {@value ElectionMethods#KEMENY_YOUNG_MAX_CANDIDATES} standing.
 *
 * <p>RCTab's bottoms-up to a percentage needs its percentage, and every other RCTab setting (ties,
 * continuing until two remain, stopping early, the minimum vote, batch elimination) its value: both come
 * from {@link RcvSettings#method()}.
 *
 * <p>Methods with settings not listed here (another Borda variant, another maximum score, score voting,
 * batch elimination, unranked candidates left out of pairwise comparisons, WIGM or Meek with other
 * precision) come from their factories in {@link ElectionMethods} and {@link StvMethods}. Names are
 * matched exactly, case included.
 *
 * <p>Cost: a lookup is one hash-map access. The entries are built once; they and their methods are
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MethodRegistry {
  private static final ImmutableSet<BallotKind> RANKED = Sets.immutableEnumSet(BallotKind.RANKED);
  private static final boolean SINGLE = true;
  private static final boolean ANY_SEATS = false;

  /** The names, in the order the {@code count} command lists them: STV, then by family. */
  private static final ImmutableList<String> NAMES =
      ImmutableList.of(
          "scottish-stv",
          "ers97",
          "wigm",
          "meek",
          "meek-nz",
          "irv",
          "rcv",
          "rcv-bottoms-up",
          "rcv-one-winner-per-round",
          "rcv-multiple-winners-per-round",
          "rcv-multi-pass",
          "two-round",
          "plurality",
          "approval",
          "borda",
          "star",
          "schulze",
          "schulze-margins",
          "ranked-pairs",
          "copeland",
          "minimax",
          "minimax-margins",
          "kemeny-young");

  /**
   * The entries built so far. A count names one method, and building every entry would load every
   * method's classes (a twentieth of a second at the start of the command), so each is built when
   * first asked for, once.
   */
  private static final ConcurrentMap<String, RegisteredMethod> BUILT = new ConcurrentHashMap<>();

  /** Every entry, built on the first call of {@link #all()}. */
  private static final class All {
    static final ImmutableList<RegisteredMethod> ALL =
        NAMES.stream().map(MethodRegistry::built).collect(ImmutableList.toImmutableList());
  }

  private MethodRegistry() {}

  private static RegisteredMethod built(String name) {
    // Not computeIfAbsent with a method reference: a command line's first lambda builds the JVM's lambda
    // machinery, on the one thread then running.
    RegisteredMethod r = BUILT.get(name);
    if (r == null) {
      RegisteredMethod made = build(name);
      r = BUILT.putIfAbsent(name, made);
      if (r == null) {
        r = made;
      }
    }
    return r;
  }

  /** The entry of a listed name. */
  private static RegisteredMethod build(String name) {
    return switch (name) {
      case "scottish-stv" ->
          entry(
              name,
              "Scottish STV (SSI 2007/42 Sch. 1 rr. 45-52)",
              ANY_SEATS,
              RANKED,
              StvMethods.scottish());
      case "ers97" -> entry(name, "Electoral Reform Society STV rules, 1997", ANY_SEATS, RANKED, StvMethods.ers97());
      case "wigm" ->
          entry(
              name,
              "weighted inclusive Gregory method, 18+9 places",
              ANY_SEATS,
              RANKED,
              StvMethods.wigm());
      case "meek" -> entry(name, "Meek STV, 18+9 places", ANY_SEATS, RANKED, StvMethods.meek());
      case "meek-nz" -> entry(name, "Meek STV, New Zealand rule (9 places)", ANY_SEATS, RANKED, StvMethods.meekNz());
      case "irv" ->
          entry(
              name,
              "instant-runoff, one exclusion a round",
              SINGLE,
              RANKED,
              ElectionMethods.instantRunoff());
      case "rcv" ->
          entry(
              name,
              "US ranked-choice count as RCTab 2.0.0, single winner majority",
              SINGLE,
              RANKED,
              ElectionMethods.rcv());
      case "rcv-bottoms-up" ->
          entry(
              name,
              "RCTab bottoms-up: eliminate until as many remain as there are seats",
              ANY_SEATS,
              RANKED,
              ElectionMethods.rcv(RcvSettings.WinnerMode.BOTTOMS_UP));
      case "rcv-one-winner-per-round" ->
          entry(
              name,
              "RCTab multi-winner, one winner a round, surpluses moved at 4 places",
              ANY_SEATS,
              RANKED,
              ElectionMethods.rcv(RcvSettings.WinnerMode.ONLY_ONE_WINNER_PER_ROUND));
      case "rcv-multiple-winners-per-round" ->
          entry(
              name,
              "RCTab multi-winner, every winner of a round at once, surpluses moved at 4 places",
              ANY_SEATS,
              RANKED,
              ElectionMethods.rcv(RcvSettings.WinnerMode.MULTIPLE_WINNERS_PER_ROUND));
      case "rcv-multi-pass" ->
          entry(
              name,
              "RCTab multi-pass IRV: one instant-runoff per seat, each winner out of the next",
              ANY_SEATS,
              RANKED,
              ElectionMethods.rcv(RcvSettings.WinnerMode.MULTI_PASS_IRV));
      case "two-round" ->
          entry(
              name,
              "two-round: top two of the first preferences go to a runoff",
              SINGLE,
              RANKED,
              ElectionMethods.twoRound());
      case "plurality" ->
          entry(
              name,
              "first preferences; the top N for N seats (block voting)",
              ANY_SEATS,
              Sets.immutableEnumSet(BallotKind.RANKED, BallotKind.APPROVAL),
              ElectionMethods.plurality());
      case "approval" ->
          entry(
              name,
              "approval; on ranked papers every ranked candidate is approved",
              ANY_SEATS,
              Sets.immutableEnumSet(BallotKind.RANKED, BallotKind.APPROVAL),
              ElectionMethods.approval());
      case "borda" ->
          entry(
              name,
              "Borda, truncated: of n candidates, position p scores n-p, unranked 0",
              ANY_SEATS,
              RANKED,
              ElectionMethods.borda(BordaVariant.TRUNCATED));
      case "star" ->
          entry(
              name,
              "STAR 0-5; on ranked papers the 1st preference scores 5, each later one 1 less, unranked 0",
              SINGLE,
              Sets.immutableEnumSet(BallotKind.RANKED, BallotKind.SCORE),
              ElectionMethods.star(5));
      case "schulze" ->
          entry(
              name,
              "Schulze, winning votes",
              SINGLE,
              RANKED,
              ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES));
      case "schulze-margins" ->
          entry(
              name,
              "Schulze, margins",
              SINGLE,
              RANKED,
              ElectionMethods.schulze(PairwiseStrength.MARGINS));
      case "ranked-pairs" ->
          entry(
              name,
              "Ranked Pairs (Tideman), margins",
              SINGLE,
              RANKED,
              ElectionMethods.rankedPairs());
      case "copeland" ->
          entry(
              name,
              "Copeland: pairwise wins minus losses",
              SINGLE,
              RANKED,
              ElectionMethods.copeland());
      case "minimax" ->
          entry(
              name,
              "Minimax, winning votes",
              SINGLE,
              RANKED,
              ElectionMethods.minimax(PairwiseStrength.WINNING_VOTES));
      case "minimax-margins" ->
          entry(
              name,
              "Minimax, margins",
              SINGLE,
              RANKED,
              ElectionMethods.minimax(PairwiseStrength.MARGINS));
      case "kemeny-young" ->
          RegisteredMethod.of(
              name,
              "Kemeny-Young, exact; at most " + ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES + " candidates standing",
              "at most "
                  + ElectionMethods.KEMENY_YOUNG_MAX_CANDIDATES
                  + " candidates standing, "
                  + Counting.number(ElectionMethods.MAX_CANDIDATES)
                  + " listed",
              SINGLE,
              RANKED,
              ElectionMethods.kemenyYoung());
      default -> throw new AssertionError(name);
    };
  }

  /** An entry whose limit is the method's most candidates, withdrawn ones included. */
  private static RegisteredMethod entry(
      String name, String description, boolean singleWinner, ImmutableSet<BallotKind> ballots, ElectionMethod method) {
    String limit = "at most " + Counting.number(method.maxCandidates()) + " candidates";
    return RegisteredMethod.of(name, description, limit, singleWinner, ballots, method);
  }

  /**
   * Returns every entry, in the order the {@code count} command lists them.
   *
   * @return the entries
   */
  public static ImmutableList<RegisteredMethod> all() {
    return All.ALL;
  }

  /**
   * Returns every name, in the order of {@link #all()}.
   *
   * @return the names
   */
  public static ImmutableList<String> names() {
    return NAMES;
  }

  /**
   * Looks a method up by name.
   *
   * @param name the name, exactly as listed (for example {@code "irv"})
   * @return the entry, or empty if no method has that name
   */
  public static Optional<RegisteredMethod> find(String name) {
    checkNotNull(name, "name");
    return NAMES.contains(name) ? Optional.of(built(name)) : Optional.empty();
  }

  /**
   * Returns the method of a name.
   *
   * @param name the name, exactly as listed (for example {@code "irv"})
   * @return the entry
   * @throws InvalidValueException if no method has that name; the message lists the names known
   */
  public static RegisteredMethod get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                Checks.invalid(
                    "method", name, "unknown counting method \"%s\"; known methods: %s", name, String.join(", ", names())));
  }
}
