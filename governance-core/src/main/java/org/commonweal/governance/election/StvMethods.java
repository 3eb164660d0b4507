package org.commonweal.governance.election;

/**
 * The single transferable vote rules, each exact to its own arithmetic: the rule by which boards of
 * co-operatives, community organisations and Scottish councils are elected.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>factory</th><th>name</th><th>source</th><th>arithmetic and settings</th></tr>
 *   <tr><td>{@link #scottish()}</td><td>{@code scottish-stv}</td><td>Scottish Local Government
 *       Elections Order 2007 (SSI 2007/42), Sch. 1 rr. 45-52; the same rules in SSI 2011/399</td>
 *       <td>quota floor(valid / (seats + 1)) + 1; elected on reaching it; every paper of the candidate
 *       with the largest surplus moves on at surplus x value / total, to five places with any remainder
 *       ignored, one surplus a stage, no stage for a zero surplus; with no surplus, the lowest
 *       candidate is excluded and all their papers move at their values in one stage; ties by the most
 *       recent stage at which the candidates differed, then by lot; when the continuing candidates are
 *       as many as the vacancies left, they are elected with no further transfer; the {@link WigmStv}
 *       family at five places with the whole-number quota and no equal preferences</td></tr>
 *   <tr><td>{@link #ers97()}</td><td>{@code ers97}</td><td>Electoral Reform Society, How to conduct
 *       an election by the Single Transferable Vote, 3rd ed., 1997</td><td>two places; quota valid /
 *       (seats + 1) rounded up to 0.01, reduced for non-transferable papers until the first election;
 *       elected on the quota or on the total active vote test; surpluses deferred while they cannot
 *       change the next exclusion; a later surplus from the last batch received, at surplus / papers
 *       truncated; bulk exclusion; excluded papers moved in batches by value, highest first; ties by
 *       the earliest point at which the candidates differed, then by lot</td></tr>
 *   <tr><td>{@link #wigm()}</td><td>{@code wigm}</td><td>the weighted inclusive Gregory method, with
 *       the settings of the Droop counter's {@code wigm} rule</td><td>18 places plus 9 guard digits,
 *       every result rounded down; quota valid / (seats + 1) plus one unit of the 18th place; one
 *       exclusion at a time; see {@link WigmStv}</td></tr>
 *   <tr><td>{@link #meek()}</td><td>{@code meek}</td><td>Meek's method (Hill, Wichmann and Woodall,
 *       Algorithm 123, 1987), with the settings of the Droop counter's {@code meek} rule</td><td>18 +
 *       9 places; quota of the votes not exhausted, recomputed every iteration, plus one unit; keep
 *       values rounded up; iteration to a total surplus below 10^-9; batch exclusion of sure losers;
 *       see {@link MeekStv}</td></tr>
 *   <tr><td>{@link #meekNz()}</td><td>{@code meek-nz}</td><td>Local Electoral Regulations 2001 (New
 *       Zealand), Sch. 1A</td><td>nine places, rounded up; quota (v - vnt) / (n + 1) + 10^-9; total
 *       surplus below 10^-5; one exclusion at a time; see {@link MeekStv}</td></tr>
 * </table>
 *
 * <p>All rules count the ranked papers of an {@link Election} as its {@link BallotRules} read them;
 * withdrawn candidates are passed over. Scottish STV and ERS97 know no equal preferences: a paper is
 * read up to a rank holding several candidates. WIGM and Meek share such a paper equally among every
 * strict order of the tied candidates. Every rule can also count back the papers of a member who
 * leaves ({@link StvMethod#countback}).
 *
 * <pre>{@code
 * Election ward = Blt.parse(text);
 * ElectionResult result = StvMethods.scottish().count(ward, TieBreaker.seeded(2026));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StvMethods {
  /**
   * The most candidates (withdrawn ones included) every STV rule counts: a count has up to a stage per
   * candidate, each listing every candidate's total, so its report grows as the square of the
   * candidates, and each tie is looked back through every earlier stage; at this limit a count finishes
   * in a few seconds at most.
   */
  public static final int MAX_CANDIDATES = 500;

  private StvMethods() {}

  /**
   * Returns Scottish STV (SSI 2007/42 Sch. 1 rr. 45-52).
   *
   * @return the rule, named {@code scottish-stv}
   */
  public static StvMethod scottish() {
    return WigmStv.SCOTTISH;
  }

  /**
   * Returns the Electoral Reform Society's 1997 rules.
   *
   * @return the rule, named {@code ers97}
   */
  public static StvMethod ers97() {
    return FixedStv.ERS97;
  }

  /**
   * Returns WIGM with the reference settings (18 + 9 places).
   *
   * @return the rule, named {@code wigm}
   */
  public static WigmStv wigm() {
    return WigmStv.REFERENCE;
  }

  /**
   * Returns Meek STV with the reference settings (18 + 9 places).
   *
   * @return the rule, named {@code meek}
   */
  public static MeekStv meek() {
    return MeekStv.REFERENCE;
  }

  /**
   * Returns Meek STV as the New Zealand rule (Local Electoral Regulations 2001, Sch. 1A).
   *
   * @return the rule, named {@code meek-nz}
   */
  public static MeekStv meekNz() {
    return MeekStv.NEW_ZEALAND;
  }
}
