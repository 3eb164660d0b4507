package org.commonweal.governance.election;

import org.commonweal.governance.base.InvalidValueException;

/**
 * The counting methods of this package other than the STV family, one static factory each. Every
 * method returned is an {@link ElectionMethod}: immutable, thread-safe, deterministic, and it returns a
 * result with the full report of its count.
 *
 * <pre>{@code
 * ElectionMethod irv = ElectionMethods.instantRunoff();
 * ElectionResult result = irv.count(election, TieBreaker.seeded(2026));
 * }</pre>
 *
 * <table>
 *   <caption>Methods</caption>
 *   <tr><th>factory</th><th>{@link ElectionMethod#name() name}</th><th>seats</th><th>ballots</th></tr>
 *   <tr><td>{@link #plurality()}</td><td>plurality</td><td>any (block voting)</td><td>ranked (first N
 *       preferences), approval ("X", at most N marks)</td></tr>
 *   <tr><td>{@link #approval()}</td><td>approval</td><td>any</td><td>approval; ranked (every ranked
 *       candidate approved)</td></tr>
 *   <tr><td>{@link #borda(BordaVariant)}</td><td>borda-truncated, ...</td><td>any</td><td>ranked</td></tr>
 *   <tr><td>{@link #score(int)}</td><td>score</td><td>any</td><td>score; ranked (scored by rank)</td></tr>
 *   <tr><td>{@link #star(int)}</td><td>star</td><td>1</td><td>score; ranked (scored by rank)</td></tr>
 *   <tr><td>{@link #instantRunoff()}, {@link #instantRunoff(boolean)}</td><td>irv, irv-batch</td><td>1</td>
 *       <td>ranked</td></tr>
 *   <tr><td>{@link #rcv()}, {@link #rcv(RcvSettings.WinnerMode)}</td><td>rcv, rcv-bottoms-up,
 *       rcv-one-winner-per-round, rcv-multiple-winners-per-round, rcv-multi-pass</td><td>1; any for the multi-seat modes</td><td>ranked</td></tr>
 *   <tr><td>{@link #twoRound()}</td><td>two-round</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>{@link #schulze(PairwiseStrength)}</td><td>schulze, schulze-margins</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>{@link #rankedPairs()}</td><td>ranked-pairs</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>{@link #copeland()}</td><td>copeland</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>{@link #minimax(PairwiseStrength)}</td><td>minimax, minimax-margins</td><td>1</td><td>ranked</td></tr>
 *   <tr><td>{@link #kemenyYoung()}</td><td>kemeny-young</td><td>1</td><td>ranked, at most {@value
 *       #KEMENY_YOUNG_MAX_CANDIDATES} candidates standing</td></tr>
 * </table>
 *
 * <p>To choose a method by name, as settings or a command line give it ({@code "irv"}, {@code
 * "schulze"}), use {@link MethodRegistry}, which also says of each method whether it elects one
 * candidate and which ballots it counts.
 *
 * <p>Every method refuses, before it counts, an election listing more candidates than its {@link
 * ElectionMethod#maxCandidates() limit} ({@link org.commonweal.governance.base.LimitExceededException}):
 * {@value #MAX_CANDIDATES_SINGLE_STAGE} for plurality, approval, score and two-round; {@value
 * #MAX_CANDIDATES_CUBIC} for instant-runoff, Schulze and Ranked Pairs; {@value #MAX_CANDIDATES} for the
 * others, and Kemeny-Young at most {@value #KEMENY_YOUNG_MAX_CANDIDATES} standing. Every STV rule counts
 * at most {@value StvMethods#MAX_CANDIDATES}.
 *
 * <p>Single-winner methods refuse an election with more than one seat ({@link InvalidValueException}:
 * "... elects one candidate; seats (3) must be 1"). Methods that give a paper to one candidate at a time
 * (plurality, instant-runoff, two-round) refuse ranked papers with equal preferences. The Condorcet
 * methods read a candidate a paper leaves unranked as ranked equally below all the candidates it ranks;
 * the overloads taking a {@link PairwiseMatrix.Unranked} can leave such pairs out instead.
 *
 * @since 0.1.0
 */
public final class ElectionMethods {
  /** The most candidates standing that {@link #kemenyYoung()} counts: its exact count is O(2^n n^2). */
  public static final int KEMENY_YOUNG_MAX_CANDIDATES = 16;

  /**
   * The most candidates (withdrawn ones included) that the methods whose work or report grows faster
   * than the candidates count: Borda (points by position), STAR (head-to-head among tied candidates) and
   * the Condorcet methods (a number for every pair), Copeland and Minimax; and the most candidates
   * standing that {@link PairwiseMatrix} compares. At this limit each finishes in well under a second.
   */
  public static final int MAX_CANDIDATES = 1_000;

  /**
   * The most candidates (withdrawn ones included) that the methods of one or two stages count:
   * plurality, approval, score and two-round, whose work and report grow with the candidates.
   */
  public static final int MAX_CANDIDATES_SINGLE_STAGE = 100_000;

  /**
   * The most candidates (withdrawn ones included) that the methods whose work grows as the cube of the
   * candidates count: instant-runoff (up to a stage per candidate, each tie looked back through every
   * earlier stage), Schulze (the strongest paths, O(n^3)) and Ranked Pairs (a note for every pair, and a
   * closure of the locked defeats). At this limit each finishes in a few seconds at most.
   */
  public static final int MAX_CANDIDATES_CUBIC = 500;

  private ElectionMethods() {}

  /**
   * Returns instant-runoff voting, excluding one candidate at a time.
   *
   * @return the method, named {@code irv}
   */
  public static ElectionMethod instantRunoff() {
    return new InstantRunoff(false);
  }

  /**
   * Returns instant-runoff voting.
   *
   * @param batchElimination true to exclude at once all the lowest candidates whose votes together are
   *     fewer than the next candidate's (the winner is the same; there are fewer stages)
   * @return the method, named {@code irv} or {@code irv-batch}
   */
  public static ElectionMethod instantRunoff(boolean batchElimination) {
    return new InstantRunoff(batchElimination);
  }

  /**
   * Returns the US ranked-choice count as RCTab 2.0.0 counts one seat, every setting at its default
   * ({@link RcvSettings#standard()}); other settings come from {@link RcvSettings#method()}.
   *
   * @return the method, named {@code rcv}
   */
  public static ElectionMethod rcv() {
    return new RcvCount("rcv", RcvSettings.standard());
  }

  /**
   * Returns RCTab's count in one of its winner modes that needs no further setting: single winner
   * majority ({@code rcv}), bottoms-up ({@code rcv-bottoms-up}), one winner a round ({@code
   * rcv-one-winner-per-round}), several winners a round ({@code rcv-multiple-winners-per-round}) or
   * multi-pass IRV ({@code rcv-multi-pass}); every other setting at its default.
   *
   * @param mode the winner mode; not {@link RcvSettings.WinnerMode#BOTTOMS_UP_PERCENTAGE}, which needs
   *     its percentage ({@link RcvSettings#method()})
   * @return the method
   * @throws InvalidValueException for the percentage mode, whose settings need the percentage
   */
  public static ElectionMethod rcv(RcvSettings.WinnerMode mode) {
    return RcvSettings.builder().winnerMode(mode).build().method();
  }

  /**
   * Returns the two-round system with the runoff counted from the same ranked papers (the contingent
   * vote).
   *
   * @return the method, named {@code two-round}
   */
  public static ElectionMethod twoRound() {
    return new TwoRound();
  }

  /**
   * Returns plurality: first past the post for one seat, block voting for several (each paper votes for
   * its first N preferences, or for the up to N candidates it marks).
   *
   * @return the method, named {@code plurality}
   */
  public static ElectionMethod plurality() {
    return new Plurality();
  }

  /**
   * Returns approval voting, for one seat or several.
   *
   * @return the method, named {@code approval}
   */
  public static ElectionMethod approval() {
    return new ApprovalVoting();
  }

  /**
   * Returns the Borda count.
   *
   * @param variant how positions score, above all on papers ranking only some candidates
   * @return the method, named {@code borda-} and the variant in lower case
   */
  public static ElectionMethod borda(BordaVariant variant) {
    return new BordaCount(variant);
  }

  /**
   * Returns score (range) voting with scores from 0 to {@code max}, for one seat or several.
   *
   * @param max the highest score, at least 1
   * @return the method, named {@code score}
   * @throws InvalidValueException if {@code max} is below 1
   */
  public static ElectionMethod score(int max) {
    return new ScoreVoting(max);
  }

  /**
   * Returns STAR voting (score then automatic runoff) with scores from 0 to {@code max} (5 in the
   * published rules).
   *
   * @param max the highest score, at least 1
   * @return the method, named {@code star}
   * @throws InvalidValueException if {@code max} is below 1
   */
  public static ElectionMethod star(int max) {
    return new StarVoting(max);
  }

  /**
   * Returns the Schulze method.
   *
   * @param strength how defeats are weighed: winning votes (Schulze's and Debian's choice) or margins
   * @return the method, named {@code schulze} or {@code schulze-margins}
   */
  public static ElectionMethod schulze(PairwiseStrength strength) {
    return schulze(strength, PairwiseMatrix.Unranked.BELOW_RANKED);
  }

  /**
   * Returns the Schulze method, with a stated reading of unranked candidates.
   *
   * @param strength how defeats are weighed
   * @param unranked what a paper says about candidates it leaves unranked
   * @return the method
   */
  public static ElectionMethod schulze(PairwiseStrength strength, PairwiseMatrix.Unranked unranked) {
    return new Schulze(strength, unranked);
  }

  /**
   * Returns Ranked Pairs with defeats measured by margins.
   *
   * @return the method, named {@code ranked-pairs}
   */
  public static ElectionMethod rankedPairs() {
    return rankedPairs(PairwiseMatrix.Unranked.BELOW_RANKED);
  }

  /**
   * Returns Ranked Pairs (margins), with a stated reading of unranked candidates.
   *
   * @param unranked what a paper says about candidates it leaves unranked
   * @return the method
   */
  public static ElectionMethod rankedPairs(PairwiseMatrix.Unranked unranked) {
    return new RankedPairs(unranked);
  }

  /**
   * Returns Copeland's method (a point per head-to-head win, half a point per tie).
   *
   * @return the method, named {@code copeland}
   */
  public static ElectionMethod copeland() {
    return copeland(PairwiseMatrix.Unranked.BELOW_RANKED);
  }

  /**
   * Returns Copeland's method, with a stated reading of unranked candidates.
   *
   * @param unranked what a paper says about candidates it leaves unranked
   * @return the method
   */
  public static ElectionMethod copeland(PairwiseMatrix.Unranked unranked) {
    return new Copeland(unranked);
  }

  /**
   * Returns Minimax (Simpson-Kramer).
   *
   * @param strength how defeats are weighed: winning votes or margins
   * @return the method, named {@code minimax} or {@code minimax-margins}
   */
  public static ElectionMethod minimax(PairwiseStrength strength) {
    return minimax(strength, PairwiseMatrix.Unranked.BELOW_RANKED);
  }

  /**
   * Returns Minimax, with a stated reading of unranked candidates.
   *
   * @param strength how defeats are weighed
   * @param unranked what a paper says about candidates it leaves unranked
   * @return the method
   */
  public static ElectionMethod minimax(PairwiseStrength strength, PairwiseMatrix.Unranked unranked) {
    return new Minimax(strength, unranked);
  }

  /**
   * Returns the Kemeny-Young method, exact, for at most {@value #KEMENY_YOUNG_MAX_CANDIDATES}
   * candidates standing.
   *
   * @return the method, named {@code kemeny-young}; its count throws {@link
   *     org.commonweal.governance.base.LimitExceededException} for more candidates
   */
  public static ElectionMethod kemenyYoung() {
    return kemenyYoung(PairwiseMatrix.Unranked.BELOW_RANKED);
  }

  /**
   * Returns the Kemeny-Young method, with a stated reading of unranked candidates.
   *
   * @param unranked what a paper says about candidates it leaves unranked
   * @return the method
   */
  public static ElectionMethod kemenyYoung(PairwiseMatrix.Unranked unranked) {
    return new KemenyYoung(unranked);
  }
}
